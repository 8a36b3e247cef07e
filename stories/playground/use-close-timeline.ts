import { useCallback, useEffect, useRef, useState } from 'react';
import type { CloseReport } from '../../src/core/close-store.js';
import type { CloseState } from '../../src/core/close-state.js';
import type { IdleWarningState } from '../../src/core/idle-state.js';
import type { StartupState } from '../../src/core/startup-state.js';
import type { CloseStream } from '../../src/core/stream-types.js';

/** What kind of event a timeline line records. */
export type TimelineKind =
  'close' | 'retry' | 'attempt' | 'recovered' | 'gave-up' | 'startup' | 'idle' | 'control';

/** One line of the playground's timeline. */
export interface TimelineEntry {
  id: number;
  at: number;
  kind: TimelineKind;
  text: string;
}

/** The timeline keeps the most recent lines only. */
const MAX_ENTRIES = 60;

/** What changed between two snapshots of the hook's state, as timeline lines. */
function describeChange(previous: CloseState, next: CloseState): [TimelineKind, string][] {
  const lines: [TimelineKind, string][] = [];
  if (next.attempt > previous.attempt) {
    lines.push(['attempt', `Attempt ${next.attempt} of ${next.maxAttempts} started`]);
  }
  if (next.retryAt !== null && next.retryAt !== previous.retryAt) {
    const seconds = Math.max(0, (next.retryAt - Date.now()) / 1000).toFixed(1);
    lines.push(['retry', `Next attempt scheduled in ${seconds} s`]);
  }
  if (next.waitingFor !== null && next.waitingFor !== previous.waitingFor) {
    lines.push(['retry', `Retry paused: waiting until the browser is ${next.waitingFor}`]);
  }
  if (next.gaveUp && !previous.gaveUp) {
    lines.push(['gave-up', `Gave up after ${next.attempt} attempts`]);
  }
  if (next.status === 'idle' && previous.status !== 'idle') {
    lines.push(['recovered', 'Back to idle: the stream recovered or the overlay was dismissed']);
  }
  return lines;
}

/** The timeline's lines, a `log` to add one, and an `onClose` option that logs each close. */
export function useTimelineLog() {
  const [entries, setEntries] = useState<readonly TimelineEntry[]>([]);
  const nextId = useRef(0);

  const log = useCallback((kind: TimelineKind, text: string) => {
    const entry: TimelineEntry = { id: nextId.current++, at: Date.now(), kind, text };
    setEntries((current) => [...current, entry].slice(-MAX_ENTRIES));
  }, []);

  const onClose = useCallback(
    (report: CloseReport) => {
      const reason = report.reason ? ` "${report.reason}"` : '';
      log(
        'close',
        `Closed ${report.code ?? '(no code)'} ${report.name} (${report.category}, from ${report.source})${reason}`,
      );
    },
    [log],
  );

  return { entries, log, onClose };
}

/** Logs every change of the hook's state that a viewer would notice. */
export function useStateTimeline(
  state: CloseState,
  log: (kind: TimelineKind, text: string) => void,
): void {
  const previous = useRef(state);
  useEffect(() => {
    for (const [kind, text] of describeChange(previous.current, state)) log(kind, text);
    previous.current = state;
  }, [state, log]);
}

/** A queue position as the timeline writes it: "number 3 of 5, about 90 s". */
function describeQueue(queue: NonNullable<StartupState['queue']>): string {
  const of = queue.length === null ? '' : ` of ${queue.length}`;
  const wait =
    queue.estimatedWaitMs === null ? '' : `, about ${Math.round(queue.estimatedWaitMs / 1000)} s`;
  return `number ${queue.position}${of}${wait}`;
}

/** What changed between two snapshots of the start-up state, as one timeline line (or none). */
function describeStartup(previous: StartupState, next: StartupState): string | null {
  if (next.phase !== previous.phase) {
    if (next.phase === 'queued' && next.queue)
      return `Start-up: queued, ${describeQueue(next.queue)}`;
    if (next.phase === 'preparing' && next.progress)
      return `Start-up: preparing, "${next.progress}"`;
    if (next.phase === 'stalled') return 'Start-up: stalled, no progress before the watchdog fired';
    return `Start-up: ${next.phase}`;
  }
  if (next.queue && next.queue !== previous.queue)
    return `Start-up: moved in the queue, ${describeQueue(next.queue)}`;
  if (next.progress !== previous.progress && next.progress)
    return `Start-up: preparing, "${next.progress}"`;
  return null;
}

/** Logs every change of the start-up state that a viewer would notice. */
export function useStartupTimeline(
  state: StartupState,
  log: (kind: TimelineKind, text: string) => void,
): void {
  const previous = useRef(state);
  useEffect(() => {
    const line = describeStartup(previous.current, state);
    if (line) log('startup', line);
    previous.current = state;
  }, [state, log]);
}

/** Idle settings as the timeline writes them. */
function describeIdleSettings({ settings }: IdleWarningState): string {
  if (!settings.enabled) return 'Idle settings: the idle timeout is off';
  const after = settings.warnAfterSeconds ?? '?';
  const countdown = settings.countdownSeconds ?? '?';
  return `Idle settings: a warning after ${after} s, then ${countdown} s to go`;
}

/**
 * Logs the idle warning: the settings in force, the warning with its seconds, and how it ended
 * ("Viewer stayed" after `dismissAfk()`, or the SDK's idle timeout), read from Epic's own events.
 */
export function useIdleTimeline(
  stream: CloseStream | null,
  state: IdleWarningState,
  log: (kind: TimelineKind, text: string) => void,
): void {
  const previous = useRef(state);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    const { settings } = state;
    const old = before.settings;
    if (
      settings.enabled !== old.enabled ||
      settings.warnAfterSeconds !== old.warnAfterSeconds ||
      settings.countdownSeconds !== old.countdownSeconds
    )
      log('idle', describeIdleSettings(state));
    if (state.active && !before.active) log('idle', `Idle warning: ${state.secondsLeft ?? '?'} s`);
  }, [state, log]);

  useEffect(() => {
    if (!stream?.addEventListener) return undefined;
    // A deactivate also comes with no warning before it (a streamInfo re-applying settings).
    let warned = false;
    const activate = () => (warned = true);
    const deactivate = () => {
      if (warned) log('idle', 'Viewer stayed');
      warned = false;
    };
    const timedOut = () => {
      warned = false;
      log('idle', 'Idle timeout: the SDK closes the stream');
    };
    stream.addEventListener('afkWarningActivate', activate);
    stream.addEventListener('afkWarningDeactivate', deactivate);
    stream.addEventListener('afkTimedOut', timedOut);
    return () => {
      stream.removeEventListener?.('afkWarningActivate', activate);
      stream.removeEventListener?.('afkWarningDeactivate', deactivate);
      stream.removeEventListener?.('afkTimedOut', timedOut);
    };
  }, [stream, log]);
}

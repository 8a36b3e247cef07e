import { createEngineBase, type SharedEngine } from './follower.js';
import {
  IDLE_WARNING_OFF,
  type IdleSettings,
  type IdleWarningControls,
  type IdleWarningState,
} from './idle-state.js';
import { attempt, field, listen, read, type SignalSource } from './stream-hub.js';
import type { CloseStream } from './stream-types.js';

/** Options of `createIdleWarningStore` (and of `useArcwareIdleWarning`). */
export interface IdleWarningOptions {
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number;
}

/** The one idle-warning state of a stream, shared by all of its followers. */
export interface IdleEngine
  extends SharedEngine<IdleWarningState, IdleWarningOptions>, IdleWarningControls {}

interface SdkConfig {
  isFlagEnabled?(id: string): boolean;
  getNumericSettingValue?(id: string): number;
}

/** The longest a browser timer can wait (2^31 - 1 ms): a longer countdown is no real one. */
const MAX_SECONDS = 2_147_483;

const seconds = (value: unknown): number | null =>
  typeof value === 'number' && value >= 0 && value <= MAX_SECONDS ? Math.round(value) : null;

/** The idle settings the stream's config holds now (a `streamInfo` may have changed them). */
function readSettings(stream: CloseStream): IdleSettings {
  const config = read(() => (stream as { config?: SdkConfig }).config);
  const number = (id: string) => seconds(read(() => config?.getNumericSettingValue?.(id)));
  return {
    enabled: read(() => config?.isFlagEnabled?.('TimeoutIfIdle')) === true,
    warnAfterSeconds: number('AFKTimeout'),
    countdownSeconds: number('AFKCountdown'),
  };
}

const sameSettings = (a: IdleSettings, b: IdleSettings): boolean =>
  a.enabled === b.enabled &&
  a.warnAfterSeconds === b.warnAfterSeconds &&
  a.countdownSeconds === b.countdownSeconds;

/** One field of an Epic event's `data`, whatever arrived (getters may throw). */
const dataField = (event: unknown, key: string): unknown => field(field(event, 'data'), key);

/** Follows one stream's idle (AFK) warning through the SDK's traps. */
export function createIdleEngine(stream: CloseStream | null | undefined): IdleEngine {
  let state: IdleWarningState = IDLE_WARNING_OFF;
  const base = createEngineBase(() => state, { attach, options: optionsChanged });
  let dismiss: (() => void) | null = null;
  let now = Date.now;

  function set(next: IdleWarningState): void {
    if (next === state) return;
    state = next;
    base.notify();
  }

  const countFrom = (left: number | null): IdleWarningState => ({
    ...state,
    active: true,
    secondsLeft: left,
    endsAt: left === null ? null : now() + left * 1000,
  });

  /** No deactivate comes when the socket closes or idling is switched off mid-countdown. */
  function clear(): void {
    dismiss = null;
    if (state.active) set({ ...state, active: false, secondsLeft: null, endsAt: null });
  }

  function settingsChanged(): void {
    if (!stream) return;
    const settings = readSettings(stream);
    if (!sameSettings(settings, state.settings)) set({ ...state, settings });
    if (!settings.enabled) clear();
  }

  function attach(): () => void {
    if (!stream) return () => {};
    const on = (source: SignalSource, name: string, handle: (value: unknown) => void) =>
      listen(stream, source, name, handle);
    const links = [
      on('event', 'afkWarningActivate', (event) => {
        const dismissAfk = dataField(event, 'dismissAfk');
        dismiss = typeof dismissAfk === 'function' ? (dismissAfk as () => void) : null;
        // Its countDown is stale (0, or what was left at the last dismissal): the setting is the
        // real start until the update that follows at once.
        set(countFrom(state.settings.countdownSeconds));
      }),
      on('event', 'afkWarningUpdate', (event) => {
        const left = seconds(dataField(event, 'countDown'));
        // An update without an activate (a follower that came mid-countdown) still shows it.
        if (left !== null && (left !== state.secondsLeft || !state.active)) set(countFrom(left));
      }),
      // A deactivate without an activate (a streamInfo re-applying settings) changes nothing.
      on('event', 'afkWarningDeactivate', clear),
      on('event', 'afkTimedOut', clear),
      on('event', 'settingsChanged', settingsChanged),
      on('transport', 'close', clear),
      on('hub', 'websocketOnCloseHandler', clear),
    ];
    settingsChanged();
    return () => links.forEach((remove) => remove());
  }

  function optionsChanged(all: IdleWarningOptions[]): void {
    now = all.find((options) => typeof options.now === 'function')?.now ?? Date.now;
  }

  return {
    ...base.engine,
    stay() {
      if (!state.active) return;
      const keep = dismiss;
      clear();
      if (keep) attempt(keep);
    },
  };
}

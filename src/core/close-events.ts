import type { CloseDescriptor, ClosePolicyOverrides } from './close-descriptor.js';
import type { CloseInfo } from './close-state.js';
import { describeCloseCode, toCloseCode } from './describe-close-code.js';
import { sanitizeCloseReason } from './sanitize-close-reason.js';
import { field } from './stream-hub.js';

/** What the store reads from a close event, whatever shape it arrived in. */
export interface RawClose {
  code: number | null;
  reason: unknown;
  wasClean: boolean;
}

/** The reason Epic's frontend closes with when the browser-side idle timeout fires. */
export const IDLE_TIMEOUT_REASON = 'You have been disconnected due to inactivity.';

/** Reads code, reason and wasClean from anything: a CloseEvent, `null`, or a hostile object. */
export function readCloseEvent(event: unknown): RawClose {
  if (!event || typeof event !== 'object') return { code: null, reason: '', wasClean: false };
  return {
    code: toCloseCode(field(event, 'code')),
    reason: field(event, 'reason'),
    wasClean: field(event, 'wasClean') === true,
  };
}

/** Who caused a close, as far as the signals around it tell. */
export type CloseCause = 'server' | 'idle-timeout' | 'page-reconnect' | 'page-disconnect';

/** A close once its cause is known; a server error's code replaces the SDK's own 1000. */
export interface ClassifiedClose extends RawClose {
  cause: CloseCause;
}

/** Collects the hints that arrive before a close (page calls, idle timeout, server errors). */
export interface CloseCauseTracker {
  pageReconnect(): void;
  pageDisconnect(): void;
  idleTimeout(): void;
  serverError(message: unknown): void;
  /** A new socket opened: hints about the previous one no longer apply. */
  opened(): void;
  /** Classifies a close and forgets every hint. */
  take(close: RawClose): ClassifiedClose;
}

/** Creates an empty tracker. */
export function createCloseCauseTracker(): CloseCauseTracker {
  let page: 'page-reconnect' | 'page-disconnect' | null = null;
  let idle = false;
  let error: { code: number; reason: unknown } | null = null;
  const forget = (): void => {
    page = null;
    idle = false;
    error = null;
  };
  return {
    pageReconnect: () => void (page = 'page-reconnect'),
    pageDisconnect: () => void (page = 'page-disconnect'),
    idleTimeout: () => void (idle = true),
    serverError(message) {
      const code =
        message && typeof message === 'object' ? toCloseCode(field(message, 'code')) : null;
      // Only errors >= 4000 make the SDK close the socket itself (with 1000).
      if (code !== null && code >= 4000)
        error = { code, reason: field(message as object, 'reason') };
    },
    opened: forget,
    take(close) {
      const hints = { page, idle, error };
      forget();
      const serverCode = close.code !== null && close.code >= 4000;
      if (hints.error && !serverCode) {
        return { ...close, code: hints.error.code, reason: hints.error.reason, cause: 'server' };
      }
      if (serverCode) return { ...close, cause: 'server' };
      if (hints.idle || (close.code === 1000 && close.reason === IDLE_TIMEOUT_REASON)) {
        return { ...close, cause: 'idle-timeout' };
      }
      return { ...close, cause: hints.page ?? 'server' };
    },
  };
}

let lastReason: { raw: unknown; clean: string } = { raw: '', clean: '' };

/** A flapping server repeats its reason: clean each distinct text once, not once per close. */
function cleanReason(raw: unknown): string {
  if (raw !== lastReason.raw) lastReason = { raw, clean: sanitizeCloseReason(raw) };
  return lastReason.clean;
}

/** `describeCloseCode` under one policy, each code described once (bursts repeat codes). */
export function createDescriber(
  policy: ClosePolicyOverrides | undefined,
): (code: number | null) => CloseDescriptor {
  const known = new Map<number | null, CloseDescriptor>();
  return (code) => {
    let descriptor = known.get(code);
    if (descriptor) return descriptor;
    if (known.size >= 64) known.clear(); // a hostile stream of distinct codes stays bounded
    known.set(code, (descriptor = describeCloseCode(code, policy)));
    return descriptor;
  };
}

/** Turns a classified close into what the viewer is shown. */
export function toCloseInfo(
  close: ClassifiedClose,
  describe: (code: number | null) => CloseDescriptor,
  at: number,
): CloseInfo {
  const descriptor = describe(close.code);
  const base = { reason: cleanReason(close.reason), wasClean: close.wasClean, at };
  if (close.cause !== 'idle-timeout') return { ...descriptor, ...base, source: 'server' };
  // The browser's own idle timeout: offer to resume, never retry an idle viewer by itself.
  return {
    ...descriptor,
    ...base,
    category: 'idle',
    retry: 'manual',
    actions: ['reconnect', 'dismiss'],
    severity: 'info',
    source: 'idle-timeout',
  };
}

/** Which listener a close came through. */
export type CloseChannel = 'transport' | 'hub';

/**
 * Tells whether a close was already seen through the other channel. Browsers hand both listeners
 * the same CloseEvent; the `ws` client builds one per listener, so equal closes from the other
 * channel within the same task count too. Repeats on one channel (a burst) are all kept.
 */
export function createCloseDeduper(): (event: unknown, channel: CloseChannel) => boolean {
  const seen = new WeakSet<object>();
  // Closes not yet matched by the other channel in this task: key -> channel and count.
  let unmatched = new Map<string, { channel: CloseChannel; count: number }>();
  return (event, channel) => {
    if (event && typeof event === 'object') {
      if (seen.has(event)) return true;
      seen.add(event);
    }
    const { code, reason, wasClean } = readCloseEvent(event);
    const key = `${code}|${wasClean}|${typeof reason === 'string' ? reason.slice(0, 256) : ''}`;
    const entry = unmatched.get(key);
    if (entry && entry.channel !== channel) {
      if (--entry.count === 0) unmatched.delete(key);
      return true;
    }
    if (unmatched.size === 0) queueMicrotask(() => (unmatched = new Map()));
    if (entry) entry.count += 1;
    else unmatched.set(key, { channel, count: 1 });
    return false;
  };
}

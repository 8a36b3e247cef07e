import { linkStream, type StreamSignals } from './stream-link.js';
import type { CloseStream } from './stream-types.js';

const SIGNALS = [
  'close',
  'opened',
  'serverError',
  'sessionId',
  'idleTimeout',
  'pageReconnect',
  'pageDisconnect',
] as const satisfies ReadonlyArray<keyof StreamSignals>;

interface Hub {
  members: Set<Partial<StreamSignals>>;
  unlink: (() => void) | null;
}

const hubs = new WeakMap<object, Hub>();

/** Hands every member each signal the stream gives, from one set of SDK listeners. */
function fanOut(members: Set<Partial<StreamSignals>>): StreamSignals {
  const signals = {} as Record<string, (...args: never[]) => void>;
  for (const name of SIGNALS) {
    signals[name] = (...args) => {
      for (const member of [...members]) (member[name] as (...a: never[]) => void)?.(...args);
    };
  }
  return signals as unknown as StreamSignals;
}

/**
 * Follows a stream's signals through the one subscription per stream that every feature and
 * follower shares: the SDK is linked for the first member and unlinked when the last one leaves.
 */
export function followStream(stream: CloseStream, member: Partial<StreamSignals>): () => void {
  let hub = hubs.get(stream);
  if (!hub) hubs.set(stream, (hub = { members: new Set(), unlink: null }));
  const own = hub;
  own.members.add(member);
  own.unlink ??= linkStream(stream, fanOut(own.members));
  return () => {
    if (!own.members.delete(member) || own.members.size > 0) return;
    own.unlink?.();
    own.unlink = null;
  };
}

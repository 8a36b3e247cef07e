import { linkStream, type StreamSignals } from './stream-link.js';
import type { CloseStream } from './stream-types.js';

type Member = Partial<StreamSignals>;

interface Hub {
  members: Set<Member>;
  unlink: (() => void) | null;
}

const hubs = new WeakMap<object, Hub>();

/** Hands every member each signal the stream gives, whatever signals later features add. */
const fanOut = (members: Set<Member>): StreamSignals =>
  new Proxy({} as StreamSignals, {
    get:
      (_, name) =>
      (...args: unknown[]) => {
        for (const member of [...members]) {
          (member[name as keyof Member] as ((...a: unknown[]) => void) | undefined)?.(...args);
        }
      },
  });

/**
 * Follows a stream's signals through the one subscription per stream that every feature and
 * follower shares: the SDK is linked for the first member and unlinked when the last one leaves.
 */
export function followStream(stream: CloseStream, member: Member): () => void {
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

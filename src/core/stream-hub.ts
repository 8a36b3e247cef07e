import type { CloseStream, EventHub, TransportLike } from './stream-types.js';

/** Where a signal comes from: an SDK event hub, Epic's transport, or an Epic event on the stream. */
export type SignalSource = 'hub' | 'transport' | 'event';

type Listener = (value: unknown) => void;

interface Channel {
  listeners: Set<Listener>;
  detach: () => void;
}

const channels = new WeakMap<object, Map<string, Channel>>();

/** Runs `fn`, swallowing what a half-torn-down stream throws: following it must not throw. */
export const attempt = (fn: () => unknown): void => {
  try {
    fn();
  } catch {
    // nothing to do: the stream is going away
  }
};

/** Reads through `fn`, `undefined` where the stream throws. */
export const read = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {
    return undefined;
  }
};

/** One field of anything (`null`, a primitive, an object whose getters throw), or `undefined`. */
export const field = (value: unknown, key: string): unknown =>
  read(() => (value as Record<string, unknown> | null | undefined)?.[key]);

function attach(stream: CloseStream, source: SignalSource, name: string, emit: Listener) {
  if (source === 'hub') {
    const hub = read(() => (stream as unknown as Record<string, EventHub<unknown>>)[name]);
    if (typeof hub?.add !== 'function') return () => {};
    attempt(() => hub.add(emit));
    return () => attempt(() => hub.remove(emit));
  }
  if (source === 'transport') {
    const transport: TransportLike | null | undefined = read(
      () => stream.webRtcController?.transport,
    );
    if (typeof transport?.on !== 'function') return () => {};
    attempt(() => transport.on(name, emit));
    return () =>
      attempt(() => (transport.off ?? transport.removeListener)?.call(transport, name, emit));
  }
  if (typeof stream.addEventListener !== 'function') return () => {};
  attempt(() => stream.addEventListener?.(name, emit));
  return () => attempt(() => stream.removeEventListener?.(name, emit));
}

/**
 * Listens to one signal of a stream. Every feature and follower shares one SDK listener per
 * signal and stream: it is added for the first and removed when the last one leaves.
 */
export function listen(
  stream: CloseStream,
  source: SignalSource,
  name: string,
  listener: Listener,
): () => void {
  let byName = channels.get(stream);
  if (!byName) channels.set(stream, (byName = new Map()));
  const key = `${source}:${name}`;
  let channel = byName.get(key);
  if (!channel) {
    const listeners = new Set<Listener>();
    const emit: Listener = (value) => [...listeners].forEach((each) => each(value));
    byName.set(key, (channel = { listeners, detach: () => {} }));
    channel.detach = attach(stream, source, name, emit);
  }
  const own = channel;
  const wrapped: Listener = (value) => listener(value);
  own.listeners.add(wrapped);
  return () => {
    if (!own.listeners.delete(wrapped) || own.listeners.size > 0) return;
    own.detach();
    byName.delete(key);
  };
}

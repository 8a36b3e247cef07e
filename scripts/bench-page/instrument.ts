// Loaded before React and the SDK so that every socket, listener and timer they create is seen.

/** What the page has observed so far; read by the bench through `window.bench`. */
export const probe = {
  /** `timeStamp` of the last socket close event: when the close reached the page. */
  lastCloseAt: 0,
  openSockets: 0,
};

const NativeWebSocket = window.WebSocket;
/** The browser's WebSocket with a first close listener, ahead of the SDK's own. */
class ProbedWebSocket extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    let open = false;
    this.addEventListener('open', () => {
      open = true;
      probe.openSockets += 1;
    });
    this.addEventListener('close', (event) => {
      probe.lastCloseAt = event.timeStamp;
      if (open) probe.openSockets -= 1;
    });
  }
}
window.WebSocket = ProbedWebSocket;

type Kind = 'window' | 'document' | 'element' | 'socket' | 'other';
const kindOf = (target: EventTarget): Kind =>
  target === window
    ? 'window'
    : target === document
      ? 'document'
      : target instanceof Node
        ? 'element'
        : target instanceof NativeWebSocket
          ? 'socket'
          : 'other';

/** Listeners attached now, per kind of target (a `once` listener counts until removed). */
export const listeners: Record<Kind, number> = {
  window: 0,
  document: 0,
  element: 0,
  socket: 0,
  other: 0,
};
const attached = new WeakMap<EventTarget, Set<string>>();
// Held strongly on purpose: a leak on a detached element is told apart from one on a live element.
const elements = new Set<Node>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const keyOf = (type: string, listener: object, options?: boolean | EventListenerOptions) => {
  if (!ids.has(listener)) ids.set(listener, (nextId += 1));
  const capture = typeof options === 'boolean' ? options : options?.capture === true;
  return `${type}:${ids.get(listener)}:${capture}`;
};

const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function add(type, listener, options) {
  if (listener) {
    const set = attached.get(this) ?? new Set<string>();
    attached.set(this, set);
    const key = keyOf(type, listener, options);
    if (!set.has(key)) {
      set.add(key);
      listeners[kindOf(this)] += 1;
      if (this instanceof Node) elements.add(this);
    }
  }
  return nativeAdd.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function remove(type, listener, options) {
  if (listener && attached.get(this)?.delete(keyOf(type, listener, options))) {
    listeners[kindOf(this)] -= 1;
  }
  return nativeRemove.call(this, type, listener, options);
};

/** Timers and frames scheduled and not yet run or cleared. */
export const timers = { timeouts: new Set<number>(), intervals: new Set<number>() };

const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
const nativeSetInterval = window.setInterval.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);

window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = nativeSetTimeout(() => {
    timers.timeouts.delete(id);
    if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
  }, ms);
  timers.timeouts.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timers.timeouts.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, ms, ...args);
  timers.intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) timers.intervals.delete(id);
  nativeClearInterval(id);
}) as typeof window.clearInterval;

/** Listeners on elements still in the document, and on elements no longer in it, by type. */
function elementListeners() {
  let live = 0;
  const detached: Record<string, number> = {};
  for (const node of elements) {
    const keys = attached.get(node) ?? new Set<string>();
    if (node.isConnected) live += keys.size;
    else
      for (const key of keys) {
        const type = key.slice(0, key.indexOf(':'));
        detached[type] = (detached[type] ?? 0) + 1;
      }
  }
  return { live, detached };
}

/** A snapshot of what is attached and pending right now. */
export const resources = () => {
  const { element, ...others } = listeners;
  const { live, detached } = elementListeners();
  void element;
  return {
    ...others,
    liveElement: live,
    detachedElement: Object.values(detached).reduce((sum, n) => sum + n, 0),
    detachedTypes: detached,
    timeouts: timers.timeouts.size,
    intervals: timers.intervals.size,
  };
};

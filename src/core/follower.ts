/** One follower's options, as the per-stream engine it joins sees them. */
export interface Member<O> {
  options: O;
}

/** What a per-stream engine offers its followers. */
export interface SharedEngine<S, O> {
  getSnapshot(): S;
  /** Adds a listener; the first one follows the stream, the last one to leave lets it go. */
  listen(listener: () => void): () => void;
  /** Counts a follower's options in; the returned function counts them out again. */
  join(member: Member<O>): () => void;
  /** Recomputes the options in force after a follower changed its own. */
  optionsChanged(): void;
}

/** A framework-free follower of one stream's shared state. */
export interface Follower<S, O> {
  /** Adds a listener; the stream is followed while any follower of it has one. */
  subscribe(listener: () => void): () => void;
  /** The stream's current state, the same object for every follower until something changes. */
  getSnapshot(): S;
  /** Replaces this follower's options; they count from the next change on. */
  setOptions(options: O | undefined): void;
  /** Leaves for good: this follower's listeners and options no longer count. */
  destroy(): void;
}

/** One engine per stream object and feature, so that every follower shares state and timers. */
export function engineFor<E extends object>(
  engines: WeakMap<object, E>,
  stream: unknown,
  create: (stream: never) => E,
): E {
  if (!stream || (typeof stream !== 'object' && typeof stream !== 'function')) {
    return create(null as never);
  }
  let engine = engines.get(stream);
  if (!engine) engines.set(stream, (engine = create(stream as never)));
  return engine;
}

/**
 * A follower of a shared engine: its options count while it has a listener, and the controls
 * (named in `controls`) do nothing once it is destroyed.
 */
export function createFollower<S, O, C extends object>(
  engine: SharedEngine<S, O> & C,
  initialOptions: O | undefined,
  controls: readonly (keyof C)[],
): Follower<S, O> & C {
  // Options are all optional: a follower that gives none counts as `{}`.
  const empty = {} as O;
  const member: Member<O> = { options: initialOptions ?? empty };
  const unlisteners = new Set<() => void>();
  let leave: (() => void) | null = null;
  let destroyed = false;

  const follower: Follower<S, O> = {
    subscribe(listener) {
      if (destroyed) return () => {};
      // Options count once this follower listens, so a store React discards never counts.
      leave ??= engine.join(member);
      // Wrapped, so the same function subscribed twice is two subscriptions.
      const unlisten = engine.listen(() => listener());
      const stop = (): void => {
        if (!unlisteners.delete(stop)) return;
        unlisten();
        if (unlisteners.size > 0) return;
        leave?.();
        leave = null;
      };
      unlisteners.add(stop);
      return stop;
    },
    getSnapshot: engine.getSnapshot,
    setOptions(next) {
      member.options = next ?? empty;
      if (leave) engine.optionsChanged();
    },
    destroy() {
      destroyed = true;
      for (const stop of [...unlisteners]) stop();
    },
  };
  const own = {} as Record<keyof C, unknown>;
  for (const name of controls) {
    own[name] = (...args: unknown[]) => {
      if (!destroyed) (engine[name] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return Object.assign(follower, own) as Follower<S, O> & C;
}

/** What each engine tells the shared bookkeeping: how to follow the stream and read options. */
export interface EngineHooks<O> {
  /** Follows the stream (the first listener came); returns how to stop following it. */
  attach(): () => void;
  /** After the last listener left and the stream is let go. */
  detach?(): void;
  /** The options every listening follower passes, in the order they joined. */
  options(all: O[]): void;
}

/**
 * The bookkeeping every per-stream engine shares: listeners (the first follows the stream, the
 * last lets it go) and the members whose options count.
 */
export function createEngineBase<S, O>(
  getSnapshot: () => S,
  hooks: EngineHooks<O>,
): {
  engine: SharedEngine<S, O>;
  members: Set<Member<O>>;
  notify(): void;
  /** Whether the stream is followed (some follower listens). */
  attached(): boolean;
} {
  const members = new Set<Member<O>>();
  const listeners = new Set<() => void>();
  let unfollow = (): void => {};
  const optionsChanged = (): void => hooks.options([...members].map((member) => member.options));
  return {
    members,
    attached: () => listeners.size > 0,
    notify() {
      for (const listener of [...listeners]) listener();
    },
    engine: {
      getSnapshot,
      listen(listener) {
        listeners.add(listener);
        if (listeners.size === 1) unfollow = hooks.attach();
        return () => {
          if (!listeners.delete(listener) || listeners.size > 0) return;
          unfollow();
          hooks.detach?.();
        };
      },
      join(member) {
        members.add(member);
        optionsChanged();
        return () => {
          members.delete(member);
          optionsChanged();
        };
      },
      optionsChanged,
    },
  };
}

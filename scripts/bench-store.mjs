// The store's throughput on a burst of close events, in Node, on the built core entry.
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers';
import { createCloseStore } from '../dist/core/index.js';

// A mix a flapping stream could send: retryable, terminal, client-side, unknown and malformed.
const CODES = [1006, 4461, 1000, 4503, 4501, 1011, 4450, 3000, 9999, null];

/** A structural stream: the store needs only a close hub and `reconnect()`. */
function burstStream() {
  const callbacks = new Set();
  return {
    stream: {
      websocketOnCloseHandler: {
        add: (cb) => callbacks.add(cb),
        remove: (cb) => callbacks.delete(cb),
      },
      reconnect: () => undefined,
    },
    emit(event) {
      for (const callback of callbacks) callback(event);
    },
  };
}

/**
 * Feeds `count` distinct close events to one store, all in one task or each in its own (as a
 * socket delivers them); returns the time taken and what the store ended with.
 */
async function burst(count, oneTask) {
  const { stream, emit } = burstStream();
  const store = createCloseStore(stream, { onClose: () => undefined });
  let notifications = 0;
  const unsubscribe = store.subscribe(() => {
    notifications += 1;
    store.getSnapshot();
  });
  const events = Array.from({ length: count }, (_, i) => ({
    code: CODES[i % CODES.length],
    reason: `burst ${i}`,
    wasClean: i % 2 === 0,
  }));
  const start = performance.now();
  if (oneTask) {
    for (const event of events) emit(event);
  } else {
    await new Promise((done) => {
      events.forEach((event, i) =>
        setImmediate(() => {
          emit(event);
          if (i === count - 1) done();
        }),
      );
    });
  }
  const ms = performance.now() - start;
  const state = store.getSnapshot();
  unsubscribe();
  store.destroy();
  return { ms, notifications, status: state.status, code: state.close?.code ?? null };
}

/** Runs each burst kind `rounds` times after a warm-up and returns every round. */
export async function storeThroughput(count = 100_000, rounds = 3) {
  const results = {};
  for (const [name, oneTask] of [
    ['each event in its own task', false],
    ['all events in one task', true],
  ]) {
    await burst(1_000, oneTask);
    results[name] = [];
    for (let i = 0; i < rounds; i += 1) results[name].push(await burst(count, oneTask));
  }
  return results;
}

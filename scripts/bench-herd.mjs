// "A whole audience reconnecting at once" (issue #11): thousands of real close stores from the
// built core, on a virtual clock, against a simulated signalling server. Deterministic (seeded).
// Part of `npm run bench`; alone: `npm run build && node scripts/bench-herd.mjs`.
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const VIEWERS = 10_000;
const OUTAGE_VIEWERS = 2_000;
const WINDOW_MS = 100;
const HORIZON_MS = 60_000; // windows are counted, and the fixed delay retries, within this
const SAFETY_MS = 600_000; // the store's own attempts end far sooner (maxAttempts)
const CAPACITY_PER_S = 500; // token bucket: 500 tokens per second, bucket of 500, full at t = 0
const FIXED_DELAY_MS = 2_000; // Epic's frontend: setTimeout(doReconnect, 2000) after every close
const LATENCY_MS = [10, 60]; // the server answers an attempt 10-60 ms after it, uniformly
const SEED = 0x11;
const ACCEPT = 0;
const [CONNECTING, OPEN, CLOSED] = [0, 1, 3];

/** mulberry32: a tiny seeded PRNG in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Virtual time: timers in a min-heap (by time, then order set), run in order, microtasks between. */
function createVirtualClock() {
  let now = 0;
  let lastId = 0;
  const heap = [];
  const pending = new Set();
  const before = (a, b) => a.at < b.at || (a.at === b.at && a.id < b.id);
  function push(timer) {
    let i = heap.push(timer) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }
  function pop() {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let min = i;
        if (l < heap.length && before(heap[l], heap[min])) min = l;
        if (r < heap.length && before(heap[r], heap[min])) min = r;
        if (min === i) break;
        [heap[i], heap[min]] = [heap[min], heap[i]];
        i = min;
      }
    }
    return top;
  }
  return {
    now: () => now,
    setTimeout(fn, ms, ...args) {
      const delay = Number(ms);
      const id = (lastId += 1);
      push({ at: now + (delay > 0 ? delay : 0), id, fn, args });
      pending.add(id);
      return id;
    },
    clearTimeout: (id) => void pending.delete(id),
    /** Runs every timer due up to `until`, letting the microtasks they queue run after each. */
    async run(until) {
      while (heap.length > 0 && heap[0].at <= until) {
        const timer = pop();
        if (!pending.delete(timer.id)) continue;
        now = timer.at;
        timer.fn(...timer.args);
        for (let i = 0; i < 3; i += 1) await undefined; // the store's queueMicrotask work
      }
    },
  };
}

function createHub() {
  const callbacks = new Set();
  return {
    add: (callback) => void callbacks.add(callback),
    remove: (callback) => void callbacks.delete(callback),
    emit: (value) => [...callbacks].forEach((callback) => callback(value)),
  };
}

function createEmitter() {
  const listeners = new Map();
  return {
    on: (event, listener) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    off: (event, listener) =>
      void listeners.set(
        event,
        (listeners.get(event) ?? []).filter((l) => l !== listener),
      ),
    emit: (event, ...args) => (listeners.get(event) ?? []).slice().forEach((l) => l(...args)),
  };
}

/** One viewer's stream stand-in: the SDK's hubs and transport; `reconnect()` asks the server. */
function createViewer(index, server) {
  const closeHub = createHub();
  const sessionIdHub = createHub();
  const transport = createEmitter();
  const viewer = { index, sockets: 1, recoveredAt: Infinity };
  viewer.stream = {
    websocketOnCloseHandler: closeHub,
    errorHandler: createHub(),
    sessionIdHandler: sessionIdHub,
    webRtcController: { transport },
    websocketState: OPEN,
    reconnect() {
      viewer.stream.websocketState = CONNECTING;
      viewer.sockets += 1;
      server.attempt(viewer);
    },
  };
  viewer.drop = (code) => {
    viewer.stream.websocketState = CLOSED;
    const event = { code, reason: '', wasClean: false };
    transport.emit('close', event);
    closeHub.emit(event);
  };
  viewer.accept = () => {
    viewer.stream.websocketState = OPEN;
    transport.emit('open');
    sessionIdHub.emit(`session-${index}`);
  };
  return viewer;
}

/** The signalling server: counts each attempt when it arrives, answers a few ms later. */
function createServer(clock, decide) {
  const latency = mulberry32(SEED ^ 0x5eed);
  const windows = new Array(HORIZON_MS / WINDOW_MS).fill(0);
  const firstAttempt = { from: Infinity, to: -Infinity };
  return {
    windows,
    firstAttempt,
    attempt(viewer) {
      const at = clock.now();
      if (at < HORIZON_MS) windows[Math.floor(at / WINDOW_MS)] += 1;
      if (viewer.sockets === 2) {
        firstAttempt.from = Math.min(firstAttempt.from, at);
        firstAttempt.to = Math.max(firstAttempt.to, at);
      }
      const verdict = decide(at);
      const answerIn = LATENCY_MS[0] + latency() * (LATENCY_MS[1] - LATENCY_MS[0]);
      clock.setTimeout(
        () => (verdict === ACCEPT ? viewer.accept() : viewer.drop(verdict)),
        answerIn,
      );
    },
  };
}

const acceptAll = () => () => ACCEPT;
function tokenBucket(perSecond, burst) {
  let tokens = burst;
  let last = 0;
  return (at) => {
    tokens = Math.min(burst, tokens + ((at - last) * perSecond) / 1000);
    last = at;
    if (tokens < 1) return 1013;
    tokens -= 1;
    return ACCEPT;
  };
}
const outage = (ms) => (at) => (at < ms ? 1006 : ACCEPT);

/** The real store with its default options (only the clock and a seeded random are given). */
function storeClient(createCloseStore, clock) {
  return (viewer) => {
    const store = createCloseStore(viewer.stream, {
      now: clock.now,
      random: mulberry32((SEED + Math.imul(viewer.index + 1, 0x9e3779b9)) >>> 0),
    });
    store.subscribe(() => {
      if (store.getSnapshot().status === 'idle' && viewer.recoveredAt === Infinity)
        viewer.recoveredAt = clock.now();
    });
    return store;
  };
}

/** Epic's fixed delay, modelled: 2 s after every close, unlimited attempts within 60 s. */
function fixedClient(clock) {
  return (viewer) => {
    viewer.stream.websocketOnCloseHandler.add(() => {
      if (clock.now() + FIXED_DELAY_MS < HORIZON_MS)
        clock.setTimeout(() => viewer.stream.reconnect(), FIXED_DELAY_MS);
    });
    viewer.stream.sessionIdHandler.add(() => {
      if (viewer.recoveredAt === Infinity) viewer.recoveredAt = clock.now();
    });
    return { getSnapshot: () => ({ gaveUp: false }), destroy() {} };
  };
}

/** All `count` viewers lose their socket with `code` at t = 0; runs until nothing is left. */
async function simulate({ strategy, count, code, decide }) {
  const clock = createVirtualClock();
  const saved = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  Object.assign(globalThis, { setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout });
  try {
    const { createCloseStore } = await import('../dist/core/index.js');
    const server = createServer(clock, decide);
    const follow = strategy === 'store' ? storeClient(createCloseStore, clock) : fixedClient(clock);
    const viewers = Array.from({ length: count }, (_, i) => createViewer(i, server));
    const clients = viewers.map(follow);
    viewers.forEach((viewer) => clock.setTimeout(() => viewer.drop(code), 0));
    await clock.run(SAFETY_MS);
    const result = {
      count,
      windows: server.windows,
      firstAttempt: server.firstAttempt,
      recovered: viewers.map((v) => v.recoveredAt).sort((a, b) => a - b),
      gaveUp: clients.filter((client) => client.getSnapshot().gaveUp).length,
      maxSockets: Math.max(...viewers.map((v) => v.sockets)),
    };
    clients.forEach((client) => client.destroy());
    return result;
  } finally {
    Object.assign(globalThis, saved);
  }
}

/** Windows of the first attempts; their peak / mean; the largest later window / that mean. */
function herdFigures({ windows, firstAttempt }) {
  const from = Math.floor(firstAttempt.from / WINDOW_MS);
  const to = Math.min(Math.floor(firstAttempt.to / WINDOW_MS), windows.length - 1);
  const first = windows.slice(from, to + 1);
  const mean = first.reduce((sum, n) => sum + n, 0) / first.length;
  const later = Math.max(0, ...windows.slice(to + 1));
  return {
    span: `${fmtS(from * WINDOW_MS, 1)}-${fmtS((to + 1) * WINDOW_MS, 1)}`,
    peak: Math.max(...windows),
    ratio: Math.max(...first) / mean,
    later,
    laterRatio: later / mean,
    herdWindows: windows.slice(to + 1).filter((n) => n > 2 * mean).length,
  };
}

const reachedAt = ({ recovered, count }, share) => recovered[Math.ceil(share * count) - 1];
const fmtS = (ms, digits = 2) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(digits)}` : 'never');
const int = (n) => Math.round(n).toLocaleString('en');
const times = (run) =>
  [0.5, 0.9, 0.99].map((share) => fmtS(reachedAt(run, share))).join(' / ') + ' s';
const herd = (f) =>
  `${f.herdWindows > 0 ? 'yes' : 'no'}, max ${f.laterRatio.toFixed(2)}x (${int(f.later)})`;

/** Runs every case for both strategies and returns the printed lines. */
export async function herdReport() {
  const started = performance.now();
  const { DEFAULT_BACKOFF } = await import('../dist/core/index.js');
  const strategies = ['store', 'fixed'];
  const cases = {
    blip: { count: VIEWERS, code: 1006, decide: acceptAll },
    capacity: { count: VIEWERS, code: 1006, decide: () => tokenBucket(CAPACITY_PER_S, 500) },
    outage5: { count: OUTAGE_VIEWERS, code: 1012, decide: () => outage(5_000) },
    outage25: { count: OUTAGE_VIEWERS, code: 1012, decide: () => outage(25_000) },
  };
  const runs = {};
  for (const [name, { decide, ...rest }] of Object.entries(cases)) {
    for (const strategy of strategies)
      runs[`${name}/${strategy}`] = await simulate({ strategy, decide: decide(), ...rest });
  }
  const both = (fn) => strategies.map((strategy) => fn(strategy));
  const figures = (name) => both((s) => herdFigures(runs[`${name}/${s}`]));
  const [blip, capacity] = [figures('blip'), figures('capacity')];
  const rows = [
    [`${int(VIEWERS)} viewers drop (1006) at t = 0; the server accepts every attempt`],
    ['  first attempts fall in (s)', ...blip.map((f) => f.span)],
    ['  peak attempts per 100 ms', ...blip.map((f) => int(f.peak))],
    ['  peak / mean in that window', ...blip.map((f) => f.ratio.toFixed(2))],
    ['  reconnected 50 / 90 / 99 %', ...both((s) => times(runs[`blip/${s}`]))],
    [`Same, the server accepts ${CAPACITY_PER_S}/s (token bucket) and drops the rest with 1013`],
    ['  first attempts fall in (s)', ...capacity.map((f) => f.span)],
    ['  peak attempts per 100 ms', ...capacity.map((f) => int(f.peak))],
    ['  peak / mean in the first window', ...capacity.map((f) => f.ratio.toFixed(2))],
    ['  second herd (later window > 2x that mean)', ...capacity.map(herd)],
    [
      '  largest later window / what the server admits',
      ...capacity.map((f) => `${(f.later / ((CAPACITY_PER_S * WINDOW_MS) / 1000)).toFixed(1)}x`),
    ],
    ['  reconnected 50 / 90 / 99 %', ...both((s) => times(runs[`capacity/${s}`]))],
    ['  gave up; most sockets per viewer', ...both((s) => sockets(runs[`capacity/${s}`]))],
  ];
  for (const seconds of [5, 25]) {
    const name = `outage${seconds}`;
    rows.push(
      [
        `${int(OUTAGE_VIEWERS)} viewers, restart (1012): every socket refused (1006) for ${seconds} s`,
      ],
      ['  gave up; most sockets per viewer', ...both((s) => sockets(runs[`${name}/${s}`]))],
      [
        '  99 % recovered, s after the server accepts',
        ...both((s) => fmtS(reachedAt(runs[`${name}/${s}`], 0.99) - seconds * 1_000)),
      ],
    );
  }
  const store = (name) => runs[`${name}/store`];
  const goals = [
    [
      'nobody gives up in a 5 s or 25 s outage, <= 6 sockets each',
      ['outage5', 'outage25'].every((n) => store(n).gaveUp === 0 && store(n).maxSockets <= 6),
    ],
    [
      '99 % back within 15 s of the server accepting after a 5 s restart',
      reachedAt(store('outage5'), 0.99) - 5_000 <= 15_000,
    ],
    ['peak 100 ms window <= 2x the mean of its backoff window', blip[0].ratio <= 2],
    ['no second herd in the capacity case', capacity[0].herdWindows === 0],
  ];
  const { initialMs, maxMs } = DEFAULT_BACKOFF;
  return [
    `A whole audience reconnecting at once (virtual clock, seed ${SEED}; the server answers`,
    `${LATENCY_MS.join('-')} ms after each attempt; token bucket of ${CAPACITY_PER_S}, full at t = 0)`,
    `  store: createCloseStore with default options (backoff ${initialMs}/${maxMs} ms, 5 attempts)`,
    `  fixed: Epic's frontend modelled, ${FIXED_DELAY_MS / 1000} s after every close, unlimited ` +
      `attempts within ${HORIZON_MS / 1000} s`,
    '         (its own limit, MaxReconnectAttempts = 3, restarts at every open socket)',
    '',
    ...table([['', 'store (default options)', `fixed ${FIXED_DELAY_MS / 1000} s`], ...rows]),
    '',
    'Goals (store, default options):',
    ...goals.map(([goal, met]) => `  ${met ? 'met   ' : 'MISSED'} ${goal}`),
    `(${Object.keys(runs).length} runs in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  ];
}

const sockets = (run) => `${int(run.gaveUp)}; ${run.maxSockets}`;

function table(rows) {
  const width = (col) => Math.max(...rows.filter((r) => r.length > 1).map((r) => r[col].length));
  const widths = [0, 1, 2].map(width);
  return rows.map((row) =>
    row.length === 1
      ? row[0]
      : row
          .map((cell, col) => (col === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[col] + 2)))
          .join(''),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await herdReport()) console.log(line);
}

// The bench page: the real SDK, the hook and the overlay, built for production with profiling.
import { probe, resources } from './instrument.js';
import { ArcwareConfig, ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { Profiler, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  CloseOverlay,
  IDLE_STATE,
  describeCloseCode,
  useArcwareCloseState,
  type ArcwareCloseOptions,
  type ArcwareCloseState,
  type CloseOverlayState,
} from '../../src/index.js';
import '../../src/styles.css';

ArcwarePixelStreaming.clearSessionId();
const stage = document.getElementById('stage') as HTMLElement;
const signallingUrl = new URLSearchParams(location.search).get('ss') ?? '';
const ps = new ArcwarePixelStreaming(
  new ArcwareConfig({
    initialSettings: { ss: signallingUrl, KeepaliveDelay: 0 },
    settings: { shareId: 'share-bench' },
  }),
  { videoElementParent: stage },
);

// A fixed ~10 s backoff, so a retryable close shows a countdown long enough to watch it tick.
const OPTIONS: ArcwareCloseOptions = {
  backoff: { initialMs: 10_000, maxMs: 10_000 },
  random: () => 0.999,
};

const counters = { commits: 0, hostCommits: 0 };
let latest: ArcwareCloseState | null = null;

/** The host a page would write: the hook, and the overlay fed with its state. */
function Host() {
  const state = useArcwareCloseState(ps, OPTIONS);
  // No dependencies: runs once for every commit in which Host itself rendered.
  useLayoutEffect(() => {
    counters.hostCommits += 1;
  });
  useEffect(() => {
    latest = state;
  }, [state]);
  return <CloseOverlay state={state} />;
}

const overlayHost = document.createElement('div');
stage.append(overlayHost);
createRoot(overlayHost).render(
  <Profiler id="host" onRender={() => (counters.commits += 1)}>
    <Host />
  </Profiler>,
);

const overlayShowing = (status?: string) =>
  document.querySelector(
    status ? `[data-arc-close-overlay][data-status="${status}"]` : '[data-arc-close-overlay]',
  ) !== null;

let sample = { dom: 0, paint: 0 };
let armed = false;
new MutationObserver(() => {
  if (!armed || sample.dom !== 0 || !overlayShowing('closed')) return;
  sample.dom = performance.now();
  // A message posted from a frame callback is handled once that frame has been painted.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (sample.paint = performance.now());
    channel.port2.postMessage(null);
  });
}).observe(document.body, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['data-status'],
});

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Callbacks on the SDK's hubs and listeners on its transport: what the store attaches to. */
function sdkListeners(): number {
  const hubs = [ps.websocketOnCloseHandler, ps.errorHandler, ps.sessionIdHandler] as unknown[];
  const inHubs = hubs.reduce<number>((sum, hub) => {
    const callbacks = (hub as { callbacks?: { length?: number; size?: number } }).callbacks;
    return sum + (callbacks?.length ?? callbacks?.size ?? 0);
  }, 0);
  const transport = (
    ps as unknown as {
      webRtcController?: {
        transport?: {
          eventNames?(): (string | symbol)[];
          listenerCount?(e: string | symbol): number;
        };
      };
    }
  ).webRtcController?.transport;
  const names = transport?.eventNames?.() ?? [];
  return inHubs + names.reduce((sum, name) => sum + (transport?.listenerCount?.(name) ?? 0), 0);
}

const snapshot = () => ({ ...resources(), sdk: sdkListeners() });

function reconnectingState(): CloseOverlayState {
  const close = { ...describeCloseCode(1006), reason: '', wasClean: false, at: Date.now() };
  return {
    ...IDLE_STATE,
    status: 'reconnecting',
    close: { ...close, source: 'server' },
    attempt: 1,
    maxAttempts: 5,
    retryAt: Date.now() + 60_000,
  };
}

/** What each mount/unmount cycle renders. */
const CYCLES: Record<string, () => ReactNode> = {
  'hook + overlay on the live stream': () => <Host />,
  'overlay counting down': () => <CloseOverlay state={reconnectingState()} />,
  'modal overlay (focus trap, inert page)': () => (
    <CloseOverlay state={reconnectingState()} modal />
  ),
};

const api = {
  /** Socket open, state idle, no overlay: ready for the next close. */
  ready: () => probe.openSockets > 0 && latest?.status === 'idle' && !overlayShowing(),
  arm() {
    counters.commits = 0;
    counters.hostCommits = 0;
    sample = { dom: 0, paint: 0 };
    armed = true;
  },
  /** Resolves once the overlay for the armed close has been painted, and a little after. */
  async closeSample(settleMs = 100) {
    while (sample.paint === 0) await wait(5);
    armed = false;
    await wait(settleMs);
    return { closeAt: probe.lastCloseAt, ...sample, ...counters, status: latest?.status };
  },
  recover: () => latest?.reconnect(),
  /** Counts commits over `ms` while a countdown runs, and the countdown texts it showed. */
  async countdownWindow(ms: number) {
    const text = () => document.querySelector('[data-part="countdown"]')?.textContent ?? '';
    const first = text();
    counters.commits = 0;
    counters.hostCommits = 0;
    await wait(ms);
    return { ...counters, first, last: text(), status: latest?.status };
  },
  /** Mounts and unmounts each kind `n` times; returns what was attached before and after. */
  async cycles(n: number) {
    const root = createRoot(document.getElementById('cycles') as HTMLElement);
    const results: Record<string, { before: object; after: object }> = {};
    for (const [name, render] of Object.entries(CYCLES)) {
      // One warm-up cycle: React attaches its root listeners once, on first use.
      flushSync(() => root.render(render()));
      flushSync(() => root.render(null));
      await wait(50);
      const before = snapshot();
      for (let i = 0; i < n; i += 1) {
        flushSync(() => root.render(render()));
        await macrotask();
        flushSync(() => root.render(null));
        await macrotask();
      }
      await wait(300);
      results[name] = { before, after: snapshot() };
    }
    root.unmount();
    return results;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
ps.connect();

import {
  PlayStreamEvent,
  PlayStreamRejectedEvent,
  VideoInitializedEvent,
  WebRtcConnectedEvent,
  WebRtcSdpEvent,
} from '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7';
import { render, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { createCloseStore } from '../../src/core/close-store.js';
import type { StartupState } from '../../src/core/startup-state.js';
import { createStartupStore, type StartupStore } from '../../src/core/startup-store.js';
import { useArcwareCloseState } from '../../src/react/use-arcware-close-state.js';
import { useArcwareStartupState } from '../../src/react/use-arcware-startup-state.js';
import { sleep, withRealSdk } from '../support/real-sdk.js';
import { send } from '../support/signalling-server.js';
import {
  connectOpen,
  keepSockets,
  letter,
  phaseLog,
  QUEUE,
  queueMessage,
} from '../support/startup-sdk.js';

const sdk = withRealSdk();

/** A subscribed start-up store on the fixture's stream, with every snapshot it was told of. */
function follow(): { store: StartupStore; seen: StartupState[] } {
  const store = createStartupStore(sdk.ps);
  const seen: StartupState[] = [];
  store.subscribe(() => seen.push(store.getSnapshot()));
  // Only what happens from here on: attaching may already have moved to connecting.
  seen.length = 0;
  return { store, seen };
}

/** Connects and resolves once the SDK's socket is open; start-up is then at connecting. */
async function open(): Promise<{ socket: WebSocket; sockets: WebSocket[] }> {
  const sockets = keepSockets(sdk);
  const socket = await connectOpen(sdk, sockets);
  return { socket, sockets };
}

const queued = (store: StartupStore) => store.getSnapshot().queue;

/** A position the viewer can be shown: a positive integer, with a length at least that. */
function expectSane(state: StartupState): void {
  if (!state.queue) return;
  const { position, length, estimatedWaitMs, waitedMs } = state.queue;
  expect(Number.isInteger(position) && position >= 1).toBe(true);
  if (length !== null) expect(Number.isInteger(length) && length >= position).toBe(true);
  for (const ms of [estimatedWaitMs, waitedMs]) {
    if (ms !== null) expect(Number.isFinite(ms) && ms >= 0 && ms <= 7 * 86_400_000).toBe(true);
  }
}

describe('queue updates from the real SDK', () => {
  it('shows a valid queue message as position 3 of 5, 40 s to go, 12 s waited', async () => {
    const { socket } = await open();
    const { store } = follow();
    expect(store.getSnapshot().phase).toBe('connecting');
    send(socket, queueMessage(QUEUE));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('queued'));
    expect(queued(store)).toEqual({
      position: 3,
      length: 5,
      estimatedWaitMs: 40_000,
      waitedMs: 12_000,
    });
  });

  it.each([
    ['milliseconds', 1_500, 250, 1_500, 250],
    ['minutes', 2, 1.5, 120_000, 90_000],
    ['hours', 1, 0.25, 3_600_000, 900_000],
    ['days', 2, 0, 172_800_000, 0],
  ])('converts waits given in %s to ms', async (valueType, estimated, waited, estMs, waitedMs) => {
    const { socket } = await open();
    const { store } = follow();
    send(socket, queueMessage({ ...QUEUE, valueType, estimatedWaitTime: estimated, waited }));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('queued'));
    expect(queued(store)).toEqual({
      position: 3,
      length: 5,
      estimatedWaitMs: estMs,
      waitedMs,
    });
  });

  const VALID = { position: 3, length: 5, estimatedWaitMs: 40_000, waitedMs: 12_000 };

  // [what, the queue payload, whether the SDK hands it to its queueHandler, what the viewer sees]
  it.each([
    ['a non-integer index', { ...QUEUE, index: 1.5 }, false, VALID],
    ['an index given as a string', { ...QUEUE, index: '2' }, false, VALID],
    ['a negative index', { ...QUEUE, index: -1 }, true, VALID],
    ['an index of 1e308', { ...QUEUE, index: 1e308 }, true, VALID],
    ['an index of -1e308', { ...QUEUE, index: -1e308 }, true, VALID],
    ['no index at all', { queueLength: 5, valueType: 'seconds' }, true, VALID],
    ['no valueType', { index: 1, queueLength: 5, waited: 1, estimatedWaitTime: 2 }, false, VALID],
    ['an unknown valueType', { ...QUEUE, index: 1, valueType: 'fortnights' }, false, VALID],
    ['waited: null', { ...QUEUE, index: 1, waited: null }, false, VALID],
    ['queue: null', null, false, VALID],
    [
      'a queueLength of -4',
      { ...QUEUE, index: 1, queueLength: -4 },
      true,
      { ...VALID, position: 2, length: null },
    ],
    [
      'a queueLength of 1e308',
      { ...QUEUE, index: 1, queueLength: 1e308 },
      true,
      { ...VALID, position: 2, length: null },
    ],
    [
      'a queueLength shorter than the position',
      { ...QUEUE, index: 6, queueLength: 2 },
      true,
      { ...VALID, position: 7, length: null },
    ],
    [
      'waits of 1e308 days',
      { ...QUEUE, index: 1, waited: 1e308, estimatedWaitTime: 1e308, valueType: 'days' },
      true,
      { ...VALID, position: 2, estimatedWaitMs: null, waitedMs: null },
    ],
    [
      'a negative estimate and a null one elsewhere',
      { ...QUEUE, index: 1, estimatedWaitTime: -5, averageWaitTime: null },
      true,
      { ...VALID, position: 2, estimatedWaitMs: null },
    ],
    [
      'estimatedWaitTime: null',
      { ...QUEUE, index: 1, estimatedWaitTime: null },
      true,
      { ...VALID, position: 2, estimatedWaitMs: null },
    ],
  ])(
    'after a valid position, a message with %s never throws and shows nothing absurd',
    async (_, payload, delivered, expected) => {
      const { socket } = await open();
      const { store, seen } = follow();
      // Added after the store: it starves if a listener before it throws (Emit has no try/catch).
      const after: unknown[] = [];
      sdk.ps.queueHandler.add((message) => after.push(message));
      send(socket, queueMessage(QUEUE));
      await waitFor(() => expect(after).toHaveLength(1));
      expect(queued(store)).toEqual(VALID);
      send(socket, queueMessage(payload));
      // A sentinel behind it: once it arrives, the SDK has handled the message under test.
      const sentinel = { ...QUEUE, index: 0, queueLength: 1 };
      const before = seen.length;
      send(socket, queueMessage(sentinel));
      await waitFor(() => expect(queued(store)?.position).toBe(1));
      expect(after).toHaveLength(delivered ? 3 : 2);
      const shown = seen.slice(before, -1).at(-1) ?? seen[before - 1];
      expect(shown?.queue).toEqual(expected);
      expect(shown?.phase).toBe('queued');
      seen.forEach(expectSane);
    },
  );

  it('keeps a malformed first message from ever leaving connecting', async () => {
    const { socket } = await open();
    const { store, seen } = follow();
    for (const queue of [
      { ...QUEUE, index: -1 },
      { ...QUEUE, index: 1e308 },
      { valueType: 'seconds' },
    ]) {
      send(socket, queueMessage(queue));
    }
    send(socket, letter('LL: sentinel'));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('preparing'));
    expect(seen.map((state) => state.phase)).toEqual(['preparing']);
  });

  it('shows the last of 1 000 queue messages sent at once, in a couple of renders', async () => {
    const { socket } = await open();
    const delivered: unknown[] = [];
    sdk.ps.queueHandler.add((message) => delivered.push(message));
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useArcwareStartupState(sdk.ps);
    });
    await waitFor(() => expect(result.current.phase).toBe('connecting'));
    const before = renders;
    // One write on the server's side, however busy the machine: the client reads it in a few chunks.
    const tcp = (socket as unknown as { _socket: { cork(): void; uncork(): void } })._socket;
    tcp.cork();
    for (let index = 0; index < 1_000; index += 1) {
      send(socket, queueMessage({ ...QUEUE, index, queueLength: 1_000 }));
    }
    tcp.uncork();
    await waitFor(() => expect(delivered).toHaveLength(1_000));
    await waitFor(() => expect(result.current.queue?.position).toBe(1_000));
    expect(result.current.queue).toEqual({
      position: 1_000,
      length: 1_000,
      estimatedWaitMs: 40_000,
      waitedMs: 12_000,
    });
    // `ws` hands the SDK the frames in as many reads as TCP cuts ~150 kB into: one render per read
    // at most (seen: 3), never one per message.
    expect(renders - before).toBeLessThanOrEqual(4);
  });

  it('renders at most twice for 1 000 queue messages that arrive in one tick', async () => {
    await open();
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useArcwareStartupState(sdk.ps);
    });
    await waitFor(() => expect(result.current.phase).toBe('connecting'));
    const before = renders;
    // The SDK's own client socket, as if one read held all 1 000 frames.
    const client = (
      sdk.ps as unknown as {
        webRtcController: { transport: { webSocket: WebSocket } };
      }
    ).webRtcController.transport.webSocket;
    for (let index = 0; index < 1_000; index += 1) {
      const message = queueMessage({ ...QUEUE, index, queueLength: 1_000 });
      client.emit('message', Buffer.from(JSON.stringify(message)), false);
    }
    await waitFor(() => expect(result.current.queue?.position).toBe(1_000));
    await sleep(50);
    expect(renders - before).toBeLessThanOrEqual(2);
    expect(result.current.queue?.length).toBe(1_000);
  });
});

describe('progress letters from the real SDK', () => {
  it('shows a letter without its LL: prefix, in preparing', async () => {
    const { socket } = await open();
    const { store } = follow();
    send(socket, letter('LL: Starting your application'));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('preparing'));
    expect(store.getSnapshot().progress).toBe('Starting your application');
  });

  it('changes nothing for a letter without the prefix, which the SDK drops', async () => {
    const { socket } = await open();
    const delivered: unknown[] = [];
    sdk.ps.loveLetterHandler.add((message) => delivered.push(message));
    const { store, seen } = follow();
    send(socket, letter('LL: first'));
    await waitFor(() => expect(store.getSnapshot().progress).toBe('first'));
    const shown = store.getSnapshot();
    send(socket, letter('Starting your application'));
    send(socket, letter('ll: lower case'));
    send(socket, letter('LL:no space'));
    send(socket, letter('LL: second'));
    await waitFor(() => expect(store.getSnapshot().progress).toBe('second'));
    expect(delivered).toHaveLength(2);
    expect(seen.slice(seen.indexOf(shown) + 1)).toHaveLength(1);
  });

  it.each([
    [
      'markup',
      'LL: <img src=x onerror="alert(1)"><b>Loading</b>',
      '<img src=x onerror="alert(1)"><b>Loading</b>',
    ],
    ['control characters', 'LL: Load\u0000ing\u0007 \u001b[31mnow\u007f', 'Loading [31mnow'],
    ['bidi overrides', 'LL: \u202Egnidaol\u202C and \u2066x\u2069', 'gnidaol and x'],
    ['line breaks and tabs', 'LL: one\n\ntwo\tthree  ', 'one two three'],
  ])('shows a letter with %s as plain, clean text', async (_, reason, expected) => {
    const { socket } = await open();
    const { store } = follow();
    send(socket, letter(reason));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('preparing'));
    expect(store.getSnapshot().progress).toBe(expected);
  });

  it('bounds a 10 kB letter to 123 bytes of text', async () => {
    const { socket } = await open();
    const { store } = follow();
    send(socket, letter(`LL: ${'Überlänge '.repeat(1_000)}`));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('preparing'));
    const { progress } = store.getSnapshot();
    expect(progress.startsWith('Überlänge Überlänge')).toBe(true);
    expect(new TextEncoder().encode(progress).length).toBeLessThanOrEqual(123);
  });

  it('ignores a letter that is only its prefix and blanks', async () => {
    const { socket } = await open();
    const { store, seen } = follow();
    send(socket, letter('LL: \u202E \u0000  '));
    send(socket, letter('LL: sentinel'));
    await waitFor(() => expect(store.getSnapshot().progress).toBe('sentinel'));
    expect(seen.map((state) => state.progress)).toEqual(['sentinel']);
  });

  it('renders a hostile letter through the hook as text, never as markup', async () => {
    const { socket } = await open();
    function Progress() {
      const { phase, progress } = useArcwareStartupState(sdk.ps);
      return <p data-phase={phase}>{progress}</p>;
    }
    const view = render(<Progress />);
    send(socket, letter('LL: <img src=x onerror="window.__pwned=1">\u202Edone'));
    await waitFor(() =>
      expect(view.container.querySelector('p')).toHaveAttribute('data-phase', 'preparing'),
    );
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.textContent).toBe('<img src=x onerror="window.__pwned=1">done');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('session id, server errors and the first frame on the real SDK', () => {
  it('moves from connecting to preparing when the backend sends a session id', async () => {
    const { socket } = await open();
    const { store } = follow();
    expect(store.getSnapshot().phase).toBe('connecting');
    send(socket, { type: 'sessionId', sessionId: 'session-1' });
    await waitFor(() => expect(store.getSnapshot().phase).toBe('preparing'));
    expect(store.getSnapshot()).toMatchObject({ queue: null, progress: '' });
  });

  it('keeps going after a server error below 4000: nothing closes, nothing changes', async () => {
    const { socket } = await open();
    const { store, seen } = follow();
    const close = createCloseStore(sdk.ps);
    close.subscribe(() => {});
    const errors: unknown[] = [];
    sdk.ps.errorHandler.add((error) => errors.push(error));
    send(socket, { type: 'sessionId', sessionId: 'session-1' });
    await waitFor(() => expect(store.getSnapshot().phase).toBe('preparing'));
    send(socket, { type: 'error', code: 3000, reason: 'hiccup', verbosity: 0 });
    send(socket, { type: 'error', code: 1, reason: '<b>odd</b>', verbosity: 0 });
    await waitFor(() => expect(errors).toHaveLength(2));
    await sleep(100);
    expect(sdk.ps.websocketState).toBe(1);
    expect(seen.map((state) => state.phase)).toEqual(['preparing']);
    expect(close.getSnapshot().status).toBe('idle');
    send(socket, letter('LL: still alive'));
    await waitFor(() => expect(store.getSnapshot().progress).toBe('still alive'));
  });

  it('hands a server error of 4000 or more to the close state: start-up goes idle', async () => {
    const { socket } = await open();
    const { result } = renderHook(() => ({
      startup: useArcwareStartupState(sdk.ps),
      close: useArcwareCloseState(sdk.ps),
    }));
    send(socket, { type: 'sessionId', sessionId: 'session-1' });
    await waitFor(() => expect(result.current.startup.phase).toBe('preparing'));
    send(socket, { type: 'error', code: 4460, reason: 'Trial over', verbosity: 0 });
    await waitFor(() => expect(result.current.close.status).toBe('closed'));
    expect(result.current.close.close).toMatchObject({ code: 4460, reason: 'Trial over' });
    expect(result.current.startup.phase).toBe('idle');
    expect(sdk.ps.websocketState).toBe(3);
  });

  it("plays at the first frame: Epic's VideoInitializedEvent through the SDK's hub", async () => {
    const { socket } = await open();
    const received: string[] = [];
    socket.on('message', (data) => received.push(String(data)));
    const hub: unknown[] = [];
    sdk.ps.videoInitializedHandler.add(() => hub.push('first frame'));
    const { store } = follow();
    send(socket, queueMessage(QUEUE));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('queued'));
    sdk.ps.dispatchEvent(new VideoInitializedEvent());
    expect(store.getSnapshot()).toMatchObject({ phase: 'playing', queue: null });
    expect(hub).toHaveLength(1);
    await waitFor(() => expect(received).toContain('{"type":"onVideoInitialized"}'));
    // Once per connection: a second one changes nothing and the SDK does not emit it again.
    const playing = store.getSnapshot();
    sdk.ps.dispatchEvent(new VideoInitializedEvent());
    expect(store.getSnapshot()).toBe(playing);
    expect(hub).toHaveLength(1);
  });
});

describe("Epic's WebRTC events dispatched on the real stream", () => {
  it('goes negotiating, waiting for video, needs interaction, then plays after play()', async () => {
    const { socket } = await open();
    const { store } = follow();
    const log = phaseLog(store.getSnapshot);
    store.subscribe(log.record);
    const sdkEvents: string[] = [];
    for (const type of ['streamLoading', 'playStream'] as const) {
      sdk.ps.addEventListener(type, () => sdkEvents.push(type));
    }
    send(socket, { type: 'sessionId', sessionId: 'session-1' });
    await waitFor(() => expect(store.getSnapshot().phase).toBe('preparing'));
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    expect(store.getSnapshot().phase).toBe('negotiating');
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    expect(store.getSnapshot().phase).toBe('waiting-for-video');
    sdk.ps.dispatchEvent(new PlayStreamRejectedEvent({ reason: 'NotAllowedError' }));
    expect(store.getSnapshot().phase).toBe('needs-interaction');

    // The store's control calls the SDK's play(): under jsdom the video has no srcObject, so the
    // SDK dispatches streamLoading and stops there, without a playStream.
    store.play();
    expect(sdkEvents).toEqual(['streamLoading']);
    expect(store.getSnapshot().phase).toBe('needs-interaction');
    // What a browser that accepts play() dispatches next.
    sdk.ps.dispatchEvent(new PlayStreamEvent());
    expect(store.getSnapshot().phase).toBe('waiting-for-video');
    sdk.ps.dispatchEvent(new VideoInitializedEvent());
    expect(store.getSnapshot().phase).toBe('playing');
    expect(log.phases).toEqual([
      'connecting',
      'preparing',
      'negotiating',
      'waiting-for-video',
      'needs-interaction',
      'waiting-for-video',
      'playing',
    ]);
  });

  it('plays at once when the first frame came before the viewer tapped play', async () => {
    await open();
    const { store } = follow();
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    sdk.ps.dispatchEvent(new PlayStreamRejectedEvent({ reason: 'NotAllowedError' }));
    // The frame is decoded, but the browser still waits for a gesture to show it.
    sdk.ps.dispatchEvent(new VideoInitializedEvent());
    expect(store.getSnapshot().phase).toBe('needs-interaction');
    store.play();
    sdk.ps.dispatchEvent(new PlayStreamEvent());
    expect(store.getSnapshot().phase).toBe('playing');
  });

  it('leaves the queue view at negotiation', async () => {
    const { socket } = await open();
    const { store } = follow();
    send(socket, queueMessage(QUEUE));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('queued'));
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    expect(store.getSnapshot()).toMatchObject({ phase: 'negotiating', queue: null });
    // A late queue message cannot pull a negotiating stream back into the queue.
    send(socket, queueMessage({ ...QUEUE, index: 0 }));
    send(socket, letter('LL: sentinel'));
    await sleep(100);
    expect(store.getSnapshot()).toMatchObject({ phase: 'negotiating', queue: null });
  });
});

import {
  PlayStreamRejectedEvent,
  VideoInitializedEvent,
  WebRtcConnectedEvent,
  WebRtcSdpEvent,
} from '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { createCloseStore, type CloseStore } from '../../src/core/close-store.js';
import type { StartupPhase } from '../../src/core/startup-state.js';
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

/** Brings a followed, open stream to `phase` the way the SDK would. */
async function reach(phase: StartupPhase, store: StartupStore, socket: WebSocket): Promise<void> {
  const at = (expected: StartupPhase) =>
    waitFor(() => expect(store.getSnapshot().phase).toBe(expected));
  if (phase === 'connecting') return at('connecting');
  if (phase === 'queued') {
    send(socket, queueMessage(QUEUE));
    return at('queued');
  }
  send(socket, { type: 'sessionId', sessionId: 'session-1' });
  send(socket, letter('LL: Starting'));
  await at('preparing');
  if (phase === 'preparing') return;
  sdk.ps.dispatchEvent(new WebRtcSdpEvent());
  if (phase === 'negotiating') return at('negotiating');
  sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
  if (phase === 'waiting-for-video') return at('waiting-for-video');
  if (phase === 'stalled') return at('stalled');
  if (phase === 'needs-interaction') {
    sdk.ps.dispatchEvent(new PlayStreamRejectedEvent({ reason: 'NotAllowedError' }));
    return at('needs-interaction');
  }
  sdk.ps.dispatchEvent(new VideoInitializedEvent());
  return at('playing');
}

const PHASES: StartupPhase[] = [
  'connecting',
  'queued',
  'preparing',
  'negotiating',
  'waiting-for-video',
  'needs-interaction',
  'stalled',
  'playing',
];

function followBoth(stalledAfterMs?: number): { startup: StartupStore; close: CloseStore } {
  const startup = createStartupStore(sdk.ps, stalledAfterMs ? { stalledAfterMs } : undefined);
  const close = createCloseStore(sdk.ps, { autoReconnect: false });
  startup.subscribe(() => {});
  close.subscribe(() => {});
  return { startup, close };
}

describe('a close hands start-up over to the close state', () => {
  it.each(PHASES.flatMap((phase) => [[phase, 4460] as const, [phase, 1006] as const]))(
    'in %s, a %i close leaves start-up idle and shows in the close state',
    async (phase, code) => {
      const sockets = keepSockets(sdk);
      const { startup, close } = followBoth(phase === 'stalled' ? 150 : undefined);
      const socket = await connectOpen(sdk, sockets);
      await reach(phase, startup, socket);
      if (code === 1006) socket.terminate();
      else socket.close(code, 'Trial over');
      await waitFor(() => expect(close.getSnapshot().status).toBe('closed'));
      expect(close.getSnapshot().close?.code).toBe(code);
      expect(startup.getSnapshot()).toMatchObject({ phase: 'idle', queue: null, progress: '' });
      // Nothing later pulls it back: no watchdog, no stale phase.
      await sleep(300);
      expect(startup.getSnapshot().phase).toBe('idle');
    },
  );

  it('shows the hand-over to hooks on the same stream in one render', async () => {
    const sockets = keepSockets(sdk);
    const states: string[] = [];
    const { result } = renderHook(() => {
      const startup = useArcwareStartupState(sdk.ps);
      const close = useArcwareCloseState(sdk.ps, { autoReconnect: false });
      states.push(`${startup.phase}/${close.status}`);
      return { startup, close };
    });
    const socket = await connectOpen(sdk, sockets);
    send(socket, queueMessage(QUEUE));
    await waitFor(() => expect(result.current.startup.phase).toBe('queued'));
    socket.close(4501, 'No stream available');
    await waitFor(() => expect(result.current.close.status).toBe('closed'));
    expect(result.current.startup.phase).toBe('idle');
    // The viewer never sees a close on top of a start-up view.
    expect(states).not.toContain('queued/closed');
  });
});

describe('a reconnect restarts the phases', () => {
  it('keeps playing through a page reconnect() until the new socket starts', async () => {
    const sockets = keepSockets(sdk);
    const { startup, close } = followBoth();
    const log = phaseLog(startup.getSnapshot);
    startup.subscribe(log.record);
    const socket = await connectOpen(sdk, sockets);
    await reach('playing', startup, socket);
    const closes: number[] = [];
    socket.on('close', (code) => closes.push(code));
    sdk.ps.reconnect();
    await waitFor(() => expect(closes).toEqual([1000]));
    await sleep(1_000);
    // The old socket is gone, the new one not there yet: the picture stays.
    expect(sockets).toHaveLength(1);
    expect(startup.getSnapshot().phase).toBe('playing');
    await waitFor(() => expect(sockets).toHaveLength(2), { timeout: 4_000 });
    expect(startup.getSnapshot().phase).toBe('connecting');
    send(sockets[1]!, { type: 'sessionId', sessionId: 'session-2' });
    await waitFor(() => expect(startup.getSnapshot().phase).toBe('preparing'));
    expect(log.phases.slice(-3)).toEqual(['playing', 'connecting', 'preparing']);
    expect(close.getSnapshot().status).toBe('idle');
  });

  it('after a dropped connection, the close state retries and start-up starts over', async () => {
    const sockets = keepSockets(sdk);
    const startup = createStartupStore(sdk.ps);
    startup.subscribe(() => {});
    const log = phaseLog(startup.getSnapshot);
    startup.subscribe(log.record);
    const close = createCloseStore(sdk.ps, { backoff: { initialMs: 50, maxMs: 50 } });
    close.subscribe(() => {});
    const socket = await connectOpen(sdk, sockets);
    await reach('preparing', startup, socket);
    socket.terminate();
    await waitFor(() => expect(sockets).toHaveLength(2));
    await waitFor(() => expect(sdk.ps.websocketState).toBe(1));
    expect(close.getSnapshot().status).toBe('reconnecting');
    expect(startup.getSnapshot()).toMatchObject({ phase: 'connecting', progress: '' });
    send(sockets[1]!, { type: 'sessionId', sessionId: 'session-2' });
    await waitFor(() => expect(startup.getSnapshot().phase).toBe('preparing'));
    expect(close.getSnapshot().status).toBe('idle');
    expect(log.phases).toEqual([
      'idle',
      'connecting',
      'preparing',
      'idle',
      'connecting',
      'preparing',
    ]);
  });
});

describe('a follower that comes late', () => {
  it('starts at connecting when created right after connect()', () => {
    keepSockets(sdk);
    sdk.ps.connect();
    expect(sdk.ps.websocketState).toBe(0);
    const store = createStartupStore(sdk.ps);
    store.subscribe(() => {});
    expect(store.getSnapshot().phase).toBe('connecting');
  });

  it('starts at connecting once the socket is open (streamConnect long gone)', async () => {
    const sockets = keepSockets(sdk);
    await connectOpen(sdk, sockets);
    const { result } = renderHook(() => useArcwareStartupState(sdk.ps));
    expect(result.current.phase).toBe('connecting');
    send(sockets[0]!, { type: 'sessionId', sessionId: 'session-1' });
    await waitFor(() => expect(result.current.phase).toBe('preparing'));
  });

  it('starts idle before connect()', () => {
    const store = createStartupStore(sdk.ps);
    store.subscribe(() => {});
    expect(store.getSnapshot().phase).toBe('idle');
  });

  it('starts at playing after the first frame', async () => {
    const sockets = keepSockets(sdk);
    await connectOpen(sdk, sockets);
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    sdk.ps.dispatchEvent(new VideoInitializedEvent());
    const { result } = renderHook(() => useArcwareStartupState(sdk.ps));
    expect(result.current.phase).toBe('playing');
  });

  it('starts idle once the stream that played has closed', async () => {
    const sockets = keepSockets(sdk);
    const socket = await connectOpen(sdk, sockets);
    sdk.ps.dispatchEvent(new VideoInitializedEvent());
    socket.close(4461, 'Max runtime');
    await waitFor(() => expect(sdk.ps.websocketState).toBe(3));
    const store = createStartupStore(sdk.ps);
    store.subscribe(() => {});
    expect(store.getSnapshot().phase).toBe('idle');
  });

  it('picks up where the stream is after every follower left for a while', async () => {
    const sockets = keepSockets(sdk);
    const socket = await connectOpen(sdk, sockets);
    const first = createStartupStore(sdk.ps, { stalledAfterMs: 300 });
    const stop = first.subscribe(() => {});
    send(socket, letter('LL: Starting'));
    await waitFor(() => expect(first.getSnapshot().phase).toBe('preparing'));
    stop();
    // Nobody listens while the stream negotiates and shows its first frame.
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    sdk.ps.dispatchEvent(new VideoInitializedEvent());
    const again = createStartupStore(sdk.ps, { stalledAfterMs: 300 });
    again.subscribe(() => {});
    expect(again.getSnapshot().phase).toBe('playing');
    await sleep(500);
    expect(again.getSnapshot().phase).toBe('playing');
  });

  it('goes idle on return when the stream closed while nobody listened', async () => {
    const sockets = keepSockets(sdk);
    const socket = await connectOpen(sdk, sockets);
    const first = createStartupStore(sdk.ps);
    const stop = first.subscribe(() => {});
    send(socket, queueMessage(QUEUE));
    await waitFor(() => expect(first.getSnapshot().phase).toBe('queued'));
    stop();
    socket.close(4501, 'No stream available');
    await waitFor(() => expect(sdk.ps.websocketState).toBe(3));
    const again = createStartupStore(sdk.ps);
    again.subscribe(() => {});
    expect(again.getSnapshot()).toMatchObject({ phase: 'idle', queue: null });
  });

  it('keeps the queue position through a quick unsubscribe and resubscribe', async () => {
    const sockets = keepSockets(sdk);
    const socket = await connectOpen(sdk, sockets);
    const store = createStartupStore(sdk.ps);
    const stop = store.subscribe(() => {});
    send(socket, queueMessage(QUEUE));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('queued'));
    const queued = store.getSnapshot();
    stop();
    store.subscribe(() => {});
    expect(store.getSnapshot()).toBe(queued);
  });
});

import {
  PlayStreamRejectedEvent,
  VideoInitializedEvent,
  WebRtcConnectedEvent,
  WebRtcSdpEvent,
} from '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { createStartupStore, type StartupStore } from '../../src/core/startup-store.js';
import { useArcwareStartupState } from '../../src/react/use-arcware-startup-state.js';
import { countEventListeners } from '../support/listener-count.js';
import { until } from '../support/idle-sdk.js';
import { withRealSdk } from '../support/real-sdk.js';
import { send } from '../support/signalling-server.js';
import {
  connectOpen,
  keepSockets,
  letter,
  phaseLog,
  QUEUE,
  queueMessage,
  STARTUP_EVENTS,
  startupHubCounts,
} from '../support/startup-sdk.js';

const sdk = withRealSdk({ testClock: true });

const STALL = 5_000;

async function openFollowed(
  options = { stalledAfterMs: STALL },
): Promise<{ store: StartupStore; socket: WebSocket; sockets: WebSocket[] }> {
  const sockets = keepSockets(sdk);
  const store = createStartupStore(sdk.ps, options);
  store.subscribe(() => {});
  return { store, socket: await connectOpen(sdk, sockets), sockets };
}

const phase = (store: StartupStore) => store.getSnapshot().phase;

describe('the start-up watchdog on a test clock', () => {
  it('never stalls a viewer who waits in the queue, however long', async () => {
    const { store, socket } = await openFollowed();
    const connecting = vi.getTimerCount();
    send(socket, queueMessage(QUEUE));
    await until(() => expect(phase(store)).toBe('queued'));
    // The connecting watchdog is gone, and no other took its place.
    expect(vi.getTimerCount()).toBe(connecting - 1);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(phase(store)).toBe('queued');
    // Out of the queue, the watchdog counts from there.
    send(socket, letter('LL: Your machine is starting'));
    await until(() => expect(phase(store)).toBe('preparing'));
    await vi.advanceTimersByTimeAsync(STALL - 1_000);
    expect(phase(store)).toBe('preparing');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(phase(store)).toBe('stalled');
  });

  it('never stalls a viewer asked to tap play', async () => {
    const { store } = await openFollowed();
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    const waiting = vi.getTimerCount();
    sdk.ps.dispatchEvent(new PlayStreamRejectedEvent({ reason: 'NotAllowedError' }));
    expect(vi.getTimerCount()).toBe(waiting - 1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(phase(store)).toBe('needs-interaction');
  });

  it('stalls 5 s after WebRTC connected when no first frame comes', async () => {
    const { store } = await openFollowed();
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    await vi.advanceTimersByTimeAsync(STALL - 1_000);
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    expect(phase(store)).toBe('waiting-for-video');
    const connectedAt = Date.now();
    await vi.advanceTimersByTimeAsync(STALL - 1_000);
    expect(phase(store)).toBe('waiting-for-video');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(store.getSnapshot()).toMatchObject({ phase: 'stalled' });
    const stalledAfter = store.getSnapshot().since - connectedAt;
    expect(stalledAfter).toBeGreaterThanOrEqual(STALL);
    expect(stalledAfter).toBeLessThan(STALL + 300);
  });

  it('stalls a connecting stream whose backend never answers', async () => {
    const { store } = await openFollowed();
    expect(phase(store)).toBe('connecting');
    await vi.advanceTimersByTimeAsync(STALL + 300);
    expect(phase(store)).toBe('stalled');
  });

  it('waits 60 s by default', async () => {
    const { store } = await openFollowed({} as { stalledAfterMs: number });
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    await vi.advanceTimersByTimeAsync(59_000);
    expect(phase(store)).toBe('waiting-for-video');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(phase(store)).toBe('stalled');
  });

  it('is re-armed by every progress letter', async () => {
    const { store, socket } = await openFollowed();
    for (const step of ['Allocating', 'Downloading', 'Starting', 'Almost there']) {
      send(socket, letter(`LL: ${step}`));
      await until(() => expect(store.getSnapshot().progress).toBe(step));
      await vi.advanceTimersByTimeAsync(STALL - 1_000);
      expect(phase(store)).toBe('preparing');
    }
    // 16 s in without a stall; silence after the last letter stalls 5 s after it.
    await vi.advanceTimersByTimeAsync(1_500);
    expect(store.getSnapshot()).toMatchObject({ phase: 'stalled', progress: 'Almost there' });
  });

  it('is disarmed by the first frame', async () => {
    const { store } = await openFollowed();
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    const armed = vi.getTimerCount();
    sdk.ps.dispatchEvent(new VideoInitializedEvent());
    expect(phase(store)).toBe('playing');
    // The watchdog's timer is gone at once (the SDK's own timers are unchanged by the event).
    expect(vi.getTimerCount()).toBe(armed - 1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(phase(store)).toBe('playing');
  });

  it('reconnect() from stalled opens a new socket and restarts the phases at connecting', async () => {
    const { store, sockets } = await openFollowed();
    const log = phaseLog(store.getSnapshot);
    store.subscribe(log.record);
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    await vi.advanceTimersByTimeAsync(STALL + 100);
    expect(phase(store)).toBe('stalled');

    store.reconnect();
    expect(phase(store)).toBe('connecting');
    // The SDK closes the old socket with 1000 "Reconnecting..." and opens the new one 2 s later.
    await until(() => expect(sdk.ps.websocketState).toBe(3));
    expect(phase(store)).toBe('connecting');
    await vi.advanceTimersByTimeAsync(2_100);
    await until(() => expect(sockets).toHaveLength(2));
    expect(sdk.server.upgrades).toHaveLength(2);
    const reconnectedAt = store.getSnapshot().since;
    // The new socket gets the watchdog's full time, counted from its own start (a watchdog left
    // over from reconnect() itself would fire 2 s earlier).
    await vi.advanceTimersByTimeAsync(reconnectedAt + STALL - 1_000 - Date.now());
    expect(phase(store)).toBe('connecting');
    send(sockets[1]!, { type: 'sessionId', sessionId: 'session-2' });
    await until(() => expect(phase(store)).toBe('preparing'));
    expect(store.getSnapshot().since).toBeGreaterThan(reconnectedAt);
    expect(log.phases).toEqual([
      'connecting',
      'negotiating',
      'waiting-for-video',
      'stalled',
      'connecting',
      'preparing',
    ]);
  });
});

describe('two followers on one stream', () => {
  it('share one state and one watchdog, and leave no SDK listener behind', async () => {
    const baseline = startupHubCounts(sdk.ps);
    const sockets = keepSockets(sdk);
    const events = countEventListeners(sdk.ps);

    const hook = renderHook(() => useArcwareStartupState(sdk.ps, { stalledAfterMs: STALL }));
    const store = createStartupStore(sdk.ps, { stalledAfterMs: 8_000 });
    const unsubscribe = store.subscribe(() => {});
    // One SDK listener per signal, whatever the number of followers.
    expect(STARTUP_EVENTS.map((type) => events.get(type))).toEqual(STARTUP_EVENTS.map(() => 1));
    expect(startupHubCounts(sdk.ps)).toEqual({
      sessionIdHandler: baseline.sessionIdHandler + 1,
      queueHandler: baseline.queueHandler + 1,
      loveLetterHandler: baseline.loveLetterHandler + 1,
      videoInitializedHandler: baseline.videoInitializedHandler + 1,
      websocketOnCloseHandler: baseline.websocketOnCloseHandler + 1,
      transportClose: baseline.transportClose + 1,
    });

    send(await connectOpen(sdk, sockets), queueMessage(QUEUE));
    await until(() => expect(hook.result.current.phase).toBe('queued'));
    expect(hook.result.current).toMatchObject(store.getSnapshot());
    expect(hook.result.current.queue).toBe(store.getSnapshot().queue);

    // Out of the queue (no watchdog there), one watchdog timer starts, not one per follower.
    const queuedTimers = vi.getTimerCount();
    sdk.ps.dispatchEvent(new WebRtcSdpEvent());
    expect(vi.getTimerCount()).toBe(queuedTimers + 1);
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    expect(vi.getTimerCount()).toBe(queuedTimers + 1);
    // The most patient follower's time counts: 8 s, not the hook's 5 s.
    await vi.advanceTimersByTimeAsync(STALL + 500);
    expect(store.getSnapshot().phase).toBe('waiting-for-video');
    await vi.advanceTimersByTimeAsync(3_500);
    expect(store.getSnapshot().phase).toBe('stalled');
    await until(() => expect(hook.result.current.phase).toBe('stalled'));
    expect(hook.result.current.since).toBe(store.getSnapshot().since);

    hook.unmount();
    expect(startupHubCounts(sdk.ps).queueHandler).toBe(baseline.queueHandler + 1);
    unsubscribe();
    expect(startupHubCounts(sdk.ps)).toEqual(baseline);
    expect([...events].filter(([, count]) => count !== 0)).toEqual([]);
    // Nobody follows: no watchdog is left to fire.
    const left = vi.getTimerCount();
    sdk.ps.dispatchEvent(new WebRtcConnectedEvent());
    expect(vi.getTimerCount()).toBe(left);
  });
});

import { ArcwareConfig, ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createIdleWarningStore } from '../../src/core/idle-store.js';
import { useArcwareIdleWarning } from '../../src/react/use-arcware-idle-warning.js';
import {
  afkController,
  followIdle,
  IDLE_EVENTS,
  ON_1_10,
  openWithAfk,
  recordAfkEvents,
  shownSeconds,
  startAfkTimer,
  streamInfo,
  until,
  warned,
} from '../support/idle-sdk.js';
import { countEventListeners, sdkListenerCounts } from '../support/listener-count.js';
import { prepareSdkEnvironment, withRealSdk } from '../support/real-sdk.js';
import { send } from '../support/signalling-server.js';

const sdk = withRealSdk({ testClock: true });

describe('idle settings on the real SDK', () => {
  it('reports what a streamInfo sets (on, warn after 1 s, 10 s) and the timer it arms', async () => {
    const { store } = followIdle(sdk);
    // Arcware's own before the platform says anything: forced on, 600 s, 10 s.
    expect(store.getSnapshot().settings).toEqual({
      enabled: true,
      warnAfterSeconds: 600,
      countdownSeconds: 10,
    });
    const { socket } = await openWithAfk(sdk);
    expect(store.getSnapshot()).toMatchObject({ active: false, settings: ON_1_10 });
    // `warn` is AFKTimeout and `action` is AFKCountdown.
    send(socket, streamInfo({ enabled: true, warn: 2, error: 0, action: 15 }));
    await until(() =>
      expect(store.getSnapshot().settings).toEqual({
        enabled: true,
        warnAfterSeconds: 2,
        countdownSeconds: 15,
      }),
    );
    const events = recordAfkEvents(sdk.ps);
    startAfkTimer(sdk.ps);
    await vi.advanceTimersByTimeAsync(1_700);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(events).toEqual([
      { type: 'afkWarningActivate', countDown: 0 },
      { type: 'afkWarningUpdate', countDown: 15 },
    ]);
    expect(store.getSnapshot()).toMatchObject({ active: true, secondsLeft: 15 });
  });

  it('reports the AFKCountdown in force: initialSettings are ignored, setNumericSetting is not', async () => {
    prepareSdkEnvironment();
    const config = new ArcwareConfig({
      initialSettings: {
        ss: sdk.server.url,
        KeepaliveDelay: 0,
        AFKCountdown: 30,
        AFKTimeout: 45,
        TimeoutIfIdle: false,
      },
      settings: { shareId: 'share-test' },
    });
    const ps = new ArcwarePixelStreaming(config);
    try {
      const store = createIdleWarningStore(ps);
      store.subscribe(() => {});
      // The SDK keeps 10 whatever the page asked for, and forces idling on.
      expect(ps.config.getNumericSettingValue('AFKCountdown')).toBe(10);
      expect(ps.config.isFlagEnabled('TimeoutIfIdle')).toBe(true);
      expect(store.getSnapshot().settings).toEqual({
        enabled: true,
        warnAfterSeconds: 45,
        countdownSeconds: 10,
      });
      ps.config.setNumericSetting('AFKCountdown', 25);
      expect(store.getSnapshot().settings.countdownSeconds).toBe(25);
      // Below its minimum of 10 the SDK clamps, and the store reports what the SDK holds.
      ps.config.setNumericSetting('AFKCountdown', 4);
      expect(ps.config.getNumericSettingValue('AFKCountdown')).toBe(10);
      expect(store.getSnapshot().settings.countdownSeconds).toBe(10);
      ps.config.setNumericSetting('AFKCountdown', 20);
      ps.config.setNumericSetting('AFKTimeout', 1);
      // The countdown really runs from the value reported.
      const events = recordAfkEvents(ps);
      afkController(ps).startAfkWarningTimer();
      await vi.advanceTimersByTimeAsync(1_100);
      expect(events[1]).toEqual({ type: 'afkWarningUpdate', countDown: 20 });
      expect(store.getSnapshot()).toMatchObject({ active: true, secondsLeft: 20 });
    } finally {
      ps.removePlayer();
    }
  });
});

describe('the warning on the real SDK', () => {
  it('counts down from the first update, never showing the stale 0 of the activate', async () => {
    const events = recordAfkEvents(sdk.ps);
    const { seen, store } = followIdle(sdk);
    await warned(sdk);
    // What the SDK sent: a stale 0, then the real start right after.
    expect(events.slice(0, 2)).toEqual([
      { type: 'afkWarningActivate', countDown: 0 },
      { type: 'afkWarningUpdate', countDown: 10 },
    ]);
    expect(shownSeconds(seen)).toEqual([10]);
    const first = store.getSnapshot();
    expect(first.endsAt! - Date.now()).toBeGreaterThan(9_800);
    expect(first.endsAt! - Date.now()).toBeLessThanOrEqual(10_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(events.at(-1)).toEqual({ type: 'afkWarningUpdate', countDown: 7 });
    expect(shownSeconds(seen)).toEqual([10, 9, 8, 7]);
    const now = store.getSnapshot();
    expect(now).toMatchObject({ active: true, secondsLeft: 7, settings: ON_1_10 });
    expect(now.endsAt! - Date.now()).toBeGreaterThan(6_800);
    expect(now.endsAt! - Date.now()).toBeLessThanOrEqual(7_000);
  });

  it('ends the warning on stay(): the SDK dismisses it, restarts its timer and stops counting', async () => {
    const events = recordAfkEvents(sdk.ps);
    const { store, seen } = followIdle(sdk);
    await warned(sdk);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.getSnapshot()).toMatchObject({ active: true, secondsLeft: 8 });
    // Read when the timer next starts: no second warning within this test.
    sdk.ps.config.setNumericSetting('AFKTimeout', 120);
    const before = events.length;
    const shown = seen.length;
    store.stay();
    expect(events.slice(before)).toEqual([{ type: 'afkWarningDeactivate' }]);
    expect(store.getSnapshot()).toMatchObject({ active: false, secondsLeft: null, endsAt: null });
    // One change for the viewer, not a second one for the SDK's deactivate.
    expect(seen.length - shown).toBe(1);
    expect(afkController(sdk.ps).active).toBe(true);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(events.slice(before)).toEqual([{ type: 'afkWarningDeactivate' }]);
    expect(sdk.ps.websocketState).toBe(1);
    expect(store.getSnapshot().active).toBe(false);
    // A second stay() has nothing to dismiss.
    store.stay();
    expect(events.slice(before)).toHaveLength(1);
  });

  it('starts a second warning from the countdown, not the leftover seconds the SDK sends', async () => {
    const events = recordAfkEvents(sdk.ps);
    const { store, seen } = followIdle(sdk);
    await warned(sdk);
    await vi.advanceTimersByTimeAsync(2_000);
    sdk.ps.config.setNumericSetting('AFKTimeout', 120);
    store.stay();
    const before = events.length;
    const shown = seen.length;
    await vi.advanceTimersByTimeAsync(119_000);
    expect(events.slice(before)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    // The SDK's activate carries the 8 left at the dismissal.
    expect(events.slice(before, before + 2)).toEqual([
      { type: 'afkWarningActivate', countDown: 8 },
      { type: 'afkWarningUpdate', countDown: 10 },
    ]);
    expect(shownSeconds(seen.slice(shown))).toEqual([10]);
    expect(store.getSnapshot().endsAt! - Date.now()).toBeGreaterThan(9_800);
  });
});

describe('two followers of one stream', () => {
  it('share one warning and one SDK listener per signal, and leave none behind', async () => {
    const baseline = sdkListenerCounts(sdk.ps);
    const events = countEventListeners(sdk.ps);
    const hook = renderHook(() => useArcwareIdleWarning(sdk.ps));
    const store = createIdleWarningStore(sdk.ps);
    const unsubscribe = store.subscribe(() => {});
    expect(IDLE_EVENTS.map((type) => events.get(type))).toEqual(IDLE_EVENTS.map(() => 1));
    expect(sdkListenerCounts(sdk.ps)).toEqual({
      ...baseline,
      closeHub: baseline.closeHub + 1,
      transportClose: baseline.transportClose + 1,
    });

    await warned(sdk);
    await until(() => expect(hook.result.current.active).toBe(true));
    const { stay, ...shared } = hook.result.current;
    expect(shared).toEqual(store.getSnapshot());
    expect(hook.result.current.settings).toBe(store.getSnapshot().settings);
    // Either follower's stay() ends it for both.
    sdk.ps.config.setNumericSetting('AFKTimeout', 120);
    stay();
    expect(store.getSnapshot().active).toBe(false);
    await until(() => expect(hook.result.current.active).toBe(false));

    hook.unmount();
    expect(IDLE_EVENTS.map((type) => events.get(type))).toEqual(IDLE_EVENTS.map(() => 1));
    unsubscribe();
    expect(sdkListenerCounts(sdk.ps)).toEqual(baseline);
    expect([...events].filter(([, count]) => count !== 0)).toEqual([]);
  });
});

import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useArcwareIdleWarning } from '../../src/react/use-arcware-idle-warning.js';
import {
  AFK,
  followIdle,
  ON_1_10,
  openWithAfk,
  recordAfkEvents,
  shownSeconds,
  startAfkTimer,
  streamInfo,
  until,
  warned,
} from '../support/idle-sdk.js';
import { withRealSdk } from '../support/real-sdk.js';
import { send } from '../support/signalling-server.js';

const sdk = withRealSdk({ testClock: true });

describe('a countdown the SDK ends without a deactivate', () => {
  it('clears the warning when the socket closes mid-countdown', async () => {
    const events = recordAfkEvents(sdk.ps);
    const { store } = followIdle(sdk);
    const { socket } = await warned(sdk);
    expect(store.getSnapshot().active).toBe(true);
    const before = events.length;
    socket.close(4503, 'Stream disconnected');
    await until(() => expect(sdk.ps.websocketState).toBe(3));
    expect(store.getSnapshot()).toMatchObject({ active: false, secondsLeft: null, endsAt: null });
    await vi.advanceTimersByTimeAsync(12_000);
    // The SDK stopped its countdown and said nothing about it.
    expect(events.slice(before)).toEqual([]);
    expect(store.getSnapshot().active).toBe(false);
  });

  it('clears the warning when the page switches idling off (TimeoutIfIdle false)', async () => {
    const events = recordAfkEvents(sdk.ps);
    const { store } = followIdle(sdk);
    await warned(sdk);
    const before = events.length;
    sdk.ps.config.setFlagEnabled('TimeoutIfIdle', false);
    expect(store.getSnapshot()).toEqual({
      active: false,
      secondsLeft: null,
      endsAt: null,
      settings: { ...ON_1_10, enabled: false },
    });
    await vi.advanceTimersByTimeAsync(12_000);
    expect(events.slice(before)).toEqual([]);
    expect(sdk.ps.websocketState).toBe(1);
    expect(store.getSnapshot().active).toBe(false);
  });

  it('clears the warning when a streamInfo switches idling off', async () => {
    const events = recordAfkEvents(sdk.ps);
    const { store } = followIdle(sdk);
    const { socket } = await warned(sdk);
    const before = events.length;
    send(socket, streamInfo({ ...AFK, enabled: false }));
    await until(() => expect(store.getSnapshot().settings.enabled).toBe(false));
    expect(store.getSnapshot()).toMatchObject({ active: false, secondsLeft: null, endsAt: null });
    await vi.advanceTimersByTimeAsync(12_000);
    expect(events.slice(before)).toEqual([]);
    expect(sdk.ps.websocketState).toBe(1);
    expect(store.getSnapshot().active).toBe(false);
  });

  it('ends the warning when a streamInfo re-enables idling mid-countdown, as a dismissal', async () => {
    const events = recordAfkEvents(sdk.ps);
    const { store, seen } = followIdle(sdk);
    const { socket } = await warned(sdk);
    await vi.advanceTimersByTimeAsync(3_000);
    const before = events.length;
    send(socket, streamInfo({ ...AFK, warn: 120 }));
    await until(() => expect(events.slice(before)).toEqual([{ type: 'afkWarningDeactivate' }]));
    expect(store.getSnapshot()).toMatchObject({
      active: false,
      secondsLeft: null,
      settings: { ...ON_1_10, warnAfterSeconds: 120 },
    });
    // The SDK applies the flag before the numbers: its timer restarted with the old 1 s, so a
    // new warning comes at once, carrying the 7 left over.
    const shown = seen.length;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(events.slice(before + 1, before + 3)).toEqual([
      { type: 'afkWarningActivate', countDown: 7 },
      { type: 'afkWarningUpdate', countDown: 10 },
    ]);
    expect(shownSeconds(seen.slice(shown))).toEqual([10]);
  });
});

describe('a stray deactivate from the real SDK', () => {
  it('ignores the deactivate a streamInfo re-applying the settings emits: no change, no render', async () => {
    const events = recordAfkEvents(sdk.ps);
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useArcwareIdleWarning(sdk.ps);
    });
    const afk = { ...AFK, warn: 30 };
    const { socket } = await openWithAfk(sdk, afk);
    startAfkTimer(sdk.ps);
    await until(() => expect(result.current.settings.warnAfterSeconds).toBe(30));
    const shown = result.current;
    const before = renders;
    send(socket, streamInfo(afk));
    await until(() => expect(events).toEqual([{ type: 'afkWarningDeactivate' }]));
    await vi.advanceTimersByTimeAsync(100);
    expect(renders).toBe(before);
    expect(result.current).toBe(shown);
    expect(result.current.active).toBe(false);
  });
});

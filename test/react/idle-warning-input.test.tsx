import {
  AfkWarningActivateEvent,
  AfkWarningUpdateEvent,
} from '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7';
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdleWarningStore } from '../../src/core/idle-store.js';
import { useArcwareIdleWarning } from '../../src/react/use-arcware-idle-warning.js';
import {
  catchListenerThrows,
  followIdle,
  recordAfkEvents,
  until,
  warned,
} from '../support/idle-sdk.js';
import { withRealSdk } from '../support/real-sdk.js';

const sdk = withRealSdk({ testClock: true });

/** What the idle warning's listeners threw in the running test; installed before it follows. */
let thrown: unknown[] = [];
beforeEach(() => {
  thrown = catchListenerThrows(sdk.ps);
});
afterEach(() => {
  expect(thrown).toEqual([]);
});

const follow = (): IdleWarningStore => followIdle(sdk).store;

/** Dispatches an activate as Epic's class builds it, with whatever `data` is given. */
const activate = (data: unknown) =>
  sdk.ps.dispatchEvent(new AfkWarningActivateEvent(data as AfkWarningActivateEvent['data']));

const update = (data: unknown) =>
  sdk.ps.dispatchEvent(new AfkWarningUpdateEvent(data as AfkWarningUpdateEvent['data']));

const ODD_COUNTDOWNS: [string, unknown][] = [
  ['NaN', Number.NaN],
  ['-5', -5],
  ['1e308', 1e308],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['"8"', '8'],
  ['null', null],
];

describe('an activate with odd data, on the real stream', () => {
  it.each<[string, () => unknown]>([
    ['no data at all', () => activate(undefined)],
    ['a bare Event', () => sdk.ps.dispatchEvent(new Event('afkWarningActivate') as never)],
    ['data null', () => activate(null)],
    ['data a string', () => activate('soon')],
    [
      'data whose every field throws',
      () =>
        activate({
          get countDown() {
            throw new Error('countDown');
          },
          get dismissAfk() {
            throw new Error('dismissAfk');
          },
        }),
    ],
    ...ODD_COUNTDOWNS.map(([what, countDown]): [string, () => unknown] => [
      `countDown ${what}`,
      () => activate({ countDown, dismissAfk: () => {} }),
    ]),
  ])('shows %s as active with the settings’ 10 s, never throwing', (_, dispatch) => {
    const store = follow();
    expect(store.getSnapshot().settings.countdownSeconds).toBe(10);
    expect(dispatch).not.toThrow();
    const shown = store.getSnapshot();
    expect(shown).toMatchObject({ active: true, secondsLeft: 10 });
    expect(shown.endsAt! - Date.now()).toBeGreaterThan(9_900);
    expect(shown.endsAt! - Date.now()).toBeLessThanOrEqual(10_000);
    expect(() => store.stay()).not.toThrow();
    expect(store.getSnapshot()).toMatchObject({ active: false, secondsLeft: null, endsAt: null });
  });

  it.each<[string, unknown]>([
    ['a string', 'dismiss'],
    ['null', null],
    ['a number', 42],
    ['an object', { call: () => {} }],
  ])('ends the warning on stay() when dismissAfk is %s', (_, dismissAfk) => {
    const store = follow();
    activate({ countDown: 0, dismissAfk });
    expect(store.getSnapshot().active).toBe(true);
    expect(() => store.stay()).not.toThrow();
    expect(store.getSnapshot().active).toBe(false);
  });

  it('ends the warning on stay() when dismissAfk throws, and calls it once', () => {
    const store = follow();
    const dismissAfk = vi.fn(() => {
      throw new Error('player gone');
    });
    activate({ countDown: 0, dismissAfk });
    expect(() => store.stay()).not.toThrow();
    expect(dismissAfk).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().active).toBe(false);
  });

  it('shows null seconds, not Infinity, when the countdown set on the SDK is absurd', () => {
    const store = follow();
    for (const value of [1e308, Number.NaN]) {
      sdk.ps.config.setNumericSetting('AFKCountdown', value);
      expect(store.getSnapshot().settings.countdownSeconds).toBeNull();
      activate({ countDown: 0, dismissAfk: () => {} });
      expect(store.getSnapshot()).toMatchObject({ active: true, secondsLeft: null, endsAt: null });
      store.stay();
    }
  });
});

describe('an update with odd data, on the real stream', () => {
  it.each<[string, unknown]>([
    ...ODD_COUNTDOWNS.map(([what, countDown]): [string, unknown] => [
      `countDown ${what}`,
      { countDown },
    ]),
    ['no data', undefined],
    ['no countDown', {}],
    [
      'a countDown that throws',
      {
        get countDown() {
          throw new Error('countDown');
        },
      },
    ],
  ])('keeps a real countdown as it was for %s', async (_, data) => {
    const events = recordAfkEvents(sdk.ps);
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useArcwareIdleWarning(sdk.ps);
    });
    await warned(sdk);
    await until(() => expect(result.current).toMatchObject({ active: true, secondsLeft: 10 }));
    const shown = result.current;
    const before = renders;
    expect(() => update(data)).not.toThrow();
    await vi.advanceTimersByTimeAsync(50);
    expect(result.current).toBe(shown);
    expect(renders).toBe(before);
    // The SDK's own next second still shows.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(events.at(-1)).toEqual({ type: 'afkWarningUpdate', countDown: 9 });
    await until(() => expect(result.current).toMatchObject({ active: true, secondsLeft: 9 }));
  });

  it.each<[string, unknown]>([
    ...ODD_COUNTDOWNS.map(([what, countDown]): [string, unknown] => [
      `countDown ${what}`,
      { countDown },
    ]),
    ['no data', undefined],
  ])('shows nothing for an update with %s and no warning running', (_, data) => {
    const store = follow();
    const idle = store.getSnapshot();
    expect(() => update(data)).not.toThrow();
    expect(store.getSnapshot()).toBe(idle);
  });
});

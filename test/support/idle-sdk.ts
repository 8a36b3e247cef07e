import type { ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { expect, vi } from 'vitest';
import type { WebSocket } from 'ws';
import type { IdleWarningState } from '../../src/core/idle-state.js';
import { createIdleWarningStore, type IdleWarningStore } from '../../src/core/idle-store.js';
import type { RealSdkFixture } from './real-sdk.js';
import { send } from './signalling-server.js';
import { connectOpen, keepSockets } from './startup-sdk.js';

/** The Epic events the idle warning follows on the stream itself. */
export const IDLE_EVENTS = [
  'afkWarningActivate',
  'afkWarningUpdate',
  'afkWarningDeactivate',
  'afkTimedOut',
  'settingsChanged',
] as const;

/** The reason Epic's frontend closes the socket with after `afkTimedOut`. */
export const IDLE_REASON = 'You have been disconnected due to inactivity.';

/** The platform's idle settings, as a `streamInfo` signalling message carries them. */
export interface AfkInfo {
  enabled: boolean;
  warn: number;
  error: number;
  action: number;
}

/** The lifecycle doc's test message: warn after 1 s, count down 10 s. */
export const AFK: AfkInfo = { enabled: true, warn: 1, error: 0, action: 10 };

/** A `streamInfo` signalling message with `afk` settings (the SDK wants a non-empty guid). */
export const streamInfo = (afk: AfkInfo): Record<string, unknown> => ({
  type: 'streamInfo',
  streamInfo: { guid: 'g', afk },
});

interface AfkInternals {
  webRtcController: {
    afkController: { startAfkWarningTimer(): void; active: boolean; countDown: number };
  };
}

/** Epic's AFK controller inside the real stream. */
export const afkController = (ps: ArcwarePixelStreaming) =>
  (ps as unknown as AfkInternals).webRtcController.afkController;

/** One AFK event as the SDK dispatched it, with the `countDown` it carried, if any. */
export interface AfkRecord {
  type: string;
  countDown?: unknown;
}

/** Records every AFK event the real SDK dispatches on `ps`, from now on. */
export function recordAfkEvents(ps: ArcwarePixelStreaming): AfkRecord[] {
  const seen: AfkRecord[] = [];
  for (const type of IDLE_EVENTS.filter((name) => name !== 'settingsChanged')) {
    ps.addEventListener(type, (event: Event) => {
      const data = (event as { data?: { countDown?: unknown } }).data;
      let countDown: unknown;
      try {
        countDown = data?.countDown;
      } catch {
        countDown = 'threw';
      }
      seen.push(countDown === undefined ? { type } : { type, countDown });
    });
  }
  return seen;
}

/** Waits on the real clock (the test clock also moves with it, a little). */
export const until = (check: () => void, timeout = 3_000) =>
  vi.waitFor(check, { timeout, interval: 5 });

/**
 * Connects, sends the platform's `afk` settings and waits until the SDK applied them; the timer
 * is not started yet. Resolves with the server's side of the socket and every socket opened.
 */
export async function openWithAfk(
  sdk: RealSdkFixture,
  afk: AfkInfo = AFK,
): Promise<{ socket: WebSocket; sockets: WebSocket[] }> {
  const sockets = keepSockets(sdk);
  const socket = await connectOpen(sdk, sockets);
  send(socket, streamInfo(afk));
  await until(() =>
    expect(sdk.ps.config.getNumericSettingValue('AFKTimeout')).toBe(Math.max(afk.warn, 0)),
  );
  return { socket, sockets };
}

/** Starts Epic's AFK timer the way WebRTC negotiation does (jsdom has no RTCPeerConnection). */
export const startAfkTimer = (ps: ArcwarePixelStreaming): void =>
  afkController(ps).startAfkWarningTimer();

type Listener = (event: unknown) => unknown;

/**
 * Records what the listeners added to `ps` from now on throw: the SDK's event target has no
 * window, so jsdom swallows a listener's exception without a trace.
 */
export function catchListenerThrows(ps: ArcwarePixelStreaming): unknown[] {
  const thrown: unknown[] = [];
  const wrappers = new Map<Listener, Listener>();
  const add = ps.addEventListener.bind(ps) as (type: string, listener: Listener) => void;
  const remove = ps.removeEventListener.bind(ps) as (type: string, listener: Listener) => void;
  Object.assign(ps, {
    addEventListener(type: string, listener: Listener) {
      const wrapper: Listener = (event) => {
        try {
          return listener(event);
        } catch (error) {
          thrown.push(error);
          throw error;
        }
      };
      wrappers.set(listener, wrapper);
      add(type, wrapper);
    },
    removeEventListener(type: string, listener: Listener) {
      remove(type, wrappers.get(listener) ?? listener);
    },
  });
  return thrown;
}

/** The idle settings after the doc's `streamInfo`: on, warn after 1 s, count down 10 s. */
export const ON_1_10 = { enabled: true, warnAfterSeconds: 1, countdownSeconds: 10 };

/** A subscribed idle-warning store on the fixture's stream, with every snapshot it was told of. */
export function followIdle(sdk: RealSdkFixture): {
  store: IdleWarningStore;
  seen: IdleWarningState[];
} {
  const store = createIdleWarningStore(sdk.ps);
  const seen: IdleWarningState[] = [];
  store.subscribe(() => seen.push(store.getSnapshot()));
  return { store, seen };
}

/** The seconds every snapshot showed while active, in order. */
export const shownSeconds = (seen: IdleWarningState[]): (number | null)[] =>
  seen.filter((state) => state.active).map((state) => state.secondsLeft);

/** Connects with the doc's `afk` settings, starts the timer and lets the warning come (1 s). */
export async function warned(
  sdk: RealSdkFixture,
): Promise<Awaited<ReturnType<typeof openWithAfk>>> {
  const opened = await openWithAfk(sdk);
  startAfkTimer(sdk.ps);
  await vi.advanceTimersByTimeAsync(1_000);
  return opened;
}

import { ArcwareConfig, ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { WebSocket } from 'ws';
import { startSignallingServer, type SignallingServer } from './signalling-server.js';

/** Gives jsdom what the real SDK needs: the `ws` client and a WebRTC capabilities stand-in. */
export function prepareSdkEnvironment(): void {
  const global = globalThis as Record<string, unknown>;
  // jsdom's own WebSocket throws on the environment's swapped Event (see arcware-sdk.md).
  global.WebSocket = WebSocket;
  global.RTCRtpReceiver ??= class {
    static getCapabilities(): null {
      return null;
    }
  };
  // Epic's Logger reads this shared context; level 0 keeps test output readable.
  const win = window as unknown as { loggerContext?: { logLevel: number; includeStack: boolean } };
  win.loggerContext ??= { logLevel: 0, includeStack: false };
  win.loggerContext.logLevel = 0;
  win.loggerContext.includeStack = false;
  // jsdom has no media playback; the SDK pauses and reloads its video element on every close.
  HTMLMediaElement.prototype.pause = () => {};
  HTMLMediaElement.prototype.load = () => {};
}

/** A real `ArcwarePixelStreaming` pointed at a local signalling server; not yet connected. */
export function createRealStream(signallingUrl: string): ArcwarePixelStreaming {
  prepareSdkEnvironment();
  const config = new ArcwareConfig({
    initialSettings: { ss: signallingUrl, KeepaliveDelay: 0 },
    settings: { shareId: 'share-test' },
  });
  return new ArcwarePixelStreaming(config);
}

/** Waits until `check` holds, polling every few ms; fails after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves after `ms` of real time. */
export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** The server and stream of the running test, replaced before each test. */
export interface RealSdkFixture {
  server: SignallingServer;
  ps: ArcwarePixelStreaming;
}

/**
 * Registers the hooks every real-SDK test file needs: a fresh local server and stream per test,
 * no stored session, the player removed after (its 3-second timer would keep the process alive).
 */
export function withRealSdk({ testClock = false } = {}): RealSdkFixture {
  const fixture = {} as RealSdkFixture;
  if (testClock) {
    // The test clock goes in before the stream is created (hooks run in this order) and comes out
    // after the player is removed (after-hooks run in reverse), so the SDK's timers all run on it.
    beforeEach(() => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
    });
    afterEach(() => {
      vi.useRealTimers();
    });
  }
  beforeAll(() => {
    // Socket events arrive outside act(); the tests observe the renders they cause with waitFor.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  beforeEach(async () => {
    fixture.server = await startSignallingServer();
    ArcwarePixelStreaming.clearSessionId();
    fixture.ps = createRealStream(fixture.server.url);
    // The SDK console.logs every server error it receives.
    vi.spyOn(console, 'log').mockImplementation(() => {});
  });
  afterEach(async () => {
    fixture.ps.removePlayer();
    await fixture.server.close();
    vi.restoreAllMocks();
  });
  return fixture;
}

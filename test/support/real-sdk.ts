import { ArcwareConfig, ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { WebSocket } from 'ws';

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

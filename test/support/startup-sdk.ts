import type { ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import type { WebSocket } from 'ws';
import type { StartupState } from '../../src/core/startup-state.js';
import { waitFor, type RealSdkFixture } from './real-sdk.js';

/** The queue message of the lifecycle doc: third in a queue of five, 40 s to go, 12 s waited. */
export const QUEUE = {
  index: 2,
  queueLength: 5,
  waited: 12,
  estimatedWaitTime: 40,
  averageWaitTime: null,
  valueType: 'seconds',
};

/** A `queue` signalling message around `queue` (sent as is, whatever it holds). */
export const queueMessage = (queue: unknown): Record<string, unknown> => ({ type: 'queue', queue });

/** A `letter` signalling message as the backend sends its progress. */
export const letter = (reason: unknown): Record<string, unknown> => ({
  type: 'letter',
  reason,
  code: 0,
  verbosity: 1,
});

/**
 * Keeps every socket the SDK opens, in order, so a test can talk to it; returns the live list.
 * Replaces the server's script.
 */
export function keepSockets(sdk: RealSdkFixture): WebSocket[] {
  const sockets: WebSocket[] = [];
  sdk.server.setScript((socket) => sockets.push(socket));
  return sockets;
}

/** `connect()`s and resolves with the server's side of the socket once the SDK's side is OPEN. */
export async function connectOpen(sdk: RealSdkFixture, sockets: WebSocket[]): Promise<WebSocket> {
  const before = sockets.length;
  sdk.ps.connect();
  await waitFor(() => sockets.length > before && sdk.ps.websocketState === 1);
  return sockets[sockets.length - 1]!;
}

/** Records every distinct phase a snapshot source goes through, in order, from the current one. */
export function phaseLog(read: () => StartupState): { phases: string[]; record: () => void } {
  const phases: string[] = [];
  const record = (): void => {
    const { phase } = read();
    if (phases[phases.length - 1] !== phase) phases.push(phase);
  };
  record();
  return { phases, record };
}

interface Hubs {
  callbacks: unknown[];
}

interface StartupInternals {
  sessionIdHandler: Hubs;
  queueHandler: Hubs;
  loveLetterHandler: Hubs;
  videoInitializedHandler: Hubs;
  websocketOnCloseHandler: Hubs;
  webRtcController: { transport: { _eventListeners: Map<string, unknown[]> } };
}

/** Callbacks held by the SDK's hubs and transport that start-up follows. */
export interface StartupHubCounts {
  sessionIdHandler: number;
  queueHandler: number;
  loveLetterHandler: number;
  videoInitializedHandler: number;
  websocketOnCloseHandler: number;
  transportClose: number;
}

/** How many callbacks the SDK's hubs and transport that start-up follows hold right now. */
export function startupHubCounts(ps: ArcwarePixelStreaming): StartupHubCounts {
  const sdk = ps as unknown as StartupInternals;
  return {
    sessionIdHandler: sdk.sessionIdHandler.callbacks.length,
    queueHandler: sdk.queueHandler.callbacks.length,
    loveLetterHandler: sdk.loveLetterHandler.callbacks.length,
    videoInitializedHandler: sdk.videoInitializedHandler.callbacks.length,
    websocketOnCloseHandler: sdk.websocketOnCloseHandler.callbacks.length,
    transportClose: sdk.webRtcController.transport._eventListeners.get('close')?.length ?? 0,
  };
}

/** The Epic events start-up follows on the stream itself. */
export const STARTUP_EVENTS = [
  'streamConnect',
  'webRtcAutoConnect',
  'streamReconnect',
  'webRtcSdp',
  'webRtcConnected',
  'playStreamRejected',
  'playStream',
] as const;

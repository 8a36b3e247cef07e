import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** What a test does with each socket the SDK opens: `index` counts upgrades from 0. */
export type ConnectionScript = (socket: WebSocket, index: number, url: string) => void;

/** A local signalling server on 127.0.0.1 that counts the upgrades it receives. */
export interface SignallingServer {
  /** `ws://127.0.0.1:PORT`, for the SDK's `ss` setting. */
  url: string;
  /** The request URL of every upgrade, in order. */
  upgrades: string[];
  /** The sockets currently open. */
  sockets: Set<WebSocket>;
  /** Replaces what happens to the next sockets. */
  setScript(script: ConnectionScript): void;
  close(): Promise<void>;
}

/** A script that keeps every socket open and says nothing. */
export const keepOpen: ConnectionScript = () => {};

/** Starts a `ws` server on a free port; every socket goes through the current script. */
export async function startSignallingServer(
  script: ConnectionScript = keepOpen,
): Promise<SignallingServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const upgrades: string[] = [];
  const sockets = new Set<WebSocket>();
  let current = script;
  server.on('connection', (socket, request) => {
    const index = upgrades.length;
    upgrades.push(request.url ?? '');
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    current(socket, index, request.url ?? '');
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    upgrades,
    sockets,
    setScript(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        server.close(() => resolve());
      }),
  };
}

/** Sends one signalling message as JSON. */
export function send(socket: WebSocket, message: Record<string, unknown>): void {
  socket.send(JSON.stringify(message));
}

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { SIMULATOR_PATH, type SimulatorCommand, type SimulatorStatus } from './protocol.js';

/** A stand-in for Arcware's signalling server: accepts the SDK, then closes it on command. */
export interface SignallingSimulator {
  /** Takes an HTTP upgrade aimed at the simulator's path; returns false for any other path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  run(command: SimulatorCommand): SimulatorStatus;
  status(): SimulatorStatus;
  close(): void;
}

/** Closes one socket the way a real server or network would for `code`. */
function closeWith(ws: WebSocket, code: number, reason = ''): void {
  // 1006 means no close frame at all, and 1005 a close frame without a code.
  if (code === 1006) ws.terminate();
  else if (code === 1005) ws.close();
  else ws.close(code, reason);
}

/** One socket's place in the simulated queue. */
interface QueueSlot {
  /** 0-based, as Arcware sends it. */
  index: number;
  length: number;
  /** The estimated wait per place ahead, in seconds; `null` when the server does not know. */
  secondsPerPlace: number | null;
  /** When the socket entered the queue, in epoch ms. */
  since: number;
}

/** The `queue` message Arcware's backend sends when a viewer enters or moves in its queue. */
function queueMessage(slot: QueueSlot): string {
  const { index, length, secondsPerPlace, since } = slot;
  return JSON.stringify({
    type: 'queue',
    queue: {
      index,
      queueLength: length,
      waited: Math.round((Date.now() - since) / 1000),
      estimatedWaitTime:
        secondsPerPlace === null ? null : Math.round(secondsPerPlace * (index + 1)),
      averageWaitTime: null,
      valueType: 'seconds',
    },
  });
}

/** The `streamInfo` message with which Arcware's backend sets the platform's idle (AFK) settings. */
function idleMessage(warnSeconds: number, countdownSeconds: number): string {
  return JSON.stringify({
    type: 'streamInfo',
    streamInfo: {
      guid: 'sim',
      // `warn` becomes the SDK's AFKTimeout and `action` its AFKCountdown; `error` is unused.
      afk: { enabled: true, warn: warnSeconds, error: 0, action: countdownSeconds },
    },
  });
}

/** Creates a simulator; it owns no port and serves upgrades handed to it by a host server. */
export function createSignallingSimulator(): SignallingSimulator {
  const wss = new WebSocketServer({ noServer: true });
  const open = new Set<WebSocket>();
  /** Each queued socket's place; a socket leaves the queue when it closes or gets a letter. */
  const queue = new Map<WebSocket, QueueSlot>();
  let accepted = 0;
  let refused = 0;
  let refuseNext = 0;
  let refuseCode: number | undefined;
  let offline = false;
  let lastRequest: string | null = null;

  const status = (): SimulatorStatus => ({
    open: open.size,
    accepted,
    refused,
    refuseNext,
    offline,
    lastRequest,
    queued: queue.size,
  });

  const accept = (ws: WebSocket): void => {
    accepted += 1;
    open.add(ws);
    const forget = (): void => {
      open.delete(ws);
      queue.delete(ws);
    };
    ws.on('close', forget);
    ws.on('error', forget);
    // The SDK's sessionIdHandler fires on this: the backend accepted the (re)connection.
    ws.send(JSON.stringify({ type: 'sessionId', sessionId: `sim-session-${accepted}` }));
  };

  const handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const url = request.url ?? '';
    if (url !== SIMULATOR_PATH && !/^\/__arcware-sim\/?(\?|$)/.test(url)) return false;
    lastRequest = url;
    if (offline || (refuseNext > 0 && refuseCode === undefined)) {
      if (!offline) refuseNext -= 1;
      refused += 1;
      socket.destroy();
      return true;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      if (refuseNext > 0 && refuseCode !== undefined) {
        refuseNext -= 1;
        refused += 1;
        closeWith(ws, refuseCode, 'Refused by the simulator');
        return;
      }
      accept(ws);
    });
    return true;
  };

  const run = (command: SimulatorCommand): SimulatorStatus => {
    switch (command.command) {
      case 'close':
        for (const ws of open) closeWith(ws, command.code, command.reason);
        break;
      case 'error':
        for (const ws of open) {
          ws.send(
            JSON.stringify({
              type: 'error',
              code: command.code,
              reason: command.reason ?? '',
              verbosity: 1,
            }),
          );
        }
        break;
      case 'drop':
        for (const ws of open) ws.terminate();
        break;
      case 'refuse':
        refuseNext = command.count;
        refuseCode = command.code;
        break;
      case 'offline':
        offline = true;
        for (const ws of open) ws.terminate();
        break;
      case 'accept':
        offline = false;
        refuseNext = 0;
        refuseCode = undefined;
        break;
      case 'queue':
        for (const ws of open) {
          const slot: QueueSlot = {
            index: command.position - 1,
            length: command.length,
            secondsPerPlace:
              command.estimatedWaitSeconds === null
                ? null
                : command.estimatedWaitSeconds / command.position,
            since: Date.now(),
          };
          queue.set(ws, slot);
          ws.send(queueMessage(slot));
        }
        break;
      case 'queue-advance':
        for (const [ws, slot] of queue) {
          // The viewer ahead left the queue: one place up, one viewer fewer. The first stays first.
          if (slot.index > 0) {
            slot.index -= 1;
            slot.length -= 1;
          }
          ws.send(queueMessage(slot));
        }
        break;
      case 'letter':
        for (const ws of open) {
          // The backend prepares the application for this viewer: it has left the queue.
          queue.delete(ws);
          ws.send(
            JSON.stringify({
              type: 'letter',
              reason: `LL: ${command.text}`,
              code: 0,
              verbosity: 0,
            }),
          );
        }
        break;
      case 'idle': {
        const message = idleMessage(command.warnSeconds, command.countdownSeconds);
        for (const ws of open) ws.send(message);
        break;
      }
    }
    return status();
  };

  const close = (): void => {
    for (const ws of open) ws.terminate();
    wss.close();
  };

  return { handleUpgrade, run, status, close };
}

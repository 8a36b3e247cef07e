/** Where the simulator listens on the dev server: the signalling socket and its control endpoint. */
export const SIMULATOR_PATH = '/__arcware-sim';

/** The control endpoint: GET reads the status, POST runs one command. */
export const CONTROL_PATH = `${SIMULATOR_PATH}/control`;

/** What the playground can tell the simulator to do to the streams connected to it. */
export type SimulatorCommand =
  /** Close every open socket with this code (1005: no code sent; 1006: drop the TCP connection). */
  | { command: 'close'; code: number; reason?: string }
  /** Send an Arcware `error` message; the SDK then closes the socket itself with 1000. */
  | { command: 'error'; code: number; reason?: string }
  /** Drop every open TCP connection without a closing handshake (the viewer sees 1006). */
  | { command: 'drop' }
  /** Refuse the next `count` connections: dropped at once, or closed with `code` when given. */
  | { command: 'refuse'; count: number; code?: number }
  /** Act like an unreachable network: drop open sockets and refuse every new one. */
  | { command: 'offline' }
  /** Accept connections again: clears refusals and offline. */
  | { command: 'accept' }
  /**
   * Put every open socket in Arcware's queue at `position` (1-based) of `length`, with an
   * estimated wait in seconds (`null`: the server does not know), as a `queue` message.
   */
  | { command: 'queue'; position: number; length: number; estimatedWaitSeconds: number | null }
  /** Move every queued socket up by one place and send its new `queue` message. */
  | { command: 'queue-advance' }
  /** Send a progress letter (`LL: <text>`), as the backend does while it prepares the app. */
  | { command: 'letter'; text: string }
  /**
   * Send the platform's idle settings with a short timeout, as Arcware's backend does, as a
   * `streamInfo` message: the warning after `warnSeconds` without input, then a countdown of
   * `countdownSeconds`. The SDK starts its timer only after WebRTC negotiation.
   */
  | { command: 'idle'; warnSeconds: number; countdownSeconds: number };

/** What the simulator reports about itself after every request. */
export interface SimulatorStatus {
  /** Sockets open right now. */
  open: number;
  /** Connections accepted since the simulator started. */
  accepted: number;
  /** Connections refused since the simulator started. */
  refused: number;
  /** Connections still to refuse. */
  refuseNext: number;
  offline: boolean;
  /** The path and query of the last connection attempt, as the SDK built it. */
  lastRequest: string | null;
  /** Open sockets the simulator holds in its queue. */
  queued: number;
}

/** The most places a simulated queue can have. */
export const MAX_QUEUE_LENGTH = 10_000;
/** The longest estimated wait the simulator sends, in seconds (a day). */
export const MAX_ESTIMATED_WAIT_SECONDS = 86_400;
/** The longest progress letter text, in characters; longer text is cut, never rejected. */
export const MAX_LETTER_CHARS = 200;

/** The idle settings the `idle` command sends when none are given: a warning after 5 s, 10 s to go. */
export const DEFAULT_IDLE_WARN_SECONDS = 5;
export const DEFAULT_IDLE_COUNTDOWN_SECONDS = 10;
/** The idle timeout the simulator accepts, in seconds (an hour at most). */
export const MIN_IDLE_WARN_SECONDS = 1;
export const MAX_IDLE_WARN_SECONDS = 3_600;
/** The countdown the simulator accepts, in seconds: Epic's minimum is 10. */
export const MIN_IDLE_COUNTDOWN_SECONDS = 10;
export const MAX_IDLE_COUNTDOWN_SECONDS = 600;

/** Close codes a server can put on the wire (RFC 6455 7.4.1), plus 1005 and 1006 simulated. */
export function isSimulatableCloseCode(code: number): boolean {
  return (
    Number.isInteger(code) &&
    ((code >= 1000 && code <= 1014 && code !== 1004) || (code >= 3000 && code <= 4999))
  );
}

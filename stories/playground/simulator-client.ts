import {
  CONTROL_PATH,
  SIMULATOR_PATH,
  type SimulatorCommand,
  type SimulatorStatus,
} from '../../.storybook/simulator/protocol.js';

/** The simulator's signalling URL on the server that serves this page. */
export function simulatorSignallingUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}${SIMULATOR_PATH}`;
}

const isStatus = (value: unknown): value is SimulatorStatus =>
  !!value && typeof value === 'object' && typeof (value as SimulatorStatus).open === 'number';

/**
 * The simulator's status, or `null` where none is reachable. A static build never carries one
 * (the simulator is a dev-server plugin), so it is not asked: that keeps its console free of 404s.
 */
export async function probeSimulator(): Promise<SimulatorStatus | null> {
  if (import.meta.env.PROD) return null;
  try {
    const response = await fetch(CONTROL_PATH, { cache: 'no-store' });
    const body: unknown = response.ok ? await response.json() : null;
    return isStatus(body) ? body : null;
  } catch {
    return null;
  }
}

/** Runs one command on the simulator; rejects with the simulator's own message when refused. */
export async function sendSimulatorCommand(command: SimulatorCommand): Promise<SimulatorStatus> {
  const response = await fetch(CONTROL_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(command),
  });
  const body: unknown = await response.json();
  if (!response.ok || !isStatus(body)) {
    const message = (body as { error?: unknown } | null)?.error;
    throw new Error(typeof message === 'string' ? message : `HTTP ${response.status}`);
  }
  return body;
}

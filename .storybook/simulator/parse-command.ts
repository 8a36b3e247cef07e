import { isSimulatableCloseCode, type SimulatorCommand } from './protocol.js';

/** A close reason fits in 123 UTF-8 bytes on the wire; longer text is cut, never rejected. */
const MAX_REASON_BYTES = 123;

function fitReason(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const encoder = new TextEncoder();
  let end = text.length;
  while (encoder.encode(text.slice(0, end)).length > MAX_REASON_BYTES) end -= 1;
  return text.slice(0, end);
}

const asCount = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, 100) : 1;

/** Reads an untrusted control request body; returns an error message instead of throwing. */
export function parseCommand(body: unknown): SimulatorCommand | { error: string } {
  if (!body || typeof body !== 'object') return { error: 'Expected a JSON object.' };
  const input = body as Record<string, unknown>;
  const code = Number(input.code);
  switch (input.command) {
    case 'close':
      return isSimulatableCloseCode(code)
        ? { command: 'close', code, reason: fitReason(input.reason) }
        : { error: `A server cannot send close code ${String(input.code)}.` };
    case 'error':
      return Number.isInteger(code)
        ? { command: 'error', code, reason: fitReason(input.reason) }
        : { error: 'An error message needs an integer code.' };
    case 'refuse':
      if (input.code !== undefined && !isSimulatableCloseCode(code))
        return { error: `A server cannot send close code ${String(input.code)}.` };
      return input.code === undefined
        ? { command: 'refuse', count: asCount(input.count) }
        : { command: 'refuse', count: asCount(input.count), code };
    case 'drop':
    case 'offline':
    case 'accept':
      return { command: input.command };
    default:
      return { error: `Unknown command ${JSON.stringify(input.command)}.` };
  }
}

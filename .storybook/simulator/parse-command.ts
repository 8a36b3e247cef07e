import {
  DEFAULT_IDLE_COUNTDOWN_SECONDS,
  DEFAULT_IDLE_WARN_SECONDS,
  isSimulatableCloseCode,
  MAX_IDLE_COUNTDOWN_SECONDS,
  MAX_IDLE_WARN_SECONDS,
  MIN_IDLE_COUNTDOWN_SECONDS,
  MIN_IDLE_WARN_SECONDS,
  MAX_ESTIMATED_WAIT_SECONDS,
  MAX_LETTER_CHARS,
  MAX_QUEUE_LENGTH,
  type SimulatorCommand,
} from './protocol.js';

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

/** A JSON integer in [min, max], else `null`; numeric strings and other types do not count. */
const integerIn = (value: unknown, min: number, max: number): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;

function parseQueue(input: Record<string, unknown>): SimulatorCommand | { error: string } {
  const position = integerIn(input.position, 1, MAX_QUEUE_LENGTH);
  if (position === null)
    return { error: `A queue position is an integer from 1 to ${MAX_QUEUE_LENGTH}.` };
  const length = integerIn(input.length, position, MAX_QUEUE_LENGTH);
  if (length === null)
    return { error: `A queue length is an integer from the position to ${MAX_QUEUE_LENGTH}.` };
  const wait = input.estimatedWaitSeconds;
  if (wait === undefined || wait === null)
    return { command: 'queue', position, length, estimatedWaitSeconds: null };
  if (typeof wait !== 'number' || !(wait >= 0 && wait <= MAX_ESTIMATED_WAIT_SECONDS))
    return { error: `An estimated wait is 0 to ${MAX_ESTIMATED_WAIT_SECONDS} seconds, or null.` };
  return { command: 'queue', position, length, estimatedWaitSeconds: wait };
}

/** A letter's text, cut to its first MAX_LETTER_CHARS characters (never inside a surrogate pair). */
function parseLetter(input: Record<string, unknown>): SimulatorCommand | { error: string } {
  if (typeof input.text !== 'string' || input.text.trim() === '')
    return { error: 'A letter needs some text.' };
  return { command: 'letter', text: Array.from(input.text).slice(0, MAX_LETTER_CHARS).join('') };
}

/** Idle settings: integers in range, the defaults where a field is missing. */
function parseIdle(input: Record<string, unknown>): SimulatorCommand | { error: string } {
  const warnSeconds =
    input.warnSeconds === undefined
      ? DEFAULT_IDLE_WARN_SECONDS
      : integerIn(input.warnSeconds, MIN_IDLE_WARN_SECONDS, MAX_IDLE_WARN_SECONDS);
  if (warnSeconds === null)
    return {
      error: `An idle timeout is an integer from ${MIN_IDLE_WARN_SECONDS} to ${MAX_IDLE_WARN_SECONDS} seconds.`,
    };
  const countdownSeconds =
    input.countdownSeconds === undefined
      ? DEFAULT_IDLE_COUNTDOWN_SECONDS
      : integerIn(input.countdownSeconds, MIN_IDLE_COUNTDOWN_SECONDS, MAX_IDLE_COUNTDOWN_SECONDS);
  if (countdownSeconds === null)
    return {
      error: `An idle countdown is an integer from ${MIN_IDLE_COUNTDOWN_SECONDS} to ${MAX_IDLE_COUNTDOWN_SECONDS} seconds.`,
    };
  return { command: 'idle', warnSeconds, countdownSeconds };
}

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
    case 'queue':
      return parseQueue(input);
    case 'letter':
      return parseLetter(input);
    case 'idle':
      return parseIdle(input);
    case 'drop':
    case 'offline':
    case 'accept':
    case 'queue-advance':
      return { command: input.command };
    default:
      return { error: `Unknown command ${JSON.stringify(input.command)}.` };
  }
}

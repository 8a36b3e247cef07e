import { ArcwareCloseCode, StandardCloseCode } from './close-codes.js';
import type {
  CloseCodeRange,
  CloseDescriptor,
  ClosePolicy,
  ClosePolicyOverrides,
} from './close-descriptor.js';
import { CLOSE_POLICY, RANGE_POLICY } from './close-policy.js';

const NAMES: ReadonlyMap<number, string> = /* @__PURE__ */ (() =>
  new Map(
    [...Object.entries(StandardCloseCode), ...Object.entries(ArcwareCloseCode)].map(
      ([name, code]) => [code, name],
    ),
  ))();

const RANGE_NAMES: Record<Exclude<CloseCodeRange, 'standard'>, string> = {
  reserved: 'RESERVED_FOR_PROTOCOL',
  registered: 'REGISTERED',
  private: 'PRIVATE_USE',
  invalid: 'NOT_A_CLOSE_CODE',
};

/** Reads a close code from whatever was handed over: numbers and numeric strings count. */
export function toCloseCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value)) return Number(value);
  return null;
}

/** Where a code falls in RFC 6455's code space (section 7.4.2). */
export function closeCodeRange(code: number | null): CloseCodeRange {
  if (code === null) return 'invalid';
  if (code >= 1000 && code <= 1015) return 'standard';
  if (code >= 1016 && code <= 2999) return 'reserved';
  if (code >= 3000 && code <= 3999) return 'registered';
  if (code >= 4000 && code <= 4999) return 'private';
  return 'invalid';
}

/**
 * Describes any close code: its name, category, retry policy and actions. Total: whatever it is
 * given (a string, NaN, an object, null), it returns a descriptor and never throws.
 */
export function describeCloseCode(
  value: unknown,
  overrides?: ClosePolicyOverrides | null,
): CloseDescriptor {
  const code = toCloseCode(value);
  const range = closeCodeRange(code);
  const name = code === null ? undefined : NAMES.get(code);
  // Every standard code is named; the mapping only keeps the lookups total for the type checker.
  const unnamedRange = range === 'standard' ? 'reserved' : range;
  const base: ClosePolicy =
    (name !== undefined && code !== null && CLOSE_POLICY[code]) || RANGE_POLICY[unnamedRange];
  const override = code === null ? {} : safeOverride(overrides, code);
  return {
    ...base,
    ...override,
    actions: [...(override.actions ?? base.actions)],
    code,
    name: name ?? RANGE_NAMES[unnamedRange],
    known: name !== undefined,
    range,
  };
}

// The words each override field may take; anything else is left out.
const WORDS: Record<'category' | 'retry' | 'severity' | 'recovery', string> = {
  category:
    'normal network idle access account project capacity session server protocol transient unknown',
  retry: 'auto manual none',
  severity: 'info warning error',
  recovery: 'reconnect new-session',
};
const ACTIONS = /* @__PURE__ */ 'reconnect new-session contact-support reload dismiss'.split(' ');

/** Keeps only the well-formed fields of a host's override, so a typo cannot break the overlay. */
function safeOverride(
  overrides: ClosePolicyOverrides | null | undefined,
  code: number,
): Partial<ClosePolicy> {
  if (!overrides || typeof overrides !== 'object') return {};
  const entry = Object.prototype.hasOwnProperty.call(overrides, code) ? overrides[code] : undefined;
  if (!entry || typeof entry !== 'object') return {};
  const picked: Record<string, unknown> = {};
  for (const [field, words] of Object.entries(WORDS)) {
    const value: unknown = entry[field as keyof typeof WORDS];
    if (words.split(' ').includes(value as string)) picked[field] = value;
  }
  if (Array.isArray(entry.actions))
    picked.actions = [...new Set(entry.actions.filter((action) => ACTIONS.includes(action)))];
  if (Number.isInteger(entry.attemptLimit) && Number(entry.attemptLimit) >= 0)
    picked.attemptLimit = entry.attemptLimit;
  if (Number.isFinite(entry.backoffScale) && Number(entry.backoffScale) > 0)
    picked.backoffScale = entry.backoffScale;
  return picked as Partial<ClosePolicy>;
}

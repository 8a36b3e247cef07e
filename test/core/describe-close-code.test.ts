import { describe, expect, it } from 'vitest';
import {
  ArcwareCloseCode,
  StandardCloseCode,
  describeCloseCode,
  type CloseAction,
  type RetryPolicy,
} from '../../src/core/index.js';

const ACTIONS: readonly CloseAction[] = [
  'reconnect',
  'new-session',
  'contact-support',
  'reload',
  'dismiss',
];

// The product policy from the foundation issue, written out independently of the table.
const EXPECTED_RETRY: Record<number, RetryPolicy> = {
  4450: 'none',
  4451: 'none',
  4452: 'none',
  4453: 'none',
  4460: 'none',
  4471: 'none',
  4472: 'none',
  4473: 'none',
  4502: 'none',
  4607: 'none',
  1008: 'none',
  1000: 'manual',
  4461: 'manual',
  4504: 'manual',
  4506: 'manual',
  4509: 'manual',
  4608: 'manual',
  1002: 'manual',
  1003: 'manual',
  1007: 'manual',
  1009: 'manual',
  1010: 'manual',
  1015: 'manual',
  1001: 'auto',
  1005: 'auto',
  1006: 'auto',
  1011: 'auto',
  1012: 'auto',
  1013: 'auto',
  1014: 'auto',
  4501: 'auto',
  4505: 'auto',
  4503: 'auto',
  4508: 'auto',
  4606: 'auto',
  4666: 'auto',
  4470: 'auto',
  4510: 'auto',
};

describe('the code tables', () => {
  it('lists the 24 Arcware codes exactly as Arcware documents them', () => {
    expect(Object.keys(ArcwareCloseCode)).toHaveLength(24);
    expect(ArcwareCloseCode.UNAUTHORIZED).toBe(4450);
    expect(ArcwareCloseCode.UNAUTHORIZED_DF).toBe(4452);
    expect(ArcwareCloseCode.TRIAL_LIMIT).toBe(4460);
    expect(ArcwareCloseCode.CLIENT_AFK).toBe(4506);
    expect(ArcwareCloseCode.CLIENT_WITHOUT_TICKET).toBe(4510);
    expect(ArcwareCloseCode.CLOSE_INTERNAL_SERVER_ERROR).toBe(4666);
  });

  it('lists 1000-1015 with their RFC 6455 / IANA names', () => {
    expect(Object.values(StandardCloseCode)).toEqual(
      Array.from({ length: 16 }, (_, index) => 1000 + index),
    );
    expect(StandardCloseCode.ABNORMAL_CLOSURE).toBe(1006);
    expect(StandardCloseCode.TLS_HANDSHAKE).toBe(1015);
  });
});

describe('describeCloseCode for every named code', () => {
  const named = [...Object.entries(StandardCloseCode), ...Object.entries(ArcwareCloseCode)];

  it.each(named)('%s (%i) is known by its name, with a usable policy', (name, code) => {
    const descriptor = describeCloseCode(code);
    expect(descriptor).toMatchObject({ code, name, known: true });
    expect(descriptor.actions.every((action) => ACTIONS.includes(action))).toBe(true);
    expect(new Set(descriptor.actions).size).toBe(descriptor.actions.length);
    if (descriptor.category !== 'transient') expect(descriptor.actions.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(EXPECTED_RETRY))('%s follows the product retry policy', (code, retry) => {
    expect(describeCloseCode(Number(code)).retry).toBe(retry);
  });

  it('offers contact support first wherever reconnecting cannot help', () => {
    for (const [code, retry] of Object.entries(EXPECTED_RETRY)) {
      if (retry === 'none')
        expect(describeCloseCode(Number(code)).actions[0]).toBe('contact-support');
    }
  });

  it('offers a new session for a run-time limit and a destroyed session', () => {
    expect(describeCloseCode(4461).actions[0]).toBe('new-session');
    expect(describeCloseCode(4509).actions[0]).toBe('new-session');
  });

  it('recovers 4470 and 4510 once, through a new session', () => {
    for (const code of [4470, 4510]) {
      expect(describeCloseCode(code)).toMatchObject({ recovery: 'new-session', attemptLimit: 1 });
    }
  });

  it('waits longer before asking a full backend again, and gives 4666 few attempts', () => {
    expect(describeCloseCode(4501).backoffScale).toBeGreaterThan(1);
    expect(describeCloseCode(4505).backoffScale).toBeGreaterThan(1);
    expect(describeCloseCode(1006).backoffScale).toBeUndefined();
    expect(describeCloseCode(4666).attemptLimit).toBeLessThanOrEqual(3);
  });

  it('marks 4507 transient, with nothing to offer by itself', () => {
    expect(describeCloseCode(4507)).toMatchObject({ category: 'transient', actions: [] });
  });

  it('returns a fresh actions list, so a caller cannot corrupt the table', () => {
    const first = describeCloseCode(4450);
    (first.actions as CloseAction[]).push('dismiss');
    expect(describeCloseCode(4450).actions).not.toContain('dismiss');
  });
});

describe('describeCloseCode for codes it does not know', () => {
  it.each([
    [1016, 'reserved', 'RESERVED_FOR_PROTOCOL'],
    [2999, 'reserved', 'RESERVED_FOR_PROTOCOL'],
    [3000, 'registered', 'REGISTERED'],
    [3999, 'registered', 'REGISTERED'],
    [4000, 'private', 'PRIVATE_USE'],
    [4999, 'private', 'PRIVATE_USE'],
    [999, 'invalid', 'NOT_A_CLOSE_CODE'],
    [5000, 'invalid', 'NOT_A_CLOSE_CODE'],
    [-1, 'invalid', 'NOT_A_CLOSE_CODE'],
  ])('places %i in the %s range', (code, range, name) => {
    expect(describeCloseCode(code)).toMatchObject({
      code,
      range,
      name,
      known: false,
      retry: 'manual',
      actions: ['reconnect', 'contact-support'],
    });
  });

  it('reads numeric strings as codes, and anything else as no code at all', () => {
    expect(describeCloseCode('4460')).toMatchObject({ code: 4460, name: 'TRIAL_LIMIT' });
    expect(describeCloseCode('44x')).toMatchObject({ code: null, range: 'invalid' });
    expect(describeCloseCode(1006.5)).toMatchObject({ code: null, range: 'invalid' });
  });
});

describe('policy overrides', () => {
  it('let a host retry idle kicks automatically', () => {
    expect(describeCloseCode(4506, { 4506: { retry: 'auto' } }).retry).toBe('auto');
    expect(describeCloseCode(4506).retry).toBe('manual');
  });

  it('ignore malformed fields instead of breaking the descriptor', () => {
    const hostile = {
      4450: {
        retry: 'sometimes',
        actions: ['reconnect', 'explode', 'reconnect'],
        attemptLimit: -3,
      },
    } as never;
    expect(describeCloseCode(4450, hostile)).toMatchObject({
      retry: 'none',
      actions: ['reconnect'],
    });
    expect(describeCloseCode(4450, hostile).attemptLimit).toBeUndefined();
    expect(describeCloseCode(4450, 'nonsense' as never).retry).toBe('none');
  });
});

describe('describeCloseCode is total', () => {
  // A small seeded generator keeps the property test repeatable.
  function* arbitraryValues(count: number): Generator<unknown> {
    let seed = 0x2f6b;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const makers: Array<() => unknown> = [
      () => Math.floor(next() * 10_000) - 1_000,
      () => next() * 1e12 * (next() < 0.5 ? -1 : 1),
      () => String(Math.floor(next() * 6_000)),
      () => Math.random().toString(36),
      () =>
        [NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1][
          Math.floor(next() * 6)
        ],
      () => [null, undefined, true, false, Symbol('x'), 10n, () => 1000][Math.floor(next() * 7)],
      () => ({
        code: 4450,
        valueOf: () => {
          throw new Error('hostile');
        },
      }),
      () => [4450],
      () => Object.create(null),
      () =>
        new Proxy(
          {},
          {
            get() {
              throw new Error('trap');
            },
          },
        ),
      () => '\u202e4450',
    ];
    for (let index = 0; index < count; index += 1) yield makers[index % makers.length]!();
  }

  it('returns a descriptor for 5 000 arbitrary values without throwing', () => {
    let described = 0;
    for (const value of arbitraryValues(5_000)) {
      const descriptor = describeCloseCode(value);
      expect(typeof descriptor.name).toBe('string');
      expect(['auto', 'manual', 'none']).toContain(descriptor.retry);
      expect(descriptor.actions.length).toBeGreaterThan(0);
      described += 1;
    }
    expect(described).toBe(5_000);
  });
});

import type { KnownCloseCode } from './close-codes.js';

/** What kind of close this is, from a viewer's point of view. */
export type CloseCategory =
  | 'normal'
  | 'network'
  | 'idle'
  | 'access'
  | 'account'
  | 'project'
  | 'capacity'
  | 'session'
  | 'server'
  | 'protocol'
  | 'transient'
  | 'unknown';

/** Whether reconnecting can help: by itself, when the viewer asks, or not at all. */
export type RetryPolicy = 'auto' | 'manual' | 'none';

/** Something a viewer can do about a close; lists of them put the primary action first. */
export type CloseAction = 'reconnect' | 'new-session' | 'contact-support' | 'reload' | 'dismiss';

/** How alarming a close is. */
export type CloseSeverity = 'info' | 'warning' | 'error';

/** How an automatic retry reconnects: the same session, or a fresh one. */
export type RecoveryMode = 'reconnect' | 'new-session';

/** Which part of the code space an unlisted code falls in. */
export type CloseCodeRange = 'standard' | 'reserved' | 'registered' | 'private' | 'invalid';

/** Everything the kit knows about one close code. */
export interface CloseDescriptor {
  /** The code as received, or `null` when it was not a number. */
  code: number | null;
  /** The documented name (`'TRIAL_LIMIT'`), or a range name such as `'PRIVATE_USE'`. */
  name: string;
  /** Whether the code is one of the named ones, or only placed by its range. */
  known: boolean;
  /** The part of the code space the code belongs to. */
  range: CloseCodeRange;
  category: CloseCategory;
  retry: RetryPolicy;
  actions: readonly CloseAction[];
  severity: CloseSeverity;
  /** How an automatic retry recovers from this close. */
  recovery: RecoveryMode;
  /** Most automatic attempts for this code, when fewer than the store's `maxAttempts`. */
  attemptLimit?: number;
  /** Multiplies the first backoff delay (capacity codes wait longer before asking again). */
  backoffScale?: number;
}

/** A descriptor's policy fields, as the table and per-code overrides set them. */
export type ClosePolicy = Pick<
  CloseDescriptor,
  'category' | 'retry' | 'actions' | 'severity' | 'recovery' | 'attemptLimit' | 'backoffScale'
>;

/** Per-code overrides of the built-in policy, such as `{ 4506: { retry: 'auto' } }`. */
export type ClosePolicyOverrides = Partial<Record<KnownCloseCode | number, Partial<ClosePolicy>>>;

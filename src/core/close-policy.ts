import type { ClosePolicy } from './close-descriptor.js';

// Only a person can fix these; a fresh page can help only where access may be granted anew.
const terminal = (
  category: ClosePolicy['category'],
  actions: ClosePolicy['actions'] = ['contact-support'],
): ClosePolicy => ({
  category,
  retry: 'none',
  actions,
  severity: 'error',
  recovery: 'reconnect',
});

const offered = (
  category: ClosePolicy['category'],
  actions: ClosePolicy['actions'],
  severity: ClosePolicy['severity'] = 'warning',
): ClosePolicy => ({ category, retry: 'manual', actions, severity, recovery: 'reconnect' });

const automatic = (
  category: ClosePolicy['category'],
  extra: Partial<ClosePolicy> = {},
): ClosePolicy => ({
  category,
  retry: 'auto',
  actions: ['reconnect', 'dismiss'],
  severity: 'warning',
  recovery: 'reconnect',
  ...extra,
});

const broken = /* @__PURE__ */ offered(
  'protocol',
  ['reconnect', 'reload', 'contact-support'],
  'error',
);

/** The product policy for every named code (see the README's policy table). */
// Built in a pure call, so an app that never describes a code drops the whole table.
export const CLOSE_POLICY: Readonly<Record<number, ClosePolicy>> = /* @__PURE__ */ (() => ({
  // Access, account and project problems: only a person can fix them.
  4450: terminal('access', ['contact-support', 'reload']),
  4451: terminal('access'),
  4452: terminal('access'),
  4453: terminal('account'),
  4460: terminal('account'),
  4471: terminal('project'),
  4472: terminal('project'),
  4473: terminal('project'),
  4502: terminal('project'),
  4607: terminal('account'),
  1008: terminal('access', ['contact-support', 'reload']),

  1000: offered('normal', ['reconnect', 'dismiss'], 'info'),
  4461: offered('session', ['new-session', 'dismiss'], 'info'),
  4504: offered('session', ['reconnect', 'dismiss'], 'info'),
  4506: offered('idle', ['reconnect', 'dismiss'], 'info'),
  4509: offered('session', ['new-session', 'dismiss']),
  4608: offered('server', ['reconnect', 'contact-support'], 'error'),
  1002: broken,
  1003: broken,
  1007: broken,
  1009: broken,
  1010: broken,
  1015: offered('network', ['reconnect', 'contact-support'], 'error'),

  1001: automatic('network'),
  1005: automatic('network'),
  1006: automatic('network'),
  4508: automatic('network'),
  1011: automatic('server'),
  1012: automatic('server'),
  1013: automatic('capacity', { backoffScale: 4 }),
  1014: automatic('server'),
  4501: automatic('capacity', { backoffScale: 4 }),
  4505: automatic('capacity', { backoffScale: 4 }),
  4503: automatic('server'),
  4606: automatic('server', { attemptLimit: 3 }),
  4666: automatic('server', { severity: 'error', attemptLimit: 2 }),
  // The stored session is gone or never had a ticket: one fresh session fixes it.
  4470: automatic('session', {
    recovery: 'new-session',
    attemptLimit: 1,
    actions: ['new-session', 'dismiss'],
  }),
  4510: automatic('session', {
    recovery: 'new-session',
    attemptLimit: 1,
    actions: ['new-session', 'dismiss'],
  }),
  // This socket was replaced by the client's own reconnect: never an overlay by itself.
  4507: {
    category: 'transient',
    retry: 'manual',
    actions: [],
    severity: 'info',
    recovery: 'reconnect',
  },
}))();

/** Policy for codes that are not named, by where they fall in the code space. */
export const RANGE_POLICY = /* @__PURE__ */ (() =>
  ({
    reserved: offered('protocol', ['reconnect', 'contact-support']),
    registered: offered('unknown', ['reconnect', 'contact-support']),
    private: offered('unknown', ['reconnect', 'contact-support']),
    invalid: offered('unknown', ['reconnect', 'contact-support']),
  }) as const satisfies Record<string, ClosePolicy>)();

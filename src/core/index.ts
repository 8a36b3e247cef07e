export { ArcwareCloseCode, StandardCloseCode } from './close-codes.js';
export type { ArcwareCloseCodeName, KnownCloseCode, StandardCloseCodeName } from './close-codes.js';
export type {
  CloseAction,
  CloseCategory,
  CloseCodeRange,
  CloseDescriptor,
  ClosePolicy,
  ClosePolicyOverrides,
  CloseSeverity,
  RecoveryMode,
  RetryPolicy,
} from './close-descriptor.js';
export { CLOSE_POLICY } from './close-policy.js';
export { closeCodeRange, describeCloseCode, toCloseCode } from './describe-close-code.js';
export { MAX_REASON_BYTES, sanitizeCloseReason, truncateUtf8 } from './sanitize-close-reason.js';
export { DEFAULT_BACKOFF, reconnectDelay } from './reconnect-delay.js';
export type { BackoffOptions, RandomSource } from './reconnect-delay.js';
export { IDLE_STATE } from './close-state.js';
export type {
  CloseControls,
  CloseInfo,
  CloseSource,
  CloseState,
  CloseStatus,
} from './close-state.js';
export { closeStateReducer } from './close-state-reducer.js';
export type { CloseStateAction } from './close-state-reducer.js';
export { createCloseStore } from './close-store.js';
export type { CloseReport, CloseStore, CloseStoreOptions } from './close-store.js';
export type {
  CloseEventLike,
  CloseStream,
  EventHub,
  StreamErrorMessage,
  TransportLike,
} from './stream-types.js';
export { IDLE_STARTUP } from './startup-state.js';
export type {
  QueuePosition,
  StartupControls,
  StartupPhase,
  StartupState,
} from './startup-state.js';
export { readQueue } from './startup-queue.js';
export { startupReducer } from './startup-reducer.js';
export type { StartupAction } from './startup-reducer.js';
export { createStartupStore } from './startup-store.js';
export type { StartupStore, StartupStoreOptions } from './startup-store.js';
export { IDLE_WARNING_OFF } from './idle-state.js';
export type { IdleSettings, IdleWarningControls, IdleWarningState } from './idle-state.js';
export { createIdleWarningStore } from './idle-store.js';
export type { IdleWarningOptions, IdleWarningStore } from './idle-store.js';

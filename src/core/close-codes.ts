/** Arcware Cloud's own WebSocket close codes, named and numbered as Arcware documents them. */
export const ArcwareCloseCode = {
  UNAUTHORIZED: 4450,
  UNAUTHORIZED_NO_BYPASS_REGISTERED: 4451,
  UNAUTHORIZED_DF: 4452,
  SUSPENDED: 4453,
  TRIAL_LIMIT: 4460,
  MAX_RUNTIME: 4461,
  SESSION_NOT_FOUND: 4470,
  UNKNOWN_PROJECT: 4471,
  PROJECT_DISABLED: 4472,
  STREAM_DELETED: 4473,
  NO_STREAM_AVAILABLE: 4501,
  NO_PACKAGENAME_PROVIDED: 4502,
  STREAM_DISCONNECTED: 4503,
  STREAM_KEY_ALREADY_CONNECTED: 4504,
  CLIENT_OCCUPATION_LIMIT_REACHED: 4505,
  CLIENT_AFK: 4506,
  CLIENT_RECONNECTING: 4507,
  CLIENT_NO_PONG: 4508,
  CLIENT_DESTROYED: 4509,
  CLIENT_WITHOUT_TICKET: 4510,
  CLOSE_ABNORMAL_CUSTOM: 4606,
  CLOSE_SHARE_NO_RESOURCES_LEFT: 4607,
  CLOSE_SHARE_ERROR: 4608,
  CLOSE_INTERNAL_SERVER_ERROR: 4666,
} as const;

/** The standard close codes 1000-1015 (RFC 6455 section 7.4.1 and the IANA registry). */
export const StandardCloseCode = {
  NORMAL_CLOSURE: 1000,
  GOING_AWAY: 1001,
  PROTOCOL_ERROR: 1002,
  UNSUPPORTED_DATA: 1003,
  RESERVED: 1004,
  NO_STATUS_RECEIVED: 1005,
  ABNORMAL_CLOSURE: 1006,
  INVALID_FRAME_PAYLOAD_DATA: 1007,
  POLICY_VIOLATION: 1008,
  MESSAGE_TOO_BIG: 1009,
  MANDATORY_EXTENSION: 1010,
  INTERNAL_ERROR: 1011,
  SERVICE_RESTART: 1012,
  TRY_AGAIN_LATER: 1013,
  BAD_GATEWAY: 1014,
  TLS_HANDSHAKE: 1015,
} as const;

/** Name of an Arcware close code, such as `'TRIAL_LIMIT'`. */
export type ArcwareCloseCodeName = keyof typeof ArcwareCloseCode;
/** Name of a standard close code, such as `'ABNORMAL_CLOSURE'`. */
export type StandardCloseCodeName = keyof typeof StandardCloseCode;
/** A close code this kit knows by name. */
export type KnownCloseCode =
  | (typeof ArcwareCloseCode)[ArcwareCloseCodeName]
  | (typeof StandardCloseCode)[StandardCloseCodeName];

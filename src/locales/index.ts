export { en } from './en.js';
// Other locales are imported from `react-arcware-close/locales/<tag>` only: the root stays free of
// ten exports (one of them `it`, which shadows test runners' `it`) that most apps never use.
export type { CloseLocale, CloseMessages, Message, MessageKey, PluralMessage } from './types.js';
export { formatMessage } from './format-message.js';
export type { MessageValues } from './format-message.js';
export { canonicalLocale, english, resolveLocale } from './resolve-locale.js';

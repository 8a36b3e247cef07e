export { en } from './en.js';
// Each locale is a separate ESM module with no side effects: a bundler drops the unused ones.
export { ar } from './ar.js';
export { de } from './de.js';
export { es } from './es.js';
export { fr } from './fr.js';
export { it } from './it.js';
export { ja } from './ja.js';
export { nl } from './nl.js';
export { pl } from './pl.js';
export { pt } from './pt.js';
export { zh } from './zh.js';
export type { CloseLocale, CloseMessages, Message, MessageKey, PluralMessage } from './types.js';
export { formatMessage } from './format-message.js';
export type { MessageValues } from './format-message.js';
export { canonicalLocale, english, resolveLocale } from './resolve-locale.js';

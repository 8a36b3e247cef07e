import type { en } from './en.js';

/** A message: plain text with `{placeholders}`, or plural forms chosen by `Intl.PluralRules`. */
export type Message = string | PluralMessage;

/** Plural forms for one message; `other` is required, the rest as the language needs them. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every key a viewer can be shown. English defines them; every locale must provide them all. */
export type MessageKey = keyof typeof en.messages;

/** A complete message table: a locale missing a key fails the typecheck. */
export type CloseMessages = { readonly [K in MessageKey]: Message };

/** A shipped locale: its BCP 47 tag, writing direction and messages. */
export interface CloseLocale {
  /** BCP 47 language tag, such as `'de'` or `'ar'`. */
  locale: string;
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  messages: CloseMessages;
}

import { formatMessage, type MessageValues } from '../locales/format-message.js';
import { canonicalLocale, findLocale } from '../locales/resolve-locale.js';
import type { CloseLocale, Message, MessageKey } from '../locales/types.js';
import type { Translate } from './close-details.js';

/** A host's translation function (i18next's `t`, FormatJS's `formatMessage` wrapped); may return nothing. */
export type HostTranslate = (key: MessageKey, values?: MessageValues) => string | null | undefined;

/** Which language the overlay speaks, and how. */
export interface OverlayLocaleOptions {
  /** A BCP 47 tag looked up in `locales`, or a locale object to use as is. */
  locale?: string | CloseLocale;
  /** The locales a tag may resolve to; English is always there. */
  locales?: readonly CloseLocale[];
  /** Overrides for any subset of messages. */
  messages?: Partial<Record<MessageKey, Message>>;
  /** A host translation function that wins whenever it returns a real translation. */
  t?: HostTranslate;
  /** Writing direction, when `t` speaks a language none of `locales` covers. */
  dir?: 'ltr' | 'rtl';
}

/** The resolved language of the overlay and its message lookup. */
export interface OverlayMessages {
  /** Tag for `lang` and for `Intl` formatting. */
  lang: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
}

const language = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? '';

/** An overlay's own English: only the messages it shows, so its bundle carries no other's. */
export type OverlayEnglish = Partial<Record<MessageKey, Message>>;

function pickLocale(
  options: OverlayLocaleOptions,
  english: OverlayEnglish,
): {
  chosen: Pick<CloseLocale, 'locale' | 'dir'> & { messages?: OverlayEnglish };
  requested: string | null;
} {
  const { locale, locales } = options;
  if (locale && typeof locale === 'object' && locale.messages) {
    return { chosen: locale, requested: canonicalLocale(locale.locale) };
  }
  // English matches its tag too (`en-GB`), after the host's locales, as `resolveLocale` does.
  const englishLocale = { locale: 'en', dir: 'ltr' as const, messages: english };
  const chosen = findLocale(locale, [...(locales ?? []), englishLocale as CloseLocale]);
  return { chosen: chosen ?? englishLocale, requested: canonicalLocale(locale) };
}

function callHost(
  t: HostTranslate,
  key: MessageKey,
  values: MessageValues | undefined,
): string | null {
  try {
    const out = t(key, values);
    return typeof out === 'string' && out.trim() !== '' && out !== key ? out : null;
  } catch {
    return null;
  }
}

/**
 * Resolves the overlay's language (`de-CH` -> `de` -> English) and returns its message lookup:
 * the host's `t` first, then `messages`, then the locale, then English.
 */
export function createOverlayMessages(
  options: OverlayLocaleOptions,
  english: OverlayEnglish,
): OverlayMessages {
  const { chosen, requested } = pickLocale(options, english);
  const chosenTag = canonicalLocale(chosen.locale) ?? 'en';
  // Keep the region (`de-CH` formats numbers the Swiss way) when the language matched.
  const sameLanguage = requested !== null && language(requested) === language(chosenTag);
  const lang = options.t && requested ? requested : sameLanguage ? requested : chosenTag;
  const overrides = options.messages;
  const host = options.t;
  const t: Translate = (key, values) => {
    const fromHost = host ? callHost(host, key, values) : null;
    if (fromHost !== null) return fromHost;
    const message = overrides?.[key] ?? chosen.messages?.[key] ?? english[key];
    return formatMessage(lang, message, values) || formatMessage('en', english[key], values);
  };
  return { lang, dir: options.dir ?? (chosen.dir === 'rtl' ? 'rtl' : 'ltr'), t };
}

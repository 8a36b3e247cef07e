import type { Message } from './types.js';

/** Values a message's `{placeholders}` are filled with: numbers go through `Intl.NumberFormat`. */
export type MessageValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(
  cache: Map<string, T>,
  locale: string,
  make: (tag: string) => T,
  key = locale,
): T {
  let value = cache.get(key);
  if (value === undefined) {
    try {
      value = make(locale);
    } catch {
      // A malformed tag (RangeError) falls back to English rather than breaking the overlay.
      value = make('en');
    }
    cache.set(key, value);
  }
  return value;
}

/** An `Intl.NumberFormat` for a locale and options, made once; English when the tag is malformed. */
export function numberFormat(
  locale: string,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return cached(
    numberFormats,
    locale,
    (tag) => new Intl.NumberFormat(tag, options),
    options && `${locale} ${JSON.stringify(options)}`,
  );
}

/** The number a plural message is chosen by: `count` if given, else the first numeric value. */
function pluralOperand(values: MessageValues): number {
  if (typeof values.count === 'number') return values.count;
  const first = Object.values(values).find((value) => typeof value === 'number');
  return typeof first === 'number' ? first : 0;
}

/**
 * Formats one message for a locale: picks the plural form with `Intl.PluralRules` (by the `count`
 * value, or the first numeric one), then fills `{placeholders}`, numbers through
 * `Intl.NumberFormat`. Unknown placeholders stay as written; strings are inserted as they are.
 */
export function formatMessage(
  locale: string,
  message: Message | null | undefined,
  values: MessageValues = {},
): string {
  if (message == null) return '';
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const rule = cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag));
    text = message[rule.select(pluralOperand(values))] ?? message.other;
  }
  if (typeof text !== 'string') return '';
  return text.replace(PLACEHOLDER, (match, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) return match;
    const value = values[name];
    if (typeof value === 'number') {
      return numberFormat(locale).format(value);
    }
    return String(value);
  });
}

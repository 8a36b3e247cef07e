import type { CloseLocale } from '../src/locales/types.js';

const isCloseLocale = (value: unknown): value is CloseLocale =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as CloseLocale).locale === 'string' &&
  ((value as CloseLocale).dir === 'ltr' || (value as CloseLocale).dir === 'rtl') &&
  typeof (value as CloseLocale).messages === 'object';

// Every locale file in src/locales, so a newly shipped language shows up in the toolbar by itself.
const modules = import.meta.glob<Record<string, unknown>>('../src/locales/*.ts', { eager: true });

/** Every locale the kit ships, English first, the rest by tag. */
export const SHIPPED_LOCALES: readonly CloseLocale[] = [
  ...new Map(
    Object.values(modules)
      .flatMap((exports) => Object.values(exports).filter(isCloseLocale))
      .map((locale) => [locale.locale, locale] as const),
  ).values(),
].sort((a, b) =>
  a.locale === 'en' ? -1 : b.locale === 'en' ? 1 : a.locale.localeCompare(b.locale),
);

/** The shipped locale for a toolbar value, English when it is unknown. */
export function shippedLocale(tag: unknown): CloseLocale {
  return SHIPPED_LOCALES.find((locale) => locale.locale === tag) ?? SHIPPED_LOCALES[0]!;
}

/** A language's own name for itself, for the toolbar ("Deutsch", "العربية"). */
export function nativeName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

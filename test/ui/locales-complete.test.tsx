import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArcwareCloseCode, StandardCloseCode } from '../../src/core/close-codes.js';
import type { CloseState } from '../../src/core/close-state.js';
import { en } from '../../src/locales/en.js';
import type { CloseLocale, Message, MessageKey } from '../../src/locales/types.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { closedState, closeInfo, reconnectingState } from './close-state-fixtures.js';

const modules = import.meta.glob<Record<string, unknown>>('../../src/locales/*.ts', {
  eager: true,
});
const isLocale = (value: unknown): value is CloseLocale =>
  typeof value === 'object' && value !== null && 'messages' in value && 'locale' in value;
// Keyed by tag: index.ts and resolve-locale.ts re-export the same objects.
const locales: CloseLocale[] = [
  ...new Map(
    Object.values(modules)
      .flatMap((module) => Object.values(module).filter(isLocale))
      .map((locale) => [locale.locale, locale] as const),
  ).values(),
];
const others = locales.filter((locale) => locale.locale !== 'en');

/** Words that are legitimately the same as in English; keep this list tiny. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  de: ['Details', 'Code'],
  fr: ['Code'],
  nl: ['Code'],
};
/** Punctuation most languages share with English: the label-value separator. */
const PUNCTUATION = new Set<MessageKey>(['details.separator']);

const KEYS = Object.keys(en.messages) as MessageKey[];
const CODES: unknown[] = [
  ...Object.values(StandardCloseCode),
  ...Object.values(ArcwareCloseCode),
  2500,
  3000,
  4321,
  'garbage',
];
const NOW = 1_000_000;
const STATES: Record<string, (code: unknown) => CloseState> = {
  closed: (code) => closedState(code),
  gaveUp: (code) => closedState(code, { gaveUp: true, attempt: 3 }),
  countdown: (code) => reconnectingState(code, { attempt: 1, retryAt: NOW + 4000 }),
  waiting: (code) => reconnectingState(code, { waitingFor: 'online' }),
  connecting: (code) => reconnectingState(code),
  idleTimeout: (code) => ({
    ...closedState(code),
    close: closeInfo(code, { source: 'idle-timeout' }),
  }),
};

const placeholders = (message: Message): string[] =>
  [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" };
const decode = (html: string): string =>
  html.replace(/&(amp|lt|gt|quot|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');

/** Every piece of text a viewer can read in one overlay, from its server-rendered markup. */
function viewerTexts(locale: CloseLocale, state: CloseState): string[] {
  const html = renderToStaticMarkup(
    <CloseOverlay
      state={state}
      locale={locale}
      supportHref="https://help.example.com/"
      now={() => NOW}
    />,
  );
  for (const [, tagName, inner = ''] of html.matchAll(
    /<(h2|p|button|a|summary|dt)\b[^>]*>(.*?)<\/\1>/g,
  )) {
    expect(inner.replace(/<[^>]*>/g, '').trim(), `${locale.locale}: empty <${tagName}>`).not.toBe(
      '',
    );
  }
  return html
    .split(/<[^>]*>/)
    .map((text) => decode(text).trim())
    .filter(Boolean);
}

describe.each(locales.map((locale) => [locale.locale, locale] as const))(
  'locale %s',
  (tag, locale) => {
    it('has every key, none empty, with the same placeholders as English', () => {
      const rules = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const key of KEYS) {
        const message = locale.messages[key];
        expect(message, `${tag} ${key}`).toBeDefined();
        const forms =
          typeof message === 'string'
            ? [message]
            : rules.map((rule) => message[rule] ?? message.other);
        for (const form of forms) expect(form?.trim(), `${tag} ${key}`).toBeTruthy();
        expect(placeholders(message), `${tag} ${key}`).toEqual(placeholders(en.messages[key]));
      }
    });

    it('renders every code in every state with no empty text and no unfilled placeholder', () => {
      for (const code of CODES) {
        for (const [name, make] of Object.entries(STATES)) {
          const texts = viewerTexts(locale, make(code));
          if (make(code).close?.category === 'transient') continue;
          expect(texts.length, `${tag} ${String(code)} ${name}`).toBeGreaterThan(4);
          for (const text of texts)
            expect(text, `${tag} ${String(code)} ${name}`).not.toMatch(/\{\w+\}/);
        }
      }
    });
  },
);

describe.each(others.map((locale) => [locale.locale, locale] as const))(
  'locale %s against English',
  (tag, locale) => {
    const allowed = new Set(SAME_AS_ENGLISH[tag] ?? []);

    it('translates every message (a tiny allow-list aside)', () => {
      const same = KEYS.filter(
        (key) =>
          !PUNCTUATION.has(key) &&
          JSON.stringify(locale.messages[key]) === JSON.stringify(en.messages[key]),
      ).map((key) => locale.messages[key]);
      expect(same.filter((message) => !allowed.has(String(message)))).toEqual([]);
    });

    it('shows no English text for any code or state (code names and numbers aside)', () => {
      for (const code of CODES) {
        for (const [name, make] of Object.entries(STATES)) {
          const state = make(code);
          const english = new Set(viewerTexts(en, state));
          const leaked = viewerTexts(locale, state).filter(
            (text) =>
              english.has(text) &&
              !allowed.has(text) &&
              text !== state.close?.name &&
              !/^[\d\s.,:]+$/.test(text),
          );
          expect(leaked, `${tag} ${String(code)} ${name}`).toEqual([]);
        }
      }
    });
  },
);

it('finds the ten shipped locales besides English', () => {
  expect(others.map((locale) => locale.locale).sort()).toEqual([
    'ar',
    'de',
    'es',
    'fr',
    'it',
    'ja',
    'nl',
    'pl',
    'pt',
    'zh',
  ]);
});

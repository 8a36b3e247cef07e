import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/locales/format-message.js';
import { resolveLocale } from '../../src/locales/resolve-locale.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { en } from '../../src/locales/en.js';
import { zh } from '../../src/locales/zh.js';

const plural = { one: '{count} Versuch', other: '{count} Versuche' };

describe('formatMessage', () => {
  it('picks the plural form with Intl.PluralRules', () => {
    expect(formatMessage('de', plural, { count: 1 })).toBe('1 Versuch');
    expect(formatMessage('de', plural, { count: 2 })).toBe('2 Versuche');
    const polish = { one: '{n} próba', few: '{n} próby', many: '{n} prób', other: '{n} próby' };
    expect([1, 3, 5, 22, 25].map((n) => formatMessage('pl', polish, { n }))).toEqual([
      '1 próba',
      '3 próby',
      '5 prób',
      '22 próby',
      '25 prób',
    ]);
  });

  it('formats numbers with Intl.NumberFormat for the locale', () => {
    expect(formatMessage('de', '{n} s', { n: 1234.5 })).toBe('1.234,5 s');
    expect(formatMessage('en', '{n} s', { n: 1234.5 })).toBe('1,234.5 s');
    const swiss = formatMessage('de-CH', '{n}', { n: 1234 });
    expect(swiss).toBe(new Intl.NumberFormat('de-CH').format(1234));
    expect(swiss).not.toBe('1.234');
  });

  it('inserts strings as they are and leaves unknown placeholders', () => {
    expect(formatMessage('de', 'Code {code} {missing}', { code: '4450' })).toBe(
      'Code 4450 {missing}',
    );
  });

  it('uses the first numeric value when there is no count', () => {
    expect(formatMessage('en', en.messages['status.countdown'], { seconds: 1 })).toBe(
      'Reconnecting in 1 second',
    );
  });

  it('survives a malformed locale tag and a missing message', () => {
    expect(formatMessage('not a tag!', plural, { count: 1 })).toBe('1 Versuch');
    expect(formatMessage('en', undefined)).toBe('');
  });
});

describe('resolveLocale', () => {
  const available = [de, ar, zh];

  it.each([
    ['de-CH', 'de'],
    ['DE-at', 'de'],
    ['zh-Hant-TW', 'zh'],
    ['ar-EG', 'ar'],
    ['sv-SE', 'en'],
    ['', 'en'],
    ['%%%', 'en'],
  ])('%j resolves to %s', (tag, expected) => {
    expect(resolveLocale(tag, available).locale).toBe(expected);
  });

  it('never throws for hostile input', () => {
    expect(resolveLocale(42 as unknown, [undefined as never]).locale).toBe('en');
  });
});

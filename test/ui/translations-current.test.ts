import { describe, expect, it } from 'vitest';
import { stamp, staleKeys } from '../../scripts/locale-fingerprint.mjs';
import { en } from '../../src/locales/en.js';
import recorded from '../../src/locales/translated-from.json';

const modules = import.meta.glob<Record<string, { locale?: string }>>(
  '../../src/locales/[a-z][a-z].ts',
  { eager: true },
);
const tags = Object.values(modules)
  .flatMap((module) => Object.values(module))
  .map((value) => value.locale)
  .filter((tag): tag is string => typeof tag === 'string' && tag !== 'en');

describe('every translation was made from the English of today', () => {
  it('knows all ten shipped locales', () => {
    expect(new Set(tags).size).toBe(10);
  });

  it.each([...new Set(tags)])('%s translates the current English of every message', (tag) => {
    const stale = staleKeys(en.messages, (recorded as Record<string, Record<string, string>>)[tag]);
    // Re-translate each key named here, then: npm run locales:stamp -- <tag>
    expect(
      stale.map((key) => `${key}: ${JSON.stringify(en.messages[key as keyof typeof en.messages])}`),
    ).toEqual([]);
  });

  it('notices an English message that changed after translation, plural forms included', () => {
    const stamped = stamp(en.messages);
    expect(staleKeys(en.messages, stamped)).toEqual([]);
    const changed = {
      ...en.messages,
      'description.1001': 'The server is going away.',
      'status.gaveUp': { ...en.messages['status.gaveUp'], one: 'Gave up after {count} try.' },
    };
    expect(staleKeys(changed, stamped)).toEqual(['description.1001', 'status.gaveUp']);
  });
});

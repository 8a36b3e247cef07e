import { en } from './en.js';
import type { CloseLocale } from './types.js';

/** English as a `CloseLocale`: the last fallback of every lookup. */
export const english: CloseLocale = en;

/** Canonical form of a BCP 47 tag (`de-ch` -> `de-CH`), or `null` when it is not one. */
export function canonicalLocale(tag: unknown): string | null {
  if (typeof tag !== 'string' || tag.trim() === '') return null;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The locale among `available` for a BCP 47 tag, dropping subtags one by one (`de-CH` -> `de`),
 * or `null` when none matches. Never throws, whatever the tag.
 */
export function findLocale(tag: unknown, available: readonly CloseLocale[]): CloseLocale | null {
  const canonical = canonicalLocale(tag);
  if (canonical === null) return null;
  const byTag = new Map<string, CloseLocale>();
  for (const candidate of available) {
    const key = canonicalLocale(candidate?.locale)?.toLowerCase();
    if (key !== undefined && !byTag.has(key)) byTag.set(key, candidate);
  }
  const parts = canonical.toLowerCase().split('-');
  while (parts.length > 0) {
    const found = byTag.get(parts.join('-'));
    if (found) return found;
    parts.pop();
  }
  return null;
}

/**
 * Picks the locale for a BCP 47 tag from those on offer, dropping subtags one by one
 * (`de-CH` -> `de`), and ends at English. Never throws, whatever the tag.
 */
export const resolveLocale = (tag: unknown, available: readonly CloseLocale[] = []): CloseLocale =>
  findLocale(tag, [...available, english]) ?? english;

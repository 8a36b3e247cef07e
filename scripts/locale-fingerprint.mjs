/**
 * Fingerprints of the English a translation was made from: FNV-1a (32 bit) over the message as
 * JSON, so a plural's forms count too. `src/locales/translated-from.json` keeps one per locale and
 * key; a test fails when English changed since.
 */
export function fingerprint(message) {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(message)) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The fingerprint of every English message, by key: what a translation is stamped with. */
export function stamp(englishMessages) {
  return Object.fromEntries(
    Object.entries(englishMessages).map(([key, message]) => [key, fingerprint(message)]),
  );
}

/** The keys whose recorded fingerprint no longer matches the English message (or is missing). */
export function staleKeys(englishMessages, recorded = {}) {
  return Object.keys(englishMessages).filter(
    (key) => recorded[key] !== fingerprint(englishMessages[key]),
  );
}

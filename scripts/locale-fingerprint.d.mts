/** FNV-1a fingerprint of a message as JSON. */
export function fingerprint(message: unknown): string;
/** The fingerprint of every English message, by key: what a translation is stamped with. */
export function stamp(englishMessages: Readonly<Record<string, unknown>>): Record<string, string>;
/** Keys whose recorded fingerprint no longer matches the English message. */
export function staleKeys(
  englishMessages: Readonly<Record<string, unknown>>,
  recorded?: Readonly<Record<string, string>>,
): string[];

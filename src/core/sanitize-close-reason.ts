/** RFC 6455 section 5.5: a close frame's reason fits in 123 bytes of UTF-8. */
export const MAX_REASON_BYTES = 123;

// C0/C1 controls, bidi controls (Trojan Source), zero-width space and BOM never reach the screen;
// ZWJ/ZWNJ stay, as emoji sequences and several scripts need them.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITESPACE = /\s+/g;

const encoder = /* @__PURE__ */ new TextEncoder();
let segmenter: Intl.Segmenter | null | undefined;
// Made on first use: a module-level `new Intl.Segmenter` would keep this file in every bundle.
const graphemes = (): Intl.Segmenter | null =>
  (segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null);

/**
 * Turns an untrusted close reason into plain display text: no controls or bidi overrides,
 * whitespace folded, at most 123 UTF-8 bytes, never cutting a character (or emoji) in half.
 */
export function sanitizeCloseReason(reason: unknown): string {
  if (typeof reason !== 'string') return '';
  // Long input is cut first so cleaning a hostile megabyte stays cheap.
  const text = reason
    .slice(0, MAX_REASON_BYTES * 8)
    .replace(LONE_SURROGATE, '')
    .replace(INVISIBLE, '')
    .replace(WHITESPACE, ' ')
    .trim();
  return truncateUtf8(text, MAX_REASON_BYTES);
}

/** Cuts text to at most `maxBytes` of UTF-8 on a grapheme boundary. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text;
  // Walk graphemes lazily: only the first ~123 bytes' worth are ever segmented.
  const splitter = graphemes();
  const parts: Iterable<string> = splitter
    ? (function* () {
        for (const part of splitter.segment(text)) yield part.segment;
      })()
    : text;
  let out = '';
  let bytes = 0;
  for (const grapheme of parts) {
    const size = encoder.encode(grapheme).length;
    if (bytes + size > maxBytes) break;
    out += grapheme;
    bytes += size;
  }
  return out.trimEnd();
}

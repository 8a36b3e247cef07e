import { warnOnce } from '../core/dev-warning.js';

const ALLOWED = new Set(['https:', 'mailto:', 'tel:']);

/** A support link's normalized `href` when it is `https:`, `mailto:` or `tel:`, else `null`. */
export function safeSupportHref(href: unknown): string | null {
  if (href == null || href === '') return null;
  let url: URL | null = null;
  try {
    url = typeof href === 'string' ? new URL(href) : null;
  } catch {
    url = null;
  }
  if (url && ALLOWED.has(url.protocol)) return url.href;
  try {
    if (process.env.NODE_ENV !== 'production')
      warnOnce(
        `supportHref ${JSON.stringify(String(href)).slice(0, 80)} was ignored: only https:, mailto: and tel: links are shown.`,
      );
  } catch {
    // no bundler and no `process`: production behaviour, no warning
  }
  return null;
}

/** RFC 6068 wants `%20` for spaces, which `encodeURIComponent` gives and `URLSearchParams` does not. */
const encode = (text: string): string => encodeURIComponent(text).replace(/%0A/g, '%0D%0A');

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Adds a subject (unless the link has one) and the details to the body of a `mailto:` link,
 * keeping whatever query it already carries. Other links are returned as they are.
 */
export function prefillMailto(href: string, subject: string, body: string): string {
  if (!href.toLowerCase().startsWith('mailto:')) return href;
  const [address = '', query = ''] = href.split(/\?(.*)/s, 2);
  const fields = query === '' ? [] : query.split('&').filter(Boolean);
  const keyOf = (field: string) => decode(field.split('=', 1)[0] ?? '').toLowerCase();
  const bodyIndex = fields.findIndex((field) => keyOf(field) === 'body');
  if (!fields.some((field) => keyOf(field) === 'subject')) {
    fields.push(`subject=${encode(subject)}`);
  }
  if (bodyIndex === -1) {
    fields.push(`body=${encode(body)}`);
  } else {
    const existing = decode((fields[bodyIndex] ?? '').replace(/^[^=]*=?/, ''));
    fields[bodyIndex] = `body=${encode(`${existing}\n\n${body}`)}`;
  }
  return `${address}?${fields.join('&')}`;
}

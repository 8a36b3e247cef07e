import type { CloseInfo } from '../core/close-state.js';
import { sanitizeCloseReason } from '../core/sanitize-close-reason.js';
import type { MessageKey } from '../locales/types.js';

/** Looks up a message by key with values filled in. */
export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** One labelled line of the details disclosure. */
export interface DetailLine {
  field: 'code' | 'name' | 'time' | 'reason';
  label: string;
  value: string;
}

function validDate(at: number): Date | null {
  const date = new Date(at);
  return Number.isFinite(date.getTime()) ? date : null;
}

/** The close's time for a reader, in their locale; empty when the time is not valid. */
export function displayTime(at: number, locale: string): string {
  const date = validDate(at);
  if (!date) return '';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(
      date,
    );
  } catch {
    return date.toISOString();
  }
}

/** The details a viewer sees: code, name, time and the sanitized server message. */
export function detailLines(close: CloseInfo, t: Translate, locale: string): DetailLine[] {
  const none = t('details.none');
  return [
    {
      field: 'code',
      label: t('details.code'),
      value: Number.isInteger(close.code) ? String(close.code) : none,
    },
    {
      field: 'name',
      label: t('details.name'),
      value: (typeof close.name === 'string' && close.name) || none,
    },
    { field: 'time', label: t('details.time'), value: displayTime(close.at, locale) || none },
    {
      field: 'reason',
      label: t('details.reason'),
      value: sanitizeCloseReason(close.reason) || none,
    },
  ];
}

/** The details as plain text for a support request; the time in ISO 8601 so support can read it. */
export function detailsText(close: CloseInfo, t: Translate, locale: string): string {
  const iso = validDate(close.at)?.toISOString();
  const separator = t('details.separator');
  return detailLines(close, t, locale)
    .map(
      ({ field, label, value }) => `${label}${separator}${field === 'time' && iso ? iso : value}`,
    )
    .join('\n');
}

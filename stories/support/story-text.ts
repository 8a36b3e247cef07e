import { shippedLocale } from '../../.storybook/shipped-locales.js';
import { formatMessage, type MessageValues } from '../../src/locales/format-message.js';
import type { MessageKey } from '../../src/locales/types.js';

/** What a viewer reads for `key` in the toolbar's locale, so play functions pass in any language. */
export function storyText(
  globals: Record<string, unknown>,
  key: MessageKey,
  values?: MessageValues,
): string {
  const locale = shippedLocale(globals.locale);
  return formatMessage(locale.locale, locale.messages[key], values);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `key` in the toolbar's locale with any number in its placeholders, any plural form. */
export function storyPattern(globals: Record<string, unknown>, key: MessageKey): RegExp {
  const message = shippedLocale(globals.locale).messages[key];
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const alternatives = forms.map((form) =>
    escape(form ?? '').replace(/\\\{\w+\\\}/g, '[\\d\\s.,\u00a0\u202f\u0660-\u0669]+'),
  );
  return new RegExp(alternatives.join('|'));
}

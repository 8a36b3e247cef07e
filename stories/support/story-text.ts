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

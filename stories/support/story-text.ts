import { shippedLocale } from '../../.storybook/shipped-locales.js';
import { en } from '../../src/locales/en.js';
import { formatMessage, type MessageValues } from '../../src/locales/format-message.js';
import type { MessageKey } from '../../src/locales/types.js';
import { createOverlayMessages } from '../../src/ui/overlay-messages.js';

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

/** The overlays' own message lookup (`t`) in the toolbar's locale. */
export const textIn = (globals: Record<string, unknown>) =>
  createOverlayMessages({ locale: shippedLocale(globals.locale) }, en.messages).t;

/** "About 2 minutes" in the toolbar's locale, as the start-up overlay formats it. */
export const storyWait = (
  globals: Record<string, unknown>,
  value: number,
  unit: 'minute' | 'hour' = 'minute',
): string =>
  storyText(globals, 'startup.queue.wait', {
    duration: new Intl.NumberFormat(shippedLocale(globals.locale).locale, {
      style: 'unit',
      unit,
      unitDisplay: 'long',
    }).format(value),
  });

/** Text queries that skip the live nodes, which repeat what the viewer sees. */
export const VISIBLE = {
  ignore: 'script, style, [data-part="announcement"] *, [data-part="details"] *',
};

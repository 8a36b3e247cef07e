import { afterEach, describe, expect, it, vi } from 'vitest';
import { themeVariables } from '../../src/ui/overlay-theme.js';

afterEach(() => vi.restoreAllMocks());

const HOSTILE = [
  'red; position:fixed; inset:0; background-image:url(https://evil.example/x.png)',
  'red;',
  'red } .x { color: blue',
  '{ color: red }',
  'red !important',
  'rgb(0 0 0',
  'rgb(0 0 0))',
  'rgb(0 0 0]',
  'attr[x',
  'f([)]',
  'a)(',
  '"Inter, sans-serif',
  "'Inter",
  '"a"b\'',
  'red\\3b position:fixed',
  'red /* x */',
  '</style><script>alert(1)</script>',
  'red\nposition: fixed',
  'red\u0000',
  'red\u007f',
  `#${'0'.repeat(200)}`,
];

const LEGIT = [
  '#0af',
  'rgb(0 128 255 / 50%)',
  'color-mix(in srgb, red 50%, blue)',
  'var(--brand)',
  'var(--brand, #0af)',
  'color-mix(in srgb, var(--brand, #0af) 50%, rgb(0 0 0))',
  '"Inter", system-ui, sans-serif',
  "'Segoe UI (Display)', sans-serif",
  '12px',
  'calc(1rem + 2px)',
  'linear-gradient(to bottom, rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.8))',
  `#${'0'.repeat(199)}`,
];

describe('theme values are one CSS value each', () => {
  it.each(HOSTILE)('leaves out and warns about %j', (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(themeVariables({ accent: value })).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('theme.accent');
    expect(message.length).toBeLessThan(160);
  });

  it.each(LEGIT)('keeps %j exactly, for every string field, without a warning', (value) => {
    const warn = vi.spyOn(console, 'warn');
    expect(
      themeVariables({
        accent: value,
        accentForeground: value,
        background: value,
        foreground: value,
        muted: value,
        radius: value,
        fontFamily: value,
        backdrop: value,
      }),
    ).toEqual({
      '--arc-accent': value,
      '--arc-accent-fg': value,
      '--arc-bg': value,
      '--arc-fg': value,
      '--arc-muted': value,
      '--arc-radius': value,
      '--arc-font': value,
      '--arc-backdrop': value,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps numbers for radius and zIndex', () => {
    expect(themeVariables({ radius: 8, zIndex: 40 })).toEqual({
      '--arc-radius': '8px',
      '--arc-z': '40',
    });
  });

  it('leaves out only the unsafe field, and checks strings passed where numbers belong', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const theme = { accent: '#0af', backdrop: 'none; position: fixed', zIndex: '1; top: 0' };
    expect(themeVariables(theme as never)).toEqual({ '--arc-accent': '#0af' });
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('theme.backdrop'),
      expect.stringContaining('theme.zIndex'),
    ]);
  });
});

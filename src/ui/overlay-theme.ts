import type { CSSProperties } from 'react';
import { warnOnce } from '../core/dev-warning.js';

/** Light, dark, or whatever the viewer's system prefers. */
export type ColorScheme = 'light' | 'dark' | 'system';

/** The overlay's look; each field becomes a CSS custom property on the root. */
export interface CloseOverlayTheme {
  /** Primary button and focus ring colour (`--arc-accent`). */
  accent?: string;
  /** Text on the accent colour (`--arc-accent-fg`). */
  accentForeground?: string;
  /** The panel's opaque background (`--arc-bg`). */
  background?: string;
  /** Main text colour (`--arc-fg`). */
  foreground?: string;
  /** Secondary text colour (`--arc-muted`). */
  muted?: string;
  /** Corner radius: a CSS length, or pixels as a number (`--arc-radius`). */
  radius?: string | number;
  /** Font stack (`--arc-font`). */
  fontFamily?: string;
  /** What covers the stream around the panel (`--arc-backdrop`). */
  backdrop?: string;
  /** Stacking order of the overlay (`--arc-z`). */
  zIndex?: number;
  /** Colour scheme; `system` follows `prefers-color-scheme`. Default `system`. */
  colorScheme?: ColorScheme;
}

const VARIABLES = {
  accent: '--arc-accent',
  accentForeground: '--arc-accent-fg',
  background: '--arc-bg',
  foreground: '--arc-fg',
  muted: '--arc-muted',
  radius: '--arc-radius',
  fontFamily: '--arc-font',
  backdrop: '--arc-backdrop',
  zIndex: '--arc-z',
} as const satisfies Record<Exclude<keyof CloseOverlayTheme, 'colorScheme'>, string>;

/** True when a theme string is one CSS value; `renderToString` writes it into `style` unchecked. */
function isOneValue(value: string): boolean {
  // `;{}!` end or rewrite the declaration; escapes, comments and control characters could hide them.
  if (value.length > 200 || /[;{}!\\<\p{Cc}]|\/\*/u.test(value)) return false;
  // Drop strings, then innermost brackets until none go: any quote or bracket left is unbalanced.
  let rest = value.replace(/"[^"]*"|'[^']*'/g, '');
  while (rest !== (rest = rest.replace(/\([^()[\]]*\)|\[[^()[\]]*\]/g, '')));
  return !/["'()[\]]/.test(rest);
}

/** The theme as CSS custom properties; empty, non-finite and unsafe values are left out. */
export function themeVariables(theme: CloseOverlayTheme | null | undefined): CSSProperties {
  const style: Record<string, string> = {};
  if (!theme || typeof theme !== 'object') return style;
  for (const [field, variable] of Object.entries(VARIABLES)) {
    const value: unknown = theme[field as keyof typeof VARIABLES];
    if (typeof value === 'string' && value.trim() !== '') {
      if (isOneValue(value)) style[variable] = value;
      else
        try {
          if (process.env.NODE_ENV !== 'production')
            warnOnce(
              `theme.${field} ${JSON.stringify(value).slice(0, 40)} was left out: not one CSS value.`,
            );
        } catch {
          // no bundler and no `process`: production behaviour, no warning
        }
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      style[variable] = field === 'radius' ? `${value}px` : String(value);
    }
  }
  return style;
}

/** The colour scheme to put on the root's `data-color-scheme`. */
export function colorSchemeOf(theme: CloseOverlayTheme | null | undefined): ColorScheme {
  const scheme = theme?.colorScheme;
  return scheme === 'light' || scheme === 'dark' ? scheme : 'system';
}

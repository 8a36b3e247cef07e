import type { CloseOverlayTheme } from '../src/ui/overlay-theme.js';

/** A brand example: the kind of theme a host passes to match its product. */
export const BRAND_THEME: CloseOverlayTheme = {
  colorScheme: 'light',
  accent: '#5b21b6',
  accentForeground: '#ffffff',
  background: '#fffaf2',
  foreground: '#1f1235',
  muted: '#4c3a66',
  radius: 20,
  fontFamily: 'Georgia, "Times New Roman", serif',
  backdrop: 'rgba(31, 18, 53, 0.6)',
};

/** The toolbar's themes and the overlay theme each one applies. */
export const THEMES = [
  { value: 'light', title: 'Light', overlay: { colorScheme: 'light' } },
  { value: 'dark', title: 'Dark', overlay: { colorScheme: 'dark' } },
  { value: 'brand', title: 'Brand example', overlay: BRAND_THEME },
] as const satisfies readonly { value: string; title: string; overlay: CloseOverlayTheme }[];

/** A theme's toolbar value. */
export type StoryTheme = (typeof THEMES)[number]['value'];

/** The overlay theme for a toolbar value, light when it is unknown. */
export function storyTheme(value: unknown): CloseOverlayTheme {
  return (THEMES.find((theme) => theme.value === value) ?? THEMES[0]).overlay;
}

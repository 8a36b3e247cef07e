/** The toolbar's themes; their custom property values live in preview.css. */
export const THEMES = [
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
  { value: 'brand', title: 'Brand example' },
] as const;

/** A theme's toolbar value. */
export type StoryTheme = (typeof THEMES)[number]['value'];

import { createContext, useContext } from 'react';
import { en } from '../src/locales/en.js';
import type { CloseLocale } from '../src/locales/types.js';
import type { CloseOverlayTheme } from '../src/ui/overlay-theme.js';

/** The toolbar's choices, as the overlay takes them. */
export interface StoryGlobals {
  locale: CloseLocale;
  theme: CloseOverlayTheme;
}

/** Set by the preview's decorator for every story. */
export const StoryGlobalsContext = createContext<StoryGlobals>({
  locale: en,
  theme: { colorScheme: 'light' },
});

/** The toolbar's locale and theme, for stories that render an overlay. */
export const useStoryGlobals = (): StoryGlobals => useContext(StoryGlobalsContext);

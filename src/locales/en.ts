import { closeEnglish } from './english/close.js';
import { idleEnglish } from './english/idle.js';
import { startupEnglish } from './english/startup.js';

/**
 * English, built in and the fallback for every other locale. Each overlay falls back to its own
 * part (`english/`), so a bundle carries only the English of the overlays it uses.
 */
export const en = {
  locale: 'en',
  dir: 'ltr',
  messages: { ...closeEnglish, ...startupEnglish, ...idleEnglish },
} as const;

import { closeEnglish } from './english/close.js';
import { idleEnglish } from './english/idle.js';
import { sharedEnglish } from './english/shared.js';
import { startupEnglish } from './english/startup.js';

/**
 * English, built in and the fallback for every other locale. Each overlay falls back to its own
 * part (`english/`), so a bundle carries only the English of the overlays it uses.
 */
export const en = {
  locale: 'en',
  dir: 'ltr',
  messages: /* @__PURE__ */ Object.assign(
    {},
    sharedEnglish,
    closeEnglish,
    startupEnglish,
    idleEnglish,
  ) as typeof sharedEnglish & typeof closeEnglish & typeof startupEnglish & typeof idleEnglish,
} as const;

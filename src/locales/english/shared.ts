/**
 * English for the keys more than one overlay shows. The parts are plain literals joined in pure
 * calls where used, so a bundle keeps only the parts its overlays use.
 */
export const sharedEnglish = {
  'action.reconnect': 'Reconnect',
} as const;

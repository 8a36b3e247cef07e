/** English for the keys more than one overlay shows. */
export const sharedEnglish = {
  'action.reconnect': 'Reconnect',
} as const;

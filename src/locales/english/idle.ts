/** English for the idle warning. */
export const idleEnglish = {
  'idle.title': 'Are you still there?',
  'idle.countdown': {
    one: 'The stream ends in {seconds} second',
    other: 'The stream ends in {seconds} seconds',
  },
  'idle.endsSoon': 'The stream ends soon',
  'action.stay': "I'm still here",
} as const;

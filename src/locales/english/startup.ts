/** English for the start-up overlay (with `sharedEnglish`). */
export const startupEnglish = {
  'startup.title.connecting': 'Connecting to the stream…',
  'startup.title.queued': 'Waiting in line…',
  'startup.title.preparing': 'Preparing the stream…',
  'startup.title.negotiating': 'Setting up video…',
  'startup.title.waiting-for-video': 'Waiting for video…',
  'startup.title.needs-interaction': 'Your browser needs a click to start the video.',
  'startup.title.stalled': 'The video did not start.',
  'startup.description.stalled': 'Reconnecting usually helps.',
  'startup.queue.position': 'You are number {position} in line',
  'startup.queue.positionOf': 'You are number {position} in line (of {length})',
  'startup.queue.wait': 'About {duration}',
  'startup.queue.waitUnderMinute': 'Less than a minute',
  'action.start': 'Start',
} as const;

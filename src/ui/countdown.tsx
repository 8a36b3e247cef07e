import { useEffect, useState } from 'react';
import type { MessageKey } from '../locales/types.js';
import type { Translate } from './close-details.js';

/** Props of the self-updating countdown. */
export interface CountdownProps {
  /** Epoch ms the countdown ends at (the next attempt, or the stream's end). */
  retryAt: number;
  now: () => number;
  t: Translate;
  /** The plural message, filled with `{seconds}`; default `status.countdown`. */
  messageKey?: MessageKey;
}

/**
 * "Reconnecting in 4 seconds": re-renders itself (not the host) each time the number changes,
 * on a timer that ends with the component.
 */
export function Countdown({ retryAt, now, t, messageKey = 'status.countdown' }: CountdownProps) {
  const [, setTick] = useState(0);
  const remaining = Math.max(0, retryAt - now());
  useEffect(() => {
    if (remaining <= 0) return undefined;
    // Wake when the shown number changes, not on a drifting 1 s interval.
    const id = setTimeout(() => setTick((tick) => tick + 1), remaining % 1000 || 1000);
    return () => clearTimeout(id);
  });
  return (
    <span data-part="countdown">{t(messageKey, { seconds: Math.ceil(remaining / 1000) })}</span>
  );
}

/** What an automatic attempt waits for: the browser to be online, the tab to be visible. */
export type RetryWait = 'online' | 'visible';

/** Why an attempt may not start now, or `null`; reads nothing where there is no browser. */
export function retryBlockedBy(): RetryWait | null {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'online';
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return 'visible';
  return null;
}

/** Calls `onChange` when the browser comes online or the tab's visibility changes. */
export function watchRetryGate(onChange: () => void): () => void {
  const win = typeof window !== 'undefined' ? window : null;
  const doc = typeof document !== 'undefined' ? document : null;
  win?.addEventListener('online', onChange);
  doc?.addEventListener('visibilitychange', onChange);
  return () => {
    win?.removeEventListener('online', onChange);
    doc?.removeEventListener('visibilitychange', onChange);
  };
}

import { useEffect, useState } from 'react';

/**
 * A live region that appears with its text already in it is not announced by every screen reader:
 * the first text goes in this long after the region mounted.
 */
const FIRST_ANNOUNCEMENT_MS = 100;

/**
 * The text a live node should hold for `text`: empty on mount, `text` shortly after, then each
 * change at once, but at most one change per `everyMs` (0: no limit); the latest text always wins.
 */
export function useAnnouncedText(text: string, everyMs: number): string {
  const [said, setSaid] = useState('');
  // How long the node keeps what it said before it may change again; null: free to change now.
  const [holdMs, setHoldMs] = useState<number | null>(FIRST_ANNOUNCEMENT_MS);
  if (holdMs === null && text !== said) {
    setSaid(text);
    setHoldMs(everyMs > 0 ? everyMs : null);
  }
  // `said` too: a change made in the render that ends a hold keeps holdMs the same value.
  useEffect(() => {
    if (holdMs === null) return undefined;
    const id = setTimeout(() => setHoldMs(null), holdMs);
    return () => clearTimeout(id);
  }, [holdMs, said]);
  return said;
}

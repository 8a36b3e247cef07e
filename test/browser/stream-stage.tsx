import type { ReactNode } from 'react';

/** A stream container like a host's: a dark "video" with the overlay positioned over it. */
export function StreamStage({ children }: { children?: ReactNode }) {
  return (
    <div
      data-testid="stage"
      style={{ position: 'relative', width: '100%', height: 480, background: '#0a3d2a' }}
    >
      <div
        data-testid="video"
        tabIndex={0}
        style={{ position: 'absolute', inset: 0 }}
        aria-label="stream"
        role="img"
      />
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';

/** Props of the stand-in for a stream's video area. */
export interface StreamStageProps {
  /** Accessible name of the region, such as the state it shows. */
  label: string;
  children?: ReactNode;
}

/** A 16:9 area that stands in for the stream's video element; the overlay covers it. */
export function StreamStage({ label, children }: StreamStageProps) {
  return (
    <section className="stream-stage" aria-label={label}>
      {children}
    </section>
  );
}

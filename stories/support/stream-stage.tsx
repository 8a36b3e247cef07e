import type { CSSProperties, ReactNode } from 'react';

/** A stage's fixed size in px, such as a phone's 16:9 stream of 390 x 220. */
export interface StageSize {
  width: number;
  height: number;
}

/** Props of the stand-in for a stream's video area. */
export interface StreamStageProps {
  /** Accessible name of the region, such as the state it shows. */
  label: string;
  /** A fixed size; without one the stage is 16:9 and up to 56rem wide. */
  size?: StageSize;
  children?: ReactNode;
}

const fixed = ({ width, height }: StageSize): CSSProperties => ({
  flex: 'none',
  inlineSize: width,
  blockSize: height,
  minBlockSize: 0,
  aspectRatio: 'auto',
});

/** A 16:9 area that stands in for the stream's video element; the overlay covers it. */
export function StreamStage({ label, size, children }: StreamStageProps) {
  return (
    <section className="stream-stage" aria-label={label} style={size && fixed(size)}>
      {children}
    </section>
  );
}

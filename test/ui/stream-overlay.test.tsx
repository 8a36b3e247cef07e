import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CloseStream } from '../../src/core/stream-types.js';
import { StreamOverlay } from '../../src/ui/stream-overlay.js';

/** A stream that only speaks Epic's events (no hubs, no transport): enough for the idle warning. */
function eventStream(): CloseStream & { afkUpdate(countDown: number): void } {
  const target = new EventTarget();
  return Object.assign(target, {
    websocketState: 1,
    reconnect: () => {},
    afkUpdate(countDown: number) {
      target.dispatchEvent(Object.assign(new Event('afkWarningUpdate'), { data: { countDown } }));
    },
  }) as unknown as CloseStream & { afkUpdate(countDown: number): void };
}

describe('<StreamOverlay> idle warning', () => {
  it("counts down on idleOptions' clock, the clock its endsAt was stamped with", () => {
    const stream = eventStream();
    render(<StreamOverlay pixelStreaming={stream} idleOptions={{ now: () => 1_000_000 }} />);
    act(() => stream.afkUpdate(5));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('The stream ends in 5 seconds');
  });
});

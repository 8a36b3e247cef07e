'use client';
import {
  CloseOverlay,
  IDLE_STATE,
  describeCloseCode,
  type CloseOverlayState,
} from 'react-arcware-close';

/** A client component: the overlay for a fixed close, so its dialog is rendered on the server too. */
export function ClosedOverlay({ code }: { code: number }) {
  const state: CloseOverlayState = {
    ...IDLE_STATE,
    status: 'closed',
    close: { ...describeCloseCode(code), reason: '', wasClean: true, at: 0, source: 'server' },
  };
  return <CloseOverlay state={state} supportHref="mailto:support@example.com" />;
}

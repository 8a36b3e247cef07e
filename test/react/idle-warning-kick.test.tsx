import { fireEvent, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { useArcwareCloseState } from '../../src/react/use-arcware-close-state.js';
import { useArcwareIdleWarning } from '../../src/react/use-arcware-idle-warning.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import {
  followIdle,
  IDLE_REASON,
  openWithAfk,
  recordAfkEvents,
  startAfkTimer,
  until,
  warned,
} from '../support/idle-sdk.js';
import { sleep, withRealSdk } from '../support/real-sdk.js';

const sdk = withRealSdk({ testClock: true });

/** The close code and reason the server receives on `socket`. */
function closeReceived(socket: WebSocket): { code?: number; reason?: string } {
  const received: { code?: number; reason?: string } = {};
  socket.on('close', (code, reason) => Object.assign(received, { code, reason: String(reason) }));
  return received;
}

/** Connects with warn 1 s / countdown 10 s, starts the timer and lets the whole countdown run. */
async function idleUntilKicked(): Promise<{ code?: number; reason?: string }> {
  const { socket } = await openWithAfk(sdk);
  const received = closeReceived(socket);
  startAfkTimer(sdk.ps);
  await vi.advanceTimersByTimeAsync(1_000 + 9_500);
  expect(received).toEqual({});
  await vi.advanceTimersByTimeAsync(600);
  await until(() => expect(received.code).toBe(1000));
  return received;
}

/** Lets 3 s pass on both clocks: the SDK's and the close store's timers, and real sockets. */
async function threeSecondsLater(): Promise<void> {
  await vi.advanceTimersByTimeAsync(3_000);
  await sleep(100);
}

describe('the idle kick on the real SDK', () => {
  it('ends in the idle close: Resume offered, no automatic reconnect, no warning left', async () => {
    const events = recordAfkEvents(sdk.ps);
    const { result } = renderHook(() => ({
      idle: useArcwareIdleWarning(sdk.ps),
      close: useArcwareCloseState(sdk.ps),
    }));
    // What the warning shows at the moment the SDK times out, before the socket closes.
    const { store } = followIdle(sdk);
    let atTimeout: { active: boolean; socket: number } | null = null;
    sdk.ps.addEventListener('afkTimedOut', () => {
      atTimeout = { active: store.getSnapshot().active, socket: sdk.ps.websocketState };
    });

    const received = await idleUntilKicked();
    expect(received).toEqual({ code: 1000, reason: IDLE_REASON });
    expect(events.slice(-2)).toEqual([
      { type: 'afkWarningUpdate', countDown: 1 },
      { type: 'afkTimedOut' },
    ]);
    expect(atTimeout).toEqual({ active: false, socket: 1 });

    await until(() => expect(result.current.close.status).toBe('closed'));
    expect(result.current.close.close).toMatchObject({
      code: 1000,
      category: 'idle',
      source: 'idle-timeout',
      retry: 'manual',
    });
    expect(result.current.close.close?.actions).toContain('reconnect');
    expect(result.current.idle).toMatchObject({ active: false, secondsLeft: null, endsAt: null });

    await threeSecondsLater();
    expect(sdk.server.upgrades).toHaveLength(1);
    expect(result.current.close).toMatchObject({ status: 'closed', attempt: 0, retryAt: null });
    expect(result.current.idle.active).toBe(false);
  });

  it('shows <CloseOverlay pixelStreaming> with a Resume button that reconnects', async () => {
    function IdleBadge() {
      const { active, secondsLeft } = useArcwareIdleWarning(sdk.ps);
      return <output data-testid="idle">{active ? String(secondsLeft) : 'off'}</output>;
    }
    render(
      <>
        <IdleBadge />
        <CloseOverlay pixelStreaming={sdk.ps} />
      </>,
    );
    await warned(sdk);
    await until(() => expect(screen.getByTestId('idle')).toHaveTextContent('10'));
    await vi.advanceTimersByTimeAsync(10_100);
    const dialog = await screen.findByRole('alertdialog', { name: 'Stream paused' });
    expect(dialog).toHaveAttribute('data-code', '1000');
    expect(screen.getByTestId('idle')).toHaveTextContent('off');
    await threeSecondsLater();
    expect(sdk.server.upgrades).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await vi.advanceTimersByTimeAsync(2_500);
    await until(() => expect(sdk.server.upgrades).toHaveLength(2));
  });
});

import {
  VideoInitializedEvent,
  WebRtcConnectedEvent,
  WebRtcSdpEvent,
} from '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useArcwareCloseState } from '../../src/react/use-arcware-close-state.js';
import { StreamOverlay } from '../../src/ui/stream-overlay.js';
import { AFK, startAfkTimer, streamInfo, until } from '../support/idle-sdk.js';
import { sleep, withRealSdk } from '../support/real-sdk.js';
import { send } from '../support/signalling-server.js';
import { QUEUE, connectOpen, keepSockets, letter, queueMessage } from '../support/startup-sdk.js';

const sdk = withRealSdk({ testClock: true });

/** A status bar elsewhere on the page, on the same stream: it must not add a subscription. */
function StatusBar() {
  const { status } = useArcwareCloseState(sdk.ps);
  return <p data-testid="status">{status}</p>;
}

const dispatch = (event: Parameters<typeof sdk.ps.dispatchEvent>[0]) =>
  act(() => void sdk.ps.dispatchEvent(event));

describe('<StreamOverlay> over the whole life of one real stream', () => {
  it('walks start-up, playing, the idle warning and the close', async () => {
    render(
      <StrictMode>
        <div style={{ position: 'relative' }}>
          <StreamOverlay pixelStreaming={sdk.ps} />
        </div>
        <StatusBar />
      </StrictMode>,
    );
    expect(screen.queryByRole('status')).toBeNull();
    const sockets = keepSockets(sdk);
    const socket = await connectOpen(sdk, sockets);

    send(socket, queueMessage(QUEUE));
    await until(() =>
      expect(screen.getByRole('status')).toHaveTextContent('You are number 3 in line (of 5)'),
    );
    send(socket, letter('LL: Loading level 2 of 3'));
    await until(() => expect(screen.getByRole('status')).toHaveTextContent('Loading level 2 of 3'));
    expect(screen.getByRole('status')).not.toHaveTextContent(/in line/);

    await dispatch(new WebRtcSdpEvent());
    await dispatch(new WebRtcConnectedEvent());
    await until(() => expect(screen.getByRole('status')).toHaveTextContent('Waiting for video…'));
    await dispatch(new VideoInitializedEvent());
    await until(() => expect(screen.queryByRole('status')).toBeNull());

    send(socket, streamInfo(AFK));
    await until(() => expect(sdk.ps.config.getNumericSettingValue('AFKTimeout')).toBe(1));
    startAfkTimer(sdk.ps);
    await vi.advanceTimersByTimeAsync(1_500);
    const warning = await screen.findByRole('alertdialog', { name: 'Are you still there?' });
    expect(warning).toHaveTextContent(/The stream ends in (10|9) seconds/);

    // Nobody answers: the countdown runs out and the idle close takes over.
    await vi.advanceTimersByTimeAsync(10_500);
    await until(() =>
      expect(screen.getByRole('alertdialog', { name: 'Stream paused' })).toBeVisible(),
    );
    expect(screen.queryByRole('alertdialog', { name: 'Are you still there?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible();
    expect(screen.getByTestId('status')).toHaveTextContent('closed');
    await vi.advanceTimersByTimeAsync(3_000);
    await sleep(100);
    expect(sdk.server.upgrades).toHaveLength(1);

    // Resume reconnects once, and start-up begins again.
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .click(screen.getByRole('button', { name: 'Resume' }));
    await until(() => expect(sdk.server.upgrades).toHaveLength(2));
    // The close overlay says it is reconnecting until the backend accepts the new socket.
    expect(screen.getByRole('alertdialog', { name: 'Reconnecting…' })).toBeVisible();
    send(sockets[1]!, { type: 'sessionId', sessionId: 'second' });
    await until(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Preparing the stream…'),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

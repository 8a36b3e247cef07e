import {
  PlayStreamEvent,
  PlayStreamRejectedEvent,
  VideoInitializedEvent,
  WebRtcConnectedEvent,
  WebRtcSdpEvent,
} from '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StartupOverlay } from '../../src/ui/startup-overlay.js';
import { withRealSdk } from '../support/real-sdk.js';
import { send } from '../support/signalling-server.js';
import { connectOpen, keepSockets, letter, QUEUE, queueMessage } from '../support/startup-sdk.js';

const sdk = withRealSdk();

/** Visible text only: the live nodes say the same words again for screen readers. */
const visible = { ignore: 'script, style, [data-part="announcement"] *, [data-part="details"] *' };
const findVisible = (text: string) => screen.findByText(text, visible, { timeout: 3_000 });

describe('<StartupOverlay pixelStreaming> on the real SDK', () => {
  it('shows the queue, the progress letter as text, Start on a refused autoplay, then goes', async () => {
    const sockets = keepSockets(sdk);
    const { container } = render(<StartupOverlay pixelStreaming={sdk.ps} />);
    expect(container).toBeEmptyDOMElement();
    const socket = await connectOpen(sdk, sockets);
    await findVisible('Connecting to the stream…');

    // The lifecycle doc's message: third of five, 40 s to go.
    send(socket, queueMessage(QUEUE));
    await findVisible('You are number 3 in line (of 5)');
    expect(screen.getByText('Less than a minute', visible)).toBeInTheDocument();

    send(socket, letter('LL: <img src=x onerror=alert(1)> Starting'));
    expect((await findVisible('<img src=x onerror=alert(1)> Starting')).tagName).toBe('BDI');
    expect(container.querySelector('img')).toBeNull();

    act(() => void sdk.ps.dispatchEvent(new WebRtcSdpEvent()));
    expect(screen.getByText('Setting up video…', visible)).toBeInTheDocument();
    act(() => void sdk.ps.dispatchEvent(new WebRtcConnectedEvent()));
    expect(screen.getByText('Waiting for video…', visible)).toBeInTheDocument();
    act(
      () => void sdk.ps.dispatchEvent(new PlayStreamRejectedEvent({ reason: 'NotAllowedError' })),
    );
    const play = vi.spyOn(sdk.ps, 'play');
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(play).toHaveBeenCalledTimes(1);

    // What a browser that accepts play() dispatches next (jsdom's video has no source).
    act(() => void sdk.ps.dispatchEvent(new PlayStreamEvent()));
    expect(screen.queryByRole('button')).toBeNull();
    act(() => void sdk.ps.dispatchEvent(new VideoInitializedEvent()));
    expect(container).toBeEmptyDOMElement();
  });
});

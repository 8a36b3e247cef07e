import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { withRealSdk } from '../support/real-sdk.js';

const sdk = withRealSdk();

describe('<CloseOverlay pixelStreaming> on the real SDK', () => {
  it('shows a rejection the server sends right after connecting (4450)', async () => {
    sdk.server.setScript((socket) => setTimeout(() => socket.close(4450, 'Unauthorized'), 50));
    render(<CloseOverlay pixelStreaming={sdk.ps} />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    sdk.ps.connect();
    const dialog = await screen.findByRole(
      'alertdialog',
      { name: 'Access denied' },
      { timeout: 8_000 },
    );
    expect(dialog).toHaveAttribute('data-code', '4450');
    await userEvent.click(screen.getByText('Details'));
    expect(screen.getByText('Unauthorized').tagName).toBe('BDI');
  });

  it('offers a new session after the maximum run time and starts one when asked', async () => {
    sdk.server.setScript((socket, index) => {
      if (index === 0) setTimeout(() => socket.close(4461, 'Max runtime reached'), 50);
    });
    render(<CloseOverlay pixelStreaming={sdk.ps} locale="de-CH" />);
    sdk.ps.connect();
    await screen.findByRole('alertdialog', { name: 'Your stream has ended' }, { timeout: 8_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await waitFor(() => expect(sdk.server.upgrades).toHaveLength(2), { timeout: 8_000 });
  });
});

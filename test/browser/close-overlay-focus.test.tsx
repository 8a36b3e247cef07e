import '../../src/styles.css';
import { cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { describeCloseCode } from '../../src/core/describe-close-code.js';
import { IDLE_STATE, type CloseState } from '../../src/core/close-state.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { StreamStage } from './stream-stage.js';

afterEach(() => cleanup());

function closed(code: number): CloseState {
  const close = {
    ...describeCloseCode(code),
    reason: '',
    wasClean: true,
    at: 0,
    source: 'server' as const,
  };
  return { ...IDLE_STATE, status: 'closed', close };
}

/** A host page: a button outside the stream, the stream, and a switch for the close state. */
function Host({ modal = false, dismiss = vi.fn() }: { modal?: boolean; dismiss?: () => void }) {
  const [state, setState] = useState<CloseState>(IDLE_STATE);
  return (
    <>
      <button onClick={() => setState(closed(1000))}>outside</button>
      <button onClick={() => setState(IDLE_STATE)}>recover</button>
      <StreamStage>
        <CloseOverlay
          state={{ ...state, dismiss, reconnect: () => setState(IDLE_STATE) }}
          modal={modal}
        />
      </StreamStage>
    </>
  );
}

/** Shows the overlay from inside the stream: focus is on the video when the close arrives. */
async function closeWhileWatching(): Promise<HTMLElement> {
  const video = screen.getByTestId('video');
  video.focus();
  // The close arrives from the stream, not from a click: trigger it without moving focus.
  screen.getByRole('button', { name: 'outside' }).click();
  await vi.waitFor(() => expect(screen.getByRole('alertdialog')).toBeInTheDocument());
  return video;
}

describe('focus in the stream container', () => {
  it('moves to the primary action when focus was in the stream, and returns when it goes', async () => {
    render(<Host />);
    const video = await closeWhileWatching();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reconnect' }));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(video);
  });

  it('hands focus to the new primary action when the focused one goes away', async () => {
    function Retrying() {
      const [state, setState] = useState<CloseState>(closed(1000));
      const reconnect = () => setState({ ...state, status: 'reconnecting' });
      return (
        <StreamStage>
          <CloseOverlay state={{ ...state, reconnect }} />
        </StreamStage>
      );
    }
    render(<Retrying />);
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    await vi.waitFor(() => expect(screen.getByText('Connecting…')).toBeInTheDocument());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hide message' }));
  });

  it('stays where it was when focus was elsewhere on the page', async () => {
    render(<Host />);
    const outside = screen.getByRole('button', { name: 'outside' });
    await userEvent.click(outside);
    await vi.waitFor(() => expect(screen.getByRole('alertdialog')).toBeInTheDocument());
    expect(document.activeElement).toBe(outside);
  });

  it('Escape dismisses when dismiss is an action', async () => {
    const dismiss = vi.fn();
    render(<Host dismiss={dismiss} />);
    await closeWhileWatching();
    await userEvent.keyboard('{Escape}');
    expect(dismiss).toHaveBeenCalledTimes(1);
  });

  it('every action is reachable with Tab, and Tab leaves a non-modal overlay', async () => {
    render(<Host />);
    await closeWhileWatching();
    const seen: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      seen.push(document.activeElement?.textContent ?? '');
      await userEvent.keyboard('{Tab}');
    }
    expect(seen.slice(0, 3)).toEqual(['Reconnect', 'Hide message', 'Details']);
    expect(screen.getByRole('alertdialog').contains(document.activeElement)).toBe(false);
  });
});

describe('page-modal', () => {
  it('takes focus, traps Tab inside and makes the rest of the page inert', async () => {
    render(<Host modal />);
    await userEvent.click(screen.getByRole('button', { name: 'outside' }));
    const dialog = await vi.waitFor(() => screen.getByRole('alertdialog'));
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reconnect' }));
    const page = screen.getByTestId('stage').closest('body > *') as HTMLElement;
    expect(page.inert).toBe(true);
    for (let i = 0; i < 7; i += 1) {
      await userEvent.keyboard('{Tab}');
      expect(
        dialog.contains(document.activeElement),
        `after ${i + 1} Tab: ${document.activeElement?.outerHTML.slice(0, 80)}`,
      ).toBe(true);
    }
    screen.getByRole('button', { name: 'Reconnect' }).focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement?.textContent).toBe('Details');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reconnect' }));
  });

  it('gives the page back and restores focus when the overlay goes', async () => {
    render(<Host modal />);
    const outside = screen.getByRole('button', { name: 'outside' });
    await userEvent.click(outside);
    await vi.waitFor(() => screen.getByRole('alertdialog'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((screen.getByTestId('stage').closest('body > *') as HTMLElement).inert).toBe(false);
    expect(document.activeElement).toBe(outside);
  });
});

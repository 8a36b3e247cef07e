import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_STATE } from '../../src/core/close-state.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { closeInfo, closedState, reconnectingState, spyControls } from './close-state-fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('CloseOverlay per category', () => {
  it('renders nothing while idle', () => {
    const { container } = render(<CloseOverlay state={{ ...IDLE_STATE, ...spyControls() }} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders nothing for a transient close (the client replaced its own socket)', () => {
    const { container } = render(<CloseOverlay state={closedState(4507)} />);
    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    [1000, 'The stream has ended', 'The connection was closed.', ['Reconnect', 'Hide message']],
    [4450, 'Access denied', 'You are not authorized to view this stream.', ['Reload the page']],
    [4453, 'Stream unavailable', 'The account that provides this stream is suspended.', []],
    [4471, 'This stream is unavailable', 'This stream could not be found.', []],
    [4607, 'Stream unavailable', 'This link has no streaming time left.', []],
    [
      4461,
      'Your stream has ended',
      'This stream reached its maximum viewing time.',
      ['Start again', 'Hide message'],
    ],
    [
      4506,
      'Stream paused',
      'The stream paused because you were inactive for a while.',
      ['Resume', 'Hide message'],
    ],
    [
      1015,
      'Connection lost',
      'A secure connection to the server could not be established.',
      ['Reconnect'],
    ],
    [
      4608,
      'Something went wrong on our side',
      'Something went wrong with this link.',
      ['Reconnect'],
    ],
    [
      1002,
      'Connection error',
      'The connection broke because of a communication error.',
      ['Reconnect', 'Reload the page'],
    ],
    [
      4321,
      'The stream has stopped',
      'The connection was closed by the streaming service.',
      ['Reconnect'],
    ],
    [2500, 'Connection error', 'The connection closed for an unexpected reason.', ['Reconnect']],
  ])(
    'code %i shows its title, description and actions in order',
    (code, title, description, actions) => {
      render(<CloseOverlay state={{ ...closedState(code), ...spyControls() }} />);
      const dialog = screen.getByRole('alertdialog', { name: title });
      expect(dialog).toHaveAccessibleDescription(description);
      const buttons = within(dialog)
        .getAllByRole('button')
        .filter((button) => button.closest('details') === null)
        .map((button) => button.textContent);
      expect(buttons).toEqual(actions);
    },
  );

  it('labels the browser idle timeout as a pause with Resume', () => {
    const state = { ...closedState(1000), close: closeInfo(1000, { source: 'idle-timeout' }) };
    render(<CloseOverlay state={state} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Stream paused' });
    expect(dialog).toHaveAccessibleDescription(
      'The stream paused because you were inactive for a while.',
    );
    expect(dialog).toHaveAttribute('data-category', 'idle');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('offers Try again and says how many attempts failed once retries ran out', () => {
    render(<CloseOverlay state={closedState(1006, { gaveUp: true, attempt: 5 })} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveAttribute(
      'data-variant',
      'primary',
    );
    expect(screen.getByText('Could not reconnect after 5 attempts.')).toBeInTheDocument();
  });

  it('carries data-status, data-category, data-code and data-severity on root and parts', () => {
    render(<CloseOverlay state={closedState(4450)} />);
    const dialog = screen.getByRole('alertdialog');
    for (const element of [dialog, screen.getByRole('heading')]) {
      expect(element).toHaveAttribute('data-status', 'closed');
      expect(element).toHaveAttribute('data-category', 'access');
      expect(element).toHaveAttribute('data-code', '4450');
      expect(element).toHaveAttribute('data-severity', 'error');
    }
  });
});

describe('CloseOverlay while reconnecting', () => {
  it('counts down by itself with fake timers, without the host re-rendering', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const host = vi.fn();
    function Host() {
      host();
      return <CloseOverlay state={reconnectingState(1006, { attempt: 1, retryAt: 1_004_000 })} />;
    }
    render(<Host />);
    const status = screen.getByText(/Reconnecting in/).parentElement;
    expect(status).toHaveTextContent('Reconnecting in 4 seconds Attempt 2 of 5');
    expect(status).toHaveAttribute('aria-live', 'off');
    act(() => vi.advanceTimersByTime(1000));
    expect(status).toHaveTextContent('Reconnecting in 3 seconds');
    act(() => vi.advanceTimersByTime(2000));
    expect(status).toHaveTextContent('Reconnecting in 1 second Attempt 2 of 5');
    act(() => vi.advanceTimersByTime(1000));
    expect(status).toHaveTextContent('Reconnecting in 0 seconds');
    expect(host).toHaveBeenCalledTimes(1);
  });

  it('reads the injected clock', () => {
    render(
      <CloseOverlay state={reconnectingState(1006, { retryAt: 60_000 })} now={() => 50_500} />,
    );
    expect(screen.getByText('Reconnecting in 10 seconds')).toBeInTheDocument();
  });

  it('says plainly that the viewer is offline while a retry waits for the network', () => {
    render(<CloseOverlay state={reconnectingState(1006, { waitingFor: 'online' })} />);
    expect(
      screen.getByText('You are offline. The stream will reconnect when you are back online.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('alertdialog', { name: 'Reconnecting…' })).toBeInTheDocument();
  });

  it('says Connecting while an attempt is under way and hides Reconnect then', () => {
    render(<CloseOverlay state={reconnectingState(1006)} />);
    expect(screen.getByText('Connecting…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reconnect' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Hide message' })).toBeInTheDocument();
  });
});

describe('CloseOverlay actions', () => {
  it.each([
    ['Reconnect', 1000, 'reconnect'],
    ['Hide message', 1000, 'dismiss'],
    ['Start again', 4461, 'newSession'],
    ['Stop reconnecting', 1006, 'cancelRetry'],
  ] as const)('%s calls the hook action', async (name, code, method) => {
    const controls = spyControls();
    const state =
      name === 'Stop reconnecting'
        ? { ...reconnectingState(code, { retryAt: Date.now() + 5000 }), ...controls }
        : { ...closedState(code), ...controls };
    render(<CloseOverlay state={state} />);
    await userEvent.click(screen.getByRole('button', { name }));
    expect(controls[method]).toHaveBeenCalledTimes(1);
    const others = Object.entries(controls).filter(([key]) => key !== method);
    for (const [, spy] of others) expect(spy).not.toHaveBeenCalled();
  });

  it('Escape dismisses where dismiss is an action, and not elsewhere', async () => {
    const controls = spyControls();
    const { rerender } = render(<CloseOverlay state={{ ...closedState(1000), ...controls }} />);
    screen.getByRole('button', { name: 'Reconnect' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(controls.dismiss).toHaveBeenCalledTimes(1);
    rerender(<CloseOverlay state={{ ...closedState(4450), ...controls }} />);
    screen.getByRole('button', { name: 'Reload the page' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(controls.dismiss).toHaveBeenCalledTimes(1);
  });

  it('onAction observes every action with the close', async () => {
    const controls = spyControls();
    const onAction = vi.fn();
    render(<CloseOverlay state={{ ...closedState(1000), ...controls }} onAction={onAction} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(onAction).toHaveBeenCalledWith('reconnect', expect.objectContaining({ code: 1000 }));
    expect(controls.reconnect).toHaveBeenCalledTimes(1);
  });

  it('onAction returning false replaces the built-in behaviour', async () => {
    const controls = spyControls();
    const onAction = vi.fn(() => false);
    render(<CloseOverlay state={{ ...closedState(4450), ...controls }} onAction={onAction} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(onAction).toHaveBeenCalledWith('reload', expect.objectContaining({ code: 4450 }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(onAction).toHaveBeenCalledWith('copy-details', expect.anything());
    expect(screen.queryByRole('button', { name: 'Copied' })).toBeNull();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CloseState } from '../../src/core/close-state.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { closedState, closeInfo, reconnectingState } from './close-state-fixtures.js';

/** A state a careless host might build by hand; typed loosely on purpose. */
const loose = (value: unknown): CloseState => value as CloseState;

describe('bad state from a host never throws and ends in a visible, sensible overlay', () => {
  it('an unknown category, missing actions and a non-string name', async () => {
    const close = {
      ...closeInfo(4450),
      category: 'bogus',
      actions: null,
      name: { x: 1 },
      known: 'yes',
    };
    render(<CloseOverlay state={loose({ ...closedState(4450), close })} />);
    const dialog = screen.getByRole('alertdialog', { name: 'The stream has stopped' });
    expect(dialog).toHaveAttribute('data-category', 'unknown');
    expect(screen.queryAllByRole('button').filter((b) => !b.closest('details'))).toEqual([]);
    await userEvent.click(screen.getByText('Details'));
    expect(screen.getByText('Name').nextElementSibling).toHaveTextContent('None');
  });

  it('unknown and duplicated actions are dropped', () => {
    const close = { ...closeInfo(1000), actions: ['dismiss', 'launch-missiles', 'dismiss', 7] };
    render(<CloseOverlay state={loose({ ...closedState(1000), close })} />);
    expect(screen.getAllByRole('button', { name: 'Hide message' })).toHaveLength(1);
  });

  it('a garbage retry time and attempt counts show Connecting, not NaN', () => {
    render(
      <CloseOverlay
        state={loose({
          ...reconnectingState(1006),
          retryAt: 'soon',
          attempt: NaN,
          maxAttempts: '5',
        })}
      />,
    );
    expect(screen.getByText('Connecting…')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('a huge hostile reason is cut to 123 bytes and shown as text', async () => {
    const reason = `<script>alert(1)</script>${'x'.repeat(1_000_000)}`;
    render(<CloseOverlay state={{ ...closedState(4666), close: closeInfo(4666, { reason }) }} />);
    await userEvent.click(screen.getByText('Details'));
    const shown = screen.getByText(/^<script>/);
    expect(new TextEncoder().encode(shown.textContent ?? '').length).toBeLessThanOrEqual(123);
    expect(document.querySelector('script')).toBeNull();
  });

  it('an unknown status renders nothing', () => {
    const { container } = render(
      <CloseOverlay state={loose({ ...closedState(1000), status: 'weird' })} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

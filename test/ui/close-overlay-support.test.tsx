import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { prefillMailto, safeSupportHref } from '../../src/ui/support-href.js';
import { closedState, closeInfo } from './close-state-fixtures.js';

afterEach(() => vi.restoreAllMocks());

describe('support link', () => {
  it.each(['https://help.example.com/stream', 'tel:+41441234567'])('shows %s as a link', (href) => {
    render(<CloseOverlay state={closedState(4450)} supportHref={href} />);
    const link = screen.getByRole('link', { name: 'Contact support' });
    expect(link).toHaveAttribute('href', new URL(href).href);
    expect(link).toHaveAttribute('data-variant', 'primary');
  });

  it('opens https support pages in a new tab without an opener', () => {
    render(<CloseOverlay state={closedState(4450)} supportHref="https://help.example.com/" />);
    const link = screen.getByRole('link', { name: 'Contact support' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://help.example.com/',
    '/support',
    'not a url',
    'vbscript:msgbox(1)',
  ])('renders no link for %j and warns once', (href) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<CloseOverlay state={closedState(4450)} supportHref={href} />);
    rerender(<CloseOverlay state={closedState(1008)} supportHref={href} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Contact support' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toHaveAttribute(
      'data-variant',
      'primary',
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('supportHref');
  });

  it('a non-string href is ignored without throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeSupportHref({ toString: () => 'https://x.example' })).toBeNull();
    expect(safeSupportHref(undefined)).toBeNull();
  });

  it('prefills a mailto link with the subject and the details in the body', () => {
    const close = closeInfo(4450, { reason: 'Bad token & more' });
    render(
      <CloseOverlay
        state={{ ...closedState(4450), close }}
        supportHref="mailto:help@example.com"
      />,
    );
    const href = screen.getByRole('link', { name: 'Contact support' }).getAttribute('href') ?? '';
    const [address, query] = href.split('?');
    expect(address).toBe('mailto:help@example.com');
    const fields = new Map(
      (query ?? '').split('&').map((field) => {
        const [key = '', value = ''] = field.split('=');
        return [key, decodeURIComponent(value)];
      }),
    );
    expect(fields.get('subject')).toBe('Stream disconnected (code 4450)');
    expect(fields.get('body')).toContain('Hello, my stream was disconnected. Details:');
    expect(fields.get('body')).toContain('Code: 4450');
    expect(fields.get('body')).toContain('Server message: Bad token & more');
    expect(fields.get('body')).toContain('Time: 2025-01-02T03:04:05.000Z');
    expect(href).not.toContain(' ');
  });

  it('keeps a mailto query the host wrote and appends to its body', () => {
    const href = prefillMailto('mailto:a@example.com?subject=Hi%20there&body=Ref%2042', 'S', 'D');
    expect(href).toBe('mailto:a@example.com?subject=Hi%20there&body=Ref%2042%0D%0A%0D%0AD');
  });

  it('onContactSupport makes contact support a button that receives the close', async () => {
    const onContactSupport = vi.fn();
    render(<CloseOverlay state={closedState(4450)} onContactSupport={onContactSupport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(onContactSupport).toHaveBeenCalledWith(expect.objectContaining({ code: 4450 }));
  });

  it('onAction returning false keeps a support link from navigating', async () => {
    const onAction = vi.fn(() => false);
    render(
      <CloseOverlay state={closedState(4450)} supportHref="tel:+411234" onAction={onAction} />,
    );
    const link = screen.getByRole('link', { name: 'Contact support' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(onAction).toHaveBeenCalledWith(
      'contact-support',
      expect.objectContaining({ code: 4450 }),
    );
  });
});

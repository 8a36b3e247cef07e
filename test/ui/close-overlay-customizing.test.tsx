import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { fr } from '../../src/locales/fr.js';
import { ja } from '../../src/locales/ja.js';
import type { CloseLocale } from '../../src/locales/types.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { CloseOverlayActions, CloseOverlayTitle } from '../../src/ui/close-overlay-parts.js';
import { closedState, closeInfo, spyControls } from './close-state-fixtures.js';

describe('recomposing and replacing the body', () => {
  it('a render function draws a fully custom body with working actions', async () => {
    const controls = spyControls();
    render(
      <CloseOverlay state={{ ...closedState(4461), ...controls }}>
        {({ title, description, actions, close }) => (
          <section>
            <h3>{title}</h3>
            <p>{`${description} (${close.name})`}</p>
            {actions.map(({ action, label, run }) => (
              <button key={action} onClick={run}>
                {`→ ${label}`}
              </button>
            ))}
          </section>
        )}
      </CloseOverlay>,
    );
    expect(screen.getByRole('alertdialog', { name: 'Your stream has ended' })).toBeInTheDocument();
    expect(screen.getByText('This stream reached its maximum viewing time. (MAX_RUNTIME)'));
    expect(screen.queryByRole('group')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '→ Start again' }));
    expect(controls.newSession).toHaveBeenCalledTimes(1);
  });

  it('parts passed as children replace the default body', () => {
    render(
      <CloseOverlay state={closedState(1000)}>
        <CloseOverlayActions />
        <CloseOverlayTitle />
      </CloseOverlay>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'The stream has ended' });
    expect(dialog.textContent).toBe('ReconnectHide messageThe stream has ended');
  });

  it('parts outside an overlay render nothing', () => {
    const { container } = render(<CloseOverlayTitle />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('styling through props', () => {
  it('has default class names and the data-styled flag', () => {
    render(<CloseOverlay state={closedState(1000)} />);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveClass('arc-close-overlay');
    expect(dialog).toHaveAttribute('data-styled');
    expect(screen.getByRole('heading')).toHaveClass('arc-close-overlay__title');
  });

  it('unstyled drops every default class name and the data-styled flag', () => {
    render(<CloseOverlay state={closedState(1000)} unstyled classNames={{ title: 'mine' }} />);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).not.toHaveAttribute('data-styled');
    expect(dialog.className).toBe('');
    expect(dialog.querySelectorAll('[class*="arc-close-overlay"]')).toHaveLength(0);
    expect(screen.getByRole('heading')).toHaveAttribute('class', 'mine');
  });

  it('classNames add to the defaults per slot, and className to the root', () => {
    render(
      <CloseOverlay
        state={closedState(1000)}
        className="host-root"
        classNames={{ root: 'r', title: 't', action: 'a', details: 'd' }}
      />,
    );
    expect(screen.getByRole('alertdialog')).toHaveAttribute(
      'class',
      'arc-close-overlay r host-root',
    );
    expect(screen.getByRole('heading')).toHaveAttribute('class', 'arc-close-overlay__title t');
    expect(screen.getByRole('button', { name: 'Reconnect' })).toHaveClass(
      'arc-close-overlay__action',
      'a',
    );
    expect(screen.getByRole('group')).toHaveClass('d');
  });

  it('theme becomes custom properties and a colour-scheme attribute on the root', () => {
    render(
      <CloseOverlay
        state={closedState(1000)}
        theme={{
          accent: '#ff0055',
          background: 'rgb(1 2 3)',
          radius: 4,
          fontFamily: 'Inter, sans-serif',
          zIndex: 40,
          colorScheme: 'dark',
          muted: '',
        }}
      />,
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.style.getPropertyValue('--arc-accent')).toBe('#ff0055');
    expect(dialog.style.getPropertyValue('--arc-bg')).toBe('rgb(1 2 3)');
    expect(dialog.style.getPropertyValue('--arc-radius')).toBe('4px');
    expect(dialog.style.getPropertyValue('--arc-font')).toBe('Inter, sans-serif');
    expect(dialog.style.getPropertyValue('--arc-z')).toBe('40');
    expect(dialog.style.getPropertyValue('--arc-muted')).toBe('');
    expect(dialog).toHaveAttribute('data-color-scheme', 'dark');
  });

  it('defaults to the system colour scheme', () => {
    render(<CloseOverlay state={closedState(1000)} />);
    expect(screen.getByRole('alertdialog')).toHaveAttribute('data-color-scheme', 'system');
  });
});

describe('language', () => {
  it('resolves de-CH to German and sets lang and dir', () => {
    render(<CloseOverlay state={closedState(4461)} locale="de-CH" locales={[de, ar]} />);
    const dialog = screen.getByRole('alertdialog', {
      name: de.messages['title.session'] as string,
    });
    expect(dialog).toHaveAttribute('lang', 'de-CH');
    expect(dialog).toHaveAttribute('dir', 'ltr');
  });

  it('takes a locale object directly; Arabic is right-to-left', () => {
    render(<CloseOverlay state={closedState(1000)} locale={ar} />);
    const dialog = screen.getByRole('alertdialog', { name: ar.messages['title.normal'] as string });
    expect(dialog).toHaveAttribute('lang', 'ar');
    expect(dialog).toHaveAttribute('dir', 'rtl');
  });

  it('falls back to English for a tag it has no locale for, or a malformed one', () => {
    const { rerender } = render(
      <CloseOverlay state={closedState(1000)} locale="sv-SE" locales={[de]} />,
    );
    expect(screen.getByRole('alertdialog')).toHaveAttribute('lang', 'en');
    rerender(<CloseOverlay state={closedState(1000)} locale="%%%" locales={[de]} />);
    expect(screen.getByRole('alertdialog', { name: 'The stream has ended' })).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('falls back to its English, the shared Reconnect included, for keys a locale lacks', () => {
    const partial = { locale: 'de', dir: 'ltr', messages: {} } as unknown as CloseLocale;
    render(<CloseOverlay state={closedState(1000)} locale={partial} />);
    expect(screen.getByRole('alertdialog', { name: 'The stream has ended' })).toHaveAttribute(
      'lang',
      'de',
    );
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeInTheDocument();
  });

  it('messages override a subset; the rest stays built in', () => {
    render(
      <CloseOverlay state={closedState(1000)} messages={{ 'action.reconnect': 'Play again' }} />,
    );
    expect(screen.getByRole('button', { name: 'Play again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide message' })).toBeInTheDocument();
  });

  it('a host t wins, and falls back when it returns nothing or the key itself', () => {
    const t = vi.fn((key: string) =>
      key === 'title.normal' ? 'Fin du flux' : key === 'action.dismiss' ? key : undefined,
    );
    render(<CloseOverlay state={closedState(1000)} t={t} />);
    expect(screen.getByRole('alertdialog', { name: 'Fin du flux' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide message' })).toBeInTheDocument();
    expect(t).toHaveBeenCalledWith('title.normal', undefined);
  });

  it('passes plural values to the host t', () => {
    const t = vi.fn(() => undefined);
    render(<CloseOverlay state={closedState(1006, { gaveUp: true, attempt: 3 })} t={t} />);
    expect(t).toHaveBeenCalledWith('status.gaveUp', { count: 3 });
    expect(screen.getByText('Could not reconnect after 3 attempts.')).toBeInTheDocument();
  });
});

describe('details', () => {
  it('shows code, name, time and a hostile reason as plain, isolated text', async () => {
    const reason = '<img src=x onerror=alert(1)>\u202Egnp.exe';
    const close = closeInfo(4666, { reason });
    render(<CloseOverlay state={{ ...closedState(4666), close }} />);
    await userEvent.click(screen.getByText('Details'));
    const shown = screen.getByText('<img src=x onerror=alert(1)>gnp.exe');
    expect(shown.tagName).toBe('BDI');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('CLOSE_INTERNAL_SERVER_ERROR')).toBeInTheDocument();
    expect(screen.getByText('4666')).toBeInTheDocument();
  });

  it('copy details writes them to the clipboard and says Copied', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CloseOverlay state={closedState(4450)} />);
    await user.click(screen.getByText('Details'));
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument());
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Name: UNAUTHORIZED'));
  });

  it.each([
    [fr, 'Nom\u00a0: UNAUTHORIZED'],
    [ja, '名前：UNAUTHORIZED'],
  ])('copied details use the locale separator ($locale)', async (locale, line) => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CloseOverlay state={closedState(4450)} locale={locale} />);
    await user.click(screen.getByText(locale.messages['details.summary'] as string));
    await user.click(
      screen.getByRole('button', { name: locale.messages['action.copyDetails'] as string }),
    );
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]?.[0].split('\n')).toContain(line);
  });

  it('copy details without a clipboard does nothing and does not throw', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<CloseOverlay state={closedState(4450)} />);
    await userEvent.click(screen.getByText('Details'));
    await act(async () => screen.getByRole('button', { name: 'Copy details' }).click());
    expect(screen.getByRole('button', { name: 'Copy details' })).toBeInTheDocument();
  });

  it('an invalid close time shows None instead of throwing', async () => {
    const close = closeInfo(1006, { at: Number.NaN });
    render(<CloseOverlay state={{ ...closedState(1006), close }} />);
    await userEvent.click(screen.getByText('Details'));
    expect(screen.getByText('Time').nextElementSibling).toHaveTextContent('None');
  });
});

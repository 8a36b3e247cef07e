import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  IDLE_STARTUP,
  type QueuePosition,
  type StartupPhase,
  type StartupState,
} from '../../src/core/startup-state.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import type { CloseLocale } from '../../src/locales/types.js';
import { StartupOverlay, type StartupOverlayState } from '../../src/ui/startup-overlay.js';
import { ScriptedStream } from '../support/scripted-stream.js';

/** A start-up state in `phase`, as the hook would hold it. */
const startup = (phase: StartupPhase, extra: Partial<StartupState> = {}): StartupState => ({
  ...IDLE_STARTUP,
  phase,
  since: 1_000,
  ...extra,
});

/** Queued at `position`, with the rest of the queue as given. */
const queued = (queue: Partial<QueuePosition> = {}): StartupState =>
  startup('queued', {
    queue: { position: 3, length: 5, estimatedWaitMs: 120_000, waitedMs: 0, ...queue },
  });

/** A state a careless host might build by hand; typed loosely on purpose. */
const loose = (value: unknown): StartupOverlayState => value as StartupOverlayState;

const root = (): HTMLElement => screen.getByRole('status');
const announced = (part: 'announcement' | 'details'): string =>
  root().querySelector(`[data-part="${part}"]`)?.textContent ?? '';

afterEach(() => {
  vi.useRealTimers();
});

describe('what each phase shows, in English', () => {
  it.each(['idle', 'playing'] as const)('renders nothing while %s', (phase) => {
    const { container } = render(<StartupOverlay state={startup(phase)} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders nothing for a stream that does not exist yet', () => {
    const { container } = render(<StartupOverlay pixelStreaming={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    ['connecting', 'Connecting to the stream…'],
    ['preparing', 'Preparing the stream…'],
    ['negotiating', 'Setting up video…'],
    ['waiting-for-video', 'Waiting for video…'],
  ] as const)('%s: "%s", no action', (phase, text) => {
    render(<StartupOverlay state={startup(phase)} />);
    expect(root()).toHaveAttribute('aria-live', 'polite');
    expect(root()).toHaveAttribute('data-phase', phase);
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('needs-interaction: asks for a click and offers Start, which calls play()', async () => {
    const play = vi.fn();
    render(<StartupOverlay state={{ ...startup('needs-interaction'), play }} />);
    expect(screen.getByText('Your browser needs a click to start the video.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(play).toHaveBeenCalledTimes(1);
  });

  it('stalled: says the video did not start, that reconnecting helps, and offers Reconnect', async () => {
    const reconnect = vi.fn();
    render(<StartupOverlay state={{ ...startup('stalled'), reconnect }} />);
    expect(screen.getByText('The video did not start.')).toBeInTheDocument();
    expect(screen.getByText('Reconnecting usually helps.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(reconnect).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
  });

  it('preparing: shows the backend progress as text, never as markup, isolated in <bdi>', () => {
    const progress = '<img src=x onerror=alert(1)>';
    const { container } = render(<StartupOverlay state={startup('preparing', { progress })} />);
    expect(container.querySelector('img')).toBeNull();
    const shown = screen.getByText(progress);
    expect(shown.tagName).toBe('BDI');
    expect(shown.closest('.arc-startup-overlay__progress')).not.toBeNull();
  });

  it('renders on the server: the phase visible, the live nodes still empty', () => {
    const html = renderToString(<StartupOverlay state={startup('stalled')} />);
    expect(html).toContain('role="status"');
    expect(html).toContain('The video did not start.');
    expect(html).toMatch(/data-part="announcement"[^>]*><\/div>/);
  });

  it('follows a stream given as pixelStreaming', () => {
    const stream = new ScriptedStream();
    const { container } = render(<StartupOverlay pixelStreaming={stream} />);
    expect(container).toBeEmptyDOMElement();
    act(() => stream.fire('streamConnect'));
    expect(screen.getByText('Connecting to the stream…')).toBeInTheDocument();
  });
});

describe('the queue', () => {
  it('shows the position with the queue length', () => {
    render(<StartupOverlay state={queued()} />);
    expect(screen.getByText('Waiting in line…')).toBeInTheDocument();
    expect(screen.getByText('You are number 3 in line (of 5)')).toBeInTheDocument();
  });

  it('leaves out "(of N)" when the length is unknown', () => {
    render(<StartupOverlay state={queued({ length: null })} />);
    expect(screen.getByText('You are number 3 in line')).toBeInTheDocument();
  });

  it('formats numbers for the locale', () => {
    render(<StartupOverlay state={queued({ position: 1234, length: 20000 })} />);
    expect(screen.getByText('You are number 1,234 in line (of 20,000)')).toBeInTheDocument();
  });

  it.each([
    [0, 'Less than a minute'],
    [45_000, 'Less than a minute'],
    [60_000, 'About 1 minute'],
    [120_000, 'About 2 minutes'],
    [59 * 60_000, 'About 59 minutes'],
    [59 * 60_000 + 45_000, 'About 1 hour'],
    [90 * 60_000, 'About 1.5 hours'],
    [3 * 3_600_000, 'About 3 hours'],
  ])('an estimated wait of %i ms reads "%s"', (estimatedWaitMs, text) => {
    render(<StartupOverlay state={queued({ estimatedWaitMs })} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('shows no wait when there is no estimate', () => {
    const { container } = render(<StartupOverlay state={queued({ estimatedWaitMs: null })} />);
    expect(container.querySelector('[data-part="wait"]')).toBeNull();
    expect(container).not.toHaveTextContent(/About|minute/);
  });

  it('names the unit in the overlay language through Intl', () => {
    render(
      <StartupOverlay
        state={queued({ estimatedWaitMs: 120_000 })}
        locale="de-CH"
        locales={[de]}
        messages={{ 'startup.queue.wait': 'Etwa {duration}' }}
      />,
    );
    expect(screen.getByText('Etwa 2 Minuten')).toBeInTheDocument();
  });
});

describe('styling like <CloseOverlay>', () => {
  it('adds classNames to every part and data-phase on the root and every part', () => {
    const classNames = {
      root: 'r',
      panel: 'p',
      title: 't',
      description: 'd',
      actions: 'as',
      action: 'a',
    };
    const { container, rerender } = render(
      <StartupOverlay state={startup('stalled')} classNames={classNames} />,
    );
    for (const [slot, name] of Object.entries(classNames)) {
      const part = container.querySelector(`.${name}`);
      expect(part, slot).toHaveClass(`arc-startup-overlay${slot === 'root' ? '' : `__${slot}`}`);
      expect(part, slot).toHaveAttribute('data-phase', 'stalled');
    }
    rerender(<StartupOverlay state={queued()} classNames={{ status: 's' }} />);
    expect(container.querySelector('.s.arc-startup-overlay__status')).toHaveTextContent(
      'You are number 3 in line (of 5)',
    );
    expect(container.querySelector('.s')).toHaveAttribute('data-phase', 'queued');
    rerender(
      <StartupOverlay
        state={startup('preparing', { progress: 'Loading' })}
        classNames={{ progress: 'g' }}
      />,
    );
    expect(container.querySelector('.g.arc-startup-overlay__progress')).toHaveTextContent(
      'Loading',
    );
    expect(container.querySelector('.g')).toHaveAttribute('data-phase', 'preparing');
  });

  it('unstyled drops every default class name but keeps the host classes', () => {
    const { container } = render(
      <StartupOverlay state={startup('stalled')} unstyled classNames={{ action: 'mine' }} />,
    );
    expect(container.querySelector('[class*="arc-startup-overlay"]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reconnect' })).toHaveClass('mine');
    expect(root()).not.toHaveAttribute('data-styled');
  });

  it('theme sets custom properties and the colour scheme on the root', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <StartupOverlay
        state={startup('connecting')}
        theme={{ accent: '#5b21b6', radius: 4, colorScheme: 'dark', background: 'red; x: y' }}
      />,
    );
    expect(root().style.getPropertyValue('--arc-accent')).toBe('#5b21b6');
    expect(root().style.getPropertyValue('--arc-radius')).toBe('4px');
    expect(root().style.getPropertyValue('--arc-bg')).toBe('');
    expect(root()).toHaveAttribute('data-color-scheme', 'dark');
    warn.mockRestore();
  });

  it('takes lang and dir from the resolved locale', () => {
    render(<StartupOverlay state={startup('connecting')} locale="ar-EG" locales={[ar]} />);
    expect(root()).toHaveAttribute('lang', 'ar-EG');
    expect(root()).toHaveAttribute('dir', 'rtl');
  });

  it('falls back to its English, the shared Reconnect included, for keys a locale lacks', () => {
    const partial = { locale: 'de', dir: 'ltr', messages: {} } as unknown as CloseLocale;
    render(<StartupOverlay state={startup('stalled')} locale={partial} />);
    expect(root()).toHaveAttribute('lang', 'de');
    expect(screen.getByText('The video did not start.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeInTheDocument();
  });

  it('uses the host t and messages first', () => {
    render(
      <StartupOverlay
        state={startup('stalled')}
        t={(key) => (key === 'action.reconnect' ? 'Neu verbinden' : undefined)}
        messages={{ 'startup.title.stalled': 'Kein Bild.' }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Neu verbinden' })).toBeInTheDocument();
    expect(screen.getByText('Kein Bild.')).toBeInTheDocument();
  });
});

describe('announcements', () => {
  it('hides the visible text from screen readers: one live node per kind speaks for it', () => {
    render(<StartupOverlay state={queued()} />);
    expect(screen.getByText('Waiting in line…')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('You are number 3 in line (of 5)').closest('p')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(root()).toHaveAttribute('aria-atomic', 'false');
  });

  it('announces each phase once, shortly after the region appears, then on each phase change', () => {
    vi.useFakeTimers();
    const { rerender } = render(<StartupOverlay state={startup('connecting')} />);
    expect(announced('announcement')).toBe('');
    act(() => vi.advanceTimersByTime(100));
    expect(announced('announcement')).toBe('Connecting to the stream…');
    const node = root().querySelector('[data-part="announcement"]');
    rerender(<StartupOverlay state={startup('connecting', { since: 2_000 })} />);
    expect(announced('announcement')).toBe('Connecting to the stream…');
    rerender(<StartupOverlay state={startup('stalled')} />);
    expect(announced('announcement')).toBe('The video did not start.Reconnecting usually helps.');
    expect(root().querySelector('[data-part="announcement"]')).toBe(node);
  });

  it('announces queue moves at most every 30 s, always ending on the latest', () => {
    vi.useFakeTimers();
    const { rerender } = render(<StartupOverlay state={queued({ position: 5, length: 9 })} />);
    act(() => vi.advanceTimersByTime(100));
    expect(announced('details')).toBe('You are number 5 in line (of 9)About 2 minutes');

    act(() => vi.advanceTimersByTime(1_000));
    rerender(<StartupOverlay state={queued({ position: 4, length: 9 })} />);
    // Seen at once, said later.
    expect(screen.getByText('You are number 4 in line (of 9)')).toBeInTheDocument();
    expect(announced('details')).toContain('number 5');

    act(() => vi.advanceTimersByTime(10_000));
    rerender(
      <StartupOverlay state={queued({ position: 3, length: 9, estimatedWaitMs: 50_000 })} />,
    );
    expect(announced('details')).toContain('number 5');

    act(() => vi.advanceTimersByTime(18_800));
    expect(announced('details')).toContain('number 5');
    act(() => vi.advanceTimersByTime(200));
    // 30 s after the last: the latest (3), never the one in between (4).
    expect(announced('details')).toBe('You are number 3 in line (of 9)Less than a minute');

    rerender(
      <StartupOverlay state={queued({ position: 2, length: 9, estimatedWaitMs: 50_000 })} />,
    );
    act(() => vi.advanceTimersByTime(29_900));
    expect(announced('details')).toContain('number 3');
    act(() => vi.advanceTimersByTime(100));
    expect(announced('details')).toContain('number 2');

    // After a quiet 30 s, the next move is said at once.
    act(() => vi.advanceTimersByTime(40_000));
    rerender(
      <StartupOverlay state={queued({ position: 1, length: 9, estimatedWaitMs: 50_000 })} />,
    );
    expect(announced('details')).toContain('number 1');
  });

  it('starts the queue throttle afresh in each phase', () => {
    vi.useFakeTimers();
    const { rerender } = render(<StartupOverlay state={queued({ position: 5 })} />);
    act(() => vi.advanceTimersByTime(100));
    rerender(<StartupOverlay state={startup('preparing', { progress: 'Starting app' })} />);
    act(() => vi.advanceTimersByTime(100));
    expect(announced('details')).toBe('Starting app');
    expect(announced('announcement')).toBe('Preparing the stream…');
  });
});

describe('bad state from a host never throws', () => {
  it.each([
    ['an unknown phase', { ...IDLE_STARTUP, phase: 'warp-speed' }],
    ['no phase at all', { queue: null }],
    ['a phase that is not a string', { ...IDLE_STARTUP, phase: 7 }],
  ])('%s shows nothing', (_what, state) => {
    const { container } = render(<StartupOverlay state={loose(state)} />);
    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    ['a NaN position', { position: NaN, length: 5, estimatedWaitMs: NaN }],
    ['a negative position and wait', { position: -2, length: -1, estimatedWaitMs: -5_000 }],
    ['strings', { position: '3', length: '5', estimatedWaitMs: '1 minute' }],
    ['an infinite wait', { position: 0, length: Infinity, estimatedWaitMs: Infinity }],
  ])('queued with %s shows the phase and no numbers', (_what, queue) => {
    const { container } = render(<StartupOverlay state={loose({ ...queued(), queue })} />);
    expect(screen.getByText('Waiting in line…')).toBeInTheDocument();
    expect(container).not.toHaveTextContent(/NaN|Infinity|∞|-\d|number|About/);
  });

  it('a queue that is not an object, or a length below the position, is handled', () => {
    const { container, rerender } = render(
      <StartupOverlay state={loose({ ...queued(), queue: 'third' })} />,
    );
    expect(screen.getByText('Waiting in line…')).toBeInTheDocument();
    rerender(<StartupOverlay state={queued({ position: 7, length: 2 })} />);
    expect(container).toHaveTextContent('You are number 7 in line');
    expect(container).not.toHaveTextContent('(of');
  });

  it('a progress that is not a string, and buttons without working controls', async () => {
    const { container, rerender } = render(
      <StartupOverlay state={loose({ ...startup('preparing'), progress: { html: '<b>' } })} />,
    );
    expect(screen.getByText('Preparing the stream…')).toBeInTheDocument();
    expect(container.querySelector('.arc-startup-overlay__progress')).toBeNull();
    rerender(<StartupOverlay state={loose({ ...startup('stalled'), reconnect: 'yes' })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    rerender(<StartupOverlay state={loose({ ...startup('needs-interaction'), play: null })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
  });
});

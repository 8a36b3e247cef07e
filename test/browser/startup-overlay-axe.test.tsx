import '../../src/styles.css';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { IDLE_STARTUP, type StartupState } from '../../src/core/startup-state.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { en } from '../../src/locales/en.js';
import type { CloseLocale } from '../../src/locales/types.js';
import { StartupOverlay } from '../../src/ui/startup-overlay.js';
import { runAxe } from './run-axe.js';
import { StreamStage } from './stream-stage.js';

afterEach(() => cleanup());

const QUEUE = { position: 3, length: 5, estimatedWaitMs: 120_000, waitedMs: 10_000 };

/** Every phase the overlay shows, the queue with and without its length. */
const STATES: Record<string, StartupState> = {
  connecting: { ...IDLE_STARTUP, phase: 'connecting' },
  queued: { ...IDLE_STARTUP, phase: 'queued', queue: QUEUE },
  'queued, no length': { ...IDLE_STARTUP, phase: 'queued', queue: { ...QUEUE, length: null } },
  preparing: {
    ...IDLE_STARTUP,
    phase: 'preparing',
    progress: 'Starting the application: ممنوع <b>loading</b> level 3 of 7',
  },
  negotiating: { ...IDLE_STARTUP, phase: 'negotiating' },
  'waiting-for-video': { ...IDLE_STARTUP, phase: 'waiting-for-video' },
  'needs-interaction': { ...IDLE_STARTUP, phase: 'needs-interaction' },
  stalled: { ...IDLE_STARTUP, phase: 'stalled' },
};

/** The opaque panel colours the stylesheet defines for each scheme. */
const PANEL = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 35)' };

const LOCALES: [string, CloseLocale][] = [
  ['en', en],
  ['de', de],
  ['ar', ar],
];

/** Waits until the live nodes hold their first text, so axe checks them filled too. */
const announcedIn = (overlay: Element) =>
  vi.waitFor(() =>
    expect(overlay.querySelector('[data-part="announcement"]')?.textContent).not.toBe(''),
  );

describe.each(LOCALES)('axe over every start-up phase in %s', (_tag, locale) => {
  it.each(['light', 'dark'] as const)('%s: zero violations, contrast checked', async (scheme) => {
    for (const [name, state] of Object.entries(STATES)) {
      const { unmount, container } = render(
        <StreamStage>
          <StartupOverlay state={state} locale={locale} theme={{ colorScheme: scheme }} />
        </StreamStage>,
      );
      const overlay = container.querySelector('[data-arc-startup-overlay]');
      expect(overlay, name).not.toBeNull();
      expect(overlay).toHaveAttribute('lang', locale.locale);
      expect(overlay).toHaveAttribute('dir', locale.dir);
      await announcedIn(overlay!);
      const { violations, passed, incomplete } = await runAxe(container);
      expect(violations, `${name} ${scheme}`).toEqual([]);
      // axe's icon-ligature heuristic takes joined Arabic letters for an icon font and skips a
      // lone Arabic line; the same colours are checked in en and de.
      if (locale.dir === 'ltr') expect(passed, `${name} ${scheme}`).toContain('color-contrast');
      expect(incomplete, `${name} ${scheme}`).not.toContain('color-contrast');
      const panel = overlay?.querySelector('.arc-startup-overlay__panel') as HTMLElement;
      expect(getComputedStyle(panel).backgroundColor).toBe(PANEL[scheme]);
      unmount();
    }
  });
});

/** A host page: a button outside the stream, the stream, and switches for the start-up phase. */
function Host() {
  const [state, setState] = useState<StartupState>({ ...IDLE_STARTUP, phase: 'connecting' });
  const to = (phase: StartupState['phase']) => () => setState({ ...IDLE_STARTUP, phase });
  return (
    <>
      <button onClick={to('needs-interaction')}>outside</button>
      <button onClick={to('stalled')}>stall</button>
      <StreamStage>
        <StartupOverlay state={{ ...state, play: to('waiting-for-video') }} />
      </StreamStage>
    </>
  );
}

/** Moves the stream to `phase` from outside React, as the SDK would: focus stays put. */
function arrive(name: 'outside' | 'stall'): void {
  act(() => screen.getByRole('button', { name }).click());
}

describe('focus', () => {
  it('moves to Start when the browser refuses autoplay while focus is in the stream', async () => {
    render(<Host />);
    const video = screen.getByTestId('video');
    video.focus();
    arrive('outside');
    const start = await vi.waitFor(() => screen.getByRole('button', { name: 'Start' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(start));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Start' })).toBeNull());
    expect(document.activeElement).toBe(video);
  });

  it('stays where it was when focus was elsewhere on the page', async () => {
    render(<Host />);
    const outside = screen.getByRole('button', { name: 'outside' });
    await userEvent.click(outside);
    await vi.waitFor(() => screen.getByRole('button', { name: 'Start' }));
    expect(document.activeElement).toBe(outside);
  });

  it('is never taken for any other phase, not even from the stream', async () => {
    render(<Host />);
    const video = screen.getByTestId('video');
    video.focus();
    arrive('stall');
    await vi.waitFor(() => screen.getByRole('button', { name: 'Reconnect' }));
    expect(document.activeElement).toBe(video);
  });
});

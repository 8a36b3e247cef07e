import '../../src/styles.css';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { IDLE_WARNING_OFF, type IdleWarningState } from '../../src/core/idle-state.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { en } from '../../src/locales/en.js';
import type { CloseLocale } from '../../src/locales/types.js';
import { IdleWarning } from '../../src/ui/idle-warning.js';
import { runAxe } from './run-axe.js';
import { StreamStage } from './stream-stage.js';
import { fontPx, inside, PHONE_TO_DESKTOP } from './stage-geometry.js';

afterEach(() => cleanup());

/** A warning with `seconds` to go from now, as the hook would hold it. */
const warning = (seconds = 8): IdleWarningState => ({
  ...IDLE_WARNING_OFF,
  active: true,
  secondsLeft: seconds,
  endsAt: Date.now() + seconds * 1000,
});

const STAY = "I'm still here";
const sentence = () =>
  screen.getByRole('alertdialog').querySelector('.arc-idle-warning__description')?.textContent;

describe('the countdown', () => {
  it('counts down from endsAt in real time: 8, then 7, then 6', async () => {
    render(
      <StreamStage>
        <IdleWarning state={{ ...warning(8), stay: vi.fn() }} />
      </StreamStage>,
    );
    expect(sentence()).toBe('The stream ends in 8 seconds');
    await vi.waitFor(() => expect(sentence()).toBe('The stream ends in 7 seconds'), {
      timeout: 2_000,
    });
    await vi.waitFor(() => expect(sentence()).toBe('The stream ends in 6 seconds'), {
      timeout: 2_000,
    });
  });
});

/** A host page: a button outside the stream that starts the warning, and the stream. */
function Host({ stay }: { stay: () => void }) {
  const [state, setState] = useState<IdleWarningState>(IDLE_WARNING_OFF);
  return (
    <>
      <button onClick={() => setState(warning(8))}>outside</button>
      <StreamStage>
        <IdleWarning
          state={{
            ...state,
            stay: () => {
              stay();
              setState(IDLE_WARNING_OFF);
            },
          }}
        />
      </StreamStage>
    </>
  );
}

/** The warning starts from the SDK, not from a click: trigger it without moving focus. */
async function warnNow(): Promise<HTMLElement> {
  act(() => screen.getByRole('button', { name: 'outside' }).click());
  return vi.waitFor(() => screen.getByRole('alertdialog'));
}

describe('focus', () => {
  it('moves to "I\'m still here" when focus was in the stream; Enter stays and gives it back', async () => {
    const stay = vi.fn();
    render(<Host stay={stay} />);
    const video = screen.getByTestId('video');
    video.focus();
    await warnNow();
    const button = screen.getByRole('button', { name: STAY });
    await vi.waitFor(() => expect(document.activeElement).toBe(button));
    await userEvent.keyboard('{Enter}');
    expect(stay).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(video);
  });

  it('stays where it was when focus was elsewhere on the page', async () => {
    render(<Host stay={vi.fn()} />);
    const outside = screen.getByRole('button', { name: 'outside' });
    await userEvent.click(outside);
    await vi.waitFor(() => screen.getByRole('alertdialog'));
    expect(document.activeElement).toBe(outside);
  });

  it('follows containerRef when the warning is rendered apart from the stream', async () => {
    function Apart() {
      const stream = useRef<HTMLDivElement>(null);
      const [state, setState] = useState<IdleWarningState>(IDLE_WARNING_OFF);
      return (
        <>
          <button onClick={() => setState(warning(8))}>outside</button>
          <div ref={stream}>
            <button>video</button>
          </div>
          <div style={{ position: 'relative', height: 300 }}>
            <IdleWarning state={{ ...state, stay: vi.fn() }} containerRef={stream} />
          </div>
        </>
      );
    }
    render(<Apart />);
    screen.getByRole('button', { name: 'video' }).focus();
    await warnNow();
    const button = screen.getByRole('button', { name: STAY });
    await vi.waitFor(() => expect(document.activeElement).toBe(button));
  });
});

/** The opaque panel colours the stylesheet defines for each scheme. */
const PANEL = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 35)' };

const LOCALES: [string, CloseLocale][] = [
  ['en', en],
  ['de', de],
  ['ar', ar],
];

describe.each(LOCALES)('axe in %s', (_tag, locale) => {
  it.each(['light', 'dark'] as const)('%s: zero violations, contrast checked', async (scheme) => {
    const { container } = render(
      <StreamStage>
        <IdleWarning
          state={{ ...warning(8), stay: vi.fn() }}
          locale={locale}
          theme={{ colorScheme: scheme }}
        />
      </StreamStage>,
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveAttribute('lang', locale.locale);
    expect(dialog).toHaveAttribute('dir', locale.dir);
    const { violations, passed, incomplete } = await runAxe(container);
    expect(violations, scheme).toEqual([]);
    // axe's icon-ligature heuristic takes joined Arabic letters for an icon font and skips a
    // lone Arabic line; the same colours are checked in en and de.
    if (locale.dir === 'ltr') expect(passed, scheme).toContain('color-contrast');
    expect(incomplete, scheme).not.toContain('color-contrast');
    const panel = dialog.querySelector('.arc-idle-warning__panel') as HTMLElement;
    expect(getComputedStyle(panel).backgroundColor).toBe(PANEL[scheme]);
  });
});

const STAGES = PHONE_TO_DESKTOP;

describe('small stages', () => {
  beforeAll(() => page.viewport(1320, 760));
  afterAll(() => page.viewport(414, 896));

  it.each(LOCALES)(
    '%s: the question and the button fit every stage, text at 14 px and up',
    (_tag, locale) => {
      const view = render(
        <div data-testid="small" style={{ position: 'relative', background: '#0a3d2a' }}>
          <IdleWarning state={{ ...warning(8), stay: vi.fn() }} locale={locale} />
        </div>,
      );
      const stage = view.getByTestId('small');
      const found: string[] = [];
      for (const [width, height] of STAGES) {
        stage.style.width = `${width}px`;
        stage.style.height = `${height}px`;
        for (const animation of stage.getAnimations({ subtree: true })) animation.finish();
        const box = stage.getBoundingClientRect();
        const at = `${width}x${height}`;
        const panel = stage.querySelector<HTMLElement>('.arc-idle-warning__panel')!;
        if (panel.scrollHeight > panel.clientHeight + 1) found.push(`${at}: panel scrolls`);
        const title = stage.querySelector('.arc-idle-warning__title')!;
        if (![...title.getClientRects()].every((line) => inside(line, box))) {
          found.push(`${at}: question cut`);
        }
        const button = view
          .getByRole('button', { name: String(locale.messages['action.stay']) })
          .getBoundingClientRect();
        if (!inside(button, box)) found.push(`${at}: button not in view`);
        if (button.height < 24) found.push(`${at}: button under 24px`);
        for (const part of panel.querySelectorAll<HTMLElement>('[class^="arc-idle-warning__"]')) {
          const size = fontPx(part);
          if (size < 14) found.push(`${at}: ${part.className} at ${size}px`);
        }
      }
      expect(found).toEqual([]);
    },
  );
});

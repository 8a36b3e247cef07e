import '../../src/styles.css';
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { MAX_REASON_BYTES } from '../../src/core/sanitize-close-reason.js';
import { IDLE_STARTUP, type StartupState } from '../../src/core/startup-state.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { en } from '../../src/locales/en.js';
import type { CloseLocale } from '../../src/locales/types.js';
import { StartupOverlay } from '../../src/ui/startup-overlay.js';
import { fontPx, inside, PHONE_TO_DESKTOP, within } from './stage-geometry.js';

afterEach(() => cleanup());
beforeAll(() => page.viewport(1320, 760));
afterAll(() => page.viewport(414, 896));

const STAGES = PHONE_TO_DESKTOP;

/** The longest progress a letter can bring: the sanitizer keeps 123 bytes. */
const LONG_PROGRESS = 'Loading the level and its textures, please wait '.repeat(4);

const STATES: Record<string, StartupState> = {
  connecting: { ...IDLE_STARTUP, phase: 'connecting' },
  queued: {
    ...IDLE_STARTUP,
    phase: 'queued',
    queue: { position: 1234, length: 20_000, estimatedWaitMs: 5_400_000, waitedMs: null },
  },
  preparing: { ...IDLE_STARTUP, phase: 'preparing', progress: LONG_PROGRESS },
  'waiting-for-video': { ...IDLE_STARTUP, phase: 'waiting-for-video' },
  'needs-interaction': { ...IDLE_STARTUP, phase: 'needs-interaction' },
  stalled: { ...IDLE_STARTUP, phase: 'stalled' },
};

/** Everything that does not fit: the title (line by line), the panel's text, the button. */
function problems(stage: HTMLElement): string[] {
  for (const animation of stage.getAnimations({ subtree: true })) animation.finish();
  const box = stage.getBoundingClientRect();
  const found: string[] = [];
  const panel = stage.querySelector<HTMLElement>('.arc-startup-overlay__panel')!;
  if (panel.scrollHeight > panel.clientHeight + 1) found.push('panel scrolls');
  const title = stage.querySelector('.arc-startup-overlay__title')!;
  // Line by line: on the lowest stages the title runs inline with what follows it.
  const lines = [...title.getClientRects()];
  if (!inside(title.getBoundingClientRect(), box) || !lines.every((line) => within(line, box))) {
    found.push('title cut');
  }
  for (const part of panel.querySelectorAll<HTMLElement>('[class^="arc-startup-overlay__"]')) {
    const size = fontPx(part);
    if (size < 14) found.push(`${part.className} at ${size}px`);
  }
  const button = stage.querySelector('button');
  if (button) {
    const rect = button.getBoundingClientRect();
    if (!inside(rect, box)) found.push('button not in view');
    if (rect.height < 24 || rect.width < 24) found.push('button under 24px');
  }
  return found;
}

const byLocale = ([en, de, ar] as CloseLocale[]).map((locale) => [locale.locale, locale] as const);

describe('small stages', () => {
  it('the long progress text is as long as a letter can be', () => {
    expect(new TextEncoder().encode(LONG_PROGRESS).length).toBeGreaterThan(MAX_REASON_BYTES);
  });

  it.each(byLocale)(
    '%s: title and action fit without scrolling on every stage, text at 14 px and up',
    (_tag, locale) => {
      const found: string[] = [];
      for (const [name, state] of Object.entries(STATES)) {
        const view = render(
          <div data-testid="stage" style={{ position: 'relative', background: '#0a3d2a' }}>
            <StartupOverlay state={state} locale={locale} />
          </div>,
        );
        const stage = view.getByTestId('stage');
        for (const [width, height] of STAGES) {
          stage.style.width = `${width}px`;
          stage.style.height = `${height}px`;
          for (const problem of problems(stage))
            found.push(`${width}x${height} ${name}: ${problem}`);
        }
        view.unmount();
      }
      expect(found).toEqual([]);
    },
  );
});

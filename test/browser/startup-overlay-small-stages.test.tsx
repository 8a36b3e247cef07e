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

afterEach(() => cleanup());
beforeAll(() => page.viewport(1320, 760));
afterAll(() => page.viewport(414, 896));

/** 16:9 stages from a phone's small player up, and the smallest the close overlay supports. */
const STAGES = [
  [280, 160],
  [320, 180],
  [390, 220],
  [640, 360],
  [1280, 720],
] as const;

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

/** Whether `inner` lies wholly within `outer`, give or take half a pixel. */
const within = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.bottom <= outer.bottom + 0.5;
/** Shown (not collapsed to nothing) and wholly within `outer`. */
const inside = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.width > 0 && inner.height > 0 && within(inner, outer);

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
    const size = parseFloat(getComputedStyle(part).fontSize);
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

import '../../src/styles.css';
import { cleanup, render } from '@testing-library/react';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ArcwareCloseCode, StandardCloseCode } from '../../src/core/close-codes.js';
import type { CloseState } from '../../src/core/close-state.js';
import { describeCloseCode } from '../../src/core/describe-close-code.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { en } from '../../src/locales/en.js';
import type { CloseLocale } from '../../src/locales/types.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { CLOSED_AT, closedState, reconnectingState } from '../ui/close-state-fixtures.js';
import { runAxe } from './run-axe.js';
import { fontPx, inside, PHONE_TO_DESKTOP, SLACK, within } from './stage-geometry.js';

afterEach(() => cleanup());

// Roomier than the largest stage, so the test's own viewport never cuts one.
beforeAll(() => page.viewport(1320, 760));
afterAll(() => page.viewport(414, 896));

type Size = readonly [width: number, height: number];

/** The 16:9 stages: every code in every state must fit each of them. */
const STAGES: readonly Size[] = [
  [320, 180],
  [390, 220],
  [640, 360],
  [1280, 720],
];

/**
 * Stages between and beyond them: the smallest supported (280 x 160), one between breakpoints,
 * a narrow one and two wide, low ones. Each code is checked in the states it can reach there.
 */
const MORE_STAGES: readonly Size[] = [
  [280, 160],
  [480, 270],
  [300, 240],
  [960, 200],
  [1000, 160],
];

/** Every named code, plus an unnamed one from each range: reserved, registered, private, invalid. */
const CODES = [
  ...Object.values(StandardCloseCode),
  ...Object.values(ArcwareCloseCode),
  2500,
  3456,
  4321,
  5000,
].filter((code) => code !== ArcwareCloseCode.CLIENT_RECONNECTING); // a handover, never shown

const LOCALES: readonly CloseLocale[] = [en, de, ar];

/** What a viewer meets: a close that waits for them, a countdown, a retry paused offline, retries spent. */
const STATES = {
  closed: (code: number) => closedState(code),
  countdown: (code: number) => reconnectingState(code, { attempt: 1, retryAt: CLOSED_AT + 8_000 }),
  offline: (code: number) => reconnectingState(code, { attempt: 1, waitingFor: 'online' }),
  'gave-up': (code: number) => closedState(code, { attempt: 5, maxAttempts: 5, gaveUp: true }),
} satisfies Record<string, (code: number) => CloseState>;

type StateName = keyof typeof STATES;
const STATE_NAMES = Object.keys(STATES) as StateName[];

/** Only codes the kit retries by itself ever count down, wait for the network or give up. */
const reachable = (code: number, state: StateName): boolean =>
  state === 'closed' || describeCloseCode(code).retry === 'auto';

const now = () => CLOSED_AT;

/** A host's stream container: positioned, sized in px, the video under the overlay. */
function Stage({ state, locale, modal }: { state: CloseState; locale: CloseLocale; modal?: true }) {
  return (
    <div data-testid="stage" style={{ position: 'relative', background: '#0a3d2a' }}>
      <div style={{ position: 'absolute', inset: 0 }} role="img" aria-label="stream" />
      <CloseOverlay
        state={state}
        locale={locale}
        modal={modal}
        supportHref="mailto:support@example.com"
        now={now}
      />
    </div>
  );
}

/** Renders one overlay and returns its stage, resized to `size`, entrance animation done. */
function renderStage(state: CloseState, locale: CloseLocale, size: Size) {
  const view = render(<Stage state={state} locale={locale} />);
  const stage = view.getByTestId('stage');
  resize(stage, size);
  finishAnimations(stage);
  return { view, stage };
}

/** Ends the entrance animation: its transform would move every box by a few px. */
function finishAnimations(element: Element): void {
  for (const animation of element.getAnimations({ subtree: true })) animation.finish();
}

function resize(stage: HTMLElement, [width, height]: Size): void {
  stage.style.width = `${width}px`;
  stage.style.height = `${height}px`;
}

/** The overlay's buttons and links, and the Details summary (a closed disclosure renders no more). */
const targetsIn = (overlay: Element): HTMLElement[] =>
  [...overlay.querySelectorAll<HTMLElement>('button, a[href], summary')].filter(
    (element) => element.localName === 'summary' || !element.closest('details:not([open])'),
  );

/** Everything wrong with the overlay as it is laid out in `box` now; empty when it fits. */
function layoutProblems(overlay: HTMLElement, box: DOMRect): string[] {
  finishAnimations(overlay);
  const panel = overlay.querySelector<HTMLElement>('.arc-close-overlay__panel')!;
  const problems: string[] = [];
  if (panel.scrollHeight > panel.clientHeight) {
    problems.push(`panel scrolls ${panel.scrollHeight}/${panel.clientHeight}px`);
  }
  if (panel.scrollWidth > panel.clientWidth || overlay.scrollWidth > overlay.clientWidth) {
    problems.push('overflows sideways');
  }
  if (overlay.scrollHeight > overlay.clientHeight) problems.push('overlay scrolls');
  const texts = [
    ['title', overlay.querySelector('.arc-close-overlay__title')],
    ['description', overlay.querySelector('.arc-close-overlay__description')],
    ['status', overlay.querySelector('.arc-close-overlay__status')],
  ] as const;
  for (const [part, element] of texts) {
    if (!element) {
      if (part !== 'status') problems.push(`no ${part}`);
      continue;
    }
    // Line by line: on the lowest stages the title and sentence run inline, as one paragraph.
    const lines = [...element.getClientRects()];
    if (!inside(element.getBoundingClientRect(), box) || !lines.every((l) => within(l, box))) {
      problems.push(`${part} outside the stage`);
    }
    if (fontPx(element) < 14) problems.push(`${part} at ${fontPx(element)}px`);
  }
  const panelBox = panel.getBoundingClientRect();
  const targets = targetsIn(overlay);
  if (!targets.some((element) => element.localName === 'summary')) problems.push('no summary');
  for (const element of targets) {
    const name = element.dataset.action ?? element.localName;
    const rect = element.getBoundingClientRect();
    if (!inside(rect, box) || !inside(rect, panelBox)) problems.push(`${name} not in view`);
    else if (rect.height < 24 || rect.width < 24) problems.push(`${name} under 24px`);
    if (fontPx(element) < 14) problems.push(`${name} at ${fontPx(element)}px`);
  }
  return problems;
}

/** Renders each state once, lays it out at every size, and lists what does not fit. */
function sweep(locale: CloseLocale, state: StateName, code: number, problems: string[]): void {
  const view = render(<Stage state={STATES[state](code)} locale={locale} />);
  const stage = view.getByTestId('stage');
  const sizes = reachable(code, state) ? [...STAGES, ...MORE_STAGES] : STAGES;
  for (const size of sizes) {
    resize(stage, size);
    const overlay = stage.querySelector<HTMLElement>('[data-arc-close-overlay]');
    const found = overlay ? layoutProblems(overlay, stage.getBoundingClientRect()) : ['no overlay'];
    for (const problem of found) problems.push(`${size.join('x')} ${state} ${code}: ${problem}`);
  }
  view.unmount();
}

/** Overlays that failed, per stage size, and the problems by kind: short enough to read. */
function report(problems: string[]) {
  const failing: Record<string, Set<string>> = {};
  const kinds: Record<string, number> = {};
  for (const problem of problems) {
    const [where = '', what = ''] = problem.split(': ');
    (failing[where.split(' ')[0]!] ??= new Set()).add(where);
    const kind = what.replace(/[\d/.]+px/, 'N px');
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const overlays = Object.fromEntries(Object.entries(failing).map(([size, s]) => [size, s.size]));
  return { overlays, kinds, first: problems.slice(0, 12) };
}

const byLocale = LOCALES.map((locale) => [locale.locale, locale] as const);

describe('small stages', () => {
  it.each(byLocale)(
    '%s: title, sentence and every action are in view without scrolling, at 14 px or more',
    (_tag, locale) => {
      const problems: string[] = [];
      for (const state of STATE_NAMES) {
        for (const code of CODES) sweep(locale, state, code, problems);
      }
      expect(report(problems)).toEqual({ overlays: {}, kinds: {}, first: [] });
    },
  );

  // axe: every code in every state on the 320 x 180 stage (the most compact layout), and a
  // representative set (terminal, three actions, countdown, offline, gave up) on every stage.
  // Every code at every size would take minutes on two cores.
  it.each(byLocale)(
    '%s: axe finds nothing, every code on a 320 x 180 stage',
    async (_tag, locale) => {
      const found: string[] = [];
      for (const state of STATE_NAMES) {
        for (const code of CODES) {
          const { view } = renderStage(STATES[state](code), locale, [320, 180]);
          const { violations } = await runAxe(view.container);
          found.push(...violations.map((v) => `${state} ${code}: ${v.rule} ${v.targets.join()}`));
          view.unmount();
        }
      }
      expect(found).toEqual([]);
    },
  );

  it.each(byLocale)(
    '%s: axe finds nothing, a representative set on every stage',
    async (_tag, locale) => {
      const found: string[] = [];
      const subset = [
        ['closed', 4460],
        ['closed', 1002],
        ['countdown', 1006],
        ['offline', 1006],
        ['gave-up', 4666],
      ] as const;
      for (const [state, code] of subset) {
        for (const size of [...STAGES, MORE_STAGES[0]!]) {
          const { view } = renderStage(STATES[state](code), locale, size);
          const { violations } = await runAxe(view.container);
          // WCAG 2.2's target size (2.5.8) is off in axe by default: run it by name.
          const sized = await axe.run(view.container, { runOnly: ['target-size'] });
          found.push(
            ...[...violations.map((v) => v.rule), ...sized.violations.map((v) => v.id)].map(
              (rule) => `${size.join('x')} ${state} ${code}: ${rule}`,
            ),
          );
          expect(sized.passes.map((rule) => rule.id)).toEqual(['target-size']);
          view.unmount();
        }
      }
      expect(found).toEqual([]);
    },
  );

  it('open Details may scroll, but its summary stays in view', () => {
    for (const locale of LOCALES) {
      for (const size of PHONE_TO_DESKTOP) {
        const { view, stage } = renderStage(STATES.countdown(1006), locale, size);
        const details = stage.querySelector('details')!;
        details.open = true;
        const summary = details.querySelector('summary')!;
        const where = `${locale.locale} ${size.join('x')}`;
        expect(inside(summary.getBoundingClientRect(), stage.getBoundingClientRect()), where).toBe(
          true,
        );
        const copy = details.querySelector('button')!;
        copy.scrollIntoView({ block: 'nearest' });
        expect(inside(copy.getBoundingClientRect(), stage.getBoundingClientRect()), where).toBe(
          true,
        );
        view.unmount();
      }
    }
  });

  it('a compound word longer than the stage wraps instead of pushing the layout sideways', () => {
    const word = 'Verbindungswiederherstellungsversuchsabbruchsbestätigungsschaltfläche';
    const long: CloseLocale = {
      ...de,
      messages: { ...de.messages, 'title.reconnecting': word, 'action.cancelRetry': word },
    };
    for (const size of PHONE_TO_DESKTOP) {
      const { view, stage } = renderStage(STATES.countdown(1006), long, size);
      const overlay = stage.querySelector<HTMLElement>('[data-arc-close-overlay]')!;
      const panel = overlay.querySelector<HTMLElement>('.arc-close-overlay__panel')!;
      expect(panel.scrollWidth, size.join('x')).toBeLessThanOrEqual(panel.clientWidth);
      const button = overlay.querySelector<HTMLElement>('[data-action="cancel-retry"]')!;
      const { left, right } = button.getBoundingClientRect();
      const box = stage.getBoundingClientRect();
      expect(left >= box.left - SLACK && right <= box.right + SLACK, size.join('x')).toBe(true);
      view.unmount();
    }
  });
});

describe('small viewports, modal', () => {
  afterAll(() => page.viewport(1320, 760));

  it.each(PHONE_TO_DESKTOP)(
    '%i x %i: the modal overlay fits the viewport the same way',
    async (width, height) => {
      await page.viewport(width, height);
      for (const locale of LOCALES) {
        for (const [state, code] of [
          ['countdown', 1006],
          ['closed', 1002],
        ] as const) {
          const view = render(<Stage state={STATES[state](code)} locale={locale} modal />);
          const overlay = document.querySelector<HTMLElement>('[data-arc-close-overlay]')!;
          const viewport = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
          expect(layoutProblems(overlay, viewport), `${locale.locale} ${state} ${code}`).toEqual(
            [],
          );
          view.unmount();
        }
      }
    },
  );
});

import '../../src/styles.css';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeCloseCode } from '../../src/core/describe-close-code.js';
import { ArcwareCloseCode, StandardCloseCode } from '../../src/core/close-codes.js';
import type { CloseState } from '../../src/core/close-state.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { en } from '../../src/locales/en.js';
import type { CloseLocale } from '../../src/locales/types.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { runAxe } from './run-axe.js';
import { StreamStage } from './stream-stage.js';

afterEach(() => cleanup());

const CODES = [...Object.values(StandardCloseCode), ...Object.values(ArcwareCloseCode)];
const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** A shown state for a code: an automatic retry counting down, or a close waiting for the viewer. */
function stateFor(code: number): CloseState {
  const close = {
    ...describeCloseCode(code),
    reason: 'Server said: ممنوع <b>no</b>',
    wasClean: false,
    at: NOW,
    source: 'server' as const,
  };
  const auto = close.retry === 'auto';
  return {
    status: auto ? 'reconnecting' : 'closed',
    close,
    attempt: auto ? 1 : 0,
    maxAttempts: auto ? 5 : 0,
    retryAt: auto ? NOW + 4000 : null,
    gaveUp: false,
    waitingFor: null,
  };
}

/** The opaque panel colours the stylesheet defines for each scheme. */
const PANEL = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 35)' };

const LOCALES: [string, CloseLocale][] = [
  ['en', en],
  ['de', de],
  ['ar', ar],
];

describe.each(LOCALES)('axe over every code in %s', (_tag, locale) => {
  it.each(['light', 'dark'] as const)('%s: zero violations, contrast checked', async (scheme) => {
    for (const code of CODES) {
      const state = stateFor(code);
      const { unmount, container } = render(
        <StreamStage>
          <CloseOverlay
            state={state}
            locale={locale}
            theme={{ colorScheme: scheme }}
            supportHref="mailto:help@example.com"
            now={() => NOW}
          />
        </StreamStage>,
      );
      const overlay = container.querySelector('[data-arc-close-overlay]');
      if (state.close?.category === 'transient') {
        expect(overlay, `code ${code}`).toBeNull();
        unmount();
        continue;
      }
      expect(overlay, `code ${code}`).not.toBeNull();
      // Open the disclosure so its text is checked too.
      overlay?.querySelector('details')?.setAttribute('open', '');
      const { violations, passed, incomplete } = await runAxe(container);
      expect(violations, `code ${code} ${scheme}`).toEqual([]);
      expect(passed, `code ${code} ${scheme}`).toContain('color-contrast');
      expect(incomplete, `code ${code} ${scheme}`).not.toContain('color-contrast');
      const panel = overlay?.firstElementChild as HTMLElement;
      expect(getComputedStyle(panel).backgroundColor).toBe(PANEL[scheme]);
      unmount();
    }
  });
});

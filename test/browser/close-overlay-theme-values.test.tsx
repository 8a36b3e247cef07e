import '../../src/styles.css';
import { act, cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CloseOverlayTheme } from '../../src/ui/overlay-theme.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { closedState } from '../ui/close-state-fixtures.js';
import { StreamStage } from './stream-stage.js';

const HOSTILE = 'red; position:fixed; inset:0; background-image:url(https://evil.example/x.png)';
const LEGIT = '#0af';

let hydrated: { root: Root; host: HTMLElement } | null = null;

afterEach(() => {
  if (hydrated) act(() => hydrated?.root.unmount());
  hydrated?.host.remove();
  hydrated = null;
  cleanup();
  vi.restoreAllMocks();
});

/** The stream in a small box away from the page's corner, so escaping to the viewport shows. */
function app(theme: CloseOverlayTheme): ReactElement {
  return (
    <div style={{ width: 320, margin: 40 }}>
      <StreamStage>
        <CloseOverlay state={closedState(1000)} theme={theme} />
      </StreamStage>
    </div>
  );
}

/** Server-renders into a container, then hydrates it, as a host page with SSR does. */
async function serverRender(theme: CloseOverlayTheme): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = renderToString(app(theme));
  document.body.append(host);
  const root = await act(async () => hydrateRoot(host, app(theme)));
  hydrated = { root, host };
  return host;
}

const clientRender = async (theme: CloseOverlayTheme) => render(app(theme)).container;

const RENDERS = [
  ['server-rendered and hydrated', serverRender],
  ['client-rendered', clientRender],
] as const;

/** The overlay's root and its stream container. */
function parts(host: HTMLElement) {
  const overlay = host.querySelector<HTMLElement>('[data-arc-close-overlay]');
  const stage = host.querySelector<HTMLElement>('[data-testid="stage"]');
  if (!overlay || !stage) throw new Error('the overlay did not render');
  return { overlay, stage };
}

describe.each(RENDERS)('a theme value with extra declarations, %s', (_, renderWith) => {
  it('adds nothing: the overlay stays absolute, inside its stream, with no outside image', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { overlay, stage } = parts(await renderWith({ accent: HOSTILE }));
    const style = getComputedStyle(overlay);
    // Soft: a regression shows every way the overlay escaped, not just the first.
    expect.soft(style.position).toBe('absolute');
    expect.soft(style.backgroundImage).toBe('none');
    const box = overlay.getBoundingClientRect();
    const bounds = stage.getBoundingClientRect();
    expect.soft(box.left).toBeGreaterThanOrEqual(bounds.left);
    expect.soft(box.top).toBeGreaterThanOrEqual(bounds.top);
    expect.soft(box.right).toBeLessThanOrEqual(bounds.right);
    expect.soft(box.bottom).toBeLessThanOrEqual(bounds.bottom);
    expect.soft(style.getPropertyValue('--arc-accent')).toBe('');
    expect.soft(overlay.getAttribute('style') ?? '').not.toContain('position');
  });

  it('still applies a legit accent as --arc-accent', async () => {
    const host = await renderWith({ accent: LEGIT });
    const { overlay } = parts(host);
    expect(getComputedStyle(overlay).getPropertyValue('--arc-accent').trim()).toBe(LEGIT);
    const primary = host.querySelector<HTMLElement>('button');
    expect(primary?.textContent).toBe('Reconnect');
    expect(getComputedStyle(primary as HTMLElement).backgroundColor).toBe('rgb(0, 170, 255)');
  });
});

import { ArcwareInit, type ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import {
  AfkWarningActivateEvent,
  AfkWarningUpdateEvent,
} from '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleWarning } from '../../src/ui/idle-warning.js';
import { createRealStream, prepareSdkEnvironment } from '../support/real-sdk.js';
import { startSignallingServer, type SignallingServer } from '../support/signalling-server.js';

const STOCK_TEXT = 'No activity detected';

let server: SignallingServer;
let stream: ArcwarePixelStreaming | null = null;
let stage: HTMLElement | null = null;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
beforeEach(async () => {
  server = await startSignallingServer();
  prepareSdkEnvironment();
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  stream?.removePlayer();
  stream?.videoElementParent.remove();
  stage?.remove();
  stream = null;
  stage = null;
  await server.close();
  vi.restoreAllMocks();
});

/**
 * The README's set-up: `ArcwareInit` (which always builds an `ArcwareApplication`), and only
 * `PixelStreaming.videoElementParent` put on the page's stage.
 */
function initLikeTheReadme(whiteLabelling: Record<string, unknown>) {
  const init = ArcwareInit(
    { shareId: 'share-test' },
    { initialSettings: { ss: server.url, KeepaliveDelay: 0 }, settings: { whiteLabelling } },
    true,
  );
  stream = init.PixelStreaming;
  stage = document.body.appendChild(document.createElement('div'));
  stage.append(init.PixelStreaming.videoElementParent);
  return { ...init, stage };
}

/** Epic's warning as its AFK controller sends it: a stale activate, then the real count. */
function warn(ps: ArcwarePixelStreaming, dismissAfk: () => void): void {
  act(() => {
    ps.dispatchEvent(new AfkWarningActivateEvent({ countDown: 0, dismissAfk }));
    ps.dispatchEvent(new AfkWarningUpdateEvent({ countDown: 8 }));
  });
}

/** Elements whose own text is Epic's English AFK text, and that no `hiddenState` ancestor hides. */
const shownStock = (root: Element): Element[] =>
  [...root.querySelectorAll('*')].filter(
    (element) =>
      [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(STOCK_TEXT),
      ) && element.closest('.hiddenState') === null,
  );

describe("Epic's stock AFK overlay on the real SDK", () => {
  it('lives inside videoElementParent, so a page that shows only that still gets it', () => {
    const { PixelStreaming, Application, stage } = initLikeTheReadme({});
    const stock = PixelStreaming.videoElementParent.querySelector('#afkOverlay');
    expect(stock).not.toBeNull();
    expect(stage.contains(stock)).toBe(true);
    // Moving videoElementParent to the stage took it out of the Application's own root.
    expect(Application.rootElement.contains(stock)).toBe(false);
    expect(shownStock(stage)).toEqual([]);

    warn(PixelStreaming, vi.fn());
    expect(shownStock(stage).length).toBeGreaterThan(0);
    expect(stock).not.toHaveClass('hiddenState');
    expect(stock?.textContent).toContain('Disconnecting in 8 seconds');
  });

  it('stays hidden with settings.whiteLabelling.hideAfkOverlay, while ours asks and keeps the stream', async () => {
    const { PixelStreaming, Application, stage } = initLikeTheReadme({ hideAfkOverlay: true });
    const dismissAfk = vi.fn();
    // Beside the video, in a node of its own: React owns what it renders into.
    const overlay = stage.appendChild(document.createElement('div'));
    render(<IdleWarning pixelStreaming={PixelStreaming} />, { container: overlay });

    warn(PixelStreaming, dismissAfk);
    expect(stage.contains(PixelStreaming.videoElementParent)).toBe(true);
    expect(shownStock(stage)).toEqual([]);
    expect(shownStock(Application.rootElement)).toEqual([]);
    expect(PixelStreaming.videoElementParent.querySelector('#afkOverlay')).toHaveClass(
      'hiddenState',
    );
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Are you still there?');
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(
      'The stream ends in 8 seconds',
    );

    await userEvent.click(screen.getByRole('button', { name: "I'm still here" }));
    expect(dismissAfk).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('is not there at all for a stream made without ArcwareInit (no ArcwareApplication)', () => {
    stream = createRealStream(server.url);
    document.body.append(stream.videoElementParent);
    warn(stream, vi.fn());
    expect(stream.videoElementParent.querySelector('#afkOverlay')).toBeNull();
    expect(document.body.textContent).not.toContain(STOCK_TEXT);
  });
});

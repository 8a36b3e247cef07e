import { ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CloseStream } from '../../src/core/stream-types.js';
import { useArcwareCloseState } from '../../src/react/use-arcware-close-state.js';
import { countEventListeners, sdkListenerCounts } from '../support/listener-count.js';
import { createRealStream, sleep } from '../support/real-sdk.js';
import { startSignallingServer, type SignallingServer } from '../support/signalling-server.js';

let server: SignallingServer;
let streams: ArcwarePixelStreaming[];

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
beforeEach(async () => {
  server = await startSignallingServer();
  ArcwarePixelStreaming.clearSessionId();
  streams = [];
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  for (const ps of streams) ps.removePlayer();
  await server.close();
  vi.restoreAllMocks();
});

function stream(): ArcwarePixelStreaming {
  const ps = createRealStream(server.url);
  streams.push(ps);
  return ps;
}

function Status({ ps }: { ps: CloseStream | null }) {
  const state = useArcwareCloseState(ps, { backoff: { initialMs: 200, maxMs: 200 } });
  return <output>{`${state.status}:${state.close?.code ?? '-'}`}</output>;
}

describe('useArcwareCloseState lifecycle on the real SDK', () => {
  it('leaves no listener behind after 1 000 StrictMode mount/unmount cycles', () => {
    const ps = stream();
    const baseline = sdkListenerCounts(ps);
    const events = countEventListeners(ps);
    const windowEvents = countEventListeners(window);
    const documentEvents = countEventListeners(document);
    const root = createRoot(document.createElement('div'));
    const mount = () =>
      flushSync(() =>
        root.render(
          <StrictMode>
            <Status ps={ps} />
          </StrictMode>,
        ),
      );
    mount();
    expect(sdkListenerCounts(ps).closeHub).toBe(baseline.closeHub + 1);
    expect(windowEvents.get('online')).toBe(1);
    for (let i = 0; i < 1_000; i += 1) {
      flushSync(() => root.render(null));
      mount();
    }
    flushSync(() => root.render(null));
    root.unmount();
    expect(sdkListenerCounts(ps)).toEqual(baseline);
    expect([...events.values()].every((count) => count === 0)).toBe(true);
    expect(windowEvents.get('online') ?? 0).toBe(0);
    expect(documentEvents.get('visibilitychange') ?? 0).toBe(0);
  });

  it('leaves no retry timer behind: no socket opens after unmount', async () => {
    const ps = stream();
    server.setScript((socket, index) => index === 0 && socket.terminate());
    const view = render(<Status ps={ps} />);
    ps.connect();
    await waitFor(() => expect(view.container.textContent).toBe('reconnecting:1006'));
    view.unmount();
    await sleep(400);
    expect(server.upgrades).toHaveLength(1);
  });

  it('moves its listeners to a new pixelStreaming and follows that one', async () => {
    const first = stream();
    const second = stream();
    const base = sdkListenerCounts(first);
    const view = render(<Status ps={first} />);
    view.rerender(<Status ps={second} />);
    expect(sdkListenerCounts(first)).toEqual(base);
    expect(sdkListenerCounts(second).transportClose).toBe(base.transportClose + 1);
    server.setScript((socket) => socket.close(4450, 'no'));
    second.connect();
    await waitFor(() => expect(view.container.textContent).toBe('closed:4450'));
    view.unmount();
    expect(sdkListenerCounts(second)).toEqual(base);
  });

  it('renders idle for a stream that does not exist yet', () => {
    const view = render(<Status ps={null} />);
    expect(view.container.textContent).toBe('idle:-');
  });

  it('renders on the server and hydrates without a word in the console', async () => {
    const ps = stream();
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Status ps={ps} />);
    expect(container.textContent).toBe('idle:-');
    document.body.append(container);
    const root = hydrateRoot(container, <Status ps={ps} />);
    server.setScript((socket) => socket.close(4460, 'trial'));
    await sleep(20);
    ps.connect();
    await waitFor(() => expect(container.textContent).toBe('closed:4460'));
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    root.unmount();
    container.remove();
  });
});

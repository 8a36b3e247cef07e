import { ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CloseReport } from '../../src/core/close-store.js';
import {
  useArcwareCloseState,
  type ArcwareCloseOptions,
} from '../../src/react/use-arcware-close-state.js';
import { createRealStream, sleep } from '../support/real-sdk.js';
import {
  keepOpen,
  send,
  startSignallingServer,
  type ConnectionScript,
  type SignallingServer,
} from '../support/signalling-server.js';

let server: SignallingServer;
let ps: ArcwarePixelStreaming;
let reports: CloseReport[];

beforeAll(() => {
  // Socket events arrive outside act(); waitFor below observes the renders they cause.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
beforeEach(async () => {
  server = await startSignallingServer();
  ArcwarePixelStreaming.clearSessionId();
  ps = createRealStream(server.url);
  reports = [];
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  ps.removePlayer();
  await server.close();
  vi.restoreAllMocks();
});

function follow(script: ConnectionScript, options: ArcwareCloseOptions = {}) {
  server.setScript(script);
  const hook = renderHook(() =>
    useArcwareCloseState(ps, { onClose: (report) => reports.push(report), ...options }),
  );
  ps.connect();
  return hook;
}

describe('useArcwareCloseState on the real SDK', () => {
  it('reports a close 100 ms after connect(), which the SDK close hub misses', async () => {
    const hubSaw: number[] = [];
    ps.websocketOnCloseHandler.add((event) => hubSaw.push(event.code));
    const { result } = follow((socket) =>
      setTimeout(() => socket.close(4450, 'Unauthorized'), 100),
    );
    await waitFor(() => expect(result.current.status).toBe('closed'));
    expect(result.current.close).toMatchObject({
      code: 4450,
      category: 'access',
      reason: 'Unauthorized',
    });
    expect(hubSaw).toEqual([]);
    expect(reports.map((report) => report.code)).toEqual([4450]);
  });

  it('reports a later close, seen by both the transport and the hub, once', async () => {
    const hubSaw: number[] = [];
    ps.websocketOnCloseHandler.add((event) => hubSaw.push(event.code));
    const { result } = follow((socket, index) => {
      if (index === 0) setTimeout(() => socket.close(4504, 'elsewhere'), 50);
      else setTimeout(() => socket.close(4460, 'trial over'), 300);
    });
    await waitFor(() => expect(result.current.close?.code).toBe(4504));
    // reconnect() re-binds the SDK hub to the new socket, so both channels see the next close.
    result.current.reconnect();
    await waitFor(() => expect(result.current.close?.code).toBe(4460));
    await sleep(100);
    expect(hubSaw).toEqual([4460]);
    expect(reports.map((report) => report.code)).toEqual([4504, 4460]);
  });

  it("reports a server error's code, not the SDK's own 1000", async () => {
    const codes: number[] = [];
    ps.websocketOnCloseHandler.add((event) => codes.push(event.code));
    const { result } = follow((socket) =>
      setTimeout(
        () => send(socket, { type: 'error', code: 4506, reason: 'AFK', verbosity: 0 }),
        50,
      ),
    );
    await waitFor(() => expect(result.current.status).toBe('closed'));
    expect(result.current.close).toMatchObject({ code: 4506, name: 'CLIENT_AFK', reason: 'AFK' });
    expect(reports).toHaveLength(1);
  });

  it('shows nothing for a reconnect() the page makes while the socket is open', async () => {
    const { result } = follow(keepOpen);
    await waitFor(() => expect(server.sockets.size).toBe(1));
    ps.reconnect();
    await waitFor(() => expect(server.upgrades).toHaveLength(2), { timeout: 3_000 });
    await sleep(50);
    expect(result.current.status).toBe('idle');
    expect(reports).toEqual([]);
  });

  it('shows nothing when the page disconnect()s', async () => {
    const { result } = follow(keepOpen);
    await waitFor(() => expect(server.sockets.size).toBe(1));
    ps.disconnect();
    await waitFor(() => expect(server.sockets.size).toBe(0));
    await sleep(50);
    expect(result.current.status).toBe('idle');
    expect(reports).toEqual([]);
  });

  it('reads the browser idle timeout as idle, offering resume', async () => {
    const { result } = follow(keepOpen);
    await waitFor(() => expect(server.sockets.size).toBe(1));
    const controller = (ps as unknown as { webRtcController: AfkHost }).webRtcController;
    controller.afkController.activateAfkEvent();
    // The setting's minimum is 10 s; the SDK's own countdown ends after one more tick instead.
    controller.afkController.countDown = 1;
    await waitFor(() => expect(result.current.status).toBe('closed'), { timeout: 3_000 });
    expect(result.current.close).toMatchObject({
      code: 1000,
      category: 'idle',
      actions: ['reconnect', 'dismiss'],
      source: 'idle-timeout',
    });
  });
});

interface AfkHost {
  afkController: { activateAfkEvent(): void; countDown: number };
}

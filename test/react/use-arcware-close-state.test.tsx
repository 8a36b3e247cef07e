import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CloseReport } from '../../src/core/close-store.js';
import {
  useArcwareCloseState,
  type ArcwareCloseOptions,
} from '../../src/react/use-arcware-close-state.js';
import { sleep, withRealSdk } from '../support/real-sdk.js';
import { keepOpen, send, type ConnectionScript } from '../support/signalling-server.js';

const sdk = withRealSdk();
let reports: CloseReport[];

beforeEach(() => {
  reports = [];
});

function follow(script: ConnectionScript, options: ArcwareCloseOptions = {}) {
  sdk.server.setScript(script);
  const hook = renderHook(() =>
    useArcwareCloseState(sdk.ps, { onClose: (report) => reports.push(report), ...options }),
  );
  sdk.ps.connect();
  return hook;
}

describe('useArcwareCloseState on the real SDK', () => {
  it('reports a close 100 ms after connect(), which the SDK close hub misses', async () => {
    const hubSaw: number[] = [];
    sdk.ps.websocketOnCloseHandler.add((event) => hubSaw.push(event.code));
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
    sdk.ps.websocketOnCloseHandler.add((event) => hubSaw.push(event.code));
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
    sdk.ps.websocketOnCloseHandler.add((event) => codes.push(event.code));
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
    await waitFor(() => expect(sdk.server.sockets.size).toBe(1));
    sdk.ps.reconnect();
    await waitFor(() => expect(sdk.server.upgrades).toHaveLength(2), { timeout: 8_000 });
    await sleep(50);
    expect(result.current.status).toBe('idle');
    expect(reports).toEqual([]);
  });

  it('shows nothing when the page disconnect()s', async () => {
    const { result } = follow(keepOpen);
    await waitFor(() => expect(sdk.server.sockets.size).toBe(1));
    sdk.ps.disconnect();
    await waitFor(() => expect(sdk.server.sockets.size).toBe(0));
    await sleep(50);
    expect(result.current.status).toBe('idle');
    expect(reports).toEqual([]);
  });

  it('reads the browser idle timeout as idle, offering resume', async () => {
    const { result } = follow(keepOpen);
    await waitFor(() => expect(sdk.server.sockets.size).toBe(1));
    const controller = (sdk.ps as unknown as { webRtcController: AfkHost }).webRtcController;
    controller.afkController.activateAfkEvent();
    // The setting's minimum is 10 s; the SDK's own countdown ends after one more tick instead.
    controller.afkController.countDown = 1;
    await waitFor(() => expect(result.current.status).toBe('closed'), { timeout: 8_000 });
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

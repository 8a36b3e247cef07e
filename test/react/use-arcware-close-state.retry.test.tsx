import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  useArcwareCloseState,
  type ArcwareCloseOptions,
} from '../../src/react/use-arcware-close-state.js';
import { sleep, withRealSdk } from '../support/real-sdk.js';
import { send, type ConnectionScript } from '../support/signalling-server.js';

const sdk = withRealSdk();

const FAST: ArcwareCloseOptions = { backoff: { initialMs: 40, maxMs: 80 }, random: () => 0.5 };

afterEach(() => {
  Reflect.deleteProperty(navigator, 'onLine');
});

function follow(script: ConnectionScript, options: ArcwareCloseOptions = {}) {
  sdk.server.setScript(script);
  const hook = renderHook(() => useArcwareCloseState(sdk.ps, { ...FAST, ...options }));
  sdk.ps.connect();
  return hook;
}

const dropAfter =
  (ms: number): ConnectionScript =>
  (socket) =>
    setTimeout(() => socket.terminate(), ms);

describe('useArcwareCloseState retries on the real SDK', () => {
  it('gives up after maxAttempts against a server that accepts and drops every socket', async () => {
    const { result } = follow(dropAfter(20), { maxAttempts: 3 });
    await waitFor(() => expect(result.current.gaveUp).toBe(true), { timeout: 8_000 });
    expect(result.current).toMatchObject({ status: 'closed', attempt: 3, close: { code: 1006 } });
    await sleep(500);
    expect(sdk.server.upgrades).toHaveLength(1 + 3);
  });

  it('recovers once a new socket stays open, and the count starts again', async () => {
    const { result } = follow((socket, index) => index === 0 && socket.terminate(), {
      recoveredAfterMs: 150,
    });
    await waitFor(() => expect(result.current.attempt).toBe(1));
    expect(result.current.status).toBe('reconnecting');
    await waitFor(() => expect(result.current.status).toBe('idle'));
    expect(result.current.attempt).toBe(0);
    expect(sdk.server.upgrades).toHaveLength(2);
  });

  it('stops retrying at a terminal close', async () => {
    const { result } = follow((socket, index) =>
      index === 0 ? socket.terminate() : socket.close(4450, 'Unauthorized'),
    );
    await waitFor(() => expect(result.current.close?.code).toBe(4450));
    expect(result.current.status).toBe('closed');
    await sleep(400);
    expect(sdk.server.upgrades).toHaveLength(2);
  });

  it('makes no attempt while offline, then one on online', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const { result } = follow((socket, index) => index === 0 && socket.terminate());
    await waitFor(() => expect(result.current.waitingFor).toBe('online'));
    await sleep(300);
    expect(sdk.server.upgrades).toHaveLength(1);
    Reflect.deleteProperty(navigator, 'onLine');
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(sdk.server.upgrades).toHaveLength(2));
    expect(result.current.attempt).toBe(1);
  });

  it('newSession() connects without the stored session; reconnect() keeps it', async () => {
    const { result } = follow((socket, index) => {
      send(socket, { type: 'sessionId', sessionId: `session-${index}` });
      setTimeout(() => socket.close(4461, 'max runtime'), 50);
    });
    await waitFor(() => expect(result.current.close?.code).toBe(4461));
    result.current.reconnect();
    await waitFor(() => expect(sdk.server.upgrades).toHaveLength(2));
    expect(sdk.server.upgrades[1]).toContain('s=session-0');
    await waitFor(() => expect(result.current.status).toBe('closed'));
    result.current.newSession();
    await waitFor(() => expect(sdk.server.upgrades).toHaveLength(3));
    expect(sdk.server.upgrades[2]).not.toContain('s=');
  });

  it('dismiss() hides the close; cancelRetry() stops the scheduled attempt', async () => {
    const { result } = follow(dropAfter(20), { backoff: { initialMs: 400, maxMs: 400 } });
    await waitFor(() => expect(result.current.retryAt).not.toBeNull());
    result.current.cancelRetry();
    await waitFor(() => expect(result.current.status).toBe('closed'));
    await sleep(500);
    expect(sdk.server.upgrades).toHaveLength(1);
    result.current.dismiss();
    await waitFor(() => expect(result.current.status).toBe('idle'));
  });
});

import { ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { useArcwareCloseState } from '../../src/react/use-arcware-close-state.js';
import { createRealStream, sleep } from '../support/real-sdk.js';
import {
  startSignallingServer,
  type ConnectionScript,
  type SignallingServer,
} from '../support/signalling-server.js';

let server: SignallingServer;
let ps: ArcwarePixelStreaming;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
beforeEach(async () => {
  server = await startSignallingServer();
  ArcwarePixelStreaming.clearSessionId();
  ps = createRealStream(server.url);
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  ps.removePlayer();
  await server.close();
  vi.restoreAllMocks();
});

/** First socket: closed by a stream hiccup; the page then calls reconnect() on the closed socket. */
const hiccupThenTerminal: ConnectionScript = (socket, index) => {
  if (index === 0) setTimeout(() => socket.close(4503, 'stream disconnected'), 50);
  else setTimeout(() => socket.close(4461, 'max runtime'), 100);
};

async function manualReconnectThenTerminal(): Promise<void> {
  server.setScript(hiccupThenTerminal);
  ps.connect();
  await waitFor(() => expect(ps.websocketState).toBe(3));
  await waitFor(() => expect(server.upgrades).toHaveLength(1));
  await sleep(50);
  ps.reconnect();
  await waitFor(() => expect(server.upgrades).toHaveLength(2));
  await waitFor(() => expect(server.sockets.size).toBe(0));
}

it('without the kit, the SDK reconnects by itself after a terminal close (the trap)', async () => {
  await manualReconnectThenTerminal();
  await sleep(3_000);
  expect(server.upgrades).toHaveLength(3);
});

it('with the kit, a terminal close after a manual reconnect opens no new socket in 5 s', async () => {
  const { result } = renderHook(() => useArcwareCloseState(ps, { autoReconnect: false }));
  await manualReconnectThenTerminal();
  await waitFor(() => expect(result.current.close?.code).toBe(4461));
  const before = server.upgrades.length;
  await sleep(5_000);
  expect(server.upgrades.length - before).toBe(0);
  expect(result.current.status).toBe('closed');
}, 10_000);

it("the kit's own retry leaves no stuck auto-reconnect behind either", async () => {
  server.setScript(hiccupThenTerminal);
  const { result } = renderHook(() =>
    useArcwareCloseState(ps, { random: () => 0, backoff: { initialMs: 10 } }),
  );
  ps.connect();
  await waitFor(() => expect(result.current.close?.code).toBe(4461));
  expect(server.upgrades).toHaveLength(2);
  // Epic's stuck flag would reconnect 2 s after the close.
  await sleep(2_500);
  expect(server.upgrades).toHaveLength(2);
});

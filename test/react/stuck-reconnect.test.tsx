import { renderHook, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useArcwareCloseState } from '../../src/react/use-arcware-close-state.js';
import { sleep, withRealSdk } from '../support/real-sdk.js';
import type { ConnectionScript } from '../support/signalling-server.js';

const sdk = withRealSdk();

/** First socket: closed by a stream hiccup; the page then calls reconnect() on the closed socket. */
const hiccupThenTerminal: ConnectionScript = (socket, index) => {
  if (index === 0) setTimeout(() => socket.close(4503, 'stream disconnected'), 50);
  else setTimeout(() => socket.close(4461, 'max runtime'), 100);
};

async function manualReconnectThenTerminal(): Promise<void> {
  sdk.server.setScript(hiccupThenTerminal);
  sdk.ps.connect();
  await waitFor(() => expect(sdk.ps.websocketState).toBe(3));
  await waitFor(() => expect(sdk.server.upgrades).toHaveLength(1));
  await sleep(50);
  sdk.ps.reconnect();
  await waitFor(() => expect(sdk.server.upgrades).toHaveLength(2));
  await waitFor(() => expect(sdk.server.sockets.size).toBe(0));
}

it('without the kit, the SDK reconnects by itself after a terminal close (the trap)', async () => {
  await manualReconnectThenTerminal();
  await sleep(3_000);
  expect(sdk.server.upgrades).toHaveLength(3);
});

it('with the kit, a terminal close after a manual reconnect opens no new socket in 5 s', async () => {
  const { result } = renderHook(() => useArcwareCloseState(sdk.ps, { autoReconnect: false }));
  await manualReconnectThenTerminal();
  await waitFor(() => expect(result.current.close?.code).toBe(4461));
  const before = sdk.server.upgrades.length;
  await sleep(5_000);
  expect(sdk.server.upgrades.length - before).toBe(0);
  expect(result.current.status).toBe('closed');
}, 10_000);

it("the kit's own retry leaves no stuck auto-reconnect behind either", async () => {
  sdk.server.setScript(hiccupThenTerminal);
  const { result } = renderHook(() =>
    useArcwareCloseState(sdk.ps, { random: () => 0, backoff: { initialMs: 10 } }),
  );
  sdk.ps.connect();
  await waitFor(() => expect(result.current.close?.code).toBe(4461));
  expect(sdk.server.upgrades).toHaveLength(2);
  // Epic's stuck flag would reconnect 2 s after the close.
  await sleep(2_500);
  expect(sdk.server.upgrades).toHaveLength(2);
});

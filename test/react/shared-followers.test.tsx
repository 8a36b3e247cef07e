import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useState, useEffect, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { CloseStream } from '../../src/core/stream-types.js';
import {
  useArcwareCloseState,
  type ArcwareCloseOptions,
} from '../../src/react/use-arcware-close-state.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { sleep, withRealSdk } from '../support/real-sdk.js';
import type { ConnectionScript } from '../support/signalling-server.js';

const sdk = withRealSdk();

const FAST: ArcwareCloseOptions = { backoff: { initialMs: 40, maxMs: 80 } };

/** A status bar elsewhere on the page, following the same stream as the overlay. */
function StatusBar({ id, ps, options }: { id: string; ps: CloseStream; options?: object }) {
  const state = useArcwareCloseState(ps, { ...FAST, ...options });
  return (
    <p data-testid={id}>
      {`${state.status} attempt ${state.attempt}/${state.maxAttempts} gaveUp ${state.gaveUp}`}
    </p>
  );
}

/** Mounts its children after `ms`, as a page that renders followers at different times. */
function Later({ ms, children }: { ms: number; children: ReactNode }) {
  const [shown, setShown] = useState(ms === 0);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return shown ? children : null;
}

function Page({ apartMs }: { apartMs: number }) {
  return (
    <StrictMode>
      <CloseOverlay pixelStreaming={sdk.ps} options={{ ...FAST, maxAttempts: 3 }} />
      <Later ms={apartMs}>
        <StatusBar id="first" ps={sdk.ps} />
      </Later>
      <Later ms={apartMs * 2}>
        <StatusBar id="second" ps={sdk.ps} options={{ maxAttempts: 3 }} />
      </Later>
    </StrictMode>
  );
}

const dropEverySocket: ConnectionScript = (socket) => setTimeout(() => socket.terminate(), 20);

async function expectAllGaveUp(): Promise<void> {
  const gaveUp = 'closed attempt 3/3 gaveUp true';
  await waitFor(() => expect(screen.getByTestId('second')).toHaveTextContent(gaveUp), {
    timeout: 10_000,
  });
  expect(screen.getByTestId('first')).toHaveTextContent(gaveUp);
  expect(screen.getByRole('alertdialog')).toHaveTextContent(
    'Could not reconnect after 3 attempts.',
  );
}

describe('an overlay and two status bars on one real stream, under StrictMode', () => {
  it.each([
    ['mounted together', 0],
    ['mounted 60 ms apart, during the retries', 60],
  ])(
    'share one retry schedule against a server that drops every socket (%s)',
    async (_, apartMs) => {
      sdk.server.setScript(dropEverySocket);
      render(<Page apartMs={apartMs} />);
      sdk.ps.connect();
      await expectAllGaveUp();
      expect(sdk.server.upgrades.length).toBeLessThanOrEqual(1 + 3);
      const seen = sdk.server.upgrades.length;
      await sleep(3_000);
      expect(sdk.server.upgrades).toHaveLength(seen);
    },
  );

  it('open exactly one socket for a trial limit (4460), whoever follows', async () => {
    sdk.server.setScript((socket) => setTimeout(() => socket.close(4460, 'Trial over'), 30));
    render(<Page apartMs={60} />);
    sdk.ps.connect();
    await screen.findByRole('alertdialog', { name: 'Stream unavailable' }, { timeout: 8_000 });
    await waitFor(() => expect(screen.getByTestId('second')).toHaveTextContent('closed'));
    expect(screen.getByTestId('first')).toHaveTextContent('closed attempt 0/0 gaveUp false');
    await sleep(3_000);
    expect(sdk.server.upgrades).toHaveLength(1);
  });
});

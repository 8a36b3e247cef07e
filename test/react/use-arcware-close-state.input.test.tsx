import { ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { act, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { useArcwareCloseState } from '../../src/react/use-arcware-close-state.js';
import { createRealStream } from '../support/real-sdk.js';

let ps: ArcwarePixelStreaming;
let commits: number;

interface Internals {
  websocketOnCloseHandler: { callbacks: Array<(event: unknown) => void> };
  webRtcController: { transport: { emit(event: string, ...args: unknown[]): void } };
}

beforeEach(() => {
  ArcwarePixelStreaming.clearSessionId();
  // Nothing connects in this file: the events are handed to the SDK's own hubs directly.
  ps = createRealStream('ws://127.0.0.1:9');
  commits = 0;
});
afterEach(() => ps.removePlayer());

function Status() {
  const state = useArcwareCloseState(ps, { autoReconnect: false });
  return (
    <output>{`${state.status}:${state.close?.name ?? '-'}:${state.close?.reason ?? ''}`}</output>
  );
}

const sdk = () => ps as unknown as Internals;
const throughHub = (event: unknown) =>
  sdk().websocketOnCloseHandler.callbacks.forEach((callback) => callback(event));
const throughTransport = (event: unknown) => sdk().webRtcController.transport.emit('close', event);

it('shows a null close event as an unknown close, without throwing', () => {
  const view = render(<Status />);
  act(() => throughHub(null));
  expect(view.container.textContent).toBe('closed:NOT_A_CLOSE_CODE:');
});

it('reads a string code and shows a missing one as unknown', () => {
  const view = render(<Status />);
  act(() => throughTransport({ code: '4460', reason: 'trial' }));
  expect(view.container.textContent).toBe('closed:TRIAL_LIMIT:trial');
  act(() => throughTransport({ reason: 'what' }));
  expect(view.container.textContent).toBe('closed:NOT_A_CLOSE_CODE:what');
});

it('shows at most 123 bytes of a 10 000-character reason', () => {
  const view = render(<Status />);
  act(() => throughTransport({ code: 4450, reason: '<b>'.repeat(3_334) }));
  const reason = view.container.textContent?.split(':')[2] ?? '';
  expect(new TextEncoder().encode(reason).length).toBeLessThanOrEqual(123);
  expect(view.container.querySelector('b')).toBeNull();
});

it('takes a burst of 10 000 closes in one task with a couple of renders', () => {
  const view = render(
    <Profiler id="status" onRender={() => (commits += 1)}>
      <Status />
    </Profiler>,
  );
  const before = commits;
  act(() => {
    for (let i = 0; i < 10_000; i += 1) {
      throughTransport({ code: 4450 + (i % 2) * 10, reason: 'x'.repeat(10_000), wasClean: true });
    }
  });
  expect(view.container.textContent).toBe(`closed:TRIAL_LIMIT:${'x'.repeat(123)}`);
  expect(commits - before).toBeLessThanOrEqual(2);
});

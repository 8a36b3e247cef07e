// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import { useArcwareCloseState } from '../../src/react/use-arcware-close-state.js';
import { ScriptedStream } from '../support/scripted-stream.js';

function Status({ ps }: { ps: ScriptedStream | null }) {
  const state = useArcwareCloseState(ps);
  return <output>{state.status}</output>;
}

it('renders idle on a server with no window, attaching nothing and logging nothing', () => {
  expect(typeof window).toBe('undefined');
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  const ps = new ScriptedStream();
  const html = renderToString(<Status ps={ps} />) + renderToString(<Status ps={null} />);
  expect(html).toBe('<output>idle</output><output>idle</output>');
  expect(ps.listenerCount()).toBe(0);
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
});

import { act, render, screen } from '@testing-library/react';
import { useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, test } from 'vitest';

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {`count ${count}`}
    </button>
  );
}

test('the react18 projects run React 18.3 for react, react-dom and Testing Library alike', async () => {
  expect(version).toMatch(/^18\.3\./);
  expect(domVersion).toMatch(/^18\.3\./);
  // A hook in a component rendered by Testing Library only works when its react-dom and ours
  // share one React: with a second copy, React throws "Invalid hook call".
  render(<Counter />);
  await act(async () => screen.getByRole('button').click());
  expect(screen.getByRole('button').textContent).toBe('count 1');
});

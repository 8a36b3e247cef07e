import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { de } from '../../src/locales/de.js';
import { CloseOverlay } from '../../src/ui/close-overlay.js';
import { closedState } from './close-state-fixtures.js';

afterEach(() => vi.restoreAllMocks());

it('renders on the server and hydrates with nothing logged', async () => {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  const app = <CloseOverlay state={closedState(4461)} locale="de" locales={[de]} />;
  const html = renderToString(app);
  expect(html).toContain('lang="de"');
  expect(html).toContain(String(de.messages['title.session']));
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  const root = await act(async () => hydrateRoot(host, app));
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
  expect(host.querySelector('[role="alertdialog"]')).toHaveAttribute('lang', 'de');
  act(() => root.unmount());
  host.remove();
});

it('a page-modal overlay renders nothing on the server and appears after hydration', async () => {
  const error = vi.spyOn(console, 'error');
  const app = <CloseOverlay state={closedState(1000)} modal />;
  const html = renderToString(app);
  expect(html).toBe('');
  const host = document.createElement('div');
  document.body.append(host);
  const root = await act(async () => hydrateRoot(host, app));
  expect(error).not.toHaveBeenCalled();
  expect(
    document.body.querySelector(':scope > [role="alertdialog"][aria-modal="true"]'),
  ).not.toBeNull();
  expect(host).toHaveAttribute('inert');
  act(() => root.unmount());
  expect(host).not.toHaveAttribute('inert');
  expect(document.body.querySelector('[role="alertdialog"]')).toBeNull();
  host.remove();
});

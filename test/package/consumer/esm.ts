// A consumer's ES module: type-checked under node16 and bundler resolution, then run in Node.
import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';
import {
  CloseOverlay,
  IDLE_STATE,
  describeCloseCode,
  overlayView,
  useArcwareCloseState,
  type CloseOverlayState,
} from 'react-arcware-close';
import { describeCloseCode as describeFromCore } from 'react-arcware-close/core';
import { de } from 'react-arcware-close/locales/de';
import { en } from 'react-arcware-close/locales/en';

function HookProbe() {
  const state = useArcwareCloseState(null);
  return createElement('output', null, state.status);
}

const state: CloseOverlayState = {
  ...IDLE_STATE,
  status: 'closed',
  close: {
    ...describeCloseCode(4461),
    reason: 'Maximum run time reached',
    wasClean: true,
    at: 0,
    source: 'server',
  },
};
const view = overlayView(state, false);
if (!view) throw new Error('a 4461 close must show the overlay');
const escape = (text: unknown) =>
  renderToString(createElement('b', null, String(text))).slice(3, -4);

console.log(
  JSON.stringify({
    react: version,
    hook: renderToString(createElement(HookProbe)),
    overlay: renderToString(createElement(CloseOverlay, { state })),
    german: renderToString(createElement(CloseOverlay, { state, locale: de })),
    title: escape(en.messages[view.titleKey]),
    germanTitle: escape(de.messages[view.titleKey]),
    oneCore: describeFromCore === describeCloseCode,
  }),
);

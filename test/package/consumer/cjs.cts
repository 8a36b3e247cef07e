// A consumer's CommonJS module: `require` of the ES-only package (Node >= 20.19).
/* eslint-disable @typescript-eslint/no-require-imports -- requiring the package is what this file proves */
import React = require('react');
import ReactDOMServer = require('react-dom/server');
import kit = require('react-arcware-close');
import core = require('react-arcware-close/core');
import locales = require('react-arcware-close/locales/en');

const state: kit.CloseOverlayState = {
  ...kit.IDLE_STATE,
  status: 'closed',
  close: { ...kit.describeCloseCode(4461), reason: '', wasClean: true, at: 0, source: 'server' },
};
const view = kit.overlayView(state, false);
if (!view) throw new Error('a 4461 close must show the overlay');
const escape = (text: unknown) =>
  ReactDOMServer.renderToString(React.createElement('b', null, String(text))).slice(3, -4);

console.log(
  JSON.stringify({
    react: React.version,
    overlay: ReactDOMServer.renderToString(React.createElement(kit.CloseOverlay, { state })),
    title: escape(locales.en.messages[view.titleKey]),
    oneCore: core.describeCloseCode === kit.describeCloseCode,
  }),
);

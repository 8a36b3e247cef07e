// The core entry in plain Node: no React installed, no DOM, no DOM types.
import { createCloseStore, describeCloseCode, sanitizeCloseReason } from 'react-arcware-close/core';

type Listener = (event: { code: number; reason: string; wasClean: boolean }) => void;
const listeners = new Set<Listener>();
// The store types the stream structurally, so a plain object stands in for the SDK here.
const stream = {
  websocketOnCloseHandler: {
    add: (listener: Listener) => listeners.add(listener),
    remove: (listener: Listener) => listeners.delete(listener),
  },
  reconnect: () => undefined,
};

const store = createCloseStore(stream as unknown as Parameters<typeof createCloseStore>[0]);
const before = store.getSnapshot().status;
// The store attaches to the stream with its first subscriber.
store.subscribe(() => undefined);
for (const listener of listeners)
  listener({ code: 4461, reason: 'max <b>run</b>', wasClean: true });
const after = store.getSnapshot();
store.destroy();

// The root entry is React code: without React installed it must fail, proving React is absent.
const root = 'react-arcware-close';
let rootImport = 'loaded';
try {
  await import(root);
} catch (error) {
  rootImport = String((error as { code?: unknown }).code);
}

console.log(
  JSON.stringify({
    name: describeCloseCode(4461).name,
    sanitized: sanitizeCloseReason('a\u0000b'),
    before,
    after: after.status,
    closeName: after.close?.name,
    listenersAfterDestroy: listeners.size,
    hasDom: 'document' in globalThis,
    rootImport,
  }),
);

import type { ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';

interface Internals {
  websocketOnCloseHandler: { callbacks: unknown[] };
  errorHandler: { callbacks: unknown[] };
  sessionIdHandler: { callbacks: unknown[] };
  webRtcController: { transport: { _eventListeners: Map<string, unknown[]> } };
}

/** Callbacks held by the SDK's hubs and transport. */
export interface SdkListenerCounts {
  closeHub: number;
  errorHub: number;
  sessionIdHub: number;
  transportClose: number;
  transportOpen: number;
}

/** How many callbacks the real SDK's hubs and its transport hold right now, per place. */
export function sdkListenerCounts(ps: ArcwarePixelStreaming): SdkListenerCounts {
  const sdk = ps as unknown as Internals;
  const transport = sdk.webRtcController.transport._eventListeners;
  return {
    closeHub: sdk.websocketOnCloseHandler.callbacks.length,
    errorHub: sdk.errorHandler.callbacks.length,
    sessionIdHub: sdk.sessionIdHandler.callbacks.length,
    transportClose: transport.get('close')?.length ?? 0,
    transportOpen: transport.get('open')?.length ?? 0,
  };
}

/** Counts listeners added minus removed through `target.addEventListener`, per event type. */
export function countEventListeners(target: {
  addEventListener: (...args: never[]) => unknown;
  removeEventListener: (...args: never[]) => unknown;
}): Map<string, number> {
  const counts = new Map<string, number>();
  const add = target.addEventListener.bind(target) as (...args: unknown[]) => unknown;
  const remove = target.removeEventListener.bind(target) as (...args: unknown[]) => unknown;
  Object.assign(target, {
    addEventListener(type: string, ...rest: unknown[]) {
      counts.set(type, (counts.get(type) ?? 0) + 1);
      return add(type, ...rest);
    },
    removeEventListener(type: string, ...rest: unknown[]) {
      counts.set(type, (counts.get(type) ?? 0) - 1);
      return remove(type, ...rest);
    },
  });
  return counts;
}

/**
 * Makes this page believe it is offline (or online again): `navigator.onLine` reads the given
 * value and the matching window event fires, as when a real network goes away. Only the page's
 * view changes; the simulator's `offline` command cuts the actual sockets.
 */
export function setPageOffline(offline: boolean): void {
  if (offline) {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  } else {
    // Removing the own property uncovers the browser's real getter again.
    Reflect.deleteProperty(navigator, 'onLine');
  }
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
}

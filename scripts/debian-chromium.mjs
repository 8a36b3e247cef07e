// Debian's chromium and the flags these machines need: no browser download works here, and
// without the background-networking flags chromium's connections are refused by the closed network.
import { execSync } from 'node:child_process';
import process from 'node:process';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The chromium binary: $CHROMIUM_PATH, else the one on PATH, else undefined. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

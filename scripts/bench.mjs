// `npm run bench`: figures from real Chromium and Node. Prints; asserts nothing.
/* global window, document -- the functions given to page.evaluate run in the page */
import console from 'node:console';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { WebSocketServer } from 'ws';
import { herdReport } from './bench-herd.mjs';
import { storeThroughput } from './bench-store.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './debian-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const pageDir = resolve(root, 'scripts/bench-page');
const outDir = resolve(root, '.tmp/bench-page');
const CLOSES = Number(process.env.BENCH_CLOSES ?? 200);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 1000);
const BURST = 100_000;
const ms = (value) => `${value.toFixed(1)} ms`;
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
const spread = (values) =>
  `median ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(Math.max(...values))}`;

/** A signalling server that accepts every socket and confirms a session on it. */
async function startServer() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((done) => server.once('listening', done));
  const sockets = [];
  let sessions = 0;
  server.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
    socket.send(JSON.stringify({ type: 'sessionId', sessionId: `bench-${(sessions += 1)}` }));
  });
  return {
    url: `ws://127.0.0.1:${server.address().port}`,
    latest: () => sockets[sockets.length - 1],
    close: () => new Promise((done) => server.close(done)),
  };
}

async function servePage() {
  await build({
    configFile: false,
    root: pageDir,
    logLevel: 'error',
    plugins: [react()],
    // The profiling build of react-dom: production speed, and Profiler's onRender still fires.
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000 },
  });
  return preview({
    configFile: false,
    root: pageDir,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4180 },
  });
}

async function main() {
  const server = await startServer();
  const site = await servePage();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const ready = () =>
    page.waitForFunction(() => window.bench?.ready(), null, { polling: 5, timeout: 15_000 });
  await page.goto(`${site.resolvedUrls.local[0]}?ss=${encodeURIComponent(server.url)}`);
  await ready();

  console.log(
    `react-arcware-close bench: Chromium ${browser.version()} (headless), Node ${process.version}, ` +
      `${cpus().length} CPU cores (os.cpus().length)\n`,
  );

  // 1. A terminal close (4461) reaching the page, until its overlay is in the DOM and painted.
  const samples = [];
  for (let i = 0; i < CLOSES; i += 1) {
    await ready();
    await page.evaluate(() => window.bench.arm());
    server.latest().close(4461, 'Maximum run time reached');
    samples.push(await page.evaluate(() => window.bench.closeSample()));
    await page.evaluate(() => window.bench.recover());
  }
  const hostCommits = samples.map((s) => s.hostCommits);
  const commits = samples.map((s) => s.commits);
  console.log(`Close reaching the page -> overlay (${CLOSES} closes of code 4461):`);
  console.log(`  in the DOM:  ${spread(samples.map((s) => s.dom - s.closeAt))}`);
  console.log(`  next paint:  ${spread(samples.map((s) => s.paint - s.closeAt))}`);
  console.log(
    `  host commits per close: ${percentile(hostCommits, 50)} (min ${Math.min(...hostCommits)}, ` +
      `max ${Math.max(...hostCommits)}); Profiler commits per close: ${percentile(commits, 50)} ` +
      `(min ${Math.min(...commits)}, max ${Math.max(...commits)})`,
  );

  // 2. A retryable close (1006, dropped TCP) with a ~10 s countdown: who re-renders each second.
  await ready();
  await page.evaluate(() => window.bench.arm());
  server.latest().terminate();
  await page.waitForFunction(() => document.querySelector('[data-part="countdown"]'));
  await sleep(500);
  const windowMs = 5_000;
  const countdown = await page.evaluate((span) => window.bench.countdownWindow(span), windowMs);
  await page.evaluate(() => window.bench.recover());
  const perSecond = (n) => (n / (windowMs / 1000)).toFixed(1);
  console.log(`\nDuring a countdown (${windowMs / 1000} s of a 1006 retry countdown):`);
  console.log(
    `  host commits per second: ${perSecond(countdown.hostCommits)}; Profiler commits per ` +
      `second (the countdown inside the overlay): ${perSecond(countdown.commits)}`,
  );
  console.log(`  countdown read "${countdown.first}" then "${countdown.last}"`);

  // 3. Mount/unmount cycles: what stays attached or scheduled afterwards.
  await ready();
  const cycles = await page.evaluate((n) => window.bench.cycles(n), CYCLES);
  console.log(`\nLeft behind after ${CYCLES} mount/unmount cycles (after - before; a negative`);
  console.log('count is something pending before the cycles that finished during them):');
  for (const [name, { before, after }] of Object.entries(cycles)) {
    const types = Object.entries(after.detachedTypes)
      .map(([type, n]) => `${type} ${n - (before.detachedTypes[type] ?? 0)}`)
      .join(', ');
    const delta = Object.fromEntries(
      Object.keys(after)
        .filter((key) => key !== 'detachedTypes')
        .map((key) => [key, after[key] - before[key]]),
    );
    const { timeouts, intervals, detachedElement, ...live } = delta;
    const listeners = Object.values(live).reduce((sum, n) => sum + n, 0);
    const detail = Object.entries(live)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
    console.log(
      `  ${name}: listeners ${listeners} (${detail}), timers ${timeouts + intervals} ` +
        `(timeouts ${timeouts}, intervals ${intervals}); on detached elements ${detachedElement}` +
        (detachedElement ? ` (${types})` : ''),
    );
  }

  await browser.close();
  await site.close();
  await server.close();

  // 4. The store alone, in Node: a burst of close events.
  console.log(`\nStore burst (Node, built core): ${BURST.toLocaleString('en')} close events`);
  for (const [name, rounds] of Object.entries(await storeThroughput(BURST))) {
    const median = percentile(
      rounds.map((r) => r.ms),
      50,
    );
    const last = rounds[rounds.length - 1];
    console.log(
      `  ${name}: median ${ms(median)} over ${rounds.length} rounds ` +
        `(${Math.round(BURST / (median / 1000)).toLocaleString('en')} events/s, ` +
        `${((median * 1e3) / BURST).toFixed(1)} µs/event); ` +
        `${last.notifications.toLocaleString('en')} notifications; ends ${last.status} on code ${last.code}`,
    );
  }

  // 5. A whole audience reconnecting at once: the built store on a virtual clock.
  console.log('');
  for (const line of await herdReport()) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

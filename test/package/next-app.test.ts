import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as Package from '../../src/index.js';

// A Next.js App Router app built with `next build` and served by `next start` from the packed
// tarball: a Server Component calls `describeCloseCode` from the root entry, a client component
// server-renders `<CloseOverlay>`. No registry: npm installs the tarball offline, and next, react,
// react-dom, TypeScript and the types are links into this repository's node_modules.
const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixture = resolve(import.meta.dirname, 'consumer/next-app');
const LINKED = [
  // The package's one dependency, linked so that npm needs no registry metadata for it.
  'clsx',
  'next',
  'react',
  'react-dom',
  'typescript',
  '@types/node',
  '@types/react',
  '@types/react-dom',
];
const INSTALL = ['install', '--offline', '--no-save', '--no-audit', '--no-fund'];

/**
 * Lines in Next's output that tell of a problem. Named benign lines: the build-cache notice
 * Next prints whenever `CI` is set, since a throwaway app never has a cache.
 */
const BENIGN = [/No build cache found\. Please configure build caching/];
const problems = (output: string) =>
  output
    .split('\n')
    .filter((line) => /error|warn|⚠|⨯/i.test(line))
    .filter((line) => !BENIGN.some((benign) => benign.test(line)));

/** Turbopack compiles only files under its root: a folder that holds the app and the links' targets. */
function commonRoot(a: string, b: string): string {
  const left = a.split(sep);
  const right = b.split(sep);
  let i = 0;
  while (i < left.length && left[i] === right[i]) i += 1;
  return left.slice(0, i).join(sep) || sep;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

let work = '';
let app = '';
let env: NodeJS.ProcessEnv = {};
let build = { code: 0, output: '' };
let server: ChildProcess | undefined;
let serverOutput = '';
const next = () => join(app, 'node_modules/next/dist/bin/next');

beforeAll(async () => {
  if (!existsSync(resolve(root, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  work = mkdtempSync(join(tmpdir(), 'arcware-next-'));
  app = join(work, 'app');
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
  });
  const [result] = JSON.parse(stdout) as { filename: string }[];
  cpSync(fixture, app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer-next', private: true }),
  );
  const links = LINKED.map((name) => resolve(root, 'node_modules', name));
  await run('npm', [...INSTALL, join(work, result!.filename), ...links], { cwd: app });

  env = {
    ...process.env,
    // Vitest sets NODE_ENV=test, which Next warns about: build and serve as an app would.
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_TEST_ROOT: commonRoot(realpathSync(app), realpathSync(resolve(root, 'node_modules'))),
  };
  try {
    const out = await run(process.execPath, [next(), 'build'], { cwd: app, env });
    build.output = out.stdout + out.stderr;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    build = { code: failed.code ?? 1, output: `${failed.stdout}${failed.stderr}` };
  }
}, 300_000);

afterAll(async () => {
  if (server?.exitCode === null) {
    const exited = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a Next.js App Router app on the packed tarball', () => {
  test('next build type-checks it and prerenders the page whose Server Component calls describeCloseCode', () => {
    expect(problems(build.output)).toEqual([]);
    expect(build.code).toBe(0);
    expect(build.output).toMatch(/○ \/\s*$/m);
  });

  test('next start serves the server part and the overlay dialog rendered on the server', async () => {
    expect(build.code).toBe(0);
    const port = await freePort();
    server = spawn(process.execPath, [next(), 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: app,
      env,
    });
    server.stdout!.on('data', (chunk: Buffer) => (serverOutput += chunk));
    server.stderr!.on('data', (chunk: Buffer) => (serverOutput += chunk));
    const url = `http://127.0.0.1:${port}`;
    let response: Response | undefined;
    for (let attempt = 0; attempt < 150 && !response && server.exitCode === null; attempt += 1) {
      response = await fetch(url).catch(() => undefined);
      if (!response) await new Promise((done) => setTimeout(done, 200));
    }
    expect(response?.status, serverOutput).toBe(200);
    const html = await response!.text();

    expect(html).toContain('Described on the server: TRIAL_LIMIT (4460), retry none');
    const dialog = /<div\b[^>]*\brole="alertdialog"[^>]*>/.exec(html)?.[0];
    expect(dialog).toContain('data-code="4460"');
    expect(dialog).toContain('data-status="closed"');
    expect(dialog).toContain('lang="en"');
    // The title is the one the installed package's English gives this close.
    const installed = pathToFileURL(join(app, 'node_modules/react-arcware-close/dist/index.js'));
    const pkg = (await import(installed.href)) as typeof Package;
    const close = { ...pkg.describeCloseCode(4460), reason: '', wasClean: true, at: 0 };
    const state = { ...pkg.IDLE_STATE, close: { ...close, source: 'server' as const } };
    const view = pkg.overlayView({ ...state, status: 'closed' }, false);
    expect(html).toContain(`>${String(pkg.en.messages[view!.titleKey])}</h2>`);

    // The stylesheet imported in the layout is served with the overlay's rules.
    const stylesheet = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await fetch(new URL(stylesheet!, url));
    expect(css.status).toBe(200);
    expect(await css.text()).toContain('.arc-close-overlay');

    const exited = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await exited;
    expect(problems(serverOutput)).toEqual([]);
  });
});

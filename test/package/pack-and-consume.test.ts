import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const consumer = resolve(import.meta.dirname, 'consumer');
const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
const INSTALL = ['install', '-E', '--prefer-offline', '--no-audit', '--no-fund', '--no-save'];

/** The consumer projects: React 19 and 18 with their types, and one with no React at all. */
const PROJECTS = {
  react19: ['react@19.3.1', 'react-dom@19.3.1', '@types/react@19.3.0', '@types/react-dom@19.3.0'],
  react18: ['react@18.3.1', 'react-dom@18.3.1', '@types/react@18.3.31', '@types/react-dom@18.3.7'],
  // --omit=peer keeps React out; @types/node is what a plain Node consumer type-checks with.
  core: ['--omit=peer', '@types/node@20.19.43'],
} as const;
type Project = keyof typeof PROJECTS;

let work = '';
let packed: { path: string }[] = [];
const dir = (project: Project) => join(work, project);

async function node(project: Project, file: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, [file], { cwd: dir(project) });
  return JSON.parse(stdout) as Record<string, unknown>;
}

async function typecheck(project: Project, config: string): Promise<string> {
  try {
    await run(process.execPath, [tsc, '-p', config, '--noEmit'], { cwd: dir(project) });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout || error);
  }
}

/** Emits the consumer unchecked into its own folder, so run tests depend on no type test. */
async function compile(project: Project, config: string, outDir: string): Promise<void> {
  const args = [tsc, '-p', config, '--noCheck', '--outDir', outDir];
  await run(process.execPath, args, { cwd: dir(project) });
}

beforeAll(async () => {
  if (!existsSync(resolve(root, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  work = mkdtempSync(join(tmpdir(), 'arcware-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
  });
  const [result] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packed = result!.files;
  const tarball = join(work, result!.filename);
  await Promise.all(
    (Object.keys(PROJECTS) as Project[]).map(async (project) => {
      // next-app/ is the Next.js consumer of next-app.test.ts, built on its own.
      const notNext = (path: string) => !path.startsWith(join(consumer, 'next-app'));
      cpSync(consumer, dir(project), { recursive: true, filter: notNext });
      const manifest = { name: `consumer-${project}`, private: true, type: 'module' };
      writeFileSync(join(dir(project), 'package.json'), JSON.stringify(manifest));
      await run('npm', [...INSTALL, tarball, ...PROJECTS[project]], { cwd: dir(project) });
    }),
  );
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the built entries and nothing from src or test', () => {
  const paths = packed.map((file) => file.path);
  expect(
    paths.filter((path) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(path)),
  ).toEqual([]);
  for (const entry of [
    'index.js',
    'index.d.ts',
    'core/index.js',
    'core/index.d.ts',
    'styles.css',
  ]) {
    expect(paths).toContain(`dist/${entry}`);
  }
  expect(paths).toContain('dist/locales/de.js');
  expect(paths).toContain('dist/locales/de.d.ts');
  expect(paths).toContain('LICENSE');
});

test('"use client" heads exactly the installed files that import React, not the root barrel', () => {
  const dist = join(dir('react19'), 'node_modules/react-arcware-close/dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  );
  const marks = files.map((file) => {
    const code = readFileSync(join(dist, file), 'utf8');
    return {
      file,
      importsReact: /from\s*["']react(-dom)?(\/[^"']*)?["']/.test(code),
      useClient: /^["']use client["'];/.test(code),
    };
  });
  expect(marks.filter((mark) => mark.importsReact !== mark.useClient)).toEqual([]);
  // The root re-exports the React code from a client chunk: a Server Component calls its plain
  // functions (next-app.test.ts builds one with Next.js).
  expect(marks.find((mark) => mark.file === 'index.js')).toMatchObject({
    importsReact: false,
    useClient: false,
  });
  expect(marks.filter((mark) => mark.useClient).length).toBeGreaterThan(0);
  expect(marks.find((mark) => mark.file === join('core', 'index.js'))?.useClient).toBe(false);
});

describe.concurrent.each([
  ['react19', '19.'],
  ['react18', '18.'],
] as const)('a consumer on %s', (project, major) => {
  test('type-checks with node16 resolution (ESM and CommonJS) and with bundler resolution', async () => {
    const errors = await Promise.all([
      typecheck(project, 'tsconfig.node.json'),
      typecheck(project, 'tsconfig.bundler.json'),
    ]);
    expect(errors).toEqual(['', '']);
  });

  test('renders the overlay, a locale and the hook through the ESM import', async () => {
    await compile(project, 'tsconfig.node.json', 'out-esm');
    const out = await node(project, 'out-esm/esm.js');
    expect(out.react).toMatch(new RegExp(`^${major.replace('.', '\\.')}`));
    expect(out.hook).toBe('<output>idle</output>');
    expect(out.overlay).toContain(`>${out.title as string}</h2>`);
    expect(out.overlay).toContain('lang="en"');
    expect(out.german).toContain(`>${out.germanTitle as string}</h2>`);
    expect(out.german).toContain('lang="de"');
    expect(out.germanTitle).not.toBe(out.title);
    expect(out.oneCore).toBe(true);
  });

  test('renders the overlay through a CommonJS require', async () => {
    await compile(project, 'tsconfig.node.json', 'out-cjs');
    const out = await node(project, 'out-cjs/cjs.cjs');
    expect(out.react).toMatch(new RegExp(`^${major.replace('.', '\\.')}`));
    expect(out.overlay).toContain(`>${out.title as string}</h2>`);
    expect(out.oneCore).toBe(true);
  });
});

describe('the core entry in plain Node', () => {
  test('runs a close through a store with neither React nor a DOM present', async () => {
    await compile('core', 'tsconfig.core.json', 'out');
    const out = await node('core', 'out/core.js');
    expect(out).toMatchObject({
      name: 'MAX_RUNTIME',
      sanitized: 'ab',
      before: 'idle',
      after: 'closed',
      closeName: 'MAX_RUNTIME',
      listenersAfterDestroy: 0,
      hasDom: false,
      // The root entry needs React, which this project lacks: proof that `core` does not.
      rootImport: 'ERR_MODULE_NOT_FOUND',
    });
  });

  test('type-checks without the DOM lib', async () => {
    expect(await typecheck('core', 'tsconfig.core.json')).toBe('');
  });
});

// Lints the built package as a consumer's tools see it: where "use client" stands, publint, then
// attw on every entry point.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const localesDir = resolve(root, 'dist/locales');
if (!existsSync(localesDir)) throw new Error('dist/locales is missing: run `npm run build` first.');
const files = readdirSync(localesDir);
const locales = files.filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));

// `./locales/*` would also match the helpers' declarations (types.d.ts) that have no script:
// each such name must be closed with a `null` export, or TS accepts an import Node rejects.
const helpers = files
  .filter((f) => f.endsWith('.d.ts') && !locales.includes(f.slice(0, -5)))
  .map((f) => `./locales/${f.slice(0, -5)}`);
// Folders of helpers (English per overlay) are closed as a whole: `./locales/<folder>/*`.
const folders = files
  .filter((f) => statSync(resolve(localesDir, f)).isDirectory())
  .map((f) => `./locales/${f}/*`);
const open = [...helpers, ...folders].filter((subpath) => pkg.exports[subpath] !== null);
if (open.length > 0) {
  console.error(`package.json exports must map these to null (no script behind them): ${open}`);
  process.exit(1);
}

// Every extra locale keeps its own size budget: a new locale file needs a size-limit entry.
const budgeted = new Set((pkg['size-limit'] ?? []).map((check) => check.path));
const unbudgeted = locales.filter(
  (name) => name !== 'en' && !budgeted.has(`dist/locales/${name}.js`),
);
if (unbudgeted.length > 0) {
  console.error(`package.json size-limit has no budget for the locales: ${unbudgeted}`);
  process.exit(1);
}

// "use client" marks React code only. A Server Component (Next's App Router) then calls the root
// entry's plain functions (`describeCloseCode`) as server code and gets the hooks and components as
// client references; with the directive on the root barrel, every export would be a client reference.
const dist = resolve(root, 'dist');
const USE_CLIENT = /^["']use client["'];/;
const IMPORTS_REACT = /(?:from|import)\s*["']react(?:-dom)?(?:\/[^"']*)?["']/;
/** A relative import or re-export: its `{ a, b as c }` (none for a bare import) and the file named. */
const STATEMENT = /(?:import|export)\s*(?:\{([^}]*)\}\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const scripts = new Map(
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.split('\\').join('/'))
    .map((file) => {
      const code = readFileSync(join(dist, file), 'utf8');
      const links = [...code.matchAll(STATEMENT)].map(([, names, target]) => ({
        names: names?.split(',').map((name) => name.trim().split(/\s+as\s+/)) ?? [],
        file: relative(dist, resolve(dist, dirname(file), target))
          .split('\\')
          .join('/'),
      }));
      return [file, { client: USE_CLIENT.test(code), react: IMPORTS_REACT.test(code), links }];
    }),
);
const reach = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const link of scripts.get(file)?.links ?? []) reach(link.file, seen);
  return seen;
};
const problems = [];
for (const [file, script] of scripts) {
  if (script.react && !script.client) problems.push(`${file} imports React without "use client"`);
  if (script.client && !script.react) problems.push(`${file} has "use client" but no React`);
}
if (![...scripts.values()].some((script) => script.client)) {
  problems.push('no chunk carries "use client": the React code must');
}
if (scripts.get('index.js')?.client !== false) problems.push('index.js must have no directive');
// The core and the locales reach no client code at all: they run where React is not installed.
for (const entry of ['core/index.js', ...locales.map((name) => `locales/${name}.js`)]) {
  const client = [...reach(entry)].filter((file) => scripts.get(file)?.client);
  if (client.length > 0) problems.push(`${entry} reaches "use client" code: ${client}`);
}
// Everything `core` exports, and English, the root re-exports from code without the directive.
const origin = new Map(
  (scripts.get('index.js')?.links ?? []).flatMap((link) =>
    link.names.map(([name, local = name]) => [local, link.file]),
  ),
);
const coreNames = (scripts.get('core/index.js')?.links ?? []).flatMap((link) =>
  link.names.map(([name, exported = name]) => exported),
);
for (const name of [...coreNames, 'en']) {
  const file = origin.get(name);
  if (!file || scripts.get(file)?.client !== false) {
    problems.push(`index.js must re-export ${name} from a module without "use client" (${file})`);
  }
}
// No import cycles: the build writes `var`, so a module read before its cycle partner has run
// sees `undefined` silently (English once came out empty that way).
const cycleThrough = (file, path = []) => {
  if (path.includes(file)) return [...path.slice(path.indexOf(file)), file];
  for (const link of scripts.get(file)?.links ?? []) {
    const cycle = cycleThrough(link.file, [...path, file]);
    if (cycle) return cycle;
  }
  return null;
};
for (const file of scripts.keys()) {
  const cycle = cycleThrough(file);
  if (cycle) {
    problems.push(`import cycle in dist: ${cycle.join(' -> ')}`);
    break;
  }
}
if (problems.length > 0) {
  console.error(`dist is not shaped as it must be:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['publint', '--strict']);
// esm-only: the package ships ES modules only, so node10 (no `exports`) and node16-from-CJS
// (TS before require(esm)) are not targets; the CSS file has no types by nature.
run('npx', [
  'attw',
  '--pack',
  '.',
  '--profile',
  'esm-only',
  '--exclude-entrypoints',
  './styles.css',
  '--include-entrypoints',
  ...locales.map((name) => `./locales/${name}`),
]);

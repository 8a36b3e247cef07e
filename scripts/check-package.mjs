// Lints the built package as a consumer's tools see it: publint, then attw on every entry point.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
const open = helpers.filter((subpath) => pkg.exports[subpath] !== null);
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

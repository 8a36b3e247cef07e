// Where the budgeted bytes go: for each size-limit entry, what emptying each source module would
// save (min+gzip, React external, minified like size-limit's esbuild). Prints a table; asserts nothing.
import console from 'node:console';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime'];

// Each step adds exports to the one before: the budgeted entries, built up layer by layer.
const STACKS = [
  [
    ['close-code names', ['ArcwareCloseCode', 'StandardCloseCode']],
    ['+ policy table', ['CLOSE_POLICY']],
    ['+ describeCloseCode', ['describeCloseCode']],
    ['+ createCloseStore (SDK traps, dedupe, retries)', ['createCloseStore']],
    ['+ useArcwareCloseState (budget 1)', ['useArcwareCloseState']],
    ['+ CloseOverlay with English (budget 2)', ['CloseOverlay']],
    ['+ StartupOverlay', ['StartupOverlay']],
    ['+ IdleWarning', ['IdleWarning']],
    ['+ StreamOverlay (the three in one)', ['StreamOverlay']],
  ],
  [
    ['start-up queue reader and reducer', ['readQueue', 'startupReducer']],
    ['+ createStartupStore (per-stream engine, watchdog)', ['createStartupStore']],
    ['+ useArcwareStartupState', ['useArcwareStartupState']],
  ],
  [
    ['createIdleWarningStore (per-stream engine)', ['createIdleWarningStore']],
    ['+ useArcwareIdleWarning', ['useArcwareIdleWarning']],
  ],
];
const exportsOf = (names) => `export { ${names.join(', ')} } from './src/index.ts';`;

/** Minified and gzipped size of `code` bundled from the project root, with some modules emptied. */
async function measure(code, emptied = new Map()) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    treeShaking: true,
    jsx: 'automatic',
    external: EXTERNAL,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'empty-modules',
        setup(build) {
          build.onLoad({ filter: /\.tsx?$/ }, (args) =>
            emptied.has(args.path) ? { contents: emptied.get(args.path), loader: 'ts' } : undefined,
          );
        },
      },
    ],
  });
  const bytes = result.outputFiles[0].contents;
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
    meta: result.metafile,
  };
}

/** A stand-in with the module's export names and no code, so its importers still bundle. */
async function emptyStandIn(path) {
  const result = await esbuild.build({
    entryPoints: [path],
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const names = Object.values(result.metafile.outputs)[0].exports;
  return names.map((name) => `export const ${name} = undefined;`).join('\n');
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

console.log('Layers (min+gzip; each adds to the one above):');
for (const layers of STACKS) {
  const names = [];
  let previous = 0;
  for (const [label, added] of layers) {
    names.push(...added);
    const { gzip } = await measure(exportsOf(names));
    console.log(`  ${kB(gzip).padStart(9)}  ${`(+${gzip - previous} B)`.padStart(9)}  ${label}`);
    previous = gzip;
  }
  console.log('');
}
const stateOnly = await measure(exportsOf(['CloseOverlayRoot']));
console.log(
  `  ${kB(stateOnly.gzip).padStart(9)}  ${''.padStart(9)}  CloseOverlayRoot alone (state from the host)`,
);
// For scale: the SDK every app using the hook already loads, measured the same way.
for (const [label, code] of [
  ['Arcware SDK core', "export * from '@arcware-cloud/pixelstreaming-websdk/core';"],
  ['Arcware SDK with its UI', "export * from '@arcware-cloud/pixelstreaming-websdk';"],
]) {
  const { gzip } = await measure(code);
  console.log(`  ${kB(gzip).padStart(9)}  ${''.padStart(9)}  ${label}, for scale`);
}

// A module that imports no other code costs exactly what emptying it saves.
for (const entry of ['useArcwareStartupState', 'useArcwareIdleWarning', 'CloseOverlay']) {
  const whole = await measure(exportsOf([entry]));
  console.log(`\nLeaf modules of ${entry}, by what emptying each saves:`);
  const rows = [];
  for (const input of whole.inputs.filter((path) => path.startsWith('src/'))) {
    const path = resolve(root, input);
    if (whole.meta.inputs[input].imports.some((edge) => edge.path.startsWith('src/'))) continue;
    const without = await measure(exportsOf([entry]), new Map([[path, await emptyStandIn(path)]]));
    rows.push([whole.gzip - without.gzip, relative(root, path)]);
  }
  rows.sort((x, y) => y[0] - x[0]);
  for (const [saves, module] of rows.filter(([saves]) => saves > 0)) {
    console.log(`  ${String(saves).padStart(5)} B  ${module}`);
  }
}

// A locale is one object: show what each group of its messages costs.
for (const tag of ['de', 'ja', 'ar']) {
  const source = await readFile(resolve(root, `src/locales/${tag}.ts`), 'utf8');
  const code = `export { ${tag} } from './src/locales/${tag}.ts';`;
  const whole = await measure(code);
  const groups = [...new Set([...source.matchAll(/^\s+'(\w+)\./gm)].map((match) => match[1]))];
  const costs = [];
  for (const group of groups) {
    // Drops the group's messages (plural objects included) from a copy of the locale.
    const pattern = new RegExp(
      `^\\s+'${group}\\.[^']+': (\\{[^}]*\\}|'(?:[^'\\\\]|\\\\.)*'),?\\n`,
      'gm',
    );
    const path = resolve(root, `src/locales/${tag}.ts`);
    const without = await measure(code, new Map([[path, source.replace(pattern, '')]]));
    costs.push(`${group} ${whole.gzip - without.gzip} B`);
  }
  console.log(`\nlocale ${tag}: ${kB(whole.gzip)} (${costs.join(', ')})`);
}

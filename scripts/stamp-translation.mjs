// npm run locales:stamp -- de fr: records that these locales now translate today's English.
// Run it after you have re-read and updated every message the staleness test named.
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { build } from 'esbuild';
import { stamp } from './locale-fingerprint.mjs';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'src/locales/translated-from.json');
const tags = process.argv.slice(2);
if (tags.length === 0) {
  console.error('usage: npm run locales:stamp -- <tag> [<tag> ...]');
  process.exit(2);
}

const bundle = await build({
  entryPoints: [resolve(root, 'src/locales/en.ts')],
  bundle: true,
  format: 'esm',
  write: false,
});
const url = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`;
const { en } = await import(url);

const recorded = JSON.parse(readFileSync(file, 'utf8'));
for (const tag of tags) {
  recorded[tag] = stamp(en.messages);
}
const sorted = Object.fromEntries(
  Object.keys(recorded)
    .sort()
    .map((tag) => [tag, recorded[tag]]),
);
writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`stamped ${tags.join(', ')} against today's English`);

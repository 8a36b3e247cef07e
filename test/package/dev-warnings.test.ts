import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';

// The package's development warnings reach an app's development build and leave its production
// build: the app's bundler replaces `process.env.NODE_ENV` in the shipped dist/ and drops them.
const root = resolve(import.meta.dirname, '../..');

const WARNINGS = [
  'Followers of one stream asked for different retry options',
  'was left out: not one CSS value',
  'was ignored: only https:, mailto: and tel: links are shown',
];

/** The app code a bundler makes of `import { StreamOverlay }` for a given NODE_ENV. */
async function bundle(mode: 'production' | 'development'): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { StreamOverlay } from './dist/index.js';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    external: ['react', 'react-dom', 'react/jsx-runtime', 'clsx'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

beforeAll(() => {
  if (!existsSync(resolve(root, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
});

describe('development warnings in the shipped dist/', () => {
  test('are in an app bundled for development', async () => {
    const code = await bundle('development');
    for (const warning of WARNINGS) expect(code).toContain(warning);
  });

  test('are gone from an app bundled for production, with the check that guarded them', async () => {
    const code = await bundle('production');
    for (const warning of WARNINGS) expect(code).not.toContain(warning);
    expect(code).not.toContain('NODE_ENV');
  });
});

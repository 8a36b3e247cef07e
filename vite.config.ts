import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
// Subpaths count too (react/jsx-runtime), or React ends up inside dist/.
const isExternal = (id: string) =>
  externals.some((name) => id === name || id.startsWith(`${name}/`));

/** Locale files are named by their BCP 47 tag (`de.ts`, `pt-BR.ts`); helpers like `types.ts` are not. */
export const LOCALE_FILE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\.ts$/;

/** One entry per locale file, found on disk so a new locale ships without touching this file. */
function localeEntries(): Record<string, string> {
  const dir = resolve(root, 'src/locales');
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => LOCALE_FILE.test(file)) : [];
  return Object.fromEntries(
    files.map((file) => [`locales/${file.slice(0, -3)}`, resolve(dir, file)]),
  );
}

const REACT_IMPORT = /^react(-dom)?(\/|$)/;

/** Marks only chunks that import React as client code, so `core` and locales stay usable on a server. */
const useClientBanner = (chunk: { imports: string[] }) =>
  chunk.imports.some((id) => REACT_IMPORT.test(id)) ? "'use client';" : '';

/** Ships the stylesheet as `dist/styles.css`, untouched: it is imported by the consumer, never by JS. */
function copyStylesheet(): Plugin {
  const source = resolve(root, 'src/styles.css');
  return {
    name: 'arcware:copy-stylesheet',
    generateBundle() {
      if (!existsSync(source)) return;
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(source, 'utf8'),
      });
    },
  };
}

/** Library build: one ES module per entry, declarations beside them, no dependency bundled. */
export default defineConfig({
  plugins: [
    react(),
    dts({ include: ['src'], exclude: ['test', 'stories'], entryRoot: 'src' }),
    copyStylesheet(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Shipped unminified and readable, so no source maps; consumers' bundlers minify.
    sourcemap: false,
    minify: false,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        'core/index': resolve(root, 'src/core/index.ts'),
        ...localeEntries(),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: useClientBanner,
      },
    },
  },
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, normalizePath, type Plugin } from 'vite';
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

/**
 * Marks only chunks that import React as client code. With the chunks split by `clientChunks`, that
 * is the `client` chunk alone: the root barrel, `core`, the helpers and the locales carry no
 * directive, so a Server Component can call `describeCloseCode` from `react-arcware-close`.
 */
const useClientBanner = (chunk: { imports: string[] }) =>
  chunk.imports.some((id) => REACT_IMPORT.test(id)) ? "'use client';" : '';

/**
 * Splits the source into four shared chunks, so every entry stays a directive-free barrel:
 * `core` (src/core), `client` (every module whose built code imports React), `english` (each
 * overlay's English) and `helpers` (the React-free rest: locale helpers, overlay view, theme
 * variables, support link). Entries keep their
 * own code (the locales), and each group takes only its own modules, not their dependencies.
 */
function clientChunks(entries: string[]) {
  const reactModules = new Set<string>();
  // Module ids use forward slashes on every OS.
  const entryIds = new Set(entries.map((entry) => normalizePath(entry)));
  const inside = (dir: string) => {
    const prefix = `${normalizePath(resolve(root, dir))}/`;
    return (id: string) => id.startsWith(prefix) && !entryIds.has(id) && !reactModules.has(id);
  };
  const inCore = inside('src/core');
  const inEnglish = inside('src/locales/english');
  const inSrc = inside('src');
  const plugin: Plugin = {
    name: 'arcware:find-react-modules',
    apply: 'build',
    // Parsed after the TypeScript transform: a type-only import of React is gone and does not count.
    moduleParsed(info) {
      if (info.importedIds.some((id) => REACT_IMPORT.test(id))) reactModules.add(info.id);
    },
  };
  const codeSplitting = {
    includeDependenciesRecursively: false,
    groups: [
      { name: 'client', test: (id: string) => reactModules.has(id) },
      { name: 'core', test: inCore },
      // English per overlay: imported by the `en` entry and by the helpers, which import `en`.
      // A chunk of its own keeps the two free of an import cycle.
      { name: 'english', test: inEnglish },
      { name: 'helpers', test: (id: string) => inSrc(id) && !inCore(id) && !inEnglish(id) },
    ],
  };
  return { plugin, codeSplitting };
}

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

const entries: Record<string, string> = {
  index: resolve(root, 'src/index.ts'),
  // A module of its own (the query), so the barrel the root re-exports is plain `core` chunk code:
  // were the root to re-export the entry module itself, it would also `import "./core/index.js"`.
  'core/index': `${resolve(root, 'src/core/index.ts')}?entry`,
  ...localeEntries(),
};
const chunks = clientChunks(Object.values(entries));

/** Library build: one ES module per entry, declarations beside them, no dependency bundled. */
export default defineConfig({
  plugins: [
    react(),
    dts({ include: ['src'], exclude: ['test', 'stories'], entryRoot: 'src' }),
    copyStylesheet(),
    chunks.plugin,
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Shipped unminified and readable, so no source maps; consumers' bundlers minify.
    sourcemap: false,
    minify: false,
    lib: {
      entry: entries,
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      // Required by groups that leave dependencies out; no group takes an entry module, so each
      // entry still exports its own names only.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: useClientBanner,
        codeSplitting: chunks.codeSplitting,
        // Chunks export their names as written, readable in dist and in a bundler's client references.
        minifyInternalExports: false,
      },
    },
  },
});

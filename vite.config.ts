import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
// Subpaths count too (react/jsx-runtime), or React ends up inside dist/.
const isExternal = (id: string) =>
  externals.some((name) => id === name || id.startsWith(`${name}/`));

/** Library build: one ES module per entry, declarations beside them, no dependency bundled. */
export default defineConfig({
  plugins: [react(), dts({ include: ['src'], exclude: ['test', 'stories'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        core: resolve(import.meta.dirname, 'src/core/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: { preserveModules: false },
    },
  },
});

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin, PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/debian-chromium.mjs';

export const chromium = playwright({
  launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
});

// Factories: vitest writes names into the browser instances, so each project needs its own objects.
const inChromium = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: 'chromium' as const }],
});

const domProject = () => ({
  plugins: [react()],
  test: {
    name: 'dom',
    environment: 'jsdom' as const,
    environmentOptions: { jsdom: { url: 'http://localhost/' } },
    include: ['test/{react,ui}/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup-dom.ts'],
    // Real-SDK tests wait on real sockets; a loaded 2-core CI machine needs room beyond 5 s.
    testTimeout: 20_000,
  },
});

const browserProject = () => ({
  plugins: [react()],
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.{ts,tsx}'],
    browser: inChromium(),
  },
});

// React 18.3 lives in test/react18/node_modules (a file: dev dependency), apart from the root's 19,
// so react-dom 18 finds react 18 beside it; everything that imports React is aliased there.
const REACT_18 = resolve(import.meta.dirname, 'test/react18/node_modules');
const TESTING_LIBRARY_ESM = resolve(
  import.meta.dirname,
  'node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
);

const storybookProject = () => ({
  // Every story is a test in real Chromium: it renders, its play function passes, axe is clean.
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    // The playground's scripted run waits for real reconnects on the real SDK.
    testTimeout: 60_000,
    browser: inChromium(),
  },
});

/**
 * Pre-bundles a react18 project's dependencies apart. The storybook plugin names its cache after
 * the config dir alone, so both storybook projects would share one and the first to write it wins.
 */
const ownDepsCache = (name: string): Plugin => ({
  name: 'react18-deps-cache',
  enforce: 'post',
  config: () => ({ cacheDir: resolve(import.meta.dirname, 'node_modules/.cache/react18', name) }),
});

/** The same project run against React 18.3, plus the check that proves it really is 18. */
function onReact18<
  P extends {
    plugins: PluginOption[];
    test: { name: string; include?: string[]; setupFiles?: string[] };
  },
>(project: P): P {
  return {
    ...project,
    plugins: [...project.plugins, ownDepsCache(project.test.name)],
    resolve: {
      alias: [
        { find: /^react(\/.*)?$/, replacement: `${resolve(REACT_18, 'react')}$1` },
        { find: /^react-dom(\/.*)?$/, replacement: `${resolve(REACT_18, 'react-dom')}$1` },
        // Its ES build, inlined below, so its own React imports meet the aliases above.
        { find: /^@testing-library\/react$/, replacement: TESTING_LIBRARY_ESM },
      ],
    },
    test: {
      ...project.test,
      name: `${project.test.name}-react18`,
      // The storybook plugin takes its tests from the stories alone: the setup file checks there.
      include: project.test.include && [...project.test.include, 'test/react18/**/*.test.{ts,tsx}'],
      setupFiles: [...(project.test.setupFiles ?? []), 'test/react18/expect-react18.ts'],
      server: { deps: { inline: [/@testing-library[\\/]react/] } },
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts'],
        },
      },
      {
        // The README's TypeScript blocks, compiled strict against the real SDK's types.
        test: {
          name: 'docs',
          environment: 'node',
          include: ['test/docs/**/*.test.ts'],
        },
      },
      {
        // Packs the built dist/ and installs it into throwaway React 19, 18 and React-free projects.
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      domProject(),
      browserProject(),
      onReact18(domProject()),
      onReact18(browserProject()),
      storybookProject(),
      onReact18(storybookProject()),
    ],
  },
});

import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';
import { codeStoriesIndexer, codeStoriesPlugin } from './code-stories.js';
import { signallingSimulatorPlugin } from './simulator/vite-plugin.js';

/** Vite plugins whose name says they emit declarations (vite-plugin-dts calls itself unplugin-dts). */
const isDeclarationPlugin = (plugin: PluginOption): boolean =>
  !!plugin && typeof plugin === 'object' && 'name' in plugin && /dts/.test(String(plugin.name));

/** Storybook for the kit, written by hand: the init wizard fails offline and installs extras. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // One story per close code, generated from the code tables (see code-stories.ts).
  experimental_indexers: async (indexers) => [codeStoriesIndexer, ...(indexers ?? [])],
  async viteFinal(viteConfig, { configType }) {
    // Storybook merges the library's vite.config.ts; its .d.ts emitter must not run here.
    const plugins = (viteConfig.plugins ?? [])
      .flat()
      .filter((plugin) => !isDeclarationPlugin(plugin));
    plugins.push(codeStoriesPlugin());
    // The simulator is a dev-server feature: a static build has no server to carry it.
    if (configType !== 'PRODUCTION') plugins.push(signallingSimulatorPlugin());
    // Pre-bundled up front: discovering the SDK mid-run reloads the page under test.
    const include = [
      ...(viteConfig.optimizeDeps?.include ?? []),
      '@arcware-cloud/pixelstreaming-websdk',
      // The playground dispatches Epic's event classes; pre-bundled up front, no reload mid-run.
      '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7',
    ];
    return { ...viteConfig, plugins, optimizeDeps: { ...viteConfig.optimizeDeps, include } };
  },
};

export default config;

import type { Indexer } from 'storybook/internal/types';
import type { Plugin } from 'vite';
import { ArcwareCloseCode, StandardCloseCode } from '../src/core/close-codes.js';

/** The story file whose stories are generated, one per named close code. */
export const CODE_STORIES_FILE = /[\\/]stories[\\/]close-code-gallery\.stories\.tsx$/;

/** Where the generated stories appear in the sidebar; the file's meta uses the same title. */
export const CODE_STORIES_TITLE = 'Overlay/By close code';

const CODES = [...Object.entries(StandardCloseCode), ...Object.entries(ArcwareCloseCode)].map(
  ([name, code]) => ({ name, code, exportName: `Code${code}` }),
);

/** Lists one story per code in the code tables, so adding a code to them adds its story. */
export const codeStoriesIndexer: Indexer = {
  test: CODE_STORIES_FILE,
  createIndex: async (fileName) =>
    CODES.map(({ name, code, exportName }) => ({
      type: 'story' as const,
      importPath: fileName,
      exportName,
      name: `${code} ${name}`,
      title: CODE_STORIES_TITLE,
    })),
};

/** Appends the exports the indexer promised: `export const Code4460 = codeStory(4460);` and so on. */
export function codeStoriesPlugin(): Plugin {
  return {
    name: 'arcware-code-stories',
    enforce: 'pre',
    transform(source, id) {
      if (!CODE_STORIES_FILE.test(id.split('?')[0] ?? '')) return undefined;
      const exports = CODES.map(
        ({ code, exportName }) => `export const ${exportName} = codeStory(${code});`,
      );
      return { code: `${source}\n${exports.join('\n')}\n`, map: null };
    },
  };
}

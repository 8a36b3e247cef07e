import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// Inside the repo, so the blocks resolve React, the SDK and their types from its node_modules.
const out = resolve(root, 'node_modules/.cache/readme-blocks');

/** Every ```ts / ```tsx block of the README, with the line it starts on. */
function readmeBlocks(): { line: number; lang: string; code: string }[] {
  const lines = readFileSync(resolve(root, 'README.md'), 'utf8').split('\n');
  const blocks: { line: number; lang: string; code: string }[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(tsx?)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    blocks.push({ line: i + 1, lang: open[1]!, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** Strict, as a new app's tsconfig would be; the package names resolve to this checkout's source. */
const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  baseUrl: root,
  paths: {
    'react-arcware-close': ['src/index.ts'],
    'react-arcware-close/core': ['src/core/index.ts'],
    'react-arcware-close/locales/*': ['src/locales/*.ts'],
  },
};

describe('the README', () => {
  const blocks = readmeBlocks();

  it('has TypeScript examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it('compiles every TypeScript block on its own, strict, against the real SDK types', () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const files = blocks.map(({ line, lang, code }) => {
      // A block that opens with `// app/page.tsx` is that file, so its neighbours can import it.
      const named = /^\/\/ ([\w./-]+\.tsx?)\b/.exec(code)?.[1];
      const file = resolve(out, named ?? `readme-line-${line}.${lang}`);
      mkdirSync(dirname(file), { recursive: true });
      // `export {}` makes a block without imports a module too, as it would be in an app.
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, options);
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file?.fileName.replace(`${out}/`, '') ?? 'config';
      return `${where}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens with a complete example of under 30 lines', () => {
    const first = blocks[0]!;
    expect(first.code.split('\n').length).toBeLessThan(30);
    for (const step of [
      'ArcwareInit',
      'videoElementParent',
      'connect()',
      'StreamOverlay',
      'return () =>',
    ]) {
      expect(first.code).toContain(step);
    }
  });
});

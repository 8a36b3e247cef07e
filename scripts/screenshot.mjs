// `npm run screenshot`: opens the built Storybook (storybook-static) in Debian's chromium, fails on
// any console error in the manager, the docs, the playground or the story, and writes docs/overlay.png
// from the CloseOverlay "Reconnecting" story.
import console from 'node:console';
import { existsSync } from 'node:fs';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './debian-chromium.mjs';
import { serveStatic } from './screenshot-server.mjs';

const STATIC_DIR = 'storybook-static';
const OUTPUT = 'docs/overlay.png';
const STORY = 'overlay-closeoverlay--reconnecting';
// The pages a visitor of the static build opens first, each checked for console errors.
const PAGES = [
  'index.html',
  'index.html?path=/docs/introduction--docs',
  'index.html?path=/story/playground--live',
  `iframe.html?id=${STORY}&viewMode=story`,
];
if (!existsSync(`${STATIC_DIR}/iframe.html`)) {
  console.error(`No ${STATIC_DIR}/ yet: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const server = await serveStatic(STATIC_DIR);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const errors = [];
try {
  const page = await browser.newPage({
    viewport: { width: 960, height: 640 },
    deviceScaleFactor: 2,
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  for (const path of PAGES) {
    await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle' });
    // Let the manager load the preview and render the story.
    await page.waitForTimeout(1500);
  }
  // The last page is the story itself: screenshot the stream stage with its overlay.
  await page.evaluate(() => globalThis.document.fonts.ready);
  const stage = page.getByRole('region', { name: 'Stream' });
  await stage.getByRole('alertdialog').waitFor();
  await stage.screenshot({ path: OUTPUT, animations: 'disabled' });
  console.log(`Wrote ${OUTPUT}`);
} finally {
  await browser.close();
  await server.close();
}

if (errors.length > 0) {
  console.error(`Console errors in the static build:\n${errors.join('\n')}`);
  process.exit(1);
}
console.log(`No console errors on ${PAGES.length} pages of the static build.`);

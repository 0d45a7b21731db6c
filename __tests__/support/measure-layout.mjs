// Child process for the comment layout test (__tests__/render/layout.test.ts): opens each HTML file
// named on the command line in headless Chromium and prints one JSON line of measurements. A
// separate process, because a browser driven from inside a jest worker can outlive the worker's
// teardown. Usage: node measure-layout.mjs <chromium> <width> <height> <measure-fn-source> <file.html>...
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [executablePath, width, height, measure, ...files] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  const results = {};
  for (const file of files) {
    await page.goto(pathToFileURL(file).href);
    results[file] = { folded: await page.evaluate(`(${measure})(false)`), expanded: await page.evaluate(`(${measure})(true)`) };
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
} finally {
  await browser.close();
}

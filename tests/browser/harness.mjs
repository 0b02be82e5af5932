// Shared set-up for the browser tests: a static server on 127.0.0.1 that
// mounts dist/ under a sub-path (as GitHub Pages would), and headless
// Debian Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const SUB_PATH = '/demo/broadsheet/';
export const DIST = resolve(process.env.BROADSHEET_DIST || new URL('../../dist', import.meta.url).pathname);
export const OUTPUT_DIR = resolve(process.env.BROADSHEET_TEST_OUTPUT || new URL('../../test-output', import.meta.url).pathname);
export const SHARED_CORPUS = resolve(new URL('../../../shared/corpus', import.meta.url).pathname);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf', '.css': 'text/css',
};

// A plain static server: no special headers (no COOP/COEP), like any static host.
// `extra` maps more URL paths to local files (benchmarks serve a corpus this way).
export async function startServer(extra = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[path]) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(await readFile(extra[path]));
      return;
    }
    if (!path.startsWith(SUB_PATH)) { res.writeHead(404); res.end(); return; }
    let file = normalize(join(DIST, path.slice(SUB_PATH.length)));
    if (!file.startsWith(DIST)) { res.writeHead(403); res.end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

// Opens the app and waits for broadsheet.ready; page errors fail the test.
export async function openApp(browser, url, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.broadsheet.ready);
  return { page, context, problems };
}

export async function screenshot(page, name) {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const file = join(OUTPUT_DIR, name);
  await page.screenshot({ path: file });
  return file;
}

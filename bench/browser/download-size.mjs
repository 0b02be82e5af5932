// Benchmark (not a test): what a visit downloads. Opens the built page in
// headless Chromium, records every response, and prints raw and gzip -9
// sizes for the first visit (bundled articles only: a Latin-only reader),
// then what opening each script's fixture article adds (fonts or data that
// arrive only when an article needs them).
// Usage: node bench/browser/download-size.mjs
// (needs dist/ built and tests/browser/node_modules installed)
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { startServer, launchBrowser, openApp } from '../../tests/browser/harness.mjs';

const fixtures = new URL('../../tests/fixtures/scripts/', import.meta.url).pathname;

const server = await startServer();
const browser = await launchBrowser();
const seen = [];
function record(response, cachedUrls) {
  const url = response.url();
  // A response the browser took from its own cache crossed no network.
  if (!url.startsWith(server.url) || cachedUrls.has(url)) return;
  seen.push(response.body().then((body) => ({
    path: url.slice(server.url.length) || 'index.html',
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
  })).catch(() => null));
}
async function drain() {
  const out = (await Promise.all(seen.splice(0))).filter(Boolean);
  return out;
}
function total(list) {
  return list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const cachedUrls = new Set();
  await cdp.send('Network.enable');
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker) cachedUrls.add(e.response.url);
  });
  page.on('response', (r) => record(r, cachedUrls));
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.broadsheet.ready);
  // Open every bundled article: a Latin-only reader's whole visit.
  await page.evaluate(async () => {
    for (const row of window.broadsheet.search('')) { window.broadsheet.open(row.id); await window.broadsheet.frame(); }
  });
  const first = await drain();
  console.log('Latin-only visit (page, app, bundled articles, each opened):');
  for (const f of first) console.log(`  ${f.path.padEnd(40)} ${kb(f.raw)} raw ${kb(f.gzip)} gzip`);
  const t = total(first);
  console.log(`  ${'total'.padEnd(40)} ${kb(t.raw)} raw ${kb(t.gzip)} gzip`);

  console.log('\nWhat opening one article of each script adds:');
  const names = (await readdir(fixtures)).filter((n) => n.endsWith('.txt')).sort();
  for (const name of names) {
    const text = await readFile(join(fixtures, name), 'utf8');
    await page.evaluate(async ({ name, text }) => {
      await window.broadsheet.loadWithoutSaving([{ name, bytes: text }]);
      const rows = window.broadsheet.search('');
      const row = rows.find((r) => r.title === text.split('\n')[0]);
      window.broadsheet.open(row.id);
      await window.broadsheet.frame();
      await window.broadsheet.frame();
    }, { name, text });
    const added = await drain();
    const a = total(added);
    const list = added.map((f) => f.path).join(', ') || 'nothing';
    console.log(`  ${name.padEnd(22)} ${kb(a.raw)} raw ${kb(a.gzip)} gzip  (${list})`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

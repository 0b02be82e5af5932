// The walking skeleton in a real headless Chromium: the bundled articles
// load, the seed article is listed and opens, load() adds a file, the
// canvas is crisp on HiDPI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, openApp, screenshot, SHARED_CORPUS } from './harness.mjs';

const SEED_TITLE = 'Amazon\u2019s rumored OpenAI investment points to a \u201clack of confidence\u201d in Nova model range';
const hasSeed = existsSync(join(SHARED_CORPUS, 'seed-article.txt'));

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page starts from a sub-path and lists the bundled articles', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  const stats = await page.evaluate(() => window.broadsheet.stats());
  assert.ok(stats.articles >= 4, `expected the bundled articles, got ${JSON.stringify(stats)}`);
  assert.equal(stats.errors, 0);
  const listed = await page.evaluate(() => window.broadsheet.search(''));
  assert.equal(listed.length, stats.articles);
  assert.ok(listed.some((row) => row.title === 'Welcome to Broadsheet'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the seed article is listed with its source and date, and opens', { skip: !hasSeed && 'skipped: ../shared/corpus/seed-article.txt is not beside this clone' }, async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  const hits = await page.evaluate(() => window.broadsheet.search('nova model'));
  const seed = hits.find((row) => row.title === SEED_TITLE);
  assert.ok(seed, `seed not listed: ${JSON.stringify(hits)}`);
  assert.equal(await page.evaluate((id) => window.broadsheet.open(id), seed.id), true);
  const current = await page.evaluate(() => window.broadsheet.current());
  assert.equal(current.id, seed.id);
  assert.equal(current.title, SEED_TITLE);
  assert.equal(current.source, 'www.itpro.com');
  assert.equal(current.published.slice(0, 10), '2026-02-02');
  assert.equal(current.date, '2026-02-02');
  assert.match(current.url, /^https:\/\/www\.itpro\.com\//);
  await page.evaluate(() => window.broadsheet.search(''));
  await page.waitForTimeout(200);
  await screenshot(page, 'skeleton-seed-open.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('load() adds a dropped file and reports a bad one by name', async () => {
  const { page, context } = await openApp(browser, server.url);
  const before = await page.evaluate(() => window.broadsheet.stats());
  const result = await page.evaluate(() => window.broadsheet.load([
    { name: 'harbour.txt', bytes: 'Harbour reopens after storm\n\nhttps://port.example/harbour\n\nPublish Date: 2025-03-04 10:00:00\n\nThe harbour reopened on Monday.\n' },
    { name: 'broken.txt', bytes: new Uint8Array(0) },
  ]));
  assert.equal(result.added, 1);
  assert.equal(result.errors.length, 1);
  assert.match(result.errors[0], /^broken\.txt: /);
  const after = await page.evaluate(() => window.broadsheet.stats());
  assert.equal(after.articles, before.articles + 1);
  const hits = await page.evaluate(() => window.broadsheet.search('harbour'));
  assert.equal(hits.length, 1);
  assert.equal(hits[0].title, 'Harbour reopens after storm');
  await context.close();
});

test('a real drop event on the page adds the file', async () => {
  const { page, context } = await openApp(browser, server.url);
  const before = await page.evaluate(() => window.broadsheet.stats().articles);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped by hand\n\nSome text.\n'], 'dropped.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction((n) => window.broadsheet.stats().articles === n + 1, before);
  await context.close();
});

test('the canvas backing store is CSS size x devicePixelRatio', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 900, height: 600 }, deviceScaleFactor: 2 });
  await page.waitForTimeout(100);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  assert.equal(size.w, size.cssW * 2);
  assert.equal(size.h, size.cssH * 2);
  await page.setViewportSize({ width: 700, height: 500 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1400);
  await screenshot(page, 'skeleton-hidpi.png');
  await context.close();
});

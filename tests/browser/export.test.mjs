// Export round-trips in the browser: the articles a user dropped, in every
// format, are exported through the Export button's path (a real download),
// the file is dropped on a fresh page, and every article comes back with
// every field (broadsheet.article(id)) the same, and the read / starred marks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openApp } from './harness.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

// One or more fixture files per input format the parser reads.
const FILES = [
  'text/full-header.txt', 'text/title-variants.txt', 'encoding/cp1252.txt', 'scripts/ar-solar.txt',
  'json/news-please-full.json', 'json/news-please-old.json', 'json/cc-news.jsonl', 'json/newsapi.json',
  'json/aliases.json', 'html/news-article.html', 'html/og-only.html', 'markdown/front-matter.md',
  'markdown/heading-title.md', 'feeds/rss2.xml', 'feeds/atom.xml', 'feeds/rdf.rdf',
  'gzip/article.txt.gz', 'gzip/articles.jsonl.gz', 'gzip/corpus.tar.gz',
];

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Every article the page has, as broadsheet.article gives it, without the
// page-local id, as canonical JSON strings (sorted, so order does not matter).
async function allArticles(page) {
  return page.evaluate(() => {
    const rows = window.broadsheet.search('');
    return rows.map((r) => { const a = window.broadsheet.article(r.id); delete a.id; return JSON.stringify(a); }).sort();
  });
}

// Titles the list shows under a marks filter ("read", "starred"), through the URL hash as a link would set it.
async function titlesShown(page, filter) {
  return page.evaluate(async (f) => {
    const changed = new Promise((ok) => window.addEventListener('hashchange', ok, { once: true }));
    location.hash = 'show=' + f;
    await changed;
    return window.broadsheet.search('').map((r) => r.title).sort();
  }, filter);
}

test('exporting the list and dropping the file on a fresh page gives every article back, field for field, with its marks', async (t) => {
  const first = await openApp(browser, server.url);
  const files = await Promise.all(FILES.map(async (name) => ({ name, bytes: Array.from(await readFile(FIXTURES + name)) })));
  const loaded = await first.page.evaluate((fs) => window.broadsheet.loadWithoutSaving(
    fs.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }))), files);
  // The tar fixture holds a PNG on purpose; nothing else may fail.
  assert.deepEqual(loaded.errors.filter((e) => !e.includes('not-an-article.png')), []);
  assert.ok(loaded.added >= FILES.length, `added ${loaded.added}`);
  const before = await allArticles(first.page);
  // Marks to carry over: one article read and starred, another starred only.
  await first.page.evaluate(() => {
    const rows = window.broadsheet.search('');
    window.broadsheet.mark(rows[0].id, 'read');
    window.broadsheet.mark(rows[0].id, 'starred');
    window.broadsheet.mark(rows[1].id, 'starred');
  });

  const [download, exported] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.evaluate(() => window.broadsheet.exportListed()),
  ]);
  assert.equal(exported, before.length);
  assert.equal(download.suggestedFilename(), 'broadsheet-export.jsonl');
  const bytes = await readFile(await download.path());
  assert.equal(bytes.toString('utf8').trim().split('\n').length, before.length);
  const marked = { read: await titlesShown(first.page, 'read'), starred: await titlesShown(first.page, 'starred') };
  assert.equal(marked.read.length, 1);
  assert.equal(marked.starred.length, 2);
  await first.context.close();

  const second = await openApp(browser, server.url);
  const bundled = (await second.page.evaluate(() => window.broadsheet.search(''))).length;
  const again = await second.page.evaluate((b) => window.broadsheet.loadWithoutSaving(
    [{ name: 'broadsheet-export.jsonl', bytes: new Uint8Array(b) }]), Array.from(bytes));
  assert.deepEqual(again.errors, []);
  // The bundled help articles were in the export too: they are already on the fresh page.
  assert.equal(again.added, before.length - bundled);
  assert.equal(again.duplicates, bundled);
  const after = await allArticles(second.page);
  assert.equal(after.length, before.length);
  for (let i = 0; i < before.length; ++i) assert.deepEqual(JSON.parse(after[i]), JSON.parse(before[i]));
  assert.deepEqual(await titlesShown(second.page, 'read'), marked.read);
  assert.deepEqual(await titlesShown(second.page, 'starred'), marked.starred);
  t.diagnostic(`${before.length} articles (${bundled} bundled) exported, ${exported} listed, ${bytes.length} bytes`);
  assert.deepEqual(second.problems, []);
  await second.context.close();
});

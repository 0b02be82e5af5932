// Thai word segmentation in the page: the Thai dictionary (dist/dict/
// thai-words.txt, built from libthai's word lists) is fetched only when an
// article has Thai, search then finds a Thai word from the middle of a
// sentence as a word, and the reader's Thai lines end at word boundaries.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fixture = (name) => ({ name, bytes: readFileSync(new URL(`../fixtures/scripts/${name}`, import.meta.url), 'utf8') });
const RIVER_TITLE = 'ชุมชนริมแม่น้ำร่วมกันเก็บขยะในวันหยุด';
const DICTIONARY = /\/dict\/thai-words\.txt$/;

// Opens the app, counting requests for the dictionary from the first one on.
async function openCounting(viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (DICTIONARY.test(new URL(r.url()).pathname)) requests.push(r.url()); });
  const problems = [];
  page.on('pageerror', (err) => problems.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.broadsheet.ready);
  return { page, context, requests, problems };
}

test('a page without Thai never requests the Thai dictionary', async () => {
  const { page, context, requests, problems } = await openCounting({ width: 1280, height: 800 });
  // The bundled articles plus a Russian and a Chinese one: no Thai.
  await page.evaluate((files) => window.broadsheet.load(files), [fixture('ru-theatre.txt'), fixture('zh-harbor.txt')]);
  await page.evaluate(() => window.broadsheet.frame());
  // Everything the page asked for has been answered by now.
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests, []);
  assert.equal(await page.evaluate(() => window.broadsheet.thaiDictionary()), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Thai text brings the dictionary once; search then finds Thai words mid-sentence', async () => {
  const { page, context, requests, problems } = await openCounting({ width: 1280, height: 800 });
  await page.evaluate((files) => window.broadsheet.load(files), [fixture('th-river.txt')]);
  const words = await page.evaluate(() => window.broadsheet.thaiDictionary());
  assert.ok(words > 20000, `the dictionary has libthai's words (${words})`);
  // A second Thai file does not fetch it again.
  await page.evaluate((files) => window.broadsheet.load(files), [{ name: 'more-th.txt', bytes: 'ข่าวสั้น\n\nแม่น้ำโขงวันนี้\n' }]);
  assert.equal(requests.length, 1, `one request: ${requests}`);
  // Words from the middle of sentences, no spaces around them.
  for (const word of ['โรงงาน', 'พลาสติก', 'สิ่งแวดล้อม', 'เจ้าพระยา']) {
    const hits = await page.evaluate((q) => window.broadsheet.search(q), word);
    assert.deepEqual(hits.map((h) => h.title), [RIVER_TITLE], `${word} finds the river article`);
  }
  // Two words in one query, segmented like the text: a phrase of words.
  const phrase = await page.evaluate(() => window.broadsheet.search('"แม่น้ำเจ้าพระยา"'));
  assert.deepEqual(phrase.map((h) => h.title), [RIVER_TITLE]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Thai reader lines end at word boundaries', async () => {
  const { page, context, problems } = await openCounting({ width: 520, height: 900 });
  await page.evaluate((files) => window.broadsheet.load(files), [fixture('th-river.txt')]);
  await page.evaluate(() => window.broadsheet.thaiDictionary());
  const hits = await page.evaluate(() => window.broadsheet.search('โรงงาน'));
  await page.evaluate((id) => window.broadsheet.open(id), hits[0].id);
  await page.evaluate(() => window.broadsheet.frame());
  await page.waitForFunction(() => window.broadsheet.readerLines().lines.length > 0);
  const result = await page.evaluate((id) => {
    const article = window.broadsheet.article(id);
    const { lines } = window.broadsheet.readerLines();
    const enc = new TextEncoder(), dec = new TextDecoder();
    const texts = article.paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
    const seg = new Intl.Segmenter('th', { granularity: 'word' });
    const cuts = [];   // every line end inside a paragraph, between two Thai letters
    lines.forEach(([p, , end], i) => {
      const next = lines[i + 1];
      if (!next || next[0] !== p) return;
      const bytes = enc.encode(texts[p]);
      const before = dec.decode(bytes.slice(0, end)), after = dec.decode(bytes.slice(end));
      if (!/[\u0E01-\u0E4E]$/u.test(before) || !/^[\u0E01-\u0E4E]/u.test(after)) return;
      const boundaries = new Set(Array.from(seg.segment(texts[p]), (s) => s.index));
      const word = Array.from(seg.segment(texts[p])).find((s) => s.index < before.length && s.index + s.segment.length > before.length);
      cuts.push({ at: before.length, isBoundary: boundaries.has(before.length), word: word ? word.segment : '' });
    });
    return cuts;
  }, hits[0].id);
  assert.ok(result.length >= 3, `some Thai lines wrap inside a run of Thai (${result.length})`);
  for (const cut of result) assert.ok(cut.isBoundary, `a line ends inside the word ${cut.word}`);
  await screenshot(page, 'thai-words-reader.png');
  assert.deepEqual(problems, []);
  await context.close();
});

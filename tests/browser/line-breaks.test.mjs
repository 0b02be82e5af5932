// The reader's line breaking in a real page: Chinese and Japanese lines never
// start with closing punctuation or small kana (kinsoku), Thai lines never
// split a consonant from its vowel or tone marks, and every line fits the
// measure. Reads the laid-out lines through broadsheet.readerLines().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fixture = (name) => ({ name, bytes: readFileSync(new URL(`../fixtures/scripts/${name}`, import.meta.url), 'utf8') });

// Opens the article the query finds, waits for it to be drawn and returns
// its paragraphs and lines as text: [{ paragraph, text, width }], plus the measure.
async function openAndLayOut(page, query) {
  const hits = await page.evaluate((q) => window.broadsheet.search(q), query);
  assert.equal(hits.length, 1, `one article for ${query}`);
  await page.evaluate((id) => window.broadsheet.open(id), hits[0].id);
  await page.evaluate(() => window.broadsheet.frame());
  await page.waitForFunction(() => window.broadsheet.readerLines().lines.length > 0);
  return page.evaluate((id) => {
    const article = window.broadsheet.article(id);
    const { width, lines } = window.broadsheet.readerLines();
    const enc = new TextEncoder(), dec = new TextDecoder();
    const bytes = article.paragraphs.map((p) => enc.encode(typeof p === 'string' ? p : p.text));
    return {
      width,
      paragraphs: bytes.map((b) => dec.decode(b)),
      lines: lines.map(([p, begin, end, w]) => ({
        paragraph: p, begin, end, width: w, text: dec.decode(bytes[p].slice(begin, end)),
      })),
    };
  }, hits[0].id);
}

function checkCoverageAndFit(layout) {
  let previous = null;
  for (const line of layout.lines) {
    // One grapheme may be wider than the line; anything longer must fit.
    if ([...line.text].length > 2) assert.ok(line.width <= layout.width + 0.5, `line fits: ${line.text} (${line.width} > ${layout.width})`);
    if (previous && previous.paragraph === line.paragraph) {
      assert.ok(line.begin >= previous.end, 'lines do not overlap');
    }
    previous = line;
  }
  // Every character of every paragraph is on some line (spaces at a break excepted).
  layout.paragraphs.forEach((text, p) => {
    const joined = layout.lines.filter((l) => l.paragraph === p).map((l) => l.text).join('');
    assert.equal(joined.replace(/\s/g, ''), text.replace(/\s/g, ''), `paragraph ${p} is complete`);
  });
}

const NEVER_START = /^[、。，．」』）】〕！？：；”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々]/u;
const NEVER_END = /[「『（【〔“]$/u;

test('Chinese and Japanese lines follow kinsoku and fit the measure', async () => {
  const { page, context, problems } = await openApp(browser, server.url, { viewport: { width: 520, height: 900 } });
  await page.evaluate((files) => window.broadsheet.load(files), [fixture('zh-harbor.txt'), fixture('ja-library.txt')]);
  for (const query of ['码头', '図書館']) {
    const layout = await openAndLayOut(page, query);
    assert.ok(layout.lines.length > layout.paragraphs.length, `${query}: some paragraph wraps (width ${layout.width})`);
    for (const line of layout.lines) {
      assert.doesNotMatch(line.text, NEVER_START, `${query}: a line starts with closing punctuation: ${line.text}`);
      assert.doesNotMatch(line.text, NEVER_END, `${query}: a line ends with opening punctuation: ${line.text}`);
    }
    checkCoverageAndFit(layout);
  }
  await screenshot(page, 'line-breaks-ja.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Thai lines break between clusters, never inside one, and fit the measure', async () => {
  const { page, context, problems } = await openApp(browser, server.url, { viewport: { width: 520, height: 900 } });
  await page.evaluate((files) => window.broadsheet.load(files), [fixture('th-river.txt')]);
  const layout = await openAndLayOut(page, 'แม่น้ำ');
  assert.ok(layout.lines.length > layout.paragraphs.length, `some Thai paragraph wraps (width ${layout.width})`);
  for (const line of layout.lines) {
    // No line starts with a vowel sign, tone mark or following vowel, none
    // ends with a leading vowel (เ แ โ ใ ไ) cut from its consonant.
    assert.doesNotMatch(line.text, /^[\u0E30-\u0E3A\u0E45-\u0E4E]/u, `a line starts inside a cluster: ${line.text}`);
    assert.doesNotMatch(line.text, /[\u0E40-\u0E44]$/u, `a line ends with a leading vowel: ${line.text}`);
  }
  checkCoverageAndFit(layout);
  await screenshot(page, 'line-breaks-th.png');
  assert.deepEqual(problems, []);
  await context.close();
});

// Complex scripts and right-to-left text, proved with pixels: the Arabic,
// Hebrew, Hindi and Thai fixtures open in the reader; Arabic lines are
// right-aligned in the measure, joined (not the letter-by-letter drawing
// ImGui gives without shaping), Thai and Hindi are real glyphs, not tofu.
// Screenshots: test-output/shaping-<lang>-<theme>.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';

const FIXTURES = new URL('../fixtures/scripts/', import.meta.url);
const LANGS = { ar: 'ar-solar.txt', he: 'he-rail.txt', hi: 'hi-monsoon.txt', th: 'th-river.txt' };
// Wide enough that the reader's measure is its full 34 em (17 px x 34).
const VIEWPORT = { width: 1600, height: 900 };
const MEASURE = 17 * 34;

let server, browser;
const files = {};
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const [lang, name] of Object.entries(LANGS)) files[lang] = { name, bytes: await readFile(new URL(name, FIXTURES), 'utf8') };
});
after(async () => { await browser?.close(); await server?.close(); });

// Loads one fixture, opens it, and waits for two drawn frames (the first
// lays out and creates the line images, the second shows them settled).
async function openFixture(page, lang) {
  await page.evaluate((f) => window.broadsheet.load([f]), files[lang]);
  const title = files[lang].bytes.split('\n')[0];
  const id = await page.evaluate((t) => window.broadsheet.search('').find((a) => a.title === t)?.id, title);
  assert.ok(id !== undefined, `${lang}: the fixture's article is listed`);
  await page.evaluate((i) => window.broadsheet.open(i), id);
  await page.evaluate(() => window.broadsheet.frame());
  await page.evaluate(() => window.broadsheet.frame());
}

// The screenshot's pixels inside `rect`, analysed in the page (a canvas
// decodes the PNG): the background is the most common colour; ink is any
// pixel far from it. Returns the horizontal bands of ink (text lines) with
// their extents, and a binary ink mask for finer checks.
async function inkBands(page, rect) {
  const png = (await page.screenshot({ clip: rect })).toString('base64');
  return page.evaluate(async ({ png, rect }) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + png;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4 * 7) {
      const k = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const br = bg >> 16, bgc = (bg >> 8) & 255, bb = bg & 255;
    const mask = new Uint8Array(width * height);
    for (let p = 0; p < width * height; p++) {
      const d = Math.abs(data[4 * p] - br) + Math.abs(data[4 * p + 1] - bgc) + Math.abs(data[4 * p + 2] - bb);
      mask[p] = d > 120 ? 1 : 0;
    }
    // A band ends after 3 empty rows: Thai tone marks and Devanagari vowel
    // signs may sit a row apart from their base letters.
    const bands = [];
    let start = -1, empty = 0;
    const rowHasInk = (y) => { for (let x = 0; x < width; x++) if (mask[y * width + x]) return true; return false; };
    for (let y = 0; y <= height; y++) {
      const any = y < height && rowHasInk(y);
      if (any) { if (start < 0) start = y; empty = 0; continue; }
      if (start >= 0 && (++empty >= 3 || y === height)) {
        const end = y - empty + 1;
        let minX = width, maxX = -1, ink = 0;
        for (let yy = start; yy < end; yy++) {
          for (let x = 0; x < width; x++) {
            if (!mask[yy * width + x]) continue;
            ink++;
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
          }
        }
        bands.push({ top: start + rect.y, bottom: end + rect.y, minX: minX + rect.x, maxX: maxX + rect.x, ink });
        start = -1;
        empty = 0;
      }
    }
    // Longest horizontal run of ink in any row, per band (joined Arabic has long runs).
    for (const b of bands) {
      let longest = 0;
      for (let y = b.top - rect.y; y < b.bottom - rect.y; y++) {
        let run = 0;
        for (let x = 0; x < width; x++) {
          run = mask[y * width + x] ? run + 1 : 0;
          if (run > longest) longest = run;
        }
      }
      b.longestRun = longest;
    }
    // Glyph clusters of each band (column runs with ink), as binary strings: tofu boxes are all alike.
    for (const b of bands) {
      const shapes = new Set();
      let clusters = 0;
      let colStart = -1;
      for (let x = 0; x <= width; x++) {
        let any = false;
        if (x < width) for (let y = b.top - rect.y; y < b.bottom - rect.y && !any; y++) any = mask[y * width + x] === 1;
        if (any && colStart < 0) colStart = x;
        if (!any && colStart >= 0) {
          let s = '';
          for (let y = b.top - rect.y; y < b.bottom - rect.y; y++) {
            for (let xx = colStart; xx < x; xx++) s += mask[y * width + xx];
            s += '|';
          }
          shapes.add(s);
          clusters++;
          colStart = -1;
        }
      }
      b.distinctClusters = shapes.size;
      b.clusters = clusters;
    }
    return { bands, background: bg };
  }, { png, rect });
}

// The reader pane: to the right of the filters and the list.
const READER = { x: 760, y: 60, width: VIEWPORT.width - 760 - 20, height: VIEWPORT.height - 80 };

// The text column's bands: those that start inside the measure (not the toolbar's buttons),
// without the last one: the "From file" line under every article loaded from a file.
function columnBands(bands, left) {
  return bands.filter((b) => b.minX >= left - 2 && b.bottom - b.top >= 6).slice(0, -1);
}

test('Arabic: lines run right to left, right-aligned in the measure, letters joined', async () => {
  const { page, context, problems } = await openApp(browser, server.url, { viewport: VIEWPORT });
  await openFixture(page, 'ar');
  const { bands } = await inkBands(page, READER);
  // The meta line and the link are left to right: they start at the measure's left edge.
  const left = Math.min(...bands.filter((b) => b.minX > READER.x + 40).map((b) => b.minX));
  const column = columnBands(bands, left);
  const leftAnchored = column.map((b, i) => (Math.abs(b.minX - left) <= 2 ? i : -1)).filter((i) => i >= 0);
  assert.ok(leftAnchored.length >= 2, 'the meta line and the link start at the left of the measure');
  const body = column.slice(leftAnchored[leftAnchored.length - 1] + 1);
  assert.ok(body.length >= 3, `three Arabic paragraphs drawn (${body.length} bands)`);
  const right = left + MEASURE;
  for (const b of body) {
    // Flush right: every line's ink ends at the measure's right edge (a pixel or two of side bearing).
    assert.ok(Math.abs(b.maxX - right) <= 4, `line ends at the right edge: ${b.maxX} vs ${right}`);
  }
  const starts = body.map((b) => b.minX - left);
  assert.ok(Math.max(...starts) > 60, `a short last line starts well right of the left edge (${starts.join(', ')})`);
  // The title is Arabic too: right-aligned.
  const titleBands = column.slice(0, leftAnchored[0]);
  assert.ok(titleBands.length >= 1 && titleBands.every((b) => Math.abs(b.maxX - right) <= 5), 'the title is right-aligned');
  // Joined letters: long unbroken strokes along the baseline (isolated forms leave gaps every letter).
  const longest = Math.max(...body.map((b) => b.longestRun));
  assert.ok(longest >= 40, `joined Arabic has long connected strokes (longest run ${longest} px)`);
  await screenshot(page, 'shaping-ar-light.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Arabic: the shaped line differs from what ImGui draws code point by code point', async () => {
  // The same article without web/shaping.js: the app falls back to ImGui's glyphs.
  const shaped = await openApp(browser, server.url, { viewport: VIEWPORT });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'broadsheetShaping', { get: () => undefined, set: () => {}, configurable: false });
  });
  const plainPage = await context.newPage();
  await plainPage.goto(server.url);
  await plainPage.waitForFunction(() => window.broadsheet && window.broadsheet.ready, null, { timeout: 30000 });
  await plainPage.evaluate(() => window.broadsheet.ready);
  await openFixture(shaped.page, 'ar');
  await openFixture(plainPage, 'ar');
  const a = await inkBands(shaped.page, READER);
  const b = await inkBands(plainPage, READER);
  const leftB = Math.min(...b.bands.filter((x) => x.minX > READER.x + 40).map((x) => x.minX));
  const plainBody = columnBands(b.bands, leftB).slice(-3);
  // Code point by code point: left-aligned, and the letters do not join.
  assert.ok(plainBody.every((x) => Math.abs(x.minX - leftB) <= 3), 'without shaping the lines start at the left');
  const shapedRun = Math.max(...a.bands.map((x) => x.longestRun).filter((r) => r < 300));
  const plainRun = Math.max(...plainBody.map((x) => x.longestRun));
  assert.ok(shapedRun > plainRun * 1.5, `shaped strokes (${shapedRun} px) are longer than unjoined ones (${plainRun} px)`);
  await screenshot(plainPage, 'shaping-ar-unshaped.png');
  await shaped.context.close();
  await context.close();
});

for (const lang of ['hi', 'th', 'he']) {
  test(`${lang}: paragraphs are drawn with real glyphs (ink, many distinct clusters)`, async () => {
    const { page, context, problems } = await openApp(browser, server.url, { viewport: VIEWPORT });
    await openFixture(page, lang);
    const { bands } = await inkBands(page, READER);
    const left = Math.min(...bands.filter((b) => b.minX > READER.x + 40).map((b) => b.minX));
    const column = columnBands(bands, left);
    const body = column.slice(-3);
    for (const b of body) {
      assert.ok(b.ink > 200, `${lang}: a body line has ink (${b.ink} px)`);
      // Tofu would be the same box again and again. (Devanagari's headline
      // joins a word into one cluster, so a line has a few, all different.)
      assert.ok(b.distinctClusters >= 3 && b.distinctClusters >= b.clusters * 0.6,
        `${lang}: glyph clusters differ (${b.distinctClusters} distinct of ${b.clusters})`);
    }
    const right = left + MEASURE;
    if (lang === 'he') {
      for (const b of body) assert.ok(Math.abs(b.maxX - right) <= 4, `he: line ends at the right edge (${b.maxX} vs ${right})`);
    } else {
      // Left to right scripts stay left-aligned; no line runs past the measure.
      for (const b of body) assert.ok(Math.abs(b.minX - left) <= 4 && b.maxX <= right + 6, `${lang}: inside the measure`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('Thai breaks lines between words: every line is a run of whole words', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: VIEWPORT });
  const text = files.th.bytes;
  const result = await page.evaluate((t) => {
    const para = t.split('\n\n').filter((p) => /[\u0E00-\u0E7F]/.test(p)).sort((a, b) => b.length - a.length)[0];
    const seg = new Intl.Segmenter('th', { granularity: 'word' });
    const wordEdges = new Set([0, para.length]);
    for (const s of seg.segment(para)) { wordEdges.add(s.index); wordEdges.add(s.index + s.segment.length); }
    const lines = window.broadsheetShaping.breakLines(para, 'th', 17, 200);
    return { lines, edges: [...wordEdges], length: para.length };
  }, text);
  assert.ok(result.lines.length >= 3, 'a long Thai paragraph at 200 px takes several lines');
  const edges = new Set(result.edges);
  for (const [a, b] of result.lines) {
    assert.ok(edges.has(a) && edges.has(b), `line [${a}, ${b}) starts and ends at word boundaries`);
  }
  await context.close();
});

test('screenshots of the reader for ar, he, hi, th in light and dark', async () => {
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: theme });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready, null, { timeout: 30000 });
    await page.evaluate(() => window.broadsheet.ready);
    for (const lang of Object.keys(LANGS)) {
      await openFixture(page, lang);
      const { bands } = await inkBands(page, READER);
      assert.ok(bands.length >= 5, `${lang} ${theme}: the reader shows text`);
      await screenshot(page, `shaping-${lang}-${theme}.png`);
    }
    await context.close();
  }
});

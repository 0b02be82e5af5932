// Every script the system can show is drawn with real glyphs in the ImGui
// reader (web/glyphs.js + src/platform/web_font_loader.cpp), at
// devicePixelRatio 2. Proven with pixels: for each script, an article
// titled with one character repeated is screenshot in the reader; two
// different characters give different pixels, neither looks like an empty
// reader or like the browser's missing-glyph box (U+E000, which no
// installed font has), and emoji come out in colour. Then every fixture
// article is screenshot in light and dark (test-output/scripts-<lang>-<theme>.png),
// and the cost of drawing glyphs is printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { startServer, launchBrowser, OUTPUT_DIR } from './harness.mjs';

const FIXTURES = new URL('../fixtures/scripts/', import.meta.url).pathname;

// Two characters of each script, both taken from its fixture article.
const SCRIPTS = [
  { lang: 'zh', file: 'zh-harbor.txt', a: '港', b: '口' },
  { lang: 'ja', file: 'ja-library.txt', a: '図', b: 'の' },
  { lang: 'ko', file: 'ko-market.txt', a: '시', b: '장' },
  { lang: 'hi', file: 'hi-monsoon.txt', a: 'क', b: 'म' },
  { lang: 'th', file: 'th-river.txt', a: 'ก', b: 'น' },
  { lang: 'ar', file: 'ar-solar.txt', a: 'ش', b: 'م' },
  { lang: 'he', file: 'he-rail.txt', a: 'ש', b: 'ל' },
  { lang: 'emoji', file: 'emoji-festival.txt', a: '🎉', b: '☔' },  // ☔: DejaVu has it, grey
  { lang: 'ru', file: 'ru-theatre.txt', a: 'д', b: 'я' },
  { lang: 'el', file: 'el-island.txt', a: 'γ', b: 'λ' },
];
const MISSING = '\uE000';  // private use: no installed font has it, so the browser draws its box
const BLANK = '.';         // an article with (almost) nothing to draw

const VIEWPORT = { width: 1280, height: 800 };
const READER = { x: 700, y: 40, width: 560, height: 300 };  // the reader's title and first lines, CSS px

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// ---- PNG decoding (Chromium's screenshots: 8-bit RGB or RGBA, not interlaced) ----
function decodePng(buf) {
  let at = 8, width = 0, height = 0, channels = 4;
  const idat = [];
  while (at < buf.length) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('ascii', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, '8-bit PNG');
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels, 'RGB or RGBA PNG');
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
      let p = line[i];
      if (filter === 1) p += a;
      else if (filter === 2) p += b;
      else if (filter === 3) p += (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = p & 255;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) px[(y * width + x) * 4 + k] = cur[x * channels + k];
      px[(y * width + x) * 4 + 3] = channels === 4 ? cur[x * channels + 3] : 255;
    }
    prev = cur;
  }
  return { width, height, px };
}

// Pixels that differ clearly (any channel by more than 48) between two same-size crops.
function differing(a, b) {
  assert.equal(a.px.length, b.px.length);
  let n = 0;
  for (let i = 0; i < a.px.length; i += 4) {
    if (Math.abs(a.px[i] - b.px[i]) > 48 || Math.abs(a.px[i + 1] - b.px[i + 1]) > 48 ||
        Math.abs(a.px[i + 2] - b.px[i + 2]) > 48) n++;
  }
  return n;
}

// Pixels that differ from `base` and are clearly coloured (not grey).
function colouredNew(crop, base) {
  let n = 0;
  for (let i = 0; i < crop.px.length; i += 4) {
    const r = crop.px[i], g = crop.px[i + 1], b = crop.px[i + 2];
    const changed = Math.abs(r - base.px[i]) + Math.abs(g - base.px[i + 1]) + Math.abs(b - base.px[i + 2]) > 90;
    if (changed && Math.max(r, g, b) - Math.min(r, g, b) > 80) n++;
  }
  return n;
}

async function newPage(colorScheme) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, colorScheme });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.broadsheet.ready);
  return { page, context, problems };
}

async function loadArticles(page, files) {
  const result = await page.evaluate((f) => window.broadsheet.loadWithoutSaving(f), files);
  assert.deepEqual(result.errors, []);
  const listed = await page.evaluate(() => window.broadsheet.search(''));
  return new Map(listed.map((r) => [r.title, r.id]));
}

async function openAndDraw(page, id) {
  assert.equal(await page.evaluate((i) => window.broadsheet.open(i), id), true);
  await page.evaluate(() => window.broadsheet.frame());
  await page.evaluate(() => window.broadsheet.frame());
}

function probe(ch) {
  const bytes = `${ch.repeat(6)}\n\nPublish Date: 2026-10-01 08:00:00\n\nSource Domain: probe.example\n\n${ch.repeat(16)}\n`;
  return { name: `probe-${ch.codePointAt(0).toString(16)}.txt`, bytes };
}

test('every script draws real, distinct glyphs in the reader at devicePixelRatio 2; emoji in colour', async () => {
  const { page, context, problems } = await newPage('light');
  const chars = [MISSING, BLANK, ...SCRIPTS.flatMap((s) => [s.a, s.b])];
  const ids = await loadArticles(page, chars.map(probe));
  const crops = new Map();
  for (const ch of chars) {
    const id = ids.get(ch.repeat(6));
    assert.ok(id !== undefined, `probe article for U+${ch.codePointAt(0).toString(16)} is listed`);
    await openAndDraw(page, id);
    crops.set(ch, decodePng(await page.screenshot({ clip: READER })));
  }
  const missing = crops.get(MISSING), blank = crops.get(BLANK);
  assert.equal(missing.width, READER.width * 2, 'the screenshot has device pixels');
  assert.ok(differing(missing, blank) > 200, 'the missing-glyph box itself is drawn');

  const report = [];
  for (const s of SCRIPTS) {
    const fixture = await readFile(join(FIXTURES, s.file), 'utf8');
    assert.ok(fixture.includes(s.a) && fixture.includes(s.b), `${s.lang}: the probed characters are from the fixture`);
    const a = crops.get(s.a), b = crops.get(s.b);
    const figures = { lang: s.lang, aVsB: differing(a, b), aVsBox: differing(a, missing), bVsBox: differing(b, missing),
      aInk: differing(a, blank), bInk: differing(b, blank) };
    report.push(figures);
    assert.ok(figures.aInk > 200 && figures.bInk > 200, `${s.lang}: both characters leave ink ${JSON.stringify(figures)}`);
    assert.ok(figures.aVsB > 200, `${s.lang}: ${s.a} and ${s.b} look different ${JSON.stringify(figures)}`);
    assert.ok(figures.aVsBox > 200 && figures.bVsBox > 200,
      `${s.lang}: neither looks like the missing-glyph box ${JSON.stringify(figures)}`);
  }
  const emoji = SCRIPTS.find((s) => s.lang === 'emoji');
  for (const ch of [emoji.a, emoji.b]) {
    const colour = colouredNew(crops.get(ch), blank);
    assert.ok(colour > 100, `${ch} is drawn in colour (${colour} coloured pixels)`);
  }
  for (const s of SCRIPTS.filter((x) => x.lang !== 'emoji')) {
    assert.ok(colouredNew(crops.get(s.a), blank) < 20, `${s.lang}: plain glyphs take the text colour, not their own`);
  }
  console.log('pixels differing (device px):', JSON.stringify(report));
  assert.deepEqual(problems, []);
  await context.close();
});

// The CJK fixture as a visitor meets it: how long the first frame takes with
// all its glyphs new, against the same article again (every glyph cached).
test('opening the CJK article: first-frame time and the cost per browser-drawn glyph', async () => {
  const { page, context, problems } = await newPage('light');
  const text = await readFile(join(FIXTURES, 'zh-harbor.txt'), 'utf8');
  const ids = await loadArticles(page, [{ name: 'zh-harbor.txt', bytes: text }]);
  const id = ids.get(text.split('\n')[0]);
  const timeOpen = () => page.evaluate(async (i) => {
    const before = { ...window.broadsheetGlyphs.stats };
    const started = performance.now();
    window.broadsheet.open(i);
    await window.broadsheet.frame();
    const after = window.broadsheetGlyphs.stats;
    return { frameMs: performance.now() - started, uiMs: window.broadsheet.lastFrameUiMs(),
      glyphs: after.glyphs - before.glyphs, glyphMs: after.ms - before.ms,
      batched: after.batchedGlyphs - before.batchedGlyphs, batchMs: after.batchMs - before.batchMs };
  }, id);
  await page.evaluate(() => window.broadsheet.frame());
  const cold = await timeOpen();
  const other = [...ids.values()].find((x) => x !== id);
  await openAndDraw(page, other);
  const warm = await timeOpen();
  assert.ok(cold.batched > 50, `the article's glyphs were drawn in one batch (${cold.batched})`);
  assert.equal(warm.batched + warm.glyphs, 0, 'reopening draws no glyph again');
  const all = await page.evaluate(() => window.broadsheetGlyphs.stats);
  console.log('CJK article, cold open:', JSON.stringify(cold));
  console.log('CJK article, warm open:', JSON.stringify(warm));
  console.log(`per glyph: ${(all.ms / Math.max(1, all.glyphs)).toFixed(2)} ms alone (${all.glyphs} glyphs), ` +
    `${(all.batchMs / Math.max(1, all.batchedGlyphs)).toFixed(2)} ms batched (${all.batchedGlyphs} glyphs in ${all.batches} batches)`);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const theme of ['light', 'dark']) {
  test(`screenshots of every script's article in the reader, ${theme}`, async () => {
    const { page, context, problems } = await newPage(theme);
    const files = await Promise.all(SCRIPTS.map(async (s) => ({ name: s.file, bytes: await readFile(join(FIXTURES, s.file), 'utf8') })));
    const ids = await loadArticles(page, files);
    await mkdir(OUTPUT_DIR, { recursive: true });
    for (const [i, s] of SCRIPTS.entries()) {
      const id = ids.get(files[i].bytes.split('\n')[0]);
      assert.ok(id !== undefined, `${s.lang}: the fixture is listed`);
      await openAndDraw(page, id);
      const png = await page.screenshot();
      await writeFile(join(OUTPUT_DIR, `scripts-${s.lang}-${theme}.png`), png);
      // The theme is really applied: the page background is dark or light.
      const shot = decodePng(png);
      const corner = (shot.px[0] + shot.px[1] + shot.px[2]) / 3;
      assert.ok(theme === 'dark' ? corner < 80 : corner > 180, `${s.lang} ${theme}: background luminance ${corner}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The page's @font-face and the wasm side share one download of the TTF
// (the second read comes from the HTTP cache), and a Latin-only visit asks
// for nothing else to draw glyphs.
test('the bundled TTF is downloaded once for the @font-face and the wasm side', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const fontResponses = [];
  cdp.on('Network.responseReceived', (e) => {
    if (/\.(ttf|otf|woff2?)$/.test(new URL(e.response.url).pathname)) fontResponses.push(e.response);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.broadsheet.ready);
  assert.equal(await page.evaluate(() => document.fonts.check('16px "Broadsheet Sans"')), true, 'the face is loaded');
  const fromNetwork = fontResponses.filter((r) => !r.fromDiskCache && !r.fromPrefetchCache);
  assert.deepEqual(fromNetwork.map((r) => new URL(r.url).pathname.split('/').pop()), ['DejaVuSans.ttf']);
  await context.close();
});

// The reader's DOM text layer (web/text-layer.js) in headless Chromium:
// real mouse selection and the clipboard, double- and triple-click, the
// browser's own find scrolling the reader, wheel over the layer, alignment of
// every visible line with the canvas's rectangle, CJK copy and Hebrew find,
// and the build time of a 20,000-line article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCRIPTS = new URL('../fixtures/scripts/', import.meta.url);
const WORDS = ['harbour', 'council', 'weather', 'station', 'evening', 'market', 'river', 'bridge', 'garden', 'library',
  'railway', 'museum', 'teacher', 'festival', 'village', 'engineer', 'tram', 'ferry', 'meadow', 'orchard'];

// A paragraph of `n` words, deterministic, distinct per seed.
function paragraph(seed, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 7 + i * 13 + (i >> 2)) % WORDS.length]);
  out[0] = 'Paragraph' + seed;
  return out.join(' ') + '.';
}

function article(name, title, paragraphs) {
  return {
    name,
    bytes: `${title}\n\nhttps://news.example/${name}\n\nPublish Date: 2025-05-10 08:00:00\n\nSource Domain: news.example\n\n` +
      paragraphs.join('\n\n') + '\n',
  };
}

async function frame(page) { await page.evaluate(() => window.broadsheet.frame()); }

// Opens the article titled `title` and waits until the layer holds its lines.
async function openArticle(page, title) {
  const id = await page.evaluate((t) => window.broadsheet.search('').find((r) => r.title === t).id, title);
  await page.evaluate((i) => window.broadsheet.open(i), id);
  await frame(page);
  await page.waitForFunction((t) => {
    const h1 = document.querySelector('#text-layer h1');
    return h1 && h1.textContent === t && !document.getElementById('text-layer').hidden;
  }, title);
  await frame(page);
  return id;
}

async function setup(files) {
  const { page, context, problems } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.evaluate((f) => window.broadsheet.loadWithoutSaving(f), files);
  await frame(page);
  return { page, context, problems };
}

// The DOM boxes of a paragraph's line elements (screen CSS px).
function lineBoxes(page, paragraph) {
  return page.evaluate((p) => Array.from(document.querySelectorAll(`#text-layer .tl-p[data-p="${p}"] .tl-l`))
    .map((el) => { const r = el.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; }), paragraph);
}

async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 6;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
  }
  await page.mouse.up();
}

async function copyWithKeys(page) {
  await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

const SHORT = article('layer.txt', 'Layered text for selection', [
  paragraph(1, 60), paragraph(2, 45), paragraph(3, 70), paragraph(4, 30), paragraph(5, 50)]);

test('mouse selection across paragraphs copies exactly the selected text (Ctrl+C)', async () => {
  const { page, context, problems } = await setup([SHORT]);
  await openArticle(page, 'Layered text for selection');
  const p1 = await lineBoxes(page, 1);
  const p2 = await lineBoxes(page, 2);
  assert.ok(p1.length >= 2 && p2.length >= 2, 'both paragraphs wrap');
  const first = p1[0], last = p2[p2.length - 1];
  await drag(page, { x: first.x + 1, y: first.y + first.h / 2 }, { x: last.x + last.w - 1, y: last.y + last.h / 2 });
  const copied = await copyWithKeys(page);
  const body = SHORT.bytes.split('\n\n');
  const expected = [body[5], body[6].replace(/\n$/, '')].join('\n\n');
  assert.equal(copied, expected);
  await screenshot(page, 'text-layer-selection.png');

  // Half a paragraph: from the middle of a line to the middle of another one.
  await page.mouse.click(5, 790);  // a click elsewhere ends the selection (a press inside it would drag it)
  const a = p1[1], b = p2[0];
  await drag(page, { x: a.x + a.w / 2, y: a.y + a.h / 2 }, { x: b.x + b.w / 2, y: b.y + b.h / 2 });
  const part = await copyWithKeys(page);
  assert.ok(part.length > 10 && expected.includes(part), `a part of the two paragraphs: ${JSON.stringify(part)}`);
  assert.match(part, /\.\n\nParagraph3 /);
  assert.deepEqual(problems, []);
  await context.close();
});

test('double-click selects a word, triple-click the paragraph', async () => {
  const { page, context } = await setup([SHORT]);
  await openArticle(page, 'Layered text for selection');
  // Where the word "Paragraph3" is, from the layer's own text.
  const box = await page.evaluate(() => {
    const line = document.querySelector('#text-layer .tl-p[data-p="2"] .tl-l');
    const range = document.createRange();
    range.setStart(line.firstChild, 0);
    range.setEnd(line.firstChild, 'Paragraph3'.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.dblclick(box.x, box.y);
  assert.equal(await page.evaluate(() => window.getSelection().toString()), 'Paragraph3');
  assert.equal(await copyWithKeys(page), 'Paragraph3');
  await page.mouse.click(box.x, box.y, { clickCount: 3 });
  const text = await copyWithKeys(page);
  assert.equal(text, SHORT.bytes.split('\n\n')[6]);
  await context.close();
});

test('every visible line of the layer is within 1 px of the line the canvas draws', async () => {
  const { page, context } = await setup([SHORT]);
  await openArticle(page, 'Layered text for selection');
  for (const scroll of [0, 120]) {
    if (scroll) {
      await page.evaluate((y) => { document.getElementById('text-layer').scrollTop = y; }, scroll);
      await page.waitForFunction(() => Math.abs(window.broadsheetTextLayer.lineRects()[0].y -
        document.querySelector('#text-layer .tl-l').getBoundingClientRect().top) < 400);
      await frame(page);
      await frame(page);
    }
    const canvas = await page.evaluate(() => window.broadsheetTextLayer.lineRects());
    const dom = await page.evaluate(() => window.broadsheetTextLayer.domLineRects());
    assert.ok(canvas.length >= 8, `lines on screen: ${canvas.length}`);
    for (const c of canvas) {
      const d = dom.find((r) => r.text === c.text && Math.abs(r.y - c.y) < 20);
      assert.ok(d, `a DOM line for "${c.text}"`);
      for (const k of ['x', 'y', 'w', 'h']) {
        assert.ok(Math.abs(d[k] - c[k]) <= 1, `line ${c.line} ${k}: DOM ${d[k].toFixed(2)} vs canvas ${c[k].toFixed(2)} ("${c.text.slice(0, 30)}")`);
      }
    }
  }
  await context.close();
});

test('the browser\'s find (window.find) finds a word deep in a long article and the reader scrolls to it', async () => {
  const paragraphs = [];
  for (let i = 0; i < 2000; i++) paragraphs.push(paragraph(i, 18 + (i % 17)));
  paragraphs[1800] = 'Near the end the zanzibarquokka appears once. ' + paragraphs[1800];
  const { page, context, problems } = await setup([article('long.txt', 'A very long article', paragraphs)]);
  await openArticle(page, 'A very long article');
  assert.equal((await page.evaluate(() => window.broadsheet.current())).position, 0);
  const found = await page.evaluate(() => window.find('zanzibarquokka'));
  assert.equal(found, true);
  assert.equal(await page.evaluate(() => window.getSelection().toString()), 'zanzibarquokka');
  // The reader follows the layer: its saved position and the canvas's visible lines.
  await page.waitForFunction(() => window.broadsheet.current().position > 0.85, null, { timeout: 10000 });
  await frame(page);
  const rects = await page.evaluate(() => window.broadsheetTextLayer.lineRects());
  assert.ok(rects.some((r) => r.text.includes('zanzibarquokka')), 'the canvas draws the found line');
  await screenshot(page, 'text-layer-find.png');

  // The wheel over the layer scrolls the reader too.
  const before = (await page.evaluate(() => window.broadsheet.current())).position;
  const box = await page.evaluate(() => { const r = document.getElementById('text-layer').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await page.mouse.move(box.x, box.y);
  await page.mouse.wheel(0, -1500);
  await page.waitForFunction((b) => window.broadsheet.current().position < b - 0.002, before, { timeout: 10000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 20,000-line article builds its layer without freezing the page', async () => {
  const paragraphs = [];
  for (let i = 0; i < 5000; i++) paragraphs.push(paragraph(i, 40));
  const { page, context } = await setup([article('huge.txt', 'A twenty thousand line article', paragraphs)]);
  const t0 = Date.now();
  await openArticle(page, 'A twenty thousand line article');
  const wall = Date.now() - t0;
  const stats = await page.evaluate(() => window.broadsheetTextLayer.stats());
  console.log(`text layer: ${stats.lines} lines: JSON ${stats.lastJsonMs.toFixed(0)} ms, DOM built in ${stats.lastBuildMs.toFixed(0)} ms (open to layer shown: ${wall} ms)`);
  assert.ok(stats.lines >= 20000, `lines: ${stats.lines}`);
  assert.ok(stats.lastBuildMs < 5000, `build ${stats.lastBuildMs} ms`);
  // Scrolling it afterwards costs no rebuild.
  await page.evaluate(() => { document.getElementById('text-layer').scrollTop = 100000; });
  await page.waitForFunction(() => window.broadsheet.current().position > 0.05);
  assert.equal((await page.evaluate(() => window.broadsheetTextLayer.stats())).builds, stats.builds);
  await context.close();
});

test('CJK selection copies the Chinese sentence; the browser finds a Hebrew word', async () => {
  const zh = await readFile(new URL('zh-harbor.txt', SCRIPTS), 'utf8');
  const he = await readFile(new URL('he-rail.txt', SCRIPTS), 'utf8');
  const { page, context } = await setup([{ name: 'zh-harbor.txt', bytes: zh }, { name: 'he-rail.txt', bytes: he }]);
  await openArticle(page, '港口城市推出夜间公共交通试点');
  const sentence = '本市交通部门星期五宣布，从下个月起在港口区开通三条夜间公交线路，试点期为六个月。';
  const index = await page.evaluate((s) => Array.from(document.querySelectorAll('#text-layer .tl-p'))
    .findIndex((p) => p.textContent === s), sentence);
  assert.ok(index >= 0, 'the sentence is a paragraph of the layer');
  const lines = await lineBoxes(page, index);
  const first = lines[0], last = lines[lines.length - 1];
  await drag(page, { x: first.x + 2, y: first.y + first.h / 2 }, { x: last.x + last.w - 2, y: last.y + last.h / 2 });
  assert.equal(await copyWithKeys(page), sentence);

  await openArticle(page, 'קו רכבת חדש יחבר את הצפון למרכז');
  const dir = await page.evaluate(() => getComputedStyle(document.querySelector('#text-layer .tl-p')).direction);
  assert.equal(dir, 'rtl', 'Hebrew paragraphs run right to left');
  assert.equal(await page.evaluate(() => window.find('לנוסעים')), true);
  const selected = await page.evaluate(() => {
    const s = window.getSelection();
    return { text: s.toString(), inLayer: document.getElementById('text-layer').contains(s.anchorNode) };
  });
  assert.deepEqual(selected, { text: 'לנוסעים', inLayer: true });
  await context.close();
});

test('an open popup (the keys window) gets the mouse: the layer lets clicks through until it closes', async () => {
  const { page, context } = await setup([SHORT]);
  await openArticle(page, 'Layered text for selection');
  const isPassive = () => page.evaluate(() => document.getElementById('text-layer').classList.contains('tl-passive'));
  assert.equal(await isPassive(), false);
  // What a click on the first body line hits.
  const hitLine = () => page.evaluate(() => {
    const r = document.querySelector('#text-layer .tl-l').getBoundingClientRect();
    const e = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
    return e.id || e.className;
  });
  assert.equal(await hitLine(), 'tl-l');
  await page.keyboard.press('Shift+Slash');  // "?" opens the keys window, a modal popup
  await frame(page);
  await page.waitForFunction(() => document.getElementById('text-layer').classList.contains('tl-passive'));
  // A click where the layer is now reaches the canvas (the popup closes on Escape, not on the layer).
  assert.equal(await hitLine(), 'canvas');
  await page.keyboard.press('Escape');
  await frame(page);
  await page.waitForFunction(() => !document.getElementById('text-layer').classList.contains('tl-passive'));
  await context.close();
});

test('a touch drag over the layer scrolls the reader (real touch events through the DevTools protocol)', async () => {
  const paragraphs = [];
  for (let i = 0; i < 200; i++) paragraphs.push(paragraph(i, 30));
  const { page, context } = await setup([article('touch.txt', 'An article to swipe', paragraphs)]);
  await openArticle(page, 'An article to swipe');
  const box = await page.evaluate(() => { const r = document.getElementById('text-layer').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height * 0.7 }; });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x, y: box.y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.x, y: box.y - i * 40 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForFunction(() => window.broadsheet.current().position > 0.01, null, { timeout: 10000 });
  const scrolled = await page.evaluate(() => document.getElementById('text-layer').scrollTop);
  assert.ok(scrolled > 100, `the layer scrolled ${scrolled} px`);
  // The canvas draws what the layer shows: the first line on screen is the same in both.
  await frame(page);
  const canvasTop = (await page.evaluate(() => window.broadsheetTextLayer.lineRects()))[0];
  const dom = await page.evaluate(() => window.broadsheetTextLayer.domLineRects());
  assert.ok(dom.some((d) => d.text === canvasTop.text && Math.abs(d.y - canvasTop.y) <= 1), 'DOM and canvas agree after the swipe');
  await context.close();
});

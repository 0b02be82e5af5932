// The reader in a real headless Chromium: search then open, feed-reader
// keys, filters, deep links, persistence across reloads, find-in-article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import { TRAMS, BUSES } from './sample-articles.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });


async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await page.evaluate(() => window.broadsheet.frame());
  }
}

test('search, then open a hit: the reader finds the words and jumps to the first', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [TRAMS, BUSES]);
  const hits = await page.evaluate(() => window.broadsheet.search('trams'));
  assert.equal(hits.length, 1);
  assert.equal(hits[0].title, 'Trams return to the old town');
  await page.evaluate((id) => window.broadsheet.open(id), hits[0].id);
  await page.evaluate(() => window.broadsheet.frame());
  const find = await page.evaluate(() => window.broadsheet.find());
  assert.equal(find.text, 'trams');
  assert.equal(find.matches, 4, 'stemmed: tram line, Trams run, More trams, tram depot (the title is not body text)');
  assert.equal(find.index, 1);
  assert.equal((await page.evaluate(() => window.broadsheet.current())).read, true);
  await screenshot(page, 'reader-search-hit.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('typing in the search box with real keys narrows the list', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [TRAMS, BUSES]);
  await page.evaluate(() => window.broadsheet.frame());
  await press(page, '/');
  await page.keyboard.type('night bus');
  await page.evaluate(() => window.broadsheet.frame());
  await page.evaluate(() => window.broadsheet.frame());
  assert.match(await page.evaluate(() => window.broadsheet.hash()), /q=night%20bus/);
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).listed, 1);
  await context.close();
});

test('j / k walk the list, s stars, m toggles read, Esc closes', async () => {
  const { page, context } = await openApp(browser, server.url);
  const listed = await page.evaluate(() => window.broadsheet.search(''));
  await press(page, 'j');
  assert.equal((await page.evaluate(() => window.broadsheet.current())).id, listed[0].id);
  await press(page, 'j', 2);
  assert.equal((await page.evaluate(() => window.broadsheet.current())).id, listed[2].id);
  await press(page, 'k');
  assert.equal((await page.evaluate(() => window.broadsheet.current())).id, listed[1].id);
  await press(page, 's');
  assert.equal((await page.evaluate(() => window.broadsheet.current())).starred, true);
  await press(page, 'm');
  assert.equal((await page.evaluate(() => window.broadsheet.current())).read, false);
  await press(page, 'Shift+Slash');
  await screenshot(page, 'reader-help.png');
  await press(page, 'Escape');
  await press(page, 'Escape');
  assert.equal(await page.evaluate(() => window.broadsheet.current()), null);
  await context.close();
});

test('filters by source and by dates, from the URL hash', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [TRAMS, BUSES]);
  const all = (await page.evaluate(() => window.broadsheet.stats())).listed;
  await page.evaluate(() => { location.hash = 'src=news.example,other.example'; });
  await page.waitForFunction(() => window.broadsheet.stats().listed === 2);
  await page.evaluate(() => { location.hash = 'src=other.example'; });
  await page.waitForFunction(() => window.broadsheet.stats().listed === 1);
  await page.evaluate(() => { location.hash = 'from=2025-05-11&to=2025-05-31'; });
  await page.waitForFunction(() => window.broadsheet.stats().listed === 1);
  assert.equal((await page.evaluate(() => window.broadsheet.search('')))[0].title, 'Night buses extended');
  await page.evaluate(() => { location.hash = 'from=2025-05-01&to=2025-05-31'; });
  await page.waitForFunction(() => window.broadsheet.stats().listed === 2);
  await page.evaluate(() => { location.hash = ''; });
  await page.waitForFunction((n) => window.broadsheet.stats().listed === n, all);
  await context.close();
});

test('a deep link restores the view after a reload, and Back walks it', async () => {
  const { page, context } = await openApp(browser, server.url);
  const hits = await page.evaluate(() => window.broadsheet.search('keyboard'));
  const id = hits.find((h) => h.title === 'The keyboard keys').id;
  await page.evaluate((i) => window.broadsheet.open(i), id);
  await page.evaluate(() => window.broadsheet.frame());
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /q=keyboard/);
  assert.match(hash, /a=[0-9a-f]{16}/);
  await page.reload();
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  await page.evaluate(() => window.broadsheet.ready);
  const current = await page.evaluate(() => window.broadsheet.current());
  assert.equal(current && current.title, 'The keyboard keys');
  assert.equal(await page.evaluate(() => window.broadsheet.hash()), hash.slice(1));
  // Open another article, then Back returns to the first.
  const other = (await page.evaluate(() => window.broadsheet.search(''))).find((h) => h.title === 'Welcome to Broadsheet');
  await page.evaluate((i) => window.broadsheet.open(i), other.id);
  await page.evaluate(() => window.broadsheet.frame());
  await page.goBack();
  await page.waitForFunction(() => window.broadsheet.current() && window.broadsheet.current().title === 'The keyboard keys');
  await context.close();
});

test('a dropped article, its star and the settings survive a reload', async () => {
  const { page, context } = await openApp(browser, server.url);
  const before = (await page.evaluate(() => window.broadsheet.stats())).articles;
  await page.evaluate((files) => window.broadsheet.load(files), [TRAMS]);
  const hit = (await page.evaluate(() => window.broadsheet.search('trams')))[0];
  await page.evaluate((i) => window.broadsheet.mark(i, 'starred'), hit.id);
  // Larger text three times (the reader's A+, through its accessible button), saved as a setting.
  await page.evaluate(async (i) => {
    window.broadsheet.open(i);
    await window.broadsheet.frame();
    const larger = [...document.querySelectorAll('#a11y-toolbar button')].find((b) => b.textContent === 'Larger text');
    for (let n = 0; n < 3; n++) larger.click();
    await window.broadsheet.frame();
  }, hit.id);
  await page.reload();
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  await page.evaluate(() => window.broadsheet.ready);
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).articles, before + 1);
  const again = (await page.evaluate(() => window.broadsheet.search('trams')))[0];
  assert.equal(again.title, 'Trams return to the old town');
  await page.evaluate((i) => window.broadsheet.open(i), again.id);
  assert.equal((await page.evaluate(() => window.broadsheet.current())).starred, true);
  const settings = JSON.parse(await page.evaluate(() => localStorage.getItem('broadsheet.settings')));
  assert.equal(settings.font_size, 20);
  await context.close();
});

test('Ctrl+F finds in the article and Enter steps through the matches', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [TRAMS]);
  await page.evaluate(() => window.broadsheet.search(''));
  const id = (await page.evaluate(() => window.broadsheet.search('')))
    .find((h) => h.title === 'Trams return to the old town').id;
  await page.evaluate((i) => window.broadsheet.open(i), id);
  await press(page, 'Control+f');
  await page.keyboard.type('tram');
  await page.evaluate(() => window.broadsheet.frame());
  await page.evaluate(() => window.broadsheet.frame());
  let find = await page.evaluate(() => window.broadsheet.find());
  assert.equal(find.open, true);
  assert.equal(find.matches, 4);  // tram line, Trams run, More trams, tram depot
  assert.equal(find.index, 1);
  await press(page, 'Enter');
  find = await page.evaluate(() => window.broadsheet.find());
  assert.equal(find.index, 2);
  await press(page, 'Shift+Enter', 2);
  find = await page.evaluate(() => window.broadsheet.find());
  assert.equal(find.index, 4);  // 2 -> 1 -> wraps to the last
  await screenshot(page, 'reader-find.png');
  await context.close();
});

test('a narrow window shows one pane at a time', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 400, height: 760 }, deviceScaleFactor: 2 });
  const listed = await page.evaluate(() => window.broadsheet.search(''));
  await page.evaluate((i) => window.broadsheet.open(i), listed[0].id);
  await page.evaluate(() => window.broadsheet.frame());
  await screenshot(page, 'reader-narrow.png');
  await context.close();
});

// Resolves once the app has drawn nothing for 20 animation frames in a row:
// settling is counted in the browser's frames, which slow down with the
// machine, not in milliseconds, which do not.
function settled(page) {
  return page.evaluate(() => new Promise((resolve) => {
    let last = window.broadsheet.framesDrawn(), quiet = 0;
    (function tick() {
      const now = window.broadsheet.framesDrawn();
      quiet = now === last ? quiet + 1 : 0;
      last = now;
      if (quiet >= 20) resolve(now); else requestAnimationFrame(tick);
    })();
  }));
}

test('an idle page draws no frames; input draws a few', async () => {
  const { page, context } = await openApp(browser, server.url);
  await settled(page);
  const before = await page.evaluate(() => window.broadsheet.framesDrawn());
  await page.waitForTimeout(1000);
  const idle = await page.evaluate(() => window.broadsheet.framesDrawn());
  assert.equal(idle, before, 'no frame is rendered while nothing changes');
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await page.waitForFunction((idle) => window.broadsheet.framesDrawn() > idle, idle);  // input draws frames
  const quietAgain = await settled(page);  // after the 0.7 s of frames hover tooltips are given
  await page.waitForTimeout(1000);   // the idle window itself is time: nothing may be drawn in it
  assert.equal(await page.evaluate(() => window.broadsheet.framesDrawn()), quietAgain, 'idle again after input');
  await context.close();
});

test('accented letters typed on the keyboard reach the search box', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [{
    name: 'cafe.txt', bytes: 'Un café à Paris\n\nLe café ouvre à sept heures.\n',
  }]);
  await press(page, '/');
  await page.keyboard.type('caf');
  // What a French keyboard sends for its é key: a keydown whose key is "é".
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: '\u00e9', code: 'Digit2', text: '\u00e9', unmodifiedText: '\u00e9' });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: '\u00e9', code: 'Digit2' });
  await page.evaluate(() => window.broadsheet.frame());
  await page.evaluate(() => window.broadsheet.frame());
  assert.match(await page.evaluate(() => window.broadsheet.hash()), /q=caf%C3%A9/);
  const titles = (await page.evaluate(() => window.broadsheet.search('caf\u00e9'))).map((h) => h.title);
  assert.ok(titles.includes('Un caf\u00e9 \u00e0 Paris'), JSON.stringify(titles));
  assert.ok(titles.includes('Welcome to Broadsheet'), 'the welcome article says café too');
  assert.equal(await page.evaluate(() => window.broadsheet.stats().listed), titles.length);
  await context.close();
});

test('a bad file is listed in the errors and loses nothing', async () => {
  const { page, context } = await openApp(browser, server.url);
  const before = await page.evaluate(() => window.broadsheet.stats());
  const result = await page.evaluate(() => window.broadsheet.load([
    { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'fine.txt', bytes: 'Fine article\n\nIt reads well.\n' },
  ]));
  assert.equal(result.added, 1);
  assert.equal(result.errors.length, 1);
  assert.match(result.errors[0], /^photo\.png: /);
  const after = await page.evaluate(() => window.broadsheet.stats());
  assert.equal(after.articles, before.articles + 1);
  assert.equal(after.errors, before.errors + 1);
  assert.deepEqual(await page.evaluate(() => window.broadsheet.errors()), result.errors);
  await context.close();
});

test('Export downloads the listed articles as JSON Lines', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [TRAMS, BUSES]);
  await page.evaluate(() => window.broadsheet.search('night'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => window.broadsheet.exportListed()),
  ]);
  assert.equal(download.suggestedFilename(), 'broadsheet-export.jsonl');
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const records = text.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(records.length, 1);
  assert.equal(records[0].title, 'Night buses extended');
  assert.equal(records[0].url, 'https://other.example/buses');
  await context.close();
});

async function paste(page, text) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function waitForHash(page, pattern) {
  await page.waitForFunction((p) => new RegExp(p).test(window.broadsheet.hash()), pattern.source, { timeout: 5000 })
    .catch(async (e) => { throw new Error(e.message + ' hash=' + await page.evaluate(() => window.broadsheet.hash())); });
}

test('pasting with nothing focused searches, and typing continues the pasted text', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [TRAMS, BUSES]);
  await paste(page, 'night buses');
  await waitForHash(page, /q=night%20buses/);
  assert.equal(await page.evaluate(() => window.broadsheet.stats().listed), 1);
  await page.evaluate(() => window.broadsheet.frame());
  await page.evaluate(() => window.broadsheet.frame());
  await page.keyboard.type(' extended');
  await waitForHash(page, /q=night%20buses%20extended/);
  await context.close();
});

test('pasting into the focused search box inserts at the caret', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [TRAMS, BUSES]);
  await press(page, '/');
  await page.keyboard.type('night ');
  await page.evaluate(() => window.broadsheet.frame());
  await paste(page, 'buses');
  await waitForHash(page, /q=night%20buses/);
  assert.equal(await page.evaluate(() => window.broadsheet.stats().listed), 1);
  await context.close();
});

test('a tap on a list row opens the article', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  await page.evaluate(() => window.broadsheet.ready);
  const first = (await page.evaluate(() => window.broadsheet.search('')))[0];
  // The list pane starts after the filters pane (230 px + splitter); the first row sits under the sort box.
  await page.touchscreen.tap(450, 112);
  // Press and release are spread over frames (ImGui trickles input); wait for the result.
  await page.waitForFunction(() => window.broadsheet.current() !== null, null, { timeout: 5000 });
  const current = await page.evaluate(() => window.broadsheet.current());
  assert.equal(current && current.id, first.id);
  await context.close();
});

test('Space pages through a long article and the reading position survives a reload', async () => {
  const { page, context } = await openApp(browser, server.url);
  const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1} of a very long report, long enough to wrap onto a second line in the reader pane.`);
  await page.evaluate((text) => window.broadsheet.load([{ name: 'long.txt', bytes: text }]),
    'A very long report\n\nhttps://long.example/report\n\n' + paragraphs.join('\n\n') + '\n');
  const id = (await page.evaluate(() => window.broadsheet.search(''))).find((h) => h.title === 'A very long report').id;
  await page.evaluate((i) => window.broadsheet.open(i), id);
  await page.evaluate(() => window.broadsheet.frame());
  await press(page, 'Space', 5);
  await page.waitForTimeout(1200);          // positions are saved at most once a second
  await page.evaluate(() => window.broadsheet.frame());
  const position = (await page.evaluate(() => window.broadsheet.current())).position;
  assert.ok(position > 0.01 && position < 0.5, `position ${position}`);
  await page.reload();
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  await page.evaluate(() => window.broadsheet.ready);
  const restored = await page.evaluate(() => window.broadsheet.current());
  assert.equal(restored.title, 'A very long report');
  assert.ok(Math.abs(restored.position - position) < 0.01, `restored ${restored.position}, saved ${position}`);
  await context.close();
});

test('dragging across the timeline filters to that range of days', async () => {
  const { page, context } = await openApp(browser, server.url);
  const total = (await page.evaluate(() => window.broadsheet.stats())).listed;
  // The timeline sits in the filters pane (x 20..230, y ~240..296 at 1280x800);
  // a drag over its right end selects the last days.
  await page.mouse.move(222, 270);
  await page.mouse.down();
  await page.evaluate(() => window.broadsheet.frame());
  await page.mouse.move(229, 270, { steps: 3 });
  await page.evaluate(() => window.broadsheet.frame());
  await page.mouse.up();
  await page.waitForFunction(() => /from=.*&to=/.test(window.broadsheet.hash()), null, { timeout: 5000 });
  const hash = await page.evaluate(() => window.broadsheet.hash());
  const from = hash.match(/from=([0-9-]+)/)[1];
  const listed = await page.evaluate(() => window.broadsheet.stats().listed);
  assert.ok(listed >= 1 && listed < total, `${listed} of ${total} listed for ${hash}`);
  for (const row of await page.evaluate(() => window.broadsheet.search(''))) {
    const article = await page.evaluate((id) => window.broadsheet.article(id), row.id);
    assert.ok(article.published.slice(0, 10) >= from, `${article.title} (${article.published}) is before ${from}`);
  }
  await context.close();
});

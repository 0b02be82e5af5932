// Typing in any language: the search and find boxes are real <input dir=auto>
// elements over the ImGui fields (web/text-inputs.js). IME composition is
// driven through the DevTools protocol as a real IME would drive it; the
// phone test taps with a touchscreen; Arabic typing checks the direction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCRIPTS = new URL('../fixtures/scripts/', import.meta.url);
async function fixture(name) {
  return { name, bytes: await readFile(new URL(name, SCRIPTS), 'utf8') };
}

async function frames(page, n = 2) {
  for (let i = 0; i < n; i++) await page.evaluate(() => window.broadsheet.frame());
}

async function press(page, key) {
  await page.keyboard.press(key);
  await frames(page, 1);
}

// What has the keyboard: {tag, id, value} of document.activeElement.
function active(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    return { tag: a.tagName, id: a.id, value: a.value, editable: a.tagName === 'INPUT' && !a.readOnly && !a.disabled };
  });
}

async function waitForHash(page, pattern) {
  await page.waitForFunction((p) => new RegExp(p).test(window.broadsheet.hash()), pattern.source, { timeout: 5000 })
    .catch(async (e) => { throw new Error(e.message + ' hash=' + await page.evaluate(() => window.broadsheet.hash())); });
}

// A composition as an IME sends it: the partial text (pinyin letters, then a
// candidate), then the committed text.
async function compose(cdp, steps, final) {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  return async () => cdp.send('Input.insertText', { text: final });
}

test('IME composition in the search box: the composition shows, the query runs on the committed text only', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [await fixture('zh-harbor.txt'), await fixture('ja-library.txt')]);
  const total = (await page.evaluate(() => window.broadsheet.stats())).listed;
  await press(page, '/');
  assert.equal((await active(page)).id, 'bs-search', '"/" gives the search input the keyboard');
  const cdp = await context.newCDPSession(page);

  const commit = await compose(cdp, ['g', 'gang', 'gangkou', '港口'], '港口');
  await frames(page, 3);
  assert.equal((await active(page)).value, '港口', 'the composition is shown in the box while it is typed');
  assert.doesNotMatch(await page.evaluate(() => window.broadsheet.hash()), /q=/, 'no search on the partial composition');
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).listed, total);
  await commit();
  await waitForHash(page, /q=%E6%B8%AF%E5%8F%A3/);
  const listed = (await page.evaluate(() => window.broadsheet.stats())).listed;
  const titles = (await page.evaluate(() => window.broadsheet.search('港口'))).map((h) => h.title);
  assert.equal(listed, titles.length);
  assert.ok(titles.includes('港口城市推出夜间公共交通试点'), JSON.stringify(titles));
  assert.ok(!titles.includes('図書館が深夜まで開館、学生に好評'));

  // Kana converted to kanji, typed after the committed text is replaced.
  await page.evaluate(() => { const el = document.activeElement; el.select(); });
  const commitJa = await compose(cdp, ['と', 'とし', 'としょかん', '図書館'], '図書館');
  await frames(page, 2);
  assert.match(await page.evaluate(() => window.broadsheet.hash()), /q=%E6%B8%AF%E5%8F%A3/, 'still the old query while composing');
  await commitJa();
  await waitForHash(page, /q=%E5%9B%B3%E6%9B%B8%E9%A4%A8/);
  const ja = (await page.evaluate(() => window.broadsheet.search('図書館'))).map((h) => h.title);
  assert.ok(ja.includes('図書館が深夜まで開館、学生に好評'), JSON.stringify(ja));
  await screenshot(page, 'ime-search.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Hangul: whole syllables search as they are composed (a Korean IME holds the last one), a lone jamo does not', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [await fixture('ko-market.txt')]);
  await press(page, '/');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ㅅ', selectionStart: 1, selectionEnd: 1 });
  await frames(page, 3);
  assert.doesNotMatch(await page.evaluate(() => window.broadsheet.hash()), /q=/, 'a lone jamo is not searched');
  await cdp.send('Input.imeSetComposition', { text: '시', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '시' });  // the IME commits 시 as 장 starts
  await cdp.send('Input.imeSetComposition', { text: 'ㅈ', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '자', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '장', selectionStart: 1, selectionEnd: 1 });
  await waitForHash(page, new RegExp('q=' + encodeURIComponent('시장') + '(&|$)'));
  assert.equal((await active(page)).value, '시장');
  const titles = (await page.evaluate(() => window.broadsheet.search('시장'))).map((h) => h.title);
  assert.ok(titles.includes('전통시장, 온라인 주문으로 매출 회복'), JSON.stringify(titles));
  assert.deepEqual(problems, []);
  await context.close();
});

test('IME composition in the reader\'s find box; Enter steps, Esc closes and gives the keys back', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [await fixture('ja-library.txt')]);
  const id = (await page.evaluate(() => window.broadsheet.search(''))).find((h) => h.title.startsWith('図書館')).id;
  await page.evaluate((i) => window.broadsheet.open(i), id);
  await frames(page);
  await press(page, 'Control+f');
  await frames(page, 1);
  assert.equal((await active(page)).id, 'bs-find', 'Ctrl+F gives the find input the keyboard');
  const cdp = await context.newCDPSession(page);
  const commit = await compose(cdp, ['かい', 'かいかん', '開館'], '開館');
  await frames(page, 2);
  assert.equal((await active(page)).value, '開館');
  let find = await page.evaluate(() => window.broadsheet.find());
  assert.equal(find.text, '', 'find waits for the composition to end');
  await commit();
  await page.waitForFunction(() => window.broadsheet.find().text === '開館', null, { timeout: 5000 });
  await frames(page);
  find = await page.evaluate(() => window.broadsheet.find());
  assert.ok(find.matches >= 1, JSON.stringify(find));
  assert.equal(find.index, 1);
  // A second word: Enter goes to the next match (of two or more).
  await page.evaluate(() => document.activeElement.select());
  const commit2 = await compose(cdp, ['がくせい', '学生'], '学生');
  await commit2();
  await page.waitForFunction(() => window.broadsheet.find().text === '学生', null, { timeout: 5000 });
  await frames(page);
  find = await page.evaluate(() => window.broadsheet.find());
  assert.ok(find.matches >= 2, JSON.stringify(find));
  await press(page, 'Enter');
  assert.equal((await page.evaluate(() => window.broadsheet.find())).index, 2);
  await press(page, 'Escape');
  await frames(page);
  assert.equal((await page.evaluate(() => window.broadsheet.find())).open, false);
  assert.equal((await active(page)).tag, 'CANVAS', 'Esc hands the keyboard back to the canvas');
  assert.ok(await page.evaluate(() => window.broadsheet.current() !== null), 'the first Esc closes find, not the article');
  assert.deepEqual(problems, []);
  await context.close();
});

test('j and k typed in the search box are text; Esc clears, then leaves, then j walks the list', async () => {
  const { page, context } = await openApp(browser, server.url);
  await press(page, '/');
  await page.keyboard.type('jk');
  await frames(page);
  assert.equal((await active(page)).value, 'jk');
  assert.equal(await page.evaluate(() => window.broadsheet.current()), null, 'j/k in the box did not open articles');
  await waitForHash(page, /q=jk/);
  await press(page, 'Escape');
  assert.equal((await active(page)).id, 'bs-search', 'the first Esc clears the box and stays');
  await waitForHash(page, /^(?![\s\S]*q=)/);
  await press(page, 'Escape');
  assert.equal((await active(page)).tag, 'CANVAS');
  const first = (await page.evaluate(() => window.broadsheet.search('')))[0];
  await press(page, 'j');
  assert.equal((await page.evaluate(() => window.broadsheet.current())).id, first.id);
  await context.close();
});

test('a dead-key accent, the emoji picker and a real paste reach the search box', async () => {
  const { page, context } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((files) => window.broadsheet.load(files), [
    { name: 'cafe.txt', bytes: 'Un café à Paris\n\nLe café ouvre à sept heures.\n' },
    await fixture('emoji-festival.txt'),
  ]);
  await press(page, '/');
  await page.keyboard.type('caf');
  const cdp = await context.newCDPSession(page);
  // A dead key (´ then e) composes in the input the way an IME does.
  await cdp.send('Input.imeSetComposition', { text: '\u00b4', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '\u00e9' });
  await waitForHash(page, /q=caf%C3%A9(&|$)/);
  assert.equal(await page.evaluate(() => window.broadsheet.stats().listed), (await page.evaluate(() => window.broadsheet.search('café'))).length);
  // The emoji picker inserts text without keys.
  await page.evaluate(() => { window.broadsheet.search(''); });
  await frames(page);
  await page.evaluate(() => document.getElementById('bs-search').focus());
  const emoji = (await readFile(new URL('emoji-festival.txt', SCRIPTS), 'utf8')).match(/\p{Extended_Pictographic}/u)[0];
  await cdp.send('Input.insertText', { text: emoji });
  await waitForHash(page, new RegExp('q=' + encodeURIComponent(emoji)));
  // The browser's own paste (what the context menu's Paste does), from the clipboard.
  await page.evaluate(() => { window.broadsheet.search(''); });
  await frames(page);
  await page.evaluate(() => navigator.clipboard.writeText('Paris'));
  await page.evaluate(() => document.getElementById('bs-search').focus());
  await page.keyboard.press('Control+V');
  await waitForHash(page, /q=Paris/);
  assert.equal(await page.evaluate(() => document.getElementById('bs-search').value), 'Paris');
  await context.close();
});

test('Arabic typed in the search box runs right to left and finds the Arabic article', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [await fixture('ar-solar.txt')]);
  await press(page, '/');
  await page.keyboard.type('الطاقة الشمسية');
  await waitForHash(page, /q=%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9/);
  const dir = await page.evaluate(() => getComputedStyle(document.getElementById('bs-search')).direction);
  assert.equal(dir, 'rtl');
  const titles = (await page.evaluate(() => window.broadsheet.search('الطاقة الشمسية'))).map((h) => h.title);
  assert.ok(titles.includes('افتتاح محطة للطاقة الشمسية في جنوب البلاد'), JSON.stringify(titles));
  await frames(page);
  await screenshot(page, 'ime-search-arabic.png');
  await context.close();
});

// The input must lie on the ImGui field: within 1 px on every edge.
async function assertAligned(page, index) {
  const { field, box } = await page.evaluate((i) => {
    const field = window.broadsheet.textFields()[i];
    const el = document.querySelectorAll('#bs-text-inputs input')[i];
    const r = el.getBoundingClientRect();
    const c = document.getElementById('canvas').getBoundingClientRect();
    return { field, box: { x: r.left - c.left, y: r.top - c.top, width: r.width, height: r.height } };
  }, index);
  assert.ok(field.shown, 'the field is drawn');
  for (const k of ['x', 'y', 'width', 'height']) {
    assert.ok(Math.abs(field[k] - box[k]) <= 1, `${k}: input ${box[k]} vs field ${field[k]}`);
  }
  return field;
}

test('on a phone, a tap on the search box focuses a real input lying on the field', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  await page.evaluate(() => window.broadsheet.ready);
  await frames(page);
  const field = await assertAligned(page, 0);
  assert.notEqual((await active(page)).id, 'bs-search');
  await page.touchscreen.tap(field.x + field.width / 2, field.y + field.height / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'bs-search', null, { timeout: 5000 });
  const focused = await active(page);
  assert.equal(focused.editable, true);
  await frames(page);
  assert.equal((await page.evaluate(() => window.broadsheet.textFields()))[0].focused, true);
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).typing, true);
  await assertAligned(page, 0);
  // What the soft keyboard sends arrives as text.
  await page.keyboard.insertText('keyboard');
  await waitForHash(page, /q=keyboard/);
  // A tap on the list (the canvas) leaves the box, which closes the keyboard.
  await page.touchscreen.tap(200, 400);
  await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'CANVAS', null, { timeout: 5000 });
  await screenshot(page, 'ime-phone.png');
  await context.close();
});

test('the inputs follow the fields through a resize and a text-size change', async () => {
  const { page, context } = await openApp(browser, server.url);
  const id = (await page.evaluate(() => window.broadsheet.search('')))[0].id;
  await page.evaluate((i) => window.broadsheet.open(i), id);
  await frames(page);
  await press(page, 'Control+f');
  await frames(page);
  await assertAligned(page, 0);
  await assertAligned(page, 1);
  await page.setViewportSize({ width: 1000, height: 700 });
  await frames(page, 3);
  await assertAligned(page, 0);
  await assertAligned(page, 1);
  // Larger text twice (the reader's A+, through its accessible button).
  await page.evaluate(() => {
    const larger = [...document.querySelectorAll('#a11y-toolbar button')].find((b) => b.textContent === 'Larger text');
    larger.click();
    larger.click();
  });
  await frames(page, 3);
  await assertAligned(page, 0);
  await assertAligned(page, 1);
  // No dead zone: a wheel over a field reaches the canvas under it (whose handler takes it).
  const taken = await page.evaluate(() => {
    const el = document.getElementById('bs-from');
    const r = el.getBoundingClientRect();
    const wheel = new WheelEvent('wheel', { deltaY: 100, clientX: r.left + 5, clientY: r.top + 5, bubbles: true, cancelable: true });
    el.dispatchEvent(wheel);
    return wheel.defaultPrevented;
  });
  assert.equal(taken, true);
  await context.close();
});

test('the date range fields are inputs too: typed dates apply on Enter, Esc drops an edit', async () => {
  const { page, context } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [await fixture('zh-harbor.txt'), await fixture('ar-solar.txt')]);
  await frames(page);
  const from = await assertAligned(page, 2);
  await assertAligned(page, 3);
  // A real click on the field lands on the input.
  await page.mouse.click(from.x + from.width / 2, from.y + from.height / 2);
  assert.equal((await active(page)).id, 'bs-from');
  await page.keyboard.type('2026-10-10');
  await frames(page);
  assert.doesNotMatch(await page.evaluate(() => window.broadsheet.hash()), /from=/, 'not applied while typing');
  await press(page, 'Enter');
  await waitForHash(page, /from=2026-10-10/);
  assert.equal((await active(page)).tag, 'CANVAS');
  const titles = (await page.evaluate(() => window.broadsheet.search(''))).map((h) => h.title);
  assert.ok(titles.includes('افتتاح محطة للطاقة الشمسية في جنوب البلاد') && !titles.includes('港口城市推出夜间公共交通试点'), JSON.stringify(titles));
  // Esc drops an edit: the field shows the filter again.
  await page.evaluate(() => document.getElementById('bs-to').focus());
  await page.keyboard.type('2026-10-11');
  await press(page, 'Escape');
  await frames(page);
  assert.equal(await page.evaluate(() => document.getElementById('bs-to').value), '');
  assert.doesNotMatch(await page.evaluate(() => window.broadsheet.hash()), /to=/);
  await context.close();
});

test('an ImGui popup over a field hides its input (ImGui draws the field instead)', async () => {
  const { page, context } = await openApp(browser, server.url);
  await frames(page);
  const search = (await page.evaluate(() => window.broadsheet.textFields()))[0];
  assert.equal(search.shown, true);
  // The settings popup opens under "Aa", at the right end of the search box.
  await page.mouse.click(1221, 22);
  await frames(page, 3);
  assert.equal((await page.evaluate(() => window.broadsheet.textFields()))[0].shown, false);
  assert.equal(await page.evaluate(() => document.getElementById('bs-search').hidden), true);
  await screenshot(page, 'ime-popup-over-search.png');
  await press(page, 'Escape');
  await frames(page, 3);
  assert.equal(await page.evaluate(() => document.getElementById('bs-search').hidden), false);
  await assertAligned(page, 0);
  await context.close();
});

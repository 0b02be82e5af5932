// Hostile input on the page side (issue 13): text of any size crosses into
// wasm on the heap, what must be capped is capped with a message, a file too
// big for memory is refused and what was loaded stays, and whatever the URL
// hash holds is data. Real events where input is involved: a clipboard paste
// with Ctrl+V, a hash the browser navigates to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { startServer, launchBrowser, openApp } from './harness.mjs';

const MAX_QUERY = 1000;  // kMaxQueryChars (src/app/url_state.h)

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function noticeText(page, pattern) {
  await page.waitForFunction((source) => {
    const n = document.getElementById('bs-notice');
    return n && !n.hidden && new RegExp(source).test(n.textContent);
  }, pattern.source, { timeout: 10000 });
  return page.evaluate(() => document.getElementById('bs-notice').textContent);
}

async function frames(page, n = 2) {
  for (let i = 0; i < n; i++) await page.evaluate(() => window.broadsheet.frame());
}

const HARBOUR = { name: 'harbour.txt', bytes: 'Harbour lights return\n\nThe old harbour lamps are lit again after ten years.\n' };

test('a #q= of 300,000 characters becomes ready with the query cut to 1,000 characters, and says so', async () => {
  const { page, context, problems } = await openApp(browser, server.url + '#q=' + 'a'.repeat(300000) + '&sort=oldest');
  assert.match(await noticeText(page, /search was cut/), /first 1,000 characters/);
  await frames(page);
  const hash = await page.evaluate(() => window.broadsheet.hash());
  assert.equal(hash, 'q=' + 'a'.repeat(MAX_QUERY) + '&sort=oldest');
  // The address bar gets the cut hash in place of the huge one.
  await page.waitForFunction((n) => location.hash.length < n, MAX_QUERY + 100);
  assert.equal(await page.evaluate(() => document.getElementById('bs-search').value.length), MAX_QUERY);
  const stats = await page.evaluate(() => window.broadsheet.stats());
  assert.ok(stats.articles > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasting 270,000 characters keeps the page alive; the search box takes 1,000 and says so', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.evaluate((files) => window.broadsheet.load(files), [HARBOUR]);
  const big = 'harbour '.repeat(33750);  // 270,000 characters
  assert.equal(big.length, 270000);
  await page.evaluate((t) => navigator.clipboard.writeText(t), big);

  // Into the focused search box: the browser's own paste, cut by its maxlength.
  await page.evaluate(() => document.getElementById('bs-search').focus());
  await page.keyboard.press('Control+V');
  assert.match(await noticeText(page, /pasted text was cut/), /first 1,000 characters \(it had 270,000\)/);
  await page.waitForFunction((n) => document.getElementById('bs-search').value.length === n, MAX_QUERY);
  await frames(page);
  const hash = await page.evaluate(() => window.broadsheet.hash());
  assert.ok(hash.startsWith('q=harbour'), hash.slice(0, 40));
  assert.ok(hash.length < 4 * MAX_QUERY, 'the query is the cut one: ' + hash.length);
  assert.ok((await page.evaluate(() => window.broadsheet.stats())).listed >= 1);

  // With nothing focused, a paste is a search: the same cap.
  await page.evaluate(() => { window.broadsheet.search(''); document.getElementById('canvas').focus(); });
  await frames(page);
  await page.evaluate(() => { document.getElementById('bs-notice').hidden = true; });
  await page.keyboard.press('Control+V');
  await noticeText(page, /pasted text was cut/);
  await page.waitForFunction((n) => document.getElementById('bs-search').value.length === n, MAX_QUERY);
  await frames(page);
  const titles = (await page.evaluate(() => window.broadsheet.search('harbour lamps'))).map((r) => r.title);
  assert.ok(titles.includes('Harbour lights return'), JSON.stringify(titles));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 1 MB string through broadsheet.search, mark and a restore-sized value keeps the page working', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [HARBOUR]);
  const result = await page.evaluate(() => {
    const huge = 'harbour '.repeat(131072);  // 1 MB: four times what overflowed the stack
    const rows = window.broadsheet.search(huge);
    const marked = window.broadsheet.mark(0, 'x'.repeat(1 << 20));
    const unicode = window.broadsheet.search('港'.repeat(400000));  // 1.2 MB of UTF-8
    return { rows: rows.length, marked, unicode: Array.isArray(unicode), hash: window.broadsheet.hash() };
  });
  assert.equal(result.marked, false, 'an unknown mark is refused, not a crash');
  assert.ok(result.unicode);
  assert.equal(decodeURIComponent(result.hash.replace(/&.*/, '').slice(2)), '港'.repeat(MAX_QUERY));
  await noticeText(page, /search was cut to its first 1,000 characters \(it had 400,000\)/);
  const titles = (await page.evaluate(() => window.broadsheet.search('harbour'))).map((r) => r.title);
  assert.ok(titles.includes('Harbour lights return'));
  // A file name of a megabyte is cut, the file still loads.
  const loaded = await page.evaluate(() => window.broadsheet.loadWithoutSaving([
    { name: 'n'.repeat(1 << 20) + '.txt', bytes: 'A long name\n\nThe body of the article with the long name.\n' }]));
  assert.equal(loaded.added, 1, JSON.stringify(loaded).slice(0, 300));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file too big for the memory left is refused with a message; earlier articles stay and search works', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [HARBOUR]);
  const before = await page.evaluate(() => window.broadsheet.stats());
  // The memory may grow 16 MB past what is in use: a 4 MB file (tens of MB
  // to parse and index) cannot fit, a small one can.
  const outcome = await page.evaluate(async () => {
    const m = window.broadsheet.memory();
    window.broadsheet.setMemoryLimit(m.inUse + 16 * 1024 * 1024);
    const line = JSON.stringify({ title: 'Filler', maintext: 'word '.repeat(200) }) + '\n';
    const big = await window.broadsheet.load([{ name: 'big.jsonl', bytes: line.repeat(Math.ceil(4 * 1024 * 1024 / line.length)) }]);
    const small = await window.broadsheet.load([{ name: 'small.txt', bytes: 'Small and welcome\n\nIt fits.\n' }]);
    window.broadsheet.setMemoryLimit(0);
    return { big, small };
  });
  assert.equal(outcome.big.added, 0);
  assert.equal(outcome.big.errors.length, 1);
  assert.match(outcome.big.errors[0], /^big\.jsonl: not enough memory to add it \(4\.\d MB\); the articles already loaded stay$/);
  assert.match(await noticeText(page, /not enough memory/), /big\.jsonl/);
  assert.equal(outcome.small.added, 1);
  const after = await page.evaluate(() => window.broadsheet.stats());
  assert.equal(after.articles, before.articles + 1);
  const titles = (await page.evaluate(() => window.broadsheet.search('harbour'))).map((r) => r.title);
  assert.deepEqual(titles, ['Harbour lights return']);
  // The overlay and the status are not left up.
  assert.equal(await page.evaluate(() => document.getElementById('status').hidden), true);
  assert.equal(await page.evaluate(() => document.getElementById('drop-overlay').hidden), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a .gz whose inflated size cannot fit in wasm memory is refused: past 4 GB at once, just under it by the malloc probe', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await page.evaluate((files) => window.broadsheet.load(files), [HARBOUR]);
  // 700 MB of text compresses to under a megabyte; parsed, it would need more than the 4 GB wasm32 has.
  const chunk = Buffer.from('The harbour. '.repeat(80660));
  const parts = [];
  for (let i = 0; i < 700; i++) parts.push(chunk);  // the same Buffer: no 700 MB in this process
  const gz = gzipSync(Buffer.concat(parts), { level: 1 });
  const result = await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return window.broadsheet.load([{ name: 'bomb.txt.gz', bytes }]);
  }, gz.toString('base64'));
  assert.equal(result.added, 0);
  assert.match(result.errors[0], /^bomb\.txt\.gz: not enough memory to add it/);
  assert.equal((await page.evaluate(() => window.broadsheet.search('harbour'))).length, 1);

  // Just under 4 GB is asked of malloc itself (bs_can_allocate), which cannot
  // have it: the heap already starts past the 1 MB stack. A .gz whose trailer
  // claims the size that makes the need 4 GB less 1 MB is refused by that probe.
  const small = gzipSync(Buffer.from('The harbour probe\n\nA small body.\n'));
  const probed = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const need = 4294967295 - 1024 * 1024;
    const isize = Math.floor((need - bytes.length - window.broadsheet.memory().inUse / 2) / 8);
    new DataView(bytes.buffer).setUint32(bytes.length - 4, isize, true);
    return window.broadsheet.load([{ name: 'liar.txt.gz', bytes }]);
  }, small.toString('base64'));
  assert.equal(probed.added, 0);
  assert.match(probed.errors[0] || '', /^liar\.txt\.gz: not enough memory to add it/);
  assert.equal((await page.evaluate(() => window.broadsheet.search('harbour'))).length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('after an abort the page says it stopped, no overlay is left up, and calls fail plainly', async () => {
  const { page, context } = await openApp(browser, server.url);
  // A real failed C++ allocation: operator new of more than the 4 GB wasm32 has.
  const thrown = await page.evaluate(() => {
    document.getElementById('drop-overlay').hidden = false;  // as during a drop
    try { window.broadsheet.allocateForTests(4.2e9); return ''; } catch (e) { return String(e); }
  });
  assert.match(thrown, /Aborted|RuntimeError/);
  const status = await page.evaluate(() => ({
    hidden: document.getElementById('status').hidden,
    text: document.getElementById('status-text').textContent,
    overlay: document.getElementById('drop-overlay').hidden,
  }));
  assert.equal(status.hidden, false);
  assert.match(status.text, /^Broadsheet stopped, most likely because it ran out of memory\. Reload the page/);
  assert.equal(status.overlay, true);
  const error = await page.evaluate(() => { try { window.broadsheet.search('x'); return ''; } catch (e) { return e.message; } });
  assert.match(error, /Broadsheet has stopped/);
  await context.close();
});

test('a hash with markup, script and javascript: is data: nothing runs, nothing opens, the text is shown as typed', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__opened = [];
    const open = window.open;
    window.open = (...args) => { window.__opened.push(String(args[0])); return open ? null : null; };
  });
  const page = await context.newPage();
  const problems = [];
  const dialogs = [];
  page.on('pageerror', (err) => problems.push(String(err)));
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const query = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
  const hash = '#q=%FF%FE' + encodeURIComponent(query) + '&src=' + encodeURIComponent('<b onmouseover=alert(1)>x</b>') +
    '&a=javascript:window.__pwned=3&show=%3Csvg/onload=alert(1)%3E&sort=javascript:alert(1)';
  await page.goto(server.url + hash);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.broadsheet.ready);
  await frames(page);
  const seen = await page.evaluate(() => ({
    pwned: window.__pwned,
    opened: window.__opened,
    images: document.querySelectorAll('img, svg, b').length,
    inlineScripts: Array.from(document.scripts).filter((s) => !s.src).map((s) => s.textContent.slice(0, 40)),
    search: document.getElementById('bs-search').value,
    hash: window.broadsheet.hash(),
    url: location.origin + location.pathname,
  }));
  assert.equal(seen.pwned, undefined);
  assert.deepEqual(seen.opened, []);
  assert.equal(seen.images, 0);
  assert.deepEqual(seen.inlineScripts, []);
  assert.equal(seen.search, '\uFFFD\uFFFD' + query, 'the query is shown as the text it is; bad bytes as U+FFFD');
  assert.ok(!/show=|sort=/.test(seen.hash), 'unknown values are dropped: ' + seen.hash);
  assert.equal(seen.url, new URL(server.url).origin + new URL(server.url).pathname);
  // A hash changed later (a pasted link, Back) is read the same way.
  await page.evaluate(() => { location.hash = '#q=' + encodeURIComponent('"><iframe src=javascript:alert(1)>'); });
  await page.waitForFunction(() => document.getElementById('bs-search').value === '"><iframe src=javascript:alert(1)>');
  await frames(page);
  assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
  await context.close();
});

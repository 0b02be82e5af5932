// Imports in a real headless Chromium: every drop's result told on screen,
// each import removable with its articles, marks and positions (after a
// reload too), "Remove everything imported" asks first, errors stay until
// dismissed, and storage faults (a full quota, a database that fails or
// never answers) are reported instead of hanging or losing silently.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

function story(n, topic) {
  return {
    name: `${topic}/story-${n}.txt`,
    bytes: `${topic} story number ${n}\n\nhttps://${topic}.example/${n}\n\nPublish Date: 2025-05-${String(1 + (n % 28)).padStart(2, '0')} 08:00:00\n\n` +
      `Source Domain: ${topic}.example\n\nThe ${topic} report ${n} says something worth reading.\n`,
  };
}
const BROKEN = { name: 'harbour/broken.txt', bytes: '' };

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  await page.evaluate(() => window.broadsheet.ready);
}

// The imports UI's button `label` as drawn (frames are drawn until it shows), in page px.
async function button(page, label) {
  for (let i = 0; i < 60; i++) {
    const rect = await page.evaluate(async (l) => {
      await window.broadsheet.frame();
      const b = window.broadsheet.importsUi().buttons[l];
      if (!b) return null;
      const canvas = document.getElementById('canvas').getBoundingClientRect();
      return { x: canvas.left + b.x + b.w / 2, y: canvas.top + b.y + b.h / 2 };
    }, label);
    if (rect) return rect;
  }
  throw new Error(`the button "${label}" never showed`);
}

async function click(page, label) {
  const { x, y } = await button(page, label);
  await page.mouse.click(x, y);
  await page.evaluate(() => window.broadsheet.frame());
}

async function isShown(page, label) {
  return page.evaluate(async (l) => { await window.broadsheet.frame(); return !!window.broadsheet.importsUi().buttons[l]; }, label);
}

// What IndexedDB and localStorage hold, read the page's own way.
async function stored(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('broadsheet');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['files', 'imports'], 'readonly');
      const files = tx.objectStore('files').getAll();
      const imports = tx.objectStore('imports').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve({
          files: files.result.map((f) => ({ name: f.name, importId: f.importId })),
          imports: imports.result,
          marks: localStorage.getItem('broadsheet.marks') || '',
          positions: localStorage.getItem('broadsheet.positions') || '',
        });
      };
    };
  }));
}

function titles(page, query = '') {
  return page.evaluate((q) => window.broadsheet.search(q).map((h) => h.title), query);
}

test('a drop is told on screen: files, articles added, duplicates and errors, with the errors listable', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  const result = await page.evaluate((files) => window.broadsheet.load(files),
    [story(1, 'harbour'), story(2, 'harbour'), story(1, 'harbour'), BROKEN]);
  assert.equal(result.added, 2);
  assert.equal(result.duplicates, 1);
  assert.equal(result.summary, '4 files: 2 articles added, 1 duplicate skipped, 1 error');
  await page.evaluate(() => window.broadsheet.frame());
  const ui = await page.evaluate(() => window.broadsheet.importsUi());
  assert.equal(ui.report, result.summary, 'the drop report is drawn');
  const [record] = await page.evaluate(() => window.broadsheet.imports());
  assert.equal(record.name, 'harbour/');
  assert.equal(record.files, 4);
  assert.equal(record.articlesNow, 2);
  assert.deepEqual(record.errors.map((e) => e.file), ['harbour/broken.txt']);
  assert.equal(typeof record.when, 'number');
  // The report's Details opens the Imports window on this drop's errors.
  await click(page, 'report details');
  assert.equal((await page.evaluate(() => window.broadsheet.importsUi())).window, true);
  assert.ok(await isShown(page, `remove ${record.id}`));
  await screenshot(page, 'imports-drop-report.png');
  assert.deepEqual(problems.filter((p) => !/some files were not added/.test(p)), []);
  await context.close();
});

test('removing one import removes its articles, marks and positions, after a reload too; the others stay', async () => {
  const { page, context } = await openApp(browser, server.url);
  const bundled = (await page.evaluate(() => window.broadsheet.stats())).articles;
  const harbour = await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'harbour'), story(2, 'harbour')]);
  const rail = await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'rail')]);
  const keyOf = (title) => page.evaluate((t) => {
    const hit = window.broadsheet.search('').find((h) => h.title === t);
    window.broadsheet.open(hit.id);
    return window.broadsheet.current().key;
  }, title);
  const harbourKey = await keyOf('harbour story number 1');
  const railKey = await keyOf('rail story number 1');
  await page.evaluate(async ([h, r]) => {
    const id = (t) => window.broadsheet.search('').find((x) => x.title === t).id;
    window.broadsheet.mark(id(h), 'starred');
    window.broadsheet.mark(id(r), 'starred');
    await window.broadsheet.frame();
  }, ['harbour story number 1', 'rail story number 1']);
  // Reading positions as the reader saves them, restored by the reload below
  // (with no article open: the reader would save the open one's own position).
  await page.evaluate(([h, r]) => {
    localStorage.setItem('broadsheet.positions', JSON.stringify({ [h]: 0.5, [r]: 0.25 }));
    history.replaceState(null, '', location.pathname);
  }, [harbourKey, railKey]);
  await reload(page);
  assert.match((await stored(page)).marks, new RegExp(harbourKey));

  await click(page, 'imports');
  await click(page, `remove ${harbour.importId}`);
  await page.evaluate(() => window.broadsheet.storageIdle());
  const after = await stored(page);
  assert.doesNotMatch(after.marks, new RegExp(harbourKey), 'its marks are gone from localStorage');
  assert.doesNotMatch(after.positions, new RegExp(harbourKey), 'its reading positions too');
  assert.match(after.marks, new RegExp(railKey));
  assert.match(after.positions, new RegExp(railKey));
  assert.deepEqual(after.files.map((f) => f.importId), [rail.importId], 'its files are gone from IndexedDB');
  assert.deepEqual(after.imports.map((r) => r.id), [rail.importId]);
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).articles, bundled + 1);

  await reload(page);
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).articles, bundled + 1);
  const left = await titles(page);
  assert.ok(left.includes('rail story number 1'));
  assert.ok(!left.some((t) => t.startsWith('harbour')));
  assert.deepEqual((await page.evaluate(() => window.broadsheet.imports())).map((r) => r.id), [rail.importId]);
  const rail1 = (await page.evaluate(() => window.broadsheet.search('rail')))[0];
  assert.equal(await page.evaluate((id) => { window.broadsheet.open(id); return window.broadsheet.current().starred; }, rail1.id), true);
  await context.close();
});

test('"Remove everything imported" asks first: cancel keeps all, confirm leaves no trace', async () => {
  const { page, context } = await openApp(browser, server.url);
  const bundled = (await page.evaluate(() => window.broadsheet.stats())).articles;
  await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'harbour'), story(2, 'harbour')]);
  await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'rail')]);
  const harbourKey = await page.evaluate(async () => {
    const hit = window.broadsheet.search('harbour')[0];
    window.broadsheet.open(hit.id);  // opening marks it read
    window.broadsheet.mark(hit.id, 'starred');
    await window.broadsheet.frame();
    return window.broadsheet.current().key;
  });
  assert.match((await stored(page)).marks, new RegExp(harbourKey));

  await click(page, 'imports');
  await click(page, 'remove all');
  assert.ok(await isShown(page, 'confirm remove all'), 'the confirmation appears');
  await screenshot(page, 'imports-confirm-remove-all.png');
  await click(page, 'cancel remove all');
  assert.equal(await isShown(page, 'confirm remove all'), false);
  assert.equal((await page.evaluate(() => window.broadsheet.imports())).length, 2, 'cancel keeps all');
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).articles, bundled + 3);

  await click(page, 'remove all');
  await click(page, 'confirm remove all');
  await page.evaluate(() => window.broadsheet.storageIdle());
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).articles, bundled);
  const after = await stored(page);
  assert.deepEqual(after.files, []);
  assert.deepEqual(after.imports, []);
  assert.doesNotMatch(after.marks, new RegExp(harbourKey), 'no mark of a removed article is left');
  await reload(page);
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).articles, bundled);
  await context.close();
});

test('a drop\'s errors stay after a reload until they are dismissed', async () => {
  const { page, context } = await openApp(browser, server.url);
  const result = await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'harbour'), BROKEN]);
  assert.equal(result.errors.length, 1);
  await reload(page);
  let [record] = await page.evaluate(() => window.broadsheet.imports());
  assert.deepEqual(record.errors.map((e) => e.file), ['harbour/broken.txt']);
  assert.equal(record.summary, '2 files: 1 article added, 1 error');
  assert.equal((await page.evaluate(() => window.broadsheet.importsUi())).shownErrors, 1);

  await click(page, 'errors');
  await click(page, `dismiss ${record.id}`);
  await page.evaluate(() => window.broadsheet.storageIdle());
  assert.equal((await page.evaluate(() => window.broadsheet.importsUi())).shownErrors, 0);
  await reload(page);
  [record] = await page.evaluate(() => window.broadsheet.imports());
  assert.equal(record.dismissed, true);
  assert.equal(record.errors.length, 1, 'still listed with the import');
  assert.equal((await page.evaluate(() => window.broadsheet.importsUi())).shownErrors, 0);
  await context.close();
});

test('a full storage quota does not hang the drop: it is reported and the import stays for this visit', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The quota as browsers report it: the transaction aborts with a QuotaExceededError.
  await context.addInitScript(() => {
    const add = IDBObjectStore.prototype.add;
    const error = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'error');
    Object.defineProperty(IDBTransaction.prototype, 'error', {
      get() { return this.quotaExceeded ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : error.get.call(this); },
    });
    IDBObjectStore.prototype.add = function (...args) {
      const request = add.apply(this, args);
      if (this.name === 'files') { this.transaction.quotaExceeded = true; this.transaction.abort(); }
      return request;
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  await page.evaluate(() => window.broadsheet.ready);
  const result = await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'harbour'), story(2, 'harbour'), story(3, 'harbour')]);
  assert.equal(result.added, 3);
  assert.equal(result.storageProblem, 'this browser would not keep 3 files for the next visit (quota)');
  await page.evaluate(() => window.broadsheet.frame());
  assert.equal((await page.evaluate(() => window.broadsheet.importsUi())).reportStorage, result.storageProblem);
  assert.equal((await titles(page, 'harbour')).length, 3, 'the articles are here for this visit');
  assert.equal((await page.evaluate(() => window.broadsheet.imports()))[0].storageProblem, result.storageProblem);
  // The next drop is not stuck behind it.
  const next = await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'rail')]);
  assert.equal(next.added, 1);
  await screenshot(page, 'imports-quota.png');
  await context.close();
});

test('a database that never answers does not block the start, and says so', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.BROADSHEET_DB_TIMEOUT_MS = 1500;
    indexedDB.open = () => ({});  // a request whose events never come
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  const stats = await page.evaluate(() => window.broadsheet.ready);
  assert.ok(stats.articles > 0, 'the bundled articles load');
  assert.match(await page.evaluate(() => window.broadsheet.storageProblem()), /did not answer in 2 s/);
  assert.equal(await page.evaluate(() => document.getElementById('status').hidden), true, 'no "Loading…" left');
  assert.ok((await page.evaluate(() => window.broadsheet.importsUi())).shownErrors >= 1, 'reported on screen');
  const result = await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'harbour')]);
  assert.equal(result.added, 1);
  assert.match(result.storageProblem, /would not keep 1 file for the next visit/);
  await context.close();
});

test('a database that fails to open is reported, not a silent success', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    indexedDB.open = () => {
      const request = { error: new DOMException('Internal error opening backing store', 'UnknownError') };
      setTimeout(() => request.onerror && request.onerror(new Event('error')), 10);
      return request;
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.broadsheet && window.broadsheet.ready);
  await page.evaluate(() => window.broadsheet.ready);
  assert.match(await page.evaluate(() => window.broadsheet.storageProblem()), /could not be opened \(Internal error opening backing store\)/);
  const result = await page.evaluate((f) => window.broadsheet.load(f), [story(1, 'harbour')]);
  assert.match(result.storageProblem, /would not keep 1 file/);
  await context.close();
});

test('a reload in the middle of a big drop says how many of its files were kept', async () => {
  const { page, context } = await openApp(browser, server.url);
  const files = [];
  for (let n = 0; n < 1500; n++) files.push(story(n, 'midway'));
  // Not awaited: the page reloads while the drop is still being added.
  await page.evaluate((f) => { window.broadsheet.load(f); }, files);
  for (let i = 0; i < 1000 && (await stored(page)).files.length === 0; i++) await page.evaluate(() => window.broadsheet.frame());
  const before = (await stored(page)).files.length;
  assert.ok(before > 0 && before < 1500, `reloading with ${before} files kept`);
  await reload(page);
  const [record] = await page.evaluate(() => window.broadsheet.imports());
  assert.equal(record.finished, false);
  assert.equal(record.files, 1500);
  assert.ok(record.kept > 0 && record.kept < 1500);
  assert.equal(record.articlesNow, (await stored(page)).files.length, 'every kept file came back');
  assert.match(record.summary, /^1,500 files: .* \(cut short after [\d,]+ of 1,500 files; [\d,]+ kept for the next visit\)$/);
  await context.close();
});

test('a 1,000-file drop with 5% broken files adds every good article and names every bad file', async () => {
  const { page, context } = await openApp(browser, server.url);
  const bundled = (await page.evaluate(() => window.broadsheet.stats())).articles;
  const files = [];
  const bad = [];
  for (let n = 0; n < 1000; n++) {
    if (n % 20 === 7) {
      const name = `bulk/broken-${n}.${n % 40 === 7 ? 'json' : 'txt'}`;
      files.push({ name, bytes: n % 40 === 7 ? '{"title": ' : '' });
      bad.push(name);
    } else {
      files.push(story(n, 'bulk'));
    }
  }
  const started = Date.now();
  const result = await page.evaluate((f) => window.broadsheet.load(f), files);
  const ms = Date.now() - started;
  assert.equal(result.added, 950);
  assert.equal(result.summary, '1,000 files: 950 articles added, 50 errors');
  const [record] = await page.evaluate(() => window.broadsheet.imports());
  assert.deepEqual(record.errors.map((e) => e.file).sort(), bad.sort());
  assert.equal(record.kept, 950, 'every file that added articles is kept');
  await reload(page);
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).articles, bundled + 950);
  const [again] = await page.evaluate(() => window.broadsheet.imports());
  assert.equal(again.errors.length, 50);
  console.log(`1,000-file drop: ${ms} ms to add and store`);
  await context.close();
});

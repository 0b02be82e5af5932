// The accessible mirror (web/a11y.js) and the reader's text layer as the
// browser's accessibility tree shows them (read through the DevTools
// protocol: playwright-core 1.61 no longer has page.accessibility): the
// article list as a listbox that follows j / k, the filters with counts, the
// open article's heading and paragraphs, the live region's counts, and
// keyboard focus moving through the mirror with a visible ring.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import { TRAMS, BUSES } from './sample-articles.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });


async function frame(page) { await page.evaluate(() => window.broadsheet.frame()); }

// The browser's accessibility tree, without ignored nodes: {role, name, props, children}.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map();
  for (const n of nodes) {
    byId.set(n.nodeId, {
      role: n.role && n.role.value, name: (n.name && n.name.value) || '', ignored: n.ignored,
      props: Object.fromEntries((n.properties || []).map((p) => [p.name, p.value && p.value.value])),
      childIds: n.childIds || [],
    });
  }
  for (const n of byId.values()) n.children = n.childIds.map((id) => byId.get(id)).filter(Boolean);
  const all = [...byId.values()].filter((n) => !n.ignored);
  const text = (n) => (n.role === 'StaticText' ? n.name : n.children.map(text).filter(Boolean).join(' '));
  return { all, text };
}

async function setup(files) {
  const { page, context, problems } = await openApp(browser, server.url);
  await page.evaluate((f) => window.broadsheet.loadWithoutSaving(f), files);
  await frame(page);
  await page.waitForFunction(() => document.querySelectorAll('#a11y-list [role=option]').length > 0);
  return { page, context, problems };
}

test('the accessibility tree has the list rows, the filters with counts, and the open article', async () => {
  const zh = await readFile(new URL('../fixtures/scripts/zh-harbor.txt', import.meta.url), 'utf8');
  const { page, context, problems } = await setup([TRAMS, BUSES, { name: 'zh-harbor.txt', bytes: zh }]);
  const trams = await page.evaluate(() => window.broadsheet.search('').find((r) => r.title.startsWith('Trams')).id);
  await page.evaluate((id) => window.broadsheet.open(id), trams);
  await frame(page);
  await page.waitForFunction(() => document.querySelector('#text-layer h1')?.textContent === 'Trams return to the old town');
  await frame(page);
  const { all, text } = await axTree(page);

  const listbox = all.find((n) => n.role === 'listbox' && n.name === 'Articles');
  assert.ok(listbox, 'a listbox named Articles');
  const options = all.filter((n) => n.role === 'option');
  const tramRow = options.find((n) => n.name.startsWith('Trams return to the old town'));
  assert.ok(tramRow, 'the trams row: ' + options.map((o) => o.name).join(' | '));
  assert.match(tramRow.name, /news\.example/);
  assert.match(tramRow.name, /\bread\b/);
  assert.equal(tramRow.props.selected, true);
  const busRow = options.find((n) => n.name.startsWith('Night buses extended'));
  assert.match(busRow.name, /other\.example, .*unread/);
  assert.equal(busRow.props.selected, false);
  assert.ok(options.some((n) => n.name.startsWith('港口城市推出夜间公共交通试点')), 'the Chinese row');
  // Only the rows on screen exist; each says where it sits in the whole list.
  const listed = await page.evaluate(() => window.broadsheet.stats().listed);
  const positions = await page.evaluate(() => Array.from(document.querySelectorAll('#a11y-list [role=option]'))
    .map((o) => [o.getAttribute('aria-setsize'), o.getAttribute('aria-posinset')]));
  assert.ok(positions.every(([size]) => Number(size) === listed));
  assert.deepEqual(positions.map(([, pos]) => Number(pos)), positions.map((_, i) => i + 1));

  const boxes = all.filter((n) => n.role === 'checkbox');
  const news = boxes.find((n) => n.name === 'news.example, 1 article');
  assert.ok(news, 'the source checkbox with its count: ' + boxes.map((b) => b.name).join(' | '));
  assert.equal(news.props.checked, 'false');
  const radios = all.filter((n) => n.role === 'radio');
  assert.deepEqual(radios.map((r) => r.name), ['All', 'Unread', 'Starred', 'Read']);
  assert.equal(radios[0].props.checked, 'true');

  const heading = all.find((n) => n.role === 'heading' && n.props.level === 1);
  assert.equal(heading && text(heading), 'Trams return to the old town');
  const paragraphs = all.filter((n) => n.role === 'paragraph').map((n) => text(n).replace(/\s+/g, ' '));
  assert.ok(paragraphs.some((t) => /news\.example/.test(t)), 'the byline: ' + paragraphs.join(' | '));
  const body = paragraphs.filter((t) => /tram/i.test(t) && !/news\.example/.test(t));
  assert.deepEqual(body, ['The tram line reopened. Trams run every ten minutes.',
    'More trams are planned for 2026, and the tram depot grows.']);
  // Reading order: the article's heading comes after the list.
  assert.ok(all.indexOf(heading) > all.indexOf(listbox));
  const buttons = all.filter((n) => n.role === 'button').map((n) => n.name);
  for (const b of ['Star', 'Mark unread', 'Copy text', 'Open original', 'Find in article']) assert.ok(buttons.includes(b), b);
  assert.deepEqual(problems, []);
  await context.close();
});

test('after j the selected option is the open article; a search announces the count', async () => {
  const { page, context } = await setup([TRAMS, BUSES]);
  await page.keyboard.press('j');
  await frame(page);
  await page.keyboard.press('j');
  await frame(page);
  await frame(page);
  const current = await page.evaluate(() => window.broadsheet.current());
  assert.ok(current, 'j opened an article');
  const { all } = await axTree(page);
  const selected = all.filter((n) => n.role === 'option' && n.props.selected === true);
  assert.equal(selected.length, 1);
  assert.ok(selected[0].name.startsWith(current.title), `${selected[0].name} is ${current.title}`);
  const active = await page.evaluate(() => {
    const list = document.getElementById('a11y-list');
    return document.getElementById(list.getAttribute('aria-activedescendant')).textContent;
  });
  assert.ok(active.startsWith(current.title));

  const hits = await page.evaluate(() => window.broadsheet.search('night buses'));
  assert.equal(hits.length, 1);
  await frame(page);
  await page.waitForFunction(() => document.getElementById('a11y-live').textContent === '1 article');
  const everything = (await page.evaluate(() => window.broadsheet.search(''))).length;
  await frame(page);
  await page.waitForFunction((n) => document.getElementById('a11y-live').textContent === n + ' articles', everything);
  await context.close();
});

test('Tab moves focus through the mirror with a visible ring; Space and Enter use the controls', async () => {
  const { page, context } = await setup([TRAMS, BUSES]);
  const trams = await page.evaluate(() => window.broadsheet.search('').find((r) => r.title.startsWith('Trams')).id);
  await page.evaluate((id) => window.broadsheet.open(id), trams);
  await frame(page);
  await page.focus('#canvas');
  const order = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => {
      const e = document.activeElement;
      const style = getComputedStyle(e);
      return { label: e.getAttribute('aria-label') || e.textContent.slice(0, 20) || e.id, role: e.getAttribute('role') || e.type,
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, visible: e.getBoundingClientRect().width > 0 };
    }));
  }
  await screenshot(page, 'a11y-focus-ring.png');
  // The real inputs come first (web/text-inputs.js: the search box, then the
  // custom date fields), whose focus ring the canvas draws under them. Then
  // the mirror, each stop with its own ring.
  assert.equal(order[0].role, 'searchbox', JSON.stringify(order));
  const mirrorAt = order.findIndex((o) => o.label === 'All');
  assert.ok(mirrorAt > 0 && order.slice(1, mirrorAt).every((o) => o.role === 'textbox'), JSON.stringify(order));
  const mirror = order.slice(mirrorAt);
  assert.ok(mirror.every((o) => o.ring && o.visible) || mirror.filter((o) => o.role !== 'listbox').every((o) => o.ring && o.visible),
    JSON.stringify(order));
  const listAt = order.findIndex((o) => o.role === 'listbox');
  const starAt = order.findIndex((o) => o.label === 'Star');
  assert.ok(listAt > 0 && starAt > listAt, 'filters, then the list, then the article toolbar: ' + order.map((o) => o.label).join(' > '));

  // Space on the focused Star button stars the article (the canvas does not page down).
  await page.focus('#a11y-toolbar button');
  await page.keyboard.press('Space');
  await frame(page);
  assert.equal((await page.evaluate(() => window.broadsheet.current())).starred, true);
  // Space on a source checkbox filters by it.
  await page.evaluate(() => document.querySelector('#a11y-filters input[type=checkbox]').focus());
  await page.keyboard.press('Space');
  await frame(page);
  assert.match(await page.evaluate(() => window.broadsheet.hash()), /src=/);
  await page.waitForFunction(() => document.querySelector('#a11y-filters input[type=checkbox]').checked);
  await context.close();
});

test('scrolling the reader pulls no JSON: the layer and the mirror change only with what they show', async () => {
  const paragraphs = [];
  for (let i = 0; i < 120; i++) paragraphs.push(`Paragraph ${i} of a long article about trams, buses and the night ferry that crosses the bay.`);
  const LONG = { name: 'long.txt', bytes: 'A long scroll\n\nhttps://news.example/long\n\nPublish Date: 2025-05-11 08:00:00\n\n' +
    'Source Domain: news.example\n\n' + paragraphs.join('\n\n') + '\n' };
  const { page, context } = await setup([LONG]);
  const id = await page.evaluate(() => window.broadsheet.search('').find((r) => r.title === 'A long scroll').id);
  await page.evaluate((i) => window.broadsheet.open(i), id);
  await frame(page);
  await page.waitForFunction(() => document.querySelector('#text-layer h1')?.textContent === 'A long scroll');
  await frame(page);
  const before = await page.evaluate(() => ({ builds: window.broadsheetTextLayer.stats().builds, pulls: window.broadsheetA11y.pulls(),
    frames: window.broadsheet.framesDrawn() }));
  const box = await page.evaluate(() => { const r = document.querySelector('#text-layer .tl-l').getBoundingClientRect(); return { x: r.left + 20, y: r.top + 5 }; });
  await page.mouse.move(box.x, box.y);
  for (let i = 0; i < 4; i++) {
    const position = await page.evaluate(() => window.broadsheet.current().position);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((p) => window.broadsheet.current().position > p, position);
  }
  await frame(page);
  const after = await page.evaluate(() => ({ builds: window.broadsheetTextLayer.stats().builds, pulls: window.broadsheetA11y.pulls(),
    frames: window.broadsheet.framesDrawn() }));
  assert.ok(after.frames > before.frames + 3, 'the reader drew the scroll');
  assert.equal(after.builds, before.builds, 'no text layer JSON while scrolling');
  assert.equal(after.pulls, before.pulls, 'no mirror JSON while scrolling');
  await context.close();
});

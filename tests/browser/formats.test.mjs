// Every format reaches the app through the same drop path: saved web pages,
// Markdown, RSS and Atom feeds, JSON, JSON Lines and gzip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { startServer, launchBrowser, openApp } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const HTML = `<!doctype html><html lang="en"><head><title>Harbour bridge opens | Coast Post</title>
<meta property="og:title" content="Harbour bridge opens">
<meta property="og:site_name" content="Coast Post">
<link rel="canonical" href="https://coastpost.example/2025/bridge">
<meta property="article:published_time" content="2025-04-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour bridge opens</h1>
<p>The new harbour bridge opened to traffic on Wednesday after three years of building work on both banks.</p>
<p>About twelve thousand vehicles are expected to cross it every day, the port authority said in a statement.</p>
<p>Cyclists get a separate lane on the north side, and pedestrians a walkway with a view of the old lighthouse.</p>
</article><footer>Share this story. Related: ferry timetables.</footer></body></html>`;

const MARKDOWN = `---
title: Notes from the council meeting
date: 2025-04-03
author: Jo Writer
url: https://notes.example/council
---

# Notes from the council meeting

The council agreed the budget for the coming year.

## Parks

Two new parks get funding.
`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Gazette</title><link>https://gazette.example/</link>
<item><title>School reopens after floods</title><link>https://gazette.example/school</link>
<pubDate>Fri, 04 Apr 2025 08:00:00 +0000</pubDate><description>&lt;p&gt;Pupils returned on Friday.&lt;/p&gt;</description></item>
<item><title>Market moves to the square</title><link>https://gazette.example/market</link>
<pubDate>Sat, 05 Apr 2025 08:00:00 +0000</pubDate><description>The weekly market has a new home.</description></item>
</channel></rss>`;

const JSONL = [
  { title: 'Rail strike called off', maintext: 'Unions called off the strike.\nTalks resume next week.', url: 'https://rail.example/strike', date_publish: '2025-04-06 10:00:00', source_domain: 'rail.example' },
  { title: 'Airport expansion approved', text: 'The second runway was approved.', url: 'https://air.example/runway', date_publish: 'None' },
].map((r) => JSON.stringify(r)).join('\n') + '\n';

test('an .html, an .md and an RSS file dropped together all list their articles', async () => {
  const { page, context } = await openApp(browser, server.url);
  const result = await page.evaluate((files) => window.broadsheet.load(files), [
    { name: 'bridge.html', bytes: HTML },
    { name: 'council.md', bytes: MARKDOWN },
    { name: 'gazette.rss', bytes: RSS },
  ]);
  assert.deepEqual(result.errors, []);
  assert.equal(result.added, 4);
  const titles = (await page.evaluate(() => window.broadsheet.search(''))).map((h) => h.title);
  for (const t of ['Harbour bridge opens', 'Notes from the council meeting', 'School reopens after floods', 'Market moves to the square']) {
    assert.ok(titles.includes(t), `${t} missing from ${JSON.stringify(titles)}`);
  }
  const bridge = (await page.evaluate(() => window.broadsheet.search('harbour bridge')))[0];
  const article = await page.evaluate((id) => window.broadsheet.article(id), bridge.id);
  assert.equal(article.url, 'https://coastpost.example/2025/bridge');
  assert.equal(article.paragraphs.length, 3, 'the story only: no menu, no footer');
  await context.close();
});

test('JSON Lines, plain and gzipped, load through the same path; the same article twice is added once', async () => {
  const { page, context } = await openApp(browser, server.url);
  const gz = Array.from(gzipSync(Buffer.from(JSONL)));
  const result = await page.evaluate(({ jsonl, gz }) => window.broadsheet.load([
    { name: 'crawl.jsonl', bytes: jsonl },
    { name: 'crawl-copy.jsonl.gz', bytes: new Uint8Array(gz) },
  ]), { jsonl: JSONL, gz });
  assert.deepEqual(result.errors, []);
  assert.equal(result.added, 2);
  assert.equal(result.duplicates, 2);
  const hit = (await page.evaluate(() => window.broadsheet.search('rail strike')))[0];
  const article = await page.evaluate((id) => window.broadsheet.article(id), hit.id);
  assert.deepEqual(article.paragraphs, ['Unions called off the strike.', 'Talks resume next week.']);
  assert.equal(article.source, 'rail.example');
  await context.close();
});

test('a JSON Lines file with a broken line keeps the others and names the line', async () => {
  const { page, context } = await openApp(browser, server.url);
  const broken = JSONL.replace('{"title":"Airport', '{"title": broken\n{"title":"Airport');
  const result = await page.evaluate((text) => window.broadsheet.load([{ name: 'broken.jsonl', bytes: text }]), broken);
  assert.equal(result.added, 2);
  assert.equal(result.errors.length, 1);
  assert.match(result.errors[0], /^broken\.jsonl: line 2: /);
  await context.close();
});

// Issue 13: a folder of same-titled, undated, URL-less stories lost the
// later ones as "duplicates"; a repeat drop must add nothing and say so.
test('a folder of same-titled distinct stories all arrive; a repeat is listed as a duplicate of its original', async () => {
  const { page, context } = await openApp(browser, server.url);
  const story = (body) => `Weather update\n\n${body}\n`;
  const folder = [
    { name: 'crawl/a.txt', bytes: story('Rain is expected across the north on Monday.') },
    { name: 'crawl/b.txt', bytes: story('A heat warning is in force for the south coast.') },
    { name: 'crawl/c.txt', bytes: story('Fog closed the airport for three hours on Sunday.') },
    { name: 'crawl/untitled.html', bytes: '<!doctype html><html><body><article><h1>Bridge reopens</h1><p>The old river bridge reopened to traffic on Friday after eight months of repairs to its deck.</p></article></body></html>' },
    { name: 'crawl/headline.txt', bytes: 'Headline saved without its text\n' },
    { name: 'crawl/a-again.txt', bytes: story('Rain is expected across the north on Monday.') },
  ];
  const before = (await page.evaluate(() => window.broadsheet.stats())).articles;  // the bundled samples
  const first = await page.evaluate((files) => window.broadsheet.load(files), folder);
  assert.deepEqual(first.errors, []);
  assert.equal(first.added, 5);
  assert.equal(first.duplicates, 1);
  assert.equal(first.duplicateList.length, 1);
  assert.equal(first.duplicateList[0].file, 'crawl/a-again.txt');
  assert.equal(first.duplicateList[0].title, 'Weather update');
  assert.equal(first.duplicateList[0].duplicateOfTitle, 'Weather update');
  const original = await page.evaluate((id) => window.broadsheet.article(id), first.duplicateList[0].duplicateOf);
  assert.deepEqual(original.paragraphs, ['Rain is expected across the north on Monday.']);

  // The same drop again: nothing added, every article named with its original.
  const again = await page.evaluate((files) => window.broadsheet.load(files), folder);
  assert.equal(again.added, 0);
  assert.equal(again.duplicates, 6);
  assert.deepEqual(again.duplicateList.map((d) => d.file), folder.map((f) => f.name));
  assert.equal((await page.evaluate(() => window.broadsheet.stats())).articles, before + 5);

  // No source domain anywhere: the folder name is the source, and source: finds it.
  const hits = await page.evaluate(() => window.broadsheet.search('source:crawl'));
  assert.equal(hits.length, 5);
  const bridge = (await page.evaluate(() => window.broadsheet.search('bridge reopens')))[0];
  assert.equal((await page.evaluate((id) => window.broadsheet.article(id), bridge.id)).source, 'crawl');
  await context.close();
});

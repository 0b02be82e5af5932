// Benchmark (not a test): the CPU time of a frame's UI pass while scrolling
// a Latin, an Arabic and a Chinese article of the same length with the
// mouse wheel. Arabic lines are shaped by the browser and drawn as cached
// images (web/shaping.js); Latin and CJK go through ImGui's glyphs.
// Each run opens a fresh page (cold image cache), scrolls each article from
// the top with real wheel events and reads broadsheet.lastFrameUiMs() after
// every drawn frame. Prints per script the median frame of each run and the
// median over runs, plus the worst (95th percentile) frames.
// Usage: node bench/browser/shaping-frames.mjs [RUNS=5] [STEPS=60]
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openApp } from '../../tests/browser/harness.mjs';

const RUNS = Number(process.argv[2] || 5);
const STEPS = Number(process.argv[3] || 60);
const FIXTURES = new URL('../../tests/fixtures/scripts/', import.meta.url);
const TARGET_CHARS = 60000;   // every article this many code points of body text

function bodyParagraphs(text) {
  // The text format: title, blank, title, ..., the metadata lines, then paragraphs.
  return text.split('\n\n').map((p) => p.trim()).filter((p) => p && !/^(https?:|Publish Date:|Source Domain:|Source$)/.test(p)).slice(1);
}

async function article(name, title, paragraphs) {
  const body = [];
  let chars = 0;
  for (let i = 0; chars < TARGET_CHARS; i++) {
    const p = paragraphs[i % paragraphs.length];
    body.push(p);
    chars += [...p].length;
  }
  const bytes = `${title}\n\nhttps://bench.example/${name}\n\nPublish Date: 2026-10-13 11:00:00\n\nSource Domain: bench.example\n\n${body.join('\n\n')}\n`;
  return { name: `${name}.txt`, bytes, title, chars };
}

const latinParagraphs = [
  'The energy ministry opened a new solar power plant on Sunday with a capacity of 300 megawatts in the south of the country.',
  'The minister said the plant would supply about 90,000 homes with electricity, and that Solar Gulf would run it for twenty years.',
  'Officials hope the plant will cut carbon emissions and create jobs for young people in the region, where unemployment is high.',
];
const arabic = bodyParagraphs(await readFile(new URL('ar-solar.txt', FIXTURES), 'utf8'));
const chinese = bodyParagraphs(await readFile(new URL('zh-harbor.txt', FIXTURES), 'utf8'));
const articles = {
  latin: await article('bench-latin', 'Bench Latin article', latinParagraphs),
  arabic: await article('bench-arabic', 'مقال عربي للقياس', arabic),
  cjk: await article('bench-cjk', '中文测试文章', chinese),
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

const server = await startServer();
const browser = await launchBrowser();
const results = { latin: [], arabic: [], cjk: [] };
const all = { latin: [], arabic: [], cjk: [] };
const opens = { latin: [], arabic: [], cjk: [] };
const positions = { latin: [], arabic: [], cjk: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    const { page, context } = await openApp(browser, server.url, { viewport: { width: 1600, height: 900 } });
    await page.evaluate((files) => window.broadsheet.loadWithoutSaving(files), Object.values(articles).map(({ name, bytes }) => ({ name, bytes })));
    for (const [script, a] of Object.entries(articles)) {
      const id = await page.evaluate((t) => window.broadsheet.search('').find((x) => x.title === t).id, a.title);
      await page.evaluate((i) => window.broadsheet.open(i), id);
      await page.evaluate(() => window.broadsheet.frame());
      // The first frame lays the article out (Arabic: measured by the browser).
      opens[script].push(await page.evaluate(() => window.broadsheet.lastFrameUiMs()));
      await page.evaluate(() => window.broadsheet.frame());
      await page.mouse.move(1200, 500);   // over the reader
      const times = [];
      for (let step = 0; step < STEPS; step++) {
        await page.mouse.wheel(0, 120);
        await page.evaluate(() => window.broadsheet.frame());
        times.push(await page.evaluate(() => window.broadsheet.lastFrameUiMs()));
      }
      results[script].push(median(times));
      all[script].push(...times);
      positions[script].push(await page.evaluate(() => window.broadsheet.current().position));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`UI pass (NewFrame..Render, ms) while wheel-scrolling an article of ~${TARGET_CHARS} code points; ${RUNS} runs x ${STEPS} wheel steps, fresh page per run`);
console.log('(performance.now() is clamped to 0.1 ms here, so the mean of all frames says more than a median)');
console.log('script   median  mean    p95     per-run medians        open+layout frame   scrolled to');
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const script of Object.keys(results)) {
  console.log(`${script.padEnd(8)} ${median(results[script]).toFixed(2).padEnd(7)} ${mean(all[script]).toFixed(3).padEnd(7)} ${pct(all[script], 0.95).toFixed(2).padEnd(7)} ` +
    `${results[script].map((x) => x.toFixed(2)).join(' ').padEnd(22)} ${median(opens[script]).toFixed(1).padStart(8)} ms         ` +
    `${(100 * median(positions[script])).toFixed(0)}% of the article`);
}
const ratio = (s) => (mean(all[s]) / mean(all.latin)).toFixed(2);
console.log(`mean frame, ratio to Latin: arabic ${ratio('arabic')}x, cjk ${ratio('cjk')}x`);

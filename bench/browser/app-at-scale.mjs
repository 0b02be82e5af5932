// Benchmark (not a test): the built app in headless Chromium with a real
// corpus loaded through broadsheet.load(): load time, wasm memory, and the
// latency of typing a search (median of several runs per query).
// Usage: node bench/browser/app-at-scale.mjs [JSONL_FILE]   (default: the Reuters corpus)
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, launchBrowser, openApp, SHARED_CORPUS } from '../../tests/browser/harness.mjs';

const file = resolve(process.argv[2] || `${SHARED_CORPUS}/reuters-21578/articles.jsonl`);
if (!existsSync(file)) {
  console.log(`skipped: ${file} is not here (the corpus lives in ../shared beside the team's clones)`);
  process.exit(0);
}
const bytes = await readFile(file);
const server = await startServer({ '/corpus.bin': file });
const browser = await launchBrowser();
try {
  const { page, context } = await openApp(browser, server.url);
  const load = await page.evaluate(async (name) => {
    const data = new Uint8Array(await (await fetch('/corpus.bin')).arrayBuffer());
    const t0 = performance.now();
    // The drop path without the IndexedDB copy, which is a browser cost, not ours.
    const result = await window.broadsheet.loadWithoutSaving([{ name, bytes: data }]);
    await window.broadsheet.frame();
    return { ms: performance.now() - t0, added: result.added, errors: result.errors.length };
  }, file.split('/').pop());
  const memory = await page.evaluate(() => {
    // The wasm heap is the module's one ArrayBuffer; performance.memory covers JS.
    const mb = (n) => Math.round(n / 1048576);
    return { js_heap_mb: performance.memory ? mb(performance.memory.usedJSHeapSize) : null };
  });
  console.log(`corpus: ${file} (${(bytes.length / 1048576).toFixed(1)} MB)`);
  console.log(`load + parse + index + first frame: ${load.ms.toFixed(0)} ms, ${load.added} articles, ${load.errors} errors`);
  console.log(`throughput: ${(bytes.length / 1048576 / (load.ms / 1000)).toFixed(1)} MB/s; JS heap ${memory.js_heap_mb} MB`);
  const queries = ['oil', 'bank', 'interest rates', '"crude oil"', 'coc', 'yen -dollar', 'source:reuters.com oil', 'opec OR saudi'];
  console.log('query                      hits   app ms  bridge ms  (medians of 7: app = search + filters + sort + counts;');
  console.log('                                                        bridge adds the JSON list of every hit for JS)');
  for (const q of queries) {
    const times = [], app = [];
    let hits = 0;
    for (let run = 0; run < 7; run++) {
      const r = await page.evaluate((query) => {
        window.broadsheet.search('');
        const t0 = performance.now();
        const listed = window.broadsheet.search(query).length;
        return { ms: performance.now() - t0, listed, app: window.broadsheet.stats().last_query_ms };
      }, q);
      times.push(r.ms);
      app.push(r.app);
      hits = r.listed;
    }
    times.sort((a, b) => a - b);
    app.sort((a, b) => a - b);
    console.log(`${q.padEnd(26)} ${String(hits).padStart(6)} ${app[3].toFixed(2).padStart(8)} ${times[3].toFixed(2).padStart(10)}`);
  }
  for (const q of ['', 'oil']) {
    const ui = await page.evaluate(async (query) => {
      window.broadsheet.search(query);
      const listed = window.broadsheet.search(query);
      window.broadsheet.open(listed[0].id);
      await window.broadsheet.frame();
      const times = [];
      for (let i = 0; i < 15; i++) {
        await window.broadsheet.frame();
        times.push(window.broadsheet.lastFrameUiMs());
      }
      times.sort((a, b) => a - b);
      return times[7];
    }, q);
    console.log(`UI pass of one frame (NewFrame..Render, no GL) with ${q ? 'results for "' + q + '"' : 'every article'} listed and one open: median ${ui.toFixed(2)} ms`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

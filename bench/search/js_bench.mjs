// Runs one JavaScript search library over a corpus and a query set, printing
// one JSON object with the same fields as search_bench.cpp.
//   node --expose-gc js_bench.mjs LIB CORPUS.jsonl QUERIES.json [REPS]
// LIB: minisearch | flexsearch | lunr. Query semantics: words ANDed (as in
// ours); a library with no phrase search answers phrases as ANDed words and
// is marked "phrase_as_and"; FlexSearch's default (strict) index has no
// prefix search, so its prefix class is left out (its "forward" mode needs
// many times the memory). Known-item queries use each library's default.
import { createRequire } from 'module';
import fs from 'fs';

const require = createRequire(import.meta.url);
const [lib, corpusPath, queriesPath, repsArg] = process.argv.slice(2);
const reps = Number(repsArg || 3);
const now = () => Number(process.hrtime.bigint()) / 1e3;  // microseconds

const docs = fs.readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((line, id) => {
  const r = JSON.parse(line);
  return { id, title: r.title || '', text: r.maintext || '' };
});
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'));

function gcHeap() { global.gc(); global.gc(); return process.memoryUsage().heapUsed; }
function pct(v, p) { const s = [...v].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.round(p * (s.length - 1)))] : 0; }

let engine;
const heap0 = gcHeap();
const t0 = now();
if (lib === 'minisearch') {
  const MiniSearch = require('minisearch');
  const ms = new MiniSearch({ fields: ['title', 'text'], searchOptions: { boost: { title: 2 } } });
  ms.addAll(docs);
  engine = {
    index: ms,
    search: (q, { prefix, limit, known }) => {
      const r = ms.search(q, known ? {} : { combineWith: 'AND', prefix: prefix });
      return { total: r.length, ids: r.slice(0, limit).map(x => x.id) };
    },
    serialize: () => JSON.stringify(ms).length,
    phrase: false, prefix: true,
  };
} else if (lib === 'flexsearch') {
  const FlexSearch = require('flexsearch');
  const Index = FlexSearch.Index || FlexSearch.default.Index;
  const ix = new Index({ tokenize: 'strict' });
  for (const d of docs) ix.add(d.id, d.title + '\n' + d.text);
  engine = {
    index: ix,
    search: (q, { limit, known }) => {
      if (known) {
        const r = ix.search(q, { limit, suggest: true });
        return { total: r.length, ids: r };
      }
      const ids = ix.search(q, { limit });
      return { total: ids.length < limit ? ids.length : -1, ids };
    },
    count: (q) => ix.search(q, { limit: docs.length }).length,
    serialize: () => {
      let bytes = 0;
      ix.export((key, data) => { bytes += key.length + (data ? String(data).length : 0); });
      return bytes;
    },
    phrase: false, prefix: false,
  };
} else if (lib === 'lunr') {
  const lunr = require('lunr');
  const idx = lunr(function () {
    this.ref('id');
    this.field('title', { boost: 2 });
    this.field('text');
    for (const d of docs) this.add(d);
  });
  engine = {
    index: idx,
    search: (q, { prefix, limit, known }) => {
      const lq = known ? q : q.split(/\s+/).filter(Boolean).map(w => '+' + w + (prefix ? '*' : '')).join(' ');
      let r;
      try { r = idx.search(lq); } catch (e) { r = []; }
      return { total: r.length, ids: r.slice(0, limit).map(x => Number(x.ref)) };
    },
    serialize: () => JSON.stringify(idx).length,
    phrase: false, prefix: true,
  };
} else {
  console.error('unknown library ' + lib);
  process.exit(2);
}
const buildMs = (now() - t0) / 1000;
const indexHeap = gcHeap() - heap0;
const ts = now();
const serialized = engine.serialize();
const serializeMs = (now() - ts) / 1000;

const out = { engine: lib, articles: docs.length, build_ms: buildMs, index_heap_bytes: indexHeap,
  serialized_bytes: serialized, serialize_ms: serializeMs, classes: {} };
for (const cls of ['rare', 'common', 'two_words', 'prefix3', 'phrase']) {
  if (!queries[cls]) continue;
  if (cls === 'prefix3' && !engine.prefix) { out.classes[cls] = { unsupported: true }; continue; }
  const times = [], hits = [];
  for (const q of queries[cls]) {
    const rt = [];
    let res;
    for (let r = 0; r < reps; r++) {
      const q0 = now();
      res = engine.search(q, { prefix: cls === 'prefix3', limit: 20 });
      rt.push(now() - q0);
    }
    times.push(pct(rt, 0.5));
    if (hits.length < 4) hits.push([cls === 'phrase' ? `"${q}"` : q, res.total >= 0 ? res.total : engine.count(q)]);
  }
  out.classes[cls] = { p50_us: pct(times, 0.5), p95_us: pct(times, 0.95), p99_us: pct(times, 0.99),
    queries: times.length, hits, ...(cls === 'phrase' && !engine.phrase ? { phrase_as_and: true } : {}) };
}
if (queries.known_items) {
  let rr = 0, top1 = 0, top3 = 0;
  for (const { query, id } of queries.known_items) {
    const { ids } = engine.search(query, { limit: 100, known: true });
    const i = ids.indexOf(id);
    if (i >= 0) { rr += 1 / (i + 1); top1 += i === 0; top3 += i < 3; }
  }
  const n = queries.known_items.length;
  out.known_item = { queries: n, mrr: rr / n, top1: top1 / n, top3: top3 / n };
}
console.log(JSON.stringify(out));

#!/usr/bin/env python3
"""Markdown tables from bench/out/search/<size>-<engine>.json.
   report.py OUT_DIR SIZE..."""
import json, os, sys

ENGINES = ["broadsheet-native", "broadsheet-wasm", "minisearch", "flexsearch", "lunr"]
FILES = {"broadsheet-native": "native", "broadsheet-wasm": "wasm"}
CLASSES = ["rare", "common", "two_words", "prefix3", "phrase"]


def load(out, size):
    rows = {}
    for e in ENGINES:
        p = os.path.join(out, f"{size}-{FILES.get(e, e)}.json")
        if os.path.exists(p) and os.path.getsize(p) > 0:
            with open(p) as f:
                rows[e] = json.loads(f.read().strip().splitlines()[-1])
    return rows


def mb(b):
    return f"{b / 1e6:.1f}"


def lat(c):
    if not c or c.get("unsupported"):
        return "n/a"
    s = f"{c['p50_us']:.0f} / {c['p95_us']:.0f} / {c['p99_us']:.0f}"
    return s + (" (AND)" if c.get("phrase_as_and") else "")


def main():
    out, sizes = sys.argv[1], sys.argv[2:]
    for size in sizes:
        rows = load(out, size)
        if not rows:
            continue
        n = next(iter(rows.values()))["articles"]
        print(f"\n### {n:,} articles ({size})\n")
        print("| engine | build ms | index heap MB | serialized MB | known-item MRR / top1 / top3 |")
        print("|---|---:|---:|---:|---|")
        for e, r in rows.items():
            ki = r.get("known_item", {})
            extra = f" (wasm memory {mb(r['wasm_memory_bytes'])} MB)" if "wasm_memory_bytes" in r else ""
            print(f"| {e} | {r['build_ms']:.0f} | {mb(r['index_heap_bytes'])}{extra} | {mb(r['serialized_bytes'])} | "
                  f"{ki.get('mrr', 0):.2f} / {ki.get('top1', 0):.2f} / {ki.get('top3', 0):.2f} |")
        print("\nLatency µs, p50 / p95 / p99 (top 20, 50 queries per class):\n")
        print("| engine | " + " | ".join(CLASSES) + " |")
        print("|---|" + "---|" * len(CLASSES))
        for e, r in rows.items():
            print(f"| {e} | " + " | ".join(lat(r["classes"].get(c)) for c in CLASSES) + " |")
        snip = rows.get("broadsheet-wasm", rows.get("broadsheet-native", {})).get("classes", {}).get("two_words_snippets")
        if snip:
            print(f"\nOurs with 20 snippets (two words): {lat(snip)}")
        print("\nHit counts (first queries of each class):\n")
        print("| engine | " + " | ".join(CLASSES) + " |")
        print("|---|" + "---|" * len(CLASSES))
        for e, r in rows.items():
            cells = []
            for c in CLASSES:
                h = r["classes"].get(c, {}).get("hits", [])
                cells.append(", ".join(f"{q}={t}" for q, t in h[:3]) if h else "n/a")
            print(f"| {e} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

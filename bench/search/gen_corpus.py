#!/usr/bin/env python3
"""Benchmark corpora and query sets from Reuters-21578 (research use only;
the output goes to the ignored bench/data/ and is never committed).

  gen_corpus.py REUTERS_JSONL OUT_DIR SIZE...   (SIZE: a number, or "real")

For each size writes OUT_DIR/reuters-SIZE.jsonl (news-please style records,
each with a unique url so no reader drops one as a duplicate) and
OUT_DIR/queries-SIZE.json with 5 query classes and known-item queries.
Synthetic articles recombine real paragraphs: the title joins the first half
of one real headline with the second half of another, the body takes 2-8
paragraphs from random articles, the date is a random 1987 date.
"""
import json, random, re, sys
from collections import Counter

STOP = set("""a an and are as at be been but by for from had has have he her his in into is it its
of on or our said say says she that the their them they this to was we were which will with would
not than then there these those also after before more most over under up down out about year pct
mln dlrs reuter new""".split())
# Whole tokens (with inner apostrophes, hyphens, decimal points) so that a
# query word never is a fragment such as "haven" from "haven't".
WORD = re.compile(r"[a-z0-9]+(?:['\u2019.\-][a-z0-9]+)*")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_corpus(real, size, rng):
    if size == "real":
        out = []
        for i, r in enumerate(real):
            r = dict(r)
            r["url"] = f"https://bench.example/r/{i}"
            out.append(r)
        return out
    paragraphs = [p for r in real for p in (r.get("maintext") or "").split("\n") if len(p) > 40]
    out = []
    for i in range(size):
        a, b = rng.choice(real), rng.choice(real)
        ta, tb = a["title"].split(), b["title"].split()
        title = " ".join(ta[: max(1, len(ta) // 2)] + tb[len(tb) // 2:])
        body = "\n".join(rng.choice(paragraphs) for _ in range(rng.randint(2, 8)))
        date = f"1987-{rng.randint(2, 10):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
        out.append({"title": title, "maintext": body, "url": f"https://bench.example/s/{i}",
                    "date_publish": date, "source_domain": None, "description": None,
                    "authors": [], "language": "en"})
    return out


def make_queries(docs, rng, per_class=50, known=100):
    df = Counter()
    doc_words = []
    for d in docs:
        words = WORD.findall((d["title"] + " " + (d.get("maintext") or "")).lower())
        doc_words.append(words)
        df.update(set(words))
    n = len(docs)
    usable = [w for w, c in df.items() if len(w) >= 4 and w not in STOP and w.isalpha()]
    rare = sorted(w for w in usable if 2 <= df[w] <= max(3, n // 2000))
    common = sorted(usable, key=lambda w: -df[w])[:100]
    mid = sorted(w for w in usable if n // 200 <= df[w] <= n // 10 and len(w) >= 5) or common
    q = {"rare": [], "common": [], "two_words": [], "prefix3": [], "phrase": []}
    q["rare"] = rng.sample(rare, min(per_class, len(rare)))
    q["common"] = [rng.choice(common) for _ in range(per_class)]
    while len(q["two_words"]) < per_class:
        words = [w for w in doc_words[rng.randrange(n)] if len(w) >= 5 and w not in STOP
                 and w.isalpha() and df[w] >= 3]
        if len(set(words)) >= 2:
            q["two_words"].append(" ".join(rng.sample(sorted(set(words)), 2)))
    q["prefix3"] = [w[:3] for w in rng.sample(mid, min(per_class, len(mid)))]
    while len(q["phrase"]) < per_class:
        words = doc_words[rng.randrange(n)]
        if len(words) < 10:
            continue
        i = rng.randrange(len(words) - 1)
        if (words[i] in STOP or words[i + 1] in STOP or len(words[i]) < 4 or len(words[i + 1]) < 4
                or not words[i].isalpha() or not words[i + 1].isalpha()):
            continue
        q["phrase"].append(f"{words[i]} {words[i + 1]}")
    items = []
    title_count = Counter(d["title"].lower() for d in docs)
    for _ in range(known * 20):
        if len(items) >= known:
            break
        i = rng.randrange(n)
        if title_count[docs[i]["title"].lower()] > 1:
            continue
        words = [w for w in WORD.findall(docs[i]["title"].lower())
                 if len(w) >= 3 and w not in STOP and w.isalnum()]
        words = list(dict.fromkeys(words))
        if len(words) < 3:
            continue
        pick = sorted(sorted(words, key=lambda w: (df[w], w))[:4], key=words.index)
        items.append({"query": " ".join(pick), "id": i})
    q["known_items"] = items
    return q


def main():
    src, out_dir, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
    real = [r for r in load(src) if r.get("title") and r.get("maintext")]
    for size in sizes:
        rng = random.Random(21578)
        docs = make_corpus(real, size if size == "real" else int(size), rng)
        with open(f"{out_dir}/reuters-{size}.jsonl", "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with open(f"{out_dir}/queries-{size}.json", "w", encoding="utf-8") as f:
            json.dump(make_queries(docs, rng), f, indent=1)
        print(f"gen_corpus: reuters-{size}.jsonl: {len(docs)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()

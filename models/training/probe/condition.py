"""Processes every image of the split manifest once like an X avatar (centre square, 400 px, JPEG q85).

    python -m models.training.probe.condition

Writes cache/probe/cond400.npy (uint8, N x 400 x 400 x 3) and cache/probe/index.tsv (split, path, label,
generator group, source), so feature runs over several backbones decode nothing again.
"""
from __future__ import annotations

import csv
import json
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from PIL import Image

from ..augment import platform_condition
from ..config import CACHE_DIR, FACES_DIR, TRAINING_DIR

PROBE_CACHE = CACHE_DIR / "probe"
SIZE = 400


def index_rows(faces_dir: Path = FACES_DIR) -> list[tuple[str, str, int, str, str]]:
    manifest = json.loads((TRAINING_DIR / "split-manifest.json").read_text())["splits"]
    with open(faces_dir / "images.tsv", newline="") as f:
        meta = {r["path"]: r for r in csv.DictReader(f, delimiter="\t")}
    rows = []
    for split in ("train", "val", "test"):
        for path in manifest[split]:
            m = meta.get(path, {})
            rows.append((split, path, int(path.startswith("gan/")), m.get("group", ""), m.get("source", "")))
    return rows


def read_index() -> list[dict[str, str]]:
    """Rows of cache/probe/index.tsv (idx, split, path, label, group, source), in cache order."""
    with open(PROBE_CACHE / "index.tsv", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _condition(args: tuple[int, str]) -> tuple[int, np.ndarray]:
    i, path = args
    with Image.open(FACES_DIR / path) as im:
        return i, platform_condition(im, SIZE, 85, False)


def main() -> int:
    PROBE_CACHE.mkdir(parents=True, exist_ok=True)
    rows = index_rows()
    with open(PROBE_CACHE / "index.tsv", "w") as f:
        f.write("idx\tsplit\tpath\tlabel\tgroup\tsource\n")
        for i, r in enumerate(rows):
            f.write("\t".join(map(str, (i, *r))) + "\n")
    out = np.lib.format.open_memmap(PROBE_CACHE / "cond400.npy", mode="w+", dtype=np.uint8, shape=(len(rows), SIZE, SIZE, 3))
    with Pool(2) as pool:
        for i, pixels in pool.imap_unordered(_condition, [(i, r[1]) for i, r in enumerate(rows)], chunksize=16):
            out[i] = pixels
    out.flush()
    print(f"[probe] {len(rows)} images conditioned -> {PROBE_CACHE / 'cond400.npy'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

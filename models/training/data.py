"""Source-aware splits and the decoded-image cache.

Splits: every image of a source in CONFIG.heldout_sources is test; the rest is split at random
(stratified by source) into train / val. The manifest is written to JSON so evaluation and the
TypeScript eval script read exactly the same lists.
CLI: ``python -m models.training.data [--manifest PATH] [--cache]``.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .config import CACHE_DIR, CONFIG, FACES_DIR, MODELS_DIR

MANIFEST_PATH = MODELS_DIR / "training" / "split-manifest.json"


@dataclass(frozen=True)
class Item:
    path: str  # relative to FACES_DIR
    label: int  # 1 = GAN, 0 = real
    group: str
    source: str


def read_index(faces_dir: Path = FACES_DIR) -> list[Item]:
    """All rows of images.tsv."""
    with open(faces_dir / "images.tsv", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [Item(r["path"], 1 if r["label"] == "gan" else 0, r["group"], r["source"]) for r in rows]


def split(items: list[Item], seed: int = CONFIG.seed) -> dict[str, list[Item]]:
    """Held-out sources -> test; the rest -> train/val at random, stratified by source."""
    held = set(CONFIG.heldout_sources)
    out: dict[str, list[Item]] = {"train": [], "val": [], "test": []}
    by_source: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        (out["test"] if it.source in held else by_source[it.source]).append(it)
    rng = random.Random(seed)
    for source in sorted(by_source):
        group = sorted(by_source[source], key=lambda i: i.path)
        rng.shuffle(group)
        n_val = round(len(group) * CONFIG.val_fraction)
        out["val"] += group[:n_val]
        out["train"] += group[n_val:]
    return out


def write_manifest(splits: dict[str, list[Item]], path: Path = MANIFEST_PATH) -> None:
    """JSON: {split: [path, ...]} plus the held-out source list."""
    doc = {
        "faces_dir": "../shared/data/faces",
        "heldout_sources": list(CONFIG.heldout_sources),
        "seed": CONFIG.seed,
        "splits": {k: [it.path for it in v] for k, v in splits.items()},  # label/group/source: images.tsv
    }
    path.write_text(json.dumps(doc, indent=0) + "\n")


def read_manifest(path: Path = MANIFEST_PATH, faces_dir: Path = FACES_DIR) -> dict[str, list[Item]]:
    """Split name -> items, joining the manifest's paths with images.tsv."""
    doc = json.loads(path.read_text())
    by_path = {it.path: it for it in read_index(faces_dir)}
    return {k: [by_path[p] for p in v] for k, v in doc["splits"].items()}


def load_for_cache(path: Path, size: int = CONFIG.cache_size) -> np.ndarray:
    """Decode, cut the bottom strip (watermark), centre-square, resize to size x size RGB uint8."""
    from PIL import Image

    with Image.open(path) as im:
        rgba = im.convert("RGBA")
    bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    rgb = Image.alpha_composite(bg, rgba).convert("RGB")
    w, h = rgb.size
    h_cut = h - int(round(h * CONFIG.bottom_cut))
    s = min(w, h_cut)
    x0, y0 = (w - s) // 2, (h_cut - s) // 2
    return np.asarray(rgb.crop((x0, y0, x0 + s, y0 + s)).resize((size, size), Image.LANCZOS), dtype=np.uint8)


def cache_path(split_name: str) -> Path:
    return CACHE_DIR / f"{split_name}-{CONFIG.cache_size}.npz"


def build_cache(items: list[Item], split_name: str, faces_dir: Path = FACES_DIR) -> Path:
    """Pre-decode one split into a single npz (images uint8 NHWC, labels, source ids)."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    images = np.stack([load_for_cache(faces_dir / it.path) for it in items])
    labels = np.asarray([it.label for it in items], dtype=np.int64)
    out = cache_path(split_name)
    np.savez(out, images=images, labels=labels, paths=np.asarray([it.path for it in items]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the split manifest (and optionally the cache).")
    parser.add_argument("--cache", action="store_true", help="also pre-decode train/val into models/training/cache")
    args = parser.parse_args(argv)
    splits = split(read_index())
    write_manifest(splits)
    for name, items in splits.items():
        n_gan = sum(i.label for i in items)
        print(f"{name}: {len(items)} images ({n_gan} GAN, {len(items) - n_gan} real)")
    if args.cache:
        for name in ("train", "val"):
            print("cached", build_cache(splits[name], name))
    return 0


if __name__ == "__main__":
    sys.exit(main())

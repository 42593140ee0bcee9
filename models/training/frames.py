"""Aligned frames of every variant, from the eyes the app's detector found (scripts/train/detect-faces.ts).

CLI: ``python -m models.training.frames`` -> frames.tsv (one row per variant with a face: key, variant,
kind, eye distance, frame) and frames.npy (uint8, N x S x S x 3) for the variants whose eyes sit within
FRAME_EYE_MAX of the StyleGAN spots: stage 2 never sees the others (their `frame` is -1), and stage 1's
figures need only their eye distance.
"""
from __future__ import annotations

import csv
import json
import sys
from multiprocessing import Pool

import numpy as np
from PIL import Image

from .align import eyes_to_pixels, to_rgb_float, warp_to_frame
from .config import CONFIG
from .variants import STAGE2_CACHE, VARIANTS_DIR, VARIANTS_TSV

EYES_JSONL = STAGE2_CACHE / "eyes.jsonl"
FRAMES_NPY = STAGE2_CACHE / "frames.npy"
FRAMES_TSV = STAGE2_CACHE / "frames.tsv"
FRAME_EYE_MAX = 0.05


def read_eyes() -> dict[str, dict]:
    """File name -> the detector's record (status, width, height, eyes, eyeDistance)."""
    out = {}
    for path in sorted(STAGE2_CACHE.glob("eyes*.jsonl")):
        with open(path) as f:
            for line in f:
                r = json.loads(line)
                out[r["path"].rsplit("/", 1)[-1]] = r
    return out


def frame_of(file: str, rec: dict) -> np.ndarray:
    """One variant's aligned frame, uint8 (rounded: the app feeds floats, a difference of <= 0.5/255)."""
    with Image.open(VARIANTS_DIR / file) as im:
        px = np.asarray(im.convert("RGBA"))
    frame = warp_to_frame(to_rgb_float(px), eyes_to_pixels(rec["eyes"], rec["width"], rec["height"]),
                          CONFIG.frame_size, CONFIG.frame_window)
    return np.clip(np.rint(frame), 0, 255).astype(np.uint8)


def _work(args: tuple[int, str, dict]) -> tuple[int, np.ndarray]:
    i, file, rec = args
    return i, frame_of(file, rec)


def main() -> int:
    eyes = read_eyes()
    with open(VARIANTS_TSV, newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if eyes.get(r["file"], {}).get("status") == "ok"]
    s = CONFIG.frame_size
    framed = [r for r in rows if eyes[r["file"]]["eyeDistance"] < FRAME_EYE_MAX]
    index = {id(r): i for i, r in enumerate(framed)}
    out = np.lib.format.open_memmap(FRAMES_NPY, mode="w+", dtype=np.uint8, shape=(len(framed), s, s, 3))
    with open(FRAMES_TSV, "w") as tsv:
        tsv.write("row\tkey\tvariant\tkind\tfile\teye_distance\tframe\n")
        for i, r in enumerate(rows):
            tsv.write(f"{i}\t{r['key']}\t{r['variant']}\t{r['kind']}\t{r['file']}\t{eyes[r['file']]['eyeDistance']:.6f}\t{index.get(id(r), -1)}\n")
    jobs = [(i, r["file"], eyes[r["file"]]) for i, r in enumerate(framed)]
    with Pool(CONFIG.threads) as pool:
        for done, (i, frame) in enumerate(pool.imap_unordered(_work, jobs, chunksize=32)):
            out[i] = frame
            if done % 5000 == 0:
                print(f"[sockscope:frames] {done}/{len(jobs)}", file=sys.stderr)
    out.flush()
    print(f"[sockscope:frames] {len(rows)} variants with a face, {len(framed)} frames -> {FRAMES_NPY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Stage-2 training frames: every face served as a platform would serve it, then framed by its eyes.

    python -m models.training.samples            # resumes where a stopped run left off

For each face the app's detector found in the original (``cache/stage2/eyes-originals.jsonl``, from
``scripts/train/detect-faces.ts``), random platform copies are made (``served_copy``: centre square or a mild
re-crop, 48-400 px through random filters and resize chains, blur, noise, JPEG q30-95, sometimes twice),
the eyes are carried through the same geometry, jittered as the detector's own error, and the face is
warped into the FFHQ frame by align.py, exactly the function the app runs (align-face.ts). Both labels
go through identical steps.

Which faces: GAN faces and aligned real photos whose eyes sit near the StyleGAN spots in the original
(the faces stage 2 is asked about), and every wild and centred real face, framed by its own eyes: the
aligned-looking real faces that stage 2 meets when it runs on every face.

Writes cache/stage2/train-frames.npy (uint8, N x S x S x 3) and train-frames.tsv (row, key, copy).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from .align import to_rgb_float, warp_to_frame
from .config import CACHE_DIR, CONFIG
from .sources import Face, all_faces

STAGE2_CACHE = CACHE_DIR / "stage2"
EYES_ORIGINALS = STAGE2_CACHE / "eyes-originals.jsonl"
TRAIN_NPY = STAGE2_CACHE / "train-frames.npy"
TRAIN_TSV = STAGE2_CACHE / "train-frames.tsv"
ALIGNED_EYE_MAX = 0.05  # an original whose eyes sit this close to the StyleGAN spots is "aligned"
_FILTERS = (Image.BILINEAR, Image.BICUBIC, Image.LANCZOS, Image.BOX)
Eyes = tuple[tuple[float, float], tuple[float, float]]


def read_eyes(path: Path = EYES_ORIGINALS) -> dict[str, dict]:
    """File path -> the detector's record (originals by default; conditions.py reads its served copies)."""
    out = {}
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            out[r["path"]] = r
    return out


def eyes_px(rec: dict) -> Eyes:
    e, w, h = rec["eyes"], rec["width"], rec["height"]
    return ((e["left"]["x"] * w, e["left"]["y"] * h), (e["right"]["x"] * w, e["right"]["y"] * h))


def rng_for(face: Face, tag: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256(f"{CONFIG.seed}:{face.key}:{tag}".encode()).hexdigest()[:16], 16))


def open_rgb(face: Face) -> Image.Image:
    """The original, alpha composited over white (as the app does)."""
    with Image.open(face.file) as im:
        return Image.fromarray(np.clip(np.rint(to_rgb_float(np.asarray(im.convert("RGBA")))), 0, 255).astype(np.uint8))


def _jpeg(img: Image.Image, q: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=int(q))
    buf.seek(0)
    with Image.open(buf) as out:
        return out.convert("RGB")


def _move(eyes: Eyes, x0: float, y0: float, scale: float) -> Eyes:
    return tuple(((x - x0) * scale, (y - y0) * scale) for x, y in eyes)  # type: ignore[return-value]


def served_copy(img: Image.Image, eyes: Eyes, rng: np.random.Generator) -> tuple[Image.Image, Eyes]:
    """A random platform copy of the avatar and where its eyes now are (source pixels of the copy)."""
    w, h = img.size
    s = min(w, h)
    c = s
    x0, y0 = (w - s) / 2, (h - s) / 2
    if rng.random() < 0.15:  # a mild re-crop: stage 1 still lets most of these through
        c = s * rng.uniform(0.85, 1.0)
        x0 = float(np.clip(w / 2 + rng.uniform(-0.06, 0.06) * s - c / 2, 0, w - c))
        y0 = float(np.clip(h / 2 + rng.uniform(-0.06, 0.06) * s - c / 2, 0, h - c))
    t = int(round(math.exp(rng.uniform(math.log(48), math.log(400)))))
    box = (x0, y0, x0 + c, y0 + c)
    out = img
    if rng.random() < 0.2:  # a resize chain: an intermediate size first
        mid = int(round(t * rng.uniform(0.5, 1.8)))
        out = out.resize((mid, mid), _FILTERS[int(rng.integers(len(_FILTERS)))], box=box)
        box = None
    out = out.resize((t, t), _FILTERS[int(rng.integers(len(_FILTERS)))], box=box)
    moved = _move(eyes, x0, y0, t / c)
    if rng.random() < 0.1:
        out = out.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.3, 1.2))))
    if rng.random() < 0.05:
        arr = np.asarray(out, np.float32) + rng.normal(0, rng.uniform(1, 4), (t, t, 3))
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.3:  # compressed twice, sometimes resized between
        out = _jpeg(out, int(rng.integers(30, 96)))
        if rng.random() < 0.5:
            t2 = max(40, int(t * rng.uniform(0.6, 1.0)))
            out = out.resize((t2, t2), Image.BICUBIC)
            moved = _move(moved, 0, 0, t2 / t)
    if rng.random() < 0.92:
        out = _jpeg(out, int(rng.integers(30, 96)))
    return out, moved


def detector_jitter(eyes: Eyes, side: int, rng: np.random.Generator, level: bool) -> Eyes:
    """The detector's own error on a copy `side` px wide (about 0.6% of the width per coordinate). With
    `level`, both eyes get the same height: the frame is then made by the fast, separable path of the warp."""
    sd = 0.006 * side + 0.3
    (lx, ly), (rx, ry) = ((x + rng.normal(0, sd), y + rng.normal(0, sd)) for x, y in eyes)
    if level:
        ly = ry = (ly + ry) / 2
    return ((lx, ly), (rx, ry))


def frame_of(img: Image.Image, eyes: Eyes) -> np.ndarray:
    f = warp_to_frame(np.asarray(img, np.float64), eyes, CONFIG.frame_size, CONFIG.frame_window)
    return np.clip(np.rint(f), 0, 255).astype(np.uint8)


def copies_of(face: Face, rec: dict) -> int:
    """How many training frames a face gives: 6 for the faces stage 2 is asked about, 3 otherwise."""
    return 6 if rec["eyeDistance"] < ALIGNED_EYE_MAX and face.population in ("gan", "aligned") else 3


def frames_for(job: tuple[Face, dict, int]) -> np.ndarray:
    face, rec, n = job
    img = open_rgb(face)
    eyes = eyes_px(rec)
    out = np.empty((n, CONFIG.frame_size, CONFIG.frame_size, 3), np.uint8)
    for k in range(n):
        rng = rng_for(face, f"copy{k}")
        copy, moved = served_copy(img, eyes, rng)
        out[k] = frame_of(copy, detector_jitter(moved, copy.size[0], rng, level=rng.random() < 0.9))
        if rng.random() < 0.5:
            out[k] = out[k, :, ::-1]
    return out


def training_jobs() -> list[tuple[Face, dict, int]]:
    eyes = read_eyes()
    jobs = []
    for f in all_faces():
        rec = eyes.get(str(f.file))
        if f.split != "train" or rec is None or rec.get("status") != "ok":
            continue
        if f.population in ("gan", "aligned") and rec["eyeDistance"] >= ALIGNED_EYE_MAX:
            continue  # a GAN or dataset face re-cropped at the source: stage 2 is not asked about it
        jobs.append((f, rec, copies_of(f, rec)))
    return jobs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=1)
    a = ap.parse_args(argv)
    jobs = training_jobs()
    total = sum(n for _, _, n in jobs)
    s = CONFIG.frame_size
    done_path = TRAIN_NPY.with_suffix(".done")
    start = int(done_path.read_text()) if done_path.exists() and TRAIN_NPY.exists() else 0
    out = np.lib.format.open_memmap(TRAIN_NPY, mode="r+" if start else "w+", dtype=np.uint8, shape=(total, s, s, 3))
    offsets = np.concatenate([[0], np.cumsum([n for _, _, n in jobs])])
    with open(TRAIN_TSV, "w") as tsv:
        tsv.write("row\tkey\tcopy\n")
        for (f, _, n), o in zip(jobs, offsets):
            for k in range(n):
                tsv.write(f"{o + k}\t{f.key}\t{k}\n")
    print(f"[sockscope:samples] {len(jobs)} faces, {total} frames; starting at face {start}", file=sys.stderr)
    t0 = time.time()
    chunk = 200
    with Pool(a.workers) as pool:
        for c0 in range(start, len(jobs), chunk):
            part = jobs[c0 : c0 + chunk]
            for (f, _, n), frames, o in zip(part, pool.imap(frames_for, part, chunksize=8), offsets[c0:]):
                out[o : o + n] = frames
            out.flush()
            done_path.write_text(str(c0 + len(part)))
            rate = (c0 + len(part) - start) / max(time.time() - t0, 1e-9)
            print(f"[sockscope:samples] {c0 + len(part)}/{len(jobs)} faces, {rate:.1f} faces/s", file=sys.stderr)
    print(f"[sockscope:samples] {total} frames -> {TRAIN_NPY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

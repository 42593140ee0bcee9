"""Design (c-native): frozen EfficientNet-Lite0 texture statistics on crops of the avatar at its own resolution.

    OMP_NUM_THREADS=1 nice -n 10 python -m models.training.native [--copies 1] [--train-max N] [--c ...]

Gram-Net's idea (Liu et al. 2020) without the shrunk warp that gram.py runs on: every face is served as the
condition table serves it (conditions.py: centre square, bicubic resize to 400 px, JPEG q85); three 96 px crops
of that copy, placed by the eyes (native_crops.py), go unresized through the frozen ImageNet stem and stages
1-3. Per crop: the channel covariance and each channel's mean and standard deviation after stages 1, 2 and 3
(1,416 numbers). Training faces are the ones samples.py trains on (eyes from the app's detector on the
original, carried into the copy, with the detector's own jitter); ``--copies 2`` adds a random platform copy
per face (samples.served_copy: 48-400 px, JPEG q30-95, blur, resize chains). Validation and test rows are
the condition table's own JPEGs and the eyes the detector found in them. The head is gram.py's (C chosen on
validation sources); the score of a face is the mean of its crops' logits -> runs/stage2/scores-native.npz.
Feature files are written in chunks and a stopped run resumes at its first unwritten chunk.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import sys
from collections import defaultdict

import numpy as np
from PIL import Image

from .conditions import QUALITY, read_condition_eyes, served
from .config import CONFIG, STAGE2_RUNS
from .evaluate import condition_table
from .gram import chunked, covariance, linear_head, moments
from .native_crops import CROP, crop_boxes, cut, square_copy_eyes
from .samples import STAGE2_CACHE, detector_jitter, eyes_px, open_rgb, rng_for, served_copy, training_jobs
from .train import Rows, sampling_weights

CHUNK = 256
STAGES = 3


def extractor():
    """uint8 crops N x S x S x 3 -> N x 1,416 texture statistics (any S the stages accept)."""
    import torch

    from .lite0 import Lite0Trunk
    from .train import to_input

    trunk = Lite0Trunk(STAGES).eval()

    def run(crops: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            outs = trunk(to_input(crops))
            return torch.cat([covariance(o) for o in outs] + [moments(o) for o in outs], dim=1).numpy()

    return run


def jpeg(img: Image.Image, quality: int = QUALITY) -> np.ndarray:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    with Image.open(buf) as out:
        return np.asarray(out.convert("RGB"))


def train_crops(job: tuple, copy: int) -> np.ndarray:
    """K crops of a training face's served copy: copy 0 as the condition table serves 400 px, others random."""
    face, rec, _ = job
    img = open_rgb(face)
    rng = rng_for(face, f"native{copy}")
    if copy == 0:
        arr = jpeg(served(img, "x400", face))
        eyes = square_copy_eyes(eyes_px(rec), img.size[0], img.size[1], arr.shape[0])
    else:
        out, eyes = served_copy(img, eyes_px(rec), rng)
        arr = np.asarray(out.convert("RGB"))
    eyes = detector_jitter(eyes, arr.shape[1], rng, level=False)
    return cut(arr, crop_boxes(eyes, arr.shape[1], arr.shape[0]))


def held_crops(path: str, rec: dict) -> np.ndarray:
    with Image.open(path) as im:
        arr = np.asarray(im.convert("RGB"))
    return cut(arr, crop_boxes(eyes_px(rec), arr.shape[1], arr.shape[0]))


def batch_features(fn, stacks: list[np.ndarray]) -> np.ndarray:
    """Features of each face's K crops, N x K x D; faces are grouped by crop side so each group is one batch."""
    by_side: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(stacks):
        by_side[s.shape[1]].append(i)
    out: list[np.ndarray | None] = [None] * len(stacks)
    for idx in by_side.values():
        for b in range(0, len(idx), 64):
            part = idx[b : b + 64]
            f = fn(np.concatenate([stacks[i] for i in part]))
            k = stacks[part[0]].shape[0]
            for n, i in enumerate(part):
                out[i] = f[n * k : (n + 1) * k]
    return np.stack(out)  # type: ignore[arg-type]


def shuffled(jobs: list[tuple]) -> list[tuple]:
    """The training faces in a fixed order that does not depend on their content or source (a hash of the key),
    so that the first N of them, all that a shortened run makes, are a random draw from every source."""
    return sorted(jobs, key=lambda j: hashlib.sha256(f"{CONFIG.seed}:{j[0].key}".encode()).hexdigest())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=1, help="served copies per training face (copy 0: 400 px, q85)")
    ap.add_argument("--train-max", type=int, default=0, help="fit on the first N training copies only (0: all); more continues")
    ap.add_argument("--c", type=float, nargs="+", default=[0.001, 0.01, 0.1])
    ap.add_argument("--out", default=str(STAGE2_RUNS / "scores-native.npz"))
    a = ap.parse_args(argv)
    import torch

    torch.set_num_threads(CONFIG.threads)
    fn = extractor()
    jobs = shuffled(training_jobs())
    items = [(j, k) for k in range(a.copies) for j in jobs]  # every face's copy 0 first
    t = condition_table()
    held = np.flatnonzero(t.frame >= 0)
    eyes = read_condition_eyes()
    held_x = chunked(STAGE2_CACHE / f"native-conditions-crop{CROP}.npy", len(held),
                     lambda i, j: batch_features(fn, [held_crops(t.file[r], eyes[t.file[r]]) for r in held[i:j]]),
                     CHUNK, "native")
    train_x = chunked(STAGE2_CACHE / f"native-train-c{a.copies}-crop{CROP}.npy", len(items),
                      lambda i, j: batch_features(fn, [train_crops(job, k) for job, k in items[i:j]]), CHUNK, "native",
                      a.train_max or None)
    faces = [j[0] for j, _ in items[: len(train_x)]]
    rows = Rows(np.arange(len(faces)), np.asarray([f.label for f in faces]), np.asarray([f.population for f in faces]),
                np.asarray([f.source for f in faces]))
    print(f"[sockscope:native] fitted on {len(faces)} of {len(items)} training copies ({len(jobs)} faces); "
          f"{len(held)} held-out rows", file=sys.stderr)
    c, s = linear_head(train_x, rows.label, sampling_weights(rows), held_x, t, held, a.c, "native")
    logit = np.full(len(t), np.nan)
    logit[held] = s
    STAGE2_RUNS.mkdir(parents=True, exist_ok=True)
    np.savez(a.out, logit=logit, key=t.key, condition=t.condition, c=c)
    print(f"[sockscope:native] C={c} chosen on validation -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

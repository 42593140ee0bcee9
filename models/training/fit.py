"""Fits the stage-2 probe (logistic regression on backbone features of aligned frames), leave-source-out.

    python -m models.training.fit [--c 0.001]

- Training rows: frames of training-split sources whose eyes sit within TRAIN_EYE_MAX of the StyleGAN
  spots (the faces stage 2 is asked about, with a margin), every platform copy and re-aligned negative.
- Out-of-fold scores: for each leave-source-out fold, a probe fitted on the other folds scores the
  fold's frames, so every training source gets figures from a probe that never saw it.
- The shipped probe is fitted on every training row; it scores the test sources once.
Writes runs/stage2/head.npz (standardiser and weights) and runs/stage2/scores.npz (a logit per frame:
out-of-fold for training sources, the shipped probe's for test sources).
"""
from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from .config import CONFIG, RUNS_DIR
from .features import FEATURES_NPY
from .table import Table, load_table

STAGE2_RUNS = RUNS_DIR / "stage2"
TRAIN_EYE_MAX = 0.05  # = frames.FRAME_EYE_MAX: every training row has its frame
CLIP = 20.0


def sample_weights(t: Table, rows: np.ndarray) -> np.ndarray:
    """Class-balanced, and within a class each (source, label) weighs as the square root of its size,
    so one large source cannot set the boundary alone."""
    w = np.zeros(len(rows))
    groups = {}
    for i, r in enumerate(rows):
        groups.setdefault((t.source[r], t.label[r]), []).append(i)
    for (_, label), idx in groups.items():
        w[idx] = 1.0 / np.sqrt(len(idx))
    for label in (0, 1):
        m = t.label[rows] == label
        w[m] *= 0.5 * len(rows) / w[m].sum()
    return w


def fit_head(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> dict[str, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(0)
    scale = x.std(0) + 1e-6
    z = np.clip((x - mean) / scale, -CLIP, CLIP)
    lr = LogisticRegression(C=c, max_iter=2000, tol=1e-5).fit(z, y, sample_weight=w)
    return {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32),
            "coef": lr.coef_[0].astype(np.float32), "intercept": np.float32(lr.intercept_[0])}


def logits(head: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    z = np.clip((x - head["mean"]) / head["scale"], -CLIP, CLIP)
    return z @ head["coef"] + head["intercept"]


def training_rows(t: Table, exclude_fold: int | None = None) -> np.ndarray:
    m = (t.split == "train") & (t.eye < TRAIN_EYE_MAX) & (t.frame >= 0)
    if exclude_fold is not None:
        m &= t.fold != exclude_fold
    return np.flatnonzero(m)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=0.001, help="L2 strength; 0.001 beat 0.01 and 0.1 on leave-source-out folds 0, 1 and 3")
    ap.add_argument("--features", nargs="+", default=[str(FEATURES_NPY)], help="feature files (.npy, frames order), concatenated")
    ap.add_argument("--name", default="", help="suffix of the output files (compared designs)")
    a = ap.parse_args(argv)
    t = load_table()
    blocks = [np.load(p, mmap_mode="r") for p in a.features]
    x = blocks[0] if len(blocks) == 1 else np.concatenate([np.asarray(b) for b in blocks], axis=1)
    scores = np.full(len(t), np.nan, np.float32)
    t0 = time.time()
    for k in range(CONFIG.folds):
        rows = training_rows(t, exclude_fold=k)
        head = fit_head(np.asarray(x[t.frame[rows]], np.float64), t.label[rows], sample_weights(t, rows), a.c)
        held = np.flatnonzero((t.split == "train") & (t.fold == k) & (t.frame >= 0))
        scores[held] = logits(head, np.asarray(x[t.frame[held]], np.float64))
        print(f"[sockscope:fit] fold {k}: {len(rows)} rows, {len(held)} scored, {time.time() - t0:.0f} s", file=sys.stderr)
    rows = training_rows(t)
    head = fit_head(np.asarray(x[t.frame[rows]], np.float64), t.label[rows], sample_weights(t, rows), a.c)
    test = np.flatnonzero((t.split == "test") & (t.frame >= 0))
    scores[test] = logits(head, np.asarray(x[t.frame[test]], np.float64))
    STAGE2_RUNS.mkdir(parents=True, exist_ok=True)
    suffix = f"-{a.name}" if a.name else ""
    np.savez(STAGE2_RUNS / f"head{suffix}.npz", c=a.c, rows=len(rows), **head)
    np.savez(STAGE2_RUNS / f"scores{suffix}.npz", logit=scores)
    print(f"[sockscope:fit] probe on {len(rows)} rows (C={a.c}); scores -> {STAGE2_RUNS / f'scores{suffix}.npz'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

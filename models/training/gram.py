"""Design (c): frozen EfficientNet-Lite0 texture statistics with a linear head (Gram-Net's idea, Liu et al. 2020).

    python -m models.training.gram [--copies 2] [--c 0.01]

The frozen stem and stages 1-4 run on the same frames as the fine-tuned network. Per frame: the channel
covariance (a centred Gram matrix, upper triangle) after stages 2 and 3, and each channel's mean and
standard deviation after stage 4: 1,280 numbers. A standardised, class-balanced L2 logistic regression
is fitted on the training frames (``--copies`` per face, to keep the frozen pass short) and scores the
validation and test rows of the condition table. Feature files are written in chunks and a stopped run
resumes at its first unwritten chunk.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from .config import CONFIG, STAGE2_RUNS
from .evaluate import condition_table
from .samples import STAGE2_CACHE, TRAIN_NPY
from .train import sampling_weights, to_input, train_rows

CHUNK = 512


def extractor():
    import torch

    from .lite0 import Lite0Trunk

    trunk = Lite0Trunk(4).eval()

    def cov(x: torch.Tensor) -> torch.Tensor:
        n, c = x.shape[:2]
        f = x.reshape(n, c, -1)
        f = f - f.mean(dim=2, keepdim=True)
        g = f @ f.transpose(1, 2) / f.shape[2]
        iu = torch.triu_indices(c, c)
        return g[:, iu[0], iu[1]]

    def run(frames: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            outs = trunk(to_input(frames))
            s4 = outs[3]
            mean = s4.mean(dim=(2, 3))
            std = torch.sqrt(torch.clamp((s4 * s4).mean(dim=(2, 3)) - mean * mean, min=0) + 1e-6)
            return torch.cat([cov(outs[1]), cov(outs[2]), mean, std], dim=1).numpy()

    return run


def features(frames: np.ndarray, rows: np.ndarray, path: Path) -> np.ndarray:
    """Features of frames[rows], cached at path (resumes chunk by chunk)."""
    if np.any(np.diff(rows) < 0):
        raise ValueError("[sockscope:gram] rows must be ascending (sequential reads of the memory map)")
    done = path.with_suffix(".done")
    start = int(done.read_text()) if done.exists() and path.exists() else 0
    fn = extractor()
    out = None if not start else np.load(path, mmap_mode="r+")
    t0 = time.time()
    for i in range(start, len(rows), CHUNK):
        f = fn(np.asarray(frames[rows[i : i + CHUNK]]))
        if out is None:
            out = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(len(rows), f.shape[1]))
        out[i : i + len(f)] = f
        out.flush()
        done.write_text(str(i + len(f)))
        print(f"[sockscope:gram] {path.name}: {i + len(f)}/{len(rows)}, {(i + len(f) - start) / (time.time() - t0):.1f} frames/s", file=sys.stderr)
    return np.load(path, mmap_mode="r")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--c", type=float, nargs="+", default=[0.001, 0.01, 0.1])
    a = ap.parse_args(argv)
    import torch
    from sklearn.linear_model import LogisticRegression

    torch.set_num_threads(CONFIG.threads)
    rows = train_rows()
    copy = np.asarray([int(x) for x in np.loadtxt(STAGE2_CACHE / "train-frames.tsv", dtype=str, skiprows=1, usecols=2)])
    keep = np.flatnonzero(copy < a.copies)  # frames are in face order, so this keeps every face
    train_x = features(np.load(TRAIN_NPY, mmap_mode="r"), rows.frame[keep], STAGE2_CACHE / f"gram-train{a.copies}.npy")
    t = condition_table()
    held = np.flatnonzero(t.frame >= 0)
    held_x = features(np.load(t.npy, mmap_mode="r"), t.frame[held], STAGE2_CACHE / "gram-conditions.npy")
    w = sampling_weights(type(rows)(rows.frame[keep], rows.label[keep], rows.population[keep], rows.source[keep]))
    x = np.asarray(train_x, np.float64)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = np.clip((x - mean) / scale, -20, 20)
    hz = np.clip((np.asarray(held_x, np.float64) - mean) / scale, -20, 20)
    from .metrics import roc_auc, tpr_at_fpr

    val = (t.split[held] == "val") & (t.condition[held] == "x400") & np.isin(t.population[held], ("gan", "aligned"))
    best = None
    for c in a.c:
        lr = LogisticRegression(C=c, max_iter=3000).fit(z, rows.label[keep], sample_weight=w * len(w))
        s = lr.decision_function(hz)
        auc, tpr = roc_auc(t.label[held][val], s[val]), tpr_at_fpr(t.label[held][val], s[val], 0.05)
        print(f"[sockscope:gram] C={c}: validation x400 AUC {auc:.4f}, GAN above 5% aligned FPR {tpr:.3f}")
        if best is None or auc > best[0]:
            best = (auc, c, s)
    logit = np.full(len(t), np.nan)
    logit[held] = best[2]
    STAGE2_RUNS.mkdir(parents=True, exist_ok=True)
    np.savez(STAGE2_RUNS / "scores-gram.npz", logit=logit, key=t.key, condition=t.condition, c=best[1])
    print(f"[sockscope:gram] C={best[1]} chosen on validation -> {STAGE2_RUNS / 'scores-gram.npz'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

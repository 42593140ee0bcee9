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


def covariance(x):
    """Channel covariance (a centred Gram matrix) of N x C x H x W maps, upper triangle: N x C(C+1)/2."""
    import torch

    n, c = x.shape[:2]
    f = x.reshape(n, c, -1)
    f = f - f.mean(dim=2, keepdim=True)
    g = f @ f.transpose(1, 2) / f.shape[2]
    iu = torch.triu_indices(c, c)
    return g[:, iu[0], iu[1]]


def moments(x):
    """Each channel's mean and standard deviation over the map: N x 2C."""
    import torch

    mean = x.mean(dim=(2, 3))
    std = torch.sqrt(torch.clamp((x * x).mean(dim=(2, 3)) - mean * mean, min=0) + 1e-6)
    return torch.cat([mean, std], dim=1)


def extractor():
    import torch

    from .lite0 import Lite0Trunk

    trunk = Lite0Trunk(4).eval()

    def run(frames: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            outs = trunk(to_input(frames))
            return torch.cat([covariance(outs[1]), covariance(outs[2]), moments(outs[3])], dim=1).numpy()

    return run


def chunked(path: Path, n: int, fn, chunk: int = CHUNK, tag: str = "gram", stop: int | None = None) -> np.ndarray:
    """fn(i, j) -> float features of items i..j-1, written to a memory map at path chunk by chunk; a stopped
    run resumes at its first unwritten chunk (the count is in path's .done file). With ``stop``, only the first
    stop items are made (a later call with a larger stop continues) and returned."""
    done = path.with_suffix(".done")
    start = int(done.read_text()) if done.exists() and path.exists() else 0
    out = None if not start else np.load(path, mmap_mode="r+")
    t0 = time.time()
    stop = n if stop is None else min(stop, n)
    for i in range(start, stop, chunk):
        f = fn(i, min(i + chunk, stop))
        if out is None:
            out = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(n, *f.shape[1:]))
        out[i : i + len(f)] = f
        out.flush()
        done.write_text(str(i + len(f)))
        print(f"[sockscope:{tag}] {path.name}: {i + len(f)}/{n}, {(i + len(f) - start) / (time.time() - t0):.1f} items/s", file=sys.stderr)
    return np.load(path, mmap_mode="r")[:stop]


def features(frames: np.ndarray, rows: np.ndarray, path: Path) -> np.ndarray:
    """Features of frames[rows], cached at path (resumes chunk by chunk)."""
    if np.any(np.diff(rows) < 0):
        raise ValueError("[sockscope:gram] rows must be ascending (sequential reads of the memory map)")
    fn = extractor()
    return chunked(path, len(rows), lambda i, j: fn(np.asarray(frames[rows[i:j]])))


def linear_head(train_x: np.ndarray, label: np.ndarray, weight: np.ndarray, held_x: np.ndarray, t, held: np.ndarray,
                cs: list[float], tag: str = "gram") -> tuple[float, np.ndarray]:
    """A standardised, class-balanced L2 logistic regression per C, fitted on the training features; the C with
    the best validation AUC (GAN against aligned photos, 400 px) is kept: (C, logit per held-out row).
    Features N x K x D (K crops of one face) are fitted crop by crop and scored as the mean of the crops' logits."""
    from sklearn.linear_model import LogisticRegression

    from .metrics import roc_auc, tpr_at_fpr

    x = np.asarray(train_x, np.float64)
    k = x.shape[1] if x.ndim == 3 else 1
    x = x.reshape(-1, x.shape[-1])
    hx = np.asarray(held_x, np.float64).reshape(-1, x.shape[-1])
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = np.clip((x - mean) / scale, -20, 20)
    hz = np.clip((hx - mean) / scale, -20, 20)
    y, w = np.repeat(label, k), np.repeat(weight, k) / k
    val = (t.split[held] == "val") & (t.condition[held] == "x400") & np.isin(t.population[held], ("gan", "aligned"))
    best = None
    for c in cs:
        lr = LogisticRegression(C=c, max_iter=3000).fit(z, y, sample_weight=w * len(w))
        s = lr.decision_function(hz).reshape(-1, k).mean(1)
        auc, tpr = roc_auc(t.label[held][val], s[val]), tpr_at_fpr(t.label[held][val], s[val], 0.05)
        print(f"[sockscope:{tag}] C={c}: validation x400 AUC {auc:.4f}, GAN above 5% aligned FPR {tpr:.3f}")
        if best is None or auc > best[0]:
            best = (auc, c, s)
    return best[1], best[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--c", type=float, nargs="+", default=[0.001, 0.01, 0.1])
    a = ap.parse_args(argv)
    import torch

    torch.set_num_threads(CONFIG.threads)
    rows = train_rows()
    copy = np.asarray([int(x) for x in np.loadtxt(STAGE2_CACHE / "train-frames.tsv", dtype=str, skiprows=1, usecols=2)])
    keep = np.flatnonzero(copy < a.copies)  # frames are in face order, so this keeps every face
    train_x = features(np.load(TRAIN_NPY, mmap_mode="r"), rows.frame[keep], STAGE2_CACHE / f"gram-train{a.copies}.npy")
    t = condition_table()
    held = np.flatnonzero(t.frame >= 0)
    held_x = features(np.load(t.npy, mmap_mode="r"), t.frame[held], STAGE2_CACHE / "gram-conditions.npy")
    w = sampling_weights(type(rows)(rows.frame[keep], rows.label[keep], rows.population[keep], rows.source[keep]))
    c, s = linear_head(train_x, rows.label[keep], w, held_x, t, held, a.c)
    logit = np.full(len(t), np.nan)
    logit[held] = s
    STAGE2_RUNS.mkdir(parents=True, exist_ok=True)
    np.savez(STAGE2_RUNS / "scores-gram.npz", logit=logit, key=t.key, condition=t.condition, c=c)
    print(f"[sockscope:gram] C={c} chosen on validation -> {STAGE2_RUNS / 'scores-gram.npz'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Backbone features of every aligned frame (the probe is fitted on these; the backbone is not trained).

CLI: ``python -m models.training.features`` -> cache/stage2/features.npy (float32, N x F, frames.npy order).
A run that was stopped resumes at the first batch it had not written (rows of zeros), because a
backbone feature row is never all zero.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .config import CONFIG
from .frames import FRAMES_NPY
from .variants import STAGE2_CACHE

FEATURES_NPY = STAGE2_CACHE / "features.npy"


def normalise_batch(frames: np.ndarray) -> np.ndarray:
    """N x S x S x 3 uint8 -> N x 3 x S x S float32 with the frame mean/std (as align.normalise)."""
    x = frames.astype(np.float32) / 255.0
    x = (x - np.asarray(CONFIG.frame_mean, np.float32)) / np.asarray(CONFIG.frame_std, np.float32)
    return np.ascontiguousarray(x.transpose(0, 3, 1, 2))


def first_unwritten(out: np.ndarray, batch: int) -> int:
    """Index of the first batch whose first row is still zeros (the file is written in order)."""
    lo, hi = 0, (len(out) + batch - 1) // batch
    while lo < hi:
        mid = (lo + hi) // 2
        if np.any(out[mid * batch]):
            lo = mid + 1
        else:
            hi = mid
    return lo * batch


def map_frames(path: Path, batch: int, fn: Callable[[np.ndarray], np.ndarray], tag: str, resume: bool) -> tuple[int, ...]:
    """Writes fn(frames) for every batch of frames.npy into the float32 .npy at path, in frames order.
    With resume, a stopped run goes on at its first unwritten batch; only for an fn whose rows are never
    all zero (backbone features are not; residual statistics of a flat frame are)."""
    frames = np.load(FRAMES_NPY, mmap_mode="r")
    out, start = None, 0
    if resume and path.exists():
        old = np.load(path, mmap_mode="r+")
        if old.shape[0] == len(frames):
            out, start = old, min(len(frames), first_unwritten(old, batch))
            print(f"[sockscope:{tag}] resuming at {start}/{len(frames)}", file=sys.stderr)
    t0 = time.time()
    for i in range(start, len(frames), batch):
        f = fn(np.asarray(frames[i : i + batch]))
        if out is None:
            out = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(len(frames), f.shape[1]))
        out[i : i + len(f)] = f
        if i % (100 * batch) == 0:
            print(f"[sockscope:{tag}] {i}/{len(frames)} in {time.time() - t0:.0f} s", file=sys.stderr)
    assert out is not None
    out.flush()
    print(f"[sockscope:{tag}] {out.shape} -> {path}")
    return out.shape


def main() -> int:
    import torch

    from .backbone import TapFeatures

    torch.set_num_threads(CONFIG.threads)
    net = TapFeatures()
    with torch.no_grad():
        map_frames(FEATURES_NPY, 32, lambda f: net(torch.from_numpy(normalise_batch(f))).numpy(), "features", resume=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

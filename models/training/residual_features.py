"""A second stage-2 design to compare with the backbone probe: high-pass residual statistics per patch.

Generator up-sampling leaves periodic traces in the high frequencies (Frank et al. 2020; Durall et al.
2020), which resizing and JPEG weaken. Here a fixed bank of high-pass filters (first- and second-order
differences and the 3x3 and 5x5 "KB"/"KV" residual kernels of steganalysis) is run over the luminance of
the aligned frame; per 32 x 32 patch, each residual's log energy and its mean absolute value are kept,
then averaged over 4 x 4 cells of patches (the frame is aligned, so a cell is a fixed part of the face),
plus the residuals' spectrum in 16 radial bands.

CLI: ``python -m models.training.residual_features`` -> cache/stage2/residual.npy.
"""
from __future__ import annotations

import sys

import numpy as np

from .features import map_frames
from .variants import STAGE2_CACHE

RESIDUAL_NPY = STAGE2_CACHE / "residual.npy"

_KERNELS = [
    np.array([[0, 0, 0], [0, -1, 1], [0, 0, 0]], np.float32),
    np.array([[0, 0, 0], [0, -1, 0], [0, 1, 0]], np.float32),
    np.array([[0, 0, 0], [1, -2, 1], [0, 0, 0]], np.float32),
    np.array([[0, 1, 0], [0, -2, 0], [0, 1, 0]], np.float32),
    np.array([[-1, 2, -1], [2, -4, 2], [-1, 2, -1]], np.float32) / 4,
    np.array([[-1, 2, -2, 2, -1], [2, -6, 8, -6, 2], [-2, 8, -12, 8, -2], [2, -6, 8, -6, 2], [-1, 2, -2, 2, -1]], np.float32) / 12,
]


def _conv(img: np.ndarray, k: np.ndarray) -> np.ndarray:
    """'valid' 2D correlation of N x H x W with a small kernel."""
    kh, kw = k.shape
    h, w = img.shape[1] - kh + 1, img.shape[2] - kw + 1
    out = np.zeros((img.shape[0], h, w), np.float32)
    for i in range(kh):
        for j in range(kw):
            if k[i, j]:
                out += k[i, j] * img[:, i : i + h, j : j + w]
    return out


def _radial_bins(n: int, bins: int) -> np.ndarray:
    f = np.fft.fftfreq(n)
    r = np.sqrt(f[:, None] ** 2 + f[None, :] ** 2) / np.sqrt(0.5)
    return np.minimum((r * bins).astype(int), bins - 1)


def residual_features(frames: np.ndarray) -> np.ndarray:
    """N x S x S x 3 uint8 -> N x F float32."""
    y = (frames.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32))[:, :, :]
    n = y.shape[0]
    feats = []
    for k in _KERNELS:
        r = _conv(y, k)[:, :224, :224]  # same crop for every kernel: 7 x 7 patches of 32
        p = r.reshape(n, 7, 32, 7, 32)
        energy = np.log1p((p * p).mean(axis=(2, 4)))  # N x 7 x 7
        absmean = np.log1p(np.abs(p).mean(axis=(2, 4)))
        # 4 x 4 coarse cells over the 7 x 7 patches (overlapping windows of 4 patches, stride 1)
        for grid in (energy, absmean):
            cells = np.stack([grid[:, i : i + 4, j : j + 4].mean(axis=(1, 2)) for i in range(4) for j in range(4)], 1)
            feats.append(cells)
        spec = np.abs(np.fft.fft2(r[:, :128, :128])) ** 2
        bins = _radial_bins(128, 16)
        feats.append(np.log1p(np.stack([spec[:, bins == b].mean(axis=1) for b in range(16)], 1)))
    return np.concatenate(feats, 1).astype(np.float32)


def main() -> int:
    map_frames(RESIDUAL_NPY, 256, residual_features, "residual", resume=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

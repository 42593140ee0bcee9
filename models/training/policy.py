"""The verdict's operating points, chosen on training sources only (out-of-fold scores), never on test.

Stage 1 (eye geometry): the largest eye distance that flags at most STAGE1_MAX_WILD_FPR of the wild real
avatars of the training sources (X avatar condition: 400 px, JPEG q85).
Stage 2 (forensic probe): among faces that pass stage 1, the higher of two logits: the one keeping
STAGE2_RECALL of the GAN faces, and the one passing STAGE2_MAX_ALIGNED_FPR of the aligned real photos.
So it is as strict as the recall target allows, and never looser than the aligned-photo limit.
Calibration: Platt scaling of the out-of-fold logits of stage-1 faces, class-balanced (a probability
under a 50/50 prior, among faces whose eyes already match; MODEL_CARD.md gives the real-world posterior).
"""
from __future__ import annotations

import numpy as np

from .calibrate import fit_platt
from .table import Table

STAGE1_MAX_WILD_FPR = 0.005
STAGE2_RECALL = 0.99
STAGE2_MAX_ALIGNED_FPR = 0.10
# Distances tried for stage 1 (GANEyeDistance, fractions of the width).
# Below frames.FRAME_EYE_MAX, so every face that passes stage 1 has its stage-2 frame.
STAGE1_GRID = np.round(np.arange(0.010, 0.04751, 0.0025), 4)


def stage1_threshold(t: Table) -> float:
    """Largest grid distance whose wild-real flag rate (training sources, x400) stays within the limit."""
    wild = t.eye[(t.split == "train") & (t.kind == "wild") & (t.variant == "x400")]
    ok = [d for d in STAGE1_GRID if (wild < d).mean() <= STAGE1_MAX_WILD_FPR]
    if not ok:
        raise ValueError("[sockscope:policy] no eye distance keeps wild FPR within the limit")
    return float(max(ok))


def stage2_threshold(t: Table, logit: np.ndarray, eye_max: float) -> float:
    """The stage-2 logit (see module doc) on out-of-fold scores of training-source x400 frames."""
    m = (t.split == "train") & (t.variant == "x400") & (t.eye < eye_max) & np.isfinite(logit)
    gan = np.sort(logit[m & (t.label == 1)])
    aligned = np.sort(logit[m & (t.kind == "aligned")])
    keep_recall = gan[int(np.floor((1 - STAGE2_RECALL) * len(gan)))]
    aligned_cap = aligned[min(len(aligned) - 1, int(np.ceil((1 - STAGE2_MAX_ALIGNED_FPR) * len(aligned))))]
    return float(max(keep_recall, aligned_cap))


def calibration(t: Table, logit: np.ndarray, eye_max: float) -> tuple[float, float]:
    m = (t.split == "train") & (t.variant == "x400") & (t.eye < eye_max) & np.isfinite(logit)
    return fit_platt(logit[m], t.label[m])

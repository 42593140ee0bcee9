"""ROC-AUC, TPR at a fixed FPR, threshold search: numpy only (CI has no sklearn or torch)."""
from __future__ import annotations

import numpy as np


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Mann-Whitney AUC with ties counted as half."""
    labels = np.asarray(labels).astype(bool)
    pos, neg = np.asarray(scores)[labels], np.asarray(scores)[~labels]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    allv = np.concatenate([pos, neg])[order]
    # average ranks over ties
    i = 0
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and allv[j + 1] == allv[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def threshold_at_fpr(neg_scores: np.ndarray, max_fpr: float) -> float:
    """Smallest threshold t (score >= t flags) whose FPR on neg_scores is <= max_fpr."""
    neg = np.sort(np.asarray(neg_scores, dtype=np.float64))[::-1]
    allowed = int(np.floor(max_fpr * len(neg)))  # number of negatives allowed at or above t
    if allowed >= len(neg):
        return float(neg[-1])
    # strictly above the (allowed+1)-th highest negative
    return float(np.nextafter(neg[allowed], np.inf))


def tpr_at_fpr(labels: np.ndarray, scores: np.ndarray, max_fpr: float) -> float:
    labels = np.asarray(labels).astype(bool)
    scores = np.asarray(scores, dtype=np.float64)
    if labels.all() or not labels.any():
        return float("nan")
    t = threshold_at_fpr(scores[~labels], max_fpr)
    return float((scores[labels] >= t).mean())


def rates_at(labels: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, float]:
    """TPR, FPR and the confusion matrix at a fixed threshold (score >= threshold flags)."""
    labels = np.asarray(labels).astype(bool)
    # float64: with float32 scores NumPy 2 would round the threshold to float32 and flag ties.
    flag = np.asarray(scores, dtype=np.float64) >= threshold
    tp, fp = int((flag & labels).sum()), int((flag & ~labels).sum())
    fn, tn = int((~flag & labels).sum()), int((~flag & ~labels).sum())
    return {
        "tpr": tp / max(tp + fn, 1) if labels.any() else float("nan"),
        "fpr": fp / max(fp + tn, 1) if (~labels).any() else float("nan"),
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
    }

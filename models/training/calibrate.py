"""Platt scaling (numpy only)."""
from __future__ import annotations

import numpy as np



def fit_platt(logits: np.ndarray, labels: np.ndarray, iters: int = 100) -> tuple[float, float]:
    """Fit p = sigmoid(a * logit + b) by class-balanced logistic regression (Newton steps).

    Balanced weights make p the probability under a 50/50 prior, i.e. a likelihood ratio in
    probability form; the real-world base rate of GAN avatars (~0.05%) is far lower, see MODEL_CARD.
    """
    x = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    w = np.where(y > 0, 0.5 / max(y.sum(), 1), 0.5 / max((1 - y).sum(), 1))

    def loss(a: float, b: float) -> float:
        z = a * x + b  # weighted log loss, computed without overflow for large |z|
        return float(np.sum(w * (np.logaddexp(0, z) - y * z)))

    a, b = 1.0, 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(a * x + b)))
        g = np.array([np.sum(w * (p - y) * x), np.sum(w * (p - y))])
        s = w * p * (1 - p)
        h = np.array([[np.sum(s * x * x), np.sum(s * x)], [np.sum(s * x), np.sum(s)]]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(h, g)
        # Backtracking: a full Newton step from a poor start can overshoot and diverge (it did for
        # 0.2.0, whose logits span about +-20); halve it until the loss goes down.
        t, before = 1.0, loss(a, b)
        while t > 1e-8 and loss(a - t * step[0], b - t * step[1]) > before:
            t /= 2
        a, b = a - t * step[0], b - t * step[1]
        if np.abs(t * step).max() < 1e-10:
            break
    return float(a), float(b)


def platt(logits: np.ndarray, a: float, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-(a * np.asarray(logits, dtype=np.float64) + b)))



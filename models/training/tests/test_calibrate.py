"""Platt scaling must converge, also for wide logits (0.2.0's span about +-20 made plain Newton diverge)."""
import numpy as np

from models.training.calibrate import fit_platt, platt


def test_platt_recovers_a_known_scale_on_wide_logits() -> None:
    rng = np.random.default_rng(0)
    for scale in (1.0, 10.0, 40.0):
        z = rng.normal(0, 2, 4000)
        y = (rng.random(4000) < 1 / (1 + np.exp(-z))).astype(float)
        a, b = fit_platt(z * scale, y)
        assert np.isfinite(a) and np.isfinite(b)
        # The data were drawn with p = sigmoid(z) = sigmoid((z * scale) / scale).
        assert abs(a * scale - 1) < 0.15, (scale, a)
        assert abs(b) < 0.2


def test_platt_probabilities_are_monotone_and_not_a_step() -> None:
    z = np.linspace(-20, 20, 201)
    y = (z + np.random.default_rng(1).normal(0, 6, z.size) > 0).astype(float)
    a, b = fit_platt(z, y)
    p = platt(z, a, b)
    assert np.all(np.diff(p) >= 0)
    assert 0.05 < p[90] < 0.95  # logit -2: somewhere in between, not 0 or 1

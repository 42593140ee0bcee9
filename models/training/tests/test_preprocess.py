"""Preprocessing invariants (numpy only; runs in CI)."""
from __future__ import annotations

import numpy as np
import pytest

from models.training.config import CONFIG
from models.training.metrics import roc_auc, threshold_at_fpr, tpr_at_fpr
from models.training.preprocess import preprocess, resize_weights

S = CONFIG.input_size


def test_shape_and_dtype() -> None:
    x = np.random.default_rng(0).integers(0, 256, (97, 131, 4), dtype=np.uint8)
    out = preprocess(x)
    assert out.shape == (1, 3, S, S) and out.dtype == np.float32


@pytest.mark.parametrize("src", [48, 96, 128, 200, 400])
def test_weights_are_row_stochastic(src: int) -> None:
    w = resize_weights(src, S)
    assert np.allclose(w.sum(axis=1), 1.0) and (w >= 0).all()


def test_constant_image_maps_to_normalised_constant() -> None:
    out = preprocess(np.full((60, 50, 3), 200, np.uint8))
    expected = (200 / 255 - np.asarray(CONFIG.mean)) / np.asarray(CONFIG.std)
    assert np.allclose(out[0, :, 0, 0], expected, atol=1e-6) and np.ptp(out[0], axis=(1, 2)).max() < 1e-5


def test_transparent_pixels_become_white() -> None:
    x = np.zeros((64, 64, 4), np.uint8)  # fully transparent black
    out = preprocess(x)
    white = (1.0 - np.asarray(CONFIG.mean)) / np.asarray(CONFIG.std)
    assert np.allclose(out[0, :, 5, 5], white, atol=1e-6)


def test_centre_crop_ignores_margins() -> None:
    x = np.zeros((100, 160, 3), np.uint8)
    x[:, 30:130] = 255  # the centred 100x100 square is white, the side bands black
    assert np.allclose(preprocess(x), preprocess(np.full((100, 100, 3), 255, np.uint8)), atol=1e-6)


def test_metrics() -> None:
    labels = np.array([0, 0, 0, 0, 1, 1])
    scores = np.array([0.1, 0.2, 0.3, 0.9, 0.8, 0.95])
    assert roc_auc(labels, scores) == pytest.approx(7 / 8)
    t = threshold_at_fpr(scores[labels == 0], 0.0)
    assert t > 0.9 and tpr_at_fpr(labels, scores, 0.0) == 0.5

"""Stage-2 alignment invariants (numpy only; runs in CI). Parity with TypeScript: analysis/classifier/align-face.test.ts."""
from __future__ import annotations

import numpy as np
import pytest

from models.training.align import FFHQ_EYES, preprocess_face, similarity, warp_to_frame
from models.training.config import CONFIG

S = CONFIG.frame_size


def test_eyes_land_on_the_ffhq_spots_of_the_window() -> None:
    eyes = ((120.0, 200.0), (220.0, 190.0))
    a, m, m0 = similarity(eyes, S, CONFIG.frame_window)
    x0, y0, side = CONFIG.frame_window
    for (fx, fy), (sx, sy) in zip(FFHQ_EYES, eyes):
        q = complex((fx - x0) / side * S, (fy - y0) / side * S)
        p = m + a * (q - m0)
        assert p.real == pytest.approx(sx, abs=1e-9) and p.imag == pytest.approx(sy, abs=1e-9)


def test_a_stylegan_frame_is_only_resized() -> None:
    # Eyes already at the spots of a square image: no rotation, one scale factor.
    w = 400
    eyes = tuple((fx * w, fy * w) for fx, fy in FFHQ_EYES)
    a, _, _ = similarity(eyes, S, CONFIG.frame_window)
    assert a.imag == pytest.approx(0, abs=1e-12) and a.real == pytest.approx(w * CONFIG.frame_window[2] / S)


def test_flat_image_stays_flat_and_alpha_composites_on_white() -> None:
    x = np.zeros((90, 70, 4), np.uint8)  # fully transparent black
    frame = {"size": S, "window": CONFIG.frame_window, "mean": CONFIG.frame_mean, "std": CONFIG.frame_std}
    out = preprocess_face(x, ((20.0, 40.0), (50.0, 42.0)), frame)
    white = (1.0 - np.asarray(CONFIG.frame_mean)) / np.asarray(CONFIG.frame_std)
    assert out.shape == (1, 3, S, S) and out.dtype == np.float32
    assert np.allclose(out[0].reshape(3, -1), white[:, None], atol=1e-5)


def test_mirrored_taps_keep_values_in_range_near_borders() -> None:
    rng = np.random.default_rng(0)
    x = rng.integers(0, 256, (60, 60, 3)).astype(np.float64)
    frame = warp_to_frame(x, ((1.0, 2.0), (12.0, 1.0)), 64)
    assert frame.min() >= 0 and frame.max() <= 255 and np.isfinite(frame).all()


def test_coincident_eyes_are_refused() -> None:
    with pytest.raises(ValueError):
        similarity(((5.0, 5.0), (5.0, 5.0)), S)

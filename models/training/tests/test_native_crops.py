"""Crop placement of design (c-native): crops sit where the eyes say, at the copy's own scale, inside the image.
Pure numpy (CI runs it without torch)."""
from __future__ import annotations

import numpy as np
import pytest

from models.training.native_crops import CROP, crop_boxes, cut, square_copy_eyes


def test_the_first_crop_is_centred_between_the_eyes_and_the_next_go_down_then_up_the_face() -> None:
    eyes = ((150.0, 190.0), (250.0, 190.0))
    boxes = crop_boxes(eyes, 400, 400)
    assert [s for _, _, s in boxes] == [CROP] * 3
    centres = [(x + s / 2, y + s / 2) for x, y, s in boxes]
    assert centres[0] == pytest.approx((200, 190), abs=0.51)
    assert centres[1] == pytest.approx((200, 190 + 90), abs=0.51)  # 0.9 eye distances down the face
    assert centres[2] == pytest.approx((200, 190 - 90), abs=0.51)


def test_a_tilted_face_is_followed_along_its_own_axes() -> None:
    # Eyes on a 45-degree line: "down the face" points down and to the left in the image.
    eyes = ((150.0, 150.0), (250.0, 250.0))
    x, y, s = crop_boxes(eyes, 600, 600, offsets=((0.0, 1.0),))[0]
    d = np.hypot(100, 100)
    assert (x + s / 2, y + s / 2) == pytest.approx((200 - d / np.sqrt(2), 200 + d / np.sqrt(2)), abs=0.51)


def test_crops_stay_inside_the_image_and_small_copies_are_used_whole() -> None:
    for x0, y0, s in crop_boxes(((5.0, 3.0), (40.0, 3.0)), 400, 300):
        assert 0 <= x0 <= 400 - s and 0 <= y0 <= 300 - s
    assert crop_boxes(((15.0, 20.0), (33.0, 20.0)), 48, 48) == [(0, 0, 48)] * 3


def test_crops_are_cut_unresized_and_a_mixed_set_is_refused() -> None:
    img = np.arange(400 * 400 * 3, dtype=np.uint32).reshape(400, 400, 3)
    boxes = crop_boxes(((150.0, 190.0), (250.0, 190.0)), 400, 400)
    crops = cut(img, boxes)
    assert crops.shape == (3, CROP, CROP, 3)
    x, y, s = boxes[1]
    assert np.array_equal(crops[1], img[y : y + s, x : x + s])
    with pytest.raises(ValueError):
        cut(img, [(0, 0, 96), (0, 0, 48)])
    with pytest.raises(ValueError):
        crop_boxes(((10.0, 10.0), (10.0, 10.0)), 100, 100)


def test_eyes_follow_the_centre_square_into_the_served_copy() -> None:
    # A 1024 x 1280 portrait: the square is rows 128..1152, shrunk to 400 px.
    (lx, ly), (rx, ry) = square_copy_eyes(((384.0, 640.0), (640.0, 640.0)), 1024, 1280, 400)
    assert (lx, ly, rx, ry) == pytest.approx((150.0, 200.0, 250.0, 200.0))

"""Where design (c-native) looks: square crops of the served avatar at its own resolution, placed by the eyes.

No resizing happens here. A crop is ``CROP`` px of the served copy (the whole copy where it is smaller), centred
at an offset from the eyes' midpoint measured in eye distances along the face's own axes (``u`` from the left
eye to the right one, ``v`` perpendicular to it, pointing down the face), and moved inside the image where it
would leave it. Pure numpy, so CI tests it without torch.
"""
from __future__ import annotations

import math

import numpy as np

CROP = 96
# (along the eyes, down the face) in eye distances: the eyes and the bridge of the nose; the nose and the
# mouth's upper lip; the forehead and the hairline. In a 400 px FFHQ-framed avatar the eyes are about
# 95 px apart, so the three crops cover the face from the hairline to the mouth without a gap.
OFFSETS: tuple[tuple[float, float], ...] = ((0.0, 0.0), (0.0, 0.9), (0.0, -0.9))
Eyes = tuple[tuple[float, float], tuple[float, float]]


def square_copy_eyes(eyes: Eyes, width: int, height: int, side: int) -> Eyes:
    """Eyes (pixels of the original) in the copy the platforms serve: the centre square resized to side px."""
    s = min(width, height)
    x0, y0, k = (width - s) / 2, (height - s) / 2, side / s
    return tuple(((x - x0) * k, (y - y0) * k) for x, y in eyes)  # type: ignore[return-value]


def crop_boxes(eyes: Eyes, width: int, height: int, crop: int = CROP,
               offsets: tuple[tuple[float, float], ...] = OFFSETS) -> list[tuple[int, int, int]]:
    """(x0, y0, side) of each crop: side = min(crop, width, height) pixels, inside the image."""
    (lx, ly), (rx, ry) = eyes
    d = math.hypot(rx - lx, ry - ly)
    if not math.isfinite(d) or d <= 0:
        raise ValueError(f"[sockscope:native] eyes must be two distinct points, got {eyes}")
    u = ((rx - lx) / d, (ry - ly) / d)
    v = (-u[1], u[0])  # image y points down, so this is "down the face" for an upright face
    mx, my = (lx + rx) / 2, (ly + ry) / 2
    c = int(min(crop, width, height))
    out = []
    for a, b in offsets:
        cx = mx + d * (a * u[0] + b * v[0])
        cy = my + d * (a * u[1] + b * v[1])
        x0 = int(np.clip(round(cx - c / 2), 0, width - c))
        y0 = int(np.clip(round(cy - c / 2), 0, height - c))
        out.append((x0, y0, c))
    return out


def cut(img: np.ndarray, boxes: list[tuple[int, int, int]]) -> np.ndarray:
    """The crops of an H x W x 3 image as one K x S x S x 3 array (every box has the same side)."""
    sides = {s for _, _, s in boxes}
    if len(sides) != 1:
        raise ValueError(f"[sockscope:native] crops of one image share a side, got {sorted(sides)}")
    return np.stack([img[y : y + s, x : x + s] for x, y, s in boxes])

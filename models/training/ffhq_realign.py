"""FFHQ's own alignment, redone from its published recipe: hard negatives for the stage-2 classifier.

Aligned real photos are the scarce negative class: real faces whose eyes sit exactly where StyleGAN puts
them. Re-aligning ordinary photos the way FFHQ was made (Karras et al. 2019, the dataset tool's
``recreate_aligned_images``: dlib's 68 landmarks, an oriented square from the eyes and mouth corners,
reflect padding blended with a blur, a quad transform) turns wild photos into such faces. GAN faces go
through the same warp after a random jitter (``jitter_then_realign``), so that resampling itself does
not become a label. Training only: the app never runs this.

Needs dlib (PyPI ``dlib-bin``) and ``face_recognition_models`` (the 68-point predictor).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image, ImageFilter


@lru_cache(maxsize=1)
def _dlib() -> tuple[object, object]:
    import importlib.util
    from pathlib import Path

    import dlib

    # The package's own helper needs pkg_resources (gone from new setuptools); the file sits beside it.
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("[sockscope:realign] face_recognition_models is not installed")
    dat = Path(list(spec.submodule_search_locations)[0]) / "models" / "shape_predictor_68_face_landmarks.dat"
    return dlib.get_frontal_face_detector(), dlib.shape_predictor(str(dat))


def landmarks(img: Image.Image) -> np.ndarray | None:
    """68 (x, y) points of the largest face dlib finds, or None."""
    detector, predictor = _dlib()
    arr = np.asarray(img.convert("RGB"))
    rects = detector(arr, 1)
    if not rects:
        return None
    rect = max(rects, key=lambda r: r.width() * r.height())
    shape = predictor(arr, rect)
    return np.array([[p.x, p.y] for p in shape.parts()], dtype=np.float64)


def ffhq_quad(lm: np.ndarray) -> tuple[np.ndarray, float]:
    """FFHQ's oriented crop square (4 corners, source pixels) and its side."""
    eye_left, eye_right = lm[36:42].mean(0), lm[42:48].mean(0)
    eye_avg, eye_to_eye = (eye_left + eye_right) / 2, eye_right - eye_left
    mouth_avg = (lm[48] + lm[54]) / 2
    eye_to_mouth = mouth_avg - eye_avg
    x = eye_to_eye - np.flipud(eye_to_mouth) * [-1, 1]
    x /= np.hypot(*x)
    x *= max(np.hypot(*eye_to_eye) * 2.0, np.hypot(*eye_to_mouth) * 1.8)
    y = np.flipud(x) * [-1, 1]
    c = eye_avg + eye_to_mouth * 0.1
    return np.stack([c - x - y, c - x + y, c + x + y, c + x - y]), float(np.hypot(*x) * 2)


def realign(img: Image.Image, lm: np.ndarray, size: int = 400) -> Image.Image:
    """The FFHQ-aligned size x size crop of img (RGB)."""
    img = img.convert("RGB")
    quad, qsize = ffhq_quad(lm)
    shrink = int(np.floor(qsize / size * 0.5))
    if shrink > 1:
        img = img.resize((int(np.rint(img.width / shrink)), int(np.rint(img.height / shrink))), Image.LANCZOS)
        quad, qsize = quad / shrink, qsize / shrink
    border = max(int(np.rint(qsize * 0.1)), 3)
    lo, hi = np.floor(quad.min(0)).astype(int), np.ceil(quad.max(0)).astype(int)
    crop = (max(lo[0] - border, 0), max(lo[1] - border, 0), min(hi[0] + border, img.width), min(hi[1] + border, img.height))
    if crop[2] - crop[0] < img.width or crop[3] - crop[1] < img.height:
        img = img.crop(crop)
        quad = quad - crop[:2]
    lo, hi = np.floor(quad.min(0)).astype(int), np.ceil(quad.max(0)).astype(int)
    pad = (max(-lo[0] + border, 0), max(-lo[1] + border, 0), max(hi[0] - img.width + border, 0), max(hi[1] - img.height + border, 0))
    if max(pad) > border - 4:
        pad = tuple(max(p, int(np.rint(qsize * 0.3))) for p in pad)
        arr = np.pad(np.float32(img), ((pad[1], pad[3]), (pad[0], pad[2]), (0, 0)), "reflect")
        h, w = arr.shape[:2]
        yy, xx = np.ogrid[:h, :w]
        # Every pad is at least 0.3 qsize here, so no division by zero.
        mask = np.maximum(1.0 - np.minimum(np.float32(xx) / pad[0], np.float32(w - 1 - xx) / pad[2]),
                          1.0 - np.minimum(np.float32(yy) / pad[1], np.float32(h - 1 - yy) / pad[3]))[..., None]
        blur = qsize * 0.02
        blurred = np.float32(Image.fromarray(np.uint8(np.clip(np.rint(arr), 0, 255))).filter(ImageFilter.GaussianBlur(blur)))
        arr += (blurred - arr) * np.clip(mask * 3.0 + 1.0, 0.0, 1.0)
        arr += (np.median(arr, axis=(0, 1)) - arr) * np.clip(mask, 0.0, 1.0)
        img = Image.fromarray(np.uint8(np.clip(np.rint(arr), 0, 255)))
        quad = quad + pad[:2]
    big = 2 * size  # transform at twice the output, then shrink: as FFHQ did (4096 -> 1024)
    out = img.transform((big, big), Image.QUAD, tuple((quad + 0.5).flatten()), Image.BILINEAR)
    return out.resize((size, size), Image.LANCZOS)


def jitter(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A random small rotation, zoom and shift (reflect-padded), so a GAN face needs re-aligning too."""
    img = img.convert("RGB")
    w, h = img.size
    angle = float(rng.uniform(-8, 8))
    scale = float(rng.uniform(0.9, 1.1))
    dx, dy = (float(v) for v in rng.uniform(-0.05, 0.05, 2) * w)
    padded = Image.fromarray(np.pad(np.asarray(img), ((h // 2, h // 2), (w // 2, w // 2), (0, 0)), "reflect"))
    moved = padded.rotate(angle, Image.BICUBIC, translate=(dx, dy))
    cw, ch = w / scale, h / scale
    x0, y0 = padded.width / 2 - cw / 2, padded.height / 2 - ch / 2
    return moved.resize((w, h), Image.BICUBIC, box=(x0, y0, x0 + cw, y0 + ch))


def jitter_then_realign(img: Image.Image, rng: np.random.Generator, size: int = 400) -> Image.Image | None:
    """jitter, then realign; None when dlib finds no face afterwards."""
    moved = jitter(img, rng)
    lm = landmarks(moved)
    return None if lm is None else realign(moved, lm, size)

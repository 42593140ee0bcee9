"""Platform-like processing, applied to both classes alike so format/size/compression stop being label cues.

``platform_random`` is the random training version (variants.py); ``platform_condition`` the deterministic
one (X's 400 x 400 avatars at JPEG q85, and the 200 and 96 px thumbnails).
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageFilter

_FILTERS = (Image.BILINEAR, Image.BICUBIC, Image.LANCZOS, Image.BOX)


def jpeg(img: Image.Image, quality: int) -> Image.Image:
    """Encode/decode round trip (4:2:0 subsampling, as platforms use)."""
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=int(quality))
    buf.seek(0)
    with Image.open(buf) as out:
        return out.convert("RGB")


def platform_condition(pil: Image.Image, size: int, quality: int | None, offcentre: bool) -> np.ndarray:
    """Deterministic avatar processing: square crop (centred, or shifted right/down), resize, JPEG."""
    rgb = pil.convert("RGB")
    w, h = rgb.size
    s = min(w, h)
    if offcentre:
        # Keep 80% of the side, pushed to the right/bottom: the face ends up off-centre and cut.
        c = int(s * 0.8)
        x0 = (w - s) // 2 + (s - c)
        y0 = (h - s) // 2 + (s - c) // 2
        box = (x0, y0, x0 + c, y0 + c)
    else:
        x0, y0 = (w - s) // 2, (h - s) // 2
        box = (x0, y0, x0 + s, y0 + s)
    out = rgb.crop(box).resize((size, size), Image.BICUBIC, reducing_gap=None)
    if quality is not None:
        out = jpeg(out, quality)
    return np.asarray(out, dtype=np.uint8)


def _encode(pil: Image.Image, quality: int | None) -> bytes:
    buf = io.BytesIO()
    if quality is None:
        pil.save(buf, format="PNG")
    else:
        pil.save(buf, format="JPEG", quality=int(quality))
    return buf.getvalue()


def platform_random(img: Image.Image, rng: np.random.Generator) -> tuple[bytes, str]:
    """A random platform copy of an avatar, as the file a platform would serve: (bytes, 'jpg' | 'png').

    Mostly what stage 2 meets (a centred square, 96-400 px, JPEG q30-95, double compression, resize
    chains), with a share of shifted re-crops (scale 0.7-1.0, shift up to 15%) and of blur and noise.
    The same steps apply to both classes.
    """
    rgb = img.convert("RGB")
    w, h = rgb.size
    s = min(w, h)
    if rng.random() < 0.25:
        c = s * rng.uniform(0.7, 1.0)
        cx = w / 2 + rng.uniform(-0.15, 0.15) * s
        cy = h / 2 + rng.uniform(-0.15, 0.15) * s
        x0 = float(np.clip(cx - c / 2, 0, w - c))
        y0 = float(np.clip(cy - c / 2, 0, h - c))
        box = (x0, y0, x0 + c, y0 + c)
    else:
        box = ((w - s) / 2, (h - s) / 2, (w + s) / 2, (h + s) / 2)
    t = int(round(math.exp(rng.uniform(math.log(96), math.log(400)))))
    if rng.random() < 0.2:  # a resize chain: an intermediate size first
        mid = int(round(t * rng.uniform(0.5, 1.6)))
        rgb = rgb.resize((mid, mid), _FILTERS[int(rng.integers(len(_FILTERS)))], box=box)
        box = None
    pil = rgb.resize((t, t), _FILTERS[int(rng.integers(len(_FILTERS)))], box=box)
    if rng.random() < 0.5:
        pil = pil.transpose(Image.FLIP_LEFT_RIGHT)
    if rng.random() < 0.1:
        pil = pil.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.3, 1.0))))
    if rng.random() < 0.1:
        arr = np.asarray(pil, dtype=np.float32) + rng.normal(0, rng.uniform(1, 4), (t, t, 3))
        pil = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.1:
        return _encode(pil, None), "png"
    if rng.random() < 0.3:  # compressed twice, sometimes resized between
        pil = jpeg(pil, int(rng.integers(30, 96)))
        if rng.random() < 0.5:
            t2 = max(64, int(t * rng.uniform(0.6, 1.0)))
            pil = pil.resize((t2, t2), Image.BICUBIC)
    return _encode(pil, int(rng.integers(30, 96))), "jpg"

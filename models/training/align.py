"""The stage-2 preprocessing: warp a face into the FFHQ frame by the similarity transform its eyes give.

StyleGAN 1/2/3 (FFHQ) output is already in that frame, so for a GAN avatar the warp is a resize and the
generator's pixels reach the classifier untouched by rotation; an aligned real photo lands the same way.
``analysis/align-face.ts`` implements the same arithmetic (parity test: tests/test_align_parity.py):

1. alpha composited over white (as preprocess.to_rgb_float);
2. output pixel (i, j) has its centre at q = (j + 0.5, i + 0.5); eye targets are FFHQ_EYES * size;
   in complex numbers, a = (R - L) / (R0 - L0) and the source point is p = M + a (q - M0), with M, M0
   the eye midpoints (source pixels; a source pixel k has its centre at k + 0.5);
   the output square is a window of the FFHQ frame (config ``frame_window``: it leaves out the bottom
   strip, where one GAN source carries a watermark);
3. sampled with a separable tent filter of radius r = max(|a|, 1) source pixels along the source axes
   (antialiased when shrinking, bilinear when enlarging), taps at k + 0.5 with |k + 0.5 - p| < r,
   out-of-image taps mirrored back (k -> -1 - k, W + (W - 1 - k)), weights normalised by their sum;
4. (v / 255 - mean) / std, channels first.
"""
from __future__ import annotations

import math

import numpy as np

# Reference eye centres (viewer's left, right) in fractions of the square frame: Yang, Singh & Menczer 2024.
# analysis/eye-geometry.ts holds the same two points; tests/test_align_parity.py checks that they agree.
FFHQ_EYES = ((0.3808, 0.4771), (0.6152, 0.4771))


def similarity(eyes: tuple[tuple[float, float], tuple[float, float]], size: int,
               window: tuple[float, float, float] = (0.0, 0.0, 1.0)) -> tuple[complex, complex, complex]:
    """(a, M, M0): source = M + a * (output - M0), all in pixel coordinates, eyes in source pixels.

    The output is the square `window` (left, top, side, in fractions of the FFHQ frame) at size x size.
    """
    (lx, ly), (rx, ry) = eyes
    x0, y0, side = window
    l0 = complex((FFHQ_EYES[0][0] - x0) / side * size, (FFHQ_EYES[0][1] - y0) / side * size)
    r0 = complex((FFHQ_EYES[1][0] - x0) / side * size, (FFHQ_EYES[1][1] - y0) / side * size)
    left, right = complex(lx, ly), complex(rx, ry)
    if abs(right - left) < 1e-6:
        raise ValueError("eyes coincide")
    return (right - left) / (r0 - l0), (left + right) / 2, (l0 + r0) / 2


def _mirror(k: np.ndarray, n: int) -> np.ndarray:
    """Index reflected into 0..n-1 (-1 -> 0, n -> n-1), repeated for far-off taps."""
    period = 2 * n
    k = np.mod(k, period)
    return np.where(k < n, k, period - 1 - k)


def _axis_taps(p: np.ndarray, r: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Tap indices (mirrored) and tent weights along one source axis; arrays of shape p.shape + (taps,)."""
    # Taps k with |k + 0.5 - p| < r lie in [base - ceil(r) + 1, base + ceil(r)], base = floor(p - 0.5).
    span = max(1, int(math.ceil(r)))
    base = np.floor(p - 0.5).astype(np.int64)
    offsets = np.arange(-span + 1, span + 1)
    k = base[..., None] + offsets
    w = np.maximum(0.0, 1.0 - np.abs(k + 0.5 - p[..., None]) / r)
    return _mirror(k, n), w


def _axis_matrix(p: np.ndarray, r: float, n: int) -> np.ndarray:
    """(len(p), n) normalised tent weights along one axis, mirrored taps folded onto their pixels."""
    k, w = _axis_taps(p, r, n)
    out = np.zeros((len(p), n))
    rows = np.arange(len(p))
    for t in range(k.shape[1]):  # one tap per row at a time, so no (row, column) repeats within a step
        out[rows, k[:, t]] += w[:, t]
    return out / out.sum(axis=1, keepdims=True)


def warp_to_frame(rgb: np.ndarray, eyes: tuple[tuple[float, float], tuple[float, float]], size: int,
                  window: tuple[float, float, float] = (0.0, 0.0, 1.0)) -> np.ndarray:
    """HxWx3 float (0..255) -> size x size x 3 float64: `window` of the FFHQ frame."""
    h, w = rgb.shape[:2]
    a, m, m0 = similarity(eyes, size, window)
    r = max(abs(a), 1.0)
    if a.imag == 0.0:
        # Level eyes: the source point of (i, j) is (m.x + a (j + .5 - m0.x), m.y + a (i + .5 - m0.y)), so
        # the tent weights and their normalising sum factor by axis: the same result as the general case
        # below, as two matrix products (training makes most of its frames this way).
        centres = np.arange(size, dtype=np.float64) + 0.5
        wy = _axis_matrix(m.imag + a.real * (centres - m0.imag), r, h)
        wx = _axis_matrix(m.real + a.real * (centres - m0.real), r, w)
        # float32 products: within 1e-3 of the float64 path on a 0..255 scale, and twice as fast.
        rows = (wy.astype(np.float32) @ rgb.astype(np.float32).reshape(h, w * 3)).reshape(size, w, 3)
        cols = rows.transpose(0, 2, 1).reshape(size * 3, w) @ wx.T.astype(np.float32)
        return cols.reshape(size, 3, size).transpose(0, 2, 1).astype(np.float64)
    centres = np.arange(size, dtype=np.float64) + 0.5
    qx, qy = np.meshgrid(centres, centres)  # qy varies along rows
    p = m + a * ((qx + 1j * qy) - m0)
    kx, wx = _axis_taps(p.real, r, w)
    ky, wy = _axis_taps(p.imag, r, h)
    index = (ky[..., :, None] * w + kx[..., None, :]).reshape(size, size, -1)
    weight = (wy[..., :, None] * wx[..., None, :]).reshape(size, size, -1)
    weight /= weight.sum(axis=-1, keepdims=True)
    # One gather of all three channels, float32 sums (within 1e-3 of float64 on a 0..255 scale).
    taps = rgb.astype(np.float32, copy=False).reshape(-1, 3)[index]
    return np.einsum("ijt,ijtc->ijc", weight.astype(np.float32), taps).astype(np.float64)


def to_rgb_float(pixels: np.ndarray) -> np.ndarray:
    """HxWx3|4 uint8 -> HxWx3 float64 in 0..255, alpha composited over white."""
    if pixels.ndim != 3 or pixels.shape[2] not in (3, 4):
        raise ValueError(f"expected HxWx3 or HxWx4 uint8, got {pixels.shape}")
    rgb = pixels[:, :, :3].astype(np.float64)
    if pixels.shape[2] == 4:
        alpha = pixels[:, :, 3:4].astype(np.float64) / 255.0
        rgb = rgb * alpha + 255.0 * (1.0 - alpha)
    return rgb


def normalise(frame: np.ndarray, mean: tuple[float, ...], std: tuple[float, ...]) -> np.ndarray:
    """size x size x 3 (0..255) -> (1, 3, size, size) float32."""
    x = (frame / 255.0 - np.asarray(mean)) / np.asarray(std)
    return np.ascontiguousarray(x.transpose(2, 0, 1))[None].astype(np.float32)


def normalise_frames(frames: np.ndarray) -> np.ndarray:
    """N x S x S x 3 uint8 frames -> (N, 3, S, S) float32, as normalise does for one (numpy only)."""
    from .config import CONFIG

    x = frames.astype(np.float32) / 255.0
    x = (x - np.asarray(CONFIG.frame_mean, np.float32)) / np.asarray(CONFIG.frame_std, np.float32)
    return np.ascontiguousarray(x.transpose(0, 3, 1, 2))


def eyes_to_pixels(eyes: dict, width: int, height: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """The detector's eyes (fractions of width and height) -> source pixel coordinates."""
    return ((eyes["left"]["x"] * width, eyes["left"]["y"] * height), (eyes["right"]["x"] * width, eyes["right"]["y"] * height))


def release_frame() -> dict:
    """The shipped release's input frame (size, window, mean, std) from its config.json: what the app uses."""
    import json

    from .config import MODELS_DIR

    return json.loads((MODELS_DIR / "config.json").read_text())["frame"]


def preprocess_face(pixels: np.ndarray, eyes_px: tuple[tuple[float, float], tuple[float, float]],
                    frame: dict | None = None) -> np.ndarray:
    """HxWx3|4 uint8 + eyes (source pixels) -> the classifier's (1, 3, S, S) float32 input, for the
    shipped release's frame unless another (a config.json "frame" section) is given."""
    f = frame or release_frame()
    warped = warp_to_frame(to_rgb_float(pixels), eyes_px, int(f["size"]), tuple(f["window"]))
    return normalise(warped, tuple(f["mean"]), tuple(f["std"]))


def main(argv: list[str] | None = None) -> int:
    """``python -m models.training.align --dump IN.png LX LY RX RY OUT.bin [--model M.onnx]``: eyes in fractions of
    W and H; writes the input tensor as little-endian float32 and, with --model, prints each logit (the
    TypeScript parity tests read both)."""
    import argparse

    from PIL import Image

    parser = argparse.ArgumentParser(description="Dump the stage-2 input for images and eyes.")
    parser.add_argument("--dump", nargs=6, action="append", required=True, metavar=("IN", "LX", "LY", "RX", "RY", "OUT"))
    parser.add_argument("--model", help="also print the logit of this ONNX model (Python onnxruntime) per image, one per line")
    args = parser.parse_args(argv)
    session = None
    if args.model:
        import onnxruntime as ort

        session = ort.InferenceSession(args.model, providers=["CPUExecutionProvider"])
    for src, lx, ly, rx, ry, dst in args.dump:
        with Image.open(src) as im:
            px = np.asarray(im.convert("RGBA"))
        h, w = px.shape[:2]
        eyes = ((float(lx) * w, float(ly) * h), (float(rx) * w, float(ry) * h))
        x = preprocess_face(px, eyes)
        x.astype("<f4").tofile(dst)
        if session is not None:
            print(float(session.run(None, {session.get_inputs()[0].name: x})[0].reshape(-1)[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Pools intermediate tensors of a backbone over the conditioned images (condition.py's cache).

    python -m models.training.probe.features <backbone.onnx> <tensor,tensor...> <name>
        [--size 224] [--crop centre|full] [--resize bicubic|shared] [--augment K]

The backbone input is NHWC, raw 0..255 RGB (TF.js face models), or NCHW exactly as the app's preprocess()
makes it (convert_faceapi --input normalized); the named tensors are NCHW in the ONNX graph. "centre" is
the central 55% of the square, as the shipped classifier sees it. `--resize shared` uses the project's own
preprocessing (preprocess.py, mirrored in TypeScript) instead of PIL's bicubic.
`--augment K` also pools K platform-like copies of every training image (augment.py), for fit.py --aug.
Writes cache/probe/feat_<name>.npz: f<k> per tensor, [mean, std] per channel (head_onnx.pooled_features).
"""
from __future__ import annotations

import argparse
import time

import numpy as np
import onnx
import onnxruntime as ort
from PIL import Image

from ..augment import augment
from ..config import CONFIG
from ..preprocess import centre_square, preprocess, resize_square, to_rgb_float
from .condition import PROBE_CACHE, read_index
from .head_onnx import is_nchw, pooled_features, with_dynamic_size

CENTRE_FRACTION = 0.55


def probe_input(square: np.ndarray, size: int, crop: str = "centre", resize: str = "bicubic") -> np.ndarray:
    """Square avatar (uint8 HWC, any side) -> size x size float32 HWC in 0..255."""
    fraction = CENTRE_FRACTION if crop == "centre" else 1.0
    if resize == "shared":
        rgb = centre_square(to_rgb_float(square), fraction).astype(np.float32)
        return np.ascontiguousarray(resize_square(rgb, size).transpose(1, 2, 0))
    side = int(square.shape[0] * fraction)
    off = (square.shape[0] - side) // 2
    crop_px = np.ascontiguousarray(square[off : off + side, off : off + side])
    return np.asarray(Image.fromarray(crop_px).resize((size, size), Image.BICUBIC), dtype=np.float32)


def backbone_input(square: np.ndarray, size: int, crop: str, resize: str, nchw: bool) -> np.ndarray:
    """What the backbone takes: probe_input's HWC pixels, or for an NCHW backbone the app's own preprocess()."""
    if not nchw:
        return probe_input(square, size, crop, resize)
    if crop != "centre" or resize != "shared":
        raise SystemExit("[probe] an NCHW backbone reads the classifier's own input: use --crop centre --resize shared")
    return preprocess(np.asarray(square), size)[0]


def pool_all(sess: ort.InferenceSession, names: list[str], inputs, batch: int) -> list[np.ndarray]:
    """Runs batches of prepared inputs (an iterable of HWC arrays) and pools each named tensor."""
    inp = sess.get_inputs()[0].name
    blocks: list[list[np.ndarray]] = [[] for _ in names]
    pending: list[np.ndarray] = []

    def flush() -> None:
        for k, t in enumerate(sess.run(names, {inp: np.stack(pending)})):
            blocks[k].append(pooled_features([t]).astype(np.float32))
        pending.clear()

    for x in inputs:
        pending.append(x)
        if len(pending) == batch:
            flush()
    if pending:
        flush()
    return [np.concatenate(b) for b in blocks]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("backbone")
    ap.add_argument("tensors")
    ap.add_argument("name")
    ap.add_argument("--size", type=int, default=224)
    ap.add_argument("--crop", choices=["centre", "full"], default="centre")
    ap.add_argument("--resize", choices=["bicubic", "shared"], default="bicubic")
    ap.add_argument("--augment", type=int, default=0)
    ap.add_argument("--batch", type=int, default=16)
    a = ap.parse_args(argv)
    names = a.tensors.split(",")
    model = onnx.load(a.backbone)
    nchw = is_nchw(model)
    model = with_dynamic_size(model)
    have = {o.name for o in model.graph.output}
    model.graph.output.extend(onnx.helper.make_tensor_value_info(n, onnx.TensorProto.FLOAT, None) for n in names if n not in have)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    sess = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    images = np.load(PROBE_CACHE / "cond400.npy", mmap_mode="r")
    t0 = time.time()
    prep = lambda sq: backbone_input(sq, a.size, a.crop, a.resize, nchw)  # noqa: E731
    out = {f"f{k}": f for k, f in enumerate(pool_all(sess, names, (prep(images[i]) for i in range(len(images))), a.batch))}
    if a.augment:
        train = [i for i, r in enumerate(read_index()) if r["split"] == "train"]
        rng = np.random.default_rng(CONFIG.seed)
        idx = [i for _ in range(a.augment) for i in train]
        pooled = pool_all(sess, names, (prep(augment(np.asarray(images[i]), rng)) for i in idx), a.batch)
        out |= {f"aug_f{k}": f for k, f in enumerate(pooled)}
        out["aug_idx"] = np.asarray(idx)
    np.savez(PROBE_CACHE / f"feat_{a.name}.npz", names=np.array(names), **out)
    print(f"[probe] {a.name}: {len(images)} images (+{a.augment} augmented copies of train), {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

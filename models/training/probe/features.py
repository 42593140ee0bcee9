"""Pools intermediate tensors of a backbone over the conditioned images (condition.py's cache).

    python -m models.training.probe.features <backbone.onnx> <tensor,tensor...> <name> [--size 224] [--crop centre|full]

The backbone input is NHWC, raw 0..255 RGB (TF.js face models); the named tensors are NCHW in the ONNX
graph. "centre" is the central 55% of the 400 px square, as the shipped classifier sees it. Writes
cache/probe/feat_<name>.npz: one array f<k> per tensor, [mean, std] per channel (head_onnx.pooled_features).
"""
from __future__ import annotations

import argparse
import time

import numpy as np
import onnx
import onnxruntime as ort
from PIL import Image

from .condition import PROBE_CACHE, SIZE
from .head_onnx import pooled_features

CENTRE_FRACTION = 0.55


def crop_and_resize(square: np.ndarray, size: int, crop: str) -> np.ndarray:
    """400 px square (uint8 HWC) -> size x size float32 HWC, 0..255 (bicubic, as PIL does it)."""
    if crop == "centre":
        side = int(SIZE * CENTRE_FRACTION)
        off = (SIZE - side) // 2
        square = square[off : off + side, off : off + side]
    return np.asarray(Image.fromarray(np.ascontiguousarray(square)).resize((size, size), Image.BICUBIC), dtype=np.float32)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("backbone")
    ap.add_argument("tensors")
    ap.add_argument("name")
    ap.add_argument("--size", type=int, default=224)
    ap.add_argument("--crop", choices=["centre", "full"], default="centre")
    ap.add_argument("--batch", type=int, default=16)
    a = ap.parse_args(argv)
    names = a.tensors.split(",")
    model = onnx.load(a.backbone)
    have = {o.name for o in model.graph.output}
    model.graph.output.extend(onnx.helper.make_tensor_value_info(n, onnx.TensorProto.FLOAT, None) for n in names if n not in have)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    sess = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    inp = sess.get_inputs()[0].name
    images = np.load(PROBE_CACHE / "cond400.npy", mmap_mode="r")
    blocks: list[list[np.ndarray]] = [[] for _ in names]
    t0 = time.time()
    for s in range(0, len(images), a.batch):
        x = np.stack([crop_and_resize(images[i], a.size, a.crop) for i in range(s, min(len(images), s + a.batch))])
        for k, t in enumerate(sess.run(names, {inp: x})):
            blocks[k].append(pooled_features([t]).astype(np.float32))
    out = {f"f{k}": np.concatenate(b) for k, b in enumerate(blocks)}
    np.savez(PROBE_CACHE / f"feat_{a.name}.npz", names=np.array(names), **out)
    print(f"[probe] {a.name}: {len(images)} images, {time.time() - t0:.0f} s, " + ", ".join(f"{k} {v.shape[1]}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

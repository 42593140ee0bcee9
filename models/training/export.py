"""Stage-2 release, step 1: the fine-tuned network as ONNX, fp32 and int8.

    python -m models.training.export --model runs/stage2/<name>/epochN.pt

1. Batch norms are folded into their convolutions, and the graph (frame 1 x 3 x S x S, normalised ->
   logit) is exported, checked, and compared with PyTorch on training frames.
2. int8: every convolution and the linear head keep their weights as int8 (symmetric, per output
   channel) behind a DequantizeLinear; activations stay float. onnxruntime-web's wasm kernels ran a
   fully quantised (QDQ) graph of this network about 2x slower than float (20.5 against 11.2 ms, single
   thread, 2026-12-07), while int8 weights cost nothing at run time and shrink the file about 4x.
3. fp32 and int8 logits are compared on the held-out frames.
The operating point, calibration and models/gan-forensic/config.json are written by policy.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from .align import normalise_frames
from .config import CONFIG, MODELS_DIR, STAGE2_RUNS

FP32_PATH = STAGE2_RUNS / "gan-forensic-fp32.onnx"
INT8_PATH = MODELS_DIR / "gan-forensic-int8.onnx"
INPUT_NAME, OUTPUT_NAME = "frame", "logit"


def fold_batch_norms(model):  # -> torch.nn.Module
    """Each Conv2d followed by its BatchNorm2d becomes one Conv2d with a bias (eval-mode statistics)."""
    import torch
    from torch import nn

    from .lite0 import MBConv

    def fold(conv: nn.Conv2d, bn: nn.BatchNorm2d) -> None:
        s = bn.weight / torch.sqrt(bn.running_var + bn.eps)
        conv.weight.data = conv.weight.data * s.reshape(-1, 1, 1, 1)
        bias = bn.bias - bn.running_mean * s
        conv.bias = nn.Parameter(bias.detach().clone())

    t = model.trunk
    with torch.no_grad():
        fold(t._conv_stem, t._bn0)
        t._bn0 = nn.Identity()
        for b in t._blocks:
            assert isinstance(b, MBConv)
            if b.expand:
                fold(b._expand_conv, b._bn0)
                b._bn0 = nn.Identity()
            fold(b._depthwise_conv, b._bn1)
            b._bn1 = nn.Identity()
            fold(b._project_conv, b._bn2)
            b._bn2 = nn.Identity()
    return model


def load(state_path: str):
    import torch

    from .net import Stage2Net

    model = Stage2Net(pretrained=False)
    model.load_state_dict(torch.load(state_path, map_location="cpu"))
    return model.eval()


def export_fp32(model, sample: np.ndarray, path: Path = FP32_PATH) -> float:
    import onnx
    import onnxruntime as ort
    import torch

    with torch.no_grad():
        ref = model(torch.from_numpy(normalise_frames(sample))).numpy()
    folded = fold_batch_norms(model).eval()
    dummy = torch.zeros(1, 3, CONFIG.frame_size, CONFIG.frame_size)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(folded, (dummy,), str(path), input_names=[INPUT_NAME], output_names=[OUTPUT_NAME],
                      dynamic_axes={INPUT_NAME: {0: "batch"}, OUTPUT_NAME: {0: "batch"}}, opset_version=17, dynamo=False)
    onnx.checker.check_model(onnx.load(str(path)), full_check=True)
    got = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {INPUT_NAME: normalise_frames(sample)})[0]
    diff = float(np.abs(ref - got).max())
    print(f"[sockscope:export] ORT (folded batch norms) vs PyTorch, {len(sample)} frames: max |logit diff| {diff:.2e}")
    if diff > 1e-3:
        raise SystemExit(f"[sockscope:export] ORT and PyTorch disagree by {diff}")
    return diff


def int8_weights(src: Path, dst: Path) -> None:
    """Conv and Gemm/MatMul weights -> int8 initialisers (symmetric per output channel) + DequantizeLinear."""
    import onnx
    from onnx import helper, numpy_helper

    g = onnx.load(str(src))
    inits = {i.name: i for i in g.graph.initializer}
    deq = []
    for n in g.graph.node:
        if n.op_type not in ("Conv", "Gemm", "MatMul"):
            continue
        name = n.input[1]
        if name not in inits:
            continue
        w = numpy_helper.to_array(inits[name]).astype(np.float32)
        # Gemm (transB=1) and Conv keep output channels on axis 0; MatMul on axis 1.
        axis = 1 if n.op_type == "MatMul" else 0
        moved = np.moveaxis(w, axis, 0)
        scale = np.abs(moved.reshape(moved.shape[0], -1)).max(axis=1) / 127.0
        scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
        q = np.clip(np.rint(moved / scale.reshape(-1, *([1] * (moved.ndim - 1)))), -127, 127).astype(np.int8)
        g.graph.initializer.remove(inits[name])
        g.graph.initializer.extend([numpy_helper.from_array(np.moveaxis(q, 0, axis), f"{name}_int8"),
                                    numpy_helper.from_array(scale, f"{name}_scale"),
                                    numpy_helper.from_array(np.zeros(len(scale), np.int8), f"{name}_zero")])
        deq.append(helper.make_node("DequantizeLinear", [f"{name}_int8", f"{name}_scale", f"{name}_zero"], [name],
                                    axis=axis, name=f"{name}_dequantize"))
    nodes = deq + list(g.graph.node)
    del g.graph.node[:]
    g.graph.node.extend(nodes)
    onnx.checker.check_model(g, full_check=True)
    dst.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(g, str(dst))


def run(path: Path, frames: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    return np.concatenate([sess.run(None, {INPUT_NAME: normalise_frames(np.asarray(frames[i : i + 64]))})[0]
                           for i in range(0, len(frames), 64)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    a = ap.parse_args(argv)
    import torch

    from .evaluate import condition_table
    from .samples import TRAIN_NPY

    torch.set_num_threads(1)
    rng = np.random.default_rng(CONFIG.seed)
    train = np.load(TRAIN_NPY, mmap_mode="r")
    sample = np.asarray(train[np.sort(rng.choice(len(train), 32, replace=False))])
    export_fp32(load(a.model), sample)
    int8_weights(FP32_PATH, INT8_PATH)
    t = condition_table()
    frames = np.load(t.npy, mmap_mode="r")
    held = np.flatnonzero((t.frame >= 0) & (t.condition == "x400"))
    x = np.asarray(frames[t.frame[held]])
    fp32, int8 = run(FP32_PATH, x), run(INT8_PATH, x)
    print(f"[sockscope:export] fp32 -> int8 on {len(x)} held-out 400 px frames: max |logit diff| {np.abs(fp32 - int8).max():.3f}, "
          f"corr {np.corrcoef(fp32, int8)[0, 1]:.5f}; size {FP32_PATH.stat().st_size / 1e6:.2f} -> {INT8_PATH.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

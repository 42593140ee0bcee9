"""Builds an ONNX graph of dlib's face-recognition ResNet from the weights that npm `@vladmandic/face-api` ships.

    python -m models.training.probe.convert_faceapi <package/model> <out.onnx> [--size 150] [--until s128]
        [--input raw|normalized]

dlib's author placed the network's weights in the public domain (github.com/davisking/dlib-models), and
face-api ports them (MIT) as a TF.js weights manifest whose architecture lives in JavaScript
(src/faceRecognitionNet), so tf2onnx cannot read it: the graph is written here, op for op.

The input is fixed at --size (the zero padding of the down-sampling shortcuts depends on it): NHWC raw
0..255 RGB like the other probe backbones, or with --input normalized the shipped classifier's NCHW input.
Each conv's scale layer is folded into its weights. Outputs, NCHW: the descriptor (128) and the last
tensor of each stage, named in STAGES; --until ends the graph at a stage.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from ..config import CONFIG

MEAN_RGB = (122.782, 117.001, 104.298)
# (block, kind) in forward order; a stage's name marks the tensor after its last block.
BLOCKS = [
    ("conv32_1", "res"), ("conv32_2", "res"), ("conv32_3", "res"),
    ("conv64_down", "down"), ("conv64_1", "res"), ("conv64_2", "res"), ("conv64_3", "res"),
    ("conv128_down", "down"), ("conv128_1", "res"), ("conv128_2", "res"),
    ("conv256_down", "down"), ("conv256_1", "res"), ("conv256_2", "res"),
    ("conv256_down_out", "down"),
]
STAGES = {"conv32_3": "s32", "conv64_3": "s64", "conv128_2": "s128", "conv256_2": "s256", "conv256_down_out": "s256out"}
DESCRIPTOR = "descriptor"


def read_weights(model_dir: Path) -> dict[str, np.ndarray]:
    """Dequantises a TF.js weights manifest (uint8: q * scale + min) into float32 arrays."""
    manifest = json.loads((model_dir / "face_recognition_model-weights_manifest.json").read_text())
    out: dict[str, np.ndarray] = {}
    for group in manifest:
        data = b"".join((model_dir / p).read_bytes() for p in group["paths"])
        pos = 0
        for w in group["weights"]:
            n = int(np.prod(w["shape"]))
            q = w.get("quantization")
            if q:
                raw = np.frombuffer(data, np.uint8, n, pos).astype(np.float32)
                out[w["name"]] = (raw * q["scale"] + q["min"]).reshape(w["shape"])
                pos += n
            else:
                out[w["name"]] = np.frombuffer(data, np.float32, n, pos).reshape(w["shape"]).copy()
                pos += 4 * n
        if pos != len(data):
            raise ValueError(f"manifest and weights disagree: read {pos} of {len(data)} bytes")
    return out


class Graph:
    def __init__(self, weights: dict[str, np.ndarray]):
        self.w, self.nodes, self.inits, self.n = weights, [], [], 0

    def name(self, hint: str) -> str:
        self.n += 1
        return f"{hint}_{self.n}"

    def const(self, hint: str, value: np.ndarray) -> str:
        name = self.name(hint)
        self.inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(self, kind: str, inputs: list[str], out: str | None = None, **attrs) -> str:
        out = out or self.name(kind.lower())
        self.nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def conv(self, x: str, prefix: str, stride: int, relu: bool, same: bool) -> str:
        """conv + bias, then the per-channel scale layer, folded into one Conv (filters HWIO -> OIHW)."""
        f, b = self.w[f"{prefix}/conv/filters"], self.w[f"{prefix}/conv/bias"]
        s, sb = self.w[f"{prefix}/scale/weights"], self.w[f"{prefix}/scale/biases"]
        k = f.shape[0]
        kernel = (f * s).transpose(3, 2, 0, 1).astype(np.float32)
        pad = [k // 2] * 4 if same else [0] * 4
        y = self.op("Conv", [x, self.const(f"{prefix}/W", kernel), self.const(f"{prefix}/B", (b * s + sb).astype(np.float32))],
                    kernel_shape=[k, k], strides=[stride, stride], pads=pad)
        return self.op("Relu", [y]) if relu else y


def conv_out(size: int, k: int, stride: int) -> int:
    return (size - k) // stride + 1


def build(weights: dict[str, np.ndarray], size: int, until: str | None = None,
          normalized: tuple[tuple[float, ...], tuple[float, ...]] | None = None) -> onnx.ModelProto:
    """The network at `size` px; with `until` (a STAGES name) it ends at that stage, without the descriptor.

    With `normalized` = (mean, std), the input is instead NCHW (v / 255 - mean) / std, the classifier's own
    preprocessing (models/config.json), so the app feeds this graph exactly as it fed the CNN.
    """
    g = Graph(weights)
    if normalized:
        # (rgb - MEAN_RGB) / 255 = v * std + mean - MEAN_RGB / 255, per channel
        mean, std = (np.asarray(v, np.float32).reshape(1, 3, 1, 1) for v in normalized)
        x = g.op("Mul", ["input", g.const("std", std)])
        x = g.op("Add", [x, g.const("shift", mean - np.asarray(MEAN_RGB, np.float32).reshape(1, 3, 1, 1) / 255)])
        input_shape = ["batch", 3, size, size]
    else:
        x = g.op("Sub", ["input", g.const("mean", np.array(MEAN_RGB, np.float32))])
        x = g.op("Mul", [x, g.const("inv255", np.array(1 / 255, np.float32))])
        x = g.op("Transpose", [x], perm=[0, 3, 1, 2])
        input_shape = ["batch", size, size, 3]
    x = g.conv(x, "conv32_down", 2, True, False)
    hw = conv_out(size, 7, 2)
    x = g.op("MaxPool", [x], kernel_shape=[3, 3], strides=[2, 2])
    hw = conv_out(hw, 3, 2)
    channels = weights["conv32_down/conv/filters"].shape[3]
    outputs = []
    for block, kind in BLOCKS:
        if kind == "res":
            y = g.conv(g.conv(x, f"{block}/conv1", 1, True, True), f"{block}/conv2", 1, False, True)
            x = g.op("Relu", [g.op("Add", [y, x])], STAGES.get(block))
        else:
            y = g.conv(g.conv(x, f"{block}/conv1", 2, True, False), f"{block}/conv2", 1, False, True)
            pooled_hw, conv_hw = hw // 2, conv_out(hw, 3, 2)
            out_channels = weights[f"{block}/conv2/conv/filters"].shape[3]
            pooled = g.op("AveragePool", [x], kernel_shape=[2, 2], strides=[2, 2])
            if pooled_hw != conv_hw:  # face-api appends zero rows and columns at the bottom and right
                extra = pooled_hw - conv_hw
                y = g.op("Pad", [y, g.const("pads", np.array([0, 0, 0, 0, 0, 0, extra, extra], np.int64))])
            if out_channels != channels:  # and zero channels after the shortcut's own
                pads = np.array([0, 0, 0, 0, 0, out_channels - channels, 0, 0], np.int64)
                pooled = g.op("Pad", [pooled, g.const("pads", pads)])
            x = g.op("Relu", [g.op("Add", [pooled, y])], STAGES.get(block))
            hw, channels = pooled_hw, out_channels
        if block in STAGES:
            outputs.append(helper.make_tensor_value_info(STAGES[block], TensorProto.FLOAT, ["batch", channels, hw, hw]))
            if STAGES[block] == until:
                break
    else:
        avg = g.op("ReduceMean", [x], axes=[2, 3], keepdims=0)
        g.op("MatMul", [avg, g.const("fc", weights["fc"].astype(np.float32))], DESCRIPTOR)
        outputs.insert(0, helper.make_tensor_value_info(DESCRIPTOR, TensorProto.FLOAT, ["batch", 128]))
    if until and outputs[-1].name != until:
        raise ValueError(f"no stage {until!r}; stages: {', '.join(STAGES.values())}")
    graph = helper.make_graph(
        g.nodes, "faceapi_recognition",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, input_shape)],
        outputs,
        g.inits,
    )
    # IR 8 (opset 13's own): onnxruntime-web 1.30 refuses the newer IR that onnx writes by default.
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)
    onnx.checker.check_model(model)
    return model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", type=int, default=150)
    ap.add_argument("--until", choices=list(STAGES.values()), help="end the graph at this stage")
    ap.add_argument("--input", choices=["raw", "normalized"], default="raw",
                    help="raw: NHWC 0..255 (the other probe backbones); normalized: NCHW, CONFIG's mean/std")
    a = ap.parse_args(argv)
    norm = (CONFIG.mean, CONFIG.std) if a.input == "normalized" else None
    onnx.save(build(read_weights(a.model_dir), a.size, a.until, norm), a.out)
    print(f"[probe] face-api recognition net at {a.size} px -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

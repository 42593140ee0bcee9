"""convert_faceapi.py must reproduce face-api's forward pass (src/faceRecognitionNet), here re-written in numpy.

The weights are random and small (channels 3/6/12/24 instead of 32/64/128/256), written as a TF.js manifest
with both uint8-quantised and float32 entries, so reading the manifest is tested too. The real weights are
checked against face-api itself (through TF.js) in probe/README.md.
"""
from __future__ import annotations

import json

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from models.training.config import CONFIG
from models.training.probe.convert_faceapi import BLOCKS, DESCRIPTOR, MEAN_RGB, STAGES, build, read_weights

RNG = np.random.default_rng(3)
WIDTH = {"32": 3, "64": 6, "128": 12, "256": 24}  # doubling, as face-api's shortcut padding assumes


def layer_shapes() -> list[tuple[str, list[int]]]:
    """Every weight face-api's manifest names, in its order, at the test's widths."""
    shapes: list[tuple[str, list[int]]] = []

    def conv(prefix: str, k: int, cin: int, cout: int) -> None:
        shapes.extend([(f"{prefix}/conv/filters", [k, k, cin, cout]), (f"{prefix}/conv/bias", [cout]),
                       (f"{prefix}/scale/weights", [cout]), (f"{prefix}/scale/biases", [cout])])

    conv("conv32_down", 7, 3, WIDTH["32"])
    cin = WIDTH["32"]
    for block, _ in BLOCKS:
        cout = WIDTH[block[4:].split("_")[0]]
        conv(f"{block}/conv1", 3, cin, cout)
        conv(f"{block}/conv2", 3, cout, cout)
        cin = cout
    shapes.append(("fc", [cin, 5]))
    return shapes


def write_manifest(tmp_path) -> dict[str, np.ndarray]:
    """Random weights as a TF.js manifest + bin; returns the values face-api would dequantise them to."""
    specs, chunks, expected = [], [], {}
    for i, (name, shape) in enumerate(layer_shapes()):
        values = RNG.normal(0, 0.3, size=shape).astype(np.float32)
        if name.endswith("scale/weights"):
            values = np.abs(values) + 0.5
        if i % 3:  # most entries uint8-quantised, as in the real manifest; the rest float32
            lo, hi = float(values.min()), float(values.max())
            scale = (hi - lo) / 255
            q = np.round((values - lo) / scale).astype(np.uint8)
            specs.append({"name": name, "shape": shape, "dtype": "float32", "quantization": {"dtype": "uint8", "scale": scale, "min": lo}})
            chunks.append(q.tobytes())
            expected[name] = q.astype(np.float32) * np.float32(scale) + np.float32(lo)
        else:
            specs.append({"name": name, "shape": shape, "dtype": "float32"})
            chunks.append(values.tobytes())
            expected[name] = values
    (tmp_path / "face_recognition_model-weights_manifest.json").write_text(json.dumps([{"paths": ["w.bin"], "weights": specs}]))
    (tmp_path / "w.bin").write_bytes(b"".join(chunks))
    return expected


# --- face-api's forward pass, NHWC, from its TypeScript source -------------------------------------------
def conv2d(x: np.ndarray, f: np.ndarray, stride: int, same: bool) -> np.ndarray:
    k = f.shape[0]
    if same:
        x = np.pad(x, ((0, 0), (k // 2, k // 2), (k // 2, k // 2), (0, 0)))
    n, h, w, _ = x.shape
    oh, ow = (h - k) // stride + 1, (w - k) // stride + 1
    out = np.zeros((n, oh, ow, f.shape[3]), np.float64)
    for i in range(k):
        for j in range(k):
            out += x[:, i : i + stride * oh : stride, j : j + stride * ow : stride, :] @ f[i, j]
    return out


def conv_layer(x, w, prefix, stride, relu, same):
    out = conv2d(x, w[f"{prefix}/conv/filters"], stride, same) + w[f"{prefix}/conv/bias"]
    out = out * w[f"{prefix}/scale/weights"] + w[f"{prefix}/scale/biases"]
    return np.maximum(out, 0) if relu else out


def pool(x: np.ndarray, k: int, stride: int, fn) -> np.ndarray:
    n, h, w, c = x.shape
    oh, ow = (h - k) // stride + 1, (w - k) // stride + 1
    windows = [x[:, i : i + stride * oh : stride, j : j + stride * ow : stride, :] for i in range(k) for j in range(k)]
    return fn(np.stack(windows), axis=0)


def residual(x, w, block):
    out = conv_layer(conv_layer(x, w, f"{block}/conv1", 1, True, True), w, f"{block}/conv2", 1, False, True)
    return np.maximum(out + x, 0)


def residual_down(x, w, block):
    out = conv_layer(conv_layer(x, w, f"{block}/conv1", 2, True, False), w, f"{block}/conv2", 1, False, True)
    pooled = pool(x, 2, 2, np.mean)
    if pooled.shape[1] != out.shape[1]:
        out = np.concatenate([out, np.zeros_like(out[:, :1])], 1)
        out = np.concatenate([out, np.zeros_like(out[:, :, :1])], 2)
    if pooled.shape[3] != out.shape[3]:
        pooled = np.concatenate([pooled, np.zeros_like(pooled)], 3)
    return np.maximum(pooled + out, 0)


def reference(image: np.ndarray, w: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    x = (image.astype(np.float64) - np.array(MEAN_RGB)) / 255
    x = pool(conv_layer(x, w, "conv32_down", 2, True, False), 3, 2, np.max)
    stages = {}
    for block, kind in BLOCKS:
        x = residual(x, w, block) if kind == "res" else residual_down(x, w, block)
        if block in STAGES:
            stages[STAGES[block]] = x.transpose(0, 3, 1, 2)
    stages[DESCRIPTOR] = x.mean(axis=(1, 2)) @ w["fc"]
    return stages


@pytest.fixture
def weights(tmp_path) -> dict[str, np.ndarray]:
    """The random weights, as read_weights reads them back from their manifest."""
    write_manifest(tmp_path)
    return read_weights(tmp_path)


# ----------------------------------------------------------------------------------------------------------
# 112 px needs zero rows and columns on two down-sampling shortcuts (12 vs 13, 2 vs 3); 150 px on one.
@pytest.mark.parametrize("size", [112, 150])
def test_graph_matches_face_api_forward(tmp_path, size):
    expected = write_manifest(tmp_path)
    weights = read_weights(tmp_path)
    assert weights.keys() == expected.keys()
    for name, v in expected.items():
        np.testing.assert_allclose(weights[name], v, rtol=0, atol=1e-6)
    image = RNG.uniform(0, 255, size=(2, size, size, 3)).astype(np.float32)
    ref = reference(image, weights)
    sess = ort.InferenceSession(build(weights, size).SerializeToString(), providers=["CPUExecutionProvider"])
    names = [o.name for o in sess.get_outputs()]
    assert names == [DESCRIPTOR, *STAGES.values()]
    for name, got in zip(names, sess.run(names, {"input": image})):
        np.testing.assert_allclose(got, ref[name], rtol=1e-4, atol=1e-4 * np.abs(ref[name]).max(), err_msg=name)


def test_truncated_normalized_graph_takes_the_classifier_input(weights):
    image = RNG.uniform(0, 255, size=(1, 112, 112, 3)).astype(np.float32)
    model = build(weights, 112, until="s128", normalized=(CONFIG.mean, CONFIG.std))
    assert [o.name for o in model.graph.output] == ["s32", "s64", "s128"]
    assert not any(n.op_type == "MatMul" for n in model.graph.node)  # the stages after s128 are gone
    mean, std = np.asarray(CONFIG.mean, np.float32), np.asarray(CONFIG.std, np.float32)
    nchw = ((image / 255 - mean) / std).transpose(0, 3, 1, 2).astype(np.float32)
    got = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(["s128"], {"input": nchw})[0]
    want = reference(image, weights)["s128"]
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4 * np.abs(want).max())


def test_unknown_stage_is_refused(weights):
    with pytest.raises(ValueError, match="no stage"):
        build(weights, 112, until="s999")


def test_manifest_that_does_not_match_its_weights_is_refused(tmp_path):
    write_manifest(tmp_path)
    (tmp_path / "w.bin").write_bytes((tmp_path / "w.bin").read_bytes() + b"\0")
    with pytest.raises(ValueError, match="disagree"):
        read_weights(tmp_path)

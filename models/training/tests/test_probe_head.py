"""The probe head appended in ONNX (probe/head_onnx.py) must score exactly as its numpy reference."""
from __future__ import annotations

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

from models.training.probe.head_onnx import FEATURES, LOGIT, main, pooled_features, probe_logit

RNG = np.random.default_rng(7)


def tiny_backbone() -> onnx.ModelProto:
    """NHWC image -> two ReLU feature maps (t1, t2) plus an unrelated head the probe must cut away."""
    w1 = numpy_helper.from_array(RNG.normal(size=(4, 3, 3, 3)).astype(np.float32), "w1")
    w2 = numpy_helper.from_array(RNG.normal(size=(5, 4, 3, 3)).astype(np.float32), "w2")
    nodes = [
        helper.make_node("Transpose", ["image"], ["nchw"], perm=[0, 3, 1, 2]),
        helper.make_node("Conv", ["nchw", "w1"], ["c1"], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c1"], ["t1"]),
        helper.make_node("Conv", ["t1", "w2"], ["c2"], pads=[1, 1, 1, 1], strides=[2, 2]),
        helper.make_node("Relu", ["c2"], ["t2"]),
        helper.make_node("GlobalAveragePool", ["t2"], ["age_head"]),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [None, 8, 8, 3])],
        [helper.make_tensor_value_info("age_head", TensorProto.FLOAT, [None, 5, 1, 1])],
        [w1, w2],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])


def build(tmp_path, mu, sd, w, b) -> tuple[ort.InferenceSession, np.ndarray]:
    """Writes the backbone and a probe, appends the head; returns its session and the backbone's pooled features for X."""
    backbone = tiny_backbone()
    onnx.save(backbone, tmp_path / "backbone.onnx")
    np.savez(tmp_path / "probe.npz", mu=mu, sd=sd, w=w, b=np.array([b]))
    assert main([str(tmp_path / "backbone.onnx"), str(tmp_path / "probe.npz"), str(tmp_path / "probe.onnx"), "t1,t2"]) == 0
    # Reference features: the backbone's own tensors, pooled in numpy.
    exposed = onnx.ModelProto()
    exposed.CopyFrom(backbone)
    exposed.graph.output.extend(helper.make_tensor_value_info(n, TensorProto.FLOAT, None) for n in ("t1", "t2"))
    t1, t2 = ort.InferenceSession(exposed.SerializeToString(), providers=["CPUExecutionProvider"]).run(["t1", "t2"], {"image": X})
    return ort.InferenceSession(str(tmp_path / "probe.onnx"), providers=["CPUExecutionProvider"]), pooled_features([t1, t2])


X = RNG.uniform(0, 255, size=(3, 8, 8, 3)).astype(np.float32)
DIM = 2 * (4 + 5)


def test_appended_head_matches_numpy(tmp_path):
    mu, sd = RNG.normal(size=DIM), RNG.uniform(0.5, 2, size=DIM)
    w, b = RNG.normal(size=DIM), float(RNG.normal())
    probe, feats = build(tmp_path, mu, sd, w, b)
    # Only the probe's outputs remain: the backbone's own head is cut away.
    assert [o.name for o in probe.get_outputs()] == [LOGIT, FEATURES]
    logit, got = probe.run([LOGIT, FEATURES], {"image": X})
    assert logit.shape == (3, 1)
    np.testing.assert_allclose(got, feats, rtol=1e-4, atol=1e-3)
    np.testing.assert_allclose(logit[:, 0], probe_logit(feats, mu, sd, w, b), rtol=1e-4, atol=1e-3)


def test_standardised_features_are_clipped(tmp_path):
    """A feature far outside its training range (a tiny training scale) counts as 20 standard deviations, no more."""
    mu, sd, w = np.zeros(DIM), np.ones(DIM), np.zeros(DIM)
    sd[0], w[0] = 1e-6, 1.0
    probe, feats = build(tmp_path, mu, sd, w, 0.0)
    logit = probe.run([LOGIT], {"image": X})[0][:, 0]
    assert np.all(feats[:, 0] > 1e-3)  # so the unclipped score would be over 1000
    np.testing.assert_allclose(logit, np.full(3, 20.0), rtol=1e-6)

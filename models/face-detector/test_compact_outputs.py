"""The detector graph returns exactly the anchors at or above the threshold it is fed, and nothing else changes."""

import json
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper

from compact_outputs import compact_outputs

REPO = Path(__file__).resolve().parents[2]
OUTPUTS = {"index": "kept_index", "scores": "kept_logits", "boxes": "kept_regressors"}


def tiny_detector() -> onnx.ModelProto:
    """Raw outputs like BlazeFace's, from a [1, 5, 1] input: logits = input, regressor rows = (x, 2x)."""
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 5, 1])
    nodes = [
        helper.make_node("Identity", ["input"], ["classificators"]),
        helper.make_node("Add", ["input", "input"], ["double"]),
        helper.make_node("Concat", ["input", "double"], ["regressors"], axis=2),
    ]
    outs = [
        helper.make_tensor_value_info("regressors", TensorProto.FLOAT, [1, 5, 2]),
        helper.make_tensor_value_info("classificators", TensorProto.FLOAT, [1, 5, 1]),
    ]
    graph = helper.make_graph(nodes, "tiny", [x], outs)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 11)], ir_version=6)


def run(model: onnx.ModelProto, logits: list[float], keep_from: float) -> list[np.ndarray]:
    session = ort.InferenceSession(model.SerializeToString())
    feeds = {"input": np.array(logits, np.float32).reshape(1, 5, 1), "min_logit": np.array([keep_from], np.float32)}
    return session.run(None, feeds)


def test_keeps_rows_at_or_above_the_threshold_in_anchor_order():
    model = compact_outputs(tiny_detector(), "min_logit", OUTPUTS, 2)
    index, logits, boxes = run(model, [-3.0, 0.5, 0.0, -0.1, 2.0], 0.0)
    assert index.tolist() == [1.0, 2.0, 4.0]
    assert logits.tolist() == [0.5, 0.0, 2.0]
    assert boxes.tolist() == [[[0.5, 1.0], [0.0, 0.0], [2.0, 4.0]]]


def test_keeps_everything_at_minus_infinity_and_nothing_above_every_logit():
    model = compact_outputs(tiny_detector(), "min_logit", OUTPUTS, 2)
    assert run(model, [-3.0, 0.5, 0.0, -0.1, 2.0], -np.inf)[0].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    index, logits, boxes = run(model, [-3.0, 0.5, 0.0, -0.1, 2.0], 5.0)
    assert (index.shape, logits.shape, boxes.shape) == ((0,), (0,), (1, 0, 2))


def test_keeps_nan_logits_so_decode_sees_what_it_saw_before():
    # decodeDetections skips a logit only when it is below its threshold, which NaN never is.
    model = compact_outputs(tiny_detector(), "min_logit", OUTPUTS, 2)
    assert run(model, [-3.0, float("nan"), -1.0, -1.0, -1.0], 0.0)[0].tolist() == [1.0]


def test_refuses_a_graph_with_other_outputs():
    model = tiny_detector()
    model.graph.output.reverse()
    with pytest.raises(ValueError, match="expected raw outputs"):
        compact_outputs(model, "min_logit", OUTPUTS, 2)


def test_shipped_detector_keeps_exactly_the_rows_of_its_full_output():
    config = json.loads((REPO / "models/face-detector/blazeface.json").read_text())
    session = ort.InferenceSession(str(REPO / "models/face-detector/blazeface.onnx"))
    assert [i.name for i in session.get_inputs()] == [config["input"]["name"], config["input"]["keepFrom"]]
    assert [o.name for o in session.get_outputs()] == [config["outputs"][k] for k in ("index", "scores", "boxes")]
    rng = np.random.default_rng(0)
    kept_counts = []
    for _ in range(4):
        image = rng.uniform(-1, 1, (1, 3, 128, 128)).astype(np.float32)
        feeds = lambda t: {config["input"]["name"]: image, config["input"]["keepFrom"]: np.array([t], np.float32)}
        full_index, full_logits, full_boxes = session.run(None, feeds(-np.inf))
        assert full_index.tolist() == list(range(config["decode"]["numBoxes"]))
        for threshold in (-3.0, -1.0, 0.0):
            index, logits, boxes = session.run(None, feeds(threshold))
            rows = np.flatnonzero(full_logits >= threshold)
            assert index.tolist() == rows.tolist()
            assert np.array_equal(logits, full_logits[rows])
            assert np.array_equal(boxes[0], full_boxes[0][rows])
            kept_counts.append(len(rows))
    # Random inputs score low (none reaches 0), but they leave anchors on each side of the lower thresholds.
    assert all(0 < n < config["decode"]["numBoxes"] for n in kept_counts[0::3] + kept_counts[1::3])

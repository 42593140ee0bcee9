"""Make the converted detector return only the anchors worth decoding.

BlazeFace scores all 896 anchors per pass, and onnxruntime-web copies every output into a new array:
57 KB of regressors per pass, which the offscreen document then drops. Nearly all anchors score far below
the decode threshold, so the graph now gathers the rows whose logit reaches `keepFrom` (a graph input,
fed by analysis/detect/face-detect.ts just below decode's own threshold, which it then applies exactly):

    logits        = Reshape(classificators, [-1])                    [896]
    index         = Squeeze(NonZero(Not(Less(logits, keepFrom))), 0)  [n]   (NaN is kept, as decode sees it)
    kept_index    = Cast(index, float)                               [n]
    kept_logits   = Gather(logits, index)                            [n]
    kept_regressors = Gather(regressors, index, axis=1)             [1, n, 16]

Opset 11 has no GreaterOrEqual, hence Not(Less(...)). Fed -inf, the graph returns every anchor in order.
"""

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

RAW_BOXES = "regressors"
RAW_SCORES = "classificators"


def compact_outputs(model: onnx.ModelProto, keep_from: str, outputs: dict, num_coords: int) -> onnx.ModelProto:
    """Adds the `keep_from` input and replaces the raw outputs with outputs["index"/"scores"/"boxes"]."""
    graph = model.graph
    raw = [o.name for o in graph.output]
    if raw != [RAW_BOXES, RAW_SCORES]:
        raise ValueError(f"expected raw outputs {[RAW_BOXES, RAW_SCORES]}, got {raw}")
    graph.input.append(helper.make_tensor_value_info(keep_from, TensorProto.FLOAT, [1]))
    graph.initializer.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), "compact/flat_shape"))
    graph.node.extend(
        [
            helper.make_node("Reshape", [RAW_SCORES, "compact/flat_shape"], ["compact/logits"]),
            helper.make_node("Less", ["compact/logits", keep_from], ["compact/below"]),
            helper.make_node("Not", ["compact/below"], ["compact/keep"]),
            helper.make_node("NonZero", ["compact/keep"], ["compact/nonzero"]),
            helper.make_node("Squeeze", ["compact/nonzero"], ["compact/index"], axes=[0]),
            helper.make_node("Cast", ["compact/index"], [outputs["index"]], to=TensorProto.FLOAT),
            helper.make_node("Gather", ["compact/logits", "compact/index"], [outputs["scores"]], axis=0),
            helper.make_node("Gather", [RAW_BOXES, "compact/index"], [outputs["boxes"]], axis=1),
        ]
    )
    del graph.output[:]
    graph.output.extend(
        [
            helper.make_tensor_value_info(outputs["index"], TensorProto.FLOAT, ["kept"]),
            helper.make_tensor_value_info(outputs["scores"], TensorProto.FLOAT, ["kept"]),
            helper.make_tensor_value_info(outputs["boxes"], TensorProto.FLOAT, [1, "kept", num_coords]),
        ]
    )
    onnx.checker.check_model(model)
    return model

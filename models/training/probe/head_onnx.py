"""Appends the fitted probe to a backbone ONNX graph: one model from pixels to a GAN logit.

    python -m models.training.probe.head_onnx <backbone.onnx> <probe.npz> <out.onnx> <tensor,tensor...> [--logit NAME]

Each named NCHW tensor is pooled to its per-channel mean and (population) standard deviation over
H x W, in the order given, as features.py does; then standardised with the training mean/scale,
clipped to +-20 and scored by the logistic regression. The backbone's own heads are cut away. A TF.js
backbone's NHWC input takes any size (the probe may be fitted at 128 or 160 px); convert_faceapi's NCHW
graphs keep the size they were built for.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import onnx
import onnx.utils
from onnx import TensorProto, helper, numpy_helper

LOGIT = "gan_logit"
FEATURES = "probe_features"
CLIP = 20.0


def is_nchw(model: onnx.ModelProto) -> bool:
    """True for a backbone that takes the classifier's own input (convert_faceapi --input normalized)."""
    return model.graph.input[0].type.tensor_type.shape.dim[1].dim_value == 3


def with_dynamic_size(model: onnx.ModelProto) -> onnx.ModelProto:
    """Frees an NHWC input's height and width (TF.js exports fix them at 224) and drops stale shape info.
    An NCHW backbone (convert_faceapi) is left as built: its graph holds pads for one input size."""
    if is_nchw(model):
        return model
    dims = model.graph.input[0].type.tensor_type.shape.dim
    dims[1].dim_param, dims[2].dim_param = "height", "width"
    del model.graph.value_info[:]
    return model


def pooled_features(tensors: list[np.ndarray]) -> np.ndarray:
    """Reference pooling (numpy): [mean, std] per channel of each N x C x H x W tensor, concatenated."""
    return np.concatenate([np.concatenate([t.mean(axis=(2, 3)), t.std(axis=(2, 3))], axis=1) for t in tensors], axis=1)


def probe_logit(features: np.ndarray, mu: np.ndarray, sd: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """Reference head (numpy): the logit the ONNX graph must reproduce."""
    return np.clip((features - mu) / sd, -CLIP, CLIP) @ w + b


def append_probe_head(model: onnx.ModelProto, tensors: list[str], mu: np.ndarray, sd: np.ndarray, w: np.ndarray, b: float,
                      logit: str = LOGIT) -> onnx.ModelProto:
    """Returns a copy of `model` whose outputs are the probe's logit [N, 1] (named `logit`) and its pooled features."""
    m = onnx.ModelProto()
    m.CopyFrom(model)
    g = m.graph
    nodes, feats = [], []
    for i, name in enumerate(tensors):
        mean, cen, sq, var, std, flat = (f"probe{i}_{k}" for k in ("mean", "cen", "sq", "var", "std", "flat"))
        nodes += [
            helper.make_node("ReduceMean", [name], [mean], axes=[2, 3], keepdims=1),
            helper.make_node("Sub", [name, mean], [cen]),
            helper.make_node("Mul", [cen, cen], [sq]),
            helper.make_node("ReduceMean", [sq], [var], axes=[2, 3], keepdims=0),
            helper.make_node("Sqrt", [var], [std]),
            helper.make_node("Flatten", [mean], [flat], axis=1),
        ]
        feats += [flat, std]
    consts = {
        "probe_mu": mu.astype(np.float32),
        "probe_inv_sd": (1.0 / sd).astype(np.float32),
        "probe_w": w.astype(np.float32).reshape(-1, 1),
        "probe_b": np.asarray([b], np.float32),
        "probe_lo": np.asarray(-CLIP, np.float32),
        "probe_hi": np.asarray(CLIP, np.float32),
    }
    g.initializer.extend(numpy_helper.from_array(v, k) for k, v in consts.items())
    nodes += [
        helper.make_node("Concat", feats, [FEATURES], axis=1),
        helper.make_node("Sub", [FEATURES, "probe_mu"], ["probe_centred"]),
        helper.make_node("Mul", ["probe_centred", "probe_inv_sd"], ["probe_z"]),
        helper.make_node("Clip", ["probe_z", "probe_lo", "probe_hi"], ["probe_zc"]),
        helper.make_node("MatMul", ["probe_zc", "probe_w"], ["probe_mm"]),
        helper.make_node("Add", ["probe_mm", "probe_b"], [logit]),
    ]
    g.node.extend(nodes)
    del g.output[:]
    g.output.extend([helper.make_tensor_value_info(logit, TensorProto.FLOAT, [None, 1]), helper.make_tensor_value_info(FEATURES, TensorProto.FLOAT, [None, len(mu)])])
    return m


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("backbone", type=Path)
    ap.add_argument("npz")
    ap.add_argument("out", type=Path)
    ap.add_argument("tensors")
    ap.add_argument("--logit", default=LOGIT, help="name of the logit output (the shipped model: 'logit')")
    a = ap.parse_args(argv)
    src, npz, dst, names = a.backbone, np.load(a.npz), a.out, a.tensors.split(",")
    full = append_probe_head(with_dynamic_size(onnx.load(src)), names, npz["mu"], npz["sd"], npz["w"], float(npz["b"][0]), a.logit)
    tmp = dst.with_suffix(".full.onnx")
    onnx.save(full, tmp)
    # Cut the backbone's own heads (age, gender, descriptor): only what the probe reads stays.
    onnx.utils.extract_model(str(tmp), str(dst), [full.graph.input[0].name], [a.logit, FEATURES])
    tmp.unlink()
    onnx.checker.check_model(onnx.load(dst))
    print(f"[probe] wrote {dst} ({dst.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

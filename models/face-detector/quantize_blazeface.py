"""An int8 BlazeFace: static quantisation (QDQ, per-channel int8 weights, uint8 activations).

    OMP_NUM_THREADS=1 python models/face-detector/quantize_blazeface.py [--per-source 25] [--out PATH]

Calibration sees only stage 2's ``train`` sources (models/training/sources.py; never its ``val`` or
``test`` ones, on which scripts/eval/detector/int8.ts validates the result). The detector's inputs are
made by the app's own preprocessing: scripts/eval/detector/dump-inputs.ts runs the TypeScript pipeline
over the chosen images and writes every pass's 3x128x128 tensor. The heads (classificator_*, regressor_*)
stay float: their outputs are the logits the decode thresholds and the eye positions.
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np
import onnx
from onnx import version_converter
from onnxruntime.quantization import CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType, quantize_static

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
from models.training.sources import all_faces  # noqa: E402

SIDE = 128


def calibration_files(per_source: int) -> list[str]:
    """Up to `per_source` images per (train source, label), picked by a hash of the path."""
    groups: dict[tuple[str, int], list] = defaultdict(list)
    for face in all_faces():
        if face.split == "train" and face.file.exists():
            groups[(face.source, face.label)].append(face)
    order = lambda f: hashlib.sha256(f.path.encode()).hexdigest()  # noqa: E731
    return [str(f.file) for g in sorted(groups) for f in sorted(groups[g], key=order)[:per_source]]


class Inputs(CalibrationDataReader):
    def __init__(self, raw: np.ndarray):
        self.items = iter(raw)

    def get_next(self):
        x = next(self.items, None)
        if x is None:
            return None
        return {"input": x[None], "min_logit": np.array([-np.inf], dtype=np.float32)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-source", type=int, default=25)
    ap.add_argument("--out", default=str(HERE / "blazeface-int8.onnx"))
    ap.add_argument("--format", default="qdq", choices=["qdq", "qoperator"])
    ap.add_argument("--ops", default="Conv,Add,Relu,MaxPool,Pad")
    ap.add_argument("--method", default="minmax", choices=["minmax", "minmax-average", "percentile", "entropy"])
    args = ap.parse_args()
    files = calibration_files(args.per_source)
    with tempfile.TemporaryDirectory() as tmp:
        listing, raw_path = Path(tmp) / "files.txt", Path(tmp) / "inputs.f32"
        listing.write_text("".join(f"{p}\n" for p in files))
        subprocess.check_call(["npx", "tsx", "scripts/eval/detector/dump-inputs.ts", "--list", str(listing), "--out", str(raw_path)], cwd=REPO)
        raw = np.fromfile(raw_path, dtype=np.float32).reshape(-1, 3, SIDE, SIDE)
        np.save(Path(args.out).with_suffix(".calibration.npy"), raw[:16])  # a few inputs to check the result on
        # Per-channel weights need DequantizeLinear's axis, which opset 13 brought.
        model = version_converter.convert_version(onnx.load(HERE / "blazeface.onnx"), 13)
        float_path = Path(tmp) / "blazeface-opset13.onnx"
        onnx.save(model, float_path)
        heads = [n.name for n in model.graph.node if n.name.startswith(("classificator_", "regressor_"))]
        method = {"minmax": CalibrationMethod.MinMax, "minmax-average": CalibrationMethod.MinMax,
                  "percentile": CalibrationMethod.Percentile, "entropy": CalibrationMethod.Entropy}[args.method]
        # minmax-average: each tensor's range is the mean of its per-input ranges, not the extremes.
        extra = {"CalibMovingAverage": True} if args.method == "minmax-average" else {}
        quantize_static(
            str(float_path), args.out, Inputs(raw),
            quant_format=QuantFormat.QDQ if args.format == "qdq" else QuantFormat.QOperator, per_channel=True, activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
            op_types_to_quantize=args.ops.split(","), nodes_to_exclude=heads, calibrate_method=method,
            extra_options=extra,
        )
    print(f"[sockscope:quantize] {len(files)} calibration images, {raw.shape[0]} detector inputs ({args.method}) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Static int8 QDQ quantisation, calibrated on training images through the same preprocess function.

CLI: ``python -m models.training.quantize [--calib N] [--eval-limit N] [--fp32 PATH] [--ops Conv,Add]`` -> models/gan-face-int8.onnx,
then prints fp32 vs int8 validation AUC (400px JPEG q85) and file sizes.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from .augment import platform_condition
from .config import CONFIG, FACES_DIR
from .data import read_manifest
from .evaluate import condition_inputs, run_logits, session
from .export import FP32_PATH, INPUT_NAME, INT8_PATH
from .metrics import roc_auc, tpr_at_fpr
from .preprocess import preprocess


class TrainingReader:
    """Feeds preprocessed training images (as avatars: 400px JPEG q85) to the calibrator."""

    def __init__(self, n: int) -> None:
        from PIL import Image

        items = read_manifest()["train"]
        rng = np.random.default_rng(CONFIG.seed)
        picked = [items[i] for i in rng.permutation(len(items))[:n]]
        arrays = []
        for it in picked:
            with Image.open(FACES_DIR / it.path) as im:
                arrays.append(preprocess(platform_condition(im.convert("RGBA"), 400, 85, False)))
        self.batches = iter(arrays)

    def get_next(self) -> dict[str, np.ndarray] | None:
        x = next(self.batches, None)
        return None if x is None else {INPUT_NAME: x}


def quantize(fp32: Path = FP32_PATH, out: Path = INT8_PATH, n_calib: int = 300, ops: list[str] | None = None) -> None:
    """`ops`: the op types to quantise (default: every one ORT can). The probe model passes its backbone's,
    so its head (standardise, clip, dot product) stays in float."""
    from onnxruntime.quantization import CalibrationMethod, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.shape_inference import quant_pre_process

    pre = fp32.with_name(fp32.stem + "-pre.onnx")
    quant_pre_process(str(fp32), str(pre))  # folds BN, infers shapes: better int8 graphs
    quantize_static(str(pre), str(out), TrainingReader(n_calib), quant_format=QuantFormat.QDQ,
                    activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8, per_channel=True,
                    # 7-bit weights: x86 AVX2 u8s8 kernels saturate on full-range int8 and then disagree
                    # with the WASM kernels (measured 0.024 in probability); reduce_range avoids it.
                    reduce_range=True, op_types_to_quantize=ops,
                    calibrate_method=CalibrationMethod.Percentile, extra_options={"CalibPercentile": 99.99})


def compare(fp32: Path, int8: Path, limit: int | None) -> None:
    """fp32 vs int8 on validation at the shipped condition."""
    items = read_manifest()["val"]
    if limit:
        items = items[:: max(1, len(items) // limit)]
    x = condition_inputs(items, CONFIG.conditions[:1])[CONFIG.conditions[0][0]]
    labels = np.asarray([it.label for it in items])
    for name, path in (("fp32", fp32), ("int8", int8)):
        z = run_logits(session(path), x)
        print(f"{name}: {path.stat().st_size / 1e6:.2f} MB  val AUC {roc_auc(labels, z):.4f}  "
              f"TPR@0.5%FPR {tpr_at_fpr(labels, z, 0.005):.3f}  TPR@1%FPR {tpr_at_fpr(labels, z, 0.01):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Quantise the exported model to int8 (QDQ).")
    parser.add_argument("--calib", type=int, default=300, help="number of training images for calibration")
    parser.add_argument("--eval-limit", type=int, default=None)
    parser.add_argument("--fp32", type=Path, default=FP32_PATH, help="the fp32 graph (the probe release passes its own)")
    parser.add_argument("--ops", default=None, help="comma-separated op types to quantise (default: all)")
    args = parser.parse_args(argv)
    quantize(args.fp32, n_calib=args.calib, ops=args.ops.split(",") if args.ops else None)
    compare(args.fp32, INT8_PATH, args.eval_limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Stage-2 release: the probe and its backbone as one ONNX graph, int8, and models/gan-forensic/config.json.

    python -m models.training.export

1. fp32 graph: aligned frame (1 x 3 x S x S, normalised) -> logit; checked, and ORT compared with PyTorch.
2. int8: static QDQ of the backbone's convolutions, calibrated on training frames through the same
   normalisation; the pooling and the probe stay in float. fp32 vs int8 logits are compared on test frames.
3. models/gan-forensic/config.json: frame geometry, calibration, and the verdict policy chosen by report.py on
   training sources, with the rates the reasons quote (test sources, X avatar condition).
"""
from __future__ import annotations

import hashlib
import json
import math
import sys
from pathlib import Path

import numpy as np

from .config import CONFIG, MODELS_DIR
from .features import normalise_batch
from .fit import CLIP, STAGE2_RUNS
from .frames import FRAMES_NPY
from .table import load_table

FP32_PATH = STAGE2_RUNS / "gan-forensic-fp32.onnx"
INT8_PATH = MODELS_DIR / "gan-forensic-int8.onnx"
CONFIG_PATH = MODELS_DIR / "config.json"
INPUT_NAME, OUTPUT_NAME = "frame", "logit"
RISK_POINTS = {"flagged": 40, "eyesOnly": 6}


def build_model(head_path: Path = STAGE2_RUNS / "head.npz"):  # -> torch.nn.Module
    import torch
    from torch import nn

    from .backbone import TapFeatures

    head = np.load(head_path)

    class Stage2(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.features = TapFeatures()
            for name in ("mean", "scale", "coef"):
                self.register_buffer(name, torch.from_numpy(head[name].astype(np.float32)))
            self.register_buffer("intercept", torch.tensor(float(head["intercept"])))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            z = torch.clamp((self.features(x) - self.mean) / self.scale, -CLIP, CLIP)
            return z @ self.coef + self.intercept

    return Stage2().eval()


def frames_sample(rows: np.ndarray) -> np.ndarray:
    frames = np.load(FRAMES_NPY, mmap_mode="r")
    return normalise_batch(np.asarray(frames[np.sort(rows)]))


def export_fp32(sample: np.ndarray) -> float:
    import onnx
    import onnxruntime as ort
    import torch

    model = build_model()
    dummy = torch.zeros(1, 3, CONFIG.frame_size, CONFIG.frame_size)
    FP32_PATH.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(model, (dummy,), str(FP32_PATH), input_names=[INPUT_NAME], output_names=[OUTPUT_NAME],
                      dynamic_axes={INPUT_NAME: {0: "batch"}, OUTPUT_NAME: {0: "batch"}}, opset_version=17, dynamo=False)
    onnx.checker.check_model(onnx.load(str(FP32_PATH)), full_check=True)
    with torch.no_grad():
        ref = model(torch.from_numpy(sample)).numpy()
    got = ort.InferenceSession(str(FP32_PATH), providers=["CPUExecutionProvider"]).run(None, {INPUT_NAME: sample})[0]
    diff = float(np.abs(ref - got).max())
    print(f"[sockscope:export] ORT vs PyTorch, {len(sample)} frames: max |logit diff| {diff:.2e}")
    if diff > 1e-3:
        raise SystemExit(f"[sockscope:export] ORT and PyTorch disagree by {diff}")
    return diff


class _Reader:
    def __init__(self, x: np.ndarray) -> None:
        self.items = iter(x[i : i + 1] for i in range(len(x)))

    def get_next(self) -> dict[str, np.ndarray] | None:
        x = next(self.items, None)
        return None if x is None else {INPUT_NAME: x}


def quantize(calib: np.ndarray) -> None:
    from onnxruntime.quantization import CalibrationMethod, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.shape_inference import quant_pre_process

    pre = FP32_PATH.with_name(FP32_PATH.stem + "-pre.onnx")
    quant_pre_process(str(FP32_PATH), str(pre))
    quantize_static(str(pre), str(INT8_PATH), _Reader(calib), quant_format=QuantFormat.QDQ,
                    activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8, per_channel=True,
                    # 7-bit weights: x86 AVX2 u8s8 kernels saturate on full-range int8 and then disagree with
                    # the WASM kernels; reduce_range avoids it.
                    reduce_range=True, op_types_to_quantize=["Conv"],
                    calibrate_method=CalibrationMethod.Percentile, extra_options={"CalibPercentile": 99.99})


def run(path: Path, x: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = CONFIG.threads
    sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    return np.concatenate([sess.run(None, {INPUT_NAME: x[i : i + 16]})[0] for i in range(0, len(x), 16)])


def write_config(report: dict, quoted: dict) -> dict:
    a, b = report["platt"]
    flag_logit = report["stage2FlagLogit"]
    doc = {
        "version": CONFIG.stage2_version,
        "model": INT8_PATH.name,
        "sha256": hashlib.sha256(INT8_PATH.read_bytes()).hexdigest(),
        "inputName": INPUT_NAME,
        "outputName": OUTPUT_NAME,
        "frame": {"size": CONFIG.frame_size, "window": list(CONFIG.frame_window), "mean": list(CONFIG.frame_mean),
                  "std": list(CONFIG.frame_std), "layout": "NCHW"},
        "calibration": {"method": "platt-balanced", "a": a, "b": b,
                        "fittedOn": "out-of-fold logits of training-source faces whose eyes match, 400 px JPEG q85"},
        "policy": {
            "version": f"policy-{CONFIG.stage2_version.rsplit('-', 1)[-1]}",
            "eyeMatchBelow": report["stage1EyeMax"],
            "flagLogit": flag_logit,
            "flagProbability": 1 / (1 + math.exp(-(a * flag_logit + b))),
            "riskPoints": RISK_POINTS,
            "quoted": quoted,
        },
        # Read by scripts/eval/model.ts and scripts/eval/faces.ts, so the TypeScript evaluation uses the same sources.
        "evaluation": {"testSources": list(CONFIG.test_sources), "report": "models/gan-forensic/metrics.json"},
    }
    CONFIG_PATH.write_text(json.dumps(doc, indent=2) + "\n")
    return doc


def main() -> int:
    t = load_table()
    rng = np.random.default_rng(CONFIG.seed)
    train = t.frame[(t.split == "train") & (t.frame >= 0)]
    test = t.frame[(t.split == "test") & (t.variant == "x400") & (t.frame >= 0)]
    export_fp32(frames_sample(rng.choice(train, 16, replace=False)))
    # Percentile calibration keeps every activation in memory: 80 frames fit in 24 GB, 300 do not.
    quantize(frames_sample(rng.choice(train, 80, replace=False)))
    x = frames_sample(test)
    fp32, int8 = run(FP32_PATH, x), run(INT8_PATH, x)
    print(f"[sockscope:export] fp32 -> int8 on {len(test)} test frames: max |logit diff| {np.abs(fp32 - int8).max():.3f}, "
          f"corr {np.corrcoef(fp32, int8)[0, 1]:.4f}; size {FP32_PATH.stat().st_size / 1e6:.2f} -> {INT8_PATH.stat().st_size / 1e6:.2f} MB")
    report = json.loads((STAGE2_RUNS / "report.json").read_text())
    x400 = report["test:x400"]
    quoted = {"ganEyeMatch": x400["gan"]["stage1"]["rate"], "ganRecall": x400["gan"]["flag"]["rate"],
              "alignedRealFlagged": x400["aligned"]["flag"]["rate"],
              "alignedRealEyeMatch": x400["aligned"]["stage1"]["rate"]}
    print(json.dumps(write_config(report, quoted), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

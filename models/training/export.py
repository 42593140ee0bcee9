"""Export to ONNX, check the graph, compare ORT with PyTorch, and write models/config.json.

CLI:
  ``python -m models.training.export --checkpoint runs/main/best.pt``   -> runs/main/gan-face-fp32.onnx
  ``python -m models.training.export --write-config``                   -> models/config.json for the shipped int8 model
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from .config import CONFIG, FACES_DIR, MODELS_DIR, RUNS_DIR
from .data import read_manifest
from .preprocess import load_rgba, preprocess

FP32_PATH = RUNS_DIR / "main" / "gan-face-fp32.onnx"
INT8_PATH = MODELS_DIR / "gan-face-int8.onnx"
CALIBRATION_PATH = RUNS_DIR / "main" / "calibration.json"
CONFIG_PATH = MODELS_DIR / "config.json"
INPUT_NAME, OUTPUT_NAME = "input", "logit"


def fixture_inputs(n: int = 16) -> np.ndarray:
    """Preprocessed validation images (both classes) used to compare runtimes."""
    items = read_manifest()["val"]
    picked = items[:: max(1, len(items) // n)][:n]
    return np.concatenate([preprocess(load_rgba(FACES_DIR / it.path)) for it in picked])


def export_onnx(checkpoint: Path, out: Path = FP32_PATH) -> float:
    """Write the fp32 ONNX (dynamic batch), check it, and return max |ORT - torch| on fixtures."""
    import onnx
    import onnxruntime as ort
    import torch

    from .model import build_model

    model = build_model()
    model.load_state_dict(torch.load(checkpoint, map_location="cpu"))
    model.eval()
    dummy = torch.zeros(1, 3, CONFIG.input_size, CONFIG.input_size)
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(model, (dummy,), str(out), input_names=[INPUT_NAME], output_names=[OUTPUT_NAME],
                      dynamic_axes={INPUT_NAME: {0: "batch"}, OUTPUT_NAME: {0: "batch"}}, opset_version=17, dynamo=False)
    graph = onnx.load(str(out))
    onnx.checker.check_model(graph, full_check=True)
    ops = sorted({n.op_type for n in graph.graph.node})
    print("graph ok; ops:", ", ".join(ops))
    x = fixture_inputs()
    with torch.no_grad():
        ref = model(torch.from_numpy(x)).numpy()
    got = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"]).run(None, {INPUT_NAME: x})[0]
    diff = float(np.abs(ref - got).max())
    print(f"ORT vs PyTorch on {len(x)} fixture images: max |diff| = {diff:.2e}")
    if diff > 1e-3:
        raise SystemExit(f"[sockscope:export] ORT and PyTorch disagree by {diff}")
    return diff


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_config(model: Path = INT8_PATH, calibration: Path = CALIBRATION_PATH, out: Path = CONFIG_PATH) -> dict[str, object]:
    """models/config.json: everything the TypeScript side needs, so no constant is duplicated by hand."""
    cal = json.loads(calibration.read_text())
    doc = {
        "version": CONFIG.version,
        "model": model.name,
        "sha256": sha256(model),
        "inputName": INPUT_NAME,
        "outputName": OUTPUT_NAME,
        "inputSize": CONFIG.input_size,
        "cropFraction": CONFIG.crop_fraction,
        "layout": "NCHW",
        "channels": "RGB",
        "mean": list(CONFIG.mean),
        "std": list(CONFIG.std),
        "preprocess": {
            "alpha": "composite over white",
            "crop": "centre square, then its central cropFraction, side floor(s * f), offsets floored",
            "resize": "separable triangle filter, support max(scale,1), rows then columns",
            "scale": "value / 255",
        },
        "calibration": {"method": cal["method"], "a": cal["a"], "b": cal["b"], "fittedOn": cal["fitted_on"]},
        "threshold": cal["threshold"],
        "thresholdLogit": cal["threshold_logit"],
        "targetFpr": cal["target_fpr"],
        # Read by scripts/eval-model.ts so the TS evaluation uses the same conditions and split.
        "evaluation": {
            "manifest": "models/training/split-manifest.json",
            "conditions": [{"name": n, "size": s, "jpegQuality": q, "offCentre": o} for n, s, q, o in CONFIG.conditions],
            "heldoutSources": list(CONFIG.heldout_sources),
        },
    }
    out.write_text(json.dumps(doc, indent=2) + "\n")
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Export the GAN-face model and its config.")
    parser.add_argument("--checkpoint", type=Path, default=None)
    parser.add_argument("--write-config", action="store_true")
    parser.add_argument("--calibration", type=Path, default=CALIBRATION_PATH, help="calibration.json from evaluate --calibrate")
    args = parser.parse_args(argv)
    if args.checkpoint:
        export_onnx(args.checkpoint)
        print("wrote", FP32_PATH, f"{FP32_PATH.stat().st_size / 1e6:.2f} MB")
    if args.write_config:
        print(json.dumps(write_config(calibration=args.calibration), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score image files with the shipped ONNX model exactly as the app does (parity reference for TypeScript).

CLI: ``python -m models.training.score IMG [IMG ...] [--model models/gan-face-int8.onnx]`` prints JSON
``[{"logit": ..., "probability": ...}, ...]``. numpy + onnxruntime + pillow only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from .calibrate import platt
from .config import MODELS_DIR
from .evaluate import run_logits, session
from .preprocess import load_rgba, preprocess


def score_files(paths: list[Path], model: Path, config: Path = MODELS_DIR / "config.json") -> list[dict[str, float]]:
    """Logit and calibrated probability per image (single thread, like the app's one wasm thread)."""
    cal = json.loads(config.read_text())["calibration"]
    x = np.concatenate([preprocess(load_rgba(p)) for p in paths])
    z = run_logits(session(model, threads=1), x)
    return [{"logit": float(v), "probability": float(platt(np.asarray([v]), cal["a"], cal["b"])[0])} for v in z]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("images", nargs="+", type=Path)
    parser.add_argument("--model", type=Path, default=MODELS_DIR / "gan-face-int8.onnx")
    args = parser.parse_args(argv)
    print(json.dumps(score_files(args.images, args.model)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

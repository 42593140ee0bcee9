"""Scores the built probe ONNX on the test split under the evaluation's avatar conditions.

    python -m models.training.probe.evaluate <probe.onnx> <probe.npz> [--size 224] [--resize bicubic|shared]

Same conditions as `npm run eval` (models/config.json "evaluation"): centre square at 400/200/96/48 px
JPEG q85, and an off-centre re-crop. Prints AUC, TPR at 0.5% and 1% FPR (re-thresholded per condition)
and TPR/FPR at two fixed thresholds: the one that flags 0.5% of the test reals at 400 px (does one
threshold carry across conditions?) and the shipped rule's, 0.5% of the real validation avatars.
"""
from __future__ import annotations

import argparse
import json

import numpy as np
import onnxruntime as ort
from PIL import Image

from ..augment import platform_condition
from ..config import FACES_DIR, MODELS_DIR
from ..metrics import roc_auc, tpr_at_fpr
from .condition import read_index
from .features import probe_input
from .head_onnx import LOGIT


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("probe")
    ap.add_argument("npz")
    ap.add_argument("--size", type=int, default=224)
    ap.add_argument("--resize", choices=["bicubic", "shared"], default="bicubic")
    a = ap.parse_args(argv)
    sess = ort.InferenceSession(a.probe, providers=["CPUExecutionProvider"])
    saved = np.load(a.npz)
    t005, t_val = float(saved["t005"]), float(saved["t005_val"])
    inp = sess.get_inputs()[0].name
    rows = [r for r in read_index() if r["split"] == "test"]
    y = np.array([int(r["label"]) for r in rows]).astype(bool)
    conditions = json.loads((MODELS_DIR / "config.json").read_text())["evaluation"]["conditions"]
    for cond in conditions:
        size = cond["size"]
        xs = []
        for r in rows:
            with Image.open(FACES_DIR / r["path"]) as im:
                sq = platform_condition(im, size, cond["jpegQuality"], cond["offCentre"])
            xs.append(probe_input(sq, a.size, "centre", a.resize))
        s = np.concatenate([sess.run([LOGIT], {inp: np.stack(xs[i : i + 32])})[0][:, 0] for i in range(0, len(xs), 32)])
        print(
            f"{cond['name']:>10}: AUC {roc_auc(y, s):.3f}  TPR@0.5% {tpr_at_fpr(y, s, 0.005):.3f}  @1% {tpr_at_fpr(y, s, 0.01):.3f}"
            f"  at the 400 px test threshold: TPR {(s[y] >= t005).mean():.3f} FPR {(s[~y] >= t005).mean():.3f}"
            f"  at the validation threshold: TPR {(s[y] >= t_val).mean():.3f} FPR {(s[~y] >= t_val).mean():.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

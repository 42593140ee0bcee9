"""Evaluate an ONNX model (fp32 or int8) with onnxruntime, per source and per condition; calibrate.

No torch import: CI runs this. Images are read from ../shared, processed like avatars
(augment.platform_condition), then preprocess.preprocess, exactly like the app.
CLI: ``python -m models.training.evaluate MODEL.onnx [--splits val test] [--limit N] [--calibrate]``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from .augment import platform_condition
from .calibrate import fit_platt, platt, shipped_threshold
from .config import CONFIG, FACES_DIR, RUNS_DIR
from .data import Item, read_manifest
from .metrics import rates_at, roc_auc, tpr_at_fpr
from .preprocess import preprocess


def session(model_path: Path, threads: int = CONFIG.threads):  # -> onnxruntime.InferenceSession
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    return ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])


def run_logits(sess: object, x: np.ndarray, batch: int = 64) -> np.ndarray:
    """Logits for a preprocessed NCHW batch."""
    name = sess.get_inputs()[0].name  # type: ignore[attr-defined]
    outs = [sess.run(None, {name: x[i : i + batch]})[0] for i in range(0, len(x), batch)]  # type: ignore[attr-defined]
    return np.concatenate(outs).reshape(-1)


def condition_inputs(items: list[Item], conds: tuple[tuple[str, int, int | None, bool], ...]) -> dict[str, np.ndarray]:
    """Preprocessed inputs for every item under each condition (each file decoded once).

    fast=True: float32 arithmetic, within ~1e-6 of the float64 reference; irrelevant for metrics.
    """
    from PIL import Image

    out: dict[str, list[np.ndarray]] = {c[0]: [] for c in conds}
    for it in items:
        with Image.open(FACES_DIR / it.path) as im:
            rgba = im.convert("RGBA")
        for name, size, quality, off in conds:
            out[name].append(preprocess(platform_condition(rgba, size, quality, off), fast=True))
    return {k: np.concatenate(v) for k, v in out.items()}


def summarise(items: list[Item], logits: np.ndarray, threshold: float) -> dict[str, object]:
    """Overall and per-source metrics for one split and condition."""
    labels = np.asarray([it.label for it in items])
    res: dict[str, object] = {
        "n": len(items), "auc": roc_auc(labels, logits),
        "tpr_at_fpr_0.5%": tpr_at_fpr(labels, logits, 0.005), "tpr_at_fpr_1%": tpr_at_fpr(labels, logits, 0.01),
        "tpr_at_fpr_2%": tpr_at_fpr(labels, logits, 0.02), "at_threshold": rates_at(labels, logits, threshold),
    }
    per: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        per[f"{'gan' if it.label else 'real'}:{it.group}:{it.source}"].append(i)
    res["per_source"] = {k: {"n": len(ix), **rates_at(labels[ix], logits[ix], threshold)} for k, ix in sorted(per.items())}
    return res


def evaluate(model: Path, splits: list[str], limit: int | None, calibrate: bool) -> dict[str, object]:
    """Scores every split under every condition; optionally fits Platt + threshold on val x400-q85."""
    manifest = read_manifest()
    sess = session(model)
    rng = np.random.default_rng(CONFIG.seed)
    chosen = {s: manifest[s] if not limit else [manifest[s][i] for i in sorted(rng.permutation(len(manifest[s]))[:limit])]
              for s in splits}
    logits = {s: {k: run_logits(sess, x) for k, x in condition_inputs(items, CONFIG.conditions).items()}
              for s, items in chosen.items()}
    report: dict[str, object] = {"model": model.name, "limit": limit}
    if calibrate:
        items = chosen["val"]
        lab = np.asarray([it.label for it in items])
        z = logits["val"]["x400-q85"]
        a, b = fit_platt(z, lab)
        t = shipped_threshold(z[lab == 0], CONFIG.target_fpr)
        report["calibration"] = {"method": "platt-balanced", "a": a, "b": b, "threshold_logit": t,
                                 "threshold": float(platt(np.asarray([t]), a, b)[0]),
                                 "fitted_on": "val split, real+GAN, 400px JPEG q85", "target_fpr": CONFIG.target_fpr}
    t_logit = report.get("calibration", {}).get("threshold_logit", 0.0)  # type: ignore[union-attr]
    report["results"] = {s: {c: summarise(chosen[s], z, t_logit) for c, z in conds.items()} for s, conds in logits.items()}
    report["logits"] = {s: {c: z.tolist() for c, z in conds.items()} for s, conds in logits.items()}
    report["paths"] = {s: [it.path for it in items] for s, items in chosen.items()}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate an ONNX GAN-face model per source and condition.")
    parser.add_argument("model", type=Path)
    parser.add_argument("--splits", nargs="+", default=["val", "test"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--calibrate", action="store_true", help="fit Platt + threshold on val (needs val)")
    parser.add_argument("--out", type=Path, default=RUNS_DIR / "main" / "eval-python.json")
    args = parser.parse_args(argv)
    report = evaluate(args.model, args.splits, args.limit, args.calibrate)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1))
    for split, conds in report["results"].items():  # type: ignore[union-attr]
        for cond, r in conds.items():
            th = r["at_threshold"]
            print(f"{split:5s} {cond:10s} AUC {r['auc']:.4f} TPR@0.5% {r['tpr_at_fpr_0.5%']:.3f} "
                  f"TPR@1% {r['tpr_at_fpr_1%']:.3f} TPR@2% {r['tpr_at_fpr_2%']:.3f} | at threshold TPR {th['tpr']:.3f} FPR {th['fpr']:.4f}")
    if "calibration" in report:
        print("calibration", json.dumps(report["calibration"]))
        (args.out.parent / "calibration.json").write_text(json.dumps(report["calibration"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

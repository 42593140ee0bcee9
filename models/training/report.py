"""Markdown tables for MODEL_CARD.md from an evaluate.py report (which stores logits and paths).

CLI: ``python -m models.training.report [models/training/runs/main/eval-python.json]``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from .config import RUNS_DIR
from .data import read_index
from .metrics import rates_at, roc_auc, threshold_at_fpr

FAMILIES = {"stylegan1": "StyleGAN1", "stylegan2": "StyleGAN2", "stylegan3": "StyleGAN3",
            "stylegan-unknown": "StyleGAN (unknown)", "other-gan": "other GAN"}


def family_table(paths: list[str], logits: dict[str, list[float]], t_ship: float) -> list[str]:
    """Per generator family: TPR at 0.5/1/2% FPR measured against all held-out real images, and at the shipped threshold."""
    meta = {it.path: it for it in read_index()}
    items = [meta[p] for p in paths]
    lines = ["| condition | family | n | TPR @0.5% FPR | TPR @1% | TPR @2% | TPR @ shipped t | real FPR @ shipped t |", "|---|---|---|---|---|---|---|---|"]
    for cond, z in logits.items():
        z = np.asarray(z)
        real = np.asarray([it.label == 0 for it in items])
        ts = {f: threshold_at_fpr(z[real], f) for f in (0.005, 0.01, 0.02)}
        fpr_ship = float((z[real] >= t_ship).mean())
        for grp, name in FAMILIES.items():
            m = np.asarray([it.label == 1 and it.group == grp for it in items])
            if not m.any():
                continue
            tprs = [f"{(z[m] >= ts[f]).mean():.3f}" for f in ts]
            lines.append(f"| {cond} | {name} | {m.sum()} | {' | '.join(tprs)} | {(z[m] >= t_ship).mean():.3f} | {fpr_ship:.4f} |")
    return lines


def source_table(paths: list[str], logits: dict[str, list[float]], t_ship: float) -> list[str]:
    """Flag rate per source and condition at the shipped threshold (TPR for GAN sources, FPR for real)."""
    meta = {it.path: it for it in read_index()}
    items = [meta[p] for p in paths]
    conds = list(logits)
    lines = ["| source | label | n | " + " | ".join(conds) + " |", "|---|---|---|" + "---|" * len(conds)]
    for key in sorted({(it.label, it.group, it.source) for it in items}, key=lambda k: (-k[0], k[1], k[2])):
        ix = [i for i, it in enumerate(items) if (it.label, it.group, it.source) == key]
        rates = [f"{(np.asarray(logits[c])[ix] >= t_ship).mean():.3f}" for c in conds]
        lines.append(f"| {key[2]} ({key[1]}) | {'GAN' if key[0] else 'real'} | {len(ix)} | " + " | ".join(rates) + " |")
    return lines


def overall_table(report: dict[str, object], split: str) -> list[str]:
    res = report["results"][split]  # type: ignore[index]
    lines = ["| condition | n | ROC-AUC | TPR @0.5% FPR | TPR @1% | TPR @2% | TPR @ t | FPR @ t |", "|---|---|---|---|---|---|---|---|"]
    for cond, r in res.items():
        th = r["at_threshold"]
        lines.append(f"| {cond} | {r['n']} | {r['auc']:.4f} | {r['tpr_at_fpr_0.5%']:.3f} | {r['tpr_at_fpr_1%']:.3f} | {r['tpr_at_fpr_2%']:.3f} | {th['tpr']:.3f} | {th['fpr']:.4f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    path = Path(argv[0]) if argv else RUNS_DIR / "main" / "eval-python.json"
    report = json.loads(path.read_text())
    t = report["calibration"]["threshold_logit"]
    for split in report["results"]:
        print(f"\n### {split}: overall\n")
        print("\n".join(overall_table(report, split)))
        print(f"\n### {split}: per generator family\n")
        print("\n".join(family_table(report["paths"][split], report["logits"][split], t)))
        print(f"\n### {split}: flag rate per source at the shipped threshold\n")
        print("\n".join(source_table(report["paths"][split], report["logits"][split], t)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

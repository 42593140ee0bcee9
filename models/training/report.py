"""Figures of the two-stage verdict per population and per source, with 95% Wilson intervals.

    python -m models.training.report [--json runs/stage2/report.json]

Reads runs/stage2/scores.npz (fit.py): out-of-fold logits for training sources (each from a probe that
never saw the source) and the shipped probe's logits for test sources. Chooses the operating points on
training sources only (policy.py), then reports both groups: "test" (sources the shipped model never saw)
and "cv" (training sources, leave-source-out).
"""
from __future__ import annotations

import argparse
import json
import math
import sys

import numpy as np

from .fit import STAGE2_RUNS
from .policy import calibration, stage1_threshold, stage2_threshold
from .table import Table, load_table

POPULATIONS = ("gan", "aligned", "wild", "centred")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (math.nan, math.nan)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def rate(m: np.ndarray) -> dict[str, object]:
    k, n = int(m.sum()), int(m.size)
    lo, hi = wilson(k, n)
    return {"k": k, "n": n, "rate": k / n if n else math.nan, "ci95": [round(lo, 4), round(hi, 4)]}


def figures(t: Table, logit: np.ndarray, sel: np.ndarray, eye_max: float, flag_logit: float) -> dict[str, object]:
    """Stage-1 pass rate and flag rate (stage 1 and stage 2) of the selected frames, per population and source."""
    eye_ok = t.eye < eye_max
    # No frame (eyes too far off for stage 2): the logit is NaN and the comparison false.
    with np.errstate(invalid="ignore"):
        flag = eye_ok & (logit >= flag_logit)
    out: dict[str, object] = {}
    for pop in POPULATIONS:
        m = sel & (t.kind == pop)
        if not m.any():
            continue
        srcs = {s: {"stage1": rate(eye_ok[m & (t.source == s)]), "flag": rate(flag[m & (t.source == s)])}
                for s in sorted(set(t.source[m]))}
        out[pop] = {"stage1": rate(eye_ok[m]), "flag": rate(flag[m]), "sources": srcs}
    return out


def pct(r: dict) -> str:
    return f"{100 * r['rate']:5.1f}% [{100 * r['ci95'][0]:.1f}-{100 * r['ci95'][1]:.1f}] ({r['k']}/{r['n']})"


def print_table(title: str, fig: dict) -> None:
    print(f"\n## {title}")
    for pop, f in fig.items():
        print(f"{pop:8} stage 1 {pct(f['stage1'])}   flag {pct(f['flag'])}")
        for s, g in f["sources"].items():
            print(f"    {s[:44]:44} stage 1 {pct(g['stage1'])}   flag {pct(g['flag'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", default=str(STAGE2_RUNS / "report.json"))
    ap.add_argument("--scores", nargs="+", default=[str(STAGE2_RUNS / "scores.npz")],
                    help="score files from fit.py; several are averaged (an ensemble of designs)")
    a = ap.parse_args(argv)
    t = load_table()
    logit = np.mean([np.load(p)["logit"].astype(np.float64) for p in a.scores], axis=0)
    eye_max = stage1_threshold(t)
    flag_logit = stage2_threshold(t, logit, eye_max)
    platt_a, platt_b = calibration(t, logit, eye_max)
    report: dict[str, object] = {"stage1EyeMax": eye_max, "stage2FlagLogit": flag_logit, "platt": [platt_a, platt_b]}
    print(f"stage 1: eye distance < {eye_max}; stage 2: logit >= {flag_logit:.3f} "
          f"(p = {1 / (1 + math.exp(-(platt_a * flag_logit + platt_b))):.3f})")
    for variant in sorted(set(t.variant)):
        for split, name in (("test", "test (never seen)"), ("train", "cv (leave-source-out)")):
            sel = (t.split == split) & (t.variant == variant)
            if not sel.any():
                continue
            fig = figures(t, logit, sel, eye_max, flag_logit)
            report[f"{split}:{variant}"] = fig
            print_table(f"{name}, {variant}", fig)
    with open(a.json, "w") as f:
        json.dump(report, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

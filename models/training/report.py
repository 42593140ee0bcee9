"""Figures of the two-stage verdict per population, source and condition, with 95% Wilson intervals.

    python -m models.training.report --scores runs/stage2/scores-int8.npz [--json runs/stage2/report.json]

Uses the operating point in models/gan-forensic/config.json (policy.py, validation sources) and the scores of
evaluate.py. For each split (val, test) and condition: stage-1 pass rate, the flag rate (stage 1, the
size rule and stage 2), "too small" rate, and stage 2 on every face (the option). Then, per size, how
often a face's flag agrees with its own 400 px flag, and the spread of the probability against 400 px.
"""
from __future__ import annotations

import argparse
import json
import math
import sys

import numpy as np

from .evaluate import CondTable, condition_table
from .metrics import roc_auc
from .policy import CONFIG_PATH, eye_pixels

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


def pct(r: dict) -> str:
    return f"{100 * r['rate']:5.1f}% [{100 * r['ci95'][0]:.1f}-{100 * r['ci95'][1]:.1f}] ({r['k']}/{r['n']})"


def decisions(t: CondTable, logit: np.ndarray, eye_px: np.ndarray, policy: dict) -> dict[str, np.ndarray]:
    stage1 = t.eye < policy["eyeMatchBelow"]
    big = eye_px >= policy["minEyePixels"]
    with np.errstate(invalid="ignore"):
        over = logit >= policy["flagLogit"]
        every_logit = policy["flagLogit"] + (math.log(policy["everyFaceProbability"] / (1 - policy["everyFaceProbability"]))
                                             - math.log(policy["flagProbability"] / (1 - policy["flagProbability"]))) / policy["a"]
        over_every = logit >= every_logit
    return {"stage1": stage1, "flag": stage1 & big & over, "small": stage1 & ~big, "every": big & (over & stage1 | over_every)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scores", required=True)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    cfg = json.loads(CONFIG_PATH.read_text())
    policy = {**cfg["policy"], "a": cfg["calibration"]["a"]}
    t = condition_table()
    logit = np.load(a.scores)["logit"].astype(np.float64)
    eye_px = eye_pixels(t)
    d = decisions(t, logit, eye_px, policy)
    out: dict[str, object] = {"policy": policy}
    for split in ("val", "test"):
        for cond in sorted(set(t.condition[t.split == split])):
            sel = (t.split == split) & (t.condition == cond)
            block: dict[str, object] = {}
            print(f"\n## {split}, {cond}")
            for pop in POPULATIONS:
                m = sel & (t.population == pop)
                if not m.any():
                    continue
                fig = {k: rate(d[k][m]) for k in ("stage1", "flag", "small", "every")}
                fig["sources"] = {s: {k: rate(d[k][m & (t.source == s)]) for k in ("stage1", "flag", "every")}
                                  for s in sorted(set(t.source[m]))}
                block[pop] = fig
                print(f"{pop:8} stage 1 {pct(fig['stage1'])}  flag {pct(fig['flag'])}  too small {pct(fig['small'])}  every face {pct(fig['every'])}")
                for s, g in fig["sources"].items():
                    print(f"    {s[:42]:42} stage 1 {pct(g['stage1'])}  flag {pct(g['flag'])}  every {pct(g['every'])}")
            m = sel & np.isin(t.population, ("gan", "aligned")) & (t.eye < policy["eyeMatchBelow"]) & np.isfinite(logit)
            if m.any():
                block["aucGanVsAlignedStage1"] = roc_auc(t.label[m], logit[m])
                print(f"AUC GAN vs aligned (stage-1 faces): {block['aucGanVsAlignedStage1']:.4f}")
            out[f"{split}:{cond}"] = block
        # One picture, one verdict: each size against the same face at 400 px.
        ref = {k: (f, l) for k, f, l, c, s in zip(t.key, d["flag"], logit, t.condition, t.split) if c == "x400" and s == split}
        print(f"\n## {split}: agreement with the 400 px flag (GAN faces / all faces)")
        agree: dict[str, object] = {}
        for cond in sorted(set(t.condition[t.split == split]) - {"x400", "recrop"}):
            for pop in ("gan", "all"):
                m = (t.split == split) & (t.condition == cond) & ((t.population == "gan") if pop == "gan" else True)
                pairs = [(f, ref[k][0], l, ref[k][1], sm) for k, f, l, sm in zip(t.key[m], d["flag"][m], logit[m], d["small"][m]) if k in ref]
                if not pairs:
                    continue
                same = np.array([f == r for f, r, *_ in pairs])
                p = lambda z: 1 / (1 + np.exp(-(policy["a"] * z + cfg["calibration"]["b"])))  # noqa: E731
                diffs = np.array([p(l) - p(rl) for _, _, l, rl, _ in pairs if np.isfinite(l) and np.isfinite(rl)])
                small = np.array([s for *_, s in pairs])
                agree[f"{cond}:{pop}"] = {"agree": rate(same), "tooSmall": rate(small),
                                          "probDiffMedian": float(np.median(diffs)) if len(diffs) else None,
                                          "probDiffIQR": [float(np.percentile(diffs, 25)), float(np.percentile(diffs, 75))] if len(diffs) else None,
                                          "probAbsDiffP90": float(np.percentile(np.abs(diffs), 90)) if len(diffs) else None}
                g = agree[f"{cond}:{pop}"]
                print(f"{cond:7} {pop:4} agree {pct(g['agree'])}  too small {pct(g['tooSmall'])}  "
                      f"p - p400: median {g['probDiffMedian'] if g['probDiffMedian'] is None else round(g['probDiffMedian'], 3)}, "
                      f"IQR {g['probDiffIQR'] and [round(x, 3) for x in g['probDiffIQR']]}, |.| p90 {g['probAbsDiffP90'] and round(g['probAbsDiffP90'], 3)}")
        out[f"{split}:agreement"] = agree
    if a.json:
        with open(a.json, "w") as f:
            json.dump(out, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

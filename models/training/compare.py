"""The designs compared on the same held-out rows, each at an operating point chosen on validation sources.

    python -m models.training.compare NAME=scores.npz [NAME=scores.npz ...] [--fuse A+B]

For each design (evaluate.py or gram.py scores): AUC of GAN faces against aligned real photos among
validation faces whose eyes match; its own cut-off (policy.choose, validation only); then at that cut-off
the flag rates on validation (StyleGAN3 held out whole) and test sources at 400 and 96 px, and how often a
face's 96 px flag agrees with its 400 px flag. ``--fuse A+B`` adds the mean of the two designs' logits,
each first standardised on the validation rows.
"""
from __future__ import annotations

import argparse
import sys

import numpy as np

from .evaluate import condition_table
from .metrics import roc_auc
from .policy import EYE_MATCH_BELOW, choose, eye_pixels


def figures(t, logit: np.ndarray, eye_px: np.ndarray) -> dict[str, float]:
    c = choose(t, logit, eye_px)
    stage1 = t.eye < EYE_MATCH_BELOW
    big = eye_px >= c["minEyePixels"]
    with np.errstate(invalid="ignore"):
        flag = stage1 & big & (logit >= c["flagLogit"])
    out: dict[str, float] = {"minEyePixels": c["minEyePixels"]}
    v400 = (t.split == "val") & (t.condition == "x400")
    m = v400 & stage1 & np.isin(t.population, ("gan", "aligned")) & np.isfinite(logit)
    out["val AUC"] = roc_auc(t.label[m], logit[m])
    out["val SG3 flag"] = flag[v400 & (t.source == "sklinderton/vit-real-vs-fake-faces")].mean()
    for split in ("val", "test"):
        for cond in ("x400", "x96"):
            sel = (t.split == split) & (t.condition == cond)
            for pop in ("gan", "aligned", "wild"):
                m = sel & (t.population == pop)
                if m.any():
                    out[f"{split} {cond} {pop}"] = flag[m].mean()
        ref = {k: f for k, f, cnd, s in zip(t.key, flag, t.condition, t.split) if cnd == "x400" and s == split}
        m = (t.split == split) & (t.condition == "x96") & (t.population == "gan")
        out[f"{split} 96/400 agree (GAN)"] = np.mean([f == ref.get(k, False) for k, f in zip(t.key[m], flag[m])])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("designs", nargs="+", help="NAME=path.npz")
    ap.add_argument("--fuse", action="append", default=[], help="A+B: the mean of two standardised designs")
    a = ap.parse_args(argv)
    t = condition_table()
    eye_px = eye_pixels(t)
    scores = {}
    for d in a.designs:
        name, path = d.split("=", 1)
        z = np.load(path)
        assert list(z["key"]) == list(t.key) and list(z["condition"]) == list(t.condition), f"{path}: other rows"
        scores[name] = z["logit"].astype(np.float64)
    val = t.split == "val"
    for f in a.fuse:
        parts = f.split("+")
        zs = [(scores[p] - np.nanmean(scores[p][val])) / np.nanstd(scores[p][val]) for p in parts]
        scores[f] = np.mean(zs, axis=0)
    rows = {name: figures(t, s, eye_px) for name, s in scores.items()}
    keys = list(next(iter(rows.values())))
    print("| measure | " + " | ".join(rows) + " |")
    print("|---|" + "---|" * len(rows))
    for k in keys:
        cells = [f"{r[k]:.0f}" if k == "minEyePixels" else (f"{r[k]:.3f}" if "AUC" in k else f"{100 * r[k]:.1f}%") for r in rows.values()]
        print(f"| {k} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The designs compared on the same held-out rows, each at an operating point chosen on validation sources.

    python -m models.training.compare NAME=scores.npz[@release] [NAME=scores.npz ...] [--fuse A+B] [--sources]

For each design (evaluate.py or gram.py scores): AUC of GAN faces against aligned real photos whose eyes
match; its cut-off (policy.choose, validation only; ``@release`` keeps the released model's own cut-off
from models/gan-forensic/config.json and chooses only its size rule); then at that cut-off the flag rates
per split, condition and population, the held-out StyleGAN3 source, test figures without the test images
that have a near-duplicate in training (dedup.py), how often a face's 96 px flag agrees with its 400 px
flag, and what the "every face" option recovers of re-cropped GAN faces at what cost in wild avatars.
``--fuse A+B`` adds the mean of two designs' logits, each first standardised on the validation rows.
``--sources`` adds the 400 px flag rate per test source. ``--every-max-wild`` sets the share of validation wild
avatars the every-face cut-off may flag (the 0.5% limit by default; a margin below it, as the aligned-photo cut-off
keeps 3% on validation for a 5% limit, is the stricter rule).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict

import numpy as np

from .evaluate import CondTable, condition_table
from .metrics import roc_auc
from .policy import CONFIG_PATH, EYE_MATCH_BELOW, MAX_WILD_FPR, choose, eye_pixels
from .sources import DEDUP_TSV

SG3 = "sklinderton/vit-real-vs-fake-faces"


def near_duplicate_keys() -> set[str]:
    """Held-out images whose picture is also in a training source (another copy, other bytes)."""
    clusters: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with open(DEDUP_TSV, newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            clusters[r["cluster"]].append((r["key"], r["split"]))
    return {k for m in clusters.values() if any(s == "train" for _, s in m) for k, s in m if s != "train"}


def figures(t: CondTable, logit: np.ndarray, eye_px: np.ndarray, fixed: float | None, dup: np.ndarray,
            every_max_wild: float = MAX_WILD_FPR) -> dict[str, float]:
    c = choose(t, logit, eye_px, fixed, every_max_wild)
    stage1 = t.eye < EYE_MATCH_BELOW
    big = eye_px >= c["minEyePixels"]
    with np.errstate(invalid="ignore"):
        scored = np.nan_to_num(logit, nan=-np.inf)
        flag = stage1 & big & (scored >= c["flagLogit"])
        every = flag | (~stage1 & big & (scored >= c["everyFaceLogit"]))
    out: dict[str, float] = {"minEyePixels": c["minEyePixels"]}
    for split in ("val", "test"):
        m = (t.split == split) & (t.condition == "x400") & stage1 & np.isin(t.population, ("gan", "aligned")) & np.isfinite(logit)
        out[f"{split} AUC x400 (eyes match)"] = roc_auc(t.label[m], logit[m])
    out["val SG3 flag (x400)"] = flag[(t.split == "val") & (t.condition == "x400") & (t.source == SG3)].mean()
    for split in ("val", "test"):
        for cond in ("x400", "x96", "x48", "recrop"):
            sel = (t.split == split) & (t.condition == cond)
            for pop in ("gan", "aligned", "wild", "centred"):
                m = sel & (t.population == pop)
                if m.any():
                    out[f"{split} {cond} {pop}"] = flag[m].mean()
        ref = {k: f for k, f, cnd, s in zip(t.key, flag, t.condition, t.split) if cnd == "x400" and s == split}
        m = (t.split == split) & (t.condition == "x96") & (t.population == "gan")
        out[f"{split} 96/400 agree (GAN)"] = np.mean([f == ref.get(k, False) for k, f in zip(t.key[m], flag[m])])
        # Two verdicts for one picture: flagged at 400 px, while the 96 px copy says the texture looks real
        # (a "too small to check" copy says nothing against the 400 px flag).
        real96 = stage1 & big & ~flag
        said = [r for k, r in zip(t.key[m], real96[m]) if ref.get(k, False)]
        out[f"{split} flagged at 400, 'no GAN traces' at 96 (GAN)"] = np.mean(said) if said else float("nan")
    for pop in ("gan", "aligned", "wild"):
        m = (t.split == "test") & (t.condition == "x400") & (t.population == pop) & ~dup
        out[f"test x400 {pop}, no near-duplicate in training"] = flag[m].mean()
    out["val x400 wild, every face"] = every[(t.split == "val") & (t.condition == "x400") & (t.population == "wild")].mean()
    for cond, pop in (("x400", "wild"), ("recrop", "gan"), ("recrop", "aligned"), ("recrop", "wild")):
        m = (t.split == "test") & (t.condition == cond) & (t.population == pop)
        out[f"test {cond} {pop}, every face"] = every[m].mean()
    return out


def per_source(t: CondTable, logit: np.ndarray, eye_px: np.ndarray, fixed: float | None) -> dict[str, float]:
    c = choose(t, logit, eye_px, fixed)
    with np.errstate(invalid="ignore"):
        flag = (t.eye < EYE_MATCH_BELOW) & (eye_px >= c["minEyePixels"]) & (np.nan_to_num(logit, nan=-np.inf) >= c["flagLogit"])
    out = {}
    sel = (t.split == "test") & (t.condition == "x400")
    for pop, src in sorted({(p, s) for p, s in zip(t.population[sel], t.source[sel])}):
        m = sel & (t.population == pop) & (t.source == src)
        out[f"{pop} {src} (n={m.sum()})"] = flag[m].mean()
    return out


def table(rows: dict[str, dict[str, float]]) -> None:
    keys = list(next(iter(rows.values())))
    print("| measure | " + " | ".join(rows) + " |")
    print("|---|" + "---|" * len(rows))
    for k in keys:
        cells = []
        for r in rows.values():
            x = r.get(k, float("nan"))
            cells.append(f"{x:.0f}" if k == "minEyePixels" else (f"{x:.3f}" if "AUC" in k else f"{100 * x:.1f}%"))
        print(f"| {k} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("designs", nargs="+", help="NAME=path.npz, or NAME=path.npz@release (the release's own cut-off)")
    ap.add_argument("--fuse", action="append", default=[], help="A+B: the mean of two standardised designs")
    ap.add_argument("--sources", action="store_true", help="the 400 px flag rate per test source")
    ap.add_argument("--every-max-wild", type=float, default=MAX_WILD_FPR,
                    help="share of validation wild avatars the every-face cut-off may flag (default: the 0.5%% limit)")
    a = ap.parse_args(argv)
    t = condition_table()
    eye_px = eye_pixels(t)
    dup = np.isin(t.key, list(near_duplicate_keys()))
    scores: dict[str, np.ndarray] = {}
    fixed: dict[str, float | None] = {}
    for d in a.designs:
        name, path = d.split("=", 1)
        path, _, mode = path.partition("@")
        z = np.load(path)
        assert list(z["key"]) == list(t.key) and list(z["condition"]) == list(t.condition), f"{path}: other rows"
        scores[name] = z["logit"].astype(np.float64)
        fixed[name] = json.loads(CONFIG_PATH.read_text())["policy"]["flagLogit"] if mode == "release" else None
    val = t.split == "val"
    for f in a.fuse:
        parts = f.split("+")
        zs = [(scores[p] - np.nanmean(scores[p][val])) / np.nanstd(scores[p][val]) for p in parts]
        scores[f] = np.mean(zs, axis=0)
        fixed[f] = None
    n_dup = {s: int((dup & (t.split == s) & (t.condition == "x400")).sum()) for s in ("val", "test")}
    print(f"[sockscope:compare] held-out images with a near-duplicate in training: {n_dup}")
    table({name: figures(t, s, eye_px, fixed[name], dup, a.every_max_wild) for name, s in scores.items()})
    if a.sources:
        print()
        table({name: per_source(t, s, eye_px, fixed[name]) for name, s in scores.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())

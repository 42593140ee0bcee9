"""The verdict's operating points, chosen on the validation sources only, never on test sources.

    python -m models.training.policy --scores runs/stage2/scores-int8.npz   # writes models/gan-forensic/config.json
    python -m models.training.policy --keep-release --scores runs/stage2/scores-shipped-int8.npz [--quote M]

- Stage 1 (eye geometry) keeps release 1.0.0's limit (0.0225, chosen then on training wild avatars).
- Size: the texture check is trusted only where the detector's eyes are at least MIN_EYE_PX_GRID[k]
  pixels apart; the smallest candidate at which the validation GAN faces' flags agree with their own
  400 px flags at least SIZE_AGREEMENT of the time. Smaller faces get "too small to check the texture".
- Stage 2: among validation faces at 400 px that pass stage 1, the lowest logit that flags at most
  MAX_ALIGNED_FPR of the aligned real photos and MAX_WILD_FPR of the wild real avatars.
- Every face (an option): stage 2 also on faces whose eyes do not match, with its own logit: the lowest
  that flags at most MAX_WILD_FPR of the validation wild avatars whose eyes do not match.
- Calibration: Platt scaling (class-balanced: a 50/50 prior) of the validation logits at 400 px of faces
  that pass stage 1.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys

import numpy as np

from .calibrate import fit_platt
from .config import CONFIG, MODELS_DIR
from .evaluate import CondTable, condition_table

EYE_MATCH_BELOW = 0.0225
MAX_ALIGNED_FPR = 0.03  # the target is 5% on unseen sources; validation keeps a margin
MAX_WILD_FPR = 0.005
SIZE_AGREEMENT = 0.90
MIN_EYE_PX_GRID = (8.0, 12.0, 16.0, 20.0, 24.0, 28.0)  # 96 px copies have 20-27 px between the eyes
CONFIG_PATH = MODELS_DIR / "config.json"
RISK_POINTS = {"flagged": 40, "eyesOnly": 6}


def lowest_logit(neg: np.ndarray, max_fpr: float) -> float:
    """Smallest t with mean(neg >= t) <= max_fpr."""
    neg = np.sort(neg[np.isfinite(neg)])[::-1]
    allowed = int(math.floor(max_fpr * len(neg)))
    return float(np.nextafter(neg[allowed], np.inf)) if allowed < len(neg) else float(neg[-1])


def choose(t: CondTable, logit: np.ndarray, eye_px: np.ndarray, flag: float | None = None,
           every_max_wild: float = MAX_WILD_FPR) -> dict[str, object]:
    """The operating point on validation rows; ``flag`` keeps a released model's own cut-off (logit);
    ``every_max_wild`` is the share of validation wild avatars the every-face cut-off may flag."""
    val = t.split == "val"
    x400 = val & (t.condition == "x400")
    stage1 = t.eye < EYE_MATCH_BELOW
    aligned = logit[x400 & stage1 & (t.population == "aligned")]
    wild = logit[x400 & (t.population == "wild")]
    wild_stage1 = np.where(stage1[x400 & (t.population == "wild")], wild, -np.inf)
    if flag is None:
        flag = max(lowest_logit(aligned, MAX_ALIGNED_FPR), lowest_logit(wild_stage1, MAX_WILD_FPR))
    every = max(flag, lowest_logit(logit[x400 & (t.population == "wild") & ~stage1], every_max_wild))
    a, b = fit_platt(logit[x400 & stage1 & np.isfinite(logit)], t.label[x400 & stage1 & np.isfinite(logit)])
    # Size: agreement of each small copy's flag with the same face's 400 px flag, GAN faces of validation.
    flag400 = {k: (s and l >= flag) for k, s, l in zip(t.key[x400], stage1[x400], logit[x400])}
    min_px = None
    for px in MIN_EYE_PX_GRID:
        ok = True
        for cond in ("x96", "x48"):
            m = val & (t.condition == cond) & (t.population == "gan") & (eye_px >= px)
            if m.sum() < 50:
                continue
            agree = np.mean([(s and l >= flag) == flag400.get(k, False) for k, s, l in zip(t.key[m], stage1[m], logit[m])])
            ok &= agree >= SIZE_AGREEMENT
        if ok:
            min_px = px
            break
    if min_px is None:
        min_px = MIN_EYE_PX_GRID[-1]
    return {"flagLogit": flag, "everyFaceLogit": every, "platt": (a, b), "minEyePixels": min_px}


def eye_pixels(t: CondTable) -> np.ndarray:
    """The detector's eye-to-eye distance in pixels of the served copy, per row (0 where no face)."""
    from .conditions import read_condition_eyes, COND_TSV
    import csv

    eyes = read_condition_eyes()
    by = {}
    with open(COND_TSV, newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rec = eyes.get(r["file"], {})
            if rec.get("status") == "ok":
                e = rec["eyes"]
                by[(r["key"], r["condition"])] = math.hypot((e["right"]["x"] - e["left"]["x"]) * rec["width"],
                                                            (e["right"]["y"] - e["left"]["y"]) * rec["height"])
    return np.asarray([by.get((k, c), 0.0) for k, c in zip(t.key, t.condition)])


def write_config(choice: dict[str, object], quoted: dict[str, float] | None) -> dict:
    from .export import INPUT_NAME, INT8_PATH, OUTPUT_NAME

    a, b = choice["platt"]
    p = lambda z: 1 / (1 + math.exp(-(a * z + b)))  # noqa: E731
    old = json.loads(CONFIG_PATH.read_text()) if CONFIG_PATH.exists() else {}
    doc = {
        "version": CONFIG.stage2_version,
        "model": INT8_PATH.name,
        "sha256": hashlib.sha256(INT8_PATH.read_bytes()).hexdigest(),
        "inputName": INPUT_NAME,
        "outputName": OUTPUT_NAME,
        "frame": {"size": CONFIG.frame_size, "window": list(CONFIG.frame_window), "mean": list(CONFIG.frame_mean),
                  "std": list(CONFIG.frame_std), "layout": "NCHW"},
        "calibration": {"method": "platt-balanced", "a": a, "b": b,
                        "fittedOn": "validation-source faces whose eyes match, 400 px JPEG q85"},
        "policy": {
            "version": f"policy-{CONFIG.stage2_version.rsplit('-', 1)[-1]}",
            "eyeMatchBelow": EYE_MATCH_BELOW,
            "minEyePixels": choice["minEyePixels"],
            "flagLogit": choice["flagLogit"],
            "flagProbability": p(choice["flagLogit"]),
            "everyFaceProbability": p(choice["everyFaceLogit"]),
            "riskPoints": RISK_POINTS,
            "quoted": quoted or old.get("policy", {}).get("quoted", {}),
        },
        "evaluation": {"validationSources": list(CONFIG.val_sources), "testSources": list(CONFIG.test_sources),
                       "report": "models/gan-forensic/metrics.json"},
    }
    CONFIG_PATH.write_text(json.dumps(doc, indent=2) + "\n")
    return doc


def keep_release(choice: dict[str, object], quoted: dict[str, float] | None) -> dict:
    """A released model stays as it is (file, frame, calibration, cut-off); its policy gains the size rule,
    the every-face cut-off (through the release's own calibration) and, with ``quoted``, the int8 figures."""
    doc = json.loads(CONFIG_PATH.read_text())
    cal = doc["calibration"]
    p = lambda z: 1 / (1 + math.exp(-(cal["a"] * z + cal["b"])))  # noqa: E731
    pol = doc["policy"]
    pol["minEyePixels"] = choice["minEyePixels"]
    pol["everyFaceProbability"] = p(choice["everyFaceLogit"])
    if quoted:
        pol["quoted"] = quoted
    doc["policy"] = {k: pol[k] for k in ("version", "eyeMatchBelow", "minEyePixels", "flagLogit", "flagProbability",
                                         "everyFaceProbability", "riskPoints", "quoted")}
    CONFIG_PATH.write_text(json.dumps(doc, indent=2) + "\n")
    return doc


def quoted_from_metrics(path: str) -> dict[str, float]:
    """The rates the reasons quote, from the TypeScript evaluation of the shipped int8 model (test sources, 400 px)."""
    m = json.loads(open(path).read())["conditions"]["x400-q85"]
    return {"ganEyeMatch": m["gan"]["all"]["stage1"]["rate"], "ganRecall": m["gan"]["all"]["flag"]["rate"],
            "alignedRealFlagged": m["aligned"]["all"]["flag"]["rate"], "alignedRealEyeMatch": m["aligned"]["all"]["stage1"]["rate"],
            "wildRealFlagged": m["wild"]["all"]["flag"]["rate"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scores", required=True, help="evaluate.py output of the shipped (int8) model")
    ap.add_argument("--quote", help="models/gan-forensic/metrics.json from scripts/eval/model.ts: the quoted rates")
    ap.add_argument("--keep-release", action="store_true",
                    help="keep the released model and its cut-off; add the size rule, every-face cut-off and quotes")
    ap.add_argument("--dry-run", action="store_true", help="print the choice, write nothing")
    a = ap.parse_args(argv)
    t = condition_table()
    logit = np.load(a.scores)["logit"].astype(np.float64)
    flag = json.loads(CONFIG_PATH.read_text())["policy"]["flagLogit"] if a.keep_release else None
    choice = choose(t, logit, eye_pixels(t), flag)
    print(json.dumps({k: v for k, v in choice.items()}, indent=1, default=float))
    if not a.dry_run:
        quoted = quoted_from_metrics(a.quote) if a.quote else None
        doc = keep_release(choice, quoted) if a.keep_release else write_config(choice, quoted)
        print(f"[sockscope:policy] -> {CONFIG_PATH}: flag from p = {doc['policy']['flagProbability']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

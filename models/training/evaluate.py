"""Held-out figures of a stage-2 model, per population, source and condition, with 95% Wilson intervals.

    python -m models.training.evaluate --model runs/stage2/<name>/epochN.pt | --onnx M.onnx [--out scores.npz]

Rows are the served copies of conditions.py: validation sources (the operating point is chosen on them,
policy.py) and test sources (only measured). A copy where the detector found no face has no frame and
is never flagged. Scores are written per row, so policy.py and report.py need no model.
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .conditions import COND_NPY, COND_TSV
from .sources import all_faces


@dataclass
class CondTable:
    npy: Path
    key: np.ndarray
    condition: np.ndarray
    label: np.ndarray
    population: np.ndarray
    source: np.ndarray
    split: np.ndarray
    eye: np.ndarray  # the detector's GANEyeDistance; inf where it found no face
    frame: np.ndarray  # row in conditions-frames.npy; -1 where no face

    def __len__(self) -> int:
        return len(self.key)


def condition_table() -> CondTable:
    faces = {f.key: f for f in all_faces()}
    found: dict[tuple[str, str], tuple[int, float]] = {}
    with open(COND_NPY.with_suffix(".tsv"), newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            found[(r["key"], r["condition"])] = (int(r["row"]), float(r["eye_distance"]))
    cols: dict[str, list] = {k: [] for k in ("key", "condition", "label", "population", "source", "split", "eye", "frame")}
    with open(COND_TSV, newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            f = faces.get(r["key"])
            if f is None:
                continue  # dropped by dedup after the files were written
            row, eye = found.get((r["key"], r["condition"]), (-1, float("inf")))
            for k, v in (("key", f.key), ("condition", r["condition"]), ("label", f.label), ("population", f.population),
                         ("source", f.source), ("split", f.split), ("eye", eye), ("frame", row)):
                cols[k].append(v)
    return CondTable(COND_NPY, **{k: np.asarray(v) for k, v in cols.items()})


def score_rows(t: CondTable, fn) -> np.ndarray:
    """A logit per row (NaN where there is no frame); fn maps uint8 N x S x S x 3 frames to logits."""
    frames = np.load(t.npy, mmap_mode="r")
    out = np.full(len(t), np.nan)
    has = np.flatnonzero(t.frame >= 0)
    for i in range(0, len(has), 256):
        idx = has[i : i + 256]
        out[idx] = fn(np.asarray(frames[t.frame[idx]]))
    return out


def torch_scorer(path: str):
    import torch

    from .net import Stage2Net
    from .train import score

    model = Stage2Net(pretrained=False)
    model.load_state_dict(torch.load(path, map_location="cpu"))
    return lambda frames: score(model, frames)


def onnx_scorer(path: str):
    import onnxruntime as ort

    from .align import normalise_frames

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
    name = sess.get_inputs()[0].name
    return lambda frames: sess.run(None, {name: normalise_frames(frames)})[0].reshape(-1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--model", help="a state dict saved by train.py")
    g.add_argument("--onnx", help="an exported model")
    ap.add_argument("--out", required=True, help="scores .npz (logit per row of the condition table)")
    a = ap.parse_args(argv)
    if a.model:
        import torch

        torch.set_num_threads(1)
    t = condition_table()
    fn = torch_scorer(a.model) if a.model else onnx_scorer(a.onnx)
    logit = score_rows(t, fn)
    np.savez(a.out, logit=logit, key=t.key, condition=t.condition)
    print(f"[sockscope:evaluate] {int(np.isfinite(logit).sum())} frames scored -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

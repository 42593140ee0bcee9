"""Held-out figures of a stage-2 model, per population, source and condition, with 95% Wilson intervals.

    python -m models.training.evaluate --model runs/stage2/<name>/epochN.pt | --onnx M.onnx
        | --shipped models/gan-forensic/config.json  --out scores.npz

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
    file: np.ndarray  # the served copy (JPEG) the frame was made from

    def __len__(self) -> int:
        return len(self.key)


def condition_table() -> CondTable:
    faces = {f.key: f for f in all_faces()}
    found: dict[tuple[str, str], tuple[int, float]] = {}
    with open(COND_NPY.with_suffix(".tsv"), newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            found[(r["key"], r["condition"])] = (int(r["row"]), float(r["eye_distance"]))
    cols: dict[str, list] = {k: [] for k in ("key", "condition", "label", "population", "source", "split", "eye", "frame", "file")}
    with open(COND_TSV, newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            f = faces.get(r["key"])
            if f is None:
                continue  # dropped by dedup after the files were written
            row, eye = found.get((r["key"], r["condition"]), (-1, float("inf")))
            for k, v in (("key", f.key), ("condition", r["condition"]), ("label", f.label), ("population", f.population),
                         ("source", f.source), ("split", f.split), ("eye", eye), ("frame", row), ("file", r["file"])):
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
    state = torch.load(path, map_location="cpu")
    model.load_state_dict(state["model"] if "model" in state else state)  # last.pt is a resume checkpoint
    return lambda frames: score(model, frames)


def onnx_scorer(path: str):
    import onnxruntime as ort

    from .align import normalise_frames

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
    name = sess.get_inputs()[0].name
    return lambda frames: sess.run(None, {name: normalise_frames(frames)})[0].reshape(-1)


def shipped_rows(t: CondTable, config_path: str) -> np.ndarray:
    """A logit per row from a released model (its config.json), on a frame warped from the served copy at
    the release's own frame size and window, as the app does; NaN where the detector found no face."""
    import json

    import onnxruntime as ort
    from PIL import Image

    from .align import warp_to_frame
    from .conditions import read_condition_eyes
    from .samples import eyes_px

    cfg = json.loads(Path(config_path).read_text())
    fr = cfg["frame"]
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(Path(config_path).parent / cfg["model"]), opts, providers=["CPUExecutionProvider"])
    eyes = read_condition_eyes()
    mean, std = np.asarray(fr["mean"], np.float32), np.asarray(fr["std"], np.float32)
    out = np.full(len(t), np.nan)
    for i in np.flatnonzero(t.frame >= 0):
        with Image.open(t.file[i]) as im:
            rgb = np.asarray(im.convert("RGB"), np.float64)
        f = np.clip(np.rint(warp_to_frame(rgb, eyes_px(eyes[t.file[i]]), fr["size"], tuple(fr["window"]))), 0, 255)
        x = ((f.astype(np.float32) / 255.0 - mean) / std).transpose(2, 0, 1)[None]
        out[i] = float(sess.run([cfg["outputName"]], {cfg["inputName"]: np.ascontiguousarray(x)})[0].reshape(-1)[0])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--model", help="a state dict saved by train.py")
    g.add_argument("--onnx", help="an exported model")
    g.add_argument("--shipped", help="a released model's config.json, run on its own frame (size, window)")
    ap.add_argument("--out", required=True, help="scores .npz (logit per row of the condition table)")
    a = ap.parse_args(argv)
    if a.model:
        import torch

        torch.set_num_threads(1)
    t = condition_table()
    if a.shipped:
        logit = shipped_rows(t, a.shipped)
    else:
        logit = score_rows(t, torch_scorer(a.model) if a.model else onnx_scorer(a.onnx))
    np.savez(a.out, logit=logit, key=t.key, condition=t.condition)
    print(f"[sockscope:evaluate] {int(np.isfinite(logit).sum())} frames scored -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

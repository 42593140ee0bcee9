"""Designs (c) and (c-native) refitted on the training faces whose originals are large (issue 32's test of why
(c-native) failed: its training faces are mostly small originals, so their 400 px copies are enlargements).

    OMP_NUM_THREADS=1 nice -n 10 python -m models.training.large_originals --design native --min-side 400 256
    python -m models.training.large_originals --design gram --min-side 400 256

Every population is filtered the same way (GAN, aligned, wild and centred faces alike), so the size of the
original is never a label. ``native``: the features of native.py (three 96 px crops of the 400 px served copy);
those its cached run already made are reused, the missing ones are extracted into their own resumable file,
faces of 400 px or more first. ``gram``: the features of gram.py (one 128 px frame per face), all
cached. The head, its C (chosen on validation sources) and the held-out rows are the designs' own ->
runs/stage2/scores-<design>-min<N>.npz, for compare.py. ``--control`` (native) also fits, for each limit, on
as many faces per population drawn from every training source whatever their size (scores-native-control<N>.npz):
a gain of the filtered fit over its control is the size's, not the smaller training set's. ``--shrink S``
(native) shrinks each large original to S px before serving it: the same faces as small originals.
``--drop-source`` (native) leaves whole training sources out of the filtered sets (scores-native-min<N>-no-<owner>+<name>.npz).
"""
from __future__ import annotations

import argparse
import sys

import numpy as np
from PIL import Image

from .config import CONFIG, STAGE2_RUNS
from .evaluate import condition_table
from .gram import chunked, linear_head
from .conditions import served
from .native import CHUNK, batch_features, jpeg, shuffled, train_crops
from .native_crops import CROP, crop_boxes, cut, square_copy_eyes
from .originals import cached_and_missing, large, matched_draw, shorter_sides
from .samples import STAGE2_CACHE, detector_jitter, eyes_px, open_rgb, rng_for, training_jobs
from .sources import EXTRA_DIR, SHARED_FACES
from .train import Rows, sampling_weights, train_rows


FIRST = 400


def _rows(faces: list) -> Rows:
    return Rows(np.arange(len(faces)), np.asarray([f.label for f in faces]), np.asarray([f.population for f in faces]),
                np.asarray([f.source for f in faces]))


def _report(tag: str, what: str, rows: Rows) -> None:
    counts = {p: int((rows.population == p).sum()) for p in ("gan", "aligned", "wild", "centred")}
    print(f"[sockscope:{tag}] {what}: {len(rows.label)} training faces {counts}, "
          f"{len(set(rows.source))} sources", file=sys.stderr)


def native(min_sides: list[int], cs: list[float], control: bool = False,
           drop: tuple[str, ...] = ()) -> dict[str, tuple[float, np.ndarray]]:
    import torch

    from .native import extractor

    torch.set_num_threads(CONFIG.threads)
    sides = shorter_sides({"shared": SHARED_FACES, "extra": EXTRA_DIR})
    jobs = shuffled(training_jobs())
    keys = [j[0].key for j in jobs]
    cache = STAGE2_CACHE / f"native-train-c1-crop{CROP}.npy"
    done = int(cache.with_suffix(".done").read_text()) if cache.exists() else 0
    cached, missing = cached_and_missing(large(keys, sides, min(min_sides)), done)
    # Faces of 400 px or more first (a fixed rule, so the extracted file's order never depends on the arguments).
    missing = np.asarray(sorted(missing, key=lambda i: (sides[keys[i]] < FIRST, i)), dtype=np.int64)
    # The extracted file's order is fixed by the data; its key list guards a resume against other data.
    extra_path = STAGE2_CACHE / f"native-train-c1-crop{CROP}-min{min(min_sides)}.npy"
    order = extra_path.with_suffix(".keys.txt")
    wanted = "\n".join(keys[i] for i in missing)
    if order.exists() and order.read_text() != wanted:
        raise RuntimeError(f"[sockscope:large] {order} lists other faces: delete {extra_path.stem}.* to start again")
    order.write_text(wanted)
    fn = extractor()
    print(f"[sockscope:large] {len(cached)} faces cached, {len(missing)} to extract", file=sys.stderr)
    extra = chunked(extra_path, len(missing),
                    lambda i, j: batch_features(fn, [train_crops(jobs[k], 0) for k in missing[i:j]]), CHUNK, "large")
    base = np.load(cache, mmap_mode="r")
    feats = {int(k): base[k] for k in cached} | {int(k): extra[n] for n, k in enumerate(missing)}
    t = condition_table()
    held = np.flatnonzero(t.frame >= 0)
    held_x = np.load(STAGE2_CACHE / f"native-conditions-crop{CROP}.npy", mmap_mode="r")
    out = {}
    tag = "".join(f"-no-{d.replace('/', '+')}" for d in drop)
    for m in min_sides:
        idx = np.asarray([i for i in large(keys, sides, m) if jobs[i][0].source not in drop], dtype=np.int64)
        rows = _rows([jobs[i][0] for i in idx])
        _report("large", f"originals >= {m} px", rows)
        c, s = linear_head(np.stack([feats[int(i)] for i in idx]), rows.label, sampling_weights(rows), held_x, t,
                           held, cs, f"native-min{m}{tag}")
        out[f"min{m}{tag}"] = (c, _full(len(t), held, s))
        if control:
            pops = np.asarray([j[0].population for j in jobs[:done]])
            ctl = matched_draw(pops, rows.population)
            crows = _rows([jobs[i][0] for i in ctl])
            _report("large", f"control for originals >= {m} px", crows)
            c, s = linear_head(np.asarray(base[ctl]), crows.label, sampling_weights(crows), held_x, t, held, cs,
                               f"native-control{m}")
            out[f"control{m}"] = (c, _full(len(t), held, s))
    return out


def shrunk_crops(job: tuple, side: int) -> np.ndarray:
    """native.train_crops of a face whose original is first shrunk to ``side`` px (shorter side, bicubic): the
    same picture as a small original, so that its 400 px copy is an enlargement (the explanation under test)."""
    face, rec, _ = job
    img = open_rgb(face)
    k = side / min(img.size)
    small = img.resize((max(1, round(img.size[0] * k)), max(1, round(img.size[1] * k))), Image.BICUBIC)
    arr = jpeg(served(small, "x400", face))
    (lx, ly), (rx, ry) = eyes_px(rec)
    sx, sy = small.size[0] / img.size[0], small.size[1] / img.size[1]
    eyes = square_copy_eyes(((lx * sx, ly * sy), (rx * sx, ry * sy)), small.size[0], small.size[1], arr.shape[0])
    eyes = detector_jitter(eyes, arr.shape[1], rng_for(face, "native0"), level=False)
    return cut(arr, crop_boxes(eyes, arr.shape[1], arr.shape[0]))


def shrunk(min_side: int, side: int, cs: list[float]) -> dict[str, tuple[float, np.ndarray]]:
    """The faces with originals >= min_side, each shrunk to side px before it is served: if the head now fails
    as (c-native) did, enlargement is what made it fail."""
    import torch

    from .native import extractor

    torch.set_num_threads(CONFIG.threads)
    sides = shorter_sides({"shared": SHARED_FACES, "extra": EXTRA_DIR})
    jobs = shuffled(training_jobs())
    idx = large([j[0].key for j in jobs], sides, min_side)
    fn = extractor()
    path = STAGE2_CACHE / f"native-train-c1-crop{CROP}-min{min_side}-shrink{side}.npy"
    x = chunked(path, len(idx), lambda i, j: batch_features(fn, [shrunk_crops(jobs[k], side) for k in idx[i:j]]),
                CHUNK, "large")
    rows = _rows([jobs[i][0] for i in idx])
    _report("large", f"originals >= {min_side} px, shrunk to {side} px", rows)
    t = condition_table()
    held = np.flatnonzero(t.frame >= 0)
    held_x = np.load(STAGE2_CACHE / f"native-conditions-crop{CROP}.npy", mmap_mode="r")
    c, s = linear_head(np.asarray(x), rows.label, sampling_weights(rows), held_x, t, held, cs,
                       f"native-min{min_side}-shrink{side}")
    return {f"min{min_side}-shrink{side}": (c, _full(len(t), held, s))}


def gram(min_sides: list[int], cs: list[float]) -> dict[str, tuple[float, np.ndarray]]:
    sides = shorter_sides({"shared": SHARED_FACES, "extra": EXTRA_DIR})
    rows = train_rows()
    table = np.loadtxt(STAGE2_CACHE / "train-frames.tsv", dtype=str, skiprows=1, usecols=(1, 2), delimiter="\t")
    keep = np.flatnonzero(table[:, 1].astype(int) < 1)  # gram-train1.npy: copy 0 of every face, in frame order
    train_x = np.load(STAGE2_CACHE / "gram-train1.npy", mmap_mode="r")
    if len(train_x) != len(keep):
        raise RuntimeError(f"[sockscope:large] gram-train1.npy has {len(train_x)} rows for {len(keep)} faces: run gram.py first")
    keys = list(table[keep, 0])
    t = condition_table()
    held = np.flatnonzero(t.frame >= 0)
    held_x = np.load(STAGE2_CACHE / "gram-conditions.npy", mmap_mode="r")
    out = {}
    for m in min_sides:
        idx = large(keys, sides, m)
        sub = Rows(rows.frame[keep][idx], rows.label[keep][idx], rows.population[keep][idx], rows.source[keep][idx])
        _report("large", f"originals >= {m} px", sub)
        c, s = linear_head(np.asarray(train_x[idx]), sub.label, sampling_weights(sub), held_x, t, held, cs, f"gram-min{m}")
        out[f"min{m}"] = (c, _full(len(t), held, s))
    return out


def _full(n: int, held: np.ndarray, s: np.ndarray) -> np.ndarray:
    logit = np.full(n, np.nan)
    logit[held] = s
    return logit


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--design", choices=("native", "gram"), required=True)
    ap.add_argument("--min-side", type=int, nargs="+", default=[400, 256])
    ap.add_argument("--c", type=float, nargs="+", default=[0.001, 0.01, 0.1])
    ap.add_argument("--control", action="store_true",
                    help="native: also fit on a draw of as many faces per population, of any size (the control)")
    ap.add_argument("--shrink", type=int, default=0,
                    help="native: shrink each original (>= the first --min-side) to this many px before serving it")
    ap.add_argument("--drop-source", nargs="+", default=[], help="native: leave these training sources out (an ablation)")
    a = ap.parse_args(argv)
    if a.shrink:
        fits = shrunk(a.min_side[0], a.shrink, a.c)
    else:
        fits = native(a.min_side, a.c, a.control, tuple(a.drop_source)) if a.design == "native" else gram(a.min_side, a.c)
    t = condition_table()
    STAGE2_RUNS.mkdir(parents=True, exist_ok=True)
    for name, (c, logit) in fits.items():
        path = STAGE2_RUNS / f"scores-{a.design}-{name}.npz"
        np.savez(path, logit=logit, key=t.key, condition=t.condition, c=c)
        print(f"[sockscope:large] {a.design}, {name}: C={c} chosen on validation -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The size of each face's original picture, and which training faces are large enough to be served unenlarged.

A 400 px platform copy of a 128 px original is a 3x enlargement: its pixels are interpolation, not the
generator's or the camera's. ``images.tsv`` of both data folders records the original's width and height
(before any resize the folder made to store it), so the shorter side says whether a face's 400 px copy holds
its own texture. Pure python and numpy (CI runs the selection without torch).
"""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np


def shorter_sides(folders: dict[str, Path]) -> dict[str, int]:
    """Face key ("root:path", as sources.Face.key) -> the original's shorter side in pixels, from each
    folder's images.tsv; a folder without one gives nothing."""
    out: dict[str, int] = {}
    for root, folder in folders.items():
        tsv = folder / "images.tsv"
        if not tsv.exists():
            continue
        with open(tsv, newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                out[f"{root}:{r['path']}"] = min(int(r["width"]), int(r["height"]))
    return out


def large(keys: list[str], sides: dict[str, int], min_side: int) -> np.ndarray:
    """Indices (ascending) of the keys whose original's shorter side is at least min_side. A key with no
    recorded size is an error, not a small face: it would be dropped silently otherwise."""
    missing = [k for k in keys if k not in sides]
    if missing:
        raise KeyError(f"[sockscope:originals] {len(missing)} faces have no recorded size, e.g. {missing[0]}")
    return np.asarray([i for i, k in enumerate(keys) if sides[k] >= min_side], dtype=np.int64)


def cached_and_missing(wanted: np.ndarray, cached: int) -> tuple[np.ndarray, np.ndarray]:
    """Split wanted item indices into those a feature file already holds (its first ``cached`` items) and
    those still to extract, both ascending."""
    w = np.unique(np.asarray(wanted, dtype=np.int64))
    return w[w < cached], w[w >= cached]


def matched_draw(order_pop: np.ndarray, want_pop: np.ndarray) -> np.ndarray:
    """The control for a size filter: as many faces of each population as the filtered set has, the first in
    the fixed hash order (a random draw from every source, whatever its size): indices, ascending."""
    out = []
    for p in ("gan", "aligned", "other"):
        members = ("wild", "centred") if p == "other" else (p,)
        n = int(np.isin(want_pop, members).sum())
        have = np.flatnonzero(np.isin(order_pop, members))
        if len(have) < n:
            raise ValueError(f"[sockscope:large] the control needs {n} {p} faces, the cache holds {len(have)}")
        out.append(have[:n])
    return np.sort(np.concatenate(out))

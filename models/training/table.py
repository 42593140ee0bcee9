"""One row per aligned frame, joined with what is known of its image: label, source, population, fold."""
from __future__ import annotations

import csv
from dataclasses import dataclass

import numpy as np

from .frames import FRAMES_TSV
from .sources import all_faces, folds


@dataclass
class Table:
    key: np.ndarray  # face key (root:path)
    variant: np.ndarray  # x400, r1, r2, realigned, rejittered, x96, ...
    kind: np.ndarray  # population the frame counts in (gan, aligned, wild, centred, realigned)
    label: np.ndarray  # 1 = GAN
    source: np.ndarray
    group: np.ndarray
    split: np.ndarray  # train | test
    fold: np.ndarray  # leave-source-out fold of a training source; -1 for test
    eye: np.ndarray  # the detector's eye distance
    frame: np.ndarray  # row in frames.npy / features.npy, -1 where no frame was made (eyes too far off)

    def __len__(self) -> int:
        return len(self.key)

    def mask(self, **eq: str | int) -> np.ndarray:
        m = np.ones(len(self), bool)
        for name, value in eq.items():
            m &= getattr(self, name) == value
        return m


def load_table() -> Table:
    faces = {f.key: f for f in all_faces()}
    fold_by_source = folds(list(faces.values()))
    cols: dict[str, list] = {k: [] for k in Table.__dataclass_fields__}
    with open(FRAMES_TSV, newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            f = faces[r["key"]]
            cols["key"].append(f.key)
            cols["variant"].append(r["variant"])
            cols["kind"].append(r["kind"])
            cols["label"].append(f.label)
            cols["source"].append(f.source)
            cols["group"].append(f.group)
            cols["split"].append(f.split)
            cols["fold"].append(fold_by_source.get(f.source, -1))
            cols["eye"].append(float(r["eye_distance"]))
            cols["frame"].append(int(r["frame"]))
    return Table(**{k: np.asarray(v) for k, v in cols.items()})

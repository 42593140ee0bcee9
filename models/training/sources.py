"""Every face image the stage-2 pipeline knows, with its population and its place in the evaluation.

Two folders are read: ``../shared/data/faces`` (in CI too) and, where present, ``data-extra`` (more
sources gathered from public repositories; ``SOCKSCOPE_EXTRA``, default ``../data-extra``). Neither is
ever copied into the repository; ``data-manifest.tsv.gz`` lists what a model saw.

Populations (what the figures are reported per): ``gan``; ``aligned`` (real photos already in the FFHQ
or CelebA frame); ``wild`` (ordinary real photos: portraits, web crops); ``centred`` (LFW's deep-funneled
crops and UTKFace: real, machine-aligned, but not to FFHQ's frame).
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from .config import CACHE_DIR, CONFIG, REPO_ROOT

DEDUP_TSV = CACHE_DIR / "dedup.tsv"  # dedup.py: near-duplicates dropped before any split
SHARED_FACES = Path(os.environ.get("SOCKSCOPE_SHARED", REPO_ROOT.parent / "shared")) / "data" / "faces"
EXTRA_DIR = Path(os.environ.get("SOCKSCOPE_EXTRA", REPO_ROOT.parent / "data-extra"))


@dataclass(frozen=True)
class Face:
    root: str  # "shared" | "extra"
    path: str  # relative to its root
    label: int  # 1 = GAN, 0 = real
    group: str  # generator (stylegan1, ...) or real dataset (aligned-FFHQ, wild, ...)
    source: str  # owner/repo
    commit: str
    sha256: str

    @property
    def file(self) -> Path:
        return (SHARED_FACES if self.root == "shared" else EXTRA_DIR) / self.path

    @property
    def population(self) -> str:
        if self.label:
            return "gan"
        g = self.group.lower()
        if self.source.startswith("warm-ice0x00/") or "utkface" in g:
            return "centred"
        return "wild" if g == "wild" else "aligned"

    @property
    def split(self) -> str:
        """'test' and 'val': whole sources the shipped model never saw ('val' chose its operating point and
        its calibration, 'test' only measures); 'train' otherwise."""
        if self.source in CONFIG.test_sources:
            return "test"
        return "val" if self.source in CONFIG.val_sources else "train"

    @property
    def key(self) -> str:
        return f"{self.root}:{self.path}"


def _commits(sources_tsv: Path) -> dict[str, str]:
    with open(sources_tsv, newline="") as f:
        return {r["source"]: r["commit"] for r in csv.DictReader(f, delimiter="\t")}


def _read(root: str, folder: Path) -> list[Face]:
    if not (folder / "images.tsv").exists():
        return []
    commits = _commits(folder / "SOURCES.tsv")
    out = []
    with open(folder / "images.tsv", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["label"] not in ("gan", "real"):
                continue  # non-photo avatars belong to another signal
            out.append(Face(root, r["path"], int(r["label"] == "gan"), r["group"], r["source"],
                            r.get("commit") or commits.get(r["source"], ""), r["sha256"]))
    return out


def dropped_keys() -> set[str]:
    """Keys dedup.py dropped (empty before it has run)."""
    if not DEDUP_TSV.exists():
        return set()
    with open(DEDUP_TSV, newline="") as f:
        return {r["key"] for r in csv.DictReader(f, delimiter="\t") if r["kept"] == "0"}


def all_faces(extra: bool = True, dedup: bool = True) -> list[Face]:
    """Shared faces, then the extra ones (when the folder exists), in file order; near-duplicates that
    dedup.py dropped are left out unless dedup is False."""
    faces = _read("shared", SHARED_FACES) + (_read("extra", EXTRA_DIR) if extra else [])
    drop = dropped_keys() if dedup else set()
    return [f for f in faces if f.key not in drop]

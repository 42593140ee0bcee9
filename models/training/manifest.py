"""models/training/data-manifest.tsv.gz: one line per image the stage-2 model was trained, calibrated or tested on.

    python -m models.training.manifest

Columns: sha256, label, generator (or real dataset), population, split (train = fitting and the
leave-source-out folds; test = never seen by the shipped model), fold, source repository, commit, path
(in ../shared/data/faces or data-extra, as given by their images.tsv). Anyone can check which images a
model saw (`zcat models/training/data-manifest.tsv.gz`), and the images themselves never enter the
repository. Gzipped: 17k lines of hashes and paths are 4 MB as text, 0.8 MB packed.
"""
from __future__ import annotations

import gzip
import io
import sys

from .config import TRAINING_DIR
from .sources import all_faces, folds

MANIFEST = TRAINING_DIR / "data-manifest.tsv.gz"


def main() -> int:
    faces = all_faces()
    fold = folds(faces)
    # mtime=0: the same images give the same bytes, so a re-release changes the file only when the data does.
    with gzip.GzipFile(MANIFEST, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        f.write("sha256\tlabel\tgenerator\tpopulation\tsplit\tfold\tsource\tcommit\troot\tpath\n")
        for x in sorted(faces, key=lambda x: (x.split, x.source, x.path)):
            label = "gan" if x.label else "real"
            f.write(f"{x.sha256}\t{label}\t{x.group}\t{x.population}\t{x.split}\t{fold.get(x.source, '')}\t{x.source}\t{x.commit}\t{x.root}\t{x.path}\n")
    print(f"[sockscope:manifest] {len(faces)} images -> {MANIFEST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

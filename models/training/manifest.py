"""models/training/data-manifest.tsv.gz: one line per image the stage-2 model was trained, calibrated or tested on.

    python -m models.training.manifest

Columns: sha256, label, generator (or real dataset), population, split (train = fitting; val = held-out
sources that chose the design, the operating point and the calibration; test = only measured; dropped =
a near-duplicate of another image, dedup.py), source repository, commit, root and path (in
../shared/data/faces or data-extra, as given by their images.tsv). Anyone can check which images a
model saw (`zcat models/training/data-manifest.tsv.gz`), and the images themselves never enter the
repository. Gzipped: 17k lines of hashes and paths are 4 MB as text, 0.8 MB packed.
"""
from __future__ import annotations

import gzip
import io
import sys

from .config import TRAINING_DIR
from .sources import all_faces, dropped_keys

MANIFEST = TRAINING_DIR / "data-manifest.tsv.gz"


def main() -> int:
    faces = all_faces(dedup=False)
    dropped = dropped_keys()
    # mtime=0: the same images give the same bytes, so a re-release changes the file only when the data does.
    with gzip.GzipFile(MANIFEST, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        f.write("sha256\tlabel\tgenerator\tpopulation\tsplit\tsource\tcommit\troot\tpath\n")
        for x in sorted(faces, key=lambda x: (x.split, x.source, x.path)):
            label = "gan" if x.label else "real"
            split = "dropped" if x.key in dropped else x.split
            f.write(f"{x.sha256}\t{label}\t{x.group}\t{x.population}\t{split}\t{x.source}\t{x.commit}\t{x.root}\t{x.path}\n")
    print(f"[sockscope:manifest] {len(faces)} images -> {MANIFEST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

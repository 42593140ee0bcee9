"""Rebuilds the ``data-extra`` face folder from repository snapshots, exactly as data-manifest.tsv.gz lists it.

    python -m models.training.extra_data [--mirrors /work/.mirror] [--out ../data-extra]

Every manifest row whose root is ``extra`` names its source repository, commit and path. The snapshots are
bare git directories (``<mirrors>/<owner>+<name>/repo``); nothing is downloaded here. A file's path in the
folder is ``<label>/<group>/<owner>__<repo>/<path in the repository, "/" as "__">``. Grids of faces
(``<stem>__tile_r<R>c<C>.png``) are cut into equal cells and saved as PNG. Each written file must match
the manifest's sha256, or the run fails: the folder is the one the released figures were measured on.
Writes ``images.tsv`` and ``SOURCES.tsv`` in the layout sources.py reads.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from PIL import Image

from .config import TRAINING_DIR
from .sources import EXTRA_DIR

MANIFEST = TRAINING_DIR / "data-manifest.tsv.gz"
TILE = re.compile(r"^(?P<stem>.+)__tile_r(?P<r>\d+)c(?P<c>\d+)\.png$")


def git_dir(mirrors: Path, source: str) -> Path:
    base = mirrors / source.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def tree(gd: Path, commit: str) -> dict[str, str]:
    """Flattened name ("a__b__c.jpg") -> path in the repository at that commit."""
    out = subprocess.run(["git", "--git-dir", str(gd), "ls-tree", "-r", "--name-only", commit],
                         check=True, capture_output=True, text=True).stdout.splitlines()
    return {p.replace("/", "__"): p for p in out}


def blob(gd: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(gd), "cat-file", "blob", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def tile(data: bytes, r: int, c: int, rows: int, cols: int) -> bytes:
    """One cell of an equal grid of faces, as PNG."""
    with Image.open(io.BytesIO(data)) as im:
        rgb = im.convert("RGB")
    w, h = rgb.size
    cell = rgb.crop((c * w // cols, r * h // rows, (c + 1) * w // cols, (r + 1) * h // rows))
    buf = io.BytesIO()
    cell.save(buf, format="PNG")
    return buf.getvalue()


def read_manifest(root: str = "extra") -> list[dict[str, str]]:
    with gzip.open(MANIFEST, "rt", encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r["root"] == root]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, default=EXTRA_DIR)
    a = ap.parse_args(argv)
    rows = read_manifest()
    grids: dict[tuple[str, str], tuple[int, int]] = defaultdict(lambda: (0, 0))
    for r in rows:
        m = TILE.match(r["path"].rsplit("/", 1)[-1])
        if m:
            key = (r["source"], m["stem"])
            rr, cc = grids[key]
            grids[key] = (max(rr, int(m["r"]) + 1), max(cc, int(m["c"]) + 1))
    trees: dict[tuple[str, str], dict[str, str]] = {}
    images, bad, converted = [], 0, 0
    for r in rows:
        gd = git_dir(a.mirrors, r["source"])
        if not gd.exists():
            raise SystemExit(f"[sockscope:extra] no snapshot of {r['source']} at {gd}")
        names = trees.setdefault((r["source"], r["commit"]), tree(gd, r["commit"]))
        flat = r["path"].rsplit("/", 1)[-1]
        m = TILE.match(flat)
        if m:
            stem = m["stem"]
            original = next((p for n, p in names.items() if n.rsplit(".", 1)[0] == stem), None)
            if original is None:
                raise SystemExit(f"[sockscope:extra] {r['source']}: no grid {stem}")
            rows_, cols_ = grids[(r["source"], stem)]
            data = tile(blob(gd, r["commit"], original), int(m["r"]), int(m["c"]), rows_, cols_)
            in_source = f"{original} (cell r{m['r']}c{m['c']} of {rows_}x{cols_})"
        elif flat in names:
            in_source = names[flat]
            data = blob(gd, r["commit"], in_source)
        else:
            # 29 wild photos were listed as converted copies whose recipe is not recorded; the original
            # file is used instead, under its own name, and the new manifest lists its sha256.
            stem = flat.rsplit(".", 1)[0]
            in_source = next((p for n, p in names.items() if n.rsplit(".", 1)[0] == stem), "")
            if not in_source:
                raise SystemExit(f"[sockscope:extra] {r['source']}@{r['commit'][:8]}: no {flat}")
            data = blob(gd, r["commit"], in_source)
            flat = in_source.replace("/", "__")
            r = {**r, "path": r["path"].rsplit("/", 1)[0] + "/" + flat, "sha256": hashlib.sha256(data).hexdigest()}
            converted += 1
        digest = hashlib.sha256(data).hexdigest()
        if digest != r["sha256"]:
            bad += 1
            print(f"[sockscope:extra] sha256 mismatch: {r['path']}", file=sys.stderr)
            continue
        dest = a.out / r["path"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        with Image.open(io.BytesIO(data)) as im:
            size, fmt = im.size, im.format
        images.append({"label": r["label"], "group": r["generator"], "source": r["source"], "file": flat,
                       "sha256": digest, "width": size[0], "height": size[1], "format": fmt, "path": r["path"],
                       "note": in_source, "commit": r["commit"]})
    if bad:
        raise SystemExit(f"[sockscope:extra] {bad} files differ from the manifest; nothing trustworthy was written")
    with open(a.out / "images.tsv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(images[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(images)
    with open(a.out / "SOURCES.tsv", "w", newline="") as f:
        f.write("source\tcommit\timages\n")
        counts: dict[str, int] = defaultdict(int)
        commits: dict[str, str] = {}
        for im in images:
            counts[im["source"]] += 1
            commits.setdefault(im["source"], im["commit"])
        for s in sorted(counts):
            f.write(f"{s}\t{commits[s]}\t{counts[s]}\n")
    print(f"[sockscope:extra] {len(images)} files, sha256 checked ({converted} originals in place of unreproducible "
          f"converted copies) -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

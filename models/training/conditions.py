"""Held-out faces served the way the figures are reported: files for the app's detector, then frames.

    python -m models.training.conditions           # writes cache/stage2/conditions/*.jpg and a list
    npx tsx scripts/train/detect-faces.ts --list cache/stage2/conditions.txt --out cache/stage2/eyes-conditions.jsonl
    python -m models.training.conditions --frames  # frames of the faces found, for evaluate.py

Conditions (centre square, bicubic resize, JPEG q85): X serves 400, 200, 96 and 48 px; YouTube 176 and
88 px; ``recrop`` is a face re-cropped as some sock puppets do (scale 70-100%, shift up to 15%), at
400 px. Validation sources get what the operating point and the size rule are chosen on (wild avatars at
400 px only); test sources get 400, 96 and 48 px and the re-crop. Every size on test sources, YouTube's
included, is measured by scripts/eval/model.ts through the app's own pipeline.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from multiprocessing import Pool

import numpy as np
from PIL import Image

from .config import CONFIG
from .samples import STAGE2_CACHE, frame_of, open_rgb, read_eyes, rng_for
from .sources import Face, all_faces

CONDITIONS = {"x400": 400, "x200": 200, "x96": 96, "x48": 48, "yt176": 176, "yt88": 88, "recrop": 400}
VAL_CONDITIONS = ("x400", "x96", "x48")
TEST_CONDITIONS = ("x400", "x96", "x48", "recrop")
COND_DIR = STAGE2_CACHE / "conditions"
COND_LIST = STAGE2_CACHE / "conditions.txt"
COND_TSV = STAGE2_CACHE / "conditions.tsv"
EYES_CONDITIONS = STAGE2_CACHE / "eyes-conditions.jsonl"
COND_NPY = STAGE2_CACHE / "conditions-frames.npy"
QUALITY = 85


def served(img: Image.Image, name: str, face: Face) -> Image.Image:
    w, h = img.size
    s = min(w, h)
    box = ((w - s) / 2, (h - s) / 2, (w + s) / 2, (h + s) / 2)
    if name == "recrop":
        rng = rng_for(face, "recrop")
        c = s * rng.uniform(0.7, 1.0)
        x0 = float(np.clip(w / 2 + rng.uniform(-0.15, 0.15) * s - c / 2, 0, w - c))
        y0 = float(np.clip(h / 2 + rng.uniform(-0.15, 0.15) * s - c / 2, 0, h - c))
        box = (x0, y0, x0 + c, y0 + c)
    t = CONDITIONS[name]
    return img.resize((t, t), Image.BICUBIC, box=box, reducing_gap=None)


def file_name(face: Face, name: str) -> str:
    return f"{hashlib.sha256(face.key.encode()).hexdigest()[:20]}-{name}.jpg"


def write(face: Face) -> list[tuple[str, str, str]]:
    img = open_rgb(face)
    if face.split == "val":
        names = VAL_CONDITIONS if face.population in ("gan", "aligned") else ("x400",)
    else:
        names = TEST_CONDITIONS
    out = []
    for name in names:
        path = COND_DIR / file_name(face, name)
        if not path.exists():
            served(img, name, face).save(path, format="JPEG", quality=QUALITY)
        out.append((face.key, name, str(path)))
    return out


def read_condition_eyes() -> dict[str, dict]:
    """Served copy's path -> the detector's record."""
    return read_eyes(EYES_CONDITIONS)


def _frame(job: tuple[str, dict]) -> np.ndarray:
    path, rec = job
    from .samples import eyes_px

    with Image.open(path) as im:
        img = im.convert("RGB")
    return frame_of(img, eyes_px(rec))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", action="store_true", help="frames of the faces the detector found")
    a = ap.parse_args(argv)
    if not a.frames:
        COND_DIR.mkdir(parents=True, exist_ok=True)
        faces = [f for f in all_faces() if f.split != "train"]
        with Pool(CONFIG.threads) as pool:
            rows = [r for rs in pool.imap(write, faces, chunksize=16) for r in rs]
        with open(COND_TSV, "w") as f:
            f.write("key\tcondition\tfile\n")
            f.writelines(f"{k}\t{c}\t{p}\n" for k, c, p in rows)
        COND_LIST.write_text("".join(f"{p}\n" for _, _, p in rows))
        print(f"[sockscope:conditions] {len(faces)} faces, {len(rows)} files -> {COND_LIST}")
        return 0
    eyes = read_condition_eyes()
    with open(COND_TSV, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    s = CONFIG.frame_size
    found = [r for r in rows if eyes.get(r["file"], {}).get("status") == "ok"]
    # Frames already made for a file (an earlier run) are kept: the general warp costs ~0.1 s a frame.
    old: dict[str, np.ndarray] = {}
    if COND_NPY.exists() and COND_NPY.with_suffix(".tsv").exists():
        prev = np.load(COND_NPY)
        with open(COND_NPY.with_suffix(".tsv"), newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                if "file" in r and prev.shape[1:] == (s, s, 3):
                    old[r["file"]] = prev[int(r["row"])]
    out = np.lib.format.open_memmap(COND_NPY, mode="w+", dtype=np.uint8, shape=(len(found), s, s, 3))
    todo = [i for i, r in enumerate(found) if r["file"] not in old]
    for i, r in enumerate(found):
        if r["file"] in old:
            out[i] = old[r["file"]]
    with Pool(CONFIG.threads) as pool:
        for i, fr in zip(todo, pool.imap(_frame, [(found[i]["file"], eyes[found[i]["file"]]) for i in todo], chunksize=32)):
            out[i] = fr
    out.flush()
    with open(COND_NPY.with_suffix(".tsv"), "w") as f:
        f.write("row\tkey\tcondition\teye_distance\tfile\n")
        for i, r in enumerate(found):
            f.write(f"{i}\t{r['key']}\t{r['condition']}\t{eyes[r['file']]['eyeDistance']:.6f}\t{r['file']}\n")
    print(f"[sockscope:conditions] {len(found)} of {len(rows)} served copies have a face -> {COND_NPY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

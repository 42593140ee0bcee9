"""Platform-like copies of every face, written as files for the app's own detector to read.

Each image gets the X avatar (centre square, 400 px, JPEG q85: ``x400``) and ``CONFIG.variants - 1``
random platform copies (``augment.platform_random``). Training sources add hard negatives and their GAN
counterpart: wild and centred real photos re-aligned the way FFHQ was made (``realigned``) and GAN faces
jittered then re-aligned the same way (``rejittered``), each put through a random platform copy too.

CLI: ``python -m models.training.variants [--limit N]`` -> cache/stage2/variants/*, variants.tsv.
Then ``npx tsx scripts/train/detect-faces.ts`` finds the eyes in every file (``models.training.eyes``).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from PIL import Image

from .augment import platform_condition, platform_random
from .config import CACHE_DIR, CONFIG
from .ffhq_realign import ffhq_quad, jitter, landmarks, realign
from .sources import Face, all_faces

STAGE2_CACHE = CACHE_DIR / "stage2"
VARIANTS_DIR = STAGE2_CACHE / "variants"
VARIANTS_TSV = STAGE2_CACHE / "variants.tsv"
# A re-aligned photo whose FFHQ square lies mostly outside the original is mostly blurred padding.
MAX_OUTSIDE = 0.3


def _seed(face: Face, tag: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256(f"{CONFIG.seed}:{face.key}:{tag}".encode()).hexdigest()[:16], 16))


def _save(data: tuple[bytes, str], name: str) -> str:
    out = VARIANTS_DIR / f"{name}.{data[1]}"
    out.write_bytes(data[0])
    return out.name


def _x400(img: Image.Image) -> tuple[bytes, str]:
    buf = io.BytesIO()
    Image.fromarray(platform_condition(img, 400, None, False)).save(buf, format="JPEG", quality=85)
    return buf.getvalue(), "jpg"


def outside_share(lm: np.ndarray, width: int, height: int) -> float:
    """Share of the FFHQ square's bounding box that falls outside the image."""
    quad, _ = ffhq_quad(lm)
    (x0, y0), (x1, y1) = quad.min(0), quad.max(0)
    ix = max(0.0, min(x1, width) - max(x0, 0.0))
    iy = max(0.0, min(y1, height) - max(y0, 0.0))
    return 1.0 - ix * iy / max((x1 - x0) * (y1 - y0), 1e-9)


def variants_of(face: Face) -> list[tuple[str, str, str]]:
    """[(variant, kind, file name)] for one face; kind is the population the copy counts in."""
    stem = hashlib.sha256(face.key.encode()).hexdigest()[:20]
    with Image.open(face.file) as im:
        rgba = im.convert("RGBA")
    rows = [("x400", face.population, _save(_x400(rgba), f"{stem}-x400"))]
    for v in range(1, CONFIG.variants):
        rows.append((f"r{v}", face.population, _save(platform_random(rgba, _seed(face, f"v{v}")), f"{stem}-r{v}")))
    if face.split != "train":
        return rows
    rng = _seed(face, "realign")
    if face.population in ("wild", "centred"):
        lm = landmarks(rgba.convert("RGB"))
        if lm is not None and outside_share(lm, rgba.width, rgba.height) <= MAX_OUTSIDE:
            base = realign(rgba, lm, 400).convert("RGBA")
            rows.append(("realigned", "realigned", _save(platform_random(base, rng), f"{stem}-ra")))
    elif face.population == "gan" and rng.random() < 0.5:
        moved = jitter(rgba, rng)
        lm = landmarks(moved)
        if lm is not None:
            rows.append(("rejittered", "gan", _save(platform_random(realign(moved, lm, 400), rng), f"{stem}-rj")))
    return rows


def _condition(img: Image.Image, size: int) -> tuple[bytes, str]:
    buf = io.BytesIO()
    Image.fromarray(platform_condition(img, size, None, False)).save(buf, format="JPEG", quality=85)
    return buf.getvalue(), "jpg"


def _recrop(img: Image.Image, rng: np.random.Generator) -> tuple[bytes, str]:
    """A GAN face re-cropped as some sock puppets do: scale 70-100% of the square, shifted up to 15%."""
    rgb = img.convert("RGB")
    w, h = rgb.size
    s = min(w, h)
    c = s * rng.uniform(0.7, 1.0)
    cx, cy = w / 2 + rng.uniform(-0.15, 0.15) * s, h / 2 + rng.uniform(-0.15, 0.15) * s
    x0, y0 = float(np.clip(cx - c / 2, 0, w - c)), float(np.clip(cy - c / 2, 0, h - c))
    buf = io.BytesIO()
    rgb.resize((400, 400), Image.BICUBIC, box=(x0, y0, x0 + c, y0 + c)).save(buf, format="JPEG", quality=85)
    return buf.getvalue(), "jpg"


def conditions_of(face: Face) -> list[tuple[str, str, str]]:
    """Evaluation conditions: 96 px for every face, 200 px and a random re-crop for test sources too."""
    stem = hashlib.sha256(face.key.encode()).hexdigest()[:20]
    with Image.open(face.file) as im:
        rgba = im.convert("RGBA")
    rows = [("x96", face.population, _save(_condition(rgba, 96), f"{stem}-x96"))]
    if face.split == "test" or face.label == 1:
        rows.append(("recrop", face.population, _save(_recrop(rgba, _seed(face, "recrop")), f"{stem}-rc")))
    if face.split == "test":
        rows.append(("x200", face.population, _save(_condition(rgba, 200), f"{stem}-x200")))
    return rows


def _work_conditions(face: Face) -> tuple[Face, list[tuple[str, str, str]] | str]:
    try:
        return face, conditions_of(face)
    except Exception as e:
        return face, f"{type(e).__name__}: {e}"


def _work(face: Face) -> tuple[Face, list[tuple[str, str, str]] | str]:
    try:
        return face, variants_of(face)
    except Exception as e:  # a broken file is reported and skipped, never fatal
        return face, f"{type(e).__name__}: {e}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="every n-th face only (smoke runs)")
    parser.add_argument("--conditions", action="store_true", help="append the evaluation conditions (x96, x200, recrop)")
    args = parser.parse_args(argv)
    VARIANTS_DIR.mkdir(parents=True, exist_ok=True)
    faces = all_faces()
    if args.limit:
        faces = faces[:: max(1, len(faces) // args.limit)]
    failed = 0
    work = _work_conditions if args.conditions else _work
    with open(VARIANTS_TSV, "a" if args.conditions else "w") as out, Pool(CONFIG.threads) as pool:
        if not args.conditions:
            out.write("key\tvariant\tkind\tfile\n")
        for face, rows in pool.imap_unordered(work, faces, chunksize=8):
            if isinstance(rows, str):
                failed += 1
                print(f"[sockscope:variants] skipped {face.key}: {rows}", file=sys.stderr)
                continue
            for variant, kind, name in rows:
                out.write(f"{face.key}\t{variant}\t{kind}\t{name}\n")
    print(f"[sockscope:variants] {len(faces)} faces, {failed} skipped -> {VARIANTS_TSV}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

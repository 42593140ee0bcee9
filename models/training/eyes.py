"""The app's own face and eye detector (scripts/train/detect-faces.ts) over the originals or the served copies.

    python -m models.training.eyes originals     # -> cache/stage2/eyes-originals.jsonl
    python -m models.training.eyes conditions    # -> cache/stage2/eyes-conditions.jsonl (after conditions.py)

Stage 2 is trained and evaluated on frames made from the eyes the app itself finds. Files already in the
output are skipped, so a stopped run continues where it was.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conditions import COND_LIST, EYES_CONDITIONS
from .config import REPO_ROOT
from .samples import EYES_ORIGINALS, STAGE2_CACHE
from .sources import all_faces


def seen(out: Path) -> set[str]:
    if not out.exists():
        return set()
    with open(out) as f:
        return {json.loads(line)["path"] for line in f if line.strip()}


def detect(files: list[str], out: Path) -> int:
    part = out.with_suffix(".part.jsonl")
    if part.exists():  # a stopped run: keep its complete lines
        with open(part) as src, open(out, "a") as dst:
            dst.writelines(line for line in src if line.endswith("\n") and line.strip())
        part.unlink()
    todo = [p for p in files if p not in seen(out)]
    if not todo:
        print(f"[sockscope:eyes] {out.name}: nothing new")
        return 0
    listing = out.with_suffix(".todo.txt")
    listing.write_text("".join(f"{p}\n" for p in todo))
    code = subprocess.call(["npx", "tsx", "scripts/train/detect-faces.ts", "--list", str(listing), "--out", str(part)], cwd=REPO_ROOT)
    with open(part) as src, open(out, "a") as dst:
        dst.writelines(line for line in src if line.strip())
    part.unlink()
    print(f"[sockscope:eyes] {len(todo)} files -> {out} (exit {code})")
    return code


def main(argv: list[str] | None = None) -> int:
    which = (argv or sys.argv[1:] or ["originals"])[0]
    STAGE2_CACHE.mkdir(parents=True, exist_ok=True)
    if which == "originals":
        return detect([str(f.file) for f in all_faces(dedup=False)], EYES_ORIGINALS)
    if which == "conditions":
        return detect(COND_LIST.read_text().split(), EYES_CONDITIONS)
    raise SystemExit("usage: python -m models.training.eyes originals|conditions")


if __name__ == "__main__":
    sys.exit(main())

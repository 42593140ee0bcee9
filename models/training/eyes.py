"""The app's own face and eye detector over every variant file not yet seen (scripts/train/detect-faces.ts).

CLI: ``python -m models.training.eyes`` -> cache/stage2/eyes-<run>-<shard>.jsonl. Stage 2 is trained on
frames aligned with exactly the eyes the app will find, so the detector is the app's, not a copy.
"""
from __future__ import annotations

import csv
import subprocess
import sys
import time

from .config import CONFIG, REPO_ROOT
from .frames import read_eyes
from .variants import STAGE2_CACHE, VARIANTS_DIR, VARIANTS_TSV


def main() -> int:
    seen = read_eyes()
    with open(VARIANTS_TSV, newline="") as f:
        todo = sorted({r["file"] for r in csv.DictReader(f, delimiter="\t")} - set(seen))
    if not todo:
        print("[sockscope:eyes] nothing new")
        return 0
    run = int(time.time())
    listing = STAGE2_CACHE / f"eyes-{run}.txt"
    listing.write_text("".join(f"{VARIANTS_DIR / name}\n" for name in todo))
    n = CONFIG.threads
    procs = [subprocess.Popen(["npx", "tsx", "scripts/train/detect-faces.ts", "--list", str(listing),
                               "--out", str(STAGE2_CACHE / f"eyes-{run}-{i}.jsonl"), "--shard", f"{i}/{n}"], cwd=REPO_ROOT)
             for i in range(n)]
    codes = [p.wait() for p in procs]
    print(f"[sockscope:eyes] {len(todo)} files, exit codes {codes}")
    return max(codes)


if __name__ == "__main__":
    sys.exit(main())

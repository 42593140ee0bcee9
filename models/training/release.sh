#!/bin/sh
# After training: export -> quantise (+ fp32 vs int8 on validation) -> calibrate/evaluate (Python)
# -> config.json -> TS evaluation (models/metrics.json). Run from the repo root.
# This is the from-scratch CNN of 0.2.0. The shipped model since 0.3.0 comes from probe/release.sh, and this
# script would replace it: set `version` and `input_size` in config.py to the CNN's (0.2.0: 128 px) first.
# Usage: sh models/training/release.sh [checkpoint]
set -eu
# Default: the last epoch (end of the cosine schedule), which is what 0.2.0 shipped: on validation it beat
# the best-AUC epoch at the low-FPR end the app uses (see MODEL_CARD.md).
CKPT="${1:-models/training/runs/main/last.pt}"
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
python3 -m models.training.export --checkpoint "$CKPT"
python3 -m models.training.quantize --calib 300 --eval-limit 400
python3 -m models.training.evaluate models/gan-face-int8.onnx --calibrate --out models/training/runs/main/eval-python.json
python3 -m models.training.export --write-config
npx tsx scripts/eval-model.ts

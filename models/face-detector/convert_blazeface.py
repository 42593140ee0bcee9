"""Convert MediaPipe BlazeFace (short range) from TFLite to ONNX and write its config JSON.

Usage (from the repo root, after `npm install`):
    pip install -r models/face-detector/requirements.txt
    python models/face-detector/convert_blazeface.py
Writes models/face-detector/blazeface.onnx and models/face-detector/blazeface.json, then checks ONNX against the TFLite reference.
"""

import argparse
import hashlib
import json
import sys
from pathlib import Path

import onnx
import tflite2onnx

from blazeface_config import CONFIG, SOURCE_FILE
from compact_outputs import RAW_BOXES, RAW_SCORES, compact_outputs
from parity import check_parity

REPO = Path(__file__).resolve().parents[2]
DEFAULT_TFLITE = REPO / "node_modules/@mediapipe/face_detection" / SOURCE_FILE


def convert(tflite_path: Path, onnx_path: Path) -> None:
    """
    TFLite → ONNX with tflite2onnx (it turns the NHWC input into NCHW and folds the fp16 weights to fp32),
    then the graph keeps only the anchors worth decoding (compact_outputs.py).
    """
    tflite2onnx.convert(str(tflite_path), str(onnx_path))
    model = onnx.load(str(onnx_path))
    onnx.checker.check_model(model)
    names = [i.name for i in model.graph.input], [o.name for o in model.graph.output]
    expected = [CONFIG["input"]["name"]], [RAW_BOXES, RAW_SCORES]
    if names != expected:
        raise SystemExit(f"unexpected graph inputs/outputs {names}, expected {expected}")
    compact_outputs(model, CONFIG["input"]["keepFrom"], CONFIG["outputs"], CONFIG["decode"]["numCoords"])
    model.producer_name = "sockscope convert_blazeface.py"
    onnx.save(model, str(onnx_path))


def write_config(onnx_path: Path, json_path: Path) -> dict:
    """Config JSON = the MediaPipe settings + the model's hash, so the TS side never retypes constants."""
    digest = hashlib.sha256(onnx_path.read_bytes()).hexdigest()
    config = {**CONFIG, "file": onnx_path.name, "sha256": digest, "version": f"blazeface-sr-{digest[:8]}"}
    json_path.write_text(json.dumps(config, indent=2) + "\n")
    return config


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tflite", type=Path, default=DEFAULT_TFLITE)
    parser.add_argument("--out", type=Path, default=REPO / "models" / "face-detector")
    parser.add_argument("--images", type=Path, nargs="*", default=[], help="extra images for the parity check")
    args = parser.parse_args()
    if not args.tflite.exists():
        print(f"missing {args.tflite}: run npm install first", file=sys.stderr)
        return 1
    onnx_path, json_path = args.out / "blazeface.onnx", args.out / "blazeface.json"
    convert(args.tflite, onnx_path)
    config = write_config(onnx_path, json_path)
    print(f"wrote {onnx_path} ({onnx_path.stat().st_size} bytes, {config['version']}) and {json_path}")
    return check_parity(args.tflite, onnx_path, args.images)


if __name__ == "__main__":
    sys.exit(main())

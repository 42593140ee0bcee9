"""Compare the converted ONNX model with the TFLite original on random and real inputs."""

from pathlib import Path

import numpy as np
import onnxruntime as ort
from PIL import Image

from blazeface_config import CONFIG
from compact_outputs import RAW_BOXES, RAW_SCORES

TOLERANCE = 1e-3  # raw outputs are in input pixels (0..128) and logits; fp16 weights leave ~1e-4 noise


def letterbox(path: Path) -> np.ndarray:
    """Same letterbox + scaling as analysis/detect/face-detect.ts (bilinear here, so only roughly the same pixels)."""
    size = CONFIG["input"]["width"]
    img = Image.open(path).convert("RGB")
    scale = size / max(img.size)
    w, h = max(1, round(img.width * scale)), max(1, round(img.height * scale))
    canvas = Image.new("RGB", (size, size))
    canvas.paste(img.resize((w, h), Image.BILINEAR), ((size - w) // 2, (size - h) // 2))
    return (np.asarray(canvas, dtype=np.float32) / 127.5 - 1.0)[None]


def check_parity(tflite_path: Path, onnx_path: Path, images: list[Path]) -> int:
    """Return 0 when ONNX matches TFLite within TOLERANCE on every input, 1 otherwise (skips without LiteRT)."""
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:
        print("ai-edge-litert not installed: parity check skipped")
        return 0
    interp = Interpreter(str(tflite_path))
    interp.allocate_tensors()
    session = ort.InferenceSession(str(onnx_path))
    rng = np.random.default_rng(0)
    inputs = [("random", rng.uniform(-1, 1, (1, 128, 128, 3)).astype(np.float32))]
    inputs += [(p.name, letterbox(p)) for p in images]
    worst = 0.0
    for name, nhwc in inputs:
        interp.set_tensor(interp.get_input_details()[0]["index"], nhwc)
        interp.invoke()
        ref = {o["name"]: interp.get_tensor(o["index"]) for o in interp.get_output_details()}
        # Fed -inf, the graph keeps every anchor, in order: the raw outputs, comparable one to one.
        feeds = {CONFIG["input"]["name"]: nhwc.transpose(0, 3, 1, 2).copy(), CONFIG["input"]["keepFrom"]: np.array([-np.inf], np.float32)}
        got = dict(zip([o.name for o in session.get_outputs()], session.run(None, feeds)))
        outs = CONFIG["outputs"]
        if not np.array_equal(got[outs["index"]], np.arange(CONFIG["decode"]["numBoxes"], dtype=np.float32)):
            raise SystemExit(f"parity {name}: the graph dropped anchors at keepFrom = -inf")
        diff = max(
            float(np.abs(got[outs["boxes"]] - ref[RAW_BOXES]).max()),
            float(np.abs(got[outs["scores"]] - ref[RAW_SCORES].reshape(-1)).max()),
        )
        best = float(ref[RAW_SCORES].max())
        print(f"parity {name}: max |onnx - tflite| = {diff:.2e} (best logit {best:.2f})")
        worst = max(worst, diff)
    ok = worst <= TOLERANCE
    print(f"parity {'OK' if ok else 'FAILED'}: worst {worst:.2e} (tolerance {TOLERANCE})")
    return 0 if ok else 1

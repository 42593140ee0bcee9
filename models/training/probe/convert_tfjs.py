"""Converts a TensorFlow.js graph model to ONNX with tf2onnx (opset 13).

    python -m models.training.probe.convert_tfjs <model.json> <out.onnx>

tf2onnx 1.17 still calls numpy aliases that numpy 2 removed (np.product ...); they are put back for
the duration of the conversion only.
"""
from __future__ import annotations

import runpy
import sys

import numpy as np

_ALIASES = {"product": np.prod, "cumproduct": np.cumprod, "sometrue": np.any, "alltrue": np.all}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    for name, fn in _ALIASES.items():
        if not hasattr(np, name):
            setattr(np, name, fn)
    sys.argv = ["tf2onnx.convert", "--tfjs", args[0], "--output", args[1], "--opset", "13"]
    runpy.run_module("tf2onnx.convert", run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

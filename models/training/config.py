"""The one place for everything that changes results. Other modules import CONFIG; nothing is duplicated."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TRAINING_DIR = Path(__file__).resolve().parent
CACHE_DIR = TRAINING_DIR / "cache"
RUNS_DIR = TRAINING_DIR / "runs"
STAGE2_RUNS = RUNS_DIR / "stage2"
MODELS_DIR = REPO_ROOT / "models" / "gan-forensic"


@dataclass(frozen=True)
class Config:
    seed: int = 1234
    threads: int = 1  # the machine has 2 cores and is shared: 2 threads ran 4-8x slower when the other was busy
    # The forensic classifier (stage 2) on faces aligned to the FFHQ frame (align.py).
    stage2_version: str = "gan-forensic-2.0.0"
    # The classifier's input: 128 px over the central 87.5% of the FFHQ frame. A 400 px avatar shrinks by
    # 2.7, a 96 px one grows by 1.5; most training originals are 128-256 px, so 128 is near their own
    # resolution, and the fine-tuned network fits the 15 ms budget of onnxruntime-web at this size.
    # The window stops at 0.906 of the frame's height, above the watermark one GAN source carries at
    # >= 0.97 (dinablachman__realorfake).
    frame_size: int = 128
    frame_window: tuple[float, float, float] = (0.0625, 0.03125, 0.875)
    frame_mean: tuple[float, float, float] = (0.485, 0.456, 0.406)  # the ImageNet backbone's own (lite0.py)
    frame_std: tuple[float, float, float] = (0.229, 0.224, 0.225)
    # Whole sources never seen by the shipped stage-2 model, its operating point or its calibration; they
    # only measure. Every population is here: GAN (StyleGAN1, StyleGAN2 x4, generated.photos), aligned real
    # photos (FFHQ from three repositories, CelebA-HQ, CelebA), wild real photos.
    test_sources: tuple[str, ...] = (
        "Ismaolen/fake-face-detection",
        "xrv0/whichfaceisreal",
        "sergibot/FakeFacesSurvey",
        "shoheihagiwara/ai-generated-facemash",
        "clovaai/stargan-v2",
        "andrew-valentin/HumanFaceImageGenerator",
        "Hossein88-eng/gender-classification-doe",
        "npm/vladmandic-face-api",
        "Chirayu-N/NameGame",
        "ZhuoxuanZhangHarry/AgeGAN-FaceEvolution",
        "twinkletwinklelittlestar70/eyes_that",
        "ageitgey/face_recognition",
    )

    # Whole sources held out of training to choose the design, the operating point and the calibration:
    # the one StyleGAN3 source (so its figure is a held-out one), PGGAN-style faces with CelebA-HQ photos
    # (aligned real photos at 1024 px), and the largest wild source. dinablachman (StyleGAN2 faces and FFHQ
    # photos, both from 1024 px) trains: it is the only training source that pairs the two at high resolution.
    val_sources: tuple[str, ...] = (
        "sklinderton/vit-real-vs-fake-faces",
        "santaz-sahithi/InterfaceGAN",
        "chandrikadeb7/Face-Mask-Detection",
    )

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


CONFIG = Config()

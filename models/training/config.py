"""The one place for everything that changes results. Other modules import CONFIG; nothing is duplicated."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TRAINING_DIR = Path(__file__).resolve().parent
FACES_DIR = Path(__import__("os").environ.get("SOCKSCOPE_SHARED", REPO_ROOT.parent / "shared")) / "data" / "faces"
CACHE_DIR = TRAINING_DIR / "cache"
RUNS_DIR = TRAINING_DIR / "runs"
MODELS_DIR = REPO_ROOT / "models"


@dataclass(frozen=True)
class Config:
    version: str = "gan-face-0.3.0"
    seed: int = 1234
    # Model input: square, RGB, NCHW. 0.3.0 (probe/release.sh: a frozen pretrained face network, cut after
    # its 128-channel stage, plus a linear probe) reads 112 px: 8 ms in int8 WASM, against 14 ms at 150 px.
    # The from-scratch CNN of 0.2.0 (train.py) read 128 px.
    input_size: int = 112
    # The model sees the central 55% of the centre square (eyes to mouth in FFHQ framing), resized
    # to input_size. Zooming in keeps 2x more of the skin/eye/teeth texture where GAN artefacts
    # live (0.1.0 used the whole square: held-out AUC 0.68 centred vs 0.83 on an 80% off-centre crop).
    crop_fraction: float = 0.55
    mean: tuple[float, float, float] = (0.5, 0.5, 0.5)
    std: tuple[float, float, float] = (0.25, 0.25, 0.25)
    # Cache: every image is decoded once, bottom 4% cut (the TPDNE watermark sits at y >= 0.97
    # in dinablachman__realorfake; cut for *all* images so the crop is not itself a label cue),
    # centre-squared and stored at this size (400 = X's avatar size, so the zoomed crop is never upsampled).
    cache_size: int = 400
    bottom_cut: float = 0.04
    epochs: int = 30  # upper bound; training stops at time_budget_min (cosine LR over wall time)
    time_budget_min: float = 55.0
    batch_size: int = 64
    lr: float = 3e-3
    weight_decay: float = 5e-4
    val_fraction: float = 0.15
    threads: int = 2
    # Threshold targets (issue 3): FPR on real validation avatars at 400px JPEG q85.
    target_fpr: float = 0.005
    # Whole sources held out for test: one per generator family plus matched real halves and
    # hard aligned negatives. StyleGAN3 has a single source, so it is only ever a held-out test.
    heldout_sources: tuple[str, ...] = (
        "Ismaolen/fake-face-detection",
        "xrv0/whichfaceisreal",
        "sergibot/FakeFacesSurvey",
        "sklinderton/vit-real-vs-fake-faces",
        "shoheihagiwara/ai-generated-facemash",
        "clovaai/stargan-v2",
        "andrew-valentin/HumanFaceImageGenerator",
        "Hossein88-eng/gender-classification-doe",
        "npm/vladmandic-face-api",
    )
    # Evaluation conditions: (name, long side px, jpeg quality or None, off-centre re-crop).
    conditions: tuple[tuple[str, int, int | None, bool], ...] = field(
        default=(
            ("x400-q85", 400, 85, False),
            ("200px", 200, 85, False),
            ("96px", 96, 85, False),
            ("48px", 48, 85, False),
            ("offcentre", 400, 85, True),
        )
    )

    # --- Stage 2: the forensic classifier on faces aligned to the FFHQ frame (align.py). ---
    stage2_version: str = "gan-forensic-1.0.0"
    # The classifier's input: 256 px over the central 87.5% of the FFHQ frame (a 400 px avatar shrinks by
    # 1.37, keeping most of its pixels; 256 keeps every tapped feature map divisible by the 4 x 4 grid).
    # The window stops at 0.906 of the frame's height, above the watermark one GAN source carries at
    # >= 0.97 (dinablachman__realorfake).
    frame_size: int = 256
    frame_window: tuple[float, float, float] = (0.0625, 0.03125, 0.875)
    frame_mean: tuple[float, float, float] = (0.485, 0.456, 0.406)  # the ImageNet backbone's own
    frame_std: tuple[float, float, float] = (0.229, 0.224, 0.225)
    folds: int = 5  # leave-source-out folds over the training sources
    variants: int = 3  # platform-like copies per image: the X avatar (400 px q85) and two random ones
    # Whole sources never seen by the shipped stage-2 model, its threshold or its calibration. Every
    # population is here: GAN (StyleGAN1, StyleGAN2 x4, generated.photos), aligned real photos (FFHQ from
    # three repositories, CelebA-HQ, CelebA), wild real photos. StyleGAN3 has one source only, so it trains
    # the shipped model; its held-out figure comes from the leave-source-out folds.
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

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


CONFIG = Config()

"""Training loop. CLI: ``python -m models.training.train [--epochs N] [--limit N] [--out DIR]``.

Reads the pre-decoded cache (``python -m models.training.data --cache``), augments both classes
alike, feeds every image through preprocess.preprocess (the function the app mirrors), and keeps
the checkpoint with the best validation AUC.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, WeightedRandomSampler

from .augment import augment, platform_condition
from .config import CONFIG, RUNS_DIR
from .data import cache_path
from .metrics import roc_auc, tpr_at_fpr
from .model import build_model
from .preprocess import preprocess


class AugmentedFaces(Dataset[tuple[torch.Tensor, torch.Tensor]]):
    def __init__(self, images: np.ndarray, labels: np.ndarray, seed: int) -> None:
        self.images, self.labels, self.seed, self.epoch = images, labels, seed, 0

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, idx: int) -> tuple[torch.Tensor, torch.Tensor]:
        rng = np.random.default_rng((self.seed, self.epoch, idx))
        x = preprocess(augment(self.images[idx], rng), fast=True)[0]
        return torch.from_numpy(x), torch.tensor([float(self.labels[idx])])


def fixed_val_tensor(images: np.ndarray) -> torch.Tensor:
    """Validation at the shipped condition (400px JPEG q85), computed once."""
    from PIL import Image

    return torch.from_numpy(np.concatenate(
        [preprocess(platform_condition(Image.fromarray(im), 400, 85, False)) for im in images]))


def balanced_weights(labels: np.ndarray, sources: list[str]) -> torch.Tensor:
    """Each class gets half the draws; within a class, sources weigh 1/sqrt(size) so big ones don't dominate."""
    counts = Counter(sources)
    w = np.asarray([1.0 / math.sqrt(counts[s]) for s in sources])
    for cls in (0, 1):
        m = labels == cls
        w[m] *= 0.5 / w[m].sum()
    return torch.from_numpy(w)


def train(epochs: int, out_dir: Path, limit: int | None = None, log_every: int = 20,
          budget_min: float = CONFIG.time_budget_min, init: Path | None = None, peak_lr: float = CONFIG.lr) -> Path:
    """Train and return the path of the best checkpoint (by validation AUC at 400px JPEG q85).

    init: start from these weights (a second cosine cycle, usually with a lower peak_lr).
    """
    torch.manual_seed(CONFIG.seed)
    torch.set_num_threads(CONFIG.threads)
    out_dir.mkdir(parents=True, exist_ok=True)
    tr, va = np.load(cache_path("train")), np.load(cache_path("val"))
    tr_img, tr_lab, tr_paths = tr["images"], tr["labels"], [str(p) for p in tr["paths"]]
    va_img, va_lab = va["images"], va["labels"]
    if limit:
        rng = np.random.default_rng(CONFIG.seed)
        ti, vi = rng.permutation(len(tr_lab))[:limit], rng.permutation(len(va_lab))[:limit]
        tr_img, tr_lab, tr_paths = tr_img[ti], tr_lab[ti], [tr_paths[i] for i in ti]
        va_img, va_lab = va_img[vi], va_lab[vi]
    sources = [p.rsplit("/", 1)[0] for p in tr_paths]
    ds = AugmentedFaces(tr_img, tr_lab, CONFIG.seed)
    sampler = WeightedRandomSampler(balanced_weights(tr_lab, sources), len(ds), replacement=True)
    loader = DataLoader(ds, batch_size=CONFIG.batch_size, sampler=sampler, num_workers=2 if not limit else 0,
                        persistent_workers=not limit, drop_last=True)
    val_x = fixed_val_tensor(va_img)
    model = build_model()
    if init is not None:
        model.load_state_dict(torch.load(init, map_location="cpu"))
    model = model.to(memory_format=torch.channels_last)
    opt = torch.optim.AdamW(model.parameters(), lr=peak_lr, weight_decay=CONFIG.weight_decay)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    # The schedule runs on wall time, not steps: the 2-core box is shared and its speed varies
    # several-fold, so a step-based schedule would either overrun the budget or end at a high LR.
    budget_s = budget_min * 60
    best_auc, best = -1.0, out_dir / "best.pt"
    history: list[dict[str, float]] = []
    t0 = time.time()
    done = False
    for epoch in range(epochs):
        ds.epoch = epoch
        model.train()
        for step, (x, y) in enumerate(loader):
            frac = (time.time() - t0) / budget_s
            if frac >= 1:
                done = True
                break
            lr = peak_lr * (frac / 0.1 if frac < 0.1 else 0.5 * (1 + math.cos(math.pi * (frac - 0.1) / 0.9)))
            for g in opt.param_groups:
                g["lr"] = max(lr, peak_lr * 1e-3)
            loss = loss_fn(model(x.to(memory_format=torch.channels_last)), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            if step % log_every == 0:
                print(f"epoch {epoch} step {step}/{len(loader)} loss {loss.item():.4f} lr {lr:.2e} t={time.time() - t0:.0f}s", flush=True)
        scores = predict(model, val_x)
        auc, tpr = roc_auc(va_lab, scores), tpr_at_fpr(va_lab, scores, CONFIG.target_fpr)
        history.append({"epoch": epoch, "val_auc": auc, "val_tpr_at_0.5": tpr, "time_s": time.time() - t0})
        print(f"epoch {epoch} val AUC {auc:.4f} TPR@0.5%FPR {tpr:.4f}", flush=True)
        torch.save(model.state_dict(), out_dir / "last.pt")
        if auc > best_auc:
            best_auc = auc
            torch.save(model.state_dict(), best)
        (out_dir / "history.json").write_text(json.dumps(history, indent=1))
        if done:
            break
    return best


@torch.no_grad()
def predict(model: torch.nn.Module, x: torch.Tensor, batch: int = 256) -> np.ndarray:
    """Logits for a preprocessed NCHW tensor."""
    model.eval()
    return torch.cat([model(x[i : i + batch]) for i in range(0, len(x), batch)]).flatten().numpy()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the GAN-face classifier on CPU.")
    parser.add_argument("--epochs", type=int, default=CONFIG.epochs)
    parser.add_argument("--limit", type=int, default=None, help="train on a small sample (smoke runs)")
    parser.add_argument("--out", type=Path, default=RUNS_DIR / "main")
    parser.add_argument("--budget-min", type=float, default=CONFIG.time_budget_min, help="wall-time budget")
    parser.add_argument("--init", type=Path, default=None, help="start from these weights (continued training)")
    parser.add_argument("--lr", type=float, default=CONFIG.lr, help="peak learning rate of the cosine cycle")
    args = parser.parse_args(argv)
    print("best checkpoint:", train(args.epochs, args.out, args.limit, budget_min=args.budget_min, init=args.init, peak_lr=args.lr))
    return 0


if __name__ == "__main__":
    sys.exit(main())

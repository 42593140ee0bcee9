"""Fine-tunes the stage-2 network on the training frames; resumable, one checkpoint per epoch.

    python -m models.training.train [--name lite0-s4] [--epochs 8]   # the same command continues a stopped run

Each epoch draws ``--epoch-size`` frames (with replacement) from cache/stage2/train-frames.npy: half GAN,
half real; among real frames 65% aligned photos and 35% wild or centred faces framed by their own eyes;
within a population each source weighs as the square root of its size, so no single source sets the
boundary. AdamW, a cosine schedule with warm-up, BCE. After each epoch the validation sources (never
trained on) are scored at 400 and 96 px and the figures go to runs/stage2/<name>/log.tsv with the
epoch's time and thread count; the checkpoint goes to runs/stage2/<name>/last.pt.
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from .config import CONFIG, STAGE2_RUNS
from .metrics import roc_auc, tpr_at_fpr
from .net import Stage2Net
from .samples import TRAIN_NPY, TRAIN_TSV
from .sources import all_faces


@dataclass
class Rows:
    frame: np.ndarray
    label: np.ndarray
    population: np.ndarray
    source: np.ndarray


def train_rows() -> Rows:
    faces = {f.key: f for f in all_faces()}
    cols: dict[str, list] = {"frame": [], "label": [], "population": [], "source": []}
    with open(TRAIN_TSV, newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            f = faces[r["key"]]
            cols["frame"].append(int(r["row"]))
            cols["label"].append(f.label)
            cols["population"].append(f.population)
            cols["source"].append(f.source)
    return Rows(**{k: np.asarray(v) for k, v in cols.items()})


SHARES = {"gan": 0.5, "aligned": 0.5 * 0.65, "wild": 0.5 * 0.35, "centred": 0.5 * 0.35}


def sampling_weights(rows: Rows) -> np.ndarray:
    """Per frame, so that populations get SHARES (wild and centred share theirs) and sources sqrt(size)."""
    w = np.zeros(len(rows.frame))
    pops = {"gan": ("gan",), "aligned": ("aligned",), "other": ("wild", "centred")}
    for name, members in pops.items():
        m = np.isin(rows.population, members)
        if not m.any():
            continue
        share = SHARES[members[0]]
        srcs = {s: int((m & (rows.source == s)).sum()) for s in set(rows.source[m])}
        total = sum(math.sqrt(n) for n in srcs.values())
        for s, n in srcs.items():
            w[m & (rows.source == s)] = share * math.sqrt(n) / total / n
    return w / w.sum()


def to_input(frames: np.ndarray) -> torch.Tensor:
    """N x S x S x 3 uint8 -> normalised N x 3 x S x S float32 (channels-last memory)."""
    x = torch.from_numpy(np.ascontiguousarray(frames)).float().div_(255.0)
    x = (x - torch.tensor(CONFIG.frame_mean)) / torch.tensor(CONFIG.frame_std)
    return x.permute(0, 3, 1, 2).contiguous(memory_format=torch.channels_last)


def score(model: nn.Module, frames: np.ndarray, batch: int = 64) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(frames), batch):
            out.append(model(to_input(np.asarray(frames[i : i + batch]))).numpy())
    return np.concatenate(out) if out else np.zeros(0, np.float32)


def validation(model: nn.Module) -> dict[str, float]:
    """AUC of GAN faces against aligned real photos, and the GAN share above the 95th percentile of the
    aligned photos, on the validation sources at 400 and 96 px (frames from the detector's eyes)."""
    from .evaluate import condition_table

    t = condition_table()
    frames = np.load(t.npy, mmap_mode="r")
    out: dict[str, float] = {}
    for cond in ("x400", "x96"):
        m = (t.split == "val") & (t.condition == cond) & np.isin(t.population, ("gan", "aligned"))
        logit = score(model, frames[t.frame[m]])
        y = t.label[m]
        out[f"auc_{cond}"] = roc_auc(y, logit)
        out[f"tpr5_{cond}"] = tpr_at_fpr(y, logit, 0.05)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--name", default="lite0-s4")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--epoch-size", type=int, default=12000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--threads", type=int, default=CONFIG.threads)
    ap.add_argument("--frozen-blocks", type=int, default=3, help="MBConv blocks kept frozen after the stem (3 = stages 1-2)")
    ap.add_argument("--no-val", action="store_true")
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)
    torch.manual_seed(CONFIG.seed)
    run = STAGE2_RUNS / a.name
    run.mkdir(parents=True, exist_ok=True)
    rows = train_rows()
    weights = sampling_weights(rows)
    frames = np.load(TRAIN_NPY, mmap_mode="r")
    model = Stage2Net(frozen_blocks=a.frozen_blocks).to(memory_format=torch.channels_last)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=1e-4)
    steps_per_epoch = a.epoch_size // a.batch
    total = steps_per_epoch * a.epochs
    warm = min(300, total // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else 0.5 * (1 + math.cos(math.pi * (s - warm) / max(1, total - warm))))
    start = 0
    ckpt = run / "last.pt"
    if ckpt.exists():
        state = torch.load(ckpt, map_location="cpu", weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        start = state["epoch"]
        print(f"[sockscope:train] {a.name}: resuming after epoch {start}", file=sys.stderr)
    log = run / "log.tsv"
    if not log.exists():
        log.write_text("epoch\tseconds\timages_per_s\tthreads\tloss\tauc_x400\ttpr5_x400\tauc_x96\ttpr5_x96\n")
    loss_fn = nn.BCEWithLogitsLoss()
    for epoch in range(start, a.epochs):
        rng = np.random.default_rng(CONFIG.seed + epoch)
        pick = rng.choice(len(weights), size=steps_per_epoch * a.batch, p=weights)
        model.train()
        t0, losses = time.time(), []
        for step in range(steps_per_epoch):
            idx = pick[step * a.batch : (step + 1) * a.batch]
            order = np.argsort(rows.frame[idx])  # sorted reads from the memory map
            x = to_input(frames[rows.frame[idx][order]])
            y = torch.from_numpy(rows.label[idx][order].astype(np.float32))
            loss = loss_fn(model(x), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            losses.append(float(loss))
            if step % 50 == 0:
                print(f"[sockscope:train] epoch {epoch + 1} step {step}/{steps_per_epoch} loss {np.mean(losses[-50:]):.4f} "
                      f"{(step + 1) * a.batch / (time.time() - t0):.1f} img/s", file=sys.stderr)
        seconds = time.time() - t0
        val = {} if a.no_val else validation(model)
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(), "epoch": epoch + 1,
                    "args": vars(a)}, ckpt.with_suffix(".tmp"))
        ckpt.with_suffix(".tmp").replace(ckpt)
        torch.save(model.state_dict(), run / f"epoch{epoch + 1}.pt")
        with open(log, "a") as f:
            f.write(f"{epoch + 1}\t{seconds:.0f}\t{steps_per_epoch * a.batch / seconds:.1f}\t{a.threads}\t{np.mean(losses):.4f}\t"
                    + "\t".join(f"{val.get(k, float('nan')):.4f}" for k in ("auc_x400", "tpr5_x400", "auc_x96", "tpr5_x96")) + "\n")
        print(f"[sockscope:train] epoch {epoch + 1}: {seconds:.0f} s, loss {np.mean(losses):.4f}, {val}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

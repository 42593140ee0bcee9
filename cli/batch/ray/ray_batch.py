"""`sockscope batch` on a Ray cluster: one task per shard, then one task that merges them.

    python3 cli/batch/ray/ray_batch.py INPUT --out DIR --shards N [--address auto] [--workers-per-shard 1]

Every node needs this repository (with `npm ci` done) at the same path, and INPUT and DIR on storage that
all nodes share (NFS, a mounted bucket): each task writes DIR/shard-<i>, the merge writes DIR/merged.
"""
from __future__ import annotations

import argparse
import os
import subprocess
from pathlib import Path

import ray

REPO = Path(__file__).resolve().parents[3]
CLI = [os.environ.get("NODE", "node"), str(REPO / "bin" / "sockscope.mjs"), "batch"]


def _run(args: list[str]) -> str:
    done = subprocess.run(CLI + args, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"[sockscope:ray] sockscope batch {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout.strip()


def run_shard(source: str, out: str, index: int, count: int, workers: int) -> str:
    """One shard, resumable: a retried task continues in the same folder."""
    shard_dir = str(Path(out) / f"shard-{index}")
    _run([source, "--out", shard_dir, "--shard", f"{index}/{count}", "--workers", str(workers)])
    return shard_dir


def merge(shard_dirs: list[str], out: str) -> str:
    merged = str(Path(out) / "merged")
    _run(["merge", "--out", merged, *shard_dirs])
    return merged


def run_on_ray(source: str, out: str, shards: int, workers_per_shard: int = 1, address: str | None = None, node_ip: str | None = None) -> str:
    """Runs every shard as a Ray task (retried on node loss), then the merge; returns the merged folder."""
    # Tasks import this module by name on whichever node runs them: every node has the repo at the same path.
    env = {"env_vars": {"PYTHONPATH": str(Path(__file__).resolve().parent)}}
    ray.init(address=address, runtime_env=env, ignore_reinit_error=True, log_to_driver=False, _node_ip_address=node_ip)
    try:
        shard_task = ray.remote(num_cpus=workers_per_shard, max_retries=2)(run_shard)
        dirs = ray.get([shard_task.remote(source, out, i, shards, workers_per_shard) for i in range(shards)])
        return ray.get(ray.remote(num_cpus=1)(merge).remote(dirs, out))
    finally:
        ray.shutdown()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input")
    p.add_argument("--out", required=True)
    p.add_argument("--shards", type=int, required=True)
    p.add_argument("--workers-per-shard", type=int, default=1)
    p.add_argument("--address", default=None, help="a running cluster ('auto' on one of its nodes); default: start a local one")
    a = p.parse_args()
    print(run_on_ray(str(Path(a.input).resolve()), str(Path(a.out).resolve()), a.shards, a.workers_per_shard, a.address))


if __name__ == "__main__":
    main()

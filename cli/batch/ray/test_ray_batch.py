"""`sockscope batch` on a real Ray cluster (started here with `ray start --head`): N shard tasks and a merge
task give exactly the tables of one run; DuckDB and pandas read every table without conversion."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED = Path(os.environ.get("SOCKSCOPE_SHARED", REPO.parent / "shared"))
ACCOUNTS = int(os.environ.get("SOCKSCOPE_RAY_ACCOUNTS", "300"))

ray = pytest.importorskip("ray") if not os.environ.get("CI") else __import__("ray")
duckdb = pytest.importorskip("duckdb") if not os.environ.get("CI") else __import__("duckdb")
sys.path.insert(0, str(Path(__file__).parent))
from ray_batch import run_on_ray  # noqa: E402

if not (SHARED / "data").exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"[sockscope:test] ../shared is missing at {SHARED}; CI requires it")
    pytest.skip("../shared not found", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _one(query: str):
    return duckdb.sql(query).fetchall()[0][0]


def _cli(*args: str) -> None:
    subprocess.run(["node", str(REPO / "bin" / "sockscope.mjs"), *args], cwd=REPO, check=True, capture_output=True)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("ray-batch")
    archive = root / "archive"
    subprocess.run(["npx", "tsx", "cli/batch/testing/make-archive.ts", str(archive), str(ACCOUNTS), str(ACCOUNTS * 10)], cwd=REPO, check=True, capture_output=True)
    single = root / "single"
    _cli("batch", str(archive), "--out", str(single), "--workers", "2")
    port = _free_port()
    start = ["ray", "start", "--head", "--node-ip-address", "127.0.0.1", "--port", str(port), "--num-cpus", "2",
             "--object-store-memory", "100000000", "--include-dashboard", "false", "--disable-usage-stats", "--temp-dir", str(root / "ray")]
    subprocess.run(start, check=True, capture_output=True)
    try:
        merged = run_on_ray(str(archive), str(root / "on-ray"), shards=3, address=f"127.0.0.1:{port}", node_ip="127.0.0.1")
    finally:
        subprocess.run(["ray", "stop", "--force"], capture_output=True)
    yield single, Path(merged), archive
    shutil.rmtree(root, ignore_errors=True)


def test_shards_on_ray_merge_to_the_single_run(runs):
    single, merged, _ = runs
    assert sorted(p.name for p in (merged.parent).iterdir() if p.name.startswith("shard-")) == ["shard-0", "shard-1", "shard-2"]
    for name in ("accounts.parquet", "clusters.parquet", "links.parquet"):
        assert (merged / name).read_bytes() == (single / name).read_bytes(), name
    q = "select * from read_parquet('{}/images/*.parquet') order by path"
    assert duckdb.sql(q.format(merged)).fetchall() == duckdb.sql(q.format(single)).fetchall()


def test_duckdb_and_pandas_read_every_table(runs):
    single, _, archive = runs
    users = len((archive / "synthetic_users_csv_hashed.csv").read_text().strip().splitlines()) - 1
    types = {r[0]: r[1] for r in duckdb.sql(f"describe select * from '{single}/accounts.parquet'").fetchall()}
    assert types["risk"] == "DOUBLE" and types["score_gan_face"] == "DOUBLE" and types["user_screen_name"] == "VARCHAR"
    assert _one(f"select count(*) from '{single}/accounts.parquet'") == users
    images = duckdb.sql(f"select status, flagged, width, score from read_parquet('{single}/images/*.parquet')")
    assert [str(c) for c in images.types] == ["VARCHAR", "BOOLEAN", "BIGINT", "DOUBLE"]
    assert _one(f"select count(*) from read_parquet('{single}/images/*.parquet') where status = 'error'") == 3
    kinds = _one(f"select count(distinct kind) from '{single}/clusters.parquet' where size >= 3")
    assert kinds == 4  # the planted ring, burst, reused avatar and co-repost group
    import pandas as pd

    frame = pd.read_parquet(single / "images")
    assert len(frame) == users - 1 and frame["path"].is_unique
    assert list(pd.read_parquet(single / "links.parquet").columns) == ["account_a", "account_b", "kind", "evidence"]

"""Which training faces count as large originals, read from the data folders' images.tsv.
Pure python and numpy (CI runs it without torch)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.training.originals import cached_and_missing, large, matched_draw, shorter_sides

HEADER = "label\tgroup\tsource\tfile\tsha256\twidth\theight\tformat\tpath\tnote\n"


def _folder(tmp: Path, name: str, rows: list[tuple[str, int, int]]) -> Path:
    d = tmp / name
    d.mkdir()
    lines = [f"gan\tstylegan2\to/r\t{p}\t0\t{w}\t{h}\tJPEG\t{p}\t\n" for p, w, h in rows]
    (d / "images.tsv").write_text(HEADER + "".join(lines))
    return d


def test_the_shorter_side_of_each_original_is_keyed_like_a_face(tmp_path: Path) -> None:
    shared = _folder(tmp_path, "shared", [("gan/a.jpg", 1024, 1024), ("real/b.png", 640, 300)])
    extra = _folder(tmp_path, "extra", [("gan/a.jpg", 128, 200)])
    sides = shorter_sides({"shared": shared, "extra": extra, "absent": tmp_path / "nowhere"})
    assert sides == {"shared:gan/a.jpg": 1024, "shared:real/b.png": 300, "extra:gan/a.jpg": 128}


def test_large_keeps_faces_at_or_above_the_limit_in_their_order() -> None:
    sides = {"a": 400, "b": 399, "c": 1024, "d": 256}
    assert large(["a", "b", "c", "d"], sides, 400).tolist() == [0, 2]
    assert large(["a", "b", "c", "d"], sides, 256).tolist() == [0, 1, 2, 3]


def test_a_face_without_a_recorded_size_is_an_error_not_a_small_face() -> None:
    with pytest.raises(KeyError, match="no recorded size"):
        large(["a", "z"], {"a": 500}, 400)


def test_cached_items_are_those_before_the_feature_files_count() -> None:
    cached, missing = cached_and_missing(np.asarray([9, 1, 5, 6, 1]), 6)
    assert cached.tolist() == [1, 5]
    assert missing.tolist() == [6, 9]


def test_the_control_draws_as_many_faces_per_population_first_in_order() -> None:
    order = np.asarray(["gan", "aligned", "gan", "wild", "centred", "aligned", "gan"])
    want = np.asarray(["gan", "gan", "aligned", "centred"])
    assert matched_draw(order, want).tolist() == [0, 1, 2, 3]
    with pytest.raises(ValueError, match="needs 4 gan faces"):
        matched_draw(order, np.asarray(["gan"] * 4))

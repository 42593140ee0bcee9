"""Stage-2 training pipeline pieces that need no torch (CI runs them): copies carry their eyes, near-duplicates
are found, the operating point respects its limits, and int8 weights keep the graph's output."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from models.training.dedup import clusters, pairs
from models.training.policy import lowest_logit
from models.training.samples import served_copy


def _dots(w: int, h: int, eyes: tuple[tuple[float, float], tuple[float, float]]) -> Image.Image:
    img = Image.new("RGB", (w, h), (128, 128, 128))
    d = ImageDraw.Draw(img)
    for x, y in eyes:
        d.ellipse((x - 12, y - 12, x + 12, y + 12), fill=(255, 0, 0))
    return img


def _red_centre(img: Image.Image, split: float) -> list[tuple[float, float]]:
    """Centres of the red pixels left and right of x = split (pixel centres at k + 0.5)."""
    a = np.asarray(img, np.float32)
    red = a[..., 0] - a[..., 1] > 60
    ys, xs = np.nonzero(red)
    left = xs + 0.5 < split
    return [(xs[m].mean() + 0.5, ys[m].mean() + 0.5) for m in (left, ~left)]


def test_a_served_copy_carries_its_eyes() -> None:
    eyes = ((150.0, 190.0), (250.0, 192.0))
    img = _dots(400, 460, eyes)
    checked = 0
    for seed in range(40):
        copy, moved = served_copy(img, eyes, np.random.default_rng(seed))
        if copy.size[0] < 120:
            continue  # the dots blur into the background at the smallest sizes
        checked += 1
        for (fx, fy), (mx, my) in zip(_red_centre(copy, (moved[0][0] + moved[1][0]) / 2), moved):
            assert abs(fx - mx) < 0.02 * copy.size[0] + 1 and abs(fy - my) < 0.02 * copy.size[0] + 1, seed
    assert checked >= 10


def test_re_encoded_copies_are_one_cluster_and_others_are_not() -> None:
    rng = np.random.default_rng(0)
    base = rng.normal(size=(3, 1024)).astype(np.float32)
    v = np.concatenate([base, base[:1] + rng.normal(0, 0.01, (1, 1024)).astype(np.float32)])
    v -= v.mean(axis=1, keepdims=True)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    edges = pairs(v, 0.95)
    assert [(a, b) for a, b, _ in edges] == [(0, 3)]
    root = clusters(len(v), edges)
    assert root[0] == root[3] and len({root[0], root[1], root[2]}) == 3


def test_the_lowest_logit_keeps_the_false_positive_rate_within_its_limit() -> None:
    neg = np.random.default_rng(1).normal(size=1000)
    for fpr in (0.0, 0.005, 0.03, 0.2):
        t = lowest_logit(neg, fpr)
        assert np.mean(neg >= t) <= fpr
        assert np.mean(neg >= np.nextafter(np.sort(neg)[::-1][int(fpr * 1000)], -np.inf)) > fpr or fpr == 0


def test_int8_weights_keep_a_convolutions_output(tmp_path) -> None:
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    from models.training.export import int8_weights

    rng = np.random.default_rng(2)
    w = rng.normal(0, 0.2, (8, 3, 3, 3)).astype(np.float32)
    fc = rng.normal(0, 0.2, (1, 8)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("Conv", ["x", "w"], ["c"], pads=[1, 1, 1, 1]),
         helper.make_node("GlobalAveragePool", ["c"], ["g"]),
         helper.make_node("Flatten", ["g"], ["f"]),
         helper.make_node("Gemm", ["f", "fc"], ["y"], transB=1)],
        "t", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 16, 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 1])],
        [numpy_helper.from_array(w, "w"), numpy_helper.from_array(fc, "fc")])
    src, dst = tmp_path / "f.onnx", tmp_path / "q.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(src))
    int8_weights(src, dst)
    q = onnx.load(str(dst))
    assert {i.data_type for i in q.graph.initializer if i.name.endswith("_int8")} == {TensorProto.INT8}
    x = rng.normal(size=(1, 3, 16, 16)).astype(np.float32)
    a = ort.InferenceSession(str(src)).run(None, {"x": x})[0]
    b = ort.InferenceSession(str(dst)).run(None, {"x": x})[0]
    assert np.abs(a - b).max() < 0.02 * (np.abs(a).max() + 1e-3)


def test_the_every_face_cut_off_keeps_its_share_of_validation_wild_avatars() -> None:
    from models.training.evaluate import CondTable
    from models.training.policy import choose

    rng = np.random.default_rng(0)
    n_gan, n_aligned, n_wild = 300, 300, 2000
    pop = np.array(["gan"] * n_gan + ["aligned"] * n_aligned + ["wild"] * n_wild)
    n = len(pop)
    logit = np.concatenate([rng.normal(2, 1, n_gan), rng.normal(-1, 1, n_aligned), rng.normal(-2, 1.5, n_wild)])
    eye = np.where(pop == "wild", 0.1, 0.01)
    eye[n_gan + n_aligned : n_gan + n_aligned + 100] = 0.01  # a few wild avatars' eyes match; the rest only the every-face mode sees
    t = CondTable(npy=None, key=np.array([f"k{i}" for i in range(n)]), condition=np.array(["x400"] * n),
                  label=(pop == "gan").astype(int), population=pop, source=np.array(["s"] * n),
                  split=np.array(["val"] * n), eye=eye, frame=np.arange(n), file=np.array([""] * n))
    wild = logit[(pop == "wild") & (eye > 0.05)]
    for share in (0.005, 0.003):
        c = choose(t, logit, np.full(n, 100.0), every_max_wild=share)
        assert np.mean(wild >= c["everyFaceLogit"]) <= share
        assert c["everyFaceLogit"] >= c["flagLogit"]
    assert choose(t, logit, np.full(n, 100.0), every_max_wild=0.003)["everyFaceLogit"] > choose(t, logit, np.full(n, 100.0))["everyFaceLogit"]

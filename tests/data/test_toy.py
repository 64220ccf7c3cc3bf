"""Toy datasets: shapes, dtypes, determinism, the lecture's XOR points, and that each set is learnable."""
import numpy as np
import pytest

from nnstudio.data import TOY_DATASETS, Dataset, load_dataset

CLASSIFICATION = ["xor_cloud", "circle", "gaussians", "moons", "spiral", "three_blobs", "spiral3"]


def test_contract_names_exist():
    assert set(TOY_DATASETS) == {"xor", "xor_cloud", "circle", "gaussians", "spiral", "moons",
                                 "three_blobs", "spiral3", "venn", "sine"}
    for name, (title, generator) in TOY_DATASETS.items():
        assert isinstance(title, str) and title
        assert generator().name == name


def test_xor_is_the_lecture_truth_table():
    d = load_dataset("xor")
    table = {tuple(x): y for x, y in zip(d.x_train.tolist(), d.y_train[:, 0].tolist())}
    assert table == {(0.0, 0.0): 0.0, (0.0, 1.0): 1.0, (1.0, 0.0): 1.0, (1.0, 1.0): 0.0}
    np.testing.assert_array_equal(d.x_test, d.x_train)
    np.testing.assert_array_equal(d.y_test, d.y_train)
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.float32 and d.y_train.shape == (4, 1)
    assert d.problem == "binary" and d.n_classes == 1 and d.class_names == ("0", "1")
    x0, x1, y0, y1 = d.extent
    assert x0 < 0 and x1 > 1 and y0 < 0 and y1 > 1
    # "noise" and "n" do not change the lecture's points
    np.testing.assert_array_equal(load_dataset("xor", n=500, noise=0.5, seed=3).x_train, d.x_train)


@pytest.mark.parametrize("name", CLASSIFICATION)
def test_classification_shapes_and_dtypes(name):
    d = load_dataset(name, n=200, noise=0.1, seed=1, test_fraction=0.3)
    assert d.n_train + d.n_test == 200
    assert d.n_test == pytest.approx(60, abs=2)
    assert d.x_train.shape == (d.n_train, 2) and d.x_train.dtype == np.float32
    k = 3 if name in ("three_blobs", "spiral3") else 2
    if k == 2:
        assert d.problem == "binary" and d.n_classes == 1 and len(d.class_names) == 2
        assert d.y_train.shape == (d.n_train, 1) and d.y_train.dtype == np.float32
        assert set(np.unique(d.y_train)) == {0.0, 1.0}
    else:
        assert d.problem == "multiclass" and d.n_classes == 3 and d.class_names == ("0", "1", "2")
        assert d.y_train.shape == (d.n_train,) and d.y_train.dtype == np.int64
        assert set(np.unique(d.y_train)) == {0, 1, 2}
    # balanced classes, stratified split
    for split in ("train", "test"):
        counts = np.bincount(d.labels(split), minlength=k)
        assert counts.max() - counts.min() <= 1 + k
    # the extent covers every point with a margin
    x0, x1, y0, y1 = d.extent
    allx = np.concatenate([d.x_train, d.x_test])
    assert x0 < allx[:, 0].min() and allx[:, 0].max() < x1
    assert y0 < allx[:, 1].min() and allx[:, 1].max() < y1


@pytest.mark.parametrize("name", list(TOY_DATASETS))
def test_same_seed_same_points_other_seed_other_points(name):
    a, b, c = load_dataset(name, seed=5), load_dataset(name, seed=5), load_dataset(name, seed=6)
    np.testing.assert_array_equal(a.x_train, b.x_train)
    np.testing.assert_array_equal(a.y_train, b.y_train)
    np.testing.assert_array_equal(a.x_test, b.x_test)
    if name != "xor":
        assert not np.array_equal(a.x_train, c.x_train)


def _one_nn_accuracy(d: Dataset) -> float:
    dist = ((d.x_test[:, None, :] - d.x_train[None, :, :]) ** 2).sum(-1)
    pred = d.labels("train")[dist.argmin(axis=1)]
    return float((pred == d.labels("test")).mean())


@pytest.mark.parametrize("name", CLASSIFICATION)
def test_sets_are_learnable_and_noise_blurs_them(name):
    # A 1-nearest-neighbour classifier stands in for a network: clean sets are (almost) perfectly
    # learnable; heavy noise destroys the structure.
    clean = load_dataset(name, n=400, noise=0.0, seed=0)
    assert _one_nn_accuracy(clean) >= 0.95
    noisy = load_dataset(name, n=400, noise=2.0, seed=0)
    assert _one_nn_accuracy(noisy) < 0.85


def test_simple_rules_separate_the_clean_sets():
    d = load_dataset("gaussians", n=400, noise=0.0)
    assert ((d.x_train.sum(1) > 0) == (d.labels() == 1)).mean() > 0.95
    d = load_dataset("circle", n=400, noise=0.0)
    r = np.hypot(d.x_train[:, 0], d.x_train[:, 1])
    assert np.all((r < 0.5) == (d.labels() == 1))
    d = load_dataset("xor_cloud", n=400, noise=0.0)
    assert np.all((d.x_train[:, 0] * d.x_train[:, 1] < 0) == (d.labels() == 1))


def test_sine_regression():
    d = load_dataset("sine", n=300, noise=0.1, seed=0)
    assert d.problem == "regression" and d.n_classes == 1 and d.class_names == () and d.extent is None
    assert d.x_train.shape == (d.n_train, 1) and d.y_train.shape == (d.n_train, 1)
    assert d.y_train.dtype == np.float32
    residual = d.y_train - np.sin(d.x_train)
    assert 0.07 < residual.std() < 0.13
    assert np.all(np.abs(d.x_train) <= np.pi)
    with pytest.raises(ValueError, match="no class labels"):
        d.labels()


def test_venn_is_multi_label_with_every_combination():
    d = load_dataset("venn", n=600, noise=0.0, seed=0, test_fraction=0.3)
    assert d.problem == "multilabel" and d.n_classes == 3 and d.class_names == ("0", "1", "2")
    assert d.x_train.shape == (d.n_train, 2) and d.y_train.shape == (d.n_train, 3)
    assert d.y_train.dtype == np.float32 and set(np.unique(d.y_train)) == {0.0, 1.0}
    assert d.n_train + d.n_test == 600
    # label j is "inside disc j": exact on clean points
    from nnstudio.data.toy import VENN_CENTRES, VENN_RADIUS
    for x, y in ((d.x_train, d.y_train), (d.x_test, d.y_test)):
        inside = np.linalg.norm(x[:, None, :] - VENN_CENTRES[None], axis=2) < VENN_RADIUS
        np.testing.assert_array_equal(inside, y == 1.0)
    # none, one, two and all three labels all occur, in both splits (stratified by the combination)
    for y in (d.y_train, d.y_test):
        assert set(y.sum(axis=1).astype(int)) == {0, 1, 2, 3}
    with pytest.raises(ValueError, match="labels"):
        d.labels()   # several labels per point: no single class


def test_bad_arguments_say_what_is_allowed():
    with pytest.raises(ValueError, match="unknown dataset 'nope'.*xor"):
        load_dataset("nope")
    with pytest.raises(ValueError, match="noise must be"):
        load_dataset("circle", noise=-1)
    with pytest.raises(ValueError, match="test_fraction"):
        load_dataset("moons", test_fraction=1.0)
    with pytest.raises(ValueError, match=r"spiral3 takes from 6 to 1,000,000 points \(got 2\)"):
        load_dataset("spiral3", n=2)
    with pytest.raises(ValueError, match=r"circle takes from 4 to 1,000,000 points \(got 1000001\)"):
        load_dataset("circle", n=1_000_001)


def test_with_points_and_without_point_return_new_datasets():
    d = load_dataset("circle", n=40, seed=0)
    d2 = d.with_points([[0.1, 0.2], [0.3, -0.1]], [1, 0])
    assert d.n_train == 28 and d2.n_train == 30  # the original is unchanged
    np.testing.assert_array_equal(d2.x_train[-2:], np.array([[0.1, 0.2], [0.3, -0.1]], np.float32))
    np.testing.assert_array_equal(d2.y_train[-2:], [[1.0], [0.0]])
    assert d2.y_train.dtype == np.float32 and d2.extent == d.extent  # inside: extent unchanged
    far = d.with_points([5.0, -6.0], 1)
    x0, x1, y0, y1 = far.extent
    assert x1 > 5.0 and y0 < -6.0
    d3 = d2.without_point(0)
    assert d3.n_train == 29
    np.testing.assert_array_equal(d3.x_train, d2.x_train[1:])
    assert d2.nearest_point([0.3, -0.1]) == d2.n_train - 1
    with pytest.raises(IndexError, match="no point 99"):
        d.without_point(99)
    with pytest.raises(ValueError, match="integer 0..1"):
        d.with_points([0, 0], [2])
    with pytest.raises(ValueError, match="2 coordinates"):
        d.with_points([0, 0, 0], [1])

    m = load_dataset("three_blobs", n=30)
    m2 = m.with_points([0, 0], 2, split="test")
    assert m2.y_test.dtype == np.int64 and m2.y_test[-1] == 2 and m2.n_test == m.n_test + 1
    with pytest.raises(ValueError, match="integer 0..2"):
        m.with_points([0, 0], 3)

    s = load_dataset("sine", n=20)
    s2 = s.with_points([[0.5]], [0.25])
    assert s2.y_train[-1, 0] == np.float32(0.25)


def test_dataset_rejects_inconsistent_arrays():
    x = np.zeros((3, 2), np.float32)
    with pytest.raises(ValueError, match="int64 labels"):
        Dataset("bad", x, np.zeros((3, 1), np.float32), x, np.zeros((3, 1), np.float32),
                problem="multiclass", n_classes=3)
    with pytest.raises(ValueError, match="3 rows but y_train has 2"):
        Dataset("bad", x, np.zeros((2, 1), np.float32), x, np.zeros((3, 1), np.float32),
                problem="binary", n_classes=1)


@pytest.mark.parametrize("name", ["spiral", "spiral3"])
def test_default_spirals_are_readable(name):
    # Neighbouring arms stay apart everywhere (also near the centre, where the arms start), and the default
    # noise keeps each point nearer to its own arm: a student sees arms, not a cloud.
    clean = load_dataset(name, n=600, noise=0.0, seed=0)
    x = np.concatenate([clean.x_train, clean.x_test])
    labels = np.concatenate([clean.labels("train"), clean.labels("test")])
    dist = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(-1))
    other = labels[:, None] != labels[None, :]
    assert dist[other].min() > 0.22
    assert _one_nn_accuracy(load_dataset(name, seed=0)) >= 0.97
    # the points are spread evenly along the arm: no gaps and clumps (the radius grows along the arm)
    arm = x[labels == 0]
    arm = arm[np.argsort(np.hypot(arm[:, 0], arm[:, 1]))]
    steps = np.hypot(*np.diff(arm, axis=0).T)
    assert steps.max() < 2 * np.median(steps)

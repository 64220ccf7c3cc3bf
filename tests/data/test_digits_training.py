"""The script that trains the pad's shipped model (a quick run on a slice of MNIST)."""
import json

import pytest

from nnstudio.tools import train_pad_model


def test_cosine_schedule_starts_at_the_peak_and_ends_at_one_percent():
    assert train_pad_model.cosine_lr(0, 20, 1e-3) == pytest.approx(1e-3)
    assert train_pad_model.cosine_lr(19, 20, 1e-3) == pytest.approx(1e-5)
    lrs = [train_pad_model.cosine_lr(e, 20, 1e-3) for e in range(20)]
    assert all(a > b for a, b in zip(lrs, lrs[1:]))


def test_a_short_run_writes_a_loadable_model_and_its_card(tmp_path, capsys):
    from nnstudio.data import load_mnist
    from nnstudio.engine import load_model
    try:
        ds = load_mnist("mnist")
    except (OSError, ValueError) as exc:
        pytest.skip(f"MNIST not found: {exc}")
    out = tmp_path / "m.npz"
    assert train_pad_model.main(["--out", str(out), "--epochs", "2", "--train-limit", "3000", "--seed", "3"]) == 0
    printed = capsys.readouterr().out
    assert "epoch  1/2" in printed and "epoch  2/2" in printed and "test accuracy" in printed
    card = json.loads(out.with_suffix(".json").read_text())
    assert card["seed"] == 3 and card["epochs"] == 2 and card["dataset"] == "mnist"
    assert card["command"].endswith("--out " + str(out) + " --epochs 2 --train-limit 3000 --seed 3")
    model = load_model(out)
    assert (model.input_dim, model.output_dim) == (784, 10)
    acc = float((model.predict(ds.x_test).argmax(axis=1) == ds.y_test).mean())
    assert acc == pytest.approx(card["test_accuracy"], abs=1e-6)
    assert acc > 0.75                                  # 3000 images, 2 epochs: far better than chance (0.1)


def test_missing_data_is_a_clear_error_not_a_traceback(tmp_path, capsys):
    code = train_pad_model.main(["--out", str(tmp_path / "m.npz"), "--data", str(tmp_path / "nowhere")])
    assert code == 2
    assert "error:" in capsys.readouterr().err
    assert not (tmp_path / "m.npz").exists()

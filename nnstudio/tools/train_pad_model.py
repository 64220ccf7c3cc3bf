"""Train the drawing pad's shipped model with our own engine.

    python -m nnstudio.tools.train_pad_model --out resources/models/mnist_mlp.npz

An MLP 784-512-256-10 (ReLU, dropout 0.2, softmax) trained with Adam and a cosine learning-rate decay on
MNIST's 60,000 training digits, freshly augmented every epoch (shifts, rotations, scaling, shear, stroke
thickness: see nnstudio.data.augment) so that it also recognizes digits drawn on the pad. Everything is
seeded, so the same command gives the same model. The untouched MNIST test set is used once, at the end,
to measure the accuracy written into the model card (``<out>.json``) next to the model.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
import json
import math
import platform
import sys
import time
from pathlib import Path

import numpy as np

DEFAULTS = {
    "mnist": {"epochs": 20, "hidden": (512, 256), "dropout": 0.2, "augment": {}},
    # Clothes are photographed upright and the same way round: only small shifts and size changes.
    "fashion": {"epochs": 20, "hidden": (512, 256), "dropout": 0.2,
                "augment": {"max_shift": 1.5, "max_rotation": 4.0, "scale": (0.92, 1.08), "max_shear": 0.04,
                            "p_thickness": 0.0}},
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m nnstudio.tools.train_pad_model", description=__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, required=True, help="model file to write (.npz); the card goes to .json")
    p.add_argument("--dataset", choices=("mnist", "fashion"), default="mnist")
    p.add_argument("--epochs", type=int, default=None, help="training epochs (default 20)")
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--lr", type=float, default=1e-3, help="Adam's peak learning rate (cosine decay to 1%%)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-augment", action="store_true", help="train on the plain images")
    p.add_argument("--data", type=Path, default=None, help="folder with the MNIST files (default: search)")
    p.add_argument("--train-limit", type=int, default=None, metavar="N",
                   help="train on the first N training images only (quick checks; the shipped model uses all)")
    return p


def cosine_lr(epoch: int, epochs: int, peak: float, floor_fraction: float = 0.01) -> float:
    """Learning rate for a 0-based epoch: peak at the start, cosine down to floor_fraction * peak."""
    t = epoch / max(1, epochs - 1)
    return peak * (floor_fraction + (1 - floor_fraction) * 0.5 * (1 + math.cos(math.pi * t)))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import nnstudio  # noqa: F401  (picks the BLAS kernels before NumPy work starts)
    from nnstudio.data import load_mnist
    from nnstudio.data.augment import Augmenter
    from nnstudio.engine import Adam, Dense, Dropout, Sequential
    from nnstudio.engine.io import save_model

    cfg = DEFAULTS[args.dataset]
    epochs = args.epochs or cfg["epochs"]
    try:
        ds = load_mnist(args.dataset, path=args.data)
    except (OSError, ValueError) as exc:       # DataNotFoundError / DataCorruptError say how to get the files
        print(f"error: {exc}", file=sys.stderr)
        return 2
    x_train, y_train = ds.x_train.astype(np.float32), ds.y_train.astype(np.int64)
    if args.train_limit is not None:
        if args.train_limit < 1:
            print("error: --train-limit must be a positive number of images", file=sys.stderr)
            return 2
        x_train, y_train = x_train[:args.train_limit], y_train[:args.train_limit]
    x_test, y_test = ds.x_test.astype(np.float32), ds.y_test.astype(np.int64)
    rng = np.random.default_rng(args.seed)
    augmenter = Augmenter(**cfg["augment"])
    # A fixed clean subset of the training set to watch progress without looking at the test set.
    watch = rng.choice(len(x_train), min(10000, len(x_train)), replace=False)

    h1, h2 = cfg["hidden"]
    model = Sequential([Dense(h1, input_dim=784, activation="relu"), Dropout(cfg["dropout"]),
                        Dense(h2, activation="relu"), Dropout(cfg["dropout"]),
                        Dense(10, activation="softmax")], seed=args.seed, dtype="float32")
    model.compile(optimizer=Adam(lr=args.lr), loss="categorical_crossentropy", metrics=["accuracy"])
    print(f"{args.dataset}: {len(x_train)} training and {len(x_test)} test images; "
          f"MLP 784-{h1}-{h2}-10, {epochs} epochs, batch {args.batch_size}, seed {args.seed}, "
          f"augmentation {'off' if args.no_augment else 'on'}", flush=True)
    t_start = time.perf_counter()
    for epoch in range(epochs):
        t0 = time.perf_counter()
        model.optimizer.lr = cosine_lr(epoch, epochs, args.lr)
        x_epoch = x_train if args.no_augment else augmenter(x_train, rng)
        hist = model.fit(x_epoch, y_train, epochs=1, batch_size=args.batch_size, verbose=0, shuffle=True)
        loss = hist.history["loss"][-1]
        acc = hist.history["accuracy"][-1]
        _, watch_acc = model.evaluate(x_train[watch], y_train[watch])
        print(f"epoch {epoch + 1:2d}/{epochs}  lr {model.optimizer.lr:.2e}  loss {loss:.4f}  "
              f"train acc (augmented) {acc:.4f}  train acc (clean subset) {watch_acc:.4f}  "
              f"{time.perf_counter() - t0:.1f} s", flush=True)
    seconds = time.perf_counter() - t_start
    test_loss, test_acc = model.evaluate(x_test, y_test)
    print(f"test accuracy {test_acc:.4f} (loss {test_loss:.4f}) on the {len(x_test)} untouched test images; "
          f"training took {seconds / 60:.1f} min", flush=True)

    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    save_model(model, out, include_optimizer=False)  # a model for prediction: no Adam moments
    command = "python -m nnstudio.tools.train_pad_model " + " ".join(
        str(a) for a in (argv if argv is not None else sys.argv[1:]))
    card = {
        "model": out.name,
        "dataset": args.dataset,
        "class_names": list(ds.class_names),
        "architecture": f"784-{h1}-{h2}-10 relu, dropout {cfg['dropout']}, softmax",
        "preprocessing": "nnstudio.data.digits.to_mnist" if args.dataset == "mnist"
                         else "nnstudio.data.digits.to_fashion_mnist",
        "test_accuracy": round(float(test_acc), 6),
        "test_loss": round(float(test_loss), 6),
        "test_images": int(len(x_test)),
        "epochs": epochs,
        "batch_size": args.batch_size,
        "optimizer": f"Adam, lr {args.lr} cosine-decayed to {args.lr * 0.01}",
        "augmentation": None if args.no_augment else dataclasses.asdict(augmenter),
        "seed": args.seed,
        "command": command,
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "training_seconds": round(seconds, 1),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
                   f"numpy {np.__version__}",
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out} and {out.with_suffix('.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

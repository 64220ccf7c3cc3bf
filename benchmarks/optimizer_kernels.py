"""Every optimizer's compiled kernel against its NumPy code, in one process.

    python benchmarks/optimizer_kernels.py [--chunks 40]

For SGD (plain, momentum, Nesterov), Adagrad, RMSprop (plain, momentum) and Adam:
1. one update of the MNIST benchmark network's 235,146 parameters (one flat float32 array), best of 20
   chunks, NumPy code and kernel alternating;
2. a whole training step of 784-256-128-10 / ReLU / softmax-CE at batch 128 on MNIST (random data of its
   shape without the files), two models from the same weights taking the same batches, one with the kernel
   and one without (the layers' kernels in both), alternating in 20-step chunks: best and median µs per step,
   and whether the two models' weights are still bit for bit equal at the end.
Plain SGD and centered RMSprop have no kernel (their NumPy code runs in both columns).
"""
from __future__ import annotations

import argparse
import os
from contextlib import nullcontext
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import nnstudio  # noqa: E402,F401  (before numpy: it may choose the BLAS kernels)
import numpy as np  # noqa: E402

from nnstudio.engine import Dense, Sequential, _fused, optimizers  # noqa: E402

CASES = (("sgd", dict(lr=0.05)), ("sgd", dict(lr=0.05, momentum=0.9)),
         ("sgd", dict(lr=0.05, momentum=0.9, nesterov=True)), ("adagrad", dict(lr=0.01)),
         ("rmsprop", dict(lr=1e-3)), ("rmsprop", dict(lr=1e-3, momentum=0.9)), ("adam", dict(lr=1e-3)))


class _NumPyOnly:
    """Within the block, optimizers take their NumPy code (the layers keep their kernels)."""

    def __enter__(self):
        self._saved = _fused.optimizer_kernel, _fused.adam_kernel
        _fused.optimizer_kernel = lambda name: None
        _fused.adam_kernel = lambda: None

    def __exit__(self, *exc):
        _fused.optimizer_kernel, _fused.adam_kernel = self._saved


def _label(name: str, options: dict) -> str:
    extra = ", ".join(f"{k}={v}" for k, v in options.items() if k != "lr")
    return f"{name}({extra})" if extra else name


def update_times(name, options, chunks, size=235_146):
    rng = np.random.default_rng(0)
    g = rng.normal(size=size).astype(np.float32)
    best = {}
    runs = {"numpy": optimizers.OPTIMIZERS[name](**options), "kernel": optimizers.OPTIMIZERS[name](**options)}
    params = {k: rng.normal(size=size).astype(np.float32) for k in runs}
    for _ in range(chunks):
        for key, opt in runs.items():
            with _NumPyOnly() if key == "numpy" else nullcontext():
                t0 = time.perf_counter()
                for _ in range(10):
                    opt.step([params[key]], [g])
                best[key] = min(best.get(key, 1e9), (time.perf_counter() - t0) / 10)
    return best["numpy"] * 1e6, best["kernel"] * 1e6


def step_times(name, options, chunks, x, y):
    def make():
        model = Sequential([Dense(256, input_dim=784, activation="relu"), Dense(128, activation="relu"),
                            Dense(10, activation="softmax")], seed=0, dtype="float32")
        model.compile(optimizer=optimizers.OPTIMIZERS[name](**options), loss="categorical_crossentropy")
        return model

    models = {"numpy": make(), "kernel": make()}
    xs = models["numpy"]._check_x(x)
    ys = models["numpy"]._check_y(y, len(x))
    order = np.random.default_rng(0).permutation(len(x))
    per_step = {key: [] for key in models}
    steps_per_epoch = len(x) // 128
    for chunk in range(chunks + 1):
        for key, model in models.items():
            with _NumPyOnly() if key == "numpy" else nullcontext():
                t0 = time.perf_counter()
                for s in range(20):
                    start = (chunk * 20 + s) % steps_per_epoch * 128
                    model.train_step(*model._gather(xs, ys, order[start:start + 128]))
                if chunk:  # the first chunk compiles and warms up
                    per_step[key].append((time.perf_counter() - t0) / 20 * 1e6)
    equal = all(np.array_equal(a, b)
                for a, b in zip(models["numpy"].get_weights(), models["kernel"].get_weights()))
    return {key: (min(v), statistics.median(v)) for key, v in per_step.items()}, equal


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=40, help="20-step chunks per model and optimizer (default 40)")
    args = parser.parse_args(argv)
    print(f"optimizer kernels: {_fused.status()}; load average {os.getloadavg()[0]:.1f}")
    try:
        from nnstudio.data import load_mnist
        ds = load_mnist("mnist")
        x, y, note = ds.x_train, ds.y_train, "MNIST"
    except (ImportError, ValueError, OSError):
        rng = np.random.default_rng(0)
        x, y = rng.random((60000, 784), dtype=np.float32), rng.integers(0, 10, 60000)
        note = "random data of MNIST's shape (MNIST not found)"
    print(f"one update of 235,146 float32 parameters (best of 20 chunks) and one training step of "
          f"784-256-128-10 on {note}, batch 128 (µs, best and median 20-step chunk):")
    print(f"{'optimizer':34s} {'update NumPy':>12s} {'kernel':>7s}   {'step NumPy':>17s} {'kernel':>17s} "
          f"{'best':>6s}  same weights")
    for name, options in CASES:
        u_np, u_k = update_times(name, options, 20)
        steps, equal = step_times(name, options, args.chunks, x, y)
        (b_np, m_np), (b_k, m_k) = steps["numpy"], steps["kernel"]
        print(f"{_label(name, options):34s} {u_np:12.0f} {u_k:7.0f}   {b_np:8.0f} {m_np:8.0f} {b_k:8.0f} {m_k:8.0f} "
              f"{b_k / b_np - 1:+6.0%}  {'yes' if equal else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Optimizer race speed: the seed sweep against one-by-one training, and a race against its models trained alone.

    python benchmarks/race_speed.py [--repeats 3] [--steps 2000] [--seeds 20]

1. **Seed sweep**: the lecture's 2-2-1 sigmoid XOR network (binary cross-entropy, float32, full batch), 20 seeds
   × 6 optimizers × 2,000 steps with ``seed_sweep`` (stacked), against the same 120 runs one by one through
   ``train_on_batch``. Targets: the sweep under 1 s, at least 25× faster. The sweep is timed ``--repeats``
   times spread around the one-by-one runs (before, between, after), so both see the same load; the speed-up
   uses each sweep time against the one-by-one total, and the largest difference of their losses is shown.
2. **Race overhead**: 6 contestants, each a copy of one network, racing ``--steps`` lockstep steps against the
   same 6 models each trained alone with ``fit_iter`` on the same batch stream (what training them one after
   the other in the studio costs). Two networks: the spirals (2-16-16-1 tanh, batch 32) and XOR (2-2-1, full
   batch: tiny steps, where Python overhead is everything). Race with and without the per-layer step sizes.
   Race and alone alternate ``--repeats`` times; ratios > 1 mean the race costs more.

A float32 GEMM figure and the load average are printed first: this machine is shared, and ratios measured in
one run are what to compare.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir))
sys.path.insert(0, HERE)
import nnstudio  # noqa: E402,F401  (chooses the BLAS kernels before NumPy loads)

import numpy as np  # noqa: E402

from gemm import openblas_corename, square_gflops  # noqa: E402
from nnstudio.data import load_dataset  # noqa: E402
from nnstudio.engine import Dense, Sequential  # noqa: E402
from nnstudio.engine.batches import BatchStream  # noqa: E402
from nnstudio.engine.callbacks import BatchRecord  # noqa: E402
from nnstudio.engine.race import Race  # noqa: E402
from nnstudio.engine.sweep import rebuild, seed_sweep  # noqa: E402

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=np.float32)
SIX = {"SGD": {"name": "sgd", "lr": 1.0}, "Momentum": {"name": "sgd", "lr": 0.5, "momentum": 0.9},
       "Nesterov": {"name": "sgd", "lr": 0.5, "momentum": 0.9, "nesterov": True},
       "Adagrad": {"name": "adagrad", "lr": 0.5}, "RMSprop": {"name": "rmsprop", "lr": 0.05},
       "Adam": {"name": "adam", "lr": 0.05}}


def xor_net(seed: int = 0) -> Sequential:
    model = Sequential([Dense(2, input_dim=2, activation="sigmoid"), Dense(1, activation="sigmoid")], seed=seed)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def spiral_net(seed: int = 0) -> Sequential:
    model = Sequential([Dense(16, input_dim=2, activation="tanh"), Dense(16, activation="tanh"),
                        Dense(1, activation="sigmoid")], seed=seed)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def seed_sweep_speed(seeds: int, steps: int, repeats: int) -> None:
    print(f"\n1. Seed sweep: XOR 2-2-1 sigmoid, float32, full batch; {seeds} seeds x {len(SIX)} optimizers x "
          f"{steps} steps = {seeds * len(SIX)} runs")
    template = xor_net()
    sweep_seconds, sweeps = [], []
    chunks = np.array_split(np.arange(seeds), max(repeats - 1, 1))
    one_by_one = {name: np.empty((seeds, steps)) for name in SIX}
    alone_seconds = 0.0
    for r in range(repeats):
        t0 = time.perf_counter()
        sweeps.append(seed_sweep(template, SIX, XOR_X, XOR_Y, range(seeds), steps))
        sweep_seconds.append(time.perf_counter() - t0)
        if r < len(chunks):   # a share of the one-by-one runs between two sweeps
            t0 = time.perf_counter()
            for name, config in SIX.items():
                for s in chunks[r]:
                    model = rebuild(template, seed=int(s), optimizer=config)
                    losses = one_by_one[name][s]
                    for t in range(steps):
                        losses[t] = model.train_on_batch(XOR_X, XOR_Y)
            alone_seconds += time.perf_counter() - t0
    worst = max(float(np.max(np.abs(sweeps[0][name].losses - one_by_one[name]))) for name in SIX)
    best, median = min(sweep_seconds), statistics.median(sweep_seconds)
    print(f"   seed_sweep (stacked): {', '.join(f'{s:.3f}' for s in sweep_seconds)} s "
          f"(best {best:.3f}, median {median:.3f}) — target < 1 s: {'met' if median < 1 else 'NOT met'}")
    print(f"   one by one (train_on_batch): {alone_seconds:.2f} s "
          f"({alone_seconds / (seeds * len(SIX) * steps) * 1e6:.1f} us a step)")
    ratios = [alone_seconds / s for s in sweep_seconds]
    print(f"   speed-up: {min(ratios):.1f}x to {max(ratios):.1f}x (median {statistics.median(ratios):.1f}x) — "
          f"target >= 25x: {'met' if statistics.median(ratios) >= 25 else 'NOT met'}")
    print(f"   largest difference between the sweep's and the one-by-one losses: {worst:.2e}")
    reached = sweeps[0]["Momentum"].summary(target_loss=0.05).accuracy
    print(f"   (Momentum reaches 100 % accuracy from {reached.reached} of {seeds} seeds, median "
          f"{reached.median:g} steps)")


def race_overhead(title: str, make, x, y, batch_size: int, steps: int, repeats: int) -> None:
    print(f"\n2. Race overhead: {title}, {len(SIX)} contestants x {steps} steps")
    n = len(x)
    timings = {"race": [], "race without step sizes": [], "alone": []}
    for _ in range(repeats):
        for with_sizes, key in ((True, "race"), (False, "race without step sizes")):
            race = Race(make(), SIX, seed=0)
            t0 = time.perf_counter()
            for _record in race.run(x, y, batch_size=batch_size, steps=steps, step_sizes=with_sizes):
                pass
            timings[key].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for config in SIX.values():      # the same models trained one after the other on the same stream
            model = make()
            model.compile(optimizer=config, loss=model.loss, metrics=model.metrics)
            taken = 0
            for record in model.fit_iter(x, y, epochs=None, stream=BatchStream(n, batch_size, seed=0)):
                if isinstance(record, BatchRecord):
                    taken += 1
                    if taken == steps:
                        break
        timings["alone"].append(time.perf_counter() - t0)
    alone = timings["alone"]
    print(f"   alone: {', '.join(f'{s:.3f}' for s in alone)} s")
    for key in ("race", "race without step sizes"):
        ratios = [r / a for r, a in zip(timings[key], alone)]
        print(f"   {key}: {', '.join(f'{s:.3f}' for s in timings[key])} s; race / alone "
              f"{min(ratios):.2f} to {max(ratios):.2f} (median {statistics.median(ratios):.2f})")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Seed-sweep speed-up and race overhead (see the docstring).")
    parser.add_argument("--repeats", type=int, default=3, help="timed repetitions of each part (default 3)")
    parser.add_argument("--steps", type=int, default=2000, help="steps per run (default 2000)")
    parser.add_argument("--seeds", type=int, default=20, help="seeds of the sweep (default 20)")
    args = parser.parse_args(argv)
    if args.repeats < 1 or args.steps < 1 or args.seeds < 1:
        parser.error("--repeats, --steps and --seeds must be at least 1")
    print(f"float32 GEMM 1024²: {square_gflops(1024, 4):.0f} GFLOP/s (OpenBLAS {openblas_corename()}); "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    seed_sweep_speed(args.seeds, args.steps, args.repeats)
    spiral = load_dataset("spiral", seed=0)
    race_overhead("spirals 2-16-16-1 tanh, batch 32", spiral_net, spiral.x_train, spiral.y_train, 32, args.steps,
                  args.repeats)
    race_overhead("XOR 2-2-1 sigmoid, full batch", xor_net, XOR_X, XOR_Y, 4, args.steps, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())

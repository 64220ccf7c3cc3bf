"""Where a training step of the benchmark network spends its time: GEMM versus everything else.

    python benchmarks/profile_engine.py [--steps 400] [--batch-size 128]

Trains 784-256-128-10 / ReLU / softmax-CE / Adam on random data of MNIST's shape (the data does not change
the cost) and prints:
- the step time, and the time the same step's matrix products alone take (benchmarks/gemm.py's model-shape
  measurement), so the difference is the non-GEMM overhead per step;
- a cProfile table of the engine's functions by own time (tottime), for the last ``--steps`` steps;
- the cost of single elementwise passes over the parameters (one ufunc over all 234,752 weights), which is
  what an optimizer update is made of.
Uses the kernels nnstudio chooses (run it without OPENBLAS_CORETYPE in the environment to get the best ones;
it says which it used).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import nnstudio  # noqa: E402,F401  (before numpy: BLAS kernel choice)

import numpy as np  # noqa: E402

sys.path.insert(0, HERE)
from gemm import flops_per_sample, openblas_corename  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=400, help="steps to time and profile (default 400)")
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--top", type=int, default=15, help="rows of the profile table (default 15)")
    args = parser.parse_args(argv)

    from nnstudio.engine import Adam, Dense, Sequential, optimizers
    from nnstudio.engine.callbacks import BatchRecord

    bs = args.batch_size
    rng = np.random.default_rng(0)
    n = bs * (2 * args.steps + 50)
    x = rng.random((n, 784), dtype=np.float32)
    y = rng.integers(0, 10, n).astype(np.int64)
    model = Sequential([Dense(256, input_dim=784, activation="relu"), Dense(128, activation="relu"),
                        Dense(10, activation="softmax")], seed=0, dtype="float32")
    model.compile(optimizer=Adam(lr=1e-3), loss="categorical_crossentropy", metrics=["accuracy"])
    it = model.fit_iter(x, y, batch_size=bs, epochs=1)
    print(f"OpenBLAS kernels: {openblas_corename()}; batch {bs}")

    def steps(k):
        done = 0
        for record in it:
            if isinstance(record, BatchRecord):
                done += 1
                if done == k:
                    return

    steps(50)  # warm-up: buffers, thread pool

    # Best of many short chunks, each kind interleaved with the others: on a shared machine the minimum is
    # the figure least disturbed by other work.
    layers = model.dense_layers
    # A twin of the model's optimizer stepping one flat array of all parameters (as the engine does):
    # the model's own one is left alone.
    optimizer = optimizers.get(model.optimizer.get_config())
    flat_params = rng.standard_normal(model.count_params(), dtype=np.float32)
    flat_grads = 1e-3 * rng.standard_normal(model.count_params(), dtype=np.float32)
    shapes = [(layer.input_dim, layer.units) for layer in layers]
    xs = [np.ascontiguousarray(rng.random((bs, a), dtype=np.float32)) for a, _ in shapes]
    ds = [rng.standard_normal((bs, b), dtype=np.float32) for _, b in shapes]
    outs = [np.empty((bs, b), np.float32) for _, b in shapes]
    gxs = [np.empty((bs, a), np.float32) for a, _ in shapes]
    dws = [np.empty(shape, np.float32) for shape in shapes]

    def gemm_step():
        for i, layer in enumerate(layers):
            np.matmul(xs[i], layer.W, out=outs[i])
            np.matmul(xs[i].T, ds[i], out=dws[i])
            if i > 0:
                np.matmul(ds[i], layer.W.T, out=gxs[i])

    chunk = 20
    best = {"step": np.inf, "gemm": np.inf, "optimizer": np.inf}
    for _ in range(max(1, args.steps // chunk)):
        t0 = time.perf_counter()
        steps(chunk)
        best["step"] = min(best["step"], (time.perf_counter() - t0) / chunk)
        t0 = time.perf_counter()
        for _ in range(chunk):
            gemm_step()
        best["gemm"] = min(best["gemm"], (time.perf_counter() - t0) / chunk)
        t0 = time.perf_counter()
        for _ in range(chunk):
            optimizer.step([flat_params], [flat_grads])
        best["optimizer"] = min(best["optimizer"], (time.perf_counter() - t0) / chunk)
    step_ms, gemm_ms, opt_ms = (best[k] * 1e3 for k in ("step", "gemm", "optimizer"))
    gemm = flops_per_sample() * bs / best["gemm"] / 1e9
    print(f"one training step (best of {args.steps // chunk} chunks of {chunk}): {step_ms:.3f} ms "
          f"= {bs / step_ms * 1e3:,.0f} samples/s")
    print(f"  its matrix products alone: {gemm_ms:.3f} ms ({gemm:.0f} GFLOP/s at these shapes)")
    print(f"  the optimizer step alone ({model.optimizer.name}, one flat array of {model.count_params():,} "
          f"parameters): {opt_ms:.3f} ms")
    rest = step_ms - gemm_ms - opt_ms
    print(f"  everything else (gather, activations, loss, bias sums, accuracy, records, Python): {rest:.3f} ms")
    print(f"  shares: GEMM {gemm_ms / step_ms:.0%}, optimizer {opt_ms / step_ms:.0%}, rest {rest / step_ms:.0%}")
    if gemm_ms / step_ms < 0.55:
        print(f"  (55 % of the model-shape GEMM limit needs a step of at most {gemm_ms / 0.55:.3f} ms)")

    profile = cProfile.Profile()
    profile.enable()
    steps(args.steps // 2)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats("tottime")
    stats.print_stats(args.top)
    k = args.steps // 2
    print(f"\ncProfile, {k} steps (times include cProfile's own overhead; per step = total / {k}):")
    print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))

    # the building block of an optimizer update: one elementwise pass over all parameters
    params = sum(w.size for w in model.get_weights())
    p = rng.standard_normal(params, dtype=np.float32)
    g = rng.standard_normal(params, dtype=np.float32)
    buf = np.empty_like(p)
    per_layer = [np.empty(w.size, np.float32) for w in model.get_weights()]
    reps = 300
    t0 = time.perf_counter()
    for _ in range(reps):
        np.multiply(p, g, out=buf)
    one_pass = (time.perf_counter() - t0) / reps * 1e6
    t0 = time.perf_counter()
    for _ in range(reps):
        for a in per_layer:
            np.multiply(a, 0.5, out=a)
    per_param = (time.perf_counter() - t0) / reps * 1e6
    print(f"\none elementwise pass (multiply, out=) over all {params:,} parameters: {one_pass:.0f} µs as one "
          f"flat array, {per_param:.0f} µs as {len(per_layer)} separate arrays")
    return 0


if __name__ == "__main__":
    sys.exit(main())

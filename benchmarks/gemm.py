"""Float32 matrix-multiply speed of NumPy's BLAS, and which OpenBLAS kernels are in force.

Run it on its own (``python benchmarks/gemm.py``) or let ``train_throughput.py`` run it in subprocesses,
once with the environment's kernels and once with the best ones. ``--json`` prints one JSON object.

Two figures:
- *square*: the best of several ``(n, n) @ (n, n)`` products (n = 2048 by default): the machine's peak,
  which the GEMM-bound training limit is computed from;
- *model*: the matrix products of one training step of 784-256-128-10 at batch 128 (forward, weight
  gradients, input gradients of layers 2 and 3), timed together: what GEMM reaches at the model's shapes.
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import sys
import time

# nnstudio first: it may choose the BLAS kernels, which must happen before NumPy loads. With --raw the
# kernels are OpenBLAS' own choice (or the environment's OPENBLAS_CORETYPE).
if "--raw" not in sys.argv[1:]:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
    import nnstudio  # noqa: E402,F401

import numpy as np  # noqa: E402

MODEL_SIZES = (784, 256, 128, 10)
BATCH = 128


def flops_per_sample(sizes=MODEL_SIZES) -> int:
    """FLOPs of the matrix products of one training sample of an MLP with these layer sizes.

    Per Dense layer with n_in x n_out weights, one sample costs 2·n_in·n_out FLOPs (a multiply and an add
    per weight) in each of: the forward product, the weight gradient ``x.T @ delta``, and the input
    gradient ``delta @ W.T``. The first layer needs no input gradient. Element-wise work (activations,
    softmax, the optimizer update) is not counted: it is not GEMM. For 784-256-128-10:
    2·(200704+32768+1280) · 2 + 2·(32768+1280) = 1,007,104 FLOPs.
    """
    macs = [a * b for a, b in zip(sizes[:-1], sizes[1:])]
    return 2 * sum(macs) * 2 + 2 * sum(macs[1:])


def openblas_corename() -> str:
    """The kernel set OpenBLAS chose ("Haswell", "SkylakeX", ...), or "unknown" if it can't be asked."""
    try:
        with open("/proc/self/maps", encoding="ascii", errors="replace") as f:
            paths = {line.split()[-1] for line in f if line.count(" ") >= 5}
        libs = {p for p in paths if "openblas" in os.path.basename(p).lower() and ".so" in p}
    except OSError:
        return "unknown"
    for path in sorted(libs):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for symbol in ("scipy_openblas_get_corename64_", "scipy_openblas_get_corename",
                       "openblas_get_corename64_", "openblas_get_corename"):
            fn = getattr(lib, symbol, None)
            if fn is not None:
                fn.restype = ctypes.c_char_p
                return fn().decode("ascii", "replace").strip()
    return "unknown"


def _best_seconds(fn, repeats: int) -> float:
    fn()  # warm-up: thread pool start, page faults
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def square_gflops(n: int = 2048, repeats: int = 8) -> float:
    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n), dtype=np.float32)
    b = rng.standard_normal((n, n), dtype=np.float32)
    out = np.empty((n, n), dtype=np.float32)
    seconds = _best_seconds(lambda: np.matmul(a, b, out=out), repeats)
    return 2.0 * n ** 3 / seconds / 1e9


def model_gflops(sizes=MODEL_SIZES, batch: int = BATCH, repeats: int = 600) -> float:
    """GFLOP/s of one training step's matrix products at the model's shapes (see module docstring)."""
    rng = np.random.default_rng(0)
    ws = [rng.standard_normal((a, b), dtype=np.float32) for a, b in zip(sizes[:-1], sizes[1:])]
    xs = [rng.standard_normal((batch, a), dtype=np.float32) for a in sizes[:-1]]
    ds = [rng.standard_normal((batch, b), dtype=np.float32) for b in sizes[1:]]
    outs = [np.empty((batch, b), dtype=np.float32) for b in sizes[1:]]
    gws = [np.empty_like(w) for w in ws]
    gxs = [np.empty((batch, a), dtype=np.float32) for a in sizes[:-1]]

    def step():
        for w, x, d, o, gw, gx, i in zip(ws, xs, ds, outs, gws, gxs, range(len(ws))):
            np.matmul(x, w, out=o)
            np.matmul(x.T, d, out=gw)
            if i > 0:
                np.matmul(d, w.T, out=gx)

    seconds = _best_seconds(lambda: [step() for _ in range(10)], repeats // 10)
    return flops_per_sample(sizes) * batch * 10 / seconds / 1e9


def measure(n: int = 2048) -> dict:
    return {"coretype_env": os.environ.get("OPENBLAS_CORETYPE"), "kernels": openblas_corename(),
            "square_n": n, "square_gflops": square_gflops(n), "model_gflops": model_gflops(),
            "flops_per_sample": flops_per_sample()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2048, help="size of the square matrices (default 2048)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--raw", action="store_true",
                        help="do not import nnstudio first: measure OpenBLAS' own kernel choice")
    args = parser.parse_args(argv)
    result = measure(args.n)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"OpenBLAS kernels: {result['kernels']} (OPENBLAS_CORETYPE={result['coretype_env']})")
        print(f"float32 GEMM {args.n}x{args.n}: {result['square_gflops']:.0f} GFLOP/s")
        print(f"float32 GEMM at 784-256-128-10 batch {BATCH} shapes: {result['model_gflops']:.0f} GFLOP/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

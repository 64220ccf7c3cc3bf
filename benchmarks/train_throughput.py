"""Training throughput of NN Studio's engine against PyTorch-CPU and against the GEMM-bound limit.

    python benchmarks/train_throughput.py [--epochs 10] [--kernels best|env] [--no-torch] [--breakdown]
                                          [--ieee-too] [--torch-flush-denormal]

Network 784-256-128-10, ReLU, softmax + cross-entropy, Adam lr 1e-3, batch 128, float32, on MNIST's 60,000
training images (random data of the same shape, with a note, when MNIST is not found). PyTorch trains the
same network from the same initial weights on the same batches in the same run; the two alternate epoch by
epoch so that both see the same load on a shared machine. Throughput is training samples per second of an
epoch (shuffle, forward, backward, Adam update, the per-batch loss and accuracy); we report the best epoch
and the median, the CPU they ran on, and per epoch the subnormal values in each optimizer's state (NN Studio
flushes them to zero while it trains; ``--ieee-too`` adds a twin that keeps them).

BLAS kernels: OpenBLAS mis-detects some AVX-512 CPUs and falls back to slower kernels (../shared/STYLE.md,
"Performance notes"); an environment may also force them with OPENBLAS_CORETYPE. We measure float32 GEMM
twice, in subprocesses: with the environment's kernels and with the best ones (SkylakeX when the CPU has
avx512f). By default NN Studio trains under the best kernels: the script re-executes itself without
OPENBLAS_CORETYPE, so that ``nnstudio._blas`` chooses, as it does for every user. ``--kernels env`` keeps
the environment's setting.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
_CHILD = "_NNSTUDIO_BENCH_CHILD"          # set in the re-executed process
_ENV_CORETYPE = "_NNSTUDIO_BENCH_ENV_CORETYPE"  # the caller's OPENBLAS_CORETYPE ("" = unset)

sys.path.insert(0, HERE)
from steal import STEAL_QUIET, Meter, percent  # noqa: E402

SIZES = (784, 256, 128, 10)
LR = 1e-3


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Training throughput of NN Studio vs PyTorch-CPU and the GEMM-bound limit "
                    "(784-256-128-10 / ReLU / softmax-CE / Adam / batch 128 on MNIST).")
    parser.add_argument("--epochs", type=int, default=10, help="epochs per framework (default 10)")
    parser.add_argument("--max-seconds", type=float, default=150,
                        help="stop after the epoch that passes this much training time, so that a busy "
                             "machine does not make the run endless (default 150)")
    parser.add_argument("--batch-size", type=int, default=128, help="mini-batch size (default 128)")
    parser.add_argument("--kernels", choices=("best", "env"), default="best",
                        help="OpenBLAS kernels for NN Studio's training: 'best' lets nnstudio choose "
                             "(default), 'env' keeps the environment's OPENBLAS_CORETYPE")
    parser.add_argument("--no-torch", action="store_true", help="skip the PyTorch comparison")
    parser.add_argument("--ieee-too", action="store_true",
                        help="also train a twin of NN Studio's model that keeps subnormal floats "
                             "(model.flush_subnormals = False), its epochs alternating with the others")
    parser.add_argument("--torch-flush-denormal", action="store_true",
                        help="PyTorch trains with torch.set_flush_denormal(True) (its calling thread only)")
    parser.add_argument("--data-dir", help="folder holding the MNIST .gz files (default: nnstudio's lookup)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--breakdown", action="store_true",
                        help="afterwards, time NN Studio's step part by part (gather, matrix products, Adam, ...)")
    parser.add_argument("--breakdown-epochs", type=int, default=2,
                        help="epochs the breakdown trains, with each part's median printed per epoch (default 2)")
    args = parser.parse_args(argv)
    if args.epochs < 1 or args.batch_size < 1 or args.breakdown_epochs < 1:
        parser.error("--epochs, --batch-size and --breakdown-epochs must be at least 1")
    return args


def reexec_for_best_kernels(argv: list[str]) -> None:
    """Run this script again without OPENBLAS_CORETYPE, so that nnstudio picks the kernels (no return)."""
    env = dict(os.environ)
    env[_CHILD] = "1"
    env[_ENV_CORETYPE] = os.environ.get("OPENBLAS_CORETYPE", "")
    env.pop("OPENBLAS_CORETYPE", None)
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), *argv], env)


def env_coretype() -> str | None:
    """The caller's OPENBLAS_CORETYPE (before any re-execution), None when unset."""
    if os.environ.get(_CHILD) == "1":
        return os.environ.get(_ENV_CORETYPE) or None
    return os.environ.get("OPENBLAS_CORETYPE")


def print_gemm(gemm_env: dict, gemm_best: dict) -> None:
    for label, g in (("environment kernels", gemm_env), ("best kernels", gemm_best)):
        print(f"  {label:20s} OPENBLAS_CORETYPE={g['coretype_env'] or '(unset)':9s} -> {g['kernels']:9s} "
              f"{g['square_gflops']:6.0f} GFLOP/s   (model shapes {g['model_gflops']:4.0f} GFLOP/s)   "
              f"steal {percent(g['steal'])}")


def run_gemm(coretype: str | None) -> dict:
    """benchmarks/gemm.py in a subprocess with OPENBLAS_CORETYPE=coretype (None: unset)."""
    env = {k: v for k, v in os.environ.items() if k not in (_CHILD, _ENV_CORETYPE, "OPENBLAS_CORETYPE")}
    if coretype is not None:
        env["OPENBLAS_CORETYPE"] = coretype
    with Meter() as steal:
        out = subprocess.run([sys.executable, os.path.join(HERE, "gemm.py"), "--json", "--raw"], env=env,
                             capture_output=True, text=True, check=True)
    return {**json.loads(out.stdout), "steal": steal.share}


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def cpu_name(cpuinfo: str = "/proc/cpuinfo") -> str:
    """The CPU's model name with its family and model numbers ("Intel(R) Xeon(R) Processor, family 6 model
    207"): a VM may report a generic name, and the numbers still tell the microarchitecture."""
    fields = {}
    try:
        with open(cpuinfo, encoding="ascii", errors="replace") as f:
            for line in f:
                key, _, value = line.partition(":")
                if not line.strip():
                    break  # the first processor's block is enough
                fields.setdefault(key.strip(), value.strip())
    except OSError:
        pass
    if "model name" in fields:
        numbers = (f", family {fields['cpu family']} model {fields['model']}"
                   if "cpu family" in fields and "model" in fields else "")
        return fields["model name"] + numbers
    import platform
    return platform.processor() or platform.machine() or "unknown CPU"


def count_subnormal(arrays) -> int:
    """How many values of the float arrays are subnormal (0 < |x| < the dtype's smallest normal number)."""
    import numpy as np
    total = 0
    for a in arrays:
        a = np.abs(np.asarray(a))
        total += int(np.count_nonzero((a > 0) & (a < np.finfo(a.dtype).tiny)))
    return total


def _load() -> str:
    try:
        return "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


ISSUE_LIMIT = 338_000  # the limit as first stated: the model-shape GEMM speed of a 2-core AMD EPYC (≈ 340 GFLOP/s)


def _percent(share: float) -> str:
    """share as a percentage rounded down to 0.1 (so that 54.96 % does not print as a "not met" 55.0 %)."""
    return f"{math.floor(share * 1000) / 10:.1f} %"


def _met(ok: bool) -> str:
    return "met" if ok else "not met"


def trend(rates: list[float], unit: str = "samples/s", fmt: str = ",.0f") -> str:
    """Whether an epoch's speed falls as training goes on: the median of the later half of the epochs against
    the earlier half's, epoch 1 left out (it includes compiling and warming up)."""
    later = rates[1:]
    if len(later) < 4:
        return "trend: too few epochs to compare halves"
    half = len(later) // 2
    first, last = statistics.median(later[:half]), statistics.median(later[half:])
    return (f"trend: epochs 2-{half + 1} median {first:{fmt}}, epochs {half + 2}-{len(rates)} median "
            f"{last:{fmt}} {unit}: later / earlier = {last / first:.2f}")


def load_data(data_dir, seed):
    """MNIST (x float32 (n,784) in [0,1], int64 labels), or random data of that shape with a note."""
    import numpy as np
    try:
        from nnstudio.data import load_mnist
        ds = load_mnist("mnist", path=data_dir)
        return ds.x_train, ds.y_train, ds.x_test, ds.y_test, "MNIST"
    except (ImportError, ValueError, OSError) as exc:
        rng = np.random.default_rng(seed)
        x = rng.random((60000, 784), dtype=np.float32)
        y = rng.integers(0, 10, 60000).astype(np.int64)
        if isinstance(exc, FileNotFoundError):
            why = "MNIST was not found (get it with 'nnstudio download mnist' or set NNSTUDIO_DATA)"
        else:
            why = "MNIST could not be loaded: " + " ".join(str(exc).split())[:200]
        note = (f"random data of MNIST's shape (60000 x 784, 10 classes) because {why}; the throughput is "
                "the same, the accuracy means nothing")
        return x, y, x[:10000], y[:10000], note


class NNStudioRun:
    """Our engine, trained epoch by epoch through fit_iter (the GUI worker's path)."""

    def __init__(self, x, y, batch_size, epochs, seed, flush_subnormals=True):
        self.name = "NN Studio" if flush_subnormals else "NN Studio IEEE"
        from nnstudio.engine import Adam, Dense, Sequential
        from nnstudio.engine.callbacks import EpochRecord

        self._epoch_record = EpochRecord
        self.model = Sequential([Dense(SIZES[1], input_dim=SIZES[0], activation="relu"),
                                 Dense(SIZES[2], activation="relu"),
                                 Dense(SIZES[3], activation="softmax")], seed=seed, dtype="float32")
        self.model.compile(optimizer=Adam(lr=LR), loss="categorical_crossentropy", metrics=["accuracy"])
        self.model.flush_subnormals = flush_subnormals
        self.initial_weights = [w.copy() for w in self.model.get_weights()]
        self.n = len(x)
        self._it = self.model.fit_iter(x, y, batch_size=batch_size, epochs=epochs, shuffle=True)

    def epoch(self) -> tuple[float, float]:
        """Train one epoch; return (seconds, training loss)."""
        t0 = time.perf_counter()
        for record in self._it:
            if isinstance(record, self._epoch_record):
                return time.perf_counter() - t0, record.loss
        raise RuntimeError("fit_iter ended before the requested epochs")

    def subnormal_state(self) -> int:
        """Subnormal values in the optimizer's state (Adam's exp_avg, exp_avg_sq)."""
        return count_subnormal(a for slot in self.model.optimizer._slots.values() for a in slot)

    def test_accuracy(self, x, y) -> float:
        return float(self.model.evaluate(x, y)[1])


class TorchRun:
    """The same network in PyTorch: same initial weights, shuffled batches, Adam, fused softmax-CE."""

    name = "PyTorch"

    def __init__(self, x, y, batch_size, initial_weights, seed, flush_denormal=False):
        import numpy as np
        import torch
        from torch import nn

        self.torch = torch
        self.flush_denormal = flush_denormal
        torch.set_num_threads(cpu_count())
        torch.manual_seed(seed)
        layers = []
        for i, (a, b) in enumerate(zip(SIZES[:-1], SIZES[1:])):
            layers.append(nn.Linear(a, b))
            if i < len(SIZES) - 2:
                layers.append(nn.ReLU())
        self.net = nn.Sequential(*layers)
        linears = [m for m in self.net if isinstance(m, nn.Linear)]
        with torch.no_grad():  # nnstudio's W is (inputs, units); torch's weight is (units, inputs)
            for lin, w, b in zip(linears, initial_weights[0::2], initial_weights[1::2]):
                lin.weight.copy_(torch.from_numpy(w.T.copy()))
                lin.bias.copy_(torch.from_numpy(b.reshape(-1).copy()))
        self.opt = torch.optim.Adam(self.net.parameters(), lr=LR)
        self.x = torch.from_numpy(np.ascontiguousarray(x).copy())  # a writable copy (MNIST arrays are read-only)
        self.y = torch.from_numpy(np.asarray(y, dtype=np.int64).copy())
        self.batch_size = batch_size
        self.gen = torch.Generator().manual_seed(seed)

    def epoch(self) -> tuple[float, float]:
        torch = self.torch
        t0 = time.perf_counter()
        n = len(self.x)
        perm = torch.randperm(n, generator=self.gen)
        self.net.train()
        if self.flush_denormal:  # for this epoch only: NN Studio trains in the same thread
            torch.set_flush_denormal(True)
        try:
            total_loss = self._batches(perm)
        finally:
            if self.flush_denormal:
                torch.set_flush_denormal(False)
        return time.perf_counter() - t0, total_loss / n

    def _batches(self, perm) -> float:
        """One pass over the shuffled samples; returns the summed loss."""
        f = self.torch.nn.functional
        total_loss = 0.0
        correct = 0
        for start in range(0, len(perm), self.batch_size):
            idx = perm[start:start + self.batch_size]
            xb, yb = self.x[idx], self.y[idx]
            self.opt.zero_grad(set_to_none=True)
            logits = self.net(xb)
            loss = f.cross_entropy(logits, yb)
            loss.backward()
            self.opt.step()
            # The same per-batch bookkeeping as nnstudio's BatchRecord (loss and accuracy).
            total_loss += loss.item() * len(idx)
            correct += int((logits.argmax(1) == yb).sum())
        return total_loss

    def subnormal_state(self) -> int:
        return count_subnormal(t.numpy() for state in self.opt.state.values() for t in state.values()
                               if t.is_floating_point() and t.dim() > 0)

    def test_accuracy(self, x, y) -> float:
        torch = self.torch
        self.net.eval()
        with torch.no_grad():
            pred = self.net(torch.from_numpy(x.copy())).argmax(1).numpy()
        return float((pred == y).mean())


# the parts of a step the breakdown times, in order, with the short names of its per-epoch table
PARTS = {"batch gather": "gather", "forward matrix products": "forward", "bias adds + activations": "bias+act",
         "loss + output delta": "loss", "backward matrix products": "backward",
         "bias gradients + ReLU backward": "bias grads", "Adam update": "Adam", "batch accuracy": "accuracy"}


def step_breakdown(x, y, batch_size, seed, epochs=2, chunk=20):
    """Time one training step of a fresh NN Studio model part by part, inside a real training loop.

    The step is the engine's own (Sequential.train_step: gather, forward, fused softmax-CE, backward, Adam,
    batch accuracy), spelled out here with a timer around each part. Returns {part: (best, median)} in µs
    per step, best = the least disturbed chunk of ``chunk`` steps (all parts from that same chunk), and for
    each epoch {part: median µs}.
    """
    import numpy as np
    from nnstudio.engine import Adam, Dense, Sequential, _fpu

    clock = time.perf_counter
    model = Sequential([Dense(SIZES[1], input_dim=SIZES[0], activation="relu"),
                        Dense(SIZES[2], activation="relu"),
                        Dense(SIZES[3], activation="softmax")], seed=seed, dtype="float32")
    model.compile(optimizer=Adam(lr=LR), loss="categorical_crossentropy", metrics=["accuracy"])
    x = model._check_x(x)
    y = model._check_y(y, len(x))
    layers, out, optimizer, loss = model.layers, model.layers[-1], model.optimizer, model.loss
    parts = tuple(PARTS)
    times = {part: [] for part in parts}
    delta_buf = np.empty((batch_size, SIZES[-1]), np.float32)

    def step(idx):
        t = [0.0] * 9
        t0 = clock()
        xb, yb = model._gather(x, y, idx)
        t[0] = clock() - t0
        a = xb
        for layer in layers:
            z, act, _, _ = layer._buffers_for(len(a))
            t0 = clock()
            np.matmul(a, layer.W, out=z)
            t1 = clock()
            layer.add_bias_activate(z, act)
            t[2] += clock() - t1
            t[1] += t1 - t0
            layer.x, layer.z, layer.a = a, z, act
            a = act
        t0 = clock()
        cost, delta, model._step_correct = loss.fn_and_delta(out.z, out.a, yb, out.activation_fn, delta_buf)
        t[3] = clock() - t0
        for i in range(len(layers) - 1, -1, -1):
            layer = layers[i]
            bufs = layer._buffers[len(delta)]
            t0 = clock()
            np.matmul(layer.x.T, delta, out=layer.dW)
            t1 = clock()
            np.matmul(bufs[3], delta, out=layer.db)
            t2 = clock()
            t[4] += t1 - t0
            t[5] += t2 - t1
            if i > 0:
                np.matmul(delta, layer.W.T, out=bufs[2])
                t3 = clock()
                delta = layers[i - 1].activation_delta(bufs[2])
                t[4] += t3 - t2
                t[5] += clock() - t3
        t0 = clock()
        optimizer.step(model._step_params, model._step_grads)
        t[6] = clock() - t0
        t0 = clock()
        float(cost)
        model._step_accuracy(yb)
        t[7] = clock() - t0
        for part, seconds in zip(parts, t):
            times[part].append(seconds * 1e6)

    n = len(x) // batch_size * batch_size
    with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"), \
            _fpu.flush_subnormals():
        for _ in range(epochs):
            order = model.rng.permutation(len(x))
            for start in range(0, n, batch_size):
                step(order[start:start + batch_size])
    per_epoch = n // batch_size
    epochs_medians = [{part: statistics.median(v[e * per_epoch:(e + 1) * per_epoch]) for part, v in times.items()}
                      for e in range(epochs)]
    steps = len(times[parts[0]])
    warm = min(50, steps // 4)
    chunks = {part: [sum(v[i:i + chunk]) / chunk for i in range(warm, steps - chunk + 1, chunk)]
              for part, v in times.items()}
    totals = [sum(values) for values in zip(*chunks.values())]
    best = min(range(len(totals)), key=totals.__getitem__)
    result = {part: (c[best], statistics.median(c)) for part, c in chunks.items()}
    result["total"] = (totals[best], statistics.median(totals))
    return result, epochs_medians


def memory_bandwidths(x, param_count: int) -> dict[str, float]:
    """Memory bandwidths in bytes/s measured now, for the bounds of the step's elementwise parts:

    - "dram": reading the training set once (188 MB for MNIST, far more than any cache) as integers;
    - "param": copying an array of twice the model's parameter count into another again and again (read +
      write counted): as much memory as Adam's four arrays p, g, m, v (L2 or L3, depending on the CPU);
    - "small": the same with 128 KB arrays, the size of a layer's activations at batch 128 (L1/L2).
    """
    import numpy as np

    def best(fn, repeats):
        fn()
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    raw = np.ascontiguousarray(x).reshape(-1)
    raw = raw[:raw.nbytes // 8 * 8 // raw.itemsize].view(np.uint64)
    result = {"dram": raw.nbytes / best(raw.max, 3)}
    for name, count in (("param", 2 * param_count), ("small", 32768)):
        src, dst = np.ones(count, np.float32), np.empty(count, np.float32)
        result[name] = 2 * src.nbytes / best(lambda: np.copyto(dst, src), 300)
    return result


def part_bytes(batch: int, sizes=SIZES, label_bytes: int = SIZES[-1] * 4) -> dict[str, tuple[int, str]]:
    """The memory traffic each elementwise part of a step cannot avoid (bytes, and which bandwidth applies).

    gather: the batch's rows of x and y, read from DRAM (the copies land in a buffer that stays in cache);
    bias + activations: read z, write z + b and f(z) for every layer; loss + δ: read z, a, y, write δ;
    bias gradients + ReLU′: read δ of every layer, and read δ, a and write δ·f′ for the hidden layers;
    Adam: read p, g, m, v and write p, m, v (7 float32 per parameter); accuracy: read a and y.
    """
    units, hidden, k = sum(sizes[1:]), sum(sizes[1:-1]), sizes[-1]
    params = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))
    return {"batch gather": (batch * (sizes[0] * 4 + label_bytes), "dram"),
            "bias adds + activations": (3 * batch * units * 4, "small"),
            "loss + output delta": (4 * batch * k * 4, "small"),
            "bias gradients + ReLU backward": (batch * (units + 3 * hidden) * 4, "small"),
            "Adam update": (7 * params * 4, "param"),
            "batch accuracy": (batch * k * 4 + batch * label_bytes, "small")}


def quiet(rates: list[float], steals: list[float | None], below: float = STEAL_QUIET) -> list[float]:
    """The epochs' rates whose steal share was measured and below ``below``."""
    return [rate for rate, steal in zip(rates, steals) if steal is not None and steal < below]


def steal_line(steals: list[float | None]) -> str:
    known = [s for s in steals if s is not None]
    if not known:
        return "steal: not measured (no /proc/stat)"
    return (f"steal during its epochs: {percent(min(known))}-{percent(max(known))}, median "
            f"{percent(statistics.median(known))}; {sum(s < STEAL_QUIET for s in known)} of {len(steals)} epochs "
            f"below {STEAL_QUIET:.0%}")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.kernels == "best" and os.environ.get(_CHILD) != "1" and "OPENBLAS_CORETYPE" in os.environ:
        reexec_for_best_kernels(argv)

    env_ct = env_coretype()  # before nnstudio, which may set OPENBLAS_CORETYPE
    sys.path.insert(0, REPO)
    import nnstudio  # noqa: F401  (before numpy: it may choose the BLAS kernels)
    from nnstudio._blas import cpu_has_avx512f
    import numpy as np

    from gemm import flops_per_sample, model_gflops, openblas_corename

    t_start = time.perf_counter()
    avx512 = cpu_has_avx512f()
    cores = cpu_count()
    print("NN Studio training benchmark: 784-256-128-10, ReLU, softmax + cross-entropy, "
          f"Adam lr {LR:g}, batch {args.batch_size}, float32")
    print(f"CPU: {cpu_name()}, {cores} cores available, avx512f: {'yes' if avx512 else 'no'}; "
          f"numpy {np.__version__}; load average {_load()} (other work on the machine slows both frameworks)")

    # GEMM speed with the environment's kernels and with the best ones, each in a fresh process; measured
    # again after training, and the better of the two kept: the limit is the machine's peak, and a busy
    # moment during one measurement must not lower it.
    best_ct = "SkylakeX" if avx512 else None

    def measure_gemm():
        g_env = run_gemm(env_ct)
        return g_env, (g_env if best_ct == env_ct else run_gemm(best_ct))

    gemm_env, gemm_best = measure_gemm()
    flops = flops_per_sample(SIZES)
    print("float32 GEMM speed (NumPy, best of 8 products of 2048x2048 matrices; "
          "'model shapes' = one training step's products at batch 128):")
    print_gemm(gemm_env, gemm_best)
    print(f"FLOPs per training sample: {flops:,} = matrix products only, 2 FLOPs per weight for the forward "
          "product, the weight gradient, and the input gradient (none for the first layer)")

    x, y, x_test, y_test, data_note = load_data(args.data_dir, args.seed)
    print(f"data: {data_note}, {len(x)} training samples")
    ours = NNStudioRun(x, y, args.batch_size, args.epochs, args.seed)
    ours_kernels = openblas_corename()
    print(f"NN Studio trains with OpenBLAS kernels: {ours_kernels} "
          f"(OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE') or '(unset)'}, --kernels {args.kernels})")
    from nnstudio.engine import _fpu, _fused
    print(f"NN Studio's Adam update: {_fused.status()}")
    print(f"NN Studio's subnormal floats: {_fpu.status()}")

    runs = [ours]
    if args.ieee_too:
        runs.append(NNStudioRun(x, y, args.batch_size, args.epochs, args.seed, flush_subnormals=False))
        print("NN Studio IEEE: the same model, seed and batches, keeping subnormal floats (flush_subnormals=False)")
    if not args.no_torch:
        try:
            import torch
        except ImportError:
            print("PyTorch is not importable: no comparison")
        else:
            runs.append(TorchRun(x, y, args.batch_size, ours.initial_weights, args.seed,
                                 flush_denormal=args.torch_flush_denormal))
            print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads, "
                  "same initial weights, epochs alternate with NN Studio's; subnormal floats: "
                  + ("flushed in the calling thread (--torch-flush-denormal)" if args.torch_flush_denormal
                     else "kept (torch's default)"))

    rates: dict[str, list[float]] = {run.name: [] for run in runs}
    steals: dict[str, list[float | None]] = {run.name: [] for run in runs}
    gemm_beside: list[float] = []  # this process's model-shape GEMM speed, measured after each epoch
    print()
    print("(subnormal = values in the optimizer state, Adam's exp_avg and exp_avg_sq, below the smallest normal "
          "float32 1.18e-38 but not 0; they cost ~100 cycles per operation on Intel CPUs)")
    print("(GEMM beside = the model-shape GEMM speed measured in this process right after the epoch, best of 20 "
          "ten-step chunks: a shared machine's speed changes during a run; share = NN Studio's epoch against it)")
    print("(steal = the share of the CPUs' time that the hypervisor gave to other virtual machines during the "
          "epoch, from /proc/stat as vmstat's 'st': time this process could not run, whatever its code)")
    print("epoch  " + "  ".join(f"{run.name + ' samples/s':>20s} {'loss':>7s} {'subnormal':>9s} {'steal':>5s}"
                                for run in runs)
          + f"  {'GEMM beside':>11s} {'share':>6s}")
    t_train = time.perf_counter()
    for epoch in range(1, args.epochs + 1):
        cells = []
        for run in runs:
            # Let the other framework's worker threads go idle first: OpenBLAS' threads spin for a while
            # after a product, and so do OpenMP's; that must not eat into the next epoch's time.
            time.sleep(0.2)
            with Meter() as steal:
                seconds, loss = run.epoch()
            steals[run.name].append(steal.share)
            rate = len(x) / seconds
            rates[run.name].append(rate)
            cells.append(f"{rate:20,.0f} {loss:7.4f} {run.subnormal_state():9,d} {percent(steal.share):>5s}")
        time.sleep(0.2)
        gemm_beside.append(model_gflops(batch=args.batch_size, repeats=200))
        share = rates[ours.name][-1] * flops / (gemm_beside[-1] * 1e9)
        cells.append(f"{gemm_beside[-1]:5.0f} GFLOP/s {share:6.1%}")
        print(f"{epoch:5d}  " + "  ".join(cells), flush=True)
        if time.perf_counter() - t_train > args.max_seconds and epoch < args.epochs:
            print(f"(stopping after {epoch} epochs: more than --max-seconds {args.max_seconds:g} s of training; "
                  "the machine is busy)")
            break

    print()
    after_env, after_best = measure_gemm()
    print("float32 GEMM speed again, after training (the better of both measurements is used):")
    print_gemm(after_env, after_best)
    gemm_best = {key: max(gemm_best[key], after_best[key]) for key in ("square_gflops", "model_gflops")}
    limit = gemm_best["square_gflops"] * 1e9 / flops
    limit_model = gemm_best["model_gflops"] * 1e9 / flops
    print("GEMM-bound limits (best kernels) = GEMM speed / FLOPs per sample; the denominators of the shares below:")
    print(f"  [2048² GEMM]  {gemm_best['square_gflops']:4.0f} GFLOP/s (2048x2048 products, the peak) / "
          f"{flops / 1e6:.3f} MFLOP = {limit:9,.0f} samples/s")
    print(f"  [model GEMM]  {gemm_best['model_gflops']:4.0f} GFLOP/s (one step's products at batch "
          f"{args.batch_size}) / {flops / 1e6:.3f} MFLOP = {limit_model:9,.0f} samples/s")
    if gemm_best["square_gflops"] < gemm_best["model_gflops"]:
        print("  caution: the 2048² figure is below the model-shape one, so other work slowed its measurement; "
              "the share against it is overstated in this run")
    print()
    best = {name: max(r) for name, r in rates.items()}
    median = {name: statistics.median(r) for name, r in rates.items()}
    for run in runs:
        r = rates[run.name]
        print(f"{run.name:14s} best epoch {best[run.name]:9,.0f} samples/s, median {median[run.name]:9,.0f}; "
              f"test accuracy after {len(r)} epochs {run.test_accuracy(x_test, y_test):.2%}")
    for run in runs:
        print(f"{run.name:14s} {trend(rates[run.name])}")
    shares = [rate * flops / (g * 1e9) for rate, g in zip(rates[ours.name], gemm_beside)]
    print(f"{'GEMM beside':14s} {trend(gemm_beside, 'GFLOP/s')}")
    for run in runs:
        print(f"{run.name:14s} {steal_line(steals[run.name])}")
    print(f"{'NN Studio':14s} share of the GEMM beside it, {trend(shares, 'of the limit', '.1%')}")
    print()
    print(f"Targets (on {cpu_name()}; each must hold for the best and for the median epoch):")
    if "PyTorch" in best:
        ratio = best["NN Studio"] / best["PyTorch"]
        ratio_median = median["NN Studio"] / median["PyTorch"]
        print(f"  NN Studio / PyTorch, same run: {ratio:.2f}x best epochs, {ratio_median:.2f}x medians; "
              f"target >= 1.5x: {_met(min(ratio, ratio_median) >= 1.5)}")
    # The fixed figure is the limit as first stated (≈ 338,000 samples/s, an EPYC's model-shape GEMM speed);
    # [model GEMM] is this run's, the 2048² peak the strictest reading. All three shares are printed.
    for label, lim in (("fixed EPYC figure", ISSUE_LIMIT), ("model GEMM", limit_model), ("2048² GEMM", limit)):
        share, share_median = best["NN Studio"] / lim, median["NN Studio"] / lim
        print(f"  NN Studio best epoch / [{label}] limit {lim:,.0f}: {_percent(share)} (median epoch "
              f"{_percent(share_median)}); target >= 55 %: {_met(min(share, share_median) >= 0.55)}")
    print(f"  (against the GEMM speed measured beside each epoch the median epoch is at "
          f"{_percent(statistics.median(shares))}: a diagnosis of the machine's drift, not a target: one disturbed "
          "measurement beside an epoch overstates that epoch's share)")
    calm = quiet(rates[ours.name], steals[ours.name])
    if calm:
        print(f"  (on the {len(calm)} epochs the hypervisor took less than {STEAL_QUIET:.0%} of the CPUs from: best "
              f"{_percent(max(calm) / limit_model)}, median {_percent(statistics.median(calm) / limit_model)} of "
              "[model GEMM]; a diagnosis too: the targets above count every epoch)")
    if args.breakdown:
        print()
        print(f"NN Studio's step, part by part (a fresh model, {args.breakdown_epochs} epochs, load average "
              f"{_load()}; µs per step, best 20-step chunk and median):")
        with Meter() as steal:
            result, epochs_medians = step_breakdown(x, y, args.batch_size, args.seed, epochs=args.breakdown_epochs)
        bandwidth = memory_bandwidths(x, sum(a * b + b for a, b in zip(SIZES[:-1], SIZES[1:])))
        traffic = part_bytes(args.batch_size)
        print(f"  {'part':32s} {'best':>7s} {'median':>7s}   {'bytes':>9s} {'bound':>7s} {'best/bound':>10s}")
        for part, (b, m) in result.items():
            if part in traffic:
                nbytes, level = traffic[part]
                bound = nbytes / bandwidth[level] * 1e6
                print(f"  {part:32s} {b:7.1f} {m:7.1f}   {nbytes:9,d} {bound:7.1f} {b / bound:9.1f}x  ({level})")
            else:
                print(f"  {part:32s} {b:7.1f} {m:7.1f}")
        print("  bound = the part's unavoidable bytes at the bandwidth measured now: "
              + ", ".join(f"{level} {bandwidth[level] / 1e9:.0f} GB/s" for level in ("dram", "param", "small"))
              + " (dram: reading the training set; param, small: copying arrays as large as Adam's and of "
              "128 KB, read + write)")
        gemm_us = result["forward matrix products"][0] + result["backward matrix products"][0]
        print(f"  (best chunk = {args.batch_size / result['total'][0] * 1e6:,.0f} samples/s counting these parts "
              f"only; its matrix products ran at {flops * args.batch_size / gemm_us / 1e3:.0f} GFLOP/s)")
        print(f"  each part's median per epoch, µs (steal during the breakdown {percent(steal.share)}; when "
              "every part slows in the same epochs, the batch gather and the accuracy too, whose work never "
              "changes, the machine slowed, not the engine):")
        print("  epoch " + " ".join(f"{name:>10s}" for name in (*PARTS.values(), "total")))
        for e, medians in enumerate(epochs_medians, 1):
            print(f"  {e:5d} " + " ".join(f"{m:10.1f}" for m in [*medians.values(), sum(medians.values())]))
    print(f"(benchmark took {time.perf_counter() - t_start:.0f} s, load average now {_load()}; numbers from a "
          "shared machine vary: compare only figures of one run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Weight initialization: what each hidden layer of a deep network outputs before any training.

A deep stack of tanh or ReLU layers is fed standard-normal inputs. With N(0, 1) weights every unit sums ~100
inputs of unit size, so z is ~10: tanh units sit at ±1 (saturated, σ′ ≈ 0) and ReLU outputs grow ~7× per
layer (exploding). Xavier/Glorot (variance 2 / (fan_in + fan_out)) keeps tanh healthy but lets ReLU outputs
shrink by half in power per layer (collapsed after ten layers); He (2 / fan_in) keeps ReLU healthy.

Each layer gets a verdict from the numbers the histograms show:

- "saturated": more than half of a bounded activation's outputs lie within 0.02 of its limits;
- "exploding": the root mean square of the outputs is above 10;
- "collapsed": it is below 0.1 (the signal, and with it the gradient, dies away);
- "healthy": otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.engine.stats import saturation_fraction
from nnstudio.i18n import QT_TRANSLATE_NOOP

DEPTH = 10
WIDTH = 100
SAMPLES = 1000
# the lesson's three initializers: engine names and titles (context "Lessons")
INITIALIZERS = {"normal": QT_TRANSLATE_NOOP("Lessons", "N(0, 1)"),
                "glorot_normal": QT_TRANSLATE_NOOP("Lessons", "Xavier/Glorot"),
                "he_normal": QT_TRANSLATE_NOOP("Lessons", "He")}
SATURATED = 0.5            # share of outputs near the limits
EXPLODING = 10.0           # rms of the outputs
COLLAPSED = 0.1
VERDICTS = {"healthy": QT_TRANSLATE_NOOP("Lessons", "healthy"),
            "saturated": QT_TRANSLATE_NOOP("Lessons", "saturated"),
            "collapsed": QT_TRANSLATE_NOOP("Lessons", "collapsed"),
            "exploding": QT_TRANSLATE_NOOP("Lessons", "exploding")}


def deep_spec(activation: str, initializer: str, depth: int = DEPTH, width: int = WIDTH) -> NetworkSpec:
    """``depth`` hidden layers of ``width`` units (and one linear output, which the lesson ignores)."""
    hidden = tuple(LayerSpec(width, activation, initializer) for _ in range(depth))
    return NetworkSpec(width, hidden, LayerSpec(1, "linear", initializer), problem="regression")


def hidden_outputs(spec: NetworkSpec, seed: int = 0, samples: int = SAMPLES) -> list[np.ndarray]:
    """Each hidden layer's outputs (samples, units) at initialization, for standard-normal inputs (float64)."""
    model = spec.build(seed=seed, dtype="float64")
    x = np.random.default_rng(seed + 1).standard_normal((samples, spec.input_dim))
    with np.errstate(over="ignore", invalid="ignore"):
        return model.layer_outputs(x)[:-1]


@dataclass(frozen=True)
class LayerHealth:
    mean: float
    std: float
    rms: float
    saturation: float     # share of outputs within 0.02 of the activation's limits (0 for unbounded ones)
    verdict: str          # a key of VERDICTS


def layer_health(activation: str, a: np.ndarray) -> LayerHealth:
    with np.errstate(over="ignore", invalid="ignore"):     # an exploded layer may hold inf: its verdict says so
        rms = float(np.sqrt(np.mean(np.square(a, dtype=np.float64))))
        mean, std = float(a.mean()), float(a.std())
    saturation = saturation_fraction(activation, a)
    if saturation > SATURATED:
        verdict = "saturated"
    elif not rms <= EXPLODING:          # also NaN/inf
        verdict = "exploding"
    elif rms < COLLAPSED:
        verdict = "collapsed"
    else:
        verdict = "healthy"
    return LayerHealth(mean, std, rms, float(saturation), verdict)


def network_health(spec: NetworkSpec, seed: int = 0, samples: int = SAMPLES) -> list[LayerHealth]:
    """One verdict per hidden layer of ``spec`` at initialization."""
    return [layer_health(layer.activation, a)
            for layer, a in zip(spec.hidden, hidden_outputs(spec, seed, samples))]


def histograms(outputs: list[np.ndarray], bins: int = 50, limits: tuple[float, float] | None = None):
    """(counts (layers, bins), edges (bins + 1,)): every layer's histogram over the same bins, so the layers
    compare. ``limits`` default to the range of all outputs (tanh: about [-1, 1])."""
    if limits is None:
        finite = [a[np.isfinite(a)] for a in outputs]
        limits = (min(float(a.min()) for a in finite), max(float(a.max()) for a in finite))
        if limits[0] == limits[1]:
            limits = (limits[0] - 1.0, limits[1] + 1.0)
    edges = np.linspace(limits[0], limits[1], bins + 1)
    counts = np.array([np.histogram(a, bins=edges)[0] for a in outputs])
    return counts, edges

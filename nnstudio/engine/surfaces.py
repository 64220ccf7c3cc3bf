"""Loss surfaces of two parameters, and optimizers descending them with the code that trains networks.

    path = descend("elongated", {"name": "sgd", "lr": 0.1, "momentum": 0.9}, start=(-7, 2), steps=30)
    path.shape        # (31, 2): the start and the point after every step, float64

A :class:`Surface` is a function f(x, y) with its exact gradient, a plotting extent, a default start and its
known minima. Surfaces are looked up by name in ``SURFACES`` (``get("bowl", kappa=50)``); ``network_slice``
makes one from a real network's loss along two of its weights. ``descend`` steps the *same* optimizer classes
that train the studio's networks (``optimizer.step([p], [g])`` on a 2-vector), not copies of their formulas,
so what a learner sees on a contour plot is what happens inside a network.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.sweep import DIVERGENCE_FACTOR, fresh_optimizer, rebuild
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError, bad_settings

__all__ = ["ELONGATED_FIGURE", "SURFACES", "Descent", "Finish", "Surface", "descend", "descent", "get",
           "network_slice", "surface_race"]


@dataclass(frozen=True, eq=False)
class Surface:
    """f(x, y) and its gradient; ``function`` and ``gradient_function`` take arrays of any (broadcast) shape.

    ``extent`` = (xmin, xmax, ymin, ymax) for a contour plot; ``start`` the default starting point; ``minima``
    the known global minima (none for the saddle or a network slice), ``local_minima`` the other minima;
    ``title`` is marked for translation under the context "Surfaces"; ``formula`` is maths (the same in every
    language).
    """

    name: str
    title: str
    formula: str
    function: Callable
    gradient_function: Callable
    extent: tuple[float, float, float, float]
    start: tuple[float, float]
    minima: tuple[tuple[float, float], ...] = ()
    local_minima: tuple[tuple[float, float], ...] = ()

    def __call__(self, point) -> float:
        """f at ``point``; inf where it overflows (far out on a steep surface)."""
        x, y = _point(point)
        with np.errstate(over="ignore", invalid="ignore"):
            return float(self.function(np.float64(x), np.float64(y)))

    def gradient(self, point) -> np.ndarray:
        """(df/dx, df/dy) at ``point``, float64 of shape (2,)."""
        x, y = _point(point)
        gx, gy = self.gradient_function(x, y)
        return np.array([gx, gy], dtype=np.float64)

    def grid(self, n: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(xs (n,), ys (n,), values (n, n)) over ``extent``; values[i, j] = f(xs[j], ys[i]) (image layout)."""
        xmin, xmax, ymin, ymax = self.extent
        xs, ys = np.linspace(xmin, xmax, n), np.linspace(ymin, ymax, n)
        with np.errstate(over="ignore", invalid="ignore"):
            values = np.asarray(self.function(xs[None, :], ys[:, None]), dtype=np.float64)
        return xs, ys, np.broadcast_to(values, (n, n)).copy()


def _point(point) -> tuple[float, float]:
    p = np.asarray(point, dtype=np.float64).reshape(-1)
    if p.shape != (2,) or not np.all(np.isfinite(p)):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "A point on a surface is two finite numbers (x, y), got "
                                                            "{point}."), point=repr(point))
    return float(p[0]), float(p[1])


# -- the surfaces: each function next to its gradient ------------------------------------------------------------------
def rosenbrock() -> Surface:
    """(1 − x)² + 100 (y − x²)²: a curved, flat-bottomed valley; minimum 0 at (1, 1)."""
    def f(x, y):
        return (1 - x) ** 2 + 100 * (y - x * x) ** 2

    def grad(x, y):
        return -2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)

    return Surface("rosenbrock", QT_TRANSLATE_NOOP("Surfaces", "Rosenbrock's banana valley"),
                   "(1 − x)² + 100 (y − x²)²", f, grad, (-2.0, 2.0, -1.0, 3.0), (-1.5, 2.0), ((1.0, 1.0),))


def beale() -> Surface:
    """(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²; minimum 0 at (3, 0.5)."""
    def f(x, y):
        return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y ** 2) ** 2 + (2.625 - x + x * y ** 3) ** 2

    def grad(x, y):
        t1, t2, t3 = 1.5 - x + x * y, 2.25 - x + x * y ** 2, 2.625 - x + x * y ** 3
        return (2 * t1 * (y - 1) + 2 * t2 * (y ** 2 - 1) + 2 * t3 * (y ** 3 - 1),
                2 * t1 * x + 2 * t2 * 2 * x * y + 2 * t3 * 3 * x * y ** 2)

    return Surface("beale", QT_TRANSLATE_NOOP("Surfaces", "Beale's function"),
                   "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²", f, grad,
                   (-4.5, 4.5, -4.5, 4.5), (1.0, 1.5), ((3.0, 0.5),))


def _himmelblau_minima() -> tuple[tuple[float, float], ...]:
    """The four minima (value 0), found from their textbook approximations by Newton's method."""
    def grad_hess(x, y):
        a, b = x * x + y - 11, x + y * y - 7
        g = np.array([4 * x * a + 2 * b, 2 * a + 4 * y * b])
        h = np.array([[12 * x * x + 4 * y - 42, 4 * x + 4 * y], [4 * x + 4 * y, 4 * x + 12 * y * y - 26]])
        return g, h

    minima = []
    for guess in ((3.0, 2.0), (-2.805, 3.131), (-3.779, -3.283), (3.584, -1.848)):
        p = np.array(guess)
        for _ in range(20):
            g, h = grad_hess(*p)
            p = p - np.linalg.solve(h, g)
        minima.append((float(p[0]), float(p[1])))
    return tuple(minima)


def himmelblau() -> Surface:
    """(x² + y − 11)² + (x + y² − 7)²: four minima of equal depth (0); which one a descent finds depends on
    where it starts and how it moves."""
    def f(x, y):
        return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2

    def grad(x, y):
        a, b = x * x + y - 11, x + y * y - 7
        return 4 * x * a + 2 * b, 2 * a + 4 * y * b

    return Surface("himmelblau", QT_TRANSLATE_NOOP("Surfaces", "Himmelblau's four minima"),
                   "(x² + y − 11)² + (x + y² − 7)²", f, grad, (-5.0, 5.0, -5.0, 5.0), (0.0, 0.0),
                   _himmelblau_minima())


def saddle() -> Surface:
    """x² − y²: a saddle point at the origin, no minimum; from just off the ridge (y small) plain SGD
    creeps away slowly while adaptive methods leave fast."""
    def f(x, y):
        return x * x - y * y

    def grad(x, y):
        return 2 * x, -2 * y

    return Surface("saddle", QT_TRANSLATE_NOOP("Surfaces", "Saddle point"), "x² − y²", f, grad,
                   (-2.0, 2.0, -2.0, 2.0), (-1.5, 0.01))


def bowl(kappa: float = 10.0) -> Surface:
    """½ (x² + κ y²): a quadratic bowl with condition number κ (momentum's showcase when κ is large)."""
    kappa = float(kappa)
    if not (kappa >= 1.0 and np.isfinite(kappa)):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The bowl's condition number kappa must be a number >= "
                                                            "1, got {kappa}."), kappa=repr(kappa))

    def f(x, y):
        return 0.5 * (x * x + kappa * y * y)

    def grad(x, y):
        return x + 0 * y, kappa * y + 0 * x

    return Surface("bowl", QT_TRANSLATE_NOOP("Surfaces", "Ill-conditioned bowl"), f"½ (x² + {kappa:g} y²)", f,
                   grad, (-3.0, 3.0, -3.0, 3.0), (-2.5, 1.5), ((0.0, 0.0),))


def elongated() -> Surface:
    """x²/20 + y²: the elongated bowl on which "Deep Learning from Scratch" (ch. 6) compares SGD, momentum,
    AdaGrad and Adam from (−7, 2) in 30 points (``ELONGATED_FIGURE`` has its settings)."""
    def f(x, y):
        return x * x / 20.0 + y * y

    def grad(x, y):
        return x / 10.0 + 0 * y, 2.0 * y + 0 * x

    return Surface("elongated", QT_TRANSLATE_NOOP("Surfaces", "Elongated bowl (x²/20 + y²)"), "x²/20 + y²", f,
                   grad, (-10.0, 10.0, -5.0, 5.0), (-7.0, 2.0), ((0.0, 0.0),))


# The book's figure, with the same optimizer classes: its Momentum (v = 0.9 v - lr g; p += v) is PyTorch's
# SGD with momentum; its AdaGrad and Adam differ from PyTorch's only in where a 1e-7 epsilon goes.
# The book's loop runs 30 times but records the point before each update: its figure shows 30 points, the start
# and 29 steps (the 30th update is never drawn).
ELONGATED_FIGURE = {
    "start": (-7.0, 2.0),
    "steps": 29,
    "optimizers": {"SGD": {"name": "sgd", "lr": 0.95},
                   "Momentum": {"name": "sgd", "lr": 0.1, "momentum": 0.9},
                   "AdaGrad": {"name": "adagrad", "lr": 1.5},
                   "Adam": {"name": "adam", "lr": 0.3}},
}

_TILT = 0.3  # tilts the double well so that the left minimum is the lower one


def local_minimum() -> Surface:
    """(x² − 1)² + 0.3 x + y²: a double well tilted so that the minimum near x = −1 is the global one and the
    one near x = +1 only local. From the default start (2, 1) plain SGD settles in the local minimum; SGD with
    momentum 0.9 carries enough speed over the ridge near x = 0.08 into the global one."""
    def f(x, y):
        return (x * x - 1) ** 2 + _TILT * x + y * y

    def grad(x, y):
        return 4 * x * (x * x - 1) + _TILT + 0 * y, 2 * y + 0 * x

    # f'(x) = 4x³ - 4x + 0.3 = 0: three real roots, the outer two are the minima, the lower one global
    roots = np.sort(np.roots([4.0, 0.0, -4.0, _TILT]).real)
    return Surface("local_minimum", QT_TRANSLATE_NOOP("Surfaces", "A local minimum beside the global one"),
                   f"(x² − 1)² + {_TILT:g} x + y²", f, grad, (-2.5, 2.5, -1.5, 1.5), (2.0, 1.0),
                   minima=((float(roots[0]), 0.0),), local_minima=((float(roots[2]), 0.0),))


# -- a real network's loss along two of its weights --------------------------------------------------------------------
def network_slice(model, x, y, weights=((0, 0, 0), (0, 1, 0)), span: float = 3.0) -> Surface:
    """The loss of ``model`` on (x, y) as a function of two of its weights, all others fixed at their values.

    A weight is ``(layer, row, column)`` for W of Dense layer ``layer`` (0-based; W has shape (inputs, units))
    or ``(layer, unit)`` for its bias. The network is evaluated as it predicts (Dropout off) in float64, with
    its regularization; the gradient is backpropagation's. The extent is the weights' current values ± span.
    """
    if len(weights) != 2:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "A surface has two axes: give two weights, got {count}."),
                                count=len(weights))
    net = rebuild(model, dtype="float64")
    net.set_weights(model.get_weights())
    xs, ys = net.prepare(x, y)
    refs = [_weight_ref(net, w) for w in weights]
    params = net.get_weights()
    center = tuple(float(params[i][idx]) for i, idx in refs)

    def set_point(u, v):
        params[refs[0][0]][refs[0][1]] = u
        params[refs[1][0]][refs[1][1]] = v
        net.set_weights(params)

    def loss_at(u, v):
        set_point(u, v)
        return net._evaluate(xs, ys)[0]

    def f(u, v):
        u, v = np.broadcast_arrays(np.asarray(u, dtype=np.float64), np.asarray(v, dtype=np.float64))
        out = np.empty(u.shape)
        for k in np.ndindex(u.shape):
            out[k] = loss_at(u[k], v[k])
        return out if out.shape else float(out)

    def grad(u, v):
        u, v = np.broadcast_arrays(np.asarray(u, dtype=np.float64), np.asarray(v, dtype=np.float64))
        gu, gv = np.empty(u.shape), np.empty(u.shape)
        for k in np.ndindex(u.shape):
            set_point(u[k], v[k])
            trace = net.backprop_trace(xs, ys)
            gu[k], gv[k] = (_gradient_at(trace, i, idx) for i, idx in refs)
        return (gu, gv) if u.shape else (float(gu), float(gv))

    names = ", ".join(_weight_name(w) for w in weights)
    span = float(span)
    return Surface("network", QT_TRANSLATE_NOOP("Surfaces", "Network loss along two weights"),
                   f"L({names})", f, grad,
                   (center[0] - span, center[0] + span, center[1] - span, center[1] + span),
                   (center[0] - 0.6 * span, center[1] + 0.6 * span))


def _weight_ref(model, weight) -> tuple[int, tuple[int, ...]]:
    """(index into get_weights(), index within that array) of a ``(layer, row, col)`` / ``(layer, unit)``."""
    dense = model.dense_layers
    weight = tuple(int(i) for i in weight)
    if len(weight) not in (2, 3) or not 0 <= weight[0] < len(dense):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "A weight is (layer, row, column) or (layer, unit) with "
                                                            "layer in 0..{number}, got {weight}."),
                                number=len(dense) - 1, weight=repr(weight))
    layer = dense[weight[0]]
    shape = layer.W.shape if len(weight) == 3 else layer.b.shape
    idx = weight[1:]
    if any(not 0 <= i < n for i, n in zip(idx, shape)):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{value} does not exist: that array has shape {shape}."),
                                value=_weight_name(weight), shape=shape)
    return 2 * weight[0] + (0 if len(weight) == 3 else 1), idx


def _weight_name(weight) -> str:
    if len(weight) == 3:
        return f"W{weight[0] + 1}[{weight[1]},{weight[2]}]"
    return f"b{weight[0] + 1}[{weight[1]}]"


def _gradient_at(trace, i: int, idx) -> float:
    arrays = trace.nabla_w if i % 2 == 0 else trace.nabla_b
    return float(arrays[i // 2][idx])


SURFACES: dict[str, Callable[..., Surface]] = {
    "rosenbrock": rosenbrock,
    "beale": beale,
    "himmelblau": himmelblau,
    "saddle": saddle,
    "bowl": bowl,
    "elongated": elongated,
    "local_minimum": local_minimum,
    "network": network_slice,
}


def get(identifier, **params) -> Surface:
    """A Surface from a registry name (``params`` go to its maker, e.g. ``kappa=`` for the bowl; the network
    slice needs ``model=, x=, y=``) or a Surface itself."""
    if isinstance(identifier, Surface):
        return identifier
    maker = SURFACES.get(str(identifier).lower()) if isinstance(identifier, str) else None
    if maker is None:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Unknown surface {identifier}; choose one of {choices}."),
                                identifier=repr(identifier), choices=', '.join(SURFACES))
    try:
        return maker(**params)
    except TypeError as exc:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Bad settings for the surface {identifier}: {exc}"),
                                identifier=repr(identifier), exc=bad_settings(maker, params, exc)) from None


# -- descending --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Descent:
    """Where an optimizer went on a surface (float64 arrays).

    ``points`` (steps + 1, 2): the start and the point after each step; ``values`` (steps + 1,): f there;
    ``gradients`` (steps, 2): the gradient each step used (noise included); ``updates`` (steps, 2): what the
    optimizer subtracted (with ``gradients``: the per-coordinate step size update / gradient, and for momentum
    the direction of its buffer). The descent diverges, as a race contestant does, when f or the gradient is no
    longer finite or f rises above ``DIVERGENCE_FACTOR`` × f(start) (for f(start) > 0): ``diverged_at`` is that
    step, and every later entry is NaN.
    """

    points: np.ndarray
    values: np.ndarray
    gradients: np.ndarray
    updates: np.ndarray
    diverged_at: int | None


def descent(surface, optimizer, start=None, steps: int = 100, noise: float = 0.0, seed: int = 0) -> Descent:
    """Run ``optimizer`` (a name, config dict or instance; an instance is copied, never stepped itself) on
    ``surface`` (a Surface or a name) from ``start`` (default: the surface's) for ``steps`` steps.

    ``noise`` > 0 adds Gaussian noise of that standard deviation to every gradient coordinate, drawn from
    ``numpy.random.default_rng(seed)``: real training sees stochastic gradients.
    """
    surface = get(surface)
    opt = fresh_optimizer(optimizer)
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or steps < 0:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "steps must be a whole number >= 0, got {steps}."),
                                steps=repr(steps))
    noise = float(noise)
    if not (noise >= 0 and np.isfinite(noise)):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "noise is a standard deviation: a number >= 0, got "
                                                            "{noise}."), noise=repr(noise))
    rng = np.random.default_rng(seed)
    points = np.full((steps + 1, 2), np.nan)
    values = np.full(steps + 1, np.nan)
    gradients = np.full((steps, 2), np.nan)
    updates = np.full((steps, 2), np.nan)
    p = np.array(_point(surface.start if start is None else start), dtype=np.float64)
    points[0] = p
    values[0] = surface(p)
    limit = DIVERGENCE_FACTOR * values[0] if values[0] > 0 else np.inf
    diverged_at = None
    with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
        for t in range(steps):
            gx, gy = surface.gradient_function(p[0], p[1])
            g = np.array([gx, gy], dtype=np.float64)
            if noise:
                g += noise * rng.standard_normal(2)
            if not np.all(np.isfinite(g)):
                diverged_at = t + 1
                break
            opt.step([p], [g])          # the same call that trains a network's flat parameter array
            gradients[t] = g
            updates[t] = opt.updates[0]
            value = surface.function(p[0], p[1])
            if not (np.all(np.isfinite(p)) and value <= limit):    # (NaN fails the comparison)
                diverged_at = t + 1
                break
            points[t + 1] = p
            values[t + 1] = value
    return Descent(points, values, gradients, updates, diverged_at)


def descend(surface, optimizer, start=None, steps: int = 100, noise: float = 0.0, seed: int = 0) -> np.ndarray:
    """The path of :func:`descent`: an array of shape (steps + 1, 2) in float64, start first."""
    return descent(surface, optimizer, start, steps, noise, seed).points


@dataclass(frozen=True)
class Finish:
    """Where one contestant of a surface race ended: its last point before any divergence, f there, and the
    nearest known minimum (global or local; None on a surface without any) and its distance."""

    name: str
    optimizer: dict
    end: tuple[float, float]
    value: float
    nearest_minimum: tuple[float, float] | None
    distance: float | None
    diverged_at: int | None


def surface_race(surface, optimizers: Mapping, start=None, steps: int = 100, noise: float = 0.0,
                 seed: int = 0) -> list[Finish]:
    """Every contestant (name -> optimizer) descends ``surface`` from the same start, with the same steps and
    the same gradient noise; returns where each ended, in order."""
    surface = get(surface)
    minima = surface.minima + surface.local_minima
    finishes = []
    for name, optimizer in optimizers.items():
        opt = fresh_optimizer(optimizer)
        path = descent(surface, opt, start, steps, noise, seed)
        last = path.points[-1 if path.diverged_at is None else path.diverged_at - 1]
        end = (float(last[0]), float(last[1]))
        nearest = min(minima, key=lambda m: math.dist(m, end)) if minima else None
        finishes.append(Finish(name, opt.get_config() if hasattr(opt, "get_config") else {}, end, surface(end),
                               nearest, None if nearest is None else math.dist(nearest, end), path.diverged_at))
    return finishes

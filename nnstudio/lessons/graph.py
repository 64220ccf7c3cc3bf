"""Backpropagation on a computational graph: a scalar autograd ``Value`` in the style of micrograd.

Each operation builds its output ``out`` and, right below it, ``out._backward``: the chain rule for that one
operation, written as (input, local derivative) pairs. ``Value.backward()`` visits the nodes from the output
back to the leaves and, for every edge, adds upstream gradient × local derivative to the input's ``grad`` (so a
value used twice collects both contributions). It also returns every such product as a
:class:`BackwardStep`, in order, which the lesson's stepper reveals one at a time; ``forward_steps()`` lists the
values in the order the forward pass computed them.

    w, x, b = Value(-2.0, label="w"), Value(5.0, label="x"), Value(3.0, label="b")
    g = w * x                 # -10
    f = g + b                 # -7
    f.backward()              # w.grad = 5, x.grad = -2, b.grad = 1

:func:`lecture_graph` and :func:`sigmoid_gate` build the lecture's two graphs; :func:`network_graph` builds the
loss of one example through a compiled :class:`~nnstudio.engine.model.Sequential`, so every weight's gradient
can be read off the graph (and compared with the engine's backpropagation and with finite differences).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.losses import EPSILON
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text


class Value:
    """One number in a computational graph: ``data``, the gradient ``grad`` of the graph's output with respect to
    it (filled by the output's ``backward()``), the operation ``op`` that made it from its ``inputs``, and a
    ``label`` for the drawing ("w", "z1[0]", ...; empty for intermediate results)."""

    def __init__(self, data, _children=(), _op="", label=""):
        self.data = float(data)
        self.grad = 0.0
        self.inputs: tuple[Value, ...] = tuple(_children)
        self.op = _op
        self.label = label
        # the chain rule of the operation that made this value: () -> ((input, d self / d input), ...)
        self._backward = lambda: ()

    # -- arithmetic --------------------------------------------------------------------------------------------
    def __add__(self, other):
        other = as_value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():
            return (self, 1.0), (other, 1.0)
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = as_value(other)
        out = Value(self.data * other.data, (self, other), "×")

        def _backward():
            return (self, other.data), (other, self.data)
        out._backward = _backward
        return out

    def __pow__(self, exponent):
        if not isinstance(exponent, (int, float)):
            raise TypeError("Value ** takes a plain number as the exponent (x ** 2, x ** -1).")
        out = Value(self.data ** exponent, (self,), f"^{exponent:g}")

        def _backward():
            return ((self, exponent * self.data ** (exponent - 1)),)
        out._backward = _backward
        return out

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-as_value(other))

    def __truediv__(self, other):
        return self * as_value(other) ** -1

    def __radd__(self, other):
        return self + other

    def __rsub__(self, other):
        return as_value(other) - self

    def __rmul__(self, other):
        return self * other

    def __rtruediv__(self, other):
        return as_value(other) / self

    def __abs__(self):
        out = Value(abs(self.data), (self,), "abs")

        def _backward():
            return ((self, math.copysign(1.0, self.data) if self.data else 0.0),)  # sign(x), 0 at 0
        out._backward = _backward
        return out

    # -- functions ---------------------------------------------------------------------------------------------
    def exp(self):
        out = Value(math.exp(self.data), (self,), "exp")

        def _backward():
            return ((self, out.data),)           # (e^x)' = e^x
        out._backward = _backward
        return out

    def log(self):
        if self.data <= 0:
            raise ValueError(f"log needs a positive number (got {self.data:g}).")
        out = Value(math.log(self.data), (self,), "log")

        def _backward():
            return ((self, 1.0 / self.data),)    # (ln x)' = 1/x
        out._backward = _backward
        return out

    def sigmoid(self):
        e = math.exp(-abs(self.data))            # never overflows; small outputs keep their precision
        s = 1.0 / (1.0 + e) if self.data >= 0 else e / (1.0 + e)
        out = Value(s, (self,), "σ")

        def _backward():
            return ((self, out.data * (1.0 - out.data)),)   # σ' = σ(1 − σ), at most 0.25
        out._backward = _backward
        return out

    def tanh(self):
        out = Value(math.tanh(self.data), (self,), "tanh")

        def _backward():
            return ((self, 1.0 - out.data ** 2),)           # tanh' = 1 − tanh²
        out._backward = _backward
        return out

    def relu(self):
        out = Value(self.data if self.data > 0 else 0.0, (self,), "relu")

        def _backward():
            return ((self, 1.0 if out.data > 0 else 0.0),)  # 1 or 0
        out._backward = _backward
        return out

    def leaky_relu(self, alpha: float = 0.01):
        out = Value(self.data if self.data > 0 else alpha * self.data, (self,), "leaky_relu")

        def _backward():
            return ((self, 1.0 if out.data > 0 else alpha),)
        out._backward = _backward
        return out

    def clip(self, low: float | None = None, high: float | None = None):
        """The value limited to [low, high] (None: no limit); its slope is 0 where it is cut off. The engine clips
        probabilities this way before a logarithm."""
        data = self.data
        if low is not None and data < low:
            data = low
        if high is not None and data > high:
            data = high
        out = Value(data, (self,), "clip")

        def _backward():
            return ((self, 1.0 if data == self.data else 0.0),)
        out._backward = _backward
        return out

    # -- the two passes ----------------------------------------------------------------------------------------
    def nodes(self) -> list[Value]:
        """Every value this one depends on, itself last, in the order the forward pass computes them (each
        after its inputs)."""
        order, seen = [], set()
        stack = [(self, False)]
        while stack:  # iterative depth-first search: a deep network's graph would overflow Python's recursion
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.inputs) if id(child) not in seen)
        return order

    def forward_steps(self) -> list[ForwardStep]:
        """The operations of the forward pass in order: each computed value with its operation and inputs."""
        return [ForwardStep(node, node.op, node.inputs, node.data) for node in self.nodes() if node.inputs]

    def backward(self) -> list[BackwardStep]:
        """Fill ``grad`` of every value in the graph with d(self)/d(value) and return the chain-rule products in
        the order they were added.

        Unlike micrograd, the gradients start from zero each time, so the stepper may run it again after an
        edit; d(self)/d(self) = 1 starts the sweep.
        """
        order = self.nodes()
        for node in order:
            node.grad = 0.0
        self.grad = 1.0
        steps = []
        for node in reversed(order):
            for child, local in node._backward():
                downstream = node.grad * local
                child.grad += downstream
                steps.append(BackwardStep(child, node, node.grad, local, downstream, child.grad))
        return steps

    def __repr__(self) -> str:
        name = f"{self.label}=" if self.label else ""
        return f"Value({name}{self.data:g}, grad={self.grad:g})"


def as_value(x) -> Value:
    return x if isinstance(x, Value) else Value(x)


@dataclass(frozen=True)
class ForwardStep:
    """``node`` = ``op`` applied to ``inputs``, which gave ``value``."""

    node: Value
    op: str
    inputs: tuple[Value, ...]
    value: float


@dataclass(frozen=True)
class BackwardStep:
    """One edge of the backward pass: ``upstream`` = d(output)/d(parent) times ``local`` = d(parent)/d(node) gives
    ``downstream``, which is added to ``node.grad`` (``grad`` is its total after this step)."""

    node: Value
    parent: Value
    upstream: float
    local: float
    downstream: float
    grad: float


def sensitivity(leaf: Value, output: Value) -> Text:
    """The lecture's reading of a gradient: "When w rises by 1, f rises by 5." (after ``output.backward()``)."""
    if leaf.grad >= 0:
        template = QT_TRANSLATE_NOOP("Lessons", "When {name} rises by 1, {output} rises by {amount}.")
    else:
        template = QT_TRANSLATE_NOOP("Lessons", "When {name} rises by 1, {output} falls by {amount}.")
    return Text("Lessons", template, name=leaf.label, output=output.label, amount=f"{abs(leaf.grad):g}")


# -- the lecture's graphs --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Graph:
    """A small graph for the stepper: its output and its named values (leaves first, in drawing order)."""

    output: Value
    values: dict[str, Value]


def lecture_graph(w: float = -2.0, x: float = 5.0, b: float = 3.0) -> Graph:
    """The lecture's g = w·x, f = g + b; at w = −2, x = 5, b = 3: g = −10, f = −7, ∂f/∂w = 5, ∂f/∂x = −2,
    ∂f/∂b = 1."""
    w, x, b = Value(w, label="w"), Value(x, label="x"), Value(b, label="b")
    g = w * x
    g.label = "g"
    f = g + b
    f.label = "f"
    return Graph(f, {"w": w, "x": x, "b": b, "g": g, "f": f})


def sigmoid_gate(w: float = -2.0, x: float = 5.0, b: float = 3.0) -> Graph:
    """The lecture's graph followed by a sigmoid gate: a = σ(f), whose local derivative is σ(f)(1 − σ(f))."""
    graph = lecture_graph(w, x, b)
    a = graph.output.sigmoid()
    a.label = "a"
    return Graph(a, {**graph.values, "a": a})


def leaf_estimates(build, leaves: dict[str, float], h: float = 1e-6) -> dict[str, float]:
    """Central differences (out(v + h) − out(v − h)) / 2h of the output of ``build(**leaves)`` (a builder such as
    :func:`lecture_graph` or :func:`sigmoid_gate`) for each leaf v: the check the stepper shows beside each
    backpropagated gradient."""
    estimates = {}
    for name, value in leaves.items():
        plus = build(**{**leaves, name: value + h}).output.data
        minus = build(**{**leaves, name: value - h}).output.data
        estimates[name] = (plus - minus) / (2 * h)
    return estimates


# -- a network's loss on one example as a graph -----------------------------------------------------------------
def network_graph(model, x, y, weights=None) -> tuple[Value, list[np.ndarray]]:
    """The loss of one example (x, y) through a compiled Sequential, as a graph of Values.

    ``x``: the example's input (d,); ``y``: its target — (k,) outputs, or a class label (a number or (1,))
    for the sparse loss and for one-hot targets given as a label. Returns ``(loss, weights)``: the loss the
    model was compiled with (incl. L1/L2 penalties; Dropout off, as the model predicts) and the weights as
    object arrays of Values shaped like ``model.get_weights()`` [W1, b1, W2, b2, ...]. After
    ``loss.backward()`` their ``grad``s are the engine's dC/dW, dC/db for this example. Where the engine fuses
    the output activation into the loss (sigmoid + binary, softmax + categorical cross-entropy) the loss is
    built from the logits z, as the engine computes it. Labels: x[i], W1[i,j], b1[j], z1[j], a1[j], ..., C.

    ``weights``: other values for [W1, b1, ...] (the model's own by default), e.g. for finite differences.
    """
    if model.loss is None:
        raise ValueError("Compile the model first: the graph needs the loss it was compiled with.")
    dense = model.dense_layers
    arrays = model.get_weights() if weights is None else [np.asarray(p, dtype=np.float64) for p in weights]
    x, y = _one_example(model, x, y)
    params = []
    for i, p in enumerate(arrays):
        name = f"{'W' if i % 2 == 0 else 'b'}{i // 2 + 1}"
        values = np.empty(p.shape, dtype=object)
        for index in np.ndindex(p.shape):
            values[index] = Value(p[index], label=f"{name}[{','.join(map(str, index))}]")
        params.append(values)
    # feedforward, one unit at a time: z_j = b_j + Σ_i a_i W_ij, a_j = f(z_j)
    activations = [Value(v, label=f"x[{i}]") for i, v in enumerate(x)]
    zs = []
    for l, layer in enumerate(dense, start=1):
        W, b = params[2 * l - 2], params[2 * l - 1]
        zs = []
        for j in range(layer.units):
            z = b[j]
            for i, a in enumerate(activations):
                z = z + a * W[i, j]
            z.label = f"z{l}[{j}]"
            zs.append(z)
        activations = _activate(layer.activation_fn, zs)
        for j, a in enumerate(activations):
            a.label = f"a{l}[{j}]"
    cost = _loss(model.loss, dense[-1].activation, zs, activations, y)
    for l, layer in enumerate(dense, start=1):
        reg = layer.kernel_regularizer
        if reg is not None:
            W = params[2 * l - 2].ravel()
            if reg.l1:
                cost = cost + reg.l1 * _sum([abs(w) for w in W])
            if reg.l2:
                cost = cost + reg.l2 * _sum([w * w for w in W])
    cost.label = "C"
    return cost, params


def gradients(values: list[np.ndarray]) -> list[np.ndarray]:
    """The ``grad`` of every Value in [W1, b1, ...] object arrays, as float arrays of the same shapes."""
    return [np.vectorize(lambda v: v.grad, otypes=[np.float64])(p) for p in values]


def finite_differences(model, x, y, h: float = 1e-6) -> list[np.ndarray]:
    """Central differences (C(p + h) − C(p − h)) / 2h of the example's loss for every weight, shaped like
    ``model.get_weights()``: the estimate the lesson shows beside each backpropagated gradient."""
    weights = [np.asarray(p, dtype=np.float64) for p in model.get_weights()]
    estimates = []
    for p in weights:
        g = np.empty_like(p)
        for index in np.ndindex(p.shape):
            old = p[index]
            p[index] = old + h
            plus = network_graph(model, x, y, weights)[0].data
            p[index] = old - h
            minus = network_graph(model, x, y, weights)[0].data
            p[index] = old
            g[index] = (plus - minus) / (2 * h)
        estimates.append(g)
    return estimates


def _one_example(model, x, y) -> tuple[np.ndarray, np.ndarray]:
    """x as (d,) float64 and y as the loss needs it: (k,) targets, or a label () for the sparse loss."""
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    y = np.asarray(y)
    k = model.output_dim
    if y.size == 1 and (model.loss.sparse or k > 1):
        y = y.reshape(1)                 # a class label: the model's checks turn it into what the loss needs
    else:
        y = y.reshape(1, -1)
    xs, ys = model.prepare(x[None, :], y)
    return xs[0].astype(np.float64), ys[0].astype(np.float64) if not model.loss.sparse else ys[0]


def _sum(values):
    total = values[0]
    for v in values[1:]:
        total = total + v
    return total


def _activate(activation, zs: list[Value]) -> list[Value]:
    name = activation.name
    if name == "sigmoid":
        return [z.sigmoid() for z in zs]
    if name == "tanh":
        return [z.tanh() for z in zs]
    if name == "relu":
        return [z.relu() for z in zs]
    if name == "leaky_relu":
        return [z.leaky_relu(activation.alpha) for z in zs]
    if name == "linear":
        return zs                       # a = z: one node, labelled as the layer's output
    if name == "softmax":
        # a_j = e^(z_j − m) / Σ_k e^(z_k − m); m = max z is a constant that keeps every exponent <= 0
        m = max(z.data for z in zs)
        exps = [(z - m).exp() for z in zs]
        total = _sum(exps)
        return [e / total for e in exps]
    raise ValueError(f"The lesson graph has no {name!r} activation.")


def _loss(loss, output_activation: str, zs: list[Value], a: list[Value], y: np.ndarray) -> Value:
    """The engine's loss for one example (n = 1), fused with the output activation where the engine fuses it."""
    k = len(a)
    name = loss.name
    if not loss.sparse:
        y = [float(v) for v in y]      # plain floats: NumPy scalars would try to multiply Values themselves
    if name == "mse":                   # mean over the k outputs of (a − y)²
        return _sum([(aj - yj) ** 2 for aj, yj in zip(a, y)]) / k
    if name == "quadratic":             # Nielsen: ½ ||a − y||²
        return 0.5 * _sum([(aj - yj) ** 2 for aj, yj in zip(a, y)])
    if name == "binary_crossentropy":   # mean over the k outputs of −[y ln a + (1 − y) ln(1 − a)]
        if output_activation == "sigmoid":
            # from the logits: max(z, 0) − z y + ln(1 + e^−|z|), each branch written so nothing overflows
            terms = [(z - z * yj + (1.0 + (-z).exp()).log()) if z.data >= 0
                     else (-z * yj + (1.0 + z.exp()).log()) for z, yj in zip(zs, y)]
        else:
            terms = []
            for aj, yj in zip(a, y):
                p = aj.clip(EPSILON, 1.0 - EPSILON)
                terms.append(-(yj * p.log() + (1.0 - yj) * (1.0 - p).log()))
        return _sum(terms) / k
    if loss.sparse:                     # y is the class label
        y = [float(v) for v in np.eye(k)[int(y)]]
    if name in ("categorical_crossentropy", "sparse_categorical_crossentropy"):   # −Σ_j y_j ln a_j
        if output_activation == "softmax":
            # ln a_j = z_j − logsumexp(z), so C = logsumexp(z) Σ_j y_j − Σ_j y_j z_j
            m = max(z.data for z in zs)
            lse = _sum([(z - m).exp() for z in zs]).log() + m
            return lse * float(np.sum(y)) - _sum([z * yj for z, yj in zip(zs, y)])
        return -_sum([aj.clip(EPSILON, None).log() * yj for aj, yj in zip(a, y)])
    raise ValueError(f"The lesson graph has no {name!r} loss.")

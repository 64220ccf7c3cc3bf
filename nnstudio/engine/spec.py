"""NetworkSpec: a network described as plain data, which the network editor edits and files store.

A spec is immutable (frozen dataclasses, tuples), so an undo command can keep the spec before and after an
edit. ``spec.build()`` turns it into a compiled :class:`~nnstudio.engine.model.Sequential`.

The rules of what a network may be live here, once: ``validate()`` raises a :class:`SpecError` saying what is
wrong and what to do, and the network editor, the command line and project files all ask it. The size limits
of the studio (``MAX_UNITS`` per layer, ``MAX_HIDDEN`` layers) are checked by ``check_size()``; the engine
itself trains any size.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, replace

from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.initializers import INITIALIZERS
from nnstudio.engine.layers import Dense, Dropout
from nnstudio.engine.losses import LOSSES
from nnstudio.engine.memory import estimate
from nnstudio.engine.model import Sequential
from nnstudio.engine.problems import PROBLEMS
from nnstudio.engine.regularizers import L1L2
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError, TranslatableTypeError, bad_settings, why

MAX_UNITS = 4096     # neurons per layer in the studio: beyond this the drawing and the training only crawl
MAX_HIDDEN = 16      # hidden layers in the studio: deeper networks would not train visibly here

# losses that fit each problem's outputs; the first is the lecture's choice (PROBLEMS)
PROBLEM_LOSSES: dict[str, tuple[str, ...]] = {
    "regression": ("mse", "quadratic"),
    "binary": ("binary_crossentropy", "mse", "quadratic"),
    "multiclass": ("categorical_crossentropy", "quadratic", "mse"),
    "multilabel": ("binary_crossentropy", "mse", "quadratic"),
}


class SpecError(TranslatableError):
    """A network that cannot be: the message says which layer and what to change."""


def layer_name(index: int, n_layers: int) -> Text:
    """"Hidden layer 2" or "Output layer" for Dense layer ``index`` (0-based) of ``n_layers``."""
    if index == n_layers - 1:
        return Text("Network", QT_TRANSLATE_NOOP("Network", "Output layer"))
    return Text("Network", QT_TRANSLATE_NOOP("Network", "Hidden layer {n}"), n=index + 1)


@dataclass(frozen=True)
class LayerSpec:
    """One Dense layer: its size, activation, initializer, L1/L2 strengths and the dropout after it."""

    units: int
    activation: str = "sigmoid"
    initializer: str = "glorot_uniform"
    l1: float = 0.0
    l2: float = 0.0
    dropout: float = 0.0  # rate of a Dropout layer placed after this layer (0 = none)

    def validate(self, where) -> None:
        """Raise SpecError unless every field is usable; ``where`` names the layer in the message."""
        if isinstance(self.units, bool) or not isinstance(self.units, int) or self.units < 1:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "{where}: a layer needs at least 1 neuron (got {units})."),
                            where=where, units=self.units)
        if not isinstance(self.activation, str) or self.activation not in ACTIVATIONS:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "{where}: unknown activation {name}; choose one of "
                                                        "{choices}."),
                            where=where, name=repr(self.activation), choices=", ".join(ACTIVATIONS))
        if not isinstance(self.initializer, str) or self.initializer not in INITIALIZERS:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "{where}: unknown initializer {name}; choose one of "
                                                        "{choices}."),
                            where=where, name=repr(self.initializer), choices=", ".join(INITIALIZERS))
        for value in (self.l1, self.l2):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                    or value < 0:
                raise SpecError(QT_TRANSLATE_NOOP("Errors", "{where}: L1 and L2 strengths must be numbers >= 0 "
                                                            "(got {value})."), where=where, value=value)
        if isinstance(self.dropout, bool) or not isinstance(self.dropout, (int, float)) \
                or not 0.0 <= self.dropout < 1.0:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "{where}: the dropout rate must be in [0, 1) (got "
                                                        "{rate})."), where=where, rate=self.dropout)


@dataclass(frozen=True)
class NetworkSpec:
    """Input size, hidden layers, output layer and problem type (which fixes output activation and loss)."""

    input_dim: int
    hidden: tuple[LayerSpec, ...] = ()
    output: LayerSpec = field(default_factory=lambda: LayerSpec(1, "sigmoid"))
    problem: str = "binary"
    loss: str | None = None  # None: the problem's loss from the lecture's table

    @classmethod
    def xor_default(cls) -> NetworkSpec:
        """The lecture's 2-2-1 sigmoid network for XOR: two logistic units and one output unit."""
        return cls(2, (LayerSpec(2, "sigmoid"),), LayerSpec(1, "sigmoid"), "binary")

    @property
    def layers(self) -> tuple[LayerSpec, ...]:
        return (*self.hidden, self.output)

    @property
    def loss_name(self) -> str:
        return self.loss or PROBLEMS[self.problem][1]

    @property
    def sizes(self) -> tuple[int, ...]:
        """Neurons per column, input first: (2, 2, 1) for the XOR network."""
        return (self.input_dim, *(layer.units for layer in self.layers))

    @property
    def weight_shapes(self) -> list[tuple[int, ...]]:
        """Shapes of [W1, b1, W2, b2, ...], W of shape (inputs, units)."""
        shapes = []
        for fan_in, units in zip(self.sizes[:-1], self.sizes[1:]):
            shapes += [(fan_in, units), (units,)]
        return shapes

    def with_problem(self, problem: str, outputs: int) -> NetworkSpec:
        """The same hidden layers with the output layer the problem type prescribes."""
        if problem not in PROBLEMS:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "Unknown problem type {name}; choose one of {choices}."),
                            name=repr(problem), choices=", ".join(PROBLEMS))
        activation, _ = PROBLEMS[problem]
        return replace(self, problem=problem, loss=None,
                       output=replace(self.output, units=outputs, activation=activation))

    def with_hidden_activation(self, activation: str) -> NetworkSpec:
        """Every hidden layer with ``activation``."""
        return replace(self, hidden=tuple(replace(layer, activation=activation) for layer in self.hidden))

    def validate(self) -> None:
        """Raise SpecError unless the network can be built and trained as described."""
        if isinstance(self.input_dim, bool) or not isinstance(self.input_dim, int) or self.input_dim < 1:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "The input layer needs at least 1 feature (got {n})."),
                            n=self.input_dim)
        if not isinstance(self.problem, str) or self.problem not in PROBLEMS:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "Unknown problem type {name}; choose one of {choices}."),
                            name=repr(self.problem), choices=", ".join(PROBLEMS))
        n = len(self.layers)
        for i, layer in enumerate(self.layers):
            layer.validate(layer_name(i, n))
        for i, layer in enumerate(self.hidden):
            if layer.activation == "softmax":
                raise SpecError(QT_TRANSLATE_NOOP("Errors", "{where}: softmax belongs in the output layer of a "
                                                            "multi-class network, not in a hidden layer; choose "
                                                            "e.g. relu, tanh or sigmoid."),
                                where=layer_name(i, n))
        if self.output.dropout:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "No dropout after the output layer: it would drop the "
                                                        "predictions; set it to 0."))
        loss = self.loss_name
        if not isinstance(loss, str) or loss not in LOSSES:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "Unknown loss {name}; choose one of {choices}."),
                            name=repr(loss), choices=", ".join(LOSSES))
        activation = self.output.activation
        if activation == "softmax" and self.problem != "multiclass":
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "Softmax needs multi-class: choose the multi-class "
                                                        "problem type first."))
        if loss in ("categorical_crossentropy", "sparse_categorical_crossentropy") and activation != "softmax":
            # what to do instead, as the lecture's table of problem -> output -> loss says
            if self.problem == "binary":
                raise SpecError(QT_TRANSLATE_NOOP("Errors", "Categorical cross-entropy needs one softmax output per "
                                                            "class, and this binary network has one sigmoid "
                                                            "output: for two classes use binary_crossentropy with "
                                                            "one sigmoid output, or two softmax outputs (the "
                                                            "multi-class problem type)."))
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "Categorical cross-entropy needs one softmax output per "
                                                        "class (the multi-class problem type); for this network "
                                                        "choose one of {choices}."),
                            choices=", ".join(PROBLEM_LOSSES.get(self.problem, ())))
        if loss == "binary_crossentropy" and activation != "sigmoid":
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "Binary cross-entropy needs sigmoid outputs "
                                                        "(probabilities in 0..1); choose regression for other "
                                                        "output activations."))

    def check_size(self) -> None:
        """Raise SpecError beyond the studio's limits: MAX_UNITS neurons per layer, MAX_HIDDEN hidden layers."""
        if len(self.hidden) > MAX_HIDDEN:
            raise SpecError(QT_TRANSLATE_NOOP("Errors", "At most {n} hidden layers: deeper networks would not "
                                                        "train visibly here."), n=MAX_HIDDEN)
        for i, layer in enumerate(self.layers):
            if isinstance(layer.units, int) and layer.units > MAX_UNITS:
                raise SpecError(QT_TRANSLATE_NOOP("Errors", "{where}: at most {n} neurons per layer (got "
                                                            "{units})."),
                                where=layer_name(i, len(self.layers)), n=MAX_UNITS, units=layer.units)

    def memory(self, batch_size: int = 1, dtype: str = "float32", optimizer="sgd"):
        """What training this network with ``batch_size`` needs (a MemoryEstimate; ``.check()`` refuses it
        beyond the memory limit with the numbers)."""
        return estimate(self, batch_size=batch_size, dtype=dtype, optimizer=optimizer)

    def build(self, seed: int = 0, dtype: str = "float32", optimizer="sgd", batch_size: int = 0):
        """A compiled Sequential model with freshly initialized weights.

        Raises MemoryLimitError, before allocating anything, when the weights, their gradients, the optimizer's
        state and the buffers of a batch of ``batch_size`` would need more than the memory limit."""
        self.validate()
        self.memory(batch_size, dtype, optimizer).check()
        layers = []
        for i, ls in enumerate(self.layers):
            reg = L1L2(l1=ls.l1, l2=ls.l2) if (ls.l1 or ls.l2) else None
            layers.append(Dense(ls.units, input_dim=self.input_dim if i == 0 else None,
                                activation=ls.activation, kernel_initializer=ls.initializer,
                                kernel_regularizer=reg))
            if ls.dropout:
                layers.append(Dropout(ls.dropout))
        model = Sequential(layers, seed=seed, dtype=dtype)
        metrics = [] if self.problem == "regression" else ["accuracy"]
        model.compile(optimizer=optimizer, loss=self.loss_name, metrics=metrics)
        return model

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> NetworkSpec:
        """Rebuild from ``to_dict()`` output; a malformed dict raises ValueError naming the problem. Values keep
        their types (an input size of 2.7 is an error, not 2): ``validate()`` checks each one."""
        try:
            if not isinstance(d, dict):
                raise TranslatableTypeError(QT_TRANSLATE_NOOP("Errors", "expected a mapping, got {kind}"),
                                            kind=type(d).__name__)
            hidden = d.get("hidden", ())
            if not isinstance(hidden, (list, tuple)):
                raise TranslatableTypeError(QT_TRANSLATE_NOOP("Errors", "'hidden' must be a list of layers, got "
                                                                        "{kind}"), kind=type(hidden).__name__)
            if not all(isinstance(layer, dict) for layer in (*hidden, d["output"])):
                raise TranslatableTypeError(QT_TRANSLATE_NOOP("Errors", "every layer must be a mapping of its "
                                                                        "settings"))
            layers = []
            for i, layer in enumerate((*hidden, d["output"])):
                try:
                    layers.append(LayerSpec(**layer))
                except TypeError as exc:    # a setting misspelt or missing: say which, and what a layer takes
                    raise TranslatableTypeError(QT_TRANSLATE_NOOP("Errors", "{where}: {reason}"),
                                                where=layer_name(i, len(hidden) + 1),
                                                reason=bad_settings(LayerSpec, layer, exc)) from None
            spec = cls(d["input_dim"], tuple(layers[:-1]), layers[-1], d.get("problem", "binary"), d.get("loss"))
        except (KeyError, TypeError, ValueError) as exc:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Malformed network description: {reason}"),
                                    reason=why(exc)) from exc
        spec.validate()
        return spec

"""NetworkSpec: a network described as plain data, which the network editor edits and files store.

A spec is immutable (frozen dataclasses, tuples), so an undo command can keep the spec before and after an
edit. ``spec.build()`` turns it into a compiled :class:`~nnstudio.engine.model.Sequential`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from nnstudio.engine.problems import PROBLEMS


@dataclass(frozen=True)
class LayerSpec:
    """One Dense layer: its size, activation, initializer, L1/L2 strengths and the dropout after it."""

    units: int
    activation: str = "sigmoid"
    initializer: str = "glorot_uniform"
    l1: float = 0.0
    l2: float = 0.0
    dropout: float = 0.0  # rate of a Dropout layer placed after this layer (0 = none)

    def validate(self, where: str) -> None:
        from nnstudio.engine.activations import ACTIVATIONS
        from nnstudio.engine.initializers import INITIALIZERS

        if not isinstance(self.units, int) or self.units < 1:
            raise ValueError(f"{where}: a layer needs at least 1 neuron (got {self.units!r}).")
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"{where}: unknown activation {self.activation!r}; "
                             f"choose one of {', '.join(ACTIVATIONS)}.")
        if self.initializer not in INITIALIZERS:
            raise ValueError(f"{where}: unknown initializer {self.initializer!r}; "
                             f"choose one of {', '.join(INITIALIZERS)}.")
        if self.l1 < 0 or self.l2 < 0:
            raise ValueError(f"{where}: L1 and L2 strengths must be >= 0.")
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"{where}: the dropout rate must be in [0, 1) (got {self.dropout}).")


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
        """The lecture's 2-2-1 sigmoid network (LESSONS.md §1)."""
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

    def with_problem(self, problem: str, outputs: int) -> NetworkSpec:
        """The same hidden layers with the output layer the problem type prescribes."""
        if problem not in PROBLEMS:
            raise ValueError(f"Unknown problem type {problem!r}; choose one of {', '.join(PROBLEMS)}.")
        activation, _ = PROBLEMS[problem]
        return replace(self, problem=problem, loss=None,
                       output=replace(self.output, units=outputs, activation=activation))

    def validate(self) -> None:
        if not isinstance(self.input_dim, int) or self.input_dim < 1:
            raise ValueError(f"The input layer needs at least 1 feature (got {self.input_dim!r}).")
        if self.problem not in PROBLEMS:
            raise ValueError(f"Unknown problem type {self.problem!r}; choose one of {', '.join(PROBLEMS)}.")
        for i, layer in enumerate(self.hidden):
            layer.validate(f"Hidden layer {i + 1}")
        self.output.validate("Output layer")
        if self.output.dropout:
            raise ValueError("Output layer: dropout after the output layer would drop predictions; set it to 0.")
        if self.loss_name == "categorical_crossentropy" and self.output.activation != "softmax":
            raise ValueError("Categorical cross-entropy needs a softmax output layer.")

    def build(self, seed: int = 0, dtype: str = "float32", optimizer="sgd"):
        """A compiled Sequential model with freshly initialized weights."""
        from nnstudio.engine.layers import Dense, Dropout
        from nnstudio.engine.model import Sequential
        from nnstudio.engine.regularizers import L1L2

        self.validate()
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
        """Rebuild from ``to_dict()`` output; a malformed dict raises ValueError naming the problem."""
        try:
            spec = cls(int(d["input_dim"]),
                       tuple(LayerSpec(**layer) for layer in d.get("hidden", ())),
                       LayerSpec(**d["output"]), str(d.get("problem", "binary")), d.get("loss"))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"Malformed network description: {exc}") from exc
        spec.validate()
        return spec

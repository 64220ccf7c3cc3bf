"""Sequential: a stack of Dense/Dropout layers with Keras' API and Nielsen's backpropagation.

    model = Sequential([Dense(8, input_dim=4, activation="relu"), Dense(8, activation="relu"),
                        Dense(3, activation="softmax")], seed=0)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    model.fit(x, y, epochs=5, batch_size=32)

Everything random (initial weights, shuffling, dropout masks) draws from ``model.rng``, a
``numpy.random.Generator`` seeded with ``seed``: the same seed gives the same run, bit for bit.
"""
from __future__ import annotations

import copy
import math
import sys
import time
from dataclasses import dataclass

import numpy as np

from nnstudio.engine import _fpu
from nnstudio.engine import losses as _losses
from nnstudio.engine import optimizers
from nnstudio.engine.batches import BatchStream
from nnstudio.engine.files import write_npz
from nnstudio.engine.callbacks import BatchRecord, Callback, EpochRecord, History, TerminateOnDivergence, epoch_line
from nnstudio.engine.layers import Dense, Dropout, Layer
from nnstudio.engine.memory import check_memory, inference_rows
from nnstudio.engine.stats import LayerStats, layer_stats
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError, TranslatableRuntimeError, TranslatableTypeError

_DTYPES = ("float32", "float64")
MODEL_FORMAT = "nnstudio-model"   # model files (written by Sequential.save, read by io.load_model)
MODEL_VERSION = 1


class NotCompiledError(TranslatableRuntimeError):
    """Training or evaluating a model that has no loss and optimizer yet."""


@dataclass(frozen=True)
class BackpropTrace:
    """One backpropagation, layer by layer (index l = Dense layer l; ``activations[0]`` is the input x):
    ``zs[l]`` = a^{l} W + b (n, units), ``activations[l + 1]`` = f(zs[l]), ``deltas[l]`` = dC/dz (n, units),
    ``nabla_w[l]`` = dC/dW (W's shape), ``nabla_b[l]`` = dC/db, ``cost`` the loss incl. regularization."""

    cost: float
    zs: tuple[np.ndarray, ...]
    activations: tuple[np.ndarray, ...]
    deltas: tuple[np.ndarray, ...]
    nabla_w: tuple[np.ndarray, ...]
    nabla_b: tuple[np.ndarray, ...]


@dataclass
class FitPosition:
    """Where a ``fit_iter`` run is: kept current by the run (before each record it yields), and given back to
    a new ``fit_iter`` to go on from there, e.g. after a save — the same batches in the same order, and the
    epoch's loss and accuracy averaged over all of its batches, as if the run had never stopped."""

    epoch: int = 0
    batch: int = 0                  # batches of ``epoch`` done
    order: np.ndarray | None = None  # ``epoch``'s row order, once drawn (a shuffled stream); None: not drawn yet
    loss_sum: float = 0.0           # Σ batch loss × batch size over the epoch's batches so far
    acc_sum: float = 0.0
    seen: int = 0                   # samples of the epoch so far
    seconds: float = 0.0


class Sequential:
    """A feed-forward network. ``dtype`` is "float32" (fast, the default) or "float64" (gradient checks).

    ``flush_subnormals`` (default True): training steps run with the CPU's flush-to-zero mode, so values below
    1.18e-38 (float32) or 2.23e-308 (float64) become 0 instead of subnormal numbers, which are up to 100x slower
    on Intel CPUs; the one difference from ``torch.optim``'s results (see ``nnstudio.engine._fpu``). Set it to
    False on an instance for IEEE gradual underflow.
    """

    flush_subnormals = True

    def __init__(self, layers=None, seed: int = 0, dtype: str = "float32", name: str | None = None):
        self.dtype = _check_dtype(dtype)
        if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, (int, np.integer)) or seed < 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The seed must be a non-negative integer (got "
                                                                "{seed})."), seed=repr(seed))
        self.seed = int(seed)
        self.rng = np.random.default_rng(self.seed)
        self.name = name
        self.layers: list[Layer] = []
        self.optimizer = None
        self.loss = None
        self.metrics: list[str] = []
        self.stop_training = False
        self.steps = 0              # optimizer steps taken by this model
        self.history: History | None = None
        self._params: list[np.ndarray] = []   # [W1, b1, W2, b2, ...]: views into _flat_params
        self._grads: list[np.ndarray] = []    # [dW1, db1, ...]: views into _flat_grads
        self._flat_params = np.zeros(0, self.dtype)
        self._flat_grads = np.zeros(0, self.dtype)
        self._offsets: list[int] = []         # where each parameter starts in the flat arrays
        self._delta_buffers: dict[int, np.ndarray] = {}
        self._step_correct: int | None = None  # the last training step's accuracy count, when its loss counted
        self._batch_buffers: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._trained_since_build = False
        for layer in layers or ():
            self.add(layer)

    # -- structure -------------------------------------------------------------------------------------------
    def add(self, layer: Layer) -> None:
        if not isinstance(layer, (Dense, Dropout)):
            raise TranslatableTypeError(QT_TRANSLATE_NOOP("Errors", "Sequential takes Dense and Dropout layers (got "
                                                                    "{kind})."), kind=type(layer).__name__)
        if layer.built:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{layer} already belongs to a model; create a new "
                                                                "layer."), layer=repr(layer))
        was_built = self.built
        self.layers.append(layer)
        # weights are drawn as soon as the input size is known, layer by layer in order (same seed, same weights)
        if was_built:
            self.build(self.input_dim)
        elif self._declared_input_dim() is not None:
            self.build(self._declared_input_dim())

    def _declared_input_dim(self) -> int | None:
        for layer in self.layers:
            if isinstance(layer, Dense):
                return layer.input_dim
        return None

    @property
    def built(self) -> bool:
        return bool(self.layers) and all(layer.built for layer in self.layers)

    def build(self, input_dim: int) -> None:
        """Create the weights for inputs of ``input_dim`` features (done automatically when it is known).

        Raises MemoryLimitError (nothing allocated) when the weights, their gradients and the optimizer's
        state would need more than ``nnstudio.engine.memory.memory_limit()``."""
        dim = int(input_dim)
        sizes = [dim] + [layer.units for layer in self.layers if isinstance(layer, Dense)]
        if len(sizes) > 1:
            check_memory(sizes, batch_size=0, dtype=self.dtype, optimizer=self.optimizer)
        for layer in self.layers:
            if not layer.built:
                layer.build(dim, self.rng, self.dtype)
            dim = layer.output_dim
        self._collect_parameters()

    def _collect_parameters(self) -> None:
        """Move every W, b (and dW, db) into one flat array each, leaving the layers views into them.

        The optimizer then steps over one array: every update rule is elementwise, so the result is the same
        as stepping W1, b1, ... one by one, with a few NumPy calls instead of a few per parameter (measured
        -35 us per MNIST step with Adam, and 4x fewer calls for the lecture's tiny networks). Each piece
        starts on a 64-byte boundary; the zero padding between pieces has zero gradient and stays zero.
        """
        align = 64 // self.dtype.itemsize
        self._offsets, total = [], 0
        for layer in self.dense_layers:
            for p in (layer.W, layer.b):
                self._offsets.append(total)
                total += -(-p.size // align) * align
        self._flat_params = np.zeros(total, self.dtype)
        self._flat_grads = np.zeros(total, self.dtype)
        start = iter(self._offsets)
        for layer in self.dense_layers:
            for p in (layer.W, layer.b):
                i = next(start)
                self._flat_params[i:i + p.size] = p.reshape(-1)
        self._link_views()
        # the first Dense layer (and anything before it) needs no input gradient
        first = next((i for i, layer in enumerate(self.layers) if isinstance(layer, Dense)), 0)
        self._needs_input_grad = [i > first for i in range(len(self.layers))]
        self._delta_buffers.clear()
        self._trained_since_build = False
        if self.optimizer is not None and hasattr(self.optimizer, "reset"):
            self.optimizer.reset()

    def _link_views(self) -> None:
        """Point every layer's W, b, dW, db at its piece of the flat arrays."""
        self._params, self._grads = [], []
        for j, layer in enumerate(self.dense_layers):
            for k, name in enumerate(("W", "b")):
                start = self._offsets[2 * j + k]
                shape = getattr(layer, name).shape
                size = int(np.prod(shape))
                setattr(layer, name, self._flat_params[start:start + size].reshape(shape))
                setattr(layer, "d" + name, self._flat_grads[start:start + size].reshape(shape))
            self._params += [layer.W, layer.b]
            self._grads += [layer.dW, layer.db]

    def __deepcopy__(self, memo):
        # copy.deepcopy copies each view separately; re-link them so the copy trains what it predicts with
        new = type(self).__new__(type(self))
        memo[id(self)] = new
        for key, value in self.__dict__.items():
            setattr(new, key, copy.deepcopy(value, memo))
        if new.built:
            new._link_views()
        return new

    @property
    def flat_parameters(self) -> np.ndarray:
        """The one array holding every W and b, which the optimizer steps (the layers' W and b are views)."""
        return self._flat_params

    @property
    def flat_gradients(self) -> np.ndarray:
        """The last step's gradients, laid out as ``flat_parameters``."""
        return self._flat_grads

    @property
    def parameter_offsets(self) -> tuple[int, ...]:
        """Where W1, b1, W2, b2, ... start in ``flat_parameters`` (each on a 64-byte boundary)."""
        return tuple(self._offsets)

    @property
    def _step_params(self) -> list[np.ndarray]:
        """What the optimizer steps: one flat array holding every W and b (see _collect_parameters)."""
        return [self._flat_params]

    @property
    def _step_grads(self) -> list[np.ndarray]:
        return [self._flat_grads]

    def _require_built(self, x=None) -> None:
        if not self.layers:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The model has no layers; add at least one Dense "
                                                                "layer."))
        if not isinstance(self.layers[-1], Dense):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The last layer must be a Dense layer (the output "
                                                                "layer), not Dropout."))
        if not self.built:
            if x is None:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The model does not know its input size yet: "
                                                                    "give the first Dense layer input_dim=..., or "
                                                                    "call fit/predict with data first."))
            self.build(x.shape[1])

    @property
    def dense_layers(self) -> list[Dense]:
        return [layer for layer in self.layers if isinstance(layer, Dense)]

    @property
    def input_dim(self) -> int | None:
        if self.built:
            return self.layers[0].input_dim
        return self._declared_input_dim()

    @property
    def output_dim(self) -> int | None:
        dense = self.dense_layers
        return dense[-1].units if dense else None

    @property
    def loss_name(self) -> str | None:
        return None if self.loss is None else self.loss.name

    @property
    def output_layer(self) -> Dense:
        return self.layers[-1]

    # -- compile ---------------------------------------------------------------------------------------------
    def compile(self, optimizer="rmsprop", loss="mse", metrics=None) -> None:
        """Choose the optimizer (a name such as "adam", a config dict or an instance), the loss (a name from
        ``losses.LOSSES``) and the metrics (only "accuracy" exists). A mistake in any of them changes nothing:
        the model keeps the loss, optimizer and metrics it had."""
        loss = _losses.get(loss)
        resolved = []
        for metric in metrics or ():
            if metric in ("accuracy", "acc"):
                resolved.append("accuracy")
            else:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Unknown metric {metric}; the only metric is "
                                                                    "'accuracy'."), metric=repr(metric))
        optimizer = _get_optimizer(optimizer)
        if hasattr(optimizer, "reset"):
            optimizer.reset()
        self.loss, self.metrics, self.optimizer = loss, resolved, optimizer

    def _require_compiled(self) -> None:
        if self.loss is None or self.optimizer is None:
            raise NotCompiledError(QT_TRANSLATE_NOOP("Errors", "Call model.compile(optimizer=..., loss=...) before "
                                                               "training or evaluating."))

    # -- data checks -----------------------------------------------------------------------------------------
    def _check_x(self, x) -> np.ndarray:
        x = np.asarray(x)
        if x.ndim == 1 and self.input_dim is not None and self.input_dim == x.shape[0]:
            x = x[None, :]
        if x.ndim != 2:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "x must be a 2-D array (samples, features); got "
                                                                "shape {shape}."), shape=x.shape)
        if x.dtype.kind not in "fiub":
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "x must hold numbers (got dtype {dtype})."),
                                    dtype=x.dtype)
        self._require_built(x)
        if x.shape[1] != self.input_dim:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The model expects {input_dim} input features, but "
                                                                "x has {shape} columns."), input_dim=self.input_dim,
                                    shape=x.shape[1])
        _check_finite(x, "x")
        return np.ascontiguousarray(x, dtype=self.dtype)

    def _check_y(self, y, n: int) -> np.ndarray:
        """Targets in the form the loss needs: int labels (n,) for sparse CE, else (n, k) in the model dtype."""
        y = np.asarray(y)
        k = self.output_dim
        if y.ndim == 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "y must be an array of targets, one per sample."))
        if len(y) != n:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "x has {n} samples but y has {count}."), n=n,
                                    count=len(y))
        if y.dtype.kind not in "fiub":
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "y must hold numbers (got dtype {dtype})."),
                                    dtype=y.dtype)
        label_shaped = y.ndim == 1 or (y.ndim == 2 and y.shape[1] == 1)
        # class labels (n,): required by sparse CE; with k > 1 outputs they become one-hot rows for the other
        # losses (always for categorical CE, and for integer labels with e.g. Nielsen's quadratic cost)
        as_labels = self.loss.sparse or (k > 1 and label_shaped and (
            self.loss.name == "categorical_crossentropy" or y.dtype.kind in "iub"))
        if as_labels:
            if not label_shaped:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{name} needs integer class labels of shape "
                                                                    "(n,), got {shape}."), name=self.loss.name,
                                        shape=y.shape)
            labels = y.reshape(-1)
            if labels.dtype.kind == "f":
                if not np.all(np.isfinite(labels)) or np.any(labels != np.round(labels)):
                    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Class labels must be whole numbers 0, 1, "
                                                                        "..., k-1."))
            labels = labels.astype(np.int64)
            if n and (labels.min() < 0 or labels.max() >= k):
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Class labels must lie in 0..{number} for {k} "
                                                                    "output units (found {low}..{high})."),
                                        number=k - 1, k=k, low=labels.min(), high=labels.max())
            if self.loss.sparse:
                return np.ascontiguousarray(labels)
            onehot = np.zeros((n, k), self.dtype)
            onehot[np.arange(n), labels] = 1.0
            return onehot
        if y.ndim == 1:
            y = y[:, None]
        if y.ndim != 2 or y.shape[1] != k:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "y has shape {shape}, but the model has %n output "
                                                                "unit(s): expected ({rows}, {k}).", None, 1),
                                    shape=y.shape, n=k, k=k, rows=n)
        _check_finite(y, "y")
        if self.loss.name == "binary_crossentropy" and y.size and (y.min() < 0 or y.max() > 1):
            # -y log a - (1 - y) log(1 - a) with y outside [0, 1] has no minimum: training would run away
            bad = y[(y < 0) | (y > 1)].flat[0]
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "binary_crossentropy needs targets between 0 and 1 "
                                                                "(the classes 0 and 1, or probabilities); y holds "
                                                                "{bad}. Map the two classes to 0 and 1 first."),
                                    bad=format(bad, "g"))
        return np.ascontiguousarray(y, dtype=self.dtype)

    # -- one training step (Nielsen's backprop) --------------------------------------------------------------
    def _forward_backward(self, x: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> float:
        """Loss of the batch (incl. regularization); leaves dC/dW, dC/db in every Dense layer's dW, db.

        Nielsen's backprop (network2.py) for a whole mini-batch at once: layer l keeps z^l (his ``zs``) and
        a^l (his ``activations``) in its buffers; δ^L = cost.delta(z^L, a^L, y); then per layer
        nabla_w = a^{l-1}ᵀ δ^l, nabla_b = Σ_batch δ^l (dW, db) and δ^{l-1} = (δ^l W^lᵀ) ⊙ σ'(z^{l-1}).
        """
        # feedforward
        activation = x
        for layer in self.layers:
            activation = layer.forward(activation, training=True, rng=rng)
        out = self.output_layer
        # backward pass
        delta = self._delta_buffers.get(len(x))
        if delta is None:
            if len(self._delta_buffers) >= 4:
                self._delta_buffers.clear()
            delta = self._delta_buffers[len(x)] = np.empty((len(x), out.units), self.dtype)
        cost, delta, self._step_correct = self.loss.fn_and_delta(out.z, out.a, y, out.activation_fn, delta)
        needs = self._needs_input_grad
        grad = out.backward_delta(delta, needs[-1])
        i = len(self.layers) - 2
        while grad is not None and i >= 0:  # None once no earlier layer needs a gradient
            grad = self.layers[i].backward(grad, needs[i])
            i -= 1
        for layer in self.dense_layers:
            if layer.kernel_regularizer is not None:
                cost += layer.regularization_loss()
        return cost

    def train_step(self, x: np.ndarray, y: np.ndarray) -> float:
        """One optimizer step on a batch already in the model's form (see ``prepare``); returns the batch loss
        before the step. Checks nothing: the training loops and the race call it once per batch.

        A diverging run (too large a learning rate) produces inf/NaN; that is a result to show the learner,
        not a warning: the loss comes back as inf/NaN and the caller decides what to do.
        """
        with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"), \
                _fpu.flush_subnormals(self.flush_subnormals):
            cost = self._forward_backward(x, y, self.rng)
            self.optimizer.step(self._step_params, self._step_grads)
        self.steps += 1
        self._trained_since_build = True
        return float(cost)

    def prepare(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) checked and converted once into what ``train_step`` takes: contiguous arrays in the model's
        dtype, targets as the loss needs them (integer labels or one-hot rows)."""
        self._require_compiled()
        x = self._check_x(x)
        return x, self._check_y(y, len(x))

    def train_on_batch(self, x, y) -> float:
        """Exactly one optimizer step on (x, y); returns the batch loss before the step."""
        x, y = self.prepare(x, y)
        if len(x) == 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "train_on_batch needs at least one sample."))
        return self.train_step(x, y)

    def _step_accuracy(self, y: np.ndarray) -> float:
        """The accuracy on the batch (targets y) of the training step just taken, before its update."""
        if self._step_correct is not None:  # counted by the loss in the step
            return self._step_correct / len(y)
        return self._batch_accuracy(self.output_layer.a, y)

    def _batch_accuracy(self, a: np.ndarray, y: np.ndarray) -> float:
        if self.loss.sparse:
            return float(np.count_nonzero(a.argmax(axis=1) == y)) / len(a)
        if a.shape[1] == 1 or self.loss.name == "binary_crossentropy":
            # one probability per output (binary / multi-label): threshold at 0.5, elementwise
            return float(np.count_nonzero((a > 0.5) == (y > 0.5))) / a.size
        return float(np.count_nonzero(a.argmax(axis=1) == y.argmax(axis=1))) / len(a)

    # -- training loop ---------------------------------------------------------------------------------------
    def fit_iter(self, x, y, batch_size: int = 32, epochs: int | None = None, validation_data=None,
                 shuffle: bool = True, stream: BatchStream | None = None, transform=None,
                 position: FitPosition | None = None):
        """Train, yielding a BatchRecord after every step and an EpochRecord after every epoch.

        ``epochs=None`` trains until the caller stops iterating or sets ``model.stop_training``; then the
        current (partial) epoch still gets its EpochRecord, as in Keras. The batches come from ``stream`` (a
        :class:`~nnstudio.engine.batches.BatchStream` over these samples, e.g. one shared with other models),
        by default from a stream that shuffles with the model's own ``rng``. ``transform``, if given, turns each
        batch's inputs into the ones trained on (data augmentation): ``transform(xb)`` returns an array of the
        same shape; validation data is left as it is. ``position``, if given, is where the run starts (by
        default at the first batch) and is kept current as it trains: save it (with ``rng``'s state and the
        optimizer's) to continue later with the same batches, dropout masks and updates, bit for bit.
        """
        x, y = self.prepare(x, y)
        if len(x) == 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The training set is empty."))
        if epochs is not None and (not isinstance(epochs, (int, np.integer)) or epochs < 0):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "epochs must be a non-negative integer or None (got "
                                                                "{epochs})."), epochs=repr(epochs))
        val = None
        if validation_data is not None:
            if len(validation_data) != 2:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "validation_data must be a pair (x_val, y_val)."))
            val = self.prepare(*validation_data)
        n = len(x)
        if not isinstance(batch_size, bool) and isinstance(batch_size, (int, np.integer)) and batch_size > 0:
            # the batch buffers come on top of the weights: refuse before the first step allocates them
            check_memory(self, batch_size=min(int(batch_size), n), dtype=self.dtype, optimizer=self.optimizer)
        if position is None:
            position = FitPosition()
        if stream is None:
            stream = BatchStream(n, batch_size, rng=self.rng if shuffle else None, shuffle=shuffle)
            if position.epoch or position.batch:
                stream.start_at(position.epoch, position.order)
        elif stream.n != n:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The batch stream covers {n_stream} samples, but x "
                                                                "has {n_x}."), n_stream=stream.n, n_x=n)
        batches = stream.batches
        if not 0 <= position.batch <= batches:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The run stopped after batch {batch}, but an epoch "
                                                                "has {batches}."), batch=position.batch,
                                    batches=batches)
        with_accuracy = "accuracy" in self.metrics
        self.stop_training = False
        epoch = position.epoch
        while epochs is None or epoch < epochs:
            p = position
            seconds, loss_sum, acc_sum, seen = p.seconds, p.loss_sum, p.acc_sum, p.seen
            if p.batch < batches and stream.shuffle:
                p.order = stream.order(epoch)   # (drawn here at the epoch's start, as its first batch would)
            for batch in range(p.batch, batches):
                t0 = time.perf_counter()
                if stream.shuffle:
                    xb, yb = self._gather(x, y, stream.batch(epoch, batch))
                else:
                    start = batch * stream.batch_size
                    xb, yb = x[start:start + stream.batch_size], y[start:start + stream.batch_size]
                if transform is not None:
                    xb = np.ascontiguousarray(transform(xb), dtype=self.dtype)
                loss = self.train_step(xb, yb)
                accuracy = self._step_accuracy(yb) if with_accuracy else None
                seconds += time.perf_counter() - t0
                size = len(xb)
                seen += size
                loss_sum += loss * size
                if accuracy is not None:
                    acc_sum += accuracy * size
                p.batch, p.loss_sum, p.acc_sum, p.seen, p.seconds = batch + 1, loss_sum, acc_sum, seen, seconds
                yield BatchRecord(epoch=epoch, batch=batch, batches=batches, step=self.steps, loss=loss,
                                  accuracy=accuracy, batch_size=size)
                if self.stop_training:
                    break
            val_loss = val_accuracy = None
            if val is not None:
                val_loss, val_accuracy = self._evaluate(*val)
            # the next epoch's start (its order is drawn when it begins)
            p.epoch, p.batch, p.order, p.loss_sum, p.acc_sum, p.seen, p.seconds = epoch + 1, 0, None, 0.0, 0.0, 0, 0.0
            yield EpochRecord(epoch=epoch, loss=loss_sum / seen, accuracy=acc_sum / seen if with_accuracy else None,
                              val_loss=val_loss, val_accuracy=val_accuracy, seconds=seconds,
                              samples_per_second=seen / seconds if seconds > 0 else math.inf)
            epoch += 1
            if self.stop_training:
                return

    def _gather(self, x, y, idx):
        """Copy the rows ``idx`` of x and y into buffers reused across steps (no new arrays per batch)."""
        n = len(idx)
        bufs = self._batch_buffers.get(n)
        if bufs is None or bufs[0].shape[1:] != x.shape[1:] or bufs[1].shape[1:] != y.shape[1:] \
                or bufs[1].dtype != y.dtype:
            if len(self._batch_buffers) >= 4:
                self._batch_buffers.clear()
            bufs = self._batch_buffers[n] = (np.empty((n,) + x.shape[1:], x.dtype),
                                             np.empty((n,) + y.shape[1:], y.dtype))
        xb, yb = bufs
        # mode="clip" skips the bounds check (the indices come from a permutation) and lets take() write
        # straight into out= instead of through a temporary
        np.take(x, idx, axis=0, out=xb, mode="clip")
        np.take(y, idx, axis=0, out=yb, mode="clip")
        return xb, yb

    def fit(self, x, y, epochs: int = 1, batch_size: int = 32, verbose: int = 1, validation_data=None,
            shuffle: bool = True, callbacks=None, validation_split: float = 0.0,
            terminate_on_divergence: bool = True) -> History:
        """Train for ``epochs`` epochs; returns a History (``.history["loss"]`` etc., one value per epoch).

        ``validation_split`` holds out that fraction of the samples, taken from the end before shuffling, as
        Keras does (ignored when ``validation_data`` is given). Training that diverges (a NaN or infinite loss,
        a loss far above its start, huge weights) stops with a ``TrainingDivergedWarning`` that says what to do
        and ``history.divergence`` set, unless ``terminate_on_divergence=False`` or ``callbacks`` holds a
        TerminateOnDivergence of its own.
        """
        if validation_split and validation_data is None:
            if not 0.0 < validation_split < 1.0:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "validation_split must be between 0 and 1 (got "
                                                                    "{validation_split})."),
                                        validation_split=validation_split)
            n = len(x)
            n_val = int(n * validation_split)
            if n_val < 1 or n_val >= n:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "validation_split={validation_split} of {n} "
                                                                    "samples leaves no training or no validation "
                                                                    "samples; use a larger data set or another "
                                                                    "fraction."), validation_split=validation_split,
                                        n=n)
            x, y, validation_data = x[:n - n_val], y[:n - n_val], (x[n - n_val:], y[n - n_val:])
        history = History()
        callbacks = list(callbacks or ())
        if terminate_on_divergence and not any(isinstance(cb, TerminateOnDivergence) for cb in callbacks):
            callbacks.append(TerminateOnDivergence())
        callbacks.append(history)
        for cb in callbacks:
            if not isinstance(cb, Callback):
                raise TranslatableTypeError(QT_TRANSLATE_NOOP("Errors", "Callbacks must derive from "
                                                                        "nnstudio.engine.callbacks.Callback (got "
                                                                        "{cb})."), cb=repr(cb))
            cb.set_model(self)
        records = self.fit_iter(x, y, batch_size=batch_size, epochs=epochs, validation_data=validation_data,
                                shuffle=shuffle)
        for cb in callbacks:
            cb.on_train_begin()
        started = -1
        for record in records:
            if isinstance(record, BatchRecord):
                if record.epoch != started:
                    started = record.epoch
                    for cb in callbacks:
                        cb.on_epoch_begin(record.epoch)
                for cb in callbacks:
                    cb.on_batch_end(record)
            else:
                for cb in callbacks:
                    cb.on_epoch_end(record)
                if verbose:
                    print(epoch_line(record, epochs), file=sys.stdout, flush=True)
        for cb in callbacks:
            cb.on_train_end()
        history.divergence = next((cb.divergence for cb in callbacks
                                   if isinstance(cb, TerminateOnDivergence) and cb.divergence), None)
        self.history = history
        return history

    # -- inference -------------------------------------------------------------------------------------------
    def _logits_and_outputs(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        activation = x
        for layer in self.layers[:-1]:
            activation = layer.forward(activation, training=False)
        return self.output_layer.forward_logits(activation)

    def predict(self, x, batch_size: int | None = None, verbose: int = 0) -> np.ndarray:
        """Outputs of the network (n, output_dim) in inference mode (Dropout off)."""
        x = self._check_x(x)
        chunk = batch_size or self._inference_rows()
        out = np.empty((len(x), self.output_dim), self.dtype)
        with np.errstate(over="ignore", invalid="ignore", under="ignore"):
            for start in range(0, len(x), chunk):
                activation = x[start:start + chunk]
                for layer in self.layers:
                    activation = layer.forward(activation, training=False)
                out[start:start + chunk] = activation
        return out

    __call__ = predict

    def layer_outputs(self, x) -> list[np.ndarray]:
        """Inference-mode output of every Dense layer for inputs x: a list of (n, units) arrays (heatmaps)."""
        x = self._check_x(x)
        outputs = []
        activation = x
        with np.errstate(over="ignore", invalid="ignore", under="ignore"):
            for layer in self.layers:
                activation = layer.forward(activation, training=False)
                if isinstance(layer, Dense):
                    outputs.append(activation)
        return outputs

    def backprop_trace(self, x, y) -> BackpropTrace:
        """Every quantity of one backpropagation on (x, y) — one example (1-D) or a batch — in Nielsen's names,
        without changing the model: no optimizer step, Dropout off (the network as it predicts).

        The training step computes the same numbers but overwrites each δ with the next one; the trace keeps
        them all, for a learner to step through.
        """
        x, y = self.prepare(x, y)
        dense = self.dense_layers
        out = self.output_layer
        with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
            # feedforward
            activations, zs = [x], []
            for layer in dense:
                z = activations[-1] @ layer.W + layer.b
                zs.append(z)
                activations.append(layer.activation_fn.forward(z, np.empty_like(z)))
            cost = self.loss.fn(zs[-1], activations[-1], y, out.activation_fn) + self.regularization_loss()
            # backward pass
            deltas = [None] * len(dense)
            nabla_w, nabla_b = [None] * len(dense), [None] * len(dense)
            deltas[-1] = self.loss.delta(zs[-1], activations[-1], y, out.activation_fn, np.empty_like(zs[-1]))
            for l in range(len(dense) - 1, -1, -1):
                nabla_w[l] = activations[l].T @ deltas[l]
                if dense[l].kernel_regularizer is not None:
                    dense[l].kernel_regularizer.add_gradient(dense[l].W, nabla_w[l])
                nabla_b[l] = deltas[l].sum(axis=0)
                if l:
                    grad = deltas[l] @ dense[l].W.T
                    deltas[l - 1] = dense[l - 1].activation_fn.backward(activations[l], grad, np.empty_like(grad))
        return BackpropTrace(cost=float(cost), zs=tuple(zs), activations=tuple(activations), deltas=tuple(deltas),
                             nabla_w=tuple(nabla_w), nabla_b=tuple(nabla_b))

    def _inference_rows(self) -> int:
        """Rows per inference chunk: bounded memory however wide the layers (see memory.inference_rows)."""
        widest = max([self.input_dim or 1] + [layer.units for layer in self.dense_layers])
        return inference_rows(widest, self.dtype.itemsize)

    def _evaluate(self, x: np.ndarray, y: np.ndarray, chunk: int | None = None):
        """(loss, accuracy or None) on checked arrays, in inference mode."""
        chunk = chunk or self._inference_rows()
        loss_sum = 0.0
        acc_sum = 0.0
        out = self.output_layer
        with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
            for start in range(0, len(x), chunk):
                xb, yb = x[start:start + chunk], y[start:start + chunk]
                z, a = self._logits_and_outputs(xb)
                loss_sum += self.loss.fn(z, a, yb, out.activation_fn) * len(xb)
                if "accuracy" in self.metrics:
                    acc_sum += self._batch_accuracy(a, yb) * len(xb)
            loss = loss_sum / max(len(x), 1) + self.regularization_loss()
        accuracy = acc_sum / max(len(x), 1) if "accuracy" in self.metrics else None
        return float(loss), accuracy

    def evaluate(self, x, y, batch_size: int | None = None, verbose: int = 0):
        """``[loss, accuracy]`` with the accuracy metric, else the loss alone (regularization included)."""
        self._require_compiled()
        x = self._check_x(x)
        y = self._check_y(y, len(x))
        if len(x) == 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Cannot evaluate on an empty data set."))
        loss, accuracy = self._evaluate(x, y, batch_size)
        return [loss, accuracy] if accuracy is not None else loss

    def regularization_loss(self) -> float:
        return sum(layer.regularization_loss() for layer in self.dense_layers)

    # -- weights ---------------------------------------------------------------------------------------------
    def get_weights(self) -> list[np.ndarray]:
        """Copies [W1, b1, W2, b2, ...], W of shape (inputs, units)."""
        self._require_built()
        return [p.copy() for p in self._params]

    def set_weights(self, weights) -> None:
        """Copy [W1, b1, W2, b2, ...] into the live parameters (shapes must match)."""
        self._require_built()
        weights = list(weights)
        if len(weights) != len(self._params):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "set_weights needs {needed} arrays [W1, b1, ...] "
                                                                "(got {given})."), needed=len(self._params),
                                    given=len(weights))
        arrays = []
        for i, (new, old) in enumerate(zip(weights, self._params)):
            new = np.asarray(new)
            what = f"{'W' if i % 2 == 0 else 'b'}{i // 2 + 1}"
            if new.shape != old.shape:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{what} must have shape {expected} (got "
                                                                    "{given})."),
                                        what=what, expected=old.shape, given=new.shape)
            if new.dtype.kind not in "fiu":
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{what} must hold numbers (got dtype {dtype})."),
                                        what=what, dtype=new.dtype)
            arrays.append(new)
        for new, old in zip(arrays, self._params):
            old[...] = new

    def count_params(self) -> int:
        return sum(p.size for p in self._params)

    # -- observability ---------------------------------------------------------------------------------------
    def layer_stats(self) -> list[LayerStats]:
        """Per-Dense-layer statistics of the last training step, from what the step left in its buffers.

        Empty before the first step. Costs nothing during training: computed only when called."""
        if not self._trained_since_build:
            return []
        updates = self._updates()
        stats = []
        for i, layer in enumerate(self.dense_layers):
            stats.append(layer_stats(i, layer.activation, layer.W, layer.dW, layer.db, layer.a,
                                     None if updates is None else updates[2 * i]))
        return stats

    def _updates(self) -> list[np.ndarray] | None:
        """The last step's p_old - p_new per parameter [ΔW1, Δb1, ...] from ``optimizer.updates``, or None."""
        updates = getattr(self.optimizer, "updates", None)
        if not updates:
            return None
        if len(updates) == 1 and updates[0].shape == self._flat_params.shape:
            flat = updates[0]
            return [flat[o:o + p.size].reshape(p.shape) for o, p in zip(self._offsets, self._params)]
        if len(updates) == len(self._params):
            return list(updates)
        return None

    # -- description and files -------------------------------------------------------------------------------
    def get_config(self) -> dict:
        return {"layers": [layer.get_config() for layer in self.layers],
                "loss": self.loss_name, "metrics": list(self.metrics),
                "optimizer": None if self.optimizer is None or not hasattr(self.optimizer, "get_config")
                else self.optimizer.get_config(),
                "dtype": str(self.dtype), "seed": self.seed, "steps": self.steps,
                "rng_state": self.rng.bit_generator.state}

    def summary(self, print_fn=print) -> str:
        rows = [("Layer", "Output shape", "Activation", "Params")]
        for i, layer in enumerate(self.layers):
            if isinstance(layer, Dense):
                rows.append((f"Dense {i + 1}", f"(None, {layer.units})", layer.activation,
                             f"{layer.parameter_count:,}" if layer.input_dim else "?"))
            else:
                rows.append((f"Dropout {i + 1} (rate {layer.rate:g})", f"(None, {layer.output_dim or '?'})",
                             "", "0"))
        widths = [max(len(r[c]) for r in rows) for c in range(4)]
        line = "-" * (sum(widths) + 6)
        text = [f'Model: "{self.name or "sequential"}"', line]
        for j, r in enumerate(rows):
            text.append("  ".join(v.ljust(w) for v, w in zip(r, widths)))
            if j == 0:
                text.append(line)
        text.append(line)
        total = sum(layer.parameter_count for layer in self.layers) if self.built else None
        text.append(f"Total params: {total:,}" if total is not None else "Total params: ? (input size unknown)")
        if self.loss is not None:
            text.append(f"Loss: {self.loss.name}; optimizer: {getattr(self.optimizer, 'name', self.optimizer)}")
        result = "\n".join(text)
        if print_fn is not None:
            print_fn(result)
        return result

    def save(self, path, include_optimizer: bool = True) -> None:
        """Write architecture, weights, loss, optimizer config and state to an .npz file (read it back with
        ``load_model``). ``include_optimizer=False`` (as in Keras) leaves out the optimizer's moment arrays: a
        file for prediction only, a third of the size with Adam. An optimizer that has not stepped has no state."""
        if not self.built:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The model has no weights yet (its input size is "
                                                                "unknown); train or build it first."))
        meta = {"format": MODEL_FORMAT, "version": MODEL_VERSION, **self.get_config()}
        arrays = {}
        for i, layer in enumerate(self.dense_layers):
            arrays[f"W{i}"], arrays[f"b{i}"] = layer.W, layer.b
        optimizer = self.optimizer
        if include_optimizer and optimizer is not None and optimizer.iterations > 0:
            for key, value in self.optimizer_state().items():
                arrays[f"opt.{key}"] = value
        write_npz(path, meta, arrays)

    # The optimizer steps one flat array holding every parameter (_collect_parameters), so its state slots are
    # flat too. Outside, the state is kept per parameter ("<slot>.<i>" for [W1, b1, W2, ...]): files do not
    # depend on that memory layout, and files written before it still load.
    def optimizer_state(self) -> dict[str, np.ndarray]:
        """The optimizer's state (``get_state()``) with one array per parameter, "<slot>.<i>"."""
        flat_size = self._flat_params.size
        out = {}
        for key, value in self.optimizer.get_state().items():
            slot, _, index = key.rpartition(".")
            value = np.asarray(value)
            if slot and index == "0" and value.shape == (flat_size,):
                for i, (offset, p) in enumerate(zip(self._offsets, self._params)):
                    out[f"{slot}.{i}"] = value[offset:offset + p.size].reshape(p.shape).copy()
            else:
                out[key] = value
        return out

    def set_optimizer_state(self, state: dict) -> None:
        """Give the optimizer ``state`` as ``optimizer_state()`` returns it (or already flat); checked against
        the parameters now, so a bad state fails here and not at the first step (ValueError)."""
        slots: dict[str, dict[int, np.ndarray]] = {}
        flat_state = {}
        for key, value in state.items():
            slot, _, index = key.rpartition(".")
            if slot and index.isdigit():
                slots.setdefault(slot, {})[int(index)] = value
            else:
                flat_state[key] = value
        n = len(self._params)
        for slot, entries in slots.items():
            if sorted(entries) != list(range(n)):
                if sorted(entries) == [0] and entries[0].shape == self._flat_params.shape:
                    flat_state[f"{slot}.0"] = entries[0]  # already flat
                    continue
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state '{slot}' has entries "
                                                                    "{entries}, but the model has {n} parameter "
                                                                    "arrays"), slot=slot, entries=sorted(entries),
                                        n=n)
            flat = np.zeros_like(self._flat_params)
            for i, (offset, p) in enumerate(zip(self._offsets, self._params)):
                if entries[i].shape != p.shape:
                    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state '{slot}.{i}' has shape "
                                                                        "{state_shape}, parameter {i} has shape "
                                                                        "{param_shape}"),
                                            slot=slot, i=i, state_shape=entries[i].shape, param_shape=p.shape)
                flat[offset:offset + p.size] = entries[i].reshape(-1)
            flat_state[f"{slot}.0"] = flat
        self.optimizer.set_state(flat_state, params=self._step_params)

    def __repr__(self) -> str:
        return f"Sequential({self.layers!r}, seed={self.seed}, dtype={str(self.dtype)!r})"


def _check_finite(a: np.ndarray, name: str) -> None:
    """NaN or inf in the data would silently turn the loss into NaN: say where, before training."""
    if a.dtype.kind == "f" and not np.isfinite(a).all():
        row, col = np.argwhere(~np.isfinite(a))[0]
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{name} holds NaN or infinite values (the first at row "
                                                            "{row}, column {col}); remove those samples or fill in "
                                                            "the missing values first."), name=name, row=row, col=col)


def _check_dtype(dtype) -> np.dtype:
    try:
        dt = np.dtype(dtype)
    except TypeError:
        dt = None
    if dt is None or str(dt) not in _DTYPES:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "dtype must be 'float32' or 'float64' (got {dtype})."),
                                dtype=repr(dtype))
    return dt


def _get_optimizer(optimizer):
    if hasattr(optimizer, "step") and not isinstance(optimizer, (str, dict)):
        return optimizer
    return optimizers.get(optimizer)

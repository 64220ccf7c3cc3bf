"""A trained network as a readable, self-contained PyTorch script.

    export_pytorch("mnist_mlp.npz", "mnist_mlp.py", language="ko", dataset="mnist")

The script defines ``build_model()``: a ``torch.nn.Sequential`` of the architecture with the trained weights,
ending with the output activation, so ``build_model()(x)`` equals ``model.predict(x)``. The loss is not part of
that inference model. Beside it, the same training set-up to continue with: ``compute_loss`` (our loss, with the
fused softmax + cross-entropy and sigmoid + binary cross-entropy pairs computed from the logits, as torch's
``cross_entropy`` / ``binary_cross_entropy_with_logits`` do), ``make_optimizer`` (our optimizer: its names and
maths are torch's), ``BATCH_SIZE``, ``SEED``, ``load_data`` and a ``main()`` that trains and tests.

Small weights and data are written into the script; larger ones into ``<stem>_weights.npz`` and
``<stem>_data.npz`` beside it, read back with ``allow_pickle=False``. MNIST and Fashion-MNIST are read from
their IDX files. Comments, docstrings and messages are in English or Korean (``script_texts``).
"""
from __future__ import annotations

import io
import json
import os
import textwrap
import unicodedata
from pathlib import Path

import numpy as np

from nnstudio.engine.files import write_file_atomically
from nnstudio.engine.layers import Dense, Dropout
from nnstudio.export.script_texts import TEXTS
from nnstudio.export.source import MNIST_KINDS, ExportError, ExportSource, load_source
from nnstudio.i18n import QT_TRANSLATE_NOOP, Translatable, why

LANGUAGES = tuple(TEXTS)      # "en", "ko"
EMBED_LIMIT = 300             # weights (or data) of at most this many numbers are written into the script
DEFAULT_BATCH_SIZE = 32       # Sequential.fit's default: the batch size of a model file, which does not store it
DEFAULT_EPOCHS = 5            # the script's --epochs default
WIDTH = 110                   # the script's line length

# data set -> (title, folder under the data root); the layout nnstudio.data.mnist reads
MNIST_FOLDERS = {"mnist": ("MNIST", "mnist"), "fashion": ("Fashion-MNIST", "fashion-mnist")}
MNIST_FILES = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
               "t10k-labels-idx1-ubyte.gz")
ACTIVATION_TITLES = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU", "leaky_relu": "LeakyReLU",
                     "linear": "linear", "softmax": "softmax"}
TORCH_OPTIMIZERS = {"sgd": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop", "adam": "Adam", "adamw": "AdamW"}
LABEL_LOSSES = ("categorical_crossentropy", "sparse_categorical_crossentropy")


def export_pytorch(source, path, language: str = "en", *, dataset=None, batch_size: int | None = None) -> list[Path]:
    """Write ``source`` as a PyTorch script to ``path`` (a .py file) and, where they are too large to embed,
    its weights and data beside it. Returns the files written, the script first.

    ``source``: a compiled Sequential, a Project, or the path of a model file (.npz) or project file
    (.nnsproj); ``language``: "en" or "ko" for the script's comments and messages; ``dataset`` names the
    training data where the source does not know it ("mnist", "fashion", a toy set, a .csv path);
    ``batch_size`` overrides the source's. Raises ExportError (a ValueError) saying what to do; nothing is
    written then.
    """
    if language not in TEXTS:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Unknown language {name} for the script's comments; "
                                                      "choose one of {choices}."),
                          name=repr(language), choices=", ".join(LANGUAGES))
    path = Path(path)
    if path.suffix != ".py":
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "A PyTorch script needs a file name ending in .py (got "
                                                      "{name})."), name=path.name)
    _check_folder(path)
    src = load_source(source, dataset, batch_size)
    if src.model.loss is None or src.model.optimizer is None:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The network has no loss and optimizer yet, which the "
                                                      "script's training part needs: compile it first "
                                                      "(model.compile(optimizer=..., loss=...))."))
    script, files = pytorch_script(src, language, path.stem)
    targets = [path.with_name(name) for name in files]
    if isinstance(source, (str, os.PathLike)):
        original = Path(source).resolve()
        for target in [path, *targets]:
            if target.resolve() == original:
                raise ExportError(QT_TRANSLATE_NOOP("Errors", "The export would overwrite {name}, the file it "
                                                              "exports: choose another name for the script."),
                                  name=target.name)
    for target, arrays in zip(targets, files.values()):
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        _write_atomic(target, buffer.getvalue())
    _write_atomic(path, script.encode("utf-8"))
    return [path, *targets]


def pytorch_script(src: ExportSource, language: str = "en", stem: str = "model"
                   ) -> tuple[str, dict[str, dict[str, np.ndarray]]]:
    """The script's text and the array files to write beside it ({file name: {key: array}})."""
    return _Script(src, TEXTS[language], stem).render()


# -- the script, section by section ---------------------------------------------------------------------------
class _Script:
    def __init__(self, src: ExportSource, texts: dict[str, str], stem: str):
        self.src, self.t, self.stem = src, texts, stem
        self.model = model = src.model
        self.dtype = np.dtype(model.dtype)
        self.lines: list[str] = []
        self.files: dict[str, dict[str, np.ndarray]] = {}
        # the torch modules in order, and where each Dense layer's Linear sits in them
        self.modules: list[tuple[str, str]] = []   # (code, comment)
        self.linear_index: list[int] = []
        dense = model.dense_layers
        for layer in model.layers:
            if isinstance(layer, Dense):
                j = len(self.linear_index)
                self.linear_index.append(len(self.modules))
                one = "_1" if layer.units == 1 else ""
                comment = (texts["c_output" + one].format(units=layer.units) if j == len(dense) - 1
                           else texts["c_hidden" + one].format(n=j + 1, units=layer.units))
                self.modules.append((f"nn.Linear({layer.input_dim}, {layer.units})", comment))
                activation = self._activation_module(layer, last=j == len(dense) - 1)
                if activation is not None:
                    self.modules.append(activation)
            elif isinstance(layer, Dropout):
                comment = texts["c_input_dropout"] if not self.modules else texts["c_dropout"]
                self.modules.append((f"nn.Dropout(p={layer.rate!r})", comment))
        self.output = model.output_layer.activation
        self.loss = model.loss_name
        self.outputs = model.output_dim
        # the fused pairs: the loss is computed from the logits, the input of the final activation module
        self.fused = ((self.loss in LABEL_LOSSES and self.output == "softmax")
                      or (self.loss == "binary_crossentropy" and self.output == "sigmoid"))
        self.labels = self.loss == "sparse_categorical_crossentropy" or (
            self.loss == "categorical_crossentropy" and self.fused)
        self.weights = {}
        for i, layer in zip(self.linear_index, dense):
            self.weights[f"{i}.weight"] = np.ascontiguousarray(layer.W.T)
            self.weights[f"{i}.bias"] = layer.b.copy()
        self.embed_weights = sum(w.size for w in self.weights.values()) <= EMBED_LIMIT
        ds = src.dataset
        self.data = None if ds is None else {"x_train": ds.x_train, "y_train": ds.y_train,
                                             "x_test": ds.x_test, "y_test": ds.y_test}
        self.embed_data = self.data is not None and sum(a.size for a in self.data.values()) <= EMBED_LIMIT
        self.mnist = src.data_key if src.data_key in MNIST_KINDS and ds is None else None
        self.weights_file = f"{stem}_weights.npz"
        self.data_file = f"{stem}_data.npz"

    def _activation_module(self, layer: Dense, last: bool):
        t = self.t
        name = layer.activation
        if name == "linear":
            return ("", t["c_linear"]) if last else None
        if name == "leaky_relu":
            code = f"nn.LeakyReLU(negative_slope={layer.activation_fn.alpha!r})"
        else:
            code = {"sigmoid": "nn.Sigmoid()", "tanh": "nn.Tanh()", "relu": "nn.ReLU()",
                    "softmax": "nn.Softmax(dim=1)"}[name]
        comment = {"softmax": t["c_softmax"], "sigmoid": t["c_sigmoid"]}.get(name, "") if last else ""
        return code, comment

    # -- output helpers -----------------------------------------------------------------------------------
    def emit(self, *lines: str) -> None:
        self.lines.extend(lines)

    def comment(self, text: str, indent: int = 0) -> None:
        self.lines.extend(" " * indent + "# " + line for line in _wrap(text, WIDTH - indent - 2))

    def code(self, code: str, comment: str = "", column: int = 40) -> None:
        """A line of code with a comment after it (at ``column`` where that fits), or above it if too long."""
        if not comment:
            self.emit(code)
        elif len(code) < column and column + 2 + _width(comment) <= WIDTH:
            self.emit(code.ljust(column) + "# " + comment)
        elif len(code) + 4 + _width(comment) <= WIDTH:
            self.emit(f"{code}  # {comment}")
        else:
            self.comment(comment, indent=len(code) - len(code.lstrip()))
            self.emit(code)

    def string_argument(self, prefix: str, text: str, suffix: str = ")") -> None:
        """``prefix "text" suffix``, the string cut into literals on lines of their own if it is too long."""
        one_line = f"{prefix}{_string(text)}{suffix}"
        if _width(one_line) <= WIDTH:
            self.emit(one_line)
            return
        pad = " " * len(prefix)
        lines = _wrap(text, WIDTH - len(prefix) - 3 - len(suffix))
        pieces = [_string(line + " ") for line in lines[:-1]] + [_string(lines[-1])]
        self.emit(prefix + pieces[0], *[pad + piece for piece in pieces[1:-1]], pad + pieces[-1] + suffix)

    def docstring(self, text: str, indent: int = 4) -> None:
        pad = " " * indent
        lines = _wrap(text, WIDTH - indent - 3)
        if len(lines) == 1:
            self.emit(f'{pad}"""{lines[0]}"""')
            return
        self.emit(f'{pad}"""{lines[0]}', *[(pad + line).rstrip() for line in lines[1:]], f'{pad}"""')

    def number(self, value) -> str:
        """The shortest text that reads back as exactly this value in the model's dtype."""
        return str(self.dtype.type(value))

    # -- the whole script -----------------------------------------------------------------------------------
    def render(self) -> tuple[str, dict[str, dict[str, np.ndarray]]]:
        if not self.embed_weights:
            self.files[self.weights_file] = self.weights
        if self.data is not None and not self.embed_data:
            self.files[self.data_file] = self.data
        self.constants()
        self.build_model()
        self.initialize()
        self.trained_weights()
        self.compute_loss()
        self.make_optimizer()
        self.targets()
        self.load_data()
        self.training()
        body, self.lines = self.lines, []
        self.header()
        self.imports(uses_math=any("math." in line for line in body))
        return "\n".join(self.lines + body) + "\n", self.files

    def header(self) -> None:
        t, src, model = self.t, self.src, self.model
        sizes = "-".join(str(s) for s in [model.input_dim] + [layer.units for layer in model.dense_layers])
        parts = []
        for layer in model.layers:
            if isinstance(layer, Dense):
                parts.append(ACTIVATION_TITLES[layer.activation])
            else:
                parts.append(f"dropout {layer.rate:g}")
        optimizer = f"{TORCH_OPTIMIZERS[model.optimizer.name]} (lr {model.optimizer.lr:g})"
        batch = src.batch_size or DEFAULT_BATCH_SIZE
        if self.mnist:
            data = MNIST_FOLDERS[self.mnist][0]
        elif src.dataset is not None:
            key = src.data_key or src.dataset.name
            data = Path(key[4:]).name if key.startswith("csv:") else key
        else:
            data = t["unknown_data"]
        script = f"{self.stem}.py"
        usage = [f"    python {script} --epochs {DEFAULT_EPOCHS}".ljust(44) + f"# {t['usage_train']}"]
        if self.stem.isidentifier():
            usage.append(f"    from {self.stem} import build_model".ljust(44) + f"# {t['usage_import']}")
        files = [t["needs"], t["weights_embedded"] if self.embed_weights
                 else t["weights_beside"].format(file=self.weights_file)]
        if self.mnist:
            files.append(t["data_mnist"].format(title=data))
        elif self.data is not None:
            files.append(t["data_embedded"] if self.embed_data else t["data_beside"].format(file=self.data_file))
        else:
            files.append(t["data_unknown"])
        differs = [t["differs_random"]]
        state = self._optimizer_state()
        if state:
            differs.append(t["differs_optimizer"].format(state=t[state]))
        if model.optimizer.name == "rmsprop" and model.optimizer.centered:
            differs.append(t["differs_centered"])
        if src.include_my_digits:
            differs.append(t["differs_drawings" if src.data_key == "fashion" else "differs_digits"])
        if src.batch_size is None:
            differs.append(t["differs_batch"])
        title = t["title"].format(name=script)
        summary = t["summary"].format(arch=f"{sizes} ({', '.join(parts)})", loss=self.loss, optimizer=optimizer,
                                      batch=batch, data=data)
        self.emit(f'"""{title}', "", *_wrap(summary, WIDTH), "", *usage, "", *_wrap(" ".join(files), WIDTH), "",
                  t["differs"])
        for item in differs:
            lines = _wrap(item, WIDTH - 2)
            self.emit("- " + lines[0], *["  " + line for line in lines[1:]])
        self.emit('"""')

    def _optimizer_state(self) -> str | None:
        """The text naming what the optimizer accumulates while training, None for plain SGD."""
        opt = self.model.optimizer
        if opt.name == "sgd":
            return "state_momentum" if opt.momentum else None
        return {"adagrad": "state_adagrad", "rmsprop": "state_rmsprop"}.get(opt.name, "state_adam")

    def imports(self, uses_math: bool) -> None:
        modules = ["argparse"] + (["gzip"] if self.mnist else []) + (["math"] if uses_math else []) \
            + (["os", "struct"] if self.mnist else [])
        self.emit(*[f"import {m}" for m in modules], "from pathlib import Path", "",
                  "import numpy as np", "import torch", "import torch.nn.functional as F", "from torch import nn", "")

    def constants(self) -> None:
        t = self.t
        batch = self.src.batch_size or DEFAULT_BATCH_SIZE
        torch_dtype = "torch.float64" if self.dtype == np.float64 else "torch.float32"
        self.emit("HERE = Path(__file__).resolve().parent",
                  f"DTYPE = {torch_dtype}".ljust(24) + f"# {t['c_dtype'].format(dtype=self.dtype.name)}",
                  f"SEED = {self.model.seed}".ljust(24) + f"# {t['c_seed']}",
                  f"BATCH_SIZE = {batch}".ljust(24) + f"# {t['c_batch']}")
        if self.mnist:
            self.emit(f'MNIST_FILES = ("{MNIST_FILES[0]}", "{MNIST_FILES[1]}",',
                      f'               "{MNIST_FILES[2]}", "{MNIST_FILES[3]}")')

    def build_model(self) -> None:
        t = self.t
        final = self.model.output_layer.activation
        prob = t["probabilities"] if final in ("softmax", "sigmoid") else ""
        self.emit("", "", "def build_model(trained=True):")
        self.docstring(t["build_doc"].format(prob=prob, inputs=self.model.input_dim))
        self.emit("    model = nn.Sequential(")
        for code, comment in self.modules:
            if not code:       # the linear output's "no activation" note
                self.comment(comment, indent=8)
                continue
            self.code(f"        {code},", comment)
        self.emit("    ).to(DTYPE)",
                  "    initialize(model)",
                  "    if trained:",
                  "        model.load_state_dict(trained_weights())",
                  "    return model.eval()")

    def initialize(self) -> None:
        self.emit("", "", "def initialize(model):")
        self.docstring(self.t["init_doc"])
        self.emit("    with torch.no_grad():")
        for i, layer in zip(self.linear_index, self.model.dense_layers):
            for target, init, shape in ((f"model[{i}].weight", layer.kernel_initializer, layer.W.shape),
                                        (f"model[{i}].bias", layer.bias_initializer, layer.b.shape)):
                code, comment = self._init_call(init, target, shape)
                self.code(f"        {code}", comment, column=56)

    def _init_call(self, init, target: str, shape: tuple[int, ...]) -> tuple[str, str]:
        """torch's call for one of our initializers on ``target`` (a Linear's weight, or its bias), and a note.

        Our kernel shape is (fan_in, fan_out) = torch's weight shape reversed; a bias (units,) has
        fan_in = fan_out = units. torch's named functions serve the weights; a bias gets explicit bounds.
        """
        name = init.name
        weight = len(shape) == 2
        fan_in, fan_out = (shape[0], shape[1]) if weight else (shape[0], shape[0])
        if name == "zeros":
            return f"nn.init.zeros_({target})", ""
        if name == "ones":
            return f"nn.init.ones_({target})", ""
        if name == "normal":
            return f"nn.init.normal_({target}, mean={init.mean!r}, std={init.stddev!r})", name
        if name == "uniform":
            return f"nn.init.uniform_({target}, -{init.limit!r}, {init.limit!r})", name
        if name == "constant":
            value = np.asarray(init.value)
            if value.ndim == 0:
                return f"nn.init.constant_({target}, {float(value)!r})", self.t["c_constant"]
            value = value.T if weight else value
            return (f"{target}.copy_(torch.tensor({_literal(value, self.number, indent=8)}, dtype=DTYPE))",
                    self.t["c_constant"])
        named = {"glorot_uniform": ("xavier_uniform_", "", "U(±sqrt(6 / (fan_in + fan_out)))"),
                 "glorot_normal": ("xavier_normal_", "", "N(0, 2 / (fan_in + fan_out))"),
                 "he_uniform": ("kaiming_uniform_", ', nonlinearity="relu"', "U(±sqrt(6 / fan_in))"),
                 "he_normal": ("kaiming_normal_", ', nonlinearity="relu"', "N(0, 2 / fan_in)"),
                 "lecun_normal": (None, "", "N(0, 1 / fan_in)"), "nielsen": (None, "", "N(0, 1 / fan_in)")}
        function, extra, formula = named[name]
        note = f"{name}: {formula}"
        if weight and function is not None:
            return f"nn.init.{function}({target}{extra})", note
        variance = {"glorot_uniform": f"6 / {fan_in + fan_out}", "glorot_normal": f"2 / {fan_in + fan_out}",
                    "he_uniform": f"6 / {fan_in}", "he_normal": f"2 / {fan_in}",
                    "lecun_normal": f"1 / {fan_in}", "nielsen": f"1 / {fan_in}"}[name]
        if name.endswith("uniform"):
            return f"nn.init.uniform_({target}, -math.sqrt({variance}), math.sqrt({variance}))", note
        return f"nn.init.normal_({target}, mean=0.0, std=math.sqrt({variance}))", note

    def trained_weights(self) -> None:
        t = self.t
        if self.embed_weights:
            self.emit("", "")
            self.comment(t["c_weights"])
            self.emit("TRAINED_WEIGHTS = {")
            for key, value in self.weights.items():
                self.emit(f'    "{key}": {_literal(value, self.number, indent=4)},')
            self.emit("}", "", "", "def trained_weights():")
            self.docstring(t["weights_doc"])
            self.emit("    return {name: torch.tensor(value, dtype=DTYPE) for name, value in TRAINED_WEIGHTS.items()}")
            return
        self.emit("", "", "def trained_weights():")
        self.docstring(t["weights_npz_doc"].format(file=self.weights_file))
        self.emit(f'    with np.load(HERE / "{self.weights_file}", allow_pickle=False) as arrays:',
                  "        return {name: torch.from_numpy(arrays[name]).to(DTYPE) for name in arrays.files}")

    def compute_loss(self) -> None:
        t = self.t
        loss = self.loss
        what = {"categorical_crossentropy": "loss_ce" if self.fused else "loss_ce_clipped",
                "sparse_categorical_crossentropy": "loss_ce" if self.fused else "loss_ce_clipped",
                "binary_crossentropy": "loss_bce" if self.fused else "loss_bce_clipped",
                "mse": "loss_mse", "quadratic": "loss_quadratic"}[loss]
        self.emit("", "", "def compute_loss(model, x, y):")
        self.docstring(t["loss_doc"].format(what=t[what]))
        if self.fused:
            self.comment(t["c_fused_ce"] if self.output == "softmax" else t["c_fused_bce"], indent=4)
            function = "cross_entropy" if self.output == "softmax" else "binary_cross_entropy_with_logits"
            self.code("    logits = model[:-1](x)", t["c_logits"])
            self.emit(f"    loss = F.{function}(logits, y)")
        elif loss == "mse":
            self.emit("    loss = F.mse_loss(model(x), y)")
        elif loss == "quadratic":
            self.emit("    loss = 0.5 * ((model(x) - y) ** 2).sum() / len(x)")
        elif loss == "categorical_crossentropy":
            self.emit("    loss = -(y * torch.log(model(x).clamp(min=1e-7))).sum() / len(x)")
        elif loss == "sparse_categorical_crossentropy":
            self.emit("    loss = -torch.log(model(x).gather(1, y[:, None]).clamp(min=1e-7)).sum() / len(x)")
        else:
            self.emit("    p = model(x).clamp(1e-7, 1 - 1e-7)",
                      "    loss = -(y * torch.log(p) + (1 - y) * torch.log1p(-p)).mean()")
        dense = self.model.dense_layers
        for j, (i, layer) in enumerate(zip(self.linear_index, dense)):
            reg = layer.kernel_regularizer
            if reg is None or not (reg.l1 or reg.l2):
                continue
            terms = []
            if reg.l1:
                terms.append(f"{reg.l1!r} * model[{i}].weight.abs().sum()")
            if reg.l2:
                terms.append(f"{reg.l2!r} * model[{i}].weight.pow(2).sum()")
            where = t["output_layer"] if j == len(dense) - 1 else t["hidden_layer"].format(n=j + 1)
            self.comment(t["c_penalty"].format(layer=where), indent=4)
            self.emit(f"    loss = loss + {' + '.join(terms)}")
        self.emit("    return loss")

    def make_optimizer(self) -> None:
        opt = self.model.optimizer
        config = opt.get_config()
        args = ", ".join(f"{k}={tuple(v)!r}" if isinstance(v, list) else f"{k}={v!r}"
                         for k, v in config.items() if k != "name")
        self.emit("", "", "def make_optimizer(model):")
        self.docstring(self.t["opt_doc"])
        call = f"    return torch.optim.{TORCH_OPTIMIZERS[opt.name]}(model.parameters(), {args})"
        if len(call) <= WIDTH:
            self.emit(call)
        else:
            head = f"    return torch.optim.{TORCH_OPTIMIZERS[opt.name]}("
            wrapped = textwrap.wrap(f"model.parameters(), {args})", WIDTH - len(head), break_long_words=False)
            self.emit(head + wrapped[0], *[" " * len(head) + line for line in wrapped[1:]])

    def targets(self) -> None:
        t, k = self.t, self.outputs
        self.emit("", "", "def targets(y):")
        if self.labels:
            self.docstring(t["targets_labels"].format(last=k - 1))
            self.emit("    return y.long()")
        elif k > 1:
            self.docstring(t["targets_onehot"].format(k=k))
            self.emit("    if not torch.is_floating_point(y):",
                      f"        return F.one_hot(y.long(), {k}).to(DTYPE)",
                      f"    return y.to(DTYPE).reshape(len(y), {k})")
        else:
            self.docstring(t["targets_numbers"].format(k=k))
            self.emit(f"    return y.to(DTYPE).reshape(len(y), {k})")

    def load_data(self) -> None:
        t, d = self.t, self.model.input_dim
        if self.mnist:
            title, folder = MNIST_FOLDERS[self.mnist]
            self.emit("", "", "def read_idx(path):")
            self.docstring(t["idx_doc"])
            self.emit('    with gzip.open(path, "rb") as f:',
                      "        data = f.read()",
                      '    magic, count = struct.unpack(">II", data[:8])')
            self.code("    if magic == 2051:", t["c_idx_images"])
            self.emit('        rows, cols = struct.unpack(">II", data[8:16])',
                      "        return np.frombuffer(data, np.uint8, offset=16).reshape(count, rows * cols)")
            self.code("    return np.frombuffer(data, np.uint8, offset=8)", t["c_idx_labels"], column=56)
            self.emit("", "", "def load_data(data_dir):")
            self.docstring(t["mnist_doc"].format(title=title, folder=folder))
            self.emit(f'    folders = [Path(data_dir) / "{folder}", Path(data_dir)]',
                      "    folder = next((f for f in folders if (f / MNIST_FILES[0]).is_file()), None)",
                      "    if folder is None:",
                      '        where, files = ", ".join(map(str, folders)), ", ".join(MNIST_FILES)')
            self.string_argument("        message = (", t["mnist_missing"].format(title=title))
            self.emit("        raise SystemExit(message.format(where=where, files=files))")
            self.emit("    x_train, y_train, x_test, y_test = (read_idx(folder / name) for name in MNIST_FILES)",
                      "",
                      "    def pixels(images):",
                      "        return torch.from_numpy(images.astype(np.float32) / np.float32(255)).to(DTYPE)",
                      "",
                      "    return (pixels(x_train), torch.from_numpy(y_train.astype(np.int64)),",
                      "            pixels(x_test), torch.from_numpy(y_test.astype(np.int64)))")
            return
        if self.data is None:
            self.emit("", "", "def load_data(data_dir=None):")
            self.docstring(t["unknown_doc"])
            self.string_argument("    raise SystemExit(", t["unknown_message"])
            return
        if self.embed_data:
            self.emit("", "")
            for key, value in self.data.items():
                fmt = (lambda v: str(int(v))) if value.dtype.kind in "iu" else (lambda v: str(np.float32(v)))
                self.emit(f"{key.upper()} = {_literal(value, fmt, indent=0)}")
            self.emit("", "", "def load_data(data_dir=None):")
            self.docstring(t["data_doc"].format(inputs=d))
            # the data are float32 in NN Studio: read them as float32 first, then convert like the model does
            x = f"torch.tensor({{}}, dtype=torch.float32).reshape(-1, {d}).to(DTYPE)"
            y = "torch.tensor({})" if self.data["y_train"].dtype.kind in "iu" \
                else "torch.tensor({}, dtype=torch.float32)"
            self.emit(f"    return ({x.format('X_TRAIN')},", f"            {y.format('Y_TRAIN')},",
                      f"            {x.format('X_TEST')},", f"            {y.format('Y_TEST')})")
            return
        self.emit("", "", "def load_data(data_dir=None):")
        self.docstring(t["data_npz_doc"].format(file=self.data_file, inputs=d))
        self.emit(f'    with np.load(HERE / "{self.data_file}", allow_pickle=False) as arrays:',
                  '        return (torch.from_numpy(arrays["x_train"]).to(DTYPE), torch.from_numpy(arrays["y_train"]),',
                  '                torch.from_numpy(arrays["x_test"]).to(DTYPE), torch.from_numpy(arrays["y_test"]))')

    def training(self) -> None:
        t = self.t
        accuracy = "accuracy" in self.model.metrics
        self.emit("", "", "def train_step(model, optimizer, x, y):")
        self.docstring(t["step_doc"])
        self.emit("    model.train()",
                  "    optimizer.zero_grad()",
                  "    loss = compute_loss(model, x, y)",
                  "    loss.backward()",
                  "    optimizer.step()",
                  "    return loss.item()")
        self.emit("", "", "def evaluate(model, x, y):")
        self.docstring(t["eval_acc_doc" if accuracy else "eval_doc"])
        self.emit("    model.eval()", "    with torch.no_grad():", "        loss = compute_loss(model, x, y).item()")
        if accuracy:
            if self.labels:
                hit = "model(x).argmax(dim=1) == y"
            elif self.outputs == 1 or self.loss == "binary_crossentropy":
                hit = "(model(x) > 0.5) == (y > 0.5)"        # one probability per output, as NN Studio counts
            else:
                hit = "model(x).argmax(dim=1) == y.argmax(dim=1)"
            self.emit(f"        accuracy = ({hit}).double().mean().item()", "    return loss, accuracy")
        else:
            self.emit("    return loss")
        batch_default = self.src.batch_size or DEFAULT_BATCH_SIZE
        save_default = f"{self.stem}_continued.pt"
        self.emit("", "", "def main():")
        self.string_argument("    parser = argparse.ArgumentParser(description=", t["main_description"])
        help_prefix = " " * 24 + "help="
        self.emit(f'    parser.add_argument("--epochs", type=int, default={DEFAULT_EPOCHS},')
        self.string_argument(help_prefix, t["h_epochs"].format(default=DEFAULT_EPOCHS))
        self.emit('    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE,')
        self.string_argument(help_prefix, t["h_batch"].format(default=batch_default))
        if self.mnist:
            self.emit('    parser.add_argument("--data-dir", default=os.environ.get("NNSTUDIO_DATA", str(HERE)),')
            self.string_argument(help_prefix, t["h_data_dir"])
        self.emit(f'    parser.add_argument("--save", default=str(HERE / "{save_default}"),')
        self.string_argument(help_prefix, t["h_save"].format(default=save_default))
        self.emit("    args = parser.parse_args()", "")
        self.code("    torch.manual_seed(SEED)", t["c_manual_seed"])
        self.emit("    model = build_model()",
                  "    optimizer = make_optimizer(model)",
                  f"    x_train, y_train, x_test, y_test = load_data({'args.data_dir' if self.mnist else ''})",
                  "    y_train, y_test = targets(y_train), targets(y_test)",
                  "    n = len(x_train)",
                  "    for epoch in range(args.epochs):")
        self.code("        order = torch.randperm(n)", t["c_shuffle"])
        self.emit("        total = 0.0",
                  "        for start in range(0, n, args.batch_size):",
                  "            batch = order[start:start + args.batch_size]",
                  "            total += train_step(model, optimizer, x_train[batch], y_train[batch]) * len(batch)",
                  f'        print(f"{t["f_epoch"]}")',
                  "    if len(x_test):")
        if accuracy:
            self.emit("        loss, accuracy = evaluate(model, x_test, y_test)",
                      f'        print(f"{t["f_test_acc"]}")')
        else:
            self.emit("        loss = evaluate(model, x_test, y_test)",
                      f'        print(f"{t["f_test"]}")')
        self.emit("    torch.save(model.state_dict(), args.save)",
                  f'    print(f"{t["f_saved"]}")',
                  "", "", 'if __name__ == "__main__":', "    main()")


# -- helpers -------------------------------------------------------------------------------------------------
def _string(text: str) -> str:
    """A Python string literal of ``text`` in double quotes (JSON's escapes are Python's)."""
    return json.dumps(text, ensure_ascii=False)


def _width(text: str) -> int:
    """Columns ``text`` takes in an editor: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns (see _width), broken at spaces; the text's line breaks are kept."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.replace("NN Studio", "NN\0Studio").split():  # the name stays on one line
            word = word.replace("\0", " ")
            candidate = f"{line} {word}" if line else word
            if line and _width(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _literal(array: np.ndarray, fmt, indent: int = 4) -> str:
    """A Python list literal of ``array`` (1-D or 2-D), numbers written with ``fmt``, wrapped to WIDTH:
    rows on lines of their own at ``indent`` + 4, the closing bracket at ``indent``."""
    array = np.asarray(array)
    if array.ndim == 1:
        return _wrapped_list([fmt(v) for v in array], indent)
    rows = [_wrapped_list([fmt(v) for v in row], indent + 4) for row in array]
    if not rows:
        return "[]"
    one_line = "[" + ", ".join(rows) + "]"
    if "\n" not in one_line and indent + len(one_line) <= WIDTH:
        return one_line
    pad = " " * (indent + 4)
    return "[\n" + "".join(f"{pad}{row},\n" for row in rows) + " " * indent + "]"


def _wrapped_list(items: list[str], indent: int) -> str:
    """``[a, b, ...]`` starting at column ``indent``, its lines leaving room for a closing "]," or "],"."""
    one_line = "[" + ", ".join(items) + "]"
    if indent + len(one_line) + 1 <= WIDTH:
        return one_line
    body = textwrap.wrap(", ".join(items), WIDTH - indent - 3, break_long_words=False)
    return "[" + ("\n" + " " * (indent + 1)).join(body) + "]"


def _check_folder(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Cannot write {name}: the folder {folder} does not exist."),
                          name=path.name, folder=folder)
    if path.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Cannot write to {name}: it is a folder; give a file name."),
                          name=path)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as every save does (``write_file_atomically``: through a temporary file in the
    same folder, so a failed export never leaves half a file and an existing file stays as it was). The system's
    reason for a failure ("permission denied", "the disk is full") comes with the name of the file it stopped."""
    try:
        write_file_atomically(path, lambda f: f.write(data))
    except OSError as exc:
        if isinstance(exc, Translatable):   # a FIFO or a device where the file should go: its message says so
            raise ExportError(exc.template, **exc.arguments) from None
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Cannot write {name}: {reason}."),
                          name=path.name, reason=why(exc)) from None

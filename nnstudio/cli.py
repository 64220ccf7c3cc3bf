"""The ``nnstudio`` command: the GUI (no arguments), ``train``, ``race``, ``download`` and ``export``.

``nnstudio train`` trains a multilayer perceptron on a built-in dataset from the shell, Keras-style::

    nnstudio train --dataset mnist --layers 256,128 --activation relu --optimizer adam --lr 1e-3 \\
                   --epochs 5 --batch-size 128 --seed 0 --save model.npz

A progress bar per epoch goes to stderr; per-epoch metrics and the final test accuracy to stdout (with
``--json``: exactly one JSON object per epoch and a final one with the test metrics, nothing else).
``nnstudio race`` races optimizers on copies of one network (or on a loss surface) and prints the results
table (``--json``: one JSON object per contestant); the engine's ``race``, ``sweep`` and ``surfaces`` do the work.
Mistakes a user can make (unknown names, bad numbers, MNIST not found) end with a one-line message and
exit code 2. Importing this module imports neither NumPy nor Qt: ``--help`` stays fast and ``train`` works
on machines without a display. Help and messages come in English or Korean (``nnstudio --lang ko``,
NNSTUDIO_LANG, the locale; see ``nnstudio.cli_language``); JSON output is the same in every language.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shlex
import sys
import time
from dataclasses import asdict

import nnstudio  # (already imported as our package) chooses the BLAS kernels before NumPy loads
from nnstudio.cli_language import (HelpFormatter, argparse_language, requested_language, translate, translated,
                                   use_language, width)
from nnstudio.i18n import QT_TRANSLATE_NOOP

EXIT_USAGE = 2
EXIT_DIVERGED = 1
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141      # 128 + SIGPIPE: what a shell shows for cat or grep whose reader (| head) went away
COMMANDS = ("gui", "train", "race", "download", "export")
EXPORT_SUFFIXES = {".py": "pytorch", ".onnx": "onnx"}     # the format an export's --out names
PROJECT_SUFFIX = ".nnsproj"  # nnstudio.session.project.SUFFIX (not imported: --help stays free of NumPy)
# the kind of file each suffix names, as the app opens it (a copy of nnstudio.app.drops.KINDS, which imports Qt;
# a test keeps the two equal): a project or a table in the studio, a model or a picture of a digit in the pad
FILE_KINDS = {PROJECT_SUFFIX: "project", ".csv": "table", ".tsv": "table", ".txt": "table", ".npz": "model",
              ".png": "image", ".pgm": "image"}


def _files_the_app_opens() -> str:
    """The kinds of file ``nnstudio FILE`` opens, with their suffixes (FILE_KINDS in words)."""
    return translate("cli", "a project (.nnsproj), a table (.csv, .tsv, .txt), a model (.npz) or a picture of a "
                            "digit (.png, .pgm)")


class UsageError(Exception):
    """A mistake in the command line or its inputs: reported as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message (and a pointer to --help) instead of the usage block, and help
    wrapped by terminal columns (Korean takes two a character)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message):
        self.exit(EXIT_USAGE, translate("cli", "{prog}: error: {message} (see '{prog} --help')").format(
            prog=self.prog, message=message) + "\n")


# -- argument types: each raises a message that says what is allowed ------------------------------------
def _layers(text: str) -> tuple[int, ...]:
    """'256,128' -> (256, 128); '' or 'none' -> () (no hidden layer)."""
    text = text.strip()
    if text.lower() in ("", "none"):
        return ()
    sizes = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) < 1:
            raise argparse.ArgumentTypeError(translate(
                "cli", "{text} is not a list of hidden layer sizes: give positive integers separated by commas, "
                       "e.g. --layers 256,128 (or 'none' for no hidden layer)").format(text=repr(text)))
        sizes.append(int(part))
    return tuple(sizes)


def _number(convert, ok, expected: str):
    """An argparse type: ``convert(text)`` that must pass ``ok``, else "expected <expected>, got '<text>'"
    (``expected`` is marked for translation under "cli")."""
    def parse(text: str):
        try:
            value = convert(text)
        except ValueError:
            value = math.nan  # fails every check below
        if not ok(value):
            raise argparse.ArgumentTypeError(translate("cli", "expected {expected}, got {text}").format(
                expected=translate("cli", expected), text=repr(text)))
        return value
    parse.__name__ = expected
    return parse


_positive_int = _number(int, lambda v: v >= 1, QT_TRANSLATE_NOOP("cli", "a whole number >= 1"))
_non_negative_int = _number(int, lambda v: v >= 0, QT_TRANSLATE_NOOP("cli", "a whole number >= 0"))
_positive_float = _number(float, lambda v: v > 0 and math.isfinite(v), QT_TRANSLATE_NOOP("cli", "a finite number > 0"))
_non_negative_float = _number(float, lambda v: v >= 0 and math.isfinite(v),
                              QT_TRANSLATE_NOOP("cli", "a finite number >= 0"))
_fraction = _number(float, lambda v: 0 <= v < 1, QT_TRANSLATE_NOOP("cli", "a fraction in [0, 1)"))


def _point(text: str) -> tuple[float, float]:
    """'-1.5,2' -> (-1.5, 2.0)."""
    try:
        x, y = (float(part) for part in text.split(","))
    except ValueError:
        x = y = math.nan
    if not (math.isfinite(x) and math.isfinite(y)):
        raise argparse.ArgumentTypeError(translate("cli", "expected two numbers x,y such as -1.5,2, got {text}")
                                         .format(text=repr(text)))
    return x, y


def _data_and_network_arguments(command, dataset: str, layers: tuple[int, ...], activation: str):
    """The data and network options shared by ``train`` and ``race``; returns the two argument groups."""
    data = command.add_argument_group(translate("cli", "data"))
    data.add_argument("--dataset", default=dataset,
                      # (the toy sets are written out: reading their table would load NumPy for every start)
                      help=translate("cli", "mnist, fashion, a toy set (xor, xor_cloud, circle, gaussians, moons, "
                                            "spiral, three_blobs, spiral3, venn, sine) or a .csv file (default: "
                                            "%(default)s)"))
    data.add_argument("--data-dir", metavar="PATH",
                      help=translate("cli", "folder holding the MNIST/Fashion-MNIST .gz files (default: "
                                            "$NNSTUDIO_DATA, then the user data folder)"))
    data.add_argument("--points", type=_positive_int, metavar="N",
                      help=translate("cli", "number of points of a toy set (default: the set's own)"))
    data.add_argument("--noise", type=_non_negative_float,
                      help=translate("cli", "noise of a toy set (default: the set's own)"))
    net = command.add_argument_group(translate("cli", "network"))
    net.add_argument("--layers", type=_layers, default=layers, metavar="SIZES",
                     help=translate("cli", "hidden layer sizes, comma separated, e.g. 256,128; 'none' for none "
                                           "(default {sizes})").format(sizes=",".join(map(str, layers))))
    net.add_argument("--activation", default=activation,
                     help=translate("cli", "activation of the hidden layers (default %(default)s)"))
    net.add_argument("--init", dest="initializer", metavar="INITIALIZER",
                     help=translate("cli", "weight initializer of every layer (default: the engine's, "
                                           "glorot_uniform)"))
    net.add_argument("--loss", help=translate("cli", "override the problem type's loss, e.g. quadratic or mse"))
    net.add_argument("--dtype", choices=("float32", "float64"), default="float32",
                     help=translate("cli", "floating point type (default float32)"))
    return data, net


def build_parser() -> argparse.ArgumentParser:
    """The command's parser, its help in the current language (see ``nnstudio.cli_language``)."""
    parser = _Parser(
        prog="nnstudio",
        description=translate("cli", "NN Studio: design a neural network visually, press Run, and watch it "
                                     "learn. Without a command, the desktop app starts; 'nnstudio FILE' starts it on "
                                     "a file: a project or a table opens in the studio, a model or a picture of a "
                                     "digit in the drawing pad (see 'nnstudio gui --help')."),
        epilog=translate("cli", "Set NNSTUDIO_DEBUG=1 to see a full traceback instead of a one-line error."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {nnstudio.__version__}",
                        help=translate("cli", "show the version and exit"))
    parser.add_argument("--lang", choices=("en", "ko"),
                        help=translate("cli", "the language of the app and of these messages (default: the "
                                              "system's; the app remembers the one chosen in View → Language; "
                                              "the NNSTUDIO_LANG variable does the same as this option)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser,
                                     title=translate("cli", "commands"))

    gui = commands.add_parser("gui", help=translate("cli", "start the desktop app, on a file if one is given (the "
                                                           "default without a command)"),
                              description=translate("cli", "Start the NN Studio desktop app, on FILE if one is "
                                                           "given: a project (.nnsproj) or a table (.csv, .tsv, "
                                                           ".txt) opens in the studio, a model (.npz) or a picture "
                                                           "of a digit (.png, .pgm) in the drawing pad, as when the "
                                                           "file is dropped on the window. 'nnstudio FILE' is short "
                                                           "for 'nnstudio gui FILE'."))
    gui.add_argument("file", nargs="?", metavar="FILE",
                     help=translate("cli", "a file to open: {kinds}").format(kinds=_files_the_app_opens()))

    train = commands.add_parser(
        "train", help=translate("cli", "train a network on a dataset from the shell"),
        description=translate("cli", "Train a multilayer perceptron. The output layer and the loss follow the "
                                     "dataset's problem type (lecture table: regression -> linear + mse; binary "
                                     "-> sigmoid + binary_crossentropy; multi-class -> softmax + "
                                     "categorical_crossentropy)."),
        epilog=translate("cli", "Example: {example}").format(
            example="nnstudio train --dataset mnist --layers 256,128 --activation relu --optimizer adam --lr 1e-3 "
                    "--epochs 5 --batch-size 128 --seed 0 --save model.npz"))
    data, _ = _data_and_network_arguments(train, dataset="mnist", layers=(64,), activation="relu")
    data.add_argument("--val-split", type=_fraction, default=0.1, metavar="FRACTION",
                      help=translate("cli", "share of the training data held out for validation after every "
                                            "epoch (default 0.1; 0 = none)"))
    opt = train.add_argument_group(translate("cli", "training"))
    opt.add_argument("--optimizer", default="adam",
                     help=translate("cli", "sgd, adagrad, rmsprop, adam or adamw (default adam)"))
    opt.add_argument("--lr", type=_positive_float, metavar="RATE",
                     help=translate("cli", "learning rate (default: PyTorch's default for the optimizer)"))
    opt.add_argument("--epochs", type=_positive_int, default=5,
                     help=translate("cli", "passes over the training data (default 5)"))
    opt.add_argument("--batch-size", type=_positive_int, default=32, metavar="N",
                     help=translate("cli", "samples per optimizer step (default 32)"))
    opt.add_argument("--seed", type=_non_negative_int, default=0,
                     help=translate("cli", "seed of the initial weights, the shuffling and toy data (default 0)"))
    out = train.add_argument_group(translate("cli", "output"))
    out.add_argument("--save", metavar="FILE.npz", help=translate("cli", "save the trained model to this file"))
    out.add_argument("--json", action="store_true",
                     help=translate("cli", "print one JSON object per epoch and a final one with the test metrics "
                                           "on stdout, nothing else"))
    out.add_argument("--quiet", action="store_true", help=translate("cli", "no progress bar on stderr"))

    export = commands.add_parser(
        "export", help=translate("cli", "export a trained network as a PyTorch script or an ONNX file"),
        description=translate("cli", "Export a model file (.npz) or project file (.nnsproj): as a PyTorch script "
                                     "that rebuilds the trained network and its training set-up, or as an ONNX "
                                     "file of the inference network."),
        epilog=translate("cli", "Example: {example}").format(
            example="nnstudio export model.npz --out model.py --dataset mnist"))
    export.add_argument("model", metavar="MODEL",
                        help=translate("cli", "a model file (.npz) or project file (.nnsproj)"))
    export.add_argument("--format", choices=("pytorch", "onnx"),
                        help=translate("cli", "pytorch: a .py script (+ .npz files beside it for large weights or "
                                              "data); onnx: an .onnx file (needs: pip install "
                                              "'nnstudio[export]'); default: the one --out's suffix names"))
    export.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "the file to write"))
    export.add_argument("--lang", dest="language", choices=("en", "ko"),
                        help=translate("cli", "language of the script's comments (default: $NNSTUDIO_LANG if en "
                                              "or ko, else en)"))
    export.add_argument("--dataset",
                        help=translate("cli", "the training data of a model file, for the script's training part: "
                                              "mnist, fashion, a toy set or a .csv file (a project knows its "
                                              "own)"))
    export.add_argument("--batch-size", type=_positive_int, metavar="N",
                        help=translate("cli", "the script's batch size (default: the project's; 32 for a model "
                                              "file)"))

    race = commands.add_parser(
        "race", help=translate("cli", "race optimizers on the same network (or on a loss surface) from the shell"),
        description=translate("cli", "Race optimizers fairly: every contestant is a copy of one network (the same "
                                     "initial weights) trained on the same batches; prints the results table. "
                                     "With --seeds, every contestant trains from many initial weights; with "
                                     "--surface, the optimizers descend a function of two parameters instead."),
        epilog=translate("cli", "Example: {example}").format(
            example="nnstudio race --dataset spiral --layers 16,16 --activation tanh --contestant sgd:lr=0.1 "
                    "--contestant \"sgd:lr=0.1,momentum=0.9\" --contestant adam:lr=0.01 --steps 2000 "
                    "--batch-size 32; nnstudio race --surface rosenbrock --start -1.5,2 --contestant adam:lr=0.05 "
                    "--steps 500"))
    _data_and_network_arguments(race, dataset="spiral", layers=(16, 16), activation="tanh")
    racing = race.add_argument_group(translate("cli", "race"))
    racing.add_argument("--contestant", action="append", metavar="OPTIMIZER[:SETTINGS]",
                        help=translate("cli", "a contestant, e.g. adam:lr=0.01 or \"sgd:lr=0.1,momentum=0.9\" "
                                              "(betas=0.9/0.999, nesterov=true); repeat for each (default: the "
                                              "lecture's five)"))
    racing.add_argument("--steps", type=_positive_int, metavar="N",
                        help=translate("cli", "optimizer steps per contestant (default 2000; on a surface 200)"))
    racing.add_argument("--batch-size", type=_positive_int, default=32, metavar="N",
                        help=translate("cli", "samples per step, the same batches for every contestant; at least "
                                              "the training set's size means full batch (default 32)"))
    racing.add_argument("--seed", type=_non_negative_int, default=0,
                        help=translate("cli", "seed of the initial weights, the batch order and toy data "
                                              "(default 0)"))
    racing.add_argument("--seeds", type=_positive_int, metavar="N",
                        help=translate("cli", "train every contestant from N initial weights (seeds "
                                              "SEED..SEED+N-1) and summarize"))
    racing.add_argument("--target-loss", type=_positive_float, metavar="LOSS",
                        help=translate("cli", "report when each contestant's epoch loss first reaches LOSS"))
    racing.add_argument("--tune", action="store_true",
                        help=translate("cli", "each tuned: first try 7 learning rates (1e-3 to 1) per contestant "
                                              "with the same budget, then race each at its best rate, the one "
                                              "whose loss at the end of its tuning run was lowest"))
    racing.add_argument("--tune-steps", type=_positive_int, metavar="N",
                        help=translate("cli", "steps of each tuning run (default: the race's --steps; fewer can "
                                              "pick a rate that is only best early)"))
    surface = race.add_argument_group(translate("cli", "surface"))
    surface.add_argument("--surface", metavar="NAME",
                         help=translate("cli", "descend a loss surface instead of training: rosenbrock, beale, "
                                               "himmelblau, saddle, bowl, elongated or local_minimum"))
    surface.add_argument("--start", type=_point, metavar="X,Y",
                         help=translate("cli", "starting point (default: the surface's)"))
    surface.add_argument("--kappa", type=_positive_float,      # (default 10: None says it was not given)
                         help=translate("cli", "condition number of the bowl (default 10)"))
    surface.add_argument("--gradient-noise", type=_non_negative_float, metavar="STD",
                         help=translate("cli", "add Gaussian noise of this standard deviation to every gradient "
                                               "(default 0)"))
    race.add_argument("--json", action="store_true",
                      help=translate("cli", "print one JSON object per contestant, nothing else"))
    race.set_defaults(optimizer="sgd", lr=None)   # the template's optimizer: build_model needs one

    download = commands.add_parser(
        "download", help=translate("cli", "download MNIST or Fashion-MNIST"),
        description=translate("cli", "Download a dataset's original files, checking their MD5 sums."))
    download.add_argument("kind", help=translate("cli", "which dataset: mnist or fashion"))
    download.add_argument("--dest", metavar="PATH",
                          help=translate("cli", "data folder to store the files in (default: the user data "
                                                "folder, where nnstudio looks for them)"))
    download.add_argument("--mirror", action="append", metavar="URL",
                          help=translate("cli", "base URL to download from instead of the known mirrors "
                                                "(repeatable)"))
    download.add_argument("--quiet", action="store_true", help=translate("cli", "no progress bar on stderr"))
    download.add_argument("--check", action="store_true",
                          help=translate("cli", "download nothing: find the files (in --dest, else where nnstudio "
                                                "looks), verify their MD5 sums and decode them"))
    parser.command_parsers = commands.choices      # {command: its parser}
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``nnstudio`` console script and ``python -m nnstudio``; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    first = _first_argument(argv)
    if (first is not None and argv[first] not in COMMANDS and os.path.isfile(argv[first])
            and os.path.splitext(argv[first])[1].lower() in FILE_KINDS):
        argv.insert(first, "gui")  # nnstudio [--lang ko] FILE opens the file in the app, as a drop on it does
    # argparse would read the "-1.5,2" of "--start -1.5,2" as an option: glue such a value to its option
    for i in range(len(argv) - 1, 0, -1):
        if argv[i - 1] == "--start" and argv[i].startswith("-"):
            argv[i - 1:i + 1] = [f"--start={argv[i]}"]
    use_language(requested_language(argv))
    with argparse_language():
        parser = build_parser()
        if first is not None and argv[first] not in COMMANDS and os.path.isdir(argv[first]):
            # argparse said "invalid choice: '/some/dir' (choose from 'gui', 'train', ...)"
            parser.error(_folder_given(argv[first]))
        if first is not None and argv[first] not in COMMANDS and os.path.isfile(argv[first]):
            # "nnstudio notes.doc": a file the app does not open (it started the app to say so in a message box)
            parser.error(translate("cli", "{path}: the app does not open this kind of file: give a command "
                                          "({commands}) or a file to open: {kinds}").format(
                path=argv[first], commands=", ".join(COMMANDS), kinds=_files_the_app_opens()))
        if first is not None and argv[first] not in COMMANDS and _looks_like_a_path(argv[first]):
            # "nnstudio foo.txt" (no such file): argparse said "invalid choice: 'foo.txt' (choose from ...)"
            parser.error(translate("cli", "{path}: no such file: give a command ({commands}) or a file to open: "
                                          "{kinds}").format(path=argv[first], commands=", ".join(COMMANDS),
                                                            kinds=_files_the_app_opens()))
        args, extras = parser.parse_known_args(argv)
        if extras:      # said by the command they were given to ("nnstudio race: ... see 'nnstudio race --help'")
            parser.command_parsers.get(args.command, parser).error(
                argparse._("unrecognized arguments: %s") % " ".join(extras))
    args.argv = tuple(argv)         # what was typed, for options whose default cannot tell (see _given)
    if args.lang:
        os.environ["NNSTUDIO_LANG"] = args.lang      # read by the app and by everything it starts
    command = args.command or "gui"
    try:
        code = run_command(command, args)
        sys.stdout.flush()      # a reader that went away is noticed here, not as a warning at interpreter exit
        return code
    except KeyboardInterrupt:
        if command == "train" and args.save:       # (the model is saved after the last epoch only)
            print(translate("cli", "nnstudio train: interrupted; the model was not saved to {path}").format(
                path=args.save), file=sys.stderr)
        else:
            print(translate("cli", "nnstudio: interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # stdout's reader stopped reading (nnstudio race | head -3): not a mistake of the user, so no message
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    except (UsageError, ValueError, OSError) as exc:
        # ValueError/OSError subclasses are the engine's and the data layer's user-facing errors
        # (unknown names, bad hyper-parameters, missing or corrupt files); their messages say what to do.
        if os.environ.get("NNSTUDIO_DEBUG"):
            raise
        print(translate("cli", "nnstudio {command}: error: {message}").format(command=command,
                                                                              message=_as_error(_one_line(exc))),
              file=sys.stderr)
        return EXIT_USAGE


def _folder_given(folder: str) -> str:
    """Why a folder on the command line opens nothing, and what to give: one of its files the app opens, if any
    (a project first, a .txt file last: it is as often a note as a table)."""
    order = [*FILE_KINDS]
    order.append(order.pop(order.index(".txt")))
    try:
        files = sorted((order.index(os.path.splitext(entry.name)[1].lower()), entry.name)
                       for entry in os.scandir(folder)
                       if os.path.splitext(entry.name)[1].lower() in FILE_KINDS and entry.is_file())
    except OSError:
        files = []
    if files:
        return translate("cli", "{folder} is a folder, not a file: give one of its files, such as nnstudio "
                                "{example}").format(folder=folder,
                                                    example=shlex.quote(os.path.join(folder, files[0][1])))
    return translate("cli", "{folder} is a folder, not a file: give a command ({commands}) or a file to open: "
                            "{kinds}").format(folder=folder, commands=", ".join(COMMANDS),
                                              kinds=_files_the_app_opens())


def _looks_like_a_path(word: str) -> bool:
    """A name with a folder or a file extension in it (``foo.txt``, ``./x``, ``~/a``); no command has either."""
    return "/" in word or os.sep in word or "." in word or word.startswith("~")


# the options of a race on a network that a race on a surface does not read
NETWORK_RACE_ONLY = ("--dataset", "--data-dir", "--points", "--noise", "--layers", "--activation", "--init", "--loss",
                     "--dtype", "--batch-size", "--target-loss", "--tune-steps")


def _given(argv, options) -> list[str]:
    """Those of ``options`` typed in ``argv``, also as ``--opt=value`` or abbreviated as argparse allows
    (their defaults cannot tell: '--batch-size 32' is the default's value)."""
    words = {word.split("=", 1)[0] for word in argv if word.startswith("--") and len(word) > 2}
    return [option for option in options if any(option.startswith(word) for word in words)]


def _first_argument(argv: list[str]) -> int | None:
    """Where the command (or a file to open) stands in ``argv``: after the options before it (``--lang ko``)."""
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 2 if argv[i] == "--lang" else 1
    return i if i < len(argv) else None


def run_command(command: str, args: argparse.Namespace) -> int:
    if command == "gui":
        return run_gui(getattr(args, "file", None))
    if command == "train":
        return run_train(args)
    if command == "export":
        return run_export(args)
    if command == "race":
        return run_race(args)
    return run_download(args)


def _discard_stdout() -> None:
    """Point stdout at the null device, so that flushing what is still buffered at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):   # stdout is not a file (a test's StringIO): nothing is flushed at exit
        pass


# words that begin an error message and keep their capital: the engine's classes and names as they are written
_NAMES = frozenset({"Adagrad", "Adam", "Dense", "Dropout", "Keras", "Nielsen", "Sequential"})


def _as_error(text: str) -> str:
    """A message after "error:" worded as argparse words its own ("error: unrecognized arguments: ..."): its first
    word in lower case (a name keeps its capitals: MNIST, PyTorch, Dense) and no closing full stop. The engine's,
    the data layer's and the export's messages are sentences, as the app's dialogs show them."""
    first = text.split(" ", 1)[0]
    if first.isalpha() and first[0].isupper() and (first[1:].islower() or len(first) == 1) and first not in _NAMES:
        text = first[0].lower() + text[1:]
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return text


def _one_line(exc: BaseException) -> str:
    text = " ".join(line.strip() for line in translated(exc).splitlines() if line.strip())
    return text or type(exc).__name__


# -- gui -------------------------------------------------------------------------------------------------
def run_gui(path: str | None = None) -> int:
    """The desktop app, on ``path`` if given (opened as ``MainWindow.open_file`` does, by its kind)."""
    if path is not None and os.path.isdir(path):
        raise UsageError(_folder_given(path))
    if path is not None and not os.path.isfile(path):
        raise UsageError(translate("cli", "{path}: no such file; the app opens {kinds}").format(
            path=path, kinds=_files_the_app_opens()))
    if path is not None and os.path.splitext(path)[1].lower() not in FILE_KINDS:
        # refused here, before a window opens only to say the same in a message box
        raise UsageError(translate("cli", "{path}: the app does not open this kind of file; it opens {kinds}").format(
            path=path, kinds=_files_the_app_opens()))
    if sys.platform.startswith("linux") and not any(
            os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        # Qt would abort the whole process with a core dump; say why instead.
        print(translate("cli", "nnstudio: cannot start the desktop app: no display (neither DISPLAY nor "
                               "WAYLAND_DISPLAY is set). Run it in a desktop session or under 'xvfb-run nnstudio'; "
                               "'nnstudio train --help' works without a display."), file=sys.stderr)
        return 1
    try:
        from nnstudio.app import main as app_main

        return int(app_main([] if path is None else [path]) or 0)
    except ImportError as exc:  # the app imports Qt and pyqtgraph only when it starts
        missing = (exc.name or "").split(".")[0]
        if missing in ("PySide6", "shiboken6", "pyqtgraph"):
            text = translate("cli", "nnstudio: cannot start the desktop app: {reason}. Install the GUI "
                                    "dependencies with 'pip install nnstudio' (PySide6-Essentials, pyqtgraph). "
                                    "'nnstudio train --help' works without it.")
        else:
            text = translate("cli", "nnstudio: cannot start the desktop app: {reason}. 'nnstudio train --help' "
                                    "works without it.")
        print(text.format(reason=_one_line(exc)), file=sys.stderr)
        return 1


# -- download --------------------------------------------------------------------------------------------
def run_download(args) -> int:
    from nnstudio.data import mnist

    if args.check:
        t0 = time.perf_counter()
        try:
            d = mnist.load_mnist(args.kind, path=args.dest)
        except mnist.DataNotFoundError as exc:
            raise UsageError(translated(exc)) from None
        print(translate("cli", "{kind}: {folder} OK — {train} training and {test} test images, checksums verified, "
                               "decoded in {seconds} s").format(
            kind=args.kind, folder=mnist.find_data_dir(args.kind, args.dest), train=d.n_train, test=d.n_test,
            seconds=f"{time.perf_counter() - t0:.2f}"))
        return 0
    for url in args.mirror or ():
        if url.partition("://")[0].lower() not in ("http", "https", "ftp", "file"):
            raise UsageError(translate("cli", "--mirror {url} is not a web address: give one that starts with "
                                              "https:// or http://, such as {example}").format(
                url=repr(url), example="https://ossci-datasets.s3.amazonaws.com/mnist/"))
    bar = ProgressBar(sys.stderr, enabled=not args.quiet)
    current = []

    def progress(name, done, total):
        if current and current[0] != name:
            bar.finish()
        current[:] = [name]
        unit, name_of_unit = (1e6, "MB") if total >= 1e6 else (1e3, "kB")   # a label file is 5 or 29 kB
        bar.update(done, total, name, count=f"{done / unit:.1f}/{total / unit:.1f} {name_of_unit}")

    present = []        # the files that were there already, with the right MD5: no bar for work not done
    try:
        folder = mnist.download(args.kind, dest=args.dest, progress=progress, base_urls=args.mirror,
                                present=present.append)
    finally:
        bar.finish()
    fetched = len(mnist.FILES) - len(present)
    if not present:
        text = translate("cli", "{kind}: the four files are downloaded and verified in {folder}")
    elif not fetched:
        text = translate("cli", "{kind}: the four files are already in {folder} and their checksums are verified; "
                                "nothing was downloaded")
    else:
        text = translate("cli", QT_TRANSLATE_NOOP("cli", "{kind}: %n file(s) downloaded into {folder}, where the "
                                                         "others were already; the checksums of all four are "
                                                         "verified", None, 1), fetched)
    print(text.format(kind=args.kind, folder=folder))
    try:
        found = mnist.find_data_dir(args.kind).resolve() == folder.resolve()
    except mnist.DataNotFoundError:
        found = False
    if not found:       # the folder the user named (the files lie in it or in its mnist/ or fashion-mnist/)
        print(translate("cli", "NN Studio finds them there only with --data-dir {folder} or the environment "
                               "variable NNSTUDIO_DATA={folder}").format(
            folder=folder if args.dest is not None and os.path.samefile(folder, args.dest) else folder.parent))
    return 0


# -- export ----------------------------------------------------------------------------------------------
def run_export(args) -> int:
    if not os.path.isfile(args.model):
        raise UsageError(translate("cli", "the file {path} does not exist").format(path=args.model))
    if args.format is None:         # "--out model.py" says it already
        args.format = EXPORT_SUFFIXES.get(os.path.splitext(args.out)[1])
        if args.format is None:
            raise UsageError(translate("cli", "give --format pytorch or --format onnx: the file {path} ends neither "
                                              "in .py nor in .onnx").format(path=args.out))
    if args.format == "onnx":
        from nnstudio.export import export_onnx

        training = [option for option, value in (("--dataset", args.dataset), ("--batch-size", args.batch_size))
                    if value is not None]
        if training:
            raise UsageError(translate("cli", "an ONNX file holds only the network that predicts: leave out "
                                              "{options} (for the PyTorch script's training part)").format(
                options=" ".join(training)))

        written = [export_onnx(args.model, args.out)]
    else:
        from nnstudio.export import export_pytorch

        env = os.environ.get("NNSTUDIO_LANG")
        language = args.language or (env if env in ("en", "ko") else "en")
        written = export_pytorch(args.model, args.out, language=language, dataset=args.dataset,
                                 batch_size=args.batch_size)
    for path in written:
        print(translate("cli", "wrote {path}").format(path=path))
    return 0


# -- train -----------------------------------------------------------------------------------------------
def load_training_data(args):
    """The Dataset named by --dataset (UsageError with the available names when unknown)."""
    from nnstudio.data import TOY_DATASETS, load_dataset

    from nnstudio.data.mnist import MNIST_KINDS

    name = args.dataset if args.dataset.lower().endswith(".csv") else args.dataset.lower()
    generated = [option for option, value in (("--points", args.points), ("--noise", args.noise))
                 if value is not None]
    if generated and (name in MNIST_KINDS or name.lower().endswith(".csv") or name == "xor"):
        # (they were ignored: MNIST, a file and the lecture's four XOR points have the size and noise they have)
        raise UsageError(translate("cli", "{options}: only for a generated toy set such as xor_cloud or moons; "
                                          "{name} has its own points, so leave them out").format(
            options=" ".join(generated), name=repr(name)))
    if name in MNIST_KINDS:
        from nnstudio.data.mnist import DataNotFoundError, data_roots, load_mnist

        try:
            return load_mnist(name, path=args.data_dir)
        except DataNotFoundError as exc:
            if " is missing " in str(exc):  # a folder with some of the files: name the one that is missing
                raise UsageError(translated(exc)) from None
            roots = data_roots(args.data_dir)[:1] if args.data_dir is not None else data_roots()
            searched = "; ".join(f"{root} ({translated(why)})" for root, why in roots)
            title = "Fashion-MNIST" if name == "fashion" else "MNIST"
            if args.data_dir is not None:   # 'nnstudio download mnist' alone saves where --data-dir does not look
                raise UsageError(translate("cli", "{title} not found (searched: {searched}). Download it there with "
                                                  "'nnstudio download {name} --dest {folder}', or point --data-dir "
                                                  "at the folder holding its four .gz files.").format(
                    title=title, searched=searched, name=name, folder=shlex.quote(str(args.data_dir)))) from None
            raise UsageError(translate("cli", "{title} not found (searched: {searched}). Download it with "
                                              "'nnstudio download {name}', or point --data-dir or NNSTUDIO_DATA at "
                                              "the folder holding its four .gz files.").format(
                title=title, searched=searched, name=name)) from None
    if name.lower().endswith(".csv"):
        from nnstudio.data.tabular import load_training_csv

        ds, scaled = load_training_csv(name, seed=args.seed)   # 0–255 pixels become 0–1, as the studio's import
        if scaled is not None:
            print(translated(scaled), file=sys.stderr)
        return ds
    if name in TOY_DATASETS:
        return load_dataset(name, n=args.points, noise=args.noise, seed=args.seed)
    raise UsageError(translate("cli", "unknown dataset {name}; choose mnist, fashion, one of {names}, or give a "
                                      ".csv file").format(name=repr(name), names=", ".join(TOY_DATASETS)))


def _check_name(message: str, name: str, registry) -> None:
    """``message``: "unknown ... {name}; choose one of {names}", marked for translation under "cli"."""
    if name not in registry:
        raise UsageError(translate("cli", message).format(name=repr(name), names=", ".join(registry)))


def build_model(args, ds):
    """A compiled Sequential for the dataset: hidden layers from --layers, output from the problem type."""
    from nnstudio.engine import optimizers
    from nnstudio.engine.activations import ACTIVATIONS
    from nnstudio.engine.initializers import INITIALIZERS
    from nnstudio.engine.losses import LOSSES
    from nnstudio.engine.problems import problem_setup
    from nnstudio.engine.spec import LayerSpec, NetworkSpec

    _check_name(QT_TRANSLATE_NOOP("cli", "unknown activation {name}; choose one of {names}"), args.activation,
                ACTIVATIONS)
    _check_name(QT_TRANSLATE_NOOP("cli", "unknown optimizer {name}; choose one of {names}"), args.optimizer,
                optimizers.OPTIMIZERS)
    if args.loss is not None:
        _check_name(QT_TRANSLATE_NOOP("cli", "unknown loss {name}; choose one of {names}"), args.loss, LOSSES)
    if args.initializer is not None:
        _check_name(QT_TRANSLATE_NOOP("cli", "unknown initializer {name}; choose one of {names}"),
                    args.initializer, INITIALIZERS)
    out_activation, _ = problem_setup(ds.problem)
    init = {} if args.initializer is None else {"initializer": args.initializer}
    spec = NetworkSpec(ds.input_dim, tuple(LayerSpec(units, args.activation, **init) for units in args.layers),
                       LayerSpec(ds.output_dim, out_activation, **init), ds.problem, args.loss)
    config = {"name": args.optimizer}
    if args.lr is not None:
        config["lr"] = args.lr
    # (refused with the numbers, before anything is allocated, beyond the memory limit)
    return spec.build(seed=args.seed, dtype=args.dtype, optimizer=optimizers.get(config),
                      batch_size=min(args.batch_size, ds.n_train))


def _split_validation(x, y, fraction: float, seed: int):
    """Shuffle once (toy sets may come sorted by class) and hold out the last ``fraction`` for validation."""
    import numpy as np

    n_val = int(len(x) * fraction)
    if n_val < 1 or n_val >= len(x):
        return x, y, None
    order = np.random.default_rng(seed).permutation(len(x))
    x, y = x[order], y[order]
    return x[:-n_val], y[:-n_val], (x[-n_val:], y[-n_val:])


def _architecture(model) -> str:
    sizes = [model.input_dim] + [layer.units for layer in model.dense_layers]
    return "-".join(str(s) for s in sizes)


def _hidden(args) -> str:
    """"64 relu, 32 relu", or that there is no hidden layer."""
    return ", ".join(f"{u} {args.activation}" for u in args.layers) or translate("cli", "no hidden layer")


def run_train(args) -> int:
    import numpy as np  # noqa: F401  (after nnstudio: BLAS kernels are chosen)
    from nnstudio.engine.callbacks import BatchRecord, EpochRecord
    from nnstudio.engine.divergence import WEIGHT_CHECK_EVERY, DivergenceDetector

    if args.save:
        if os.path.isdir(args.save):
            raise UsageError(translate("cli", "cannot save the model to {path}: it is a folder; give a file name "
                                              "such as {example}").format(
                path=args.save, example=os.path.join(args.save, "model.npz")))
        root, suffix = os.path.splitext(args.save)
        if suffix.lower() != ".npz":
            raise UsageError(translate("cli", "cannot save the model to {path}: a model file needs a name ending in "
                                              ".npz, such as {example}").format(path=args.save,
                                                                                example=root + ".npz"))
        folder = os.path.dirname(os.path.abspath(args.save))
        if not os.path.isdir(folder):
            raise UsageError(translate("cli", "cannot save the model to {path}: the folder {folder} does not "
                                              "exist").format(path=args.save, folder=folder))
        if not os.access(folder, os.W_OK):
            raise UsageError(translate("cli", "cannot save the model to {path}: the folder {folder} is not "
                                              "writable").format(path=args.save, folder=folder))
    ds = load_training_data(args)
    model = build_model(args, ds)
    loss_name = model.loss_name
    # (multi-class labels stay integers: the engine turns them into one-hot rows where the loss needs them)
    x_train, y_train, validation = _split_validation(ds.x_train, ds.y_train, args.val_split, args.seed)
    show = print if not args.json else (lambda *a, **k: None)
    show(translate("cli", "Training {architecture} ({hidden}; {activation} output, {loss}) with {optimizer} lr "
                          "{lr}, batches of {batch}, {dtype}, seed {seed}").format(
        architecture=_architecture(model), hidden=_hidden(args), activation=model.dense_layers[-1].activation,
        loss=loss_name, optimizer=model.optimizer.name, lr=f"{model.optimizer.lr:g}", batch=args.batch_size,
        dtype=args.dtype, seed=args.seed))
    show(translate("cli", "Data: {name}; {train} training, {validation} validation and {test} test samples").format(
        name=ds.name, train=len(x_train), validation=0 if validation is None else len(validation[0]),
        test=ds.n_test))

    bar = ProgressBar(sys.stderr, enabled=not args.quiet)
    t_start = time.perf_counter()
    seen = loss_sum = acc_sum = 0.0
    detector = DivergenceDetector()
    diverged = None
    bar.start()
    try:
        for record in model.fit_iter(x_train, y_train, batch_size=args.batch_size, epochs=args.epochs,
                                     validation_data=validation, shuffle=True):
            if isinstance(record, BatchRecord):
                if diverged is None:
                    diverged = detector.check_loss(record.loss, record.step)
                    if diverged is None and (record.step % WEIGHT_CHECK_EVERY == 0
                                             or record.batch + 1 == record.batches):
                        diverged = detector.check_weights(model, record.step, record.loss)
                    if diverged is not None:
                        model.stop_training = True   # the epoch's record still follows
                # the bar shows the epoch's running mean (as Keras does), so its last value is the epoch's
                if record.batch == 0:
                    seen = loss_sum = acc_sum = 0.0
                seen += record.batch_size
                loss_sum += record.loss * record.batch_size
                acc_sum += (record.accuracy or 0.0) * record.batch_size
                label = translate("cli", "Epoch {epoch}/{epochs}").format(epoch=record.epoch + 1, epochs=args.epochs)
                bar.update(record.batch + 1, record.batches, label,
                           _metrics(loss_sum / seen, None if record.accuracy is None else acc_sum / seen))
            elif isinstance(record, EpochRecord):
                bar.finish()
                _report_epoch(record, args)
                if diverged is not None:
                    lr = model.optimizer.lr
                    text = (translate("cli", "nnstudio train: {what} (epoch {epoch}): training diverged. Try a "
                                             "smaller learning rate than --lr {lr}, e.g. --lr {smaller} (nothing "
                                             "was saved).") if args.save else
                            translate("cli", "nnstudio train: {what} (epoch {epoch}): training diverged. Try a "
                                             "smaller learning rate than --lr {lr}, e.g. --lr {smaller}."))
                    print(text.format(what=translated(diverged.what()), epoch=record.epoch + 1, lr=f"{lr:g}",
                                      smaller=f"{lr / 10:g}"), file=sys.stderr)
                    return EXIT_DIVERGED
                bar.start()         # the next epoch's batches begin when the loop asks for them
    except KeyboardInterrupt:
        bar.finish()  # end the bar's line before the "interrupted" message
        raise
    seconds = time.perf_counter() - t_start

    test = _evaluate(model, ds.x_test, ds.y_test) if ds.n_test else None
    if args.save:
        model.save(args.save)
    if args.json:
        final = {"test_loss": None if test is None else test[0],
                 "test_accuracy": None if test is None else test[1],
                 "test_samples": ds.n_test, "seconds": round(seconds, 3), "saved": args.save}
        print(json.dumps(final), flush=True)
    else:
        if test is None:
            print(translate("cli", "No test data in this dataset."))
        elif test[1] is None:
            print(translate("cli", "Test loss {loss} (test samples: {n}); training took {seconds} s").format(
                loss=f"{test[0]:.4f}", n=ds.n_test, seconds=f"{seconds:.1f}"))
        else:
            print(translate("cli", "Test loss {loss}, test accuracy {accuracy} (test samples: {n}); training "
                                   "took {seconds} s").format(loss=f"{test[0]:.4f}", accuracy=f"{test[1]:.2%}",
                                                         n=ds.n_test, seconds=f"{seconds:.1f}"))
        if args.save:
            print(translate("cli", "Saved the model to {path}").format(path=args.save))
    return 0


def _evaluate(model, x, y) -> tuple[float, float | None]:
    result = model.evaluate(x, y)
    if isinstance(result, (list, tuple)):
        return float(result[0]), (float(result[1]) if len(result) > 1 else None)
    return float(result), None


def _num(value):
    """JSON-safe float (None stays None; NaN/inf, e.g. a diverged loss, become null)."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _metrics(loss, accuracy=None, val_loss=None, val_accuracy=None) -> str:
    """The engine's ``metrics_text`` ("loss: 0.1234 - accuracy: 0.9500 - ...") in the command's language."""
    parts = [translate("cli", "loss: {value}").format(value=f"{loss:.4f}")]
    for text, value in ((translate("cli", "accuracy: {value}"), accuracy),
                        (translate("cli", "val_loss: {value}"), val_loss),
                        (translate("cli", "val_accuracy: {value}"), val_accuracy)):
        if value is not None:
            parts.append(text.format(value=f"{value:.4f}"))
    return " - ".join(parts)


def _epoch_line(r, epochs: int) -> str:
    """The engine's Keras-style ``epoch_line`` ("Epoch 2/5 - 1.3s - 45,210 samples/s - loss: ...") in the
    command's language."""
    parts = [translate("cli", "Epoch {epoch}/{epochs}").format(epoch=r.epoch + 1, epochs=epochs),
             translate("cli", "{seconds}s").format(seconds=f"{r.seconds:.1f}")]
    if r.samples_per_second != float("inf"):
        parts.append(translate("cli", "{rate} samples/s").format(rate=f"{r.samples_per_second:,.0f}"))
    return " - ".join([*parts, _metrics(r.loss, r.accuracy, r.val_loss, r.val_accuracy)])


def _report_epoch(r, args) -> None:
    if args.json:
        print(json.dumps({"epoch": r.epoch + 1, "loss": _num(r.loss), "accuracy": _num(r.accuracy),
                          "val_loss": _num(r.val_loss), "val_accuracy": _num(r.val_accuracy),
                          "seconds": round(r.seconds, 4), "samples_per_second": round(r.samples_per_second, 1)}),
              flush=True)
        return
    print(_epoch_line(r, args.epochs), flush=True)


# -- race ------------------------------------------------------------------------------------------------
def run_race(args) -> int:
    from nnstudio.engine import race as races

    contestants = races.lecture_five()
    if args.contestant:
        if len(set(args.contestant)) < len(args.contestant):
            raise UsageError(translate("cli", "a contestant is given twice; give each contestant once"))
        contestants = {spec: races.parse_contestant(spec) for spec in args.contestant}
    if args.surface is not None:
        return _race_surface(args, contestants)
    surface_only = [option for option, value in (("--start", args.start), ("--kappa", args.kappa),
                                                  ("--gradient-noise", args.gradient_noise)) if value is not None]
    if surface_only:        # (they were ignored: the race on a network ran as if they had not been given)
        raise UsageError(translate("cli", "{options}: only for a race on a loss surface; give --surface NAME too, "
                                          "or leave them out").format(options=" ".join(surface_only)))
    ds = load_training_data(args)
    model = build_model(args, ds)
    x, y = ds.x_train, ds.y_train
    steps = args.steps or 2000
    batch_size = None if args.batch_size >= len(x) else args.batch_size
    batches = (translate("cli", "full batch") if batch_size is None
               else translate("cli", "batches of {n}").format(n=batch_size))
    header = [translate("cli", QT_TRANSLATE_NOOP(
        "cli", "Race on {architecture} ({hidden}; {activation} output, {loss}), {data}: %n training sample(s), "
               "{batches}, {steps}, seed {seed}", None, 1), len(x)).format(
        architecture=_architecture(model), hidden=_hidden(args), activation=model.dense_layers[-1].activation,
        loss=model.loss_name, data=ds.name, batches=batches,
        steps=translate("cli", QT_TRANSLATE_NOOP("cli", "%n step(s)", None, 1), steps), seed=args.seed)]
    tuned = {}
    if args.tune:
        from nnstudio.engine.sweep import DEFAULT_RATES, tune_learning_rates

        tune_steps = args.tune_steps or steps       # over the race's length: the rate best over the race
        tunings = tune_learning_rates(model, contestants, x, y, steps=tune_steps, batch_size=batch_size,
                                      seeds=(args.seed,))
        tuned = {name: t.best_rate for name, t in tunings.items()}
        contestants = {name: {**config, "lr": tuned[name]} for name, config in contestants.items()}
        header.append(translate("cli", QT_TRANSLATE_NOOP(
            "cli", "Each tuned: {rates} learning rates for every contestant, %n step(s) each (the same budget), "
                   "then the race at each one's best rate: the lowest loss at the end of its tuning run",
            None, 1), tune_steps).format(rates=len(DEFAULT_RATES)))
    target = args.target_loss
    diverged = ("", lambda r: translate("cli", "diverged at step {step}").format(step=r["diverged_at"])
                if r["diverged_at"] else "")
    if args.seeds:
        from nnstudio.engine.sweep import seed_sweep

        seeds = range(args.seed, args.seed + args.seeds)
        sweep = seed_sweep(model, contestants, x, y, seeds, steps, batch_size)
        header.append(translate("cli", "{n} x {contestants} runs (seeds {first}..{last} x contestants) in {seconds} s")
                      .format(n=len(seeds), first=seeds[0], last=seeds[-1], contestants=len(contestants),
                              seconds=f"{sweep.seconds:.2f}"))
        rows = [_row(s, optimizer=sweep[s.name].config, tuned=bool(tuned), seeds=len(seeds))
                for s in sweep.summaries(target)]
        columns = [(translate("cli", "median loss"), lambda r: _fmt(r["median_final_loss"], ".4f")),
                   (translate("cli", "diverged"), lambda r: str(r["diverged"]))]
        if target:
            columns += [(translate("cli", "reached {loss}").format(loss=f"{target:g}"), lambda r: _share(r["loss"])),
                        (translate("cli", "steps"), lambda r: _spread(r["loss"]))]
        columns += [(translate("cli", "100% accuracy"), lambda r: _share(r["accuracy"])),
                    (translate("cli", "steps"), lambda r: _spread(r["accuracy"]))]
    else:
        race = races.Race(model, contestants, seed=args.seed)
        for _ in race.run(x, y, batch_size=args.batch_size, steps=steps):
            pass
        header.append(translate("cli", "Same start for every contestant (weights {weights}), same batches "
                                       "(batches {batches})").format(weights=race.weights_fingerprint,
                                                                     batches=race.batches_fingerprint))
        train = race.evaluate(x, y)
        test = race.evaluate(ds.x_test, ds.y_test) if ds.n_test else {}
        rows = [{"contestant": st.name, "optimizer": st.config, "tuned": bool(tuned),
                 "loss": _num(train[st.name][0]), "accuracy": _num(train[st.name][1]),
                 "test_loss": _num(test.get(st.name, (None, None))[0]),
                 "test_accuracy": _num(test.get(st.name, (None, None))[1]), "target_loss": target,
                 "steps_to_target": st.steps_to_target, "seconds_to_target": _num(st.seconds_to_target),
                 "seconds": round(st.seconds, 4), "steps": st.steps, "diverged_at": st.diverged_at,
                 "weights_fingerprint": race.weights_fingerprint, "batches_fingerprint": race.batches_fingerprint}
                for st in race.standings(target)]
        columns = [(translate("cli", "loss"), lambda r: _fmt(r["loss"], ".4f")),
                   (translate("cli", "accuracy"), lambda r: _fmt(r["accuracy"], ".2%")),
                   (translate("cli", "test loss"), lambda r: _fmt(r["test_loss"], ".4f")),
                   (translate("cli", "test accuracy"), lambda r: _fmt(r["test_accuracy"], ".2%"))]
        if target:
            columns += [(translate("cli", "steps to {loss}").format(loss=f"{target:g}"),
                         lambda r: _fmt(r["steps_to_target"], "d")),
                        (translate("cli", "seconds to {loss}").format(loss=f"{target:g}"),
                         lambda r: _fmt(r["seconds_to_target"], ".3f"))]
        columns += [(translate("cli", "seconds"), lambda r: f"{r['seconds']:.3f}"), diverged]
    if tuned:
        columns.append(("", lambda r: translate("cli", "tuned lr {lr}").format(lr=f"{r['optimizer']['lr']:.3g}")))
    _print_results(args, header, rows, columns)
    return 0


def _race_surface(args, contestants) -> int:
    from nnstudio.engine import surfaces

    if args.seeds or args.tune:
        raise UsageError(translate("cli", "--seeds and --tune race networks: leave them out with --surface"))
    if args.surface.lower() == "network":
        raise UsageError(translate("cli", "the network slice needs a network: race on a --dataset instead"))
    choices = [name for name in surfaces.SURFACES if name != "network"]
    if args.surface.lower() not in choices:     # (the engine's own list offers the network slice too)
        raise UsageError(translate("cli", "unknown surface {name}; choose one of {choices}").format(
            name=repr(args.surface), choices=", ".join(choices)))
    unused = _given(getattr(args, "argv", ()), NETWORK_RACE_ONLY)
    if unused:      # (they were ignored: 'race --surface bowl --dataset mnist' descended the bowl without a word)
        raise UsageError(translate("cli", "{options}: not used by a race on a loss surface, which descends a function "
                                          "of two parameters; leave them out, or race a network without --surface")
                         .format(options=" ".join(unused)))
    if args.kappa is not None and args.surface.lower() != "bowl":
        raise UsageError(translate("cli", "--kappa: only for the bowl surface (its condition number); leave it out "
                                          "with {surface}").format(surface=args.surface))
    kappa = 10.0 if args.kappa is None else args.kappa
    noise = args.gradient_noise or 0.0
    surface = surfaces.get(args.surface, **({"kappa": kappa} if args.surface.lower() == "bowl" else {}))
    start = surface.start if args.start is None else args.start
    steps = args.steps or 200
    if noise:
        text = translate("cli", QT_TRANSLATE_NOOP("cli", "{surface}: f(x, y) = {formula}, from ({x}, {y}), %n step(s), "
                                                "gradient noise {noise} (seed {seed})", None, 1), steps)
    else:
        text = translate("cli", QT_TRANSLATE_NOOP("cli", "{surface}: f(x, y) = {formula}, from ({x}, {y}), %n step(s)",
                                                None, 1), steps)
    header = [text.format(surface=translate("Surfaces", surface.title), formula=surface.formula,
                          x=f"{start[0]:g}", y=f"{start[1]:g}", noise=f"{noise:g}",
                          seed=args.seed)]
    rows = [_row(f, start=list(start), value=_num(f.value), distance=_num(f.distance))
            for f in surfaces.surface_race(surface, contestants, start, steps, noise, args.seed)]
    columns = [("x", lambda r: _fmt(r["end"][0], ".4f")), ("y", lambda r: _fmt(r["end"][1], ".4f")),
               ("f(x, y)", lambda r: _fmt(r["value"], ".4g")),
               (translate("cli", "nearest minimum"), lambda r: "-" if r["nearest_minimum"] is None
                else "({:.3g}, {:.3g})".format(*r["nearest_minimum"])),
               (translate("cli", "distance"), lambda r: _fmt(r["distance"], ".4f")),
               ("", lambda r: translate("cli", "diverged at step {step}").format(step=r["diverged_at"])
                if r["diverged_at"] else "")]
    _print_results(args, header, rows, columns)
    return 0


def _print_results(args, header: list[str], rows: list[dict], columns) -> None:
    """One JSON object per row with --json; else the header lines and a table (names and notes to the left,
    numbers to the right; Hangul counts two columns)."""
    if args.json:
        for row in rows:
            print(json.dumps(row), flush=True)
        return
    for line in header:
        print(line)
    cells = [[translate("cli", "contestant")] + [title for title, _ in columns]]
    # (the lecture's contestants by their translated names; a user's "adam:lr=0.01" stays as typed)
    cells += [[translate("Race", row["contestant"])] + [cell(row) for _, cell in columns] for row in rows]
    widths = [max(width(line[c]) for line in cells) for c in range(len(cells[0]))]
    for line in cells:
        left = [c == 0 or not columns[c - 1][0] for c in range(len(line))]
        padded = [text + " " * (w - width(text)) if on_left else " " * (w - width(text)) + text
                  for text, w, on_left in zip(line, widths, left)]
        print("  ".join(padded).rstrip())


def _row(record, **extra) -> dict:
    """An engine result record (a dataclass with a ``name``) as one JSON-able row of the results."""
    fields = asdict(record)
    return {"contestant": fields.pop("name"), **fields, **extra}


def _fmt(value, spec: str) -> str:
    """A table cell: '-' for None; a fixed-point number of a million or more in short scientific notation
    (a surface raced from 1e200 filled the table with 200-digit numbers)."""
    if value is None:
        return "-"
    if spec.endswith("f") and isinstance(value, float) and not abs(value) < 1e6:
        return format(value, ".4g")
    return format(value, spec)


def _share(steps) -> str:
    return "-" if steps is None else f"{steps['reached']}/{steps['seeds']}"


def _spread(steps) -> str:
    """Median steps to a target and their interquartile range."""
    if steps is None or steps["median"] is None:
        return "-"
    return f"{steps['median']:g} ({steps['q25']:g}-{steps['q75']:g})"


class ProgressBar:
    """A text progress bar on a stream. On a terminal it redraws in place (at most 10 times a second);
    elsewhere (a log file, a pipe) it writes one finished line per epoch, so logs stay readable."""

    WIDTH = 30

    def __init__(self, stream, enabled: bool = True):
        self.stream = stream
        self.enabled = enabled
        self.tty = enabled and hasattr(stream, "isatty") and stream.isatty()
        self._last_draw = 0.0
        self._line = ""
        self._started = None        # when the current bar's work began (None: at its first update)

    def start(self) -> None:
        """The next bar's work begins now: its clock counts the work before the first update too (an epoch's
        first batch, which may compile the fused kernels)."""
        self._started = time.perf_counter()

    def update(self, done: int, total: int | None, label: str, extra: str = "", count: str | None = None) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if self._started is None:
            self._started = now
        if total:
            filled = int(self.WIDTH * min(done, total) / total)
            bar = "=" * filled + (">" if filled < self.WIDTH else "") + "." * (self.WIDTH - filled - 1)
        else:
            bar = ""
        if count is None:
            count = f"{done}/{total}" if total else f"{done}"
        self._line = f"{label} [{bar}] {count} {extra}".strip() + " " + translate("cli", "{seconds}s").format(
            seconds=f"{now - self._started:.1f}")
        if self.tty and (now - self._last_draw >= 0.1 or (total and done >= total)):
            self._last_draw = now
            self.stream.write("\r" + self._line + "\x1b[K")
            self.stream.flush()

    def finish(self) -> None:
        """End the current bar (a newline on a terminal, the last state as one line elsewhere)."""
        if not self.enabled or not self._line:
            return
        self.stream.write(("\r" + self._line + "\x1b[K\n") if self.tty else self._line + "\n")
        self.stream.flush()
        self._line = ""
        self._started = None

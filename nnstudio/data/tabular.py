"""Import a CSV file of numeric features and one label column as a Dataset (the user's own data).

Accepted: ``,``, ``;``, tab or whitespace separated columns (detected from the first row); an optional
header row (detected: a row whose feature fields are not all numbers); blank lines (also rows of separators
only, ``,,,``), ``#`` comments and the empty fields a separator at the end of each row leaves are skipped; with ``;``, tab or whitespace separators a decimal comma (``1,5``) is read as 1.5. The text is UTF-8,
UTF-16 with a byte order mark (Excel's "Unicode text"), or what Windows spreadsheets save as ANSI: the Korean code
page (CP949), else the Western one (CP1252). The problem type is inferred from the labels unless given:

- two distinct labels (0/1, -1/1, "no"/"yes", ...) → binary, y float32 (n, 1) of 0/1 (sorted order);
- 3 .. max_classes distinct integer or text labels → multiclass, int64 codes 0..k-1 (sorted order);
- other numeric labels (fractions, or many distinct integers) → regression, y float32 (n, 1).

``class_names`` keeps the original label text. Numbers are plain ASCII decimals (``1_000`` or Arabic-Indic
digits are not numbers here, though Python's ``float`` takes them); a label "nan", "n/a" or "null" is a missing
value, not a class. Every mistake raises :class:`CsvError` (a ValueError) naming the line and column, e.g.
``data.csv, line 7, column 2 ('x2'): 'abc' is not a number``.

The file is read as a stream, line by line: rows beyond ``max_rows``, files beyond ``max_bytes`` and tables that
would not fit the memory limit are refused as soon as that is known, and ``progress(done_bytes, total_bytes)``
is called as the file is read (returning False cancels with :class:`CsvCancelled`), so the GUI can load in a
worker thread and show a progress bar.
"""
from __future__ import annotations

import csv
import itertools
import math
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

import numpy as np

from nnstudio.data.dataset import Dataset, extent_of, split_indices
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, Translatable, TranslatableError, why

MAX_ROWS = 100_000
MAX_CLASSES = 20
MAX_BYTES = 512 * 1024 ** 2  # a larger file is refused before reading: NN Studio keeps data in memory
MAX_FIELD_CHARS = 131_072     # (the csv module's limit) no number or class name is longer
PROGRESS_BYTES = 1 << 20      # progress is reported about every MiB
FLOAT32_MAX = float(np.finfo(np.float32).max)
MISSING_LABELS = frozenset(("nan", "+nan", "-nan", "n/a", "#n/a", "null"))
INFINITE = frozenset(("inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"))
MIN_ROWS_FOR_SPLIT = 10  # fewer rows: train = test = all rows (like the lecture's 4 XOR points)


class CsvError(TranslatableError):
    """A CSV file NN Studio cannot use; the message names the file, line and column and what to fix.

    ``template`` (marked under "Errors") and its ``arguments`` say what is wrong; the file's name and the line
    go in front of that ("data.csv, line 7: ...") through a template of their own.
    """

    def __init__(self, template: str, path=None, line: int | None = None, column: int | None = None,
                 **arguments):
        self.path, self.line, self.column = path, line, column
        message = Text("Errors", template, **arguments)
        if path is not None and line is not None:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "{file}, line {line}: {message}"), file=Path(path).name,
                             line=line, message=message)
        elif path is not None:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "{file}: {message}"), file=Path(path).name,
                             message=message)
        elif line is not None:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "line {line}: {message}"), line=line, message=message)
        else:
            super().__init__(template, **arguments)


class CsvNotFoundError(Translatable, FileNotFoundError):
    """The CSV file is not there (e.g. a project's CSV that was moved)."""


class CsvCancelled(Exception):
    """The progress callback returned False: loading was cancelled (not an error of the file)."""


# header names that mark the label (and as Korean tables name it)
LABEL_NAMES = ("label", "class", "target", "category", "output", "레이블", "라벨", "클래스", "정답", "분류")

# messages raised from more than one place ({where}: a column, or the label column)
TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "{where}: {value} is too large (the limit is ±3.4e38)")
NOT_FINITE = QT_TRANSLATE_NOOP("Errors", "{where}: {value} is not a finite number")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "{where}: {value} is not a number")
ONE_VALUE = QT_TRANSLATE_NOOP("Errors", "{where} holds only one value ({value}): a classifier needs at least two "
                                        "classes")
TOO_MANY_CLASSES = QT_TRANSLATE_NOOP("Errors", "{where} holds {n} different labels; at most {limit} classes are "
                                               "supported")


def load_csv(path: str | os.PathLike, label_column: int | str | None = None, problem: str | None = None, *,
             header: bool | None = None, test_fraction: float = 0.3, seed: int = 0,
             max_rows: int = MAX_ROWS, max_classes: int = MAX_CLASSES, max_bytes: int = MAX_BYTES,
             progress=None) -> Dataset:
    """Read ``path`` into a Dataset: every column but ``label_column`` is a numeric feature.

    ``label_column``: index (negative counts from the end) or header name; None (default) takes the
    column whose header is "label", "class", "target", "category" or "output" (any case; in Korean "레이블",
    "라벨", "클래스", "정답" or "분류"), else the last.
    ``problem``: None (infer), "binary", "multiclass" or "regression". ``header``: None detects it.
    A stratified ``test_fraction`` of the rows (seeded) becomes the test set (0: no test set); files with
    fewer than 10 rows train and test on all rows (like the lecture's four XOR points).
    x is float32 (n, d); extent is set for 2-feature files. ``progress(done_bytes, total_bytes)`` is called
    while reading (from the calling thread); returning False raises CsvCancelled.
    """
    path = Path(path)
    if problem not in (None, "binary", "multiclass", "regression"):
        if problem == "multilabel":
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "load_csv reads one label column; multilabel data "
                                                                "needs several, which is not supported: choose "
                                                                "binary, multiclass or regression"))
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "problem must be None (infer), 'binary', 'multiclass' "
                                                            "or 'regression', not {problem}"), problem=repr(problem))
    if not 0 <= test_fraction < 1:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "test_fraction must be in [0, 1), got {test_fraction}"),
                                test_fraction=repr(test_fraction))
    size = _check_file(path, max_bytes)
    with open(path, "rb") as f:
        start = f.read(2)
    # Excel's "Unicode text" is UTF-16 with a byte order mark; else UTF-8, then what spreadsheets on Windows
    # save as ANSI: Korean Windows' code page (class names in Hangul), or, failing that, the Western one
    encodings = ["utf-16"] if start in (b"\xff\xfe", b"\xfe\xff") else ["utf-8-sig", "cp949", "cp1252"]
    for encoding in encodings[:-1]:
        try:
            return _load(path, size, label_column, problem, header, test_fraction, seed, max_rows, max_classes,
                         progress, encoding)
        except UnicodeDecodeError:
            continue
    return _load(path, size, label_column, problem, header, test_fraction, seed, max_rows, max_classes,
                 progress, encodings[-1])


def _check_file(path: Path, max_bytes: int) -> int:
    """The file's size in bytes, after refusing what is not a readable regular file of at most max_bytes."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise CsvNotFoundError(QT_TRANSLATE_NOOP("Errors", "CSV file {path} does not exist"), path=path) from None
    if stat.S_ISDIR(st.st_mode):
        raise CsvError(QT_TRANSLATE_NOOP("Errors", "{folder} is a folder, not a CSV file"), folder=path)
    if not stat.S_ISREG(st.st_mode):
        raise CsvError(QT_TRANSLATE_NOOP("Errors", "this is not a regular file (a pipe or a device?); save the "
                                                   "table as a CSV file"), path)
    if st.st_size > max_bytes:
        raise CsvError(QT_TRANSLATE_NOOP("Errors", "the file has {size} bytes, more than the limit of {limit}; "
                                                   "NN Studio keeps data in memory: use a smaller sample"), path,
                       size=f"{st.st_size:,}", limit=f"{max_bytes:,}")
    return st.st_size


def _load(path, size, label_column, problem, header, test_fraction, seed, max_rows, max_classes, progress,
          encoding) -> Dataset:
    with open(path, encoding=encoding, errors="replace" if encoding == "cp1252" else "strict",
              newline=None) as f:
        rows, delimiter = _rows(f, path, size, progress)  # lazily: (line number, fields), the separator
        first_row = next(rows, None)
        if first_row is None:
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "the file is empty: expected rows of numbers, e.g. "
                                                       "'0.5,1.2,1' (features, then the label)"), path)
        first_line, first = first_row
        n_cols = len(first)
        if n_cols < 2:
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "found one column ({field}); expected at least one feature "
                                                       "column and a label column separated by ',' or ';'"),
                           path, first_line, field=repr(first[0][:40]))
        if label_column is None:
            lowered = [f.strip().lower() for f in first] if header is not False else []
            label_column = next((lowered.index(n) for n in LABEL_NAMES if n in lowered), -1)
        label_idx = _label_index(label_column, first, n_cols, path, first_line, header)
        feature_idx = [c for c in range(n_cols) if c != label_idx]

        decimal_comma = delimiter != ","
        if header is None and isinstance(label_column, str):
            header = True  # the label is named by the header
        if header is None:
            header = any(_number(first[c], decimal_comma) is None for c in feature_idx)
        names = [f.strip() for f in first] if header else [None] * n_cols
        if not header:
            rows = itertools.chain([first_row], rows)
        x, labels, lines = _read_rows(rows, feature_idx, label_idx, names, n_cols, first_line, decimal_comma,
                                      max_rows, path)
    if not labels:
        raise CsvError(QT_TRANSLATE_NOOP("Errors", "the file has a header but no data rows"), path, first_line)

    y, problem, n_classes, class_names, codes = _targets(labels, lines, problem, decimal_comma,
                                                          max_classes, path, label_idx, names[label_idx])
    x = x.astype(np.float32)   # (every value was checked to fit while reading)
    n = len(labels)
    if n < MIN_ROWS_FOR_SPLIT:
        train_idx = test_idx = np.arange(n)
    elif test_fraction == 0:
        train_idx, test_idx = np.arange(n), np.arange(0)
    else:
        train_idx, test_idx = split_indices(n, codes, test_fraction, np.random.default_rng(seed))
    return Dataset(name=path.stem, x_train=x[train_idx], y_train=y[train_idx], x_test=x[test_idx],
                   y_test=y[test_idx], problem=problem, n_classes=n_classes, class_names=class_names,
                   extent=extent_of(x) if x.shape[1] == 2 else None)


def scale_pixels(dataset: Dataset) -> Dataset | None:
    """A copy of ``dataset`` with its features divided by 255 when they look like 28×28 images stored as bytes
    (784 features, whole numbers 0–255, some above 1: a Kaggle-style MNIST CSV), as the drawing pad and MNIST
    feed pixels from 0 to 1; None when they do not."""
    if dataset.input_dim != 784:
        return None
    parts = [x for x in (dataset.x_train, dataset.x_test) if len(x)]
    if not parts:
        return None
    low, high = min(float(x.min()) for x in parts), max(float(x.max()) for x in parts)
    if not 1 < high <= 255 or low < 0 or any(not np.array_equal(x, np.round(x)) for x in parts):
        return None
    return replace(dataset, x_train=dataset.x_train / np.float32(255), x_test=dataset.x_test / np.float32(255))


def load_training_csv(path: str | os.PathLike, **options) -> tuple[Dataset, Text | None]:
    """``path`` as NN Studio trains on it, in the studio, with ``nnstudio train`` and in an exported script alike:
    :func:`load_csv` (``options`` are its), then pixels stored from 0 to 255 divided by 255 (see
    :func:`scale_pixels`). Returns the data and a Text telling the learner their pixels were scaled (None when
    they were not)."""
    dataset = load_csv(path, **options)
    scaled = scale_pixels(dataset)
    if scaled is None:
        return dataset, None
    return scaled, Text("Datasets", QT_TRANSLATE_NOOP("Datasets", "{name} holds 28×28 pixels from 0 to 255: they were "
                                                                  "divided by 255, so they run from 0 to 1 as in MNIST "
                                                                  "and the drawing pad."), name=Path(path).name)


# -- reading ----------------------------------------------------------------------------------------------
def _rows(f, path: Path, size: int, progress):
    """(rows, separator): rows is an iterator of (line number, fields) over the non-blank, non-comment lines
    of the open text file ``f``; the separator is detected from the first such line."""
    state = {"line": 0, "reported": 0}

    def lines():
        for number, line in enumerate(f, 1):
            state["line"] = number
            if "\x00" in line:
                raise CsvError(QT_TRANSLATE_NOOP("Errors", "this is not a text file (it contains NUL bytes); save "
                                                           "the table as CSV text"), path, number)
            if progress is not None and number % 512 == 0:
                done = f.buffer.tell()
                if done - state["reported"] >= PROGRESS_BYTES:
                    state["reported"] = done
                    if progress(done, size) is False:
                        raise CsvCancelled(f"loading {path.name} was cancelled")
            if line.strip() and not line.lstrip().startswith("#"):
                yield line

    source = lines()
    first = next(source, None)
    if first is None:
        return iter(()), ","
    if ";" in first:
        delimiter = ";"
    elif "\t" in first:
        delimiter = "\t"
    elif "," in first:
        delimiter = ","
    else:
        delimiter = " "
    source = itertools.chain([first], source)

    def split():
        if delimiter == " ":
            for line in source:
                fields = line.split()
                if len(line) > MAX_FIELD_CHARS and max(map(len, fields)) > MAX_FIELD_CHARS:
                    raise _field_too_long(path, state["line"])
                yield state["line"], fields
        else:
            reader = csv.reader(source, delimiter=delimiter, skipinitialspace=True)
            width = None        # the first row's fields, without the empty ones a trailing separator leaves
            while True:
                try:
                    fields = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    if "field larger than field limit" in str(exc):
                        raise _field_too_long(path, state["line"]) from None
                    raise CsvError(QT_TRANSLATE_NOOP("Errors", "cannot be read as CSV ({reason})"), path,
                                   state["line"], reason=why(exc)) from None
                # what spreadsheets leave behind: rows of separators only (",,,": a blank row), and a separator
                # at the end of every row ("x1,x2,label,")
                if not any(field.strip() for field in fields):
                    continue
                if width is None:
                    width = len(fields)
                    while width > 1 and not fields[width - 1].strip():
                        width -= 1
                if len(fields) > width and not any(field.strip() for field in fields[width:]):
                    fields = fields[:width]
                yield state["line"], fields
        if progress is not None and progress(size, size) is False:
            raise CsvCancelled(f"loading {path.name} was cancelled")

    return split(), delimiter


def _field_too_long(path, line) -> CsvError:
    return CsvError(QT_TRANSLATE_NOOP("Errors", "a field is longer than {n} characters; a table of numbers has no "
                                                "such fields (is this really a CSV file?)"), path, line,
                    n=f"{MAX_FIELD_CHARS:,}")


def _read_rows(rows, feature_idx, label_idx, names, n_cols, first_line, decimal_comma, max_rows, path):
    """Parse the data rows into x (float64 (n, d)), the label texts and the line number of every row (for error
    messages), growing x as rows come and refusing what would not fit."""
    from nnstudio.engine.memory import format_bytes, memory_limit

    d = len(feature_idx)
    # room for 1024 rows to start with, but never more than 8 MB (a file of few, very wide rows)
    x = np.empty((max(1, min(1024, max_rows, (8 * 1024 ** 2) // (8 * max(d, 1)))), d), dtype=np.float64)
    labels, lines = [], []
    limit = memory_limit()
    label_where = Text("Errors", QT_TRANSLATE_NOOP("Errors", "{column} (the label)"),
                       column=_column(label_idx, names[label_idx]))   # (named by the errors about a label)
    for r, (line, fields) in enumerate(rows):
        if r >= max_rows:
            # (max_rows is load_csv's argument, for code: the app's and the command line's users cannot pass it)
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "the file has more than {n} data rows (row {row} is here); "
                                                       "NN Studio keeps data in memory: use a sample of at most {n} "
                                                       "rows"), path, line, n=f"{max_rows:,}", row=f"{max_rows + 1:,}")
        if r == len(x):
            grown = max(1, min(2 * len(x), max_rows))
            if grown * d * (8 + 4) > limit:   # float64 while reading, float32 after
                raise CsvError(QT_TRANSLATE_NOOP("Errors", "{rows} rows of {numbers} numbers would need {needed} "
                                                           "of memory, more than the limit of {limit}"), path, line,
                               rows=f"{grown:,}", numbers=f"{d:,}", needed=format_bytes(grown * d * 12),
                               limit=format_bytes(limit))
            x = np.resize(x, (grown, d))
        if len(fields) != n_cols:
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "has %n column(s), expected {expected} (as line {first})",
                                             None, 1),
                           path, line, n=len(fields), expected=n_cols, first=first_line)
        features = [fields[c] for c in feature_idx]
        # fast path: NumPy parses the whole row — only plain ASCII without "_" (float() would also take
        # "1_000" and Arabic-Indic digits); a row it rejects is re-read field by field
        joined = ",".join(features)
        ok = False
        if joined.isascii() and "_" not in joined:
            try:
                x[r] = features
                ok = bool(np.isfinite(x[r]).all())
            except ValueError:
                ok = False
        if not ok:
            for j, c in enumerate(feature_idx):
                x[r, j] = _feature(fields[c], decimal_comma, path, line, c, names[c])
        if d and np.abs(x[r]).max() > FLOAT32_MAX:
            j = int(np.argmax(np.abs(x[r])))
            c = feature_idx[j]
            raise CsvError(TOO_LARGE, path, line, c + 1, where=_column(c, names[c]), value=repr(fields[c].strip()))
        label = fields[label_idx].strip()
        if not label:
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "{where} is empty"), path, line, label_idx + 1,
                           where=label_where)
        if label.lower() in MISSING_LABELS:
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "{where} is {value}, a missing value; remove the row or fill "
                                                       "in its label"), path, line, label_idx + 1,
                           where=label_where, value=repr(label))
        if label.lower() in INFINITE:
            raise CsvError(NOT_FINITE, path, line, label_idx + 1, where=label_where, value=repr(label))
        labels.append(label)
        lines.append(line)
    return x[:len(labels)], labels, lines


def _label_index(label_column, first, n_cols, path, line, header) -> int:
    if isinstance(label_column, str):
        names = [f.strip() for f in first]
        if header is False or label_column not in names:
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "no column named {name}; the first row has: {names}"),
                           path, line, name=repr(label_column), names=", ".join(names))
        return names.index(label_column)
    if not -n_cols <= label_column < n_cols:
        raise CsvError(QT_TRANSLATE_NOOP("Errors", "label_column={index} but the file has %n column(s) (use "
                                                   "0..{last}, or -1 for the last)", None, 1), path, line,
                       index=label_column, n=n_cols, last=n_cols - 1)
    return label_column % n_cols


_NUMBER = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")  # ASCII digits only


def _number(field: str, decimal_comma: bool) -> float | None:
    """The field as a float, or None when it is not a plain decimal number."""
    s = field.strip()
    if decimal_comma and "," in s and "." not in s:
        s = s.replace(",", ".", 1)
    if not _NUMBER.match(s):
        if s.lower() in ("nan", "inf", "+inf", "-inf", "infinity", "-infinity"):
            return math.nan
        return None
    return float(s)


def _column(c: int, name: str | None) -> Text:
    """Column ``c`` (counted from 0) as the messages name it: "column 2 ('x2')", or "column 2" without a header."""
    if name:
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "column {n} ({name})"), n=c + 1, name=repr(name))
    return Text("Errors", QT_TRANSLATE_NOOP("Errors", "column {n}"), n=c + 1)


def _feature(field, decimal_comma, path, line, c, name) -> float:
    value = _number(field, decimal_comma)
    if value is not None and math.isfinite(value):
        return value
    where = _column(c, name)
    if value is None:
        if not field.strip():
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "{where} is empty; every feature needs a number"), path,
                           line, c + 1, where=where)
        raise CsvError(NOT_A_NUMBER, path, line, c + 1, where=where, value=repr(field.strip()))
    raise CsvError(NOT_FINITE, path, line, c + 1, where=where, value=repr(field.strip()))


# -- labels -> targets --------------------------------------------------------------------------------------
def _targets(labels, lines, problem, decimal_comma, max_classes, path, label_idx, label_name):
    values = [_number(s, decimal_comma) for s in labels]
    numeric = all(v is not None and math.isfinite(v) for v in values)
    if numeric:
        distinct = sorted(set(values))
        integral = all(float(v).is_integer() for v in distinct)
        key = dict(zip(labels, values))
        names = [_format(v) for v in distinct]
    else:
        distinct = sorted(set(labels))
        integral = True
        names = list(distinct)
    where = Text("Errors", QT_TRANSLATE_NOOP("Errors", "the label column ({column})"),
                 column=_column(label_idx, label_name))

    if problem is None:
        if numeric and (not integral or len(distinct) > max_classes):
            problem = "regression"
        elif len(distinct) < 2:
            raise CsvError(ONE_VALUE, path, where=where, value=repr(names[0]))
        elif len(distinct) > max_classes:
            raise CsvError(TOO_MANY_CLASSES, path, where=where, n=len(distinct), limit=max_classes)
        else:
            problem = "binary" if len(distinct) == 2 else "multiclass"

    if problem == "regression":
        if not numeric:
            bad = next(i for i, v in enumerate(values) if v is None or not math.isfinite(v))
            raise CsvError(QT_TRANSLATE_NOOP("Errors", "{where}: {value} is not a number, and regression needs "
                                                       "numeric labels"), path, lines[bad], label_idx + 1,
                           where=where, value=repr(labels[bad]))
        with np.errstate(over="ignore"):
            y = np.asarray(values, dtype=np.float32).reshape(-1, 1)
        if not np.all(np.isfinite(y)):
            bad = int(np.argwhere(~np.isfinite(y[:, 0]))[0, 0])
            raise CsvError(TOO_LARGE, path, lines[bad], label_idx + 1, where=where, value=repr(labels[bad]))
        return y, "regression", 1, (), None

    if len(distinct) < 2:
        raise CsvError(ONE_VALUE, path, where=where, value=repr(names[0]))
    if problem == "binary" and len(distinct) != 2:
        raise CsvError(QT_TRANSLATE_NOOP("Errors", "{where} holds {n} different labels ({labels}); a binary problem "
                                                   "needs exactly two"), path, where=where, n=len(distinct),
                       labels=", ".join(names[:6]) + (", ..." if len(names) > 6 else ""))
    if len(distinct) > max_classes:
        raise CsvError(TOO_MANY_CLASSES, path, where=where, n=len(distinct), limit=max_classes)
    index = {v: i for i, v in enumerate(distinct)}
    codes = np.fromiter((index[key[s]] if numeric else index[s] for s in labels), dtype=np.int64,
                        count=len(labels))
    if problem == "binary":
        return codes.astype(np.float32).reshape(-1, 1), "binary", 1, tuple(names), codes
    return codes, "multiclass", len(distinct), tuple(names), codes


def _format(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))

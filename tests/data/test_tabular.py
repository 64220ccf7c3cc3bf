"""CSV import: good files of every accepted shape, and bad files whose errors name line and column."""
import numpy as np
import pytest

from nnstudio.data import CsvError, Dataset, load_csv
from nnstudio.data.tabular import CsvCancelled, _number, load_training_csv, scale_pixels
from nnstudio.i18n import Text, TranslatableError


def _csv(tmp_path, text, name="data.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_lecture_xor_with_header(tmp_path):
    d = load_csv(_csv(tmp_path, "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", "xor.csv"))
    assert isinstance(d, Dataset) and d.name == "xor"
    assert d.problem == "binary" and d.n_classes == 1 and d.class_names == ("0", "1")
    # too few rows to hold any out: train = test = the four rows, in file order
    np.testing.assert_array_equal(d.x_train, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(d.y_train, [[0], [1], [1], [0]])
    np.testing.assert_array_equal(d.x_test, d.x_train)
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.float32
    x0, x1, y0, y1 = d.extent
    assert x0 < 0 < 1 < x1 and y0 < 0 < 1 < y1


def test_no_header_semicolons_decimal_commas_text_labels_comments(tmp_path):
    text = "# measured in the lab\n1,5;2;cat\n\n2;3,25;dog\n  4 ; -1e-1 ; cat \n"
    d = load_csv(_csv(tmp_path, text))
    assert d.problem == "binary" and d.class_names == ("cat", "dog")
    np.testing.assert_allclose(d.x_train, [[1.5, 2.0], [2.0, 3.25], [4.0, -0.1]], rtol=1e-6)
    np.testing.assert_array_equal(d.labels(), [0, 1, 0])


def test_multiclass_labels_become_codes_in_sorted_order(tmp_path):
    rng = np.random.default_rng(0)
    rows = [f"{a:.3f},{b:.3f},{c:.1f},{lab}" for a, b, c, lab in
            zip(rng.normal(size=60), rng.normal(size=60), rng.normal(size=60), [1, 5, 3] * 20)]
    d = load_csv(_csv(tmp_path, "\n".join(rows)), test_fraction=0.25, seed=1)
    assert d.problem == "multiclass" and d.n_classes == 3 and d.class_names == ("1", "3", "5")
    assert d.y_train.dtype == np.int64 and d.x_train.shape == (45, 3) and d.n_test == 15
    assert d.extent is None  # three features: no 2-D plane
    assert np.bincount(d.y_test).tolist() == [5, 5, 5]  # stratified split
    # the split is seeded
    again = load_csv(tmp_path / "data.csv", test_fraction=0.25, seed=1)
    np.testing.assert_array_equal(again.x_train, d.x_train)
    # the original rows are all there, with the right codes
    merged = np.concatenate([d.x_train, d.x_test])
    labels = np.concatenate([d.y_train, d.y_test])
    first = np.array([float(v) for v in rows[0].split(",")[:3]], np.float32)
    i = np.flatnonzero(np.all(merged == first, axis=1))[0]
    assert d.class_names[labels[i]] == "1"


def test_text_multiclass_and_label_column_by_name(tmp_path):
    text = "species,petal_len,petal_wid\n" + "\n".join(
        f"{s},{i % 7 / 2},{i % 5 / 3}" for i, s in enumerate(["setosa", "virginica", "versicolor"] * 5))
    d = load_csv(_csv(tmp_path, text), label_column="species")
    assert d.problem == "multiclass" and d.class_names == ("setosa", "versicolor", "virginica")
    assert d.input_dim == 2 and d.extent is not None
    d0 = load_csv(tmp_path / "data.csv", label_column=0)
    assert d0.class_names == d.class_names


def test_regression_is_inferred_from_fractional_labels(tmp_path):
    rows = "\n".join(f"{i / 10},{np.sin(i / 10):.4f}" for i in range(40))
    d = load_csv(_csv(tmp_path, "x,y\n" + rows))
    assert d.problem == "regression" and d.n_classes == 1 and d.class_names == ()
    assert d.x_train.shape == (28, 1) and d.y_train.shape == (28, 1) and d.y_train.dtype == np.float32
    assert d.extent is None
    # many distinct integers are a regression target too
    d = load_csv(_csv(tmp_path, "\n".join(f"{i},{i * 3}" for i in range(50)), "ints.csv"))
    assert d.problem == "regression"
    with pytest.raises(CsvError, match=r"line 3: the label column \(column 2\): '-2e40' is too large"):
        load_csv(_csv(tmp_path, "1,0.5\n2,0.25\n3,-2e40\n", "huge.csv"))


def test_test_fraction_zero_means_no_test_set(tmp_path):
    d = load_csv(_csv(tmp_path, "\n".join(f"{i},{i % 2}" for i in range(20))), test_fraction=0)
    assert d.n_train == 20 and d.n_test == 0 and d.x_test.shape == (0, 1)


def test_problem_can_be_forced(tmp_path):
    path = _csv(tmp_path, "\n".join(f"{i},{i % 2}" for i in range(20)))
    assert load_csv(path).problem == "binary"
    d = load_csv(path, problem="multiclass")
    assert d.problem == "multiclass" and d.n_classes == 2 and d.y_train.dtype == np.int64
    d = load_csv(path, problem="regression")
    assert d.problem == "regression" and set(np.unique(d.y_train)) == {0.0, 1.0}
    with pytest.raises(CsvError, match="a binary problem needs exactly two"):
        load_csv(_csv(tmp_path, "\n".join(f"{i},{i % 3}" for i in range(20)), "three.csv"), problem="binary")
    with pytest.raises(CsvError, match=r"line 2: the label column \(column 2\): 'a' is not a number"):
        load_csv(_csv(tmp_path, "1,1\n2,a\n3,b\n", "text.csv"), problem="regression")
    with pytest.raises(ValueError, match="multilabel"):
        load_csv(path, problem="multilabel")


def test_minus_one_plus_one_labels_map_to_zero_one(tmp_path):
    d = load_csv(_csv(tmp_path, "0.1,0.2,-1\n0.3,0.1,1\n0.5,0.5,-1\n"))
    assert d.class_names == ("-1", "1")
    np.testing.assert_array_equal(d.y_train[:, 0], [0, 1, 0])


@pytest.mark.parametrize("text, expected", [
    ("x1,x2,y\n1,2,0\n3,4,1\n5,6,0\n7,abc,1\n", r"data\.csv, line 5: column 2 \('x2'\): 'abc' is not a number"),
    ("1,2,0\n3,4,1\n5,6,0\n7,abc,1\n", r"line 4: column 2: 'abc' is not a number"),
    ("1,2,0\n3,4\n", r"line 2: has 2 columns, expected 3 \(as line 1\)"),
    ("1,2,0\n3,4,1,9\n", r"line 2: has 4 columns, expected 3"),
    ("1,2,0\n3\n", r"line 2: has 1 column, expected 3"),
    ("1,2,0\n3,,1\n", r"line 2: column 2 is empty"),
    ("1,2,0\n3,4,\n", r"line 2: column 3 \(the label\) is empty"),
    ("1,2,0\n3,nan,1\n", r"line 2: column 2: 'nan' is not a finite number"),
    ("1,2,0\n3,1e999,1\n", r"line 2: column 2: '1e999' is not a finite number"),
    ("1,2,0\n3,4,1\n5,1e300,0\n", r"line 3: column 2: '1e300' is too large"),
    ("", r"data\.csv: the file is empty"),
    ("\n# only a comment\n\n", r"the file is empty"),
    ("x,y,label\n", r"line 1: the file has a header but no data rows"),
    ("1\n2\n", r"found one column"),
    ("1,2,1\n3,4,1\n5,6,1\n", r"holds only one value \('1'\): a classifier needs at least two classes"),
    ("x,y,c\n1,2,a\n3,4,a\n", r"the label column \(column 3 \('c'\)\) holds only one value \('a'\)"),
])
def test_bad_files_name_line_and_column(tmp_path, text, expected):
    with pytest.raises(CsvError, match=expected):
        load_csv(_csv(tmp_path, text))


def test_error_carries_line_and_column(tmp_path):
    with pytest.raises(CsvError) as info:
        load_csv(_csv(tmp_path, "a,b,c\n1,2,0\n\n# note\n1,x,1\n"))
    assert info.value.line == 5 and info.value.column == 2  # physical line numbers, blank/comment counted


def test_too_many_rows_or_classes_say_what_a_learner_can_do(tmp_path):
    """The studio's dialog and nnstudio train said "or pass max_rows" ("pass max_classes to allow more"), which
    only code calling load_csv can do; the limit reads as counts are written elsewhere ("100,000")."""
    from nnstudio.i18n import fill
    rows = tmp_path / "rows.csv"
    rows.write_text("x,label\n" + "0,0\n1,1\n" * 50_001)
    with pytest.raises(CsvError) as info:
        load_csv(rows)
    text = fill(info.value.template, info.value.arguments)
    assert text == ("rows.csv, line 100002: the file has more than 100,000 data rows (row 100,001 is here); NN Studio "
                    "keeps data in memory: use a sample of at most 100,000 rows")
    classes = _csv(tmp_path, "\n".join(f"{i},c{i % 25}" for i in range(100)), "many.csv")
    with pytest.raises(CsvError) as info:
        load_csv(classes)
    text = fill(info.value.template, info.value.arguments)
    assert "max_classes" not in text and text.endswith("25 different labels; at most 20 classes are supported")


def test_too_many_rows_and_classes(tmp_path):
    path = _csv(tmp_path, "\n".join(f"{i},{i % 2}" for i in range(30)))
    with pytest.raises(CsvError, match=r"line 26: the file has more than 25 data rows"):
        load_csv(path, max_rows=25)
    text = "\n".join(f"{i},c{i % 25}" for i in range(100))
    with pytest.raises(CsvError, match="25 different labels; at most 20 classes"):
        load_csv(_csv(tmp_path, text, "many.csv"))
    assert load_csv(tmp_path / "many.csv", max_classes=30).n_classes == 25


def test_bad_arguments_and_files(tmp_path):
    path = _csv(tmp_path, "1,2,0\n3,4,1\n")
    with pytest.raises(CsvError, match="label_column=3 but the file has 3 columns"):
        load_csv(path, label_column=3)
    with pytest.raises(CsvError, match="no column named 'target'"):
        load_csv(_csv(tmp_path, "a,b,c\n1,2,0\n", "h.csv"), label_column="target")
    with pytest.raises(FileNotFoundError, match="does not exist") as missing:
        load_csv(tmp_path / "missing.csv")
    assert missing.value.template.format(**missing.value.arguments) == str(missing.value)   # translatable
    with pytest.raises(CsvError, match="not a text file"):
        load_csv(_csv(tmp_path, "\x00\x01\x02", "bin.csv"))
    with pytest.raises(ValueError, match="problem must be"):
        load_csv(path, problem="ranking")


def test_tab_and_whitespace_separated_and_windows_encoding(tmp_path):
    d = load_csv(_csv(tmp_path, "1\t2\tja\n3\t4\tnein\n", "tab.tsv"))
    assert d.class_names == ("ja", "nein") and d.x_train.shape == (2, 2)
    d = load_csv(_csv(tmp_path, "1 2  0\n3   4 1\n", "ws.txt"))
    np.testing.assert_array_equal(d.x_train, [[1, 2], [3, 4]])
    d = load_csv(_csv(tmp_path, "x;y;Größe\n1;2;groß\n3;4;klein\n", "cp.csv", encoding="cp1252"))
    assert d.class_names == ("groß", "klein")
    d = load_csv(_csv(tmp_path, "\ufeffx,y,l\n1,2,0\n3,4,1\n", "bom.csv"))
    assert d.n_train == 2


def test_label_column_is_found_by_its_header_name(tmp_path):
    # Kaggle's MNIST CSV layout: the label first, named "label"
    d = load_csv(_csv(tmp_path, "label,p0,p1\n3,0,255\n7,12,0\n3,1,1\n"))
    assert d.class_names == ("3", "7") and d.x_train.tolist() == [[0, 255], [12, 0], [1, 1]]
    d = load_csv(_csv(tmp_path, "x,y,Class,z\n1,2,a,9\n3,4,b,8\n", "c.csv"))
    assert d.class_names == ("a", "b") and d.x_train.tolist() == [[1, 2, 9], [3, 4, 8]]
    d = load_csv(_csv(tmp_path, "x,y,z\n1,2,0\n3,4,1\n", "plain.csv"))  # no such name: the last column
    assert d.x_train.tolist() == [[1, 2], [3, 4]]
    d = load_csv(_csv(tmp_path, "0,1,1\n1,0,0\n", "nohead.csv"))
    assert d.x_train.tolist() == [[0, 1], [1, 0]]


def test_a_large_file_loads_quickly(tmp_path):
    import time

    rng = np.random.default_rng(0)
    x = rng.normal(size=(20000, 20)).round(4)
    labels = rng.integers(0, 4, size=20000)
    text = "\n".join(",".join(map(str, row)) + f",{lab}" for row, lab in zip(x.tolist(), labels))
    path = _csv(tmp_path, text, "big.csv")
    t0 = time.perf_counter()
    d = load_csv(path, test_fraction=0.0)
    seconds = time.perf_counter() - t0
    np.testing.assert_allclose(d.x_train, x.astype(np.float32))
    np.testing.assert_array_equal(d.y_train, labels)
    assert seconds < 10  # about 0.3 s on a quiet machine; generous for a busy CI box


# -- what is a number, what is a class -------------------------------------------------------------------------
def test_a_nan_label_is_a_missing_value_not_a_class(tmp_path):
    path = _csv(tmp_path, "x,y,label\n1,2,0\n3,4,1\n5,6,nan\n7,8,0\n")
    with pytest.raises(CsvError, match=r"line 4: column 3 \('label'\) \(the label\) is 'nan', a missing "
                                       r"value; remove the row or fill in its label") as info:
        load_csv(path)
    assert info.value.line == 4 and info.value.column == 3
    for label in ("NaN", "N/A", "null"):
        with pytest.raises(CsvError, match="a missing value"):
            load_csv(_csv(tmp_path, f"1,2,a\n3,4,b\n5,6,{label}\n", "m.csv"))
    with pytest.raises(CsvError, match="'inf' is not a finite number"):
        load_csv(_csv(tmp_path, "1,2,0.5\n3,4,1.5\n5,6,inf\n", "r.csv"))


@pytest.mark.parametrize("field", ["1_000", "\u0661\u0662", "\uff11", "\u0967.5"])
def test_only_plain_ascii_decimals_are_numbers(tmp_path, field):
    # Python's float() reads all of these (underscores, Arabic-Indic, full-width and Devanagari digits)
    path = _csv(tmp_path, f"x,y,label\n1,2,0\n3,{field},1\n")
    with pytest.raises(CsvError, match=f"line 3: column 2 \\('y'\\): '{field}' is not a number"):
        load_csv(path)
    assert _number(field, False) is None and _number(field, True) is None


def _marked(value) -> str:
    """``value`` as the GUI builds it (nnstudio.app.texts.translated), with every translated template in ⟨⟩."""
    if isinstance(value, (Text, TranslatableError)):
        return "⟨" + value.template.format(**{k: _marked(v) for k, v in value.arguments.items()}) + "⟩"
    return str(value)


def test_csv_errors_are_translatable_down_to_the_column_names(tmp_path):
    with pytest.raises(CsvError) as info:
        load_csv(_csv(tmp_path, "x1,x2,label\n1,2,0\n3,abc,1\n"))
    error = info.value
    assert isinstance(error, TranslatableError) and error.context == "Errors"
    assert error.template.format(**error.arguments) == str(error) == (
        "data.csv, line 3: column 2 ('x2'): 'abc' is not a number")
    # the file, the line and the column are arguments; every English word is inside a template the GUI translates
    assert _marked(error) == "⟨data.csv, line 3: ⟨⟨column 2 ('x2')⟩: 'abc' is not a number⟩⟩"
    with pytest.raises(CsvError) as info:
        load_csv(_csv(tmp_path, "x,y\n1,5\n2,5\n"), problem="binary")
    assert _marked(info.value) == ("⟨data.csv: ⟨⟨the label column (⟨column 2 ('y')⟩)⟩ holds only one value ('5'): "
                                   "a classifier needs at least two classes⟩⟩")


def test_a_huge_field_is_a_csv_error_not_a_csv_module_error(tmp_path):
    path = _csv(tmp_path, "x,y,label\n1,2,0\n3,4,1\n5," + "7" * 200_000 + ",0\n")
    with pytest.raises(CsvError, match="line 4: a field is longer than 131,072 characters"):
        load_csv(path)
    path = _csv(tmp_path, "1 2 0\n3 4 1\n5 " + "7" * 200_000 + " 0\n", "ws.txt")
    with pytest.raises(CsvError, match="line 3: a field is longer than 131,072 characters"):
        load_csv(path)
    path = _csv(tmp_path, "x,y,label\n" + "1,2,0\n3,4,1\n" * 2000 + "5,\x006,0\n", "nul.csv")
    with pytest.raises(CsvError, match="line 4002: this is not a text file"):
        load_csv(path)


# -- streaming: bounded memory and time, progress ----------------------------------------------------------------
def _big_csv(tmp_path, rows, name="big.csv"):
    lines = "0.125,-3.5,2.25,1\n0.5,1e-3,-7,0\n"
    path = tmp_path / name
    with open(path, "w") as f:
        f.write("a,b,c,label\n")
        for _ in range(rows // 10_000):
            f.write(lines * 5_000)
    return path


def test_rows_beyond_the_limit_are_refused_without_reading_the_rest(tmp_path):
    import time
    import tracemalloc

    path = _big_csv(tmp_path, 1_000_000)                 # 16 MB
    tracemalloc.start()
    try:
        t0 = time.perf_counter()
        with pytest.raises(CsvError, match="more than 5,000 data rows \\(row 5,001 is here\\)"):
            load_csv(path, max_rows=5000)
        seconds = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2 ** 20 and seconds < 2.0       # (the whole file used to be read and split first)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = _big_csv(tmp_path, 20_000)
    with pytest.raises(CsvError, match="the file has 320,012 bytes, more than the limit of 100,000") as info:
        load_csv(path, max_bytes=100_000)
    # (max_bytes is for code calling load_csv: the studio's and nnstudio train's users cannot pass it)
    assert str(info.value).endswith("NN Studio keeps data in memory: use a smaller sample")


def test_progress_is_reported_and_can_cancel(tmp_path):
    path = _big_csv(tmp_path, 200_000)                   # 3.2 MB
    size = path.stat().st_size
    seen = []
    d = load_csv(path, test_fraction=0, max_rows=200_000, progress=lambda done, total: seen.append((done, total)))
    assert d.n_train == 200_000 and d.class_names == ("0", "1")
    np.testing.assert_array_equal(d.x_train[:2], np.array([[0.125, -3.5, 2.25], [0.5, 1e-3, -7]], np.float32))
    assert seen[-1] == (size, size) and len(seen) >= 3
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:])) and all(t == size for _, t in seen)
    with pytest.raises(CsvCancelled):
        load_csv(path, progress=lambda done, total: done < 2 ** 20)


def test_korean_spreadsheets_encodings_keep_their_hangul(tmp_path):
    """Excel on Korean Windows saves "CSV" in CP949 and "Unicode text" in UTF-16: the class names came out as
    '°í¾çÀÌ' (read as the Western code page) or the file was 'not a text file (it contains NUL bytes)'."""
    text = "무게,길이,동물\n4.1,46,고양이\n30,90,개\n3.9,50,고양이\n"
    d = load_csv(_csv(tmp_path, text, "동물.csv", encoding="cp949"))
    assert d.class_names == ("개", "고양이") and d.n_train == 3
    d = load_csv(_csv(tmp_path, text.replace(",", "\t"), "동물.txt", encoding="utf-16"))    # (with its BOM)
    assert d.class_names == ("개", "고양이")
    np.testing.assert_allclose(d.x_train, [[4.1, 46], [30, 90], [3.9, 50]], rtol=1e-6)


def test_what_spreadsheets_leave_behind_is_skipped(tmp_path):
    """A spreadsheet's empty rows come out as ",,", and some save a separator at the end of every row: the
    import stopped at 'column 1 ('x1') is empty' and 'column 4 is empty; every feature needs a number'."""
    d = load_csv(_csv(tmp_path, "x1,x2,label,\n0,0,0,\n0,1,1,\n,,,\n1,0,1,\n1,1,0\n,,,\n", "sheet.csv"))
    np.testing.assert_array_equal(d.x_train, [[0, 0], [0, 1], [1, 0], [1, 1]])
    assert d.class_names == ("0", "1")
    d = load_csv(_csv(tmp_path, "0;0;0;;\n0;1;1;;\n;;;;\n1;0;1;;\n1;1;0;;\n", "semicolons.csv"))
    assert d.x_train.shape == (4, 2)
    with pytest.raises(CsvError, match=r"line 3: column 3 \('label'\) \(the label\) is empty"):
        load_csv(_csv(tmp_path, "x1,x2,label\n0,0,0\n0,1,\n", "missing.csv"))    # a missing label is still one
    with pytest.raises(CsvError, match="line 3: has 4 columns, expected 3"):
        load_csv(_csv(tmp_path, "x1,x2,label,\n0,0,0,\n0,1,1,7\n", "more.csv"))    # so is a value past the end


def test_a_label_column_named_in_korean_is_the_label(tmp_path):
    """'정답' (the answer) in the first column was read as a feature and the last feature as the label."""
    for name in ("레이블", "라벨", "클래스", "정답", "분류"):
        d = load_csv(_csv(tmp_path, f"{name},키,몸무게\n고양이,25,4.1\n개,60,30\n고양이,23,3.9\n", "동물.csv"))
        assert d.class_names == ("개", "고양이"), name
        np.testing.assert_allclose(d.x_train, [[25, 4.1], [60, 30], [23, 3.9]], rtol=1e-6)


def test_scale_pixels_takes_only_byte_images():
    """784 whole numbers from 0 to 255 (some above 1) are pixels to divide by 255; anything else is left alone."""
    rng = np.random.default_rng(0)

    def data(x):
        x = np.asarray(x, np.float32)
        return Dataset(name="t", x_train=x, y_train=np.arange(len(x)) % 2, x_test=x[:0],
                       y_test=np.zeros(0, np.int64), problem="multiclass", n_classes=2)

    pixels = rng.integers(0, 256, size=(6, 784))
    scaled = scale_pixels(data(pixels))
    np.testing.assert_allclose(scaled.x_train, pixels / 255, atol=1e-6)
    assert scaled.x_train.dtype == np.float32
    for other in (pixels / 255, pixels + 1, pixels - 1, pixels + 0.5, pixels[:, :783], (pixels > 128) * 1):
        assert scale_pixels(data(other)) is None


def test_a_pixel_csv_is_read_scaled_with_its_note_in_one_call(tmp_path):
    """The studio's import, ``nnstudio train`` and an export each loaded the CSV, scaled 0–255 pixels and (two of
    them) wrote their own "divided by 255" notice; one call now gives the data and the one note."""
    rng = np.random.default_rng(0)
    pixels = rng.integers(0, 256, size=(20, 784))
    table = _csv(tmp_path, "label," + ",".join(f"pixel{i}" for i in range(784)) + "\n"
                 + "\n".join(f"{k % 2}," + ",".join(map(str, row)) for k, row in enumerate(pixels)) + "\n",
                 "train.csv")
    data, note = load_training_csv(table, seed=3)
    plain = load_csv(table, seed=3)
    np.testing.assert_allclose(data.x_train, plain.x_train / 255, atol=1e-6)
    np.testing.assert_allclose(data.x_test, plain.x_test / 255, atol=1e-6)
    assert str(note) == ("train.csv holds 28×28 pixels from 0 to 255: they were divided by 255, so they run from 0 "
                         "to 1 as in MNIST and the drawing pad.")
    other = _csv(tmp_path, "x1,x2,label\n0,200,0\n0,1,1\n1,0,1\n1,1,0\n", "counts.csv")
    data, note = load_training_csv(other)
    assert note is None and data.x_train.max() == 200

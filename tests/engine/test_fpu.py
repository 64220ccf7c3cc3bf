"""Flushing subnormal floats to zero: only inside the block, only in the calling thread, always restored."""
import subprocess
import sys
import threading

import numpy as np
import pytest

from nnstudio.engine import Dense, Sequential, _fpu

needs_switch = pytest.mark.skipif(_fpu._Mode is None, reason=f"no flush-to-zero switch here: {_fpu.status()}")

TINY32 = np.finfo(np.float32).tiny  # 1.1754944e-38, the smallest normal float32
SUB32 = np.float32(1e-39)           # a subnormal float32


def _product_of_subnormal():
    """1e-39 * 1 in float32: 1e-39 with IEEE gradual underflow, 0 when subnormals are flushed."""
    return (np.array([SUB32]) * np.float32(1.0))[0]


def test_the_value_used_here_is_subnormal():
    assert 0 < SUB32 < TINY32


@needs_switch
def test_subnormals_become_zero_inside_the_block_and_not_after():
    assert not _fpu.flushing()
    assert _product_of_subnormal() == SUB32
    with _fpu.flush_subnormals():
        assert _fpu.flushing()
        assert _product_of_subnormal() == 0.0                                      # subnormal input
        assert (np.array([TINY32]) * np.float32(0.5))[0] == 0.0                    # subnormal result
        assert (np.array([TINY32]) * np.float32(2.0))[0] == 2 * TINY32             # normal values: unchanged
        assert np.array([1e-300]) * 1e-10 == 0.0                                   # float64 too
    assert not _fpu.flushing()
    assert _product_of_subnormal() == SUB32


@needs_switch
def test_the_mode_is_restored_after_an_exception():
    with pytest.raises(RuntimeError):
        with _fpu.flush_subnormals():
            raise RuntimeError("boom")
    assert not _fpu.flushing()


@needs_switch
def test_nested_blocks_restore_the_mode_of_their_entry():
    with _fpu.flush_subnormals():
        with _fpu.flush_subnormals():
            assert _fpu.flushing()
        assert _fpu.flushing()  # the inner exit must not switch it off under the outer block
        with _fpu.flush_subnormals(False):
            assert _fpu.flushing()
    assert not _fpu.flushing()


def test_flush_subnormals_false_changes_nothing():
    with _fpu.flush_subnormals(False):
        assert not _fpu.flushing()
        assert _product_of_subnormal() == SUB32


@needs_switch
def test_other_threads_keep_gradual_underflow():
    seen = {}
    entered, measured = threading.Event(), threading.Event()

    def other_thread():  # started before the block: a thread started inside would inherit the mode
        entered.wait()
        seen["flushing"] = _fpu.flushing()
        seen["product"] = _product_of_subnormal()
        measured.set()

    thread = threading.Thread(target=other_thread)
    thread.start()
    with _fpu.flush_subnormals():
        entered.set()
        measured.wait()
        assert _fpu.flushing()
    thread.join()
    assert seen == {"flushing": False, "product": SUB32}


@needs_switch
@pytest.mark.parametrize("flush", [True, False])
def test_training_steps_flush_and_restore(flush, monkeypatch):
    model = Sequential([Dense(3, input_dim=2, activation="relu"), Dense(1)], seed=0)
    model.compile("adam", "mse")
    seen, step = [], model.optimizer.step

    def spy(params, grads):  # records whether the thread flushed subnormals while the optimizer stepped
        seen.append(_fpu.flushing())
        step(params, grads)

    monkeypatch.setattr(model.optimizer, "step", spy)
    model.flush_subnormals = flush
    model.fit(np.ones((8, 2), np.float32), np.ones(8, np.float32), epochs=2, batch_size=4, verbose=0)
    assert seen == [flush] * 4
    assert not _fpu.flushing()


@needs_switch
def test_flushing_only_turns_would_be_subnormal_state_into_zeros():
    """Training with and without flushing gives the same weights and the same state, except that the state
    values that are subnormal without flushing are exactly 0 with it."""
    rng = np.random.default_rng(0)
    x = rng.random((32, 40), dtype=np.float32)
    y = rng.integers(0, 3, 32)
    first = x.copy()
    x[:, :20] = 0.0  # after the first step, the weights of these inputs get exactly zero gradients
    results = {}
    for flush in (False, True):
        model = Sequential([Dense(16, input_dim=40, activation="relu"), Dense(3, activation="softmax")], seed=0)
        model.compile("adam", "sparse_categorical_crossentropy")
        model.flush_subnormals = flush
        model.train_on_batch(first, y)
        for _ in range(880):  # exp_avg = 0.1 g 0.9^t is subnormal from t ≈ 800 to t ≈ 950
            model.train_on_batch(x, y)
        results[flush] = (model.get_weights(), model.optimizer.get_state())
    (w_ieee, s_ieee), (w_flush, s_flush) = results[False], results[True]
    subnormal = (s_ieee["exp_avg.0"] != 0) & (np.abs(s_ieee["exp_avg.0"]) < TINY32)
    assert subnormal.sum() > 100  # the case this test is about did occur
    assert np.all(s_flush["exp_avg.0"][subnormal] == 0.0)
    for key in s_ieee:
        np.testing.assert_array_equal(np.where(subnormal, 0.0, s_ieee[key]) if key == "exp_avg.0" else s_ieee[key],
                                      s_flush[key], err_msg=key)
    for a, b in zip(w_ieee, w_flush):
        np.testing.assert_array_equal(a, b)


def test_without_a_switch_flushing_is_a_no_op_and_status_says_why():
    code = ("import platform; platform.machine = lambda: 'riscv64'\n"
            "import numpy as np\n"
            "from nnstudio.engine import _fpu\n"
            "with _fpu.flush_subnormals():\n"
            "    product = (np.array([np.float32(1e-39)]) * np.float32(1))[0]\n"
            "print(_fpu.status()); print(_fpu.flushing(), product > 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["kept (IEEE gradual underflow; no flush-to-zero switch for riscv64 CPUs)", "False True"]


@needs_switch
def test_status_names_the_register_bits():
    assert _fpu.status().startswith("flushed to zero while training steps run (")

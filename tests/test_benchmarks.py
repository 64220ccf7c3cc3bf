"""The helpers of benchmarks/train_throughput.py that turn measurements into the printed figures."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "train_throughput.py"
_spec = importlib.util.spec_from_file_location("train_throughput", _PATH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)
import steal  # noqa: E402  (benchmarks/ is on the path now: train_throughput puts it there)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_count_subnormal_counts_only_nonzero_values_below_the_smallest_normal(dtype):
    tiny = np.finfo(dtype).tiny
    a = np.array([0.0, -0.0, tiny, -tiny, tiny / 2, -tiny / 4, 1.0, np.inf, np.nan], dtype)
    assert bench.count_subnormal([a, a[:5]]) == 2 + 1


def test_trend_compares_the_later_half_with_the_earlier_one_without_epoch_1():
    line = bench.trend([10.0, 100.0, 100.0, 90.0, 80.0])
    assert "epochs 2-3 median 100" in line and "epochs 4-5 median 85" in line and line.endswith("= 0.85")
    assert "too few" in bench.trend([1.0, 2.0, 3.0])
    shares = bench.trend([0.3, 0.5, 0.6, 0.55, 0.5], "of the limit", ".1%")
    assert "median 55.0%" in shares and "median 52.5% of the limit" in shares and shares.endswith("= 0.95")


def test_part_bytes_of_the_benchmark_network():
    parts = bench.part_bytes(128)
    assert parts["Adam update"] == (7 * 235_146 * 4, "param")
    assert parts["batch gather"] == (128 * (784 + 10) * 4, "dram")
    assert parts["bias adds + activations"] == (3 * 128 * (256 + 128 + 10) * 4, "small")


def test_cpu_name_adds_family_and_model(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 207\n"
                    "model name\t: Intel(R) Xeon(R) Processor\n\nprocessor\t: 1\nmodel name\t: other\n")
    assert bench.cpu_name(str(info)) == "Intel(R) Xeon(R) Processor, family 6 model 207"
    info.write_text("processor\t: 0\nmodel name\t: AMD EPYC 9R14\n")
    assert bench.cpu_name(str(info)) == "AMD EPYC 9R14"


def test_steal_is_read_from_the_cpu_line_of_proc_stat(tmp_path):
    stat = tmp_path / "stat"
    stat.write_text("cpu  100 5 20 800 10 0 5 60 7 0\ncpu0 50 2 10 400 5 0 2 30 0 0\n")
    assert steal.cpu_times(str(stat)) == (60, 1000)  # guest (7) is already counted in user
    stat.write_text("intr 1 2 3\n")
    assert steal.cpu_times(str(stat)) is None
    assert steal.cpu_times(str(tmp_path / "missing")) is None

    def ticks(stolen, total):   # idle + steal = total
        stat.write_text(f"cpu  0 0 0 {total - stolen} 0 0 0 {stolen}\n")

    meter = steal.Meter(str(stat))
    for before, after in (((60, 1000), (110, 1200)), ((110, 1200), (110, 1200)), ((110, 1200), (130, 1400))):
        ticks(*before)
        with meter:
            ticks(*after)
    assert meter.share == (50 + 0 + 20) / (200 + 0 + 200)   # the spans added up
    still = steal.Meter(str(stat))
    with still:
        pass
    assert still.share is None                                 # no tick passed
    missing = steal.Meter(str(tmp_path / "missing"))
    with missing:
        pass
    assert missing.share is None
    assert steal.percent(0.25) == "25%" and steal.percent(None) == "-"


def test_quiet_epochs_are_those_with_a_measured_steal_below_the_threshold():
    rates = [50.0, 90.0, 80.0, 70.0, 60.0]
    steals = [0.0, 0.3, None, 0.049, 0.05]
    assert bench.quiet(rates, steals) == [50.0, 70.0]
    line = bench.steal_line(steals)
    assert "0%-30%" in line and "median 5%" in line and "2 of 5 epochs below 5%" in line
    assert "not measured" in bench.steal_line([None, None])


def test_the_step_breakdown_gives_each_parts_median_per_epoch():
    rng = np.random.default_rng(0)
    x = rng.random((1024, 784), dtype=np.float32)
    y = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 1024)]
    result, per_epoch = bench.step_breakdown(x, y, 128, 0, epochs=3, chunk=2)
    assert len(per_epoch) == 3
    assert list(per_epoch[0]) == [part for part in result if part != "total"]
    assert all(m > 0 for medians in per_epoch for m in medians.values())
    assert result["total"][0] <= result["total"][1]   # the best chunk is no slower than the median one

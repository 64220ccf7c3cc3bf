"""How much of the machine's CPU time the hypervisor took ("steal") while a benchmark measured.

On a virtual machine the host may run other guests on the physical cores behind ours; Linux counts that time
as *steal* in ``/proc/stat``. An epoch that lost a third of the CPUs to steal is slower for a reason no change
to NN Studio touches, and the load average does not show it (it counts only this machine's own work). The
benchmarks therefore print the steal share beside their figures. ``vmstat``'s ``st`` column is the same
number.
"""
from __future__ import annotations

STEAL_NOTE = "steal (the hypervisor ran other virtual machines on our cores)"
STEAL_QUIET = 0.05  # below this share of the CPUs' time taken by the hypervisor, an epoch counts as quiet


def cpu_times(path: str = "/proc/stat") -> tuple[int, int] | None:
    """(steal, total) clock ticks of all CPUs together since boot; None where there is no such file
    (not Linux) or it cannot be read."""
    try:
        with open(path, encoding="ascii") as f:
            fields = f.readline().split()
        if len(fields) < 9 or fields[0] != "cpu":
            return None
        # user nice system idle iowait irq softirq steal [guest guest_nice]: guest time is already in user
        ticks = [int(v) for v in fields[1:9]]
    except (OSError, ValueError):
        return None
    return ticks[7], sum(ticks)


def percent(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


class Meter:
    """The steal share over all the spans measured with it (``with meter: ...``), added up; ``share`` is None
    where /proc/stat cannot be read or no clock tick (1/100 s) passed."""

    def __init__(self, path: str = "/proc/stat") -> None:
        self.path = path
        self.steal = self.total = 0
        self.known = True
        self._start: tuple[int, int] | None = None

    def __enter__(self) -> "Meter":
        self._start = cpu_times(self.path)
        return self

    def __exit__(self, *exc) -> None:
        end = cpu_times(self.path)
        if self._start is None or end is None:
            self.known = False
        else:
            self.steal += end[0] - self._start[0]
            self.total += end[1] - self._start[1]

    @property
    def share(self) -> float | None:
        return self.steal / self.total if self.known and self.total > 0 else None

"""The training history of one model: every step's loss, every epoch's metrics, layer statistics over time,
and the counters — capped in memory however long a run lasts, and stored in project files as plain arrays.
"""
from __future__ import annotations

import numpy as np

STEP_CAP = 20_000        # points kept per curve; beyond, neighbours are averaged (the curve keeps its shape)
EPOCH_CAP = 5_000
STATS_CAP = 5_000


def _nan(v) -> float:
    return float("nan") if v is None else float(v)


class Series:
    """A capped history: x values and rows of y; when full, neighbouring rows are averaged (stride doubles).

    Keeps memory and the per-snapshot copy small however long a run lasts, while the curve keeps its shape.
    """

    def __init__(self, width: int, cap: int):
        self.width, self.cap = width, cap
        self.x = np.empty(cap, dtype=np.int64)
        self.y = np.empty((cap, width), dtype=np.float64)
        self.n = 0
        self.stride = 1
        self._acc = np.zeros(width)
        self._acc_n = 0

    def add(self, x: int, y) -> None:
        self._acc += y
        self._acc_n += 1
        if self._acc_n < self.stride:
            return
        if self.n == self.cap:
            half = self.cap // 2
            self.x[:half] = self.x[1:self.cap:2]
            self.y[:half] = 0.5 * (self.y[0:self.cap:2] + self.y[1:self.cap:2])
            self.n = half
            self.stride *= 2
        self.x[self.n] = x
        self.y[self.n] = self._acc / self._acc_n
        self.n += 1
        self._acc[:] = 0.0
        self._acc_n = 0

    @property
    def last_x(self) -> int | None:
        return int(self.x[self.n - 1]) if self.n else None

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of the stored x (n,) and y (n, width)."""
        return self.x[:self.n].copy(), self.y[:self.n].copy()

    def load(self, x: np.ndarray, y: np.ndarray) -> None:
        x = np.asarray(x, dtype=np.int64).reshape(-1)
        y = np.asarray(y, dtype=np.float64).reshape(len(x), self.width)
        keep = min(len(x), self.cap)
        self.x[:keep] = x[-keep:] if keep else x[:0]
        self.y[:keep] = y[-keep:] if keep else y[:0]
        self.n = keep
        self.stride = 1
        self._acc[:] = 0.0
        self._acc_n = 0


class TrainingHistory:
    """Counters and curves of one model's training. Not thread-safe: the session's lock guards it."""

    def __init__(self, n_layers: int = 0):
        self.reset(n_layers)

    def reset(self, n_layers: int) -> None:
        self.step = 0                   # optimizer steps taken
        self.epoch = 0                  # epochs completed
        self.epoch_progress = 0.0       # fraction of the current epoch done
        self.loss: float | None = None  # the last batch's loss
        self.steps = Series(1, STEP_CAP)
        self.epochs = Series(4, EPOCH_CAP)            # loss, accuracy, val_loss, val_accuracy
        self.stats = Series(3 * n_layers, STATS_CAP)  # grad W norm, grad b norm, saturation per layer

    @property
    def n_layers(self) -> int:
        return self.stats.width // 3

    def restart_stats(self, n_layers: int) -> None:
        """Per-layer curves cannot go on with another number of layers: start them again."""
        if n_layers != self.n_layers:
            self.stats = Series(3 * n_layers, STATS_CAP)

    def add_step(self, loss: float, epoch_progress: float) -> None:
        self.step += 1
        self.loss = loss
        self.epoch_progress = epoch_progress
        self.steps.add(self.step, (loss,))

    def add_epoch(self, record) -> None:
        """An engine EpochRecord."""
        self.epoch += 1
        self.epoch_progress = 0.0
        self.epochs.add(self.epoch, (_nan(record.loss), _nan(record.accuracy), _nan(record.val_loss),
                                     _nan(record.val_accuracy)))

    def add_stats(self, stats) -> None:
        """Layer statistics (engine LayerStats, one per Dense layer) of the current step, once per step."""
        if stats and len(stats) * 3 == self.stats.width and self.stats.last_x != self.step:
            self.stats.add(self.step, [s.weight_grad_norm for s in stats] + [s.bias_grad_norm for s in stats]
                           + [s.saturation for s in stats])

    # -- project files --------------------------------------------------------------------------------------
    def to_arrays(self) -> dict[str, np.ndarray]:
        steps, step_loss = self.steps.arrays()
        epochs, ep = self.epochs.arrays()
        stats_steps, stats = self.stats.arrays()
        return {"steps": steps, "step_loss": step_loss[:, 0], "epochs": epochs, "epoch_values": ep,
                "counters": np.array([self.step, self.epoch], dtype=np.int64),
                "stats_steps": stats_steps, "stats": stats}

    def load_arrays(self, hist: dict[str, np.ndarray]) -> None:
        """Restore what ``to_arrays()`` returned (a loaded project continues its curves); layer statistics of
        another network are left out."""
        self.steps.load(hist["steps"], hist["step_loss"])
        self.epochs.load(hist["epochs"], hist["epoch_values"])
        stats = hist.get("stats")
        if stats is not None and stats.ndim == 2 and stats.shape[1] == self.stats.width:
            self.stats.load(hist["stats_steps"], stats)
        self.step, self.epoch = (int(v) for v in hist["counters"])
        self.epoch_progress = 0.0
        self.loss = float(self.steps.y[self.steps.n - 1, 0]) if self.steps.n else None

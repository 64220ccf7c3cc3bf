"""BatchStream: which samples make up each mini-batch, epoch after epoch.

    stream = BatchStream(n=60_000, batch_size=128, seed=0)
    for epoch, batch, idx in stream:      # idx: int64 row indices of one mini-batch
        ...

Each epoch is one permutation of the ``n`` rows cut into ``ceil(n / batch_size)`` batches (the last one may be
smaller). Where the permutation comes from decides who can share the stream:

- ``seed=s`` (the stream's own seed): epoch e's order is drawn from ``numpy.random.default_rng((s, e))`` alone,
  so it is a pure function of (seed, epoch). Any number of models can read the same stream — each with its own
  cursor, in any interleaving — and train on identical batches. This is what makes an optimizer race fair.
- ``rng=generator``: the orders are drawn in sequence from that Generator, one per epoch when the epoch's first
  batch is asked for. ``Sequential.fit_iter`` passes the model's own ``rng``, which also draws its dropout masks,
  so a model trained alone is bit-identical to what it always was. Such a stream belongs to one reader.
- ``shuffle=False``: rows in their stored order.
"""
from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Iterator

import numpy as np

from nnstudio.i18n import QT_TRANSLATE_NOOP, Translatable, TranslatableError


class BatchIndexError(Translatable, IndexError):
    """A batch number outside the epoch."""

_CACHED_EPOCHS = 2  # orders kept for readers that are one epoch apart


class BatchStream:
    """Mini-batch row indices over ``n`` samples; see the module docstring for ``seed`` versus ``rng``."""

    def __init__(self, n: int, batch_size: int, seed: int | None = None,
                 rng: np.random.Generator | None = None, shuffle: bool = True):
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "A batch stream needs at least one sample (got "
                                                                "n={n})."), n=repr(n))
        if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)) or batch_size < 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "batch_size must be a positive integer (got "
                                                                "{batch_size})."), batch_size=repr(batch_size))
        if shuffle and (seed is None) == (rng is None):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Give a shuffled BatchStream either its own seed or "
                                                                "a Generator (rng), not both."))
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The seed must be a non-negative integer (got "
                                                                "{seed})."), seed=repr(seed))
        self.n = int(n)
        self.batch_size = min(int(batch_size), self.n)
        self.batches = math.ceil(self.n / self.batch_size)   # per epoch
        self.seed = None if seed is None else int(seed)
        self.shuffle = bool(shuffle)
        self._rng = rng
        self._orders: dict[int, np.ndarray] = {}
        self._next_drawn = 0                                  # rng mode: the next epoch to draw

    def order(self, epoch: int) -> np.ndarray:
        """The row order of ``epoch`` (int64, length n); read-only, shared by every reader."""
        order = self._orders.get(epoch)
        if order is not None:
            return order
        if not self.shuffle:
            order = np.arange(self.n, dtype=np.int64)
        elif self.seed is not None:
            order = np.random.default_rng((self.seed, int(epoch))).permutation(self.n)
        else:
            if epoch != self._next_drawn:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "This stream draws from a Generator in "
                                                                    "sequence: epoch {next_drawn} comes next, not "
                                                                    "{epoch}. Give the stream its own seed to share "
                                                                    "it."), next_drawn=self._next_drawn, epoch=epoch)
            order = self._rng.permutation(self.n)
            self._next_drawn += 1
        order.flags.writeable = False
        self._orders[epoch] = order
        while len(self._orders) > _CACHED_EPOCHS:
            del self._orders[min(self._orders)]
        return order

    def start_at(self, epoch: int, order: np.ndarray | None = None) -> None:
        """Continue a stream that stopped in ``epoch`` (a saved run): ``order`` is that epoch's row order when
        it was drawn already (a permutation of the n rows), None when it is still to draw. An ``rng`` stream then
        draws the epochs after it from its Generator, as it would have; others compute every order anyway."""
        if order is not None:
            order = np.array(order, dtype=np.int64)
            if order.shape != (self.n,) or not np.array_equal(np.sort(order), np.arange(self.n)):
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The order to continue with is not a "
                                                                    "permutation of the {n} rows."), n=self.n)
            order.flags.writeable = False
        if not self.shuffle or self.seed is not None:
            return
        self._orders = {} if order is None else {int(epoch): order}
        self._next_drawn = int(epoch) + (order is not None)

    def batch(self, epoch: int, batch: int) -> np.ndarray:
        """Row indices of mini-batch ``batch`` (0-based) of ``epoch``."""
        if not 0 <= batch < self.batches:
            raise BatchIndexError(QT_TRANSLATE_NOOP("Errors", "An epoch has batches 0..{last}, not {batch}."),
                                  last=self.batches - 1, batch=batch)
        start = batch * self.batch_size
        return self.order(epoch)[start:start + self.batch_size]

    def __iter__(self) -> Iterator[tuple[int, int, np.ndarray]]:
        """(epoch, batch, indices) for ever; each call starts a new reader at epoch 0."""
        for epoch in itertools.count():
            for b in range(self.batches):
                yield epoch, b, self.batch(epoch, b)

    def fingerprint(self, epochs: int = 1) -> str:
        """A short hex digest of the first ``epochs`` epochs' orders (shown to prove two runs saw the same
        batches); needs a stream with its own seed or no shuffling."""
        if self.shuffle and self.seed is None:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Only a stream with its own seed has a fingerprint "
                                                                "that does not consume it."))
        digest = hashlib.blake2b(digest_size=6)
        digest.update(np.array([self.n, self.batch_size], dtype=np.int64).tobytes())
        for epoch in range(epochs):
            digest.update(np.ascontiguousarray(self.order(epoch)).tobytes())
        return digest.hexdigest()

    def __repr__(self) -> str:
        source = f"seed={self.seed}" if self.seed is not None else ("rng" if self.shuffle else "shuffle=False")
        return f"BatchStream(n={self.n}, batch_size={self.batch_size}, {source})"

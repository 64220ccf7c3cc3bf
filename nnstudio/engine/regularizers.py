"""L1 and L2 weight penalties (Keras' convention: added to the loss as is, not divided by the batch size).

penalty(W) = l1 Σ|W| + l2 Σ W²;  its gradient l1 sign(W) + 2 l2 W is added to dC/dW.
L1 drives some weights to exactly zero, L2 shrinks all of them.
"""
from __future__ import annotations

import math

import numpy as np

from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError


class L1L2:
    name = "l1_l2"

    def __init__(self, l1: float = 0.0, l2: float = 0.0):
        l1, l2 = float(l1), float(l2)
        if not (0.0 <= l1 < math.inf and 0.0 <= l2 < math.inf):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "L1 and L2 strengths must be finite numbers >= 0 (got "
                                                                "l1={l1}, l2={l2})."), l1=l1, l2=l2)
        self.l1, self.l2 = l1, l2

    def __call__(self, W: np.ndarray) -> float:
        """The penalty added to the loss."""
        penalty = 0.0
        flat = W.reshape(-1)
        if self.l1:
            penalty += self.l1 * float(np.abs(flat).sum(dtype=np.float64))
        if self.l2:
            penalty += self.l2 * float(np.dot(flat, flat))
        return penalty

    def add_gradient(self, W: np.ndarray, dW: np.ndarray) -> None:
        """dW += d penalty / dW, in place."""
        if self.l1:
            dW += self.l1 * np.sign(W)
        if self.l2:
            dW += (2.0 * self.l2) * W

    def get_config(self) -> dict:
        return {"l1": self.l1, "l2": self.l2}

    def __repr__(self) -> str:
        return f"L1L2(l1={self.l1}, l2={self.l2})"


def L1(l1: float = 0.01) -> L1L2:  # noqa: N802 (Keras' name)
    return L1L2(l1=l1)


def L2(l2: float = 0.01) -> L1L2:  # noqa: N802
    return L1L2(l2=l2)


def get(identifier) -> L1L2 | None:
    """None, an L1L2 instance, or a config dict {"l1": .., "l2": ..}."""
    if identifier is None or isinstance(identifier, L1L2):
        return identifier
    if isinstance(identifier, dict):
        try:
            return L1L2(l1=identifier.get("l1", 0.0), l2=identifier.get("l2", 0.0))
        except (TypeError, ValueError) as exc:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Bad regularizer settings {value}: {reason}"),
                                    value=repr(identifier), reason=exc) from None
    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "A kernel regularizer must be L1L2(l1=..., l2=...) or None "
                                                        "(got {value})."), value=repr(identifier))

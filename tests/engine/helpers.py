"""Small helpers shared by the engine tests."""
import numpy as np

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=np.float32)

# The lecture's XOR network: hidden unit 1 w=(5, 5) b=-8, hidden unit 2 w=(-7, -7) b=3, output w=(-11, -11) b=6.
# Keras layout: W has shape (inputs, units), so each unit's weights form a column.
LECTURE_XOR_WEIGHTS = [np.array([[5.0, -7.0], [5.0, -7.0]]), np.array([-8.0, 3.0]),
                       np.array([[-11.0], [-11.0]]), np.array([6.0])]


class PlainSGD:
    """A minimal optimizer for tests that must not depend on optimizers.py: p -= lr * g."""

    name = "plain_sgd"

    def __init__(self, lr):
        self.lr = lr
        self.updates = []
        self.iterations = 0

    def step(self, params, grads):
        if not self.updates:
            self.updates = [np.zeros_like(p) for p in params]
        for p, g, u in zip(params, grads, self.updates):
            np.multiply(g, self.lr, out=u)
            p -= u
        self.iterations += 1

    def reset(self):
        self.updates = []
        self.iterations = 0

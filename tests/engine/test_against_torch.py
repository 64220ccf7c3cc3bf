"""Backprop against PyTorch's autograd on the same weights and batch (micrograd's way of testing)."""
import numpy as np
import pytest

from nnstudio.engine import Dense, L1L2, LeakyReLU, Sequential

torch = pytest.importorskip("torch")

TORCH_ACT = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid, "linear": lambda z: z,
             "leaky_relu": lambda z: torch.nn.functional.leaky_relu(z, 0.2)}


@pytest.mark.parametrize("loss, output", [("categorical_crossentropy", "softmax"),
                                          ("sparse_categorical_crossentropy", "softmax"),
                                          ("binary_crossentropy", "sigmoid"), ("mse", "linear"),
                                          ("quadratic", "sigmoid")])
def test_gradients_match_torch_autograd(loss, output):
    rng = np.random.default_rng(0)
    hidden = ["relu", "tanh", "leaky_relu", "sigmoid"]
    l2 = 0.01
    model = Sequential([Dense(6, input_dim=5 if i == 0 else None,
                              activation=LeakyReLU(0.2) if a == "leaky_relu" else a,
                              bias_initializer="normal", kernel_regularizer=L1L2(l2=l2))
                        for i, a in enumerate(hidden)]
                       + [Dense(3, activation=output, bias_initializer="normal")], seed=1, dtype="float64")
    model.compile(optimizer="sgd", loss=loss)
    x = rng.normal(size=(8, 5))
    labels = rng.integers(0, 3, 8)
    y = {"categorical_crossentropy": np.eye(3)[labels], "sparse_categorical_crossentropy": labels,
         "binary_crossentropy": rng.uniform(size=(8, 3)).round(), "mse": rng.normal(size=(8, 3)),
         "quadratic": np.eye(3)[labels]}[loss]
    ours = model._forward_backward(x, y, model.rng)

    params = [torch.tensor(w, requires_grad=True) for w in model.get_weights()]
    a = torch.tensor(x)
    for i, act in enumerate(hidden):
        a = TORCH_ACT[act](a @ params[2 * i] + params[2 * i + 1])
    z = a @ params[-2] + params[-1]
    yt = torch.tensor(y)
    F = torch.nn.functional
    if loss in ("categorical_crossentropy", "sparse_categorical_crossentropy"):
        cost = F.cross_entropy(z, torch.tensor(labels))
    elif loss == "binary_crossentropy":
        cost = F.binary_cross_entropy_with_logits(z, yt)
    elif loss == "mse":
        cost = F.mse_loss(z, yt)
    else:  # Nielsen's quadratic cost: 1/(2n) Σ ||y - a||²
        cost = ((yt - torch.sigmoid(z)) ** 2).sum() / (2 * len(x))
    cost = cost + l2 * sum((params[2 * i] ** 2).sum() for i in range(len(hidden)))
    cost.backward()

    assert ours == pytest.approx(cost.item(), rel=1e-12)
    for layer_grads, p in zip(model._grads, params):
        np.testing.assert_allclose(layer_grads, p.grad.numpy(), rtol=1e-9, atol=1e-12)

"""The backprop stepper's script: which node it fills at each step, forward and then backward.

A graph of :class:`~nnstudio.lessons.graph.Value`\\ s holds many intermediate results (a unit's weighted sum is
a chain of products and additions); the stepper shows only the *named* values (``label`` set: w, x, g, f;
x[0], W1[0,1], z1[1], a1[1], C). :class:`Walkthrough` condenses the graph to those: an edge joins two named
values when one is computed from the other through unnamed ones only.

Forward, each named value that was computed is one step. Backward, each named value gets its gradient in one
step, once the backward sweep has added every product that reaches it; the step lists those products grouped by
the named value they come from: upstream ∂out/∂parent × local ∂parent/∂node = downstream (the parent's sum
passes its gradient on unchanged, so a weight's upstream is its unit's ∂C/∂z).
"""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

from nnstudio.lessons.graph import Value


@dataclass(frozen=True)
class Product:
    """One chain-rule product into a node: from the named ``parent``, upstream × local = downstream."""

    parent: Value
    upstream: float
    local: float
    downstream: float


@dataclass(frozen=True)
class BackwardReveal:
    """A node's gradient, complete: the products that make it (one per named parent) and their sum."""

    node: Value
    products: tuple[Product, ...]
    grad: float


class Walkthrough:
    """The stepper's view of the graph that ends in ``output`` (runs ``output.backward()``).

    ``nodes``: the named values in forward order (leaves first as they are met); ``edges``: (input, node) pairs
    of the condensed graph; ``forward``: the named computed values in the order the forward pass computes them;
    ``backward``: one :class:`BackwardReveal` per named value below the output, in the order their gradients
    become complete.
    """

    def __init__(self, output: Value):
        self.output = output
        steps = output.backward()
        order = output.nodes()
        named = [v for v in order if v.label]
        if output not in named:
            raise ValueError("The graph's output needs a label (e.g. f or C) to be drawn.")
        consumers: dict[int, list[Value]] = {}
        for node in order:
            for child in node.inputs:
                consumers.setdefault(id(child), []).append(node)
        self._consumers = consumers
        self.nodes: list[Value] = named
        self.edges: list[tuple[Value, Value]] = []
        for node in named:
            for source in _named_below(node):
                self.edges.append((source, node))
        self.forward: list[Value] = [v for v in named if v.inputs]
        # backward: group every product by (node, its named parent); a node is complete after its last product
        last_step: dict[int, int] = {}
        for i, step in enumerate(steps):
            if step.node.label:
                last_step[id(step.node)] = i
        by_node: dict[int, dict[int, list]] = {}
        for step in steps:
            if step.node.label:
                parent = self._named_above(step.parent)
                by_node.setdefault(id(step.node), {}).setdefault(id(parent), [parent]).append(step)
        reveals = []
        for node in sorted((v for v in named if id(v) in last_step), key=lambda v: last_step[id(v)]):
            products = []
            for parent, *group in by_node[id(node)].values():
                downstream = sum(s.downstream for s in group)
                if len(group) == 1:
                    upstream, local = group[0].upstream, group[0].local
                else:           # several paths through unnamed values: ∂parent/∂node is the sum over them
                    upstream = parent.grad
                    local = downstream / upstream if upstream else math.nan   # (not recoverable from a 0)
                products.append(Product(parent, upstream, local, downstream))
            reveals.append(BackwardReveal(node, tuple(products), node.grad))
        self.backward: list[BackwardReveal] = reveals

    def _named_above(self, node: Value) -> Value:
        """The first named value computed from ``node`` (itself if it is named)."""
        queue, seen = deque([node]), set()
        while queue:
            v = queue.popleft()
            if v.label:
                return v
            if id(v) in seen:
                continue
            seen.add(id(v))
            queue.extend(self._consumers.get(id(v), ()))
        return self.output


def _named_below(node: Value) -> list[Value]:
    """The named values ``node`` is computed from through unnamed ones, in the order of its inputs."""
    found, seen, stack = [], set(), list(reversed(node.inputs))
    while stack:
        v = stack.pop()
        if id(v) in seen:
            continue
        seen.add(id(v))
        if v.label:
            found.append(v)
        else:
            stack.extend(reversed(v.inputs))
    return found

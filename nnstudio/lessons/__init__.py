"""The lessons' maths, without Qt: what the lesson room shows and checks, testable on its own.

- ``catalog``: the ten lessons — set-up, "predict first" question, "Try this" tasks with their checks — and
  their texts (``resources/lessons/<id>.<language>.md``) and glossary;
- ``xor``: the lecture's 2-2-1 network and its table; ``derivatives``: finite differences;
- ``graph``: a scalar autograd Value (micrograd's design) with the forward and backward steps of a stepper,
  the lecture's graphs, and any compiled network's loss on one example as a graph;
- ``activations``: f and f′ for the explorer; ``vanishing``: Nielsen's speed-of-learning experiment;
- ``descent``: gradient descent on 1-D and 2-D costs; ``cost``: the quadratic cost, cost vs error count, and
  the learning slowdown; ``problems``: losses by problem type; ``initialization``: activations at
  initialization; ``overfitting``: the overfitting lab.
"""

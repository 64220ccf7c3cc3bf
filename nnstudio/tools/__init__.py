"""Developer tools run as modules, e.g. ``python -m nnstudio.tools.train_pad_model``."""

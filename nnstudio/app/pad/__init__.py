"""The MNIST drawing pad: draw a digit, see what the network sees and what it answers."""
from nnstudio.app.pad.window import DigitPadWindow

__all__ = ["DigitPadWindow"]

"""NN Studio: design a neural network visually, press Run, and watch it learn.

Importing the package first (as every entry point does) picks OpenBLAS' AVX-512 kernels on CPUs that
OpenBLAS mis-detects; see ``nnstudio._blas``.
"""
from nnstudio._blas import configure_blas as _configure_blas

_configure_blas()

__version__ = "0.1.0"

"""The studio's live plots (pyqtgraph): loss, decision boundary, per-layer gradients, histograms.

Each is a QWidget with ``show_snapshot(snapshot)`` (a nnstudio.session.snapshot.TrainingSnapshot), ``reset()``,
``export_png(path)`` and ``export_csv(path)``; items are created once and fed with setData/setImage.
"""
from nnstudio.app.plots.boundary import DecisionBoundaryPlot
from nnstudio.app.plots.gradients import GradientPlot
from nnstudio.app.plots.histograms import HistogramPlot
from nnstudio.app.plots.loss import LossPlot

__all__ = ["LossPlot", "DecisionBoundaryPlot", "GradientPlot", "HistogramPlot"]

"""Graphics items of the network drawing: neurons, links, bias badges, +/- buttons, column headers.

Items know only their position in the network (column, neuron index) and a ``controller`` (the
NetworkEditor) that they ask for tooltips and tell about clicks. Column 0 is the input, column c >= 1
is Dense layer c - 1; the link item (c, i, j) shows W[i, j] of Dense layer c, from neuron i of column c
to neuron j of column c + 1.
"""
from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsPathItem, QGraphicsPixmapItem,
                               QGraphicsRectItem, QGraphicsSimpleTextItem)

NEURON = 34.0        # side of a neuron's square, scene units
BADGE = 11.0         # side of a bias badge
HEATMAP = NEURON - 4  # side of the heatmap inside a neuron
HIT_WIDTH = 9.0      # links are easier to hover and click than their drawn width

_NEURON_PEN = QPen(QColor(90, 90, 90), 1.2)


def later(fn) -> None:
    """Run ``fn`` once the current event is handled: an edit rebuilds the scene, and an item must not be
    deleted inside its own event handler (the scene still uses it when the handler returns)."""
    QTimer.singleShot(0, fn)

_SELECTED_BRUSH = QBrush(QColor(0, 120, 215, 28))


class ColumnClicks:
    """A click selects the item's column; a right click opens that column's menu (neurons and backgrounds)."""

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        event.accept()
        self.controller.select_column(self.column)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        event.accept()
        column, pos = self.column, event.screenPos()
        later(lambda: self.controller.show_column_menu(column, pos))


class NeuronItem(ColumnClicks, QGraphicsPathItem):
    """A neuron: a rounded square that holds its heatmap (2-D data) and, for Dense layers, a bias badge."""

    def __init__(self, controller, column: int, index: int):
        super().__init__()
        self.controller, self.column, self.index = controller, column, index
        path = QPainterPath()
        path.addRoundedRect(QRectF(-NEURON / 2, -NEURON / 2, NEURON, NEURON), 5, 5)
        self.setPath(path)
        self.setPen(_NEURON_PEN)
        self.setBrush(QBrush(QColor(250, 250, 250)))
        self.setZValue(2)
        self.heatmap = QGraphicsPixmapItem(self)
        self.heatmap.setTransformationMode(Qt.TransformationMode.FastTransformation)
        self.heatmap.setVisible(False)
        self.bias: BiasItem | None = BiasItem(controller, self) if column > 0 else None
        self.setAcceptHoverEvents(True)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.controller.highlight_neuron(self.column, self.index, True)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.controller.highlight_neuron(self.column, self.index, False)

    def set_heatmap(self, pixmap) -> None:
        """Show ``pixmap`` scaled into the neuron's square (None hides it). The pixmap is best made at the
        size the view shows it (HEATMAP scene units times the view's scale): then no smoothing is needed."""
        if pixmap is None or pixmap.isNull():
            self.heatmap.setVisible(False)
            return
        self.heatmap.setPixmap(pixmap)
        self.heatmap.setScale(HEATMAP / max(pixmap.width(), pixmap.height()))
        self.heatmap.setPos(-HEATMAP / 2, -HEATMAP / 2)
        self.heatmap.setVisible(True)

    def describe(self) -> str:
        return self.controller.describe_neuron(self.column, self.index)



class BiasItem(QGraphicsRectItem):
    """The bias of a neuron: a small badge at the neuron's lower left corner, coloured by sign and |b|."""

    def __init__(self, controller, neuron: NeuronItem):
        super().__init__(QRectF(-BADGE / 2, -BADGE / 2, BADGE, BADGE), neuron)
        self.controller, self.neuron = controller, neuron
        self.setPos(-NEURON / 2, NEURON / 2)
        self.setPen(QPen(QColor(80, 80, 80), 0.8))
        self.setBrush(QBrush(QColor(200, 200, 200)))
        self.setZValue(3)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def describe(self) -> str:
        return self.controller.describe_bias(self.neuron.column, self.neuron.index)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        event.accept()
        self.controller.edit_bias(self.neuron.column, self.neuron.index, event.scenePos())


class LinkItem(QGraphicsItem):
    """A weight: a line from neuron ``i`` of column ``column`` to neuron ``j`` of the next column.

    Its hit area and bounding rectangle are computed once and cached: Qt asks for them on every repaint and
    every restyle, tens of thousands of times a second while MNIST trains, and a new pen (a new colour and
    width each snapshot) changes neither unless the pen gets wider than the hit area.
    """

    def __init__(self, controller, column: int, i: int, j: int, line: QLineF):
        super().__init__()
        self.controller, self.column, self.i, self.j = controller, column, i, j
        self._line = QLineF(line)
        self._pen = QPen()
        self._hit_width = 0.0
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self._update_geometry()
        self.setZValue(0)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._hover = False

    def _update_geometry(self) -> None:
        """Recompute the cached hit area (call only with prepareGeometryChange() when the item is shown)."""
        self._hit_width = max(HIT_WIDTH, self._pen.widthF() + 2.0)   # + 2: the highlighted pen is wider
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(self._hit_width)
        self._shape = stroker.createStroke(path)
        self._bounds = self._shape.boundingRect()

    def line(self) -> QLineF:
        return QLineF(self._line)

    def pen(self) -> QPen:
        return QPen(self._pen)

    def setPen(self, pen: QPen) -> None:  # noqa: N802 - Qt's name
        """Restyle the link; its geometry changes only when the pen outgrows the hit area."""
        if pen == self._pen:
            return
        self._pen = QPen(pen)
        if max(HIT_WIDTH, self._pen.widthF() + 2.0) != self._hit_width:
            self.prepareGeometryChange()
            self._update_geometry()
        self.update()

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        pen = self._pen
        if self._hover:
            pen = QPen(pen)
            pen.setWidthF(pen.widthF() + 2.0)
            # away from the background: darker on a light drawing, lighter on a dark desktop's
            dark = widget is not None and widget.palette().base().color().lightness() < 128
            pen.setColor(pen.color().lighter(135) if dark else pen.color().darker(125))
        painter.setPen(pen)
        painter.drawLine(self._line)

    def set_highlighted(self, on: bool) -> None:
        """Drawn wider and darker (lighter on a dark drawing), on top of the other links (hovered, or its
        neuron is)."""
        if on != self._hover:
            self._hover = on
            self.setZValue(1 if on else 0)
            self.update()

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.set_highlighted(True)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.set_highlighted(False)

    def describe(self) -> str:
        return self.controller.describe_link(self.column, self.i, self.j)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        event.accept()
        self.controller.edit_weight(self.column, self.i, self.j, event.scenePos())


class ButtonItem(QGraphicsPathItem):
    """A small round +/- button drawn in the scene above a column; ``enabled`` False greys it out but a
    click still reaches the controller, which says why the edit is impossible."""

    def __init__(self, label: str, tooltip: str, callback, enabled: bool = True, column: int = -1):
        super().__init__()
        self.column = column
        path = QPainterPath()
        path.addEllipse(QRectF(-9, -9, 18, 18))
        self.setPath(path)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(4)
        self.tooltip, self.callback, self.enabled = tooltip, callback, enabled
        text = self.text = QGraphicsSimpleTextItem(label, self)
        font = QFont()
        font.setPointSizeF(11)
        font.setBold(True)
        text.setFont(font)
        r = text.boundingRect()
        text.setPos(-r.width() / 2, -r.height() / 2 - 0.5)
        self.label = label
        self.set_colors(QColor(60, 60, 60) if enabled else QColor(175, 175, 175), QColor(255, 255, 255))

    def set_colors(self, line: QColor, fill: QColor) -> None:
        """The ring's and the sign's colour, and the fill inside the ring (the scene takes them from the
        desktop's palette: a white button with a dark sign, or a dark one with a light sign in dark mode)."""
        self.setPen(QPen(line, 1.2))
        self.setBrush(QBrush(fill))
        self.text.setBrush(QBrush(line))

    def describe(self) -> str:
        return self.tooltip

    def mousePressEvent(self, event) -> None:  # noqa: N802
        event.accept()
        later(self.callback)


class ColumnBackground(ColumnClicks, QGraphicsRectItem):
    """The area of one column; clicking it selects the layer, and it is tinted while selected."""

    def __init__(self, controller, column: int, rect: QRectF, tooltip: str):
        super().__init__(rect)
        self.controller, self.column, self.tooltip = controller, column, tooltip
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue(-2)
        self.set_selected(False)

    def set_selected(self, selected: bool) -> None:
        self.setBrush(_SELECTED_BRUSH if selected else QBrush(Qt.BrushStyle.NoBrush))

    def describe(self) -> str:
        return self.tooltip



def text_item(text: str, center: QPointF, parent: QGraphicsItem | None = None, size: float = 9.0,
              bold: bool = False, color: QColor | None = None) -> QGraphicsSimpleTextItem:
    """A text item centred on ``center``."""
    item = QGraphicsSimpleTextItem(text, parent)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(QBrush(color or QColor(50, 50, 50)))
    r = item.boundingRect()
    item.setPos(center.x() - r.width() / 2, center.y() - r.height() / 2)
    item.setZValue(3)
    return item


class ValueLabel(QGraphicsRectItem):
    """The number of a weight (on its link) or a bias (below its neuron), written small on a white tag, so a
    learner can compare the screen with the lecture's numbers. A click edits the value like its link/badge."""

    def __init__(self, controller, kind: str, column: int, i: int, j: int, center: QPointF):
        super().__init__()
        self.controller, self.kind, self.column, self.i, self.j = controller, kind, column, i, j
        self.center = QPointF(center)
        self.setPen(QPen(QColor(200, 200, 200), 0.6))
        self.setBrush(QBrush(QColor(255, 255, 255, 235)))
        self.setZValue(5)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.text = QGraphicsSimpleTextItem(self)
        font = QFont()
        font.setPointSizeF(7)
        self.text.setFont(font)
        self.text.setBrush(QBrush(QColor(40, 40, 40)))

    def set_text(self, text: str) -> None:
        if text == self.text.text():
            return
        self.text.setText(text)
        r = self.text.boundingRect()
        self.setRect(QRectF(-r.width() / 2 - 2, -r.height() / 2, r.width() + 4, r.height()))
        self.text.setPos(-r.width() / 2, -r.height() / 2)
        self.setPos(self.center)

    def describe(self) -> str:
        if self.kind == "W":
            return self.controller.describe_link(self.column, self.i, self.j)
        return self.controller.describe_bias(self.column, self.i)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        event.accept()
        if self.kind == "W":
            self.controller.edit_weight(self.column, self.i, self.j, event.scenePos())
        else:
            self.controller.edit_bias(self.column, self.i, event.scenePos())

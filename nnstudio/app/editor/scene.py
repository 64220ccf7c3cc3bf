"""NetworkScene: the drawing of a network — columns of neurons, links, bias badges, weight labels, heatmaps —
built once per spec and restyled from every snapshot; and what each item says when hovered.

Column 0 is the input; column c >= 1 is Dense layer c - 1 (hidden layers, then the output layer). Large layers
are drawn compactly (first and last few neurons and a count), and links are drawn only between drawn neurons,
so a 784-256-10 network stays fast. Items ask their ``controller`` (the NetworkEditor) for what a click does.
"""
from __future__ import annotations

import functools

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsScene

from nnstudio.app.colors import (UNKNOWN, blend, faded_text, heatmap_image, heatmap_rgb, rgb_image, scale_color,
                                 signed_color, to_unit_range)
from nnstudio.app.editor.items import (NEURON, ButtonItem, ColumnBackground, LinkItem, NeuronItem,
                                       ValueLabel, text_item)
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.spec import LayerSpec, NetworkSpec

COL_GAP = 125.0      # horizontal distance between columns, scene units: room for a title ("Hidden layer 16")
LABELLED_GAP = 170.0  # ... when weight values are written on the links between them
ROW_GAP = 48.0       # vertical distance between neurons
# a column's header sits at fixed heights, whatever the size of the layers: its +/- buttons stay where they
# are while the layer grows or shrinks under them
BUTTON_Y = 11.0      # centre of the +/- buttons; the drawing starts at y = 0
TITLE_Y = 34.0       # centre of the layer's title ...
DETAIL_Y = 52.0      # ... and of its size and activation
NEURONS_TOP = 72.0   # top edge of the tallest column's first neuron
TOP_MARGIN = 8.0     # room above the buttons
TITLE_PT = 10.0      # font sizes (points at scale 1)
DETAIL_PT = 8.5
MAX_FULL = 12        # a layer with more neurons is drawn compactly:
HEAD, TAIL = 5, 5    # its first HEAD and last TAIL neurons and a count between them
MAX_LABELLED_LINKS = 16  # weight values are written on the links of a layer only up to this many links
MAX_LABELLED_FANOUT = 3  # ... and only when each neuron feeds at most this many neurons
LABEL_SIZE = (43.0, 13.0)  # room a weight label takes on its link: "−0.0718" (39 px) at 7 pt and a margin, scene units
LABEL_FRACTIONS = tuple(0.1 + 0.025 * k for k in range(29))   # where along its link (0.1 ... 0.8) a label may sit


# how far each kind of text fades from the palette's text colour toward the drawing's background (its base):
# titles and labels stand out, sizes and activations less; a greyed-out +/- button fades most
TITLE_FADE = 0.2
DETAIL_FADE = 0.35
DISABLED_FADE = 0.7

LINK_LEVELS = 64     # a link's |w| (relative to its layer's largest) is drawn in this many widths and shades


@functools.cache
def link_pens(background: tuple[int, int, int] = (255, 255, 255)) -> tuple[QPen, ...]:
    """The links' pens, built once per background (the drawing's base colour): index (sign + 1) * LINK_LEVELS +
    level for sign -1 (orange), 0 (grey) or +1 (blue) and level 0..LINK_LEVELS - 1 of |w| / the layer's largest
    |w|: from thin and faded toward the background (pale on white, dim on a dark desktop) to 6 units wide and
    full colour. Steps of 1/63 are too fine to see, and reusing the pens saves building 300 QColors and
    QPens in Python for each MNIST snapshot the editor draws: its restyle fell from 4.5–6.5 to 1.9–2.7 ms."""
    pens = []
    for sign in (-1.0, 0.0, 1.0):
        for level in range(LINK_LEVELS):
            frac = level / (LINK_LEVELS - 1)
            pen = QPen(signed_color(sign, 0.35 + 0.65 * frac, background), 0.5 + 5.5 * frac)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # round caps cost paint time and hide under neurons
            pens.append(pen)
    return tuple(pens)


MINUS = "\u2212"     # the lectures' minus: a weight reads "−7" here as in the lessons beside the studio


def fmt(value: float, digits: int = 4) -> str:
    return f"{value:.{digits}g}".replace("-", MINUS)


def labelled_links(sources: int, targets: int) -> bool:
    """Whether weight values are written on the links between ``sources`` and ``targets`` drawn neurons."""
    return targets <= MAX_LABELLED_FANOUT and sources * targets <= MAX_LABELLED_LINKS


def label_spots(lines: list[QLineF], preferred: list[float]) -> list[QPointF | None]:
    """Where to write the weight of each link: on the link, at the fraction of its length nearest its
    ``preferred`` one where the label (as wide as "−0.0718") covers no label placed before; None where every
    spot is taken (never for the networks that get labels, drawn LABELLED_GAP apart). Labels are placed in the
    order of their preferred fractions: the links into one neuron first, which leaves every link a spot."""
    w, h = LABEL_SIZE
    placed: list[QRectF] = []
    spots: list[QPointF | None] = [None] * len(lines)
    for k in sorted(range(len(lines)), key=lambda k: preferred[k]):
        for t in sorted(LABEL_FRACTIONS, key=lambda t: abs(t - preferred[k])):
            at = lines[k].pointAt(t)
            rect = QRectF(at.x() - w / 2, at.y() - h / 2, w, h)
            if not any(rect.intersects(other) for other in placed):
                placed.append(rect)
                spots[k] = at
                break
    return spots


def shown_indices(units: int) -> list[int]:
    """The neurons drawn for a layer of ``units``: all of them, or the first HEAD and last TAIL."""
    if units <= MAX_FULL:
        return list(range(units))
    return [*range(HEAD), *range(units - TAIL, units)]


class NetworkScene(QGraphicsScene):
    """The network drawing; ``show_spec`` rebuilds it, ``show_weights``/``show_maps`` restyle it."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        # no BSP index: every snapshot restyles all links, and each restyle would re-index the item; a linear
        # search over a few hundred items is cheaper for hovering and clicking
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.controller = controller
        self.spec = NetworkSpec.xor_default()
        self.weights: list[np.ndarray] | None = None
        self.grads: tuple[np.ndarray, ...] = ()
        self.show_values = True
        self.maps = None
        self.extent = None
        self._ramp_key = None
        self._ramps: tuple[QPixmap, QPixmap] | None = None
        self.neurons: dict[tuple[int, int], NeuronItem] = {}
        self._links: list[tuple[list[LinkItem], np.ndarray, np.ndarray]] = []
        self._backgrounds: list[ColumnBackground] = []
        self.labels: list[ValueLabel] = []
        self.count_items = []   # the "⋮ 784" labels of compact columns
        self.title_items = []   # the columns' titles, input first
        self._texts: list[tuple] = []   # (text item, how far it fades toward the background), for the palette
        self._buttons: list[ButtonItem] = []
        self._link_background = (255, 255, 255)   # what weak links fade toward: the palette's base
        self._xs = [0.0]        # the columns' x, scene units

    # ------------------------------------------------------------------ names
    def layer_title(self, column: int) -> str:
        if column == 0:
            return self.tr("Input layer")
        if column == len(self.spec.sizes) - 1:
            return self.tr("Output layer")
        return self.tr("Hidden layer {n}").format(n=column)

    def layer_name(self, column: int) -> str:
        """The layer's name inside a sentence."""
        if column == 0:
            return self.tr("the input layer")
        if column == len(self.spec.sizes) - 1:
            return self.tr("the output layer")
        return self.tr("hidden layer {n}").format(n=column)

    def _regularization_text(self, layer: LayerSpec) -> str:
        """E.g. "L2 0.001" and "dropout 0.25" on two lines below a column ("" when the layer has none)."""
        parts = []
        if layer.l1:
            parts.append(self.tr("L1 {v}").format(v=fmt(layer.l1)))
        if layer.l2:
            parts.append(self.tr("L2 {v}").format(v=fmt(layer.l2)))
        if layer.dropout:
            parts.append(self.tr("dropout {v}").format(v=fmt(layer.dropout)))
        return "\n".join(parts)

    # ------------------------------------------------------------------ building
    def show_spec(self, spec: NetworkSpec, refusals: dict[int, str], xs=None) -> QRectF:
        """Draw ``spec`` from scratch; ``refusals`` maps a column to why its size cannot be edited (its +/-
        buttons are greyed); ``xs``: the columns' x to keep (``column_xs()`` of the last drawing, so that
        nothing moves sideways; weight values are then written only where the columns are far enough apart).
        Returns the part of the scene to keep in view (the buttons start at y = 2)."""
        self.spec = spec
        self.clear()
        self.neurons.clear()
        self._links = []
        self._backgrounds = []
        self.labels = []
        self.count_items = []
        self.title_items = []
        self._texts = []
        self._buttons = []
        sizes = spec.sizes
        n_cols = len(sizes)
        gap = COL_GAP
        if xs is not None and len(xs) == n_cols:
            self._xs = list(xs)
        else:
            drawn = [len(shown_indices(n)) for n in sizes]
            gaps = [LABELLED_GAP if labelled_links(a, b) else COL_GAP for a, b in zip(drawn[:-1], drawn[1:])]
            self._xs = [sum(gaps[:c]) for c in range(n_cols)]
        slots = [len(shown_indices(n)) + (1 if n > MAX_FULL else 0) for n in sizes]
        bottom = NEURONS_TOP + (max(slots) - 1) * ROW_GAP + NEURON
        extras = [self._regularization_text(spec.layers[c - 1]) if c > 0 else "" for c in range(n_cols)]
        footer = 20.0 + 14.0 * max(text.count("\n") + 1 if text else 0 for text in extras)
        positions: list[list[tuple[int, QPointF]]] = []
        for c, n in enumerate(sizes):
            x = self.column_x(c)
            shown = shown_indices(n)
            k_slots = slots[c]
            # each column centred on the tallest one, below the header
            first = NEURONS_TOP + NEURON / 2 + (max(slots) - k_slots) / 2 * ROW_GAP
            ys = [first + k * ROW_GAP for k in range(k_slots)]
            if n > MAX_FULL:
                ys_neurons = ys[:HEAD] + ys[HEAD + 1:]
                count = text_item(self.tr("⋮\n{n}").format(n=n), QPointF(x, ys[HEAD]), size=10)
                count.setToolTip(self.tr("{n} neurons; the first {head} and the last {tail} are drawn.")
                                 .format(n=n, head=HEAD, tail=TAIL))
                self._add_text(count, TITLE_FADE)
                self.count_items.append(count)
            else:
                ys_neurons = ys
            col_positions = []
            for idx, y in zip(shown, ys_neurons):
                item = NeuronItem(self.controller, c, idx)
                item.setPos(x, y)
                self.addItem(item)
                self.neurons[(c, idx)] = item
                col_positions.append((idx, QPointF(x, y)))
                if c == 0:
                    self._add_text(text_item(f"x{idx + 1}", QPointF(x - NEURON / 2 - 14, y), size=DETAIL_PT),
                                   TITLE_FADE)
                elif c == n_cols - 1:
                    self._add_text(text_item(f"ŷ{idx + 1}", QPointF(x + NEURON / 2 + 14, y), size=DETAIL_PT),
                                   TITLE_FADE)
            positions.append(col_positions)
            # header: +/- buttons, name, size and activation
            title = self.layer_title(c)
            detail = (self.tr("%n feature(s)", None, n) if c == 0 else
                      self.tr("{n} · {activation}").format(n=n, activation=spec.layers[c - 1].activation))
            title_item = text_item(title, QPointF(x, TITLE_Y), size=TITLE_PT, bold=True)
            self._add_text(title_item, TITLE_FADE)
            self.title_items.append(title_item)
            self._add_text(text_item(detail, QPointF(x, DETAIL_Y), size=DETAIL_PT), DETAIL_FADE)
            if extras[c]:
                lines = extras[c].count("\n") + 1
                self._add_text(text_item(extras[c], QPointF(x, bottom + 14 + 7 * lines), size=DETAIL_PT),
                               DETAIL_FADE)
            why = refusals.get(c)
            minus = ButtonItem("−", why or self.tr("Remove the last neuron of {layer}.").format(
                layer=self.layer_name(c)), lambda c=c: self.controller.remove_neuron(c), enabled=why is None,
                column=c)
            plus = ButtonItem("+", why or self.tr("Add a neuron to {layer}.").format(
                layer=self.layer_name(c)), lambda c=c: self.controller.add_neuron(c), enabled=why is None,
                column=c)
            minus.setPos(x - 14, BUTTON_Y)
            plus.setPos(x + 14, BUTTON_Y)
            self.addItem(minus)
            self.addItem(plus)
            self._buttons += [minus, plus]
            rect = QRectF(x - gap * 0.4, 0, gap * 0.8, bottom + footer)
            bg = ColumnBackground(self.controller, c, rect,
                                  self.tr("{title}: click to select it and edit it below.").format(title=title))
            self.addItem(bg)
            self._backgrounds.append(bg)
        for c in range(n_cols - 1):
            self._add_links(c, positions[c], positions[c + 1], sizes[c + 1])
        for label in self.labels:
            label.setVisible(False)
            self.addItem(label)
        self.apply_palette()     # (and the links' colours: refresh_weights)
        return QRectF(-gap * 0.5, -TOP_MARGIN, self._xs[-1] + gap, bottom + footer + TOP_MARGIN)

    def _add_text(self, item, fade: float) -> None:
        self.addItem(item)
        self._texts.append((item, fade))

    def apply_palette(self) -> None:
        """Colour the texts and the +/- buttons from the palette: the drawing lies on the view's base colour,
        white on a light desktop and near black on a dark one (dark grey titles were unreadable there); weak
        links fade toward it (pale lines on white were bright ones on a dark drawing)."""
        palette = self.palette()
        for item, fade in self._texts:
            item.setBrush(faded_text(palette, fade))
        base = palette.color(QPalette.ColorRole.Base)
        enabled = faded_text(palette, TITLE_FADE)
        disabled = blend(palette.color(QPalette.ColorRole.Text), base, 1.0 - DISABLED_FADE)
        for button in self._buttons:
            button.set_colors(enabled if button.enabled else disabled, base)
        self._link_background = base.getRgb()[:3]
        self.refresh_weights()

    def event(self, event) -> bool:
        # the desktop switched between light and dark mode (the application's palette changed): recolour
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        return super().event(event)

    def column_xs(self) -> tuple[float, ...]:
        """Every column's x, scene units (input first)."""
        return tuple(self._xs)

    def column_x(self, column: int) -> float:
        """The x of a column's centre, scene units."""
        return self._xs[column]

    def header_rect(self, column: int) -> QRectF:
        """The header of a column (its +/- buttons, title, size and activation), scene units."""
        rect = self._backgrounds[column].rect()
        return QRectF(rect.left(), -TOP_MARGIN, rect.width(), NEURONS_TOP + TOP_MARGIN)

    def _add_links(self, c: int, sources, targets, target_units: int) -> None:
        items, ii, jj = [], [], []
        for i, p in sources:
            for j, q in targets:
                link = LinkItem(self.controller, c, i, j, QLineF(p.x() + NEURON / 2, p.y(), q.x() - NEURON / 2, q.y()))
                self.addItem(link)
                items.append(link)
                ii.append(i)
                jj.append(j)
        self._links.append((items, np.array(ii, dtype=np.intp), np.array(jj, dtype=np.intp)))
        # weight labels on the links, only for few targets and few links; each target neuron's links prefer
        # their own distance along the link (15 %, ..., 65 %), so labels of crossing links do not meet, and
        # a label that would still cover one placed before moves along its link to the nearest free spot
        # (links fanning out of one neuron meet near it); a link with no free spot keeps its value in its tooltip
        n_targets = len(targets)
        if labelled_links(len(sources), n_targets) and self._xs[c + 1] - self._xs[c] >= LABELLED_GAP:
            preferred = [0.3 if n_targets == 1 else 0.15 + 0.5 * link.j / (n_targets - 1) for link in items]
            for link, at in zip(items, label_spots([link.line() for link in items], preferred)):
                if at is not None:
                    self.labels.append(ValueLabel(self.controller, "W", c, link.i, link.j, at))
        if target_units <= MAX_FULL:  # bias labels sit below their neurons and never collide
            for j, q in targets:
                self.labels.append(ValueLabel(self.controller, "b", c + 1, j, 0,
                                              QPointF(q.x(), q.y() + NEURON / 2 + 8)))

    def select_column(self, column: int) -> None:
        for c, bg in enumerate(self._backgrounds):
            bg.set_selected(c == column)

    # ------------------------------------------------------------------ live restyling
    def show_weights(self, weights, grads=()) -> None:
        self.weights = None if weights is None else list(weights)
        self.grads = tuple(grads or ())
        self.refresh_weights()

    def refresh_labels(self) -> None:
        for label in self.labels:
            wb = self.layer_weights(label.column if label.kind == "W" else label.column - 1) \
                if self.show_values else None
            if wb is None:
                label.setVisible(False)
                continue
            value = wb[0][label.i, label.j] if label.kind == "W" else wb[1][label.i]
            label.set_text(fmt(float(value), 3) if label.kind == "W" else self.tr("b {v}").format(
                v=fmt(float(value), 3)))
            label.setVisible(True)

    def refresh_weights(self) -> None:
        neutral = QPen(QColor(*UNKNOWN), 0.8)
        for layer, (items, ii, jj) in enumerate(self._links):
            wb = self.layer_weights(layer)
            if wb is None:
                for item in items:
                    item.setPen(neutral)
                continue
            W = wb[0]
            values = W[ii, jj].astype(np.float64)
            # |w| relative to the layer's largest weight (but never magnify weights below 1)
            scale = max(1.0, float(np.max(np.abs(W))) if W.size else 1.0)
            frac = np.clip(np.nan_to_num(np.abs(values) / scale), 0.0, 1.0)
            level = np.rint(frac * (LINK_LEVELS - 1)).astype(np.intp)
            sign = (values > 0).astype(np.intp) - (values < 0)     # NaN: 0, drawn grey like a zero weight
            pens = link_pens(self._link_background)
            for item, k in zip(items, ((sign + 1) * LINK_LEVELS + level).tolist()):
                item.setPen(pens[k])
        for (c, idx), neuron in self.neurons.items():
            if neuron.bias is None:
                continue
            wb = self.layer_weights(c - 1)
            if wb is None:
                neuron.bias.setBrush(QColor(200, 200, 200))
                continue
            b = wb[1]
            scale = max(1.0, float(np.max(np.abs(b))))
            neuron.bias.setBrush(scale_color(float(b[idx]) / scale))
        self.refresh_labels()

    def show_maps(self, maps, extent, px: int) -> None:
        """Per-neuron heatmaps over the input plane (2-D data), ``px`` device pixels a side; None clears them."""
        self.maps, self.extent = maps, extent
        self.refresh_heatmaps(px)

    def refresh_heatmaps(self, px: int) -> None:
        spec, maps = self.spec, self.maps
        usable = (maps is not None and self.extent is not None and spec.input_dim == 2
                  and len(maps) == len(spec.layers)
                  and all(m.ndim == 3 and m.shape[0] == layer.units for m, layer in zip(maps, spec.layers)))
        if not usable:
            for neuron in self.neurons.values():
                neuron.set_heatmap(None)
            return
        ramps = self._input_ramps(maps[0].shape[1], px)
        for idx in range(spec.input_dim):
            self.neurons[(0, idx)].set_heatmap(ramps[idx])
        for c, layer in enumerate(spec.layers, start=1):
            shown = shown_indices(layer.units)
            # one vectorized colour lookup per layer, for the drawn neurons only
            rgb = heatmap_rgb(to_unit_range(maps[c - 1][shown], layer.activation))
            for k, idx in enumerate(shown):
                self.neurons[(c, idx)].set_heatmap(_scaled_pixmap(rgb_image(rgb[k]), px))

    def _input_ramps(self, res: int, px: int) -> tuple[QPixmap, QPixmap]:
        """x1 and x2 over the input plane, each divided by its largest |value| (0 stays neutral grey)."""
        key = (self.extent, res, px)
        if self._ramp_key != key:
            xmin, xmax, ymin, ymax = self.extent
            xs = np.linspace(xmin, xmax, res) / (max(abs(xmin), abs(xmax)) or 1.0)
            ys = np.linspace(ymin, ymax, res) / (max(abs(ymin), abs(ymax)) or 1.0)
            self._ramps = (_scaled_pixmap(heatmap_image(np.tile(xs, (res, 1))), px),
                           _scaled_pixmap(heatmap_image(np.tile(ys[:, None], (1, res))), px))
            self._ramp_key = key
        return self._ramps

    def highlight_neuron(self, column: int, index: int, on: bool) -> None:
        """Emphasize the drawn links into and out of a neuron (while the mouse is over it)."""
        for c, (items, ii, jj) in enumerate(self._links):
            if c == column - 1:
                hits = np.flatnonzero(jj == index)
            elif c == column:
                hits = np.flatnonzero(ii == index)
            else:
                continue
            for k in hits:
                items[k].set_highlighted(on)

    # ------------------------------------------------------------------ weights of the drawn structure
    def layer_weights(self, layer: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(W, b) of Dense layer ``layer`` if the newest weights have the spec's shapes."""
        return _pair_for(self.spec, self.weights or (), layer)

    def layer_grads(self, layer: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(dW, db) of Dense layer ``layer`` from the last training step of this network, else None."""
        return _pair_for(self.spec, self.grads, layer)

    # ------------------------------------------------------------------ hover descriptions
    def describe_neuron(self, column: int, index: int) -> str:
        spec = self.spec
        if column == 0:
            return self.tr("Input x{i}: feature {i} of {n}; it passes the data point's value on.").format(
                i=index + 1, n=spec.input_dim)
        layer = spec.layers[column - 1]
        lines = [self.tr("{layer}, neuron {i}").format(layer=self.layer_title(column), i=index + 1),
                 self.tr("a = {f}(Σ w·x + b)").format(f=layer.activation)]
        formula = ACTIVATIONS[layer.activation].formula if layer.activation in ACTIVATIONS else ""
        if formula:
            lines.append(formula)
        lines.append(self._bias_lines(column, index))
        return "\n".join(lines)

    def _bias_lines(self, column: int, index: int) -> str:
        layer = column - 1
        wb, g = self.layer_weights(layer), self.layer_grads(layer)
        value = fmt(float(wb[1][index])) if wb is not None else self.tr("not built yet")
        if g is None:
            return self.tr("bias b = {v}\n∂L/∂b: not computed yet (the next training step computes it)").format(
                v=value)
        return self.tr("bias b = {v}\n∂L/∂b = {g}").format(v=value, g=fmt(float(g[1][index])))

    def describe_bias(self, column: int, index: int) -> str:
        return "\n".join([
            self.tr("Bias of {layer}, neuron {i}: added to Σ w·x before the activation.").format(
                layer=self.layer_name(column), i=index + 1),
            self._bias_lines(column, index),
            self.tr("Click to type a new value.")])

    def describe_link(self, column: int, i: int, j: int) -> str:
        wb, g = self.layer_weights(column), self.layer_grads(column)
        src = (f"x{i + 1}" if column == 0 else
               self.tr("{layer} neuron {n}").format(layer=self.layer_name(column), n=i + 1))
        dst = self.tr("{layer} neuron {n}").format(layer=self.layer_name(column + 1), n=j + 1)
        value = fmt(float(wb[0][i, j])) if wb is not None else self.tr("not built yet")
        grad = (self.tr("∂L/∂w: not computed yet (the next training step computes it)") if g is None else
                self.tr("∂L/∂w = {g}").format(g=fmt(float(g[0][i, j]))))
        return "\n".join([
            self.tr("Weight W{l}[{i},{j}]: from {src} to {dst}").format(l=column + 1, i=i + 1, j=j + 1,
                                                                      src=src, dst=dst),
            self.tr("w = {v}").format(v=value),
            grad,
            self.tr("z{j} = Σᵢ wᵢ{j}·aᵢ + b{j}: this weight scales the input from {src}.").format(j=j + 1, src=src),
            self.tr("Click to type a new value."),
        ])


def _pair_for(spec: NetworkSpec, arrays, layer: int):
    """(W, b) of Dense layer ``layer`` from a [W1, b1, ...] list if its shapes fit ``spec``, else None."""
    sizes = spec.sizes
    if len(arrays) < 2 * layer + 2 or layer + 1 >= len(sizes):
        return None
    W, b = arrays[2 * layer], arrays[2 * layer + 1]
    if W.shape != (sizes[layer], sizes[layer + 1]) or b.shape != (sizes[layer + 1],):
        return None
    return W, b


def _scaled_pixmap(image, px: int) -> QPixmap:
    """``image`` resampled once to ``px`` pixels, so that painting it is a plain copy."""
    return QPixmap.fromImage(image.scaled(px, px, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

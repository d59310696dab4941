"""Column widths that fit a table's content in the room it has (kk and ru labels are long).

Every column first takes its natural width (its widest cell among the measured rows, or its
header). When the columns up to a `keep_visible` one (the editable one) do not fit the viewport,
the elastic (text) columns before it give up width, down to `min_px` each, so the editable column
is seen without scrolling; a cut text shows "…" and its cell's tooltip has it whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView

MIN_ELASTIC_PX = 70


def natural_width(view: QTableView, column: int) -> int:
    """The width at which the column's measured cells and its header are not cut."""
    header = view.horizontalHeader()
    return max(view.sizeHintForColumn(column), header.sectionSizeHint(column))


def fit_columns(view: QTableView, elastic: Sequence[int], keep_visible: int | None = None,
                min_px: int = MIN_ELASTIC_PX, natural: Sequence[int] | None = None) -> list[int]:
    """Set every column to its natural width (or `natural`, measured before), then shrink the
    elastic columns left of `keep_visible` just enough that it ends inside the viewport.
    Returns the natural widths (to re-fit on a resize without measuring again)."""
    model = view.model()
    if model is None:
        return []
    n = model.columnCount()
    widths = list(natural) if natural is not None and len(natural) == n else [
        natural_width(view, c) for c in range(n)]
    out = list(widths)
    header = view.horizontalHeader()
    if keep_visible is not None and 0 <= keep_visible < n:
        room = view.viewport().width()
        shown = [c for c in range(n) if not view.isColumnHidden(c)
                 and header.visualIndex(c) <= header.visualIndex(keep_visible)]
        excess = sum(out[c] for c in shown) - room
        if excess > 0:
            give = {c: max(0, out[c] - min_px) for c in elastic if c in shown}
            total = sum(give.values())
            if total > 0:
                share = min(1.0, excess / total)
                for c, g in give.items():
                    out[c] -= int(round(g * share + 0.5))
    for c in range(n):
        if view.columnWidth(c) != out[c]:
            view.setColumnWidth(c, out[c])
    return widths


class FittedTableView(QTableView):
    """A table whose columns are fitted by `fit()` (after the rows change) and re-fitted, without
    measuring again, when the view is resized."""

    def __init__(self, elastic: Sequence[int], keep_visible: int | None = None,
                 parent=None) -> None:  # noqa: ANN001 - a QWidget or None
        super().__init__(parent)
        self.elastic = tuple(elastic)
        self.keep_visible = keep_visible
        self._natural: list[int] | None = None

    def fit(self) -> None:
        self._natural = fit_columns(self, self.elastic, self.keep_visible)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        if self._natural is not None:
            fit_columns(self, self.elastic, self.keep_visible, natural=self._natural)

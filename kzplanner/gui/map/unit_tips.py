"""Unit tooltips written when one is shown, not for all 224 units on every restyle (~2.5 ms of
a first draw): `UnitTips` keeps what a restyle drew, `TipScene` asks the items under the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneHelpEvent, QToolTip

from kzplanner.app.display.indicator_values import drawn_values, format_value, worst_first_ranks
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number

if TYPE_CHECKING:
    from kzplanner.app.display.map_data import MapData
    from kzplanner.app.display.prepared import PreparedDataset


class UnitTips:
    """The tooltip of each unit for the values a restyle drew (row i = unit i of `data`)."""

    def __init__(self) -> None:
        self._args: tuple | None = None
        self._rows: dict[str, int] = {}
        self._cache: dict[str, str] = {}
        self._ranks: np.ndarray | None = None
        self._after: np.ndarray | None = None

    def set_values(self, codes: list[str], data: MapData, prepared: PreparedDataset | None,
                   result: object, values: np.ndarray, indicator: str, mode: str,
                   lang: str) -> None:
        """`values[i]` (and data's arrays) belong to unit `codes[i]`."""
        self._args = (data, prepared, result, values, indicator, mode, lang)
        self._rows = {code: i for i, code in enumerate(codes)}
        self._cache.clear()
        self._ranks = self._after = None

    def text(self, code: str) -> str:
        """The unit's tooltip (rich text), '' for no unit or before the first restyle."""
        if self._args is None or code not in self._rows:
            return ""
        found = self._cache.get(code)
        if found is not None:
            return found
        data, prepared, result, values, indicator, mode, lang = self._args
        if self._ranks is None:
            self._ranks = worst_first_ranks(values, indicator, mode)
            self._after = (drawn_values(data, prepared, result, indicator, "projected")
                           if mode != "baseline" and prepared is not None else None)
        i = self._rows[code]
        ranks, after = self._ranks, self._after
        names = data.unit_names(lang)
        lines = [f"<b>{names.get(code) or code}</b>",
                 f"{label(indicator, lang)}: <b>{format_value(values[i], indicator, mode, lang)}</b>"]
        if after is not None:
            before = data.values(indicator)
            lines.append(f"{format_value(before[i], indicator, 'baseline', lang)} → "
                         f"{format_value(after[i], indicator, 'projected', lang)}")
        if not np.isnan(ranks[i]):
            key = "tooltip.rank_change" if mode == "change" else "tooltip.rank"
            lines.append(tr(key, lang, rank=int(ranks[i]), n=int((~np.isnan(values)).sum())))
        if not np.isnan(data.population[i]):
            lines.append(f"{tr('tooltip.population', lang)}: "
                         f"{format_number(data.population[i], lang)}")
        text = self._cache[code] = "<br>".join(lines)
        return text


class TipScene(QGraphicsScene):
    """A scene whose help event asks each item under the mouse for `toolTip()` from Python
    (Qt's own reads only the text stored with setToolTip), topmost first, as Qt does."""

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802 - Qt override
        viewport = event.widget()
        view = viewport.parent() if viewport is not None else None
        text = ""
        if view is not None and hasattr(view, "items"):
            for item in view.items(view.mapFromGlobal(event.screenPos())):
                text = item.toolTip()
                if text:
                    break
        QToolTip.showText(event.screenPos(), text, viewport)
        event.setAccepted(bool(text))

"""Two or three scenarios side by side: headline figures with deltas, and units by difference."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.display.indicator_values import format_change
from kzplanner.app.strings import tr
from kzplanner.core.dataset import Dataset
from kzplanner.core.formatting import format_kzt, format_number
from kzplanner.core.planning.result import PlanResult
from kzplanner.core.scenario import Scenario
from kzplanner.gui.project.project_session import ProjectSession
from kzplanner.gui.room_layout import scrollable
from kzplanner.gui.screen_fit import fit_to_screen
from kzplanner.gui.tasks import TaskKind

MONEY = {"budget", "spent", "unspent", "kzt_per_device", "kzt_per_internet",
         "kzt_per_institution"}
GAPS = {"combined_gap_before", "combined_gap_after"}
# Which direction is better, for colouring deltas (None: neither). Each measure has its own row:
# the view never adds people across measures.
BETTER_UP = {"newly_with_device", "newly_with_internet", "institutions_connected",
             "people_served_by_kits"}
BETTER_DOWN = {"combined_gap_after", "gini_after", "kzt_per_device", "kzt_per_internet",
               "kzt_per_institution", "unspent"}
GOOD, BAD = QColor("#2e7d32"), QColor("#c62828")


def format_headline(key: str, value: float, lang: str, delta: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if key in GAPS:
        return format_change(value, "combined_gap", lang) if delta else format_number(value,
                                                                                    lang, 1)
    sign = "+" if delta and value > 0 else ("−" if delta and value < 0 else "")
    shown = abs(value) if delta else value
    if key in MONEY:
        return sign + format_kzt(shown, lang)
    if key == "gini_after":
        return sign + format_number(shown, lang, 3)
    return sign + format_number(shown, lang)


def compute_comparison(ds: Dataset, scenarios: list[Scenario]
                       ) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, PlanResult]]:
    """Worker side: each scenario's result (stored allocation, else solved) and the comparison."""
    from kzplanner.core.scenario import compare_scenarios, scenario_result

    results: dict[str, PlanResult] = {s.name: scenario_result(ds, s) for s in scenarios}
    headlines, per_unit = compare_scenarios(results)
    return headlines, per_unit, results


class CompareDialog(QDialog):
    def __init__(self, session: ProjectSession, names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = state = session.state
        self.names = list(names)
        self.setObjectName("compareDialog")
        fit_to_screen(self, 900, 560)
        lang = state.language
        self.setWindowTitle(tr("cmp.title", lang))
        self.intro = QLabel(tr("cmp.computing", lang), self)
        self.intro.setWordWrap(True)
        self.headlines = QTableWidget(self)
        self.headlines.setObjectName("compareHeadlines")
        self.units = QTableWidget(self)
        self.units.setObjectName("compareUnits")
        for table in (self.headlines, self.units):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.setAlternatingRowColors(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.headlines, tr("cmp.tab_headlines", lang))
        self.tabs.addTab(self.units, tr("cmp.tab_units", lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("dlg.close", lang))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.table_frames: tuple[pd.DataFrame, pd.DataFrame] | None = None
        ds = state.dataset
        assert ds is not None
        scenarios = [session.workspace.scenario(n) for n in self.names]
        state.tasks.submit(TaskKind.COMPARE, lambda _fb: compute_comparison(ds, scenarios),
                           self.show_comparison,
                           lambda exc: state.error_raised.emit(TaskKind.COMPARE, exc))

    def show_comparison(self, frames: tuple[pd.DataFrame, pd.DataFrame, dict[str, PlanResult]]
                        ) -> None:
        headlines, per_unit, results = frames
        self.table_frames = (headlines, per_unit)
        lang = self.state.language
        base, others = self.names[0], self.names[1:]
        self.intro.setText(tr("cmp.intro", lang, base=base))
        # --- headline figures: one column per scenario, then Δ to the first
        cols = [tr("cmp.figure", lang), *self.names,
                *[tr("cmp.delta", lang, name=n) for n in others]]
        t = self.headlines
        t.setColumnCount(len(cols))
        t.setRowCount(len(headlines))
        t.setHorizontalHeaderLabels(cols)
        from kzplanner.app.compare_text import row_labels

        for r, (key, name) in enumerate(zip(headlines.index,
                                            row_labels(headlines.index, results, lang),
                                            strict=True)):
            t.setItem(r, 0, QTableWidgetItem(name))
            for c, name in enumerate(self.names, 1):
                t.setItem(r, c, _number(format_headline(key, headlines.loc[key, name], lang)))
            for c, name in enumerate(others, 1 + len(self.names)):
                value = headlines.loc[key, f"Δ {name}"]
                item = _number(format_headline(key, value, lang, delta=True))
                shown = 0.05 if key in GAPS else 1e-9  # a gap's change is shown to 0.1 point
                if isinstance(value, float) and not math.isnan(value) and abs(value) >= shown:
                    good = (value > 0) == (key in BETTER_UP) if key in BETTER_UP | BETTER_DOWN \
                        else None
                    if good is not None:
                        item.setForeground(GOOD if good else BAD)
                t.setItem(r, c, item)
        # the figures' names take the room the numbers leave and wrap, so that the differences
        # stay in view (they were off to the right behind the longest name)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.setWordWrap(True)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # --- units sorted by the largest difference in the gap after the plan; that difference
        # comes first, beside the unit (the spending, widest, last)
        diff_cols = [f"Δ gap {n}" for n in others]
        order = per_unit[diff_cols].abs().max(axis=1).sort_values(ascending=False).index
        u = self.units
        cols = [tr("cmp.unit", lang)]
        cols += [tr("cmp.gap_delta", lang, name=n) for n in others]
        cols += [tr("cmp.gap_after", lang, name=n) for n in self.names]
        cols += [tr("cmp.spent", lang, name=n) for n in self.names]
        u.setColumnCount(len(cols))
        u.setRowCount(len(order))
        u.setHorizontalHeaderLabels(cols)
        for r, code in enumerate(order):
            row = per_unit.loc[code]
            u.setItem(r, 0, QTableWidgetItem(self.state.unit_name(str(code))))
            c = 1
            for n in others:
                value = float(row[f"Δ gap {n}"])
                item = _number(format_change(value, "combined_gap", lang))
                if abs(value) >= 0.05:
                    item.setForeground(GOOD if value < 0 else BAD)
                u.setItem(r, c, item)
                c += 1
            for n in self.names:
                u.setItem(r, c, _number(format_number(row[f"gap after {n}"], lang, 1)))
                c += 1
            for n in self.names:
                u.setItem(r, c, _number(format_kzt(row[f"spent {n}"], lang)))
                c += 1
        u.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._add_side_by_side(results, lang)
        self._add_difference_maps(per_unit, base, others, lang)

    def _add_side_by_side(self, results: dict[str, PlanResult], lang: str) -> None:
        """The first two scenarios' maps of the gap after the plan, with the same class breaks."""
        from kzplanner.gui.map.map_page import build_page
        from kzplanner.gui.map.map_print import render_image

        prepared = self.state.prepared
        if prepared is None or len(self.names) < 2:
            return
        pair = self.names[:2]
        after = pd.concat([results[n].after["combined_gap"] for n in pair]).to_numpy(float)
        finite = after[np.isfinite(after)]
        breaks = tuple(np.unique(np.quantile(finite, [0.2, 0.4, 0.6, 0.8, 1.0])))
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        self.side_maps: dict[str, QLabel] = {}
        for name in pair:
            page = build_page(prepared, results[name], "combined_gap", "projected", lang,
                              scheme="user_defined", user_breaks=breaks, title=name)
            view = QLabel(holder)
            view.setObjectName("compareSideMap")
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)
            view.setPixmap(QPixmap.fromImage(render_image(page, "A4", True, dpi=90)).scaled(
                430, 310, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            row.addWidget(view)
            self.side_maps[name] = view
        # in a scroll area: the pictures never make the dialog taller than a small screen
        self.tabs.addTab(scrollable(holder), tr("cmp.tab_side", lang, a=pair[0], b=pair[1]))

    def _add_difference_maps(self, per_unit: pd.DataFrame, base: str, others: list[str],
                             lang: str) -> None:
        """One tab per other scenario: the map of its gap after the plan minus the first's."""
        from kzplanner.gui.map.map_page import difference_page
        from kzplanner.gui.map.map_print import render_image

        prepared = self.state.prepared
        if prepared is None:
            return
        self.difference_maps: dict[str, QLabel] = {}
        for name in others:
            page = difference_page(prepared, per_unit[f"Δ gap {name}"], lang,
                                   title=tr("cmp.map_title", lang, name=name, base=base),
                                   subtitle=tr("cmp.map_subtitle", lang, name=name, base=base))
            image = render_image(page, "A4", True, dpi=110)
            view = QLabel(self)
            view.setObjectName("compareDifferenceMap")
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)
            view.setPixmap(QPixmap.fromImage(image).scaled(
                860, 610, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self.difference_maps[name] = view
            self.tabs.addTab(scrollable(view), tr("cmp.tab_map", lang, name=name))


def _number(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item

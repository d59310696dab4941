"""The results panel: headline figures of the current plan, before → after, in the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.display.indicator_values import format_change
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_kzt, format_number, format_share
from kzplanner.core.planning.result import PlanResult
from kzplanner.core.planning.summary_text import valued_by_credits
from kzplanner.gui.state import AppState

_ARROW = " → "
AREA_ROWS = 4  # urban and rural: institutional gap, schools with access


class _HeightForWidthScroll(QScrollArea):
    """A scroll area whose body is as tall as its wrapped labels need at the viewport's width (a
    resizable scroll area otherwise squeezes the body to its width-blind minimum, and wrapped
    lines overlap in a short panel)."""

    def fit_body(self) -> None:
        body = self.widget()
        layout = body.layout() if body is not None else None
        if layout is None or not layout.hasHeightForWidth():
            return
        # the narrower of the viewport and the body (they differ while a scroll bar comes or
        # goes): the taller of the two heights, so no wrapped line is cut either way
        need = layout.totalHeightForWidth(min(self.viewport().width(), body.width()))
        if need > 0 and body.minimumHeight() != need:
            body.setMinimumHeight(need)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_body()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_body()  # new texts, new heights
        return super().eventFilter(watched, event)


def solver_text(summary: dict[str, Any], lang: str) -> str:
    """'the best possible plan, 1,4 s' / 'best plan found in the time, at most 0,5 % short
    of the best, 30,0 s' / 'rule-based'."""
    solver = summary.get("solver", {})
    if solver.get("method") != "milp":
        return tr("res.solver_rule", lang)
    seconds = format_number(float(solver.get("seconds") or 0.0), lang, 1)
    gap = solver.get("mip_gap")
    more = tr("res.solver_credited", lang) if valued_by_credits(summary) else ""
    if solver.get("optimal") and (gap is None or gap <= 1e-4):
        return tr("res.solver_exact", lang, seconds=seconds) + more
    return tr("res.solver_gap", lang, gap=format_share(gap or 0.0, lang, 2),
              seconds=seconds) + more


class _Wrapped(QLabel):
    """A word-wrapped label that asks for the height its text needs at its width (grid rows
    under-measure wrapped labels in a short panel)."""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and self.minimumHeight() != need:
            self.setMinimumHeight(need)


class _Tile(QFrame):
    """A headline figure: caption, big value, small note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = _Wrapped(self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.value = QLabel(self)
        self.value.setObjectName("tileValue")
        self.note = _Wrapped(self)
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)


class ResultsPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("resultsPanel")
        self.title = QLabel(self)
        self.title.setObjectName("panelTitle")
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        # One tile per measure (never a total across them) and one for the combined index.
        self.tiles = {k: _Tile(self) for k in ("institutions", "device", "internet", "gap")}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, i // 2, i % 2)
        tiles.setColumnStretch(0, 1)
        tiles.setColumnStretch(1, 1)

        # Detail rows: key → (caption label, value label); section headers in between.
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.sections: dict[str, QLabel] = {}
        detail = QWidget(self)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        layout_rows = [
            ("section", "budget"), ("row", "budget"), ("row", "spent"), ("row", "unspent"),
            ("row", "unspent_reason"),
            ("section", "objective"), ("row", "objective"), ("row", "exchange_rate"),
            ("section", "measures"), ("row", "measure_device"), ("row", "per_device"),
            ("row", "measure_internet"), ("row", "per_internet"),
            ("row", "measure_institutions"), ("row", "per_institutions"),
            ("row", "measure_school"), ("row", "measure_fap"), ("row", "measure_psc"),
            ("section", "gaps"), ("row", "combined_gap"), ("row", "institutional_gap"),
            ("row", "device_gap"), ("row", "internet_gap"), ("row", "gini"),
            *[("row", f"area_{i}") for i in range(AREA_ROWS)],
            ("section", "instruments"), ("row", "kits"), ("row", "vouchers"), ("row", "solver"),
        ]
        for r, (kind, key) in enumerate(layout_rows):
            if kind == "section":
                head = QLabel(detail)
                head.setObjectName("sectionHead")
                grid.addWidget(head, r, 0, 1, 2)
                self.sections[key] = head
                continue
            cap = _Wrapped(detail)
            cap.setObjectName("rowCaption")
            cap.setWordWrap(True)
            val = _Wrapped(detail)
            val.setObjectName("rowValue")
            val.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            val.setWordWrap(True)
            grid.addWidget(cap, r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(val, r, 1, Qt.AlignmentFlag.AlignTop)
            self.captions[key] = cap
            self.values[key] = val
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.detail = detail

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 10, 12, 10)
        body_layout.setSpacing(8)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.empty)
        body_layout.addLayout(tiles)
        body_layout.addWidget(detail)
        body_layout.addStretch(1)
        scroll = _HeightForWidthScroll(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.scroll = scroll
        body.installEventFilter(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        state.result_changed.connect(self.refresh)
        state.params_changed.connect(self.refresh)
        state.language_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lang = self.state.language
        result = self.state.result
        self.title.setText(tr("res.title", lang))
        self.empty.setText(tr("res.no_plan", lang))
        self.empty.setVisible(result is None)
        for tile in self.tiles.values():
            tile.setVisible(result is not None)
        self.detail.setVisible(result is not None)
        stale = result is not None and not self.state.result_is_current
        if self.property("stale") != stale:
            self.setProperty("stale", stale)
            for tile in self.tiles.values():  # re-evaluate the [stale] style rules
                tile.value.style().unpolish(tile.value)
                tile.value.style().polish(tile.value)
        if result is not None:
            self._fill(result, lang)
        self.scroll.fit_body()  # new texts: wrapped lines need new heights

    def _fill(self, result: PlanResult, lang: str) -> None:
        from kzplanner.core.planning.summary_text import (
            area_rows,
            exchange_rate_text,
            measure_rows,
            objective_text,
            summed_over_types,
        )

        s = result.summary
        before, after = s["combined_gap_before"], s["combined_gap_after"]
        m = s["measures"]
        rows = {r.key: r for r in measure_rows(s, lang)}
        weights = exchange_rate_text(s.get("objective", {}).get("weights", {}), lang)

        inst = m["institutions"]
        t = self.tiles["institutions"]
        t.caption.setText(label("measure.institutions", lang))
        t.value.setText(format_number(inst["connected"], lang))
        t.note.setText(tr("res.serving.summed" if summed_over_types(inst) else "res.serving",
                          lang, people=format_number(inst["people_served"], lang),
                          cost=format_kzt(inst["kzt_per_unit"], lang)))
        dev = m["device"]
        t = self.tiles["device"]
        t.caption.setText(label("measure.device", lang))
        t.value.setText(format_number(dev["newly"], lang))
        t.note.setText(tr("res.vouchers_cost", lang, n=format_number(dev["vouchers"], lang),
                          cost=format_kzt(dev["kzt_per_unit"], lang),
                          per=tr("res.per.people", lang)))
        net = m["internet"]
        t = self.tiles["internet"]
        t.caption.setText(rows["internet"].name if net["unit"] != "mixed"
                          else label("measure.internet.mixed", lang))
        t.value.setText(self._internet_value(net, lang))
        per = tr("res.per.people" if net["unit"] == "people" else "res.per.households", lang)
        t.note.setText(tr("res.vouchers_cost", lang, n=format_number(net["vouchers"], lang),
                          cost=format_kzt(net["kzt_per_unit"], lang), per=per))
        t = self.tiles["gap"]
        t.caption.setText(tr("res.gap", lang))
        t.value.setText(format_number(before, lang, 1) + _ARROW + format_number(after, lang, 1))
        t.note.setText(f"{format_change(after - before, 'combined_gap', lang)} · {weights}")

        for key, text in (("budget", "res.section.budget"), ("objective", "res.section.objective"),
                          ("measures", "res.section.measures"),
                          ("gaps", "res.section.gaps"),
                          ("instruments", "res.section.instruments")):
            self.sections[key].setText(tr(text, lang))

        def put(key: str, caption: str, value: str) -> None:
            self.captions[key].setText(caption)
            self.values[key].setText(value)
            self.captions[key].setVisible(True)
            self.values[key].setVisible(True)

        put("budget", tr("res.budget", lang), format_kzt(s["budget"], lang))
        put("spent", tr("res.spent", lang), format_kzt(s["spent"], lang))
        reason = label(f"reason.{s['unspent_reason']}", lang)  # as the plan workbook says
        put("unspent", tr("res.unspent", lang), format_kzt(s["unspent"], lang))
        put("unspent_reason", tr("res.reason", lang), reason)
        put("objective", tr("res.objective", lang), objective_text(s, lang))
        put("exchange_rate", label("exchange_rate", lang), weights)
        # Each measure on its own row with its own ₸ per unit of measure.
        put("measure_device", rows["device"].name, format_number(dev["newly"], lang))
        put("per_device", rows["device"].per_label, format_kzt(dev["kzt_per_unit"], lang))
        put("measure_internet", self.tiles["internet"].caption.text(),
            self._internet_value(net, lang))
        put("per_internet", rows["internet"].per_label if net["unit"] != "mixed"
            else label("per.internet.households", lang), format_kzt(net["kzt_per_unit"], lang))
        put("measure_institutions", rows["institutions"].name,
            tr("res.served", lang, n=format_number(inst["connected"], lang),
               whom=rows["institutions"].served_as or label("col.served", lang).lower(),
               people=format_number(inst["people_served"], lang)))
        put("per_institutions", rows["institutions"].per_label,
            format_kzt(inst["kzt_per_unit"], lang))
        for kind in ("school", "fap", "psc"):
            row = rows[kind]
            put(f"measure_{kind}", row.name,
                tr("res.served", lang, n=format_number(row.bought, lang), whom=row.served_as,
                   people=format_number(row.served, lang))
                + f" · {format_kzt(row.kzt_per_unit, lang)}")
        put("combined_gap", label("combined_gap", lang),
            f"{format_number(before, lang, 1)}{_ARROW}{format_number(after, lang, 1)}"
            f" ({format_change(after - before, 'combined_gap', lang)})")
        for key in ("institutional_gap", "device_gap", "internet_gap"):
            b, a = s["gaps_before"][key], s["gaps_after"][key]
            put(key, label(key, lang), f"{format_share(b, lang)}{_ARROW}{format_share(a, lang)}")
        gb, ga = s["disparity_before"]["gini"], s["disparity_after"]["gini"]
        put("gini", tr("res.gini", lang),
            f"{format_number(gb, lang, 3)}{_ARROW}{format_number(ga, lang, 3)}")
        areas = area_rows(s, lang)
        for i in range(AREA_ROWS):  # urban and rural apart, where the register says which
            key = f"area_{i}"
            if i < len(areas):
                a = areas[i]
                text = f"{format_share(a['before'], lang)}{_ARROW}{format_share(a['after'], lang)}"
                if a["targets"]:
                    year = max(a["targets"], key=int)
                    text += " (" + tr("res.target", lang, year=year, value=format_share(
                        a["targets"][year], lang, 0)) + ")"
                put(key, a["name"], text)
            else:
                self.captions[key].setVisible(False)
                self.values[key].setVisible(False)
        kits = s["kits_by_type"]
        kit_text = " · ".join(f"{tr(f'type.{t}', lang)} {format_number(kits.get(t, 0), lang)}"
                              for t in ("school", "fap", "psc"))
        put("kits", f"{tr('res.kits', lang)}: {format_number(s['kits'], lang)}", kit_text)
        v = s["vouchers_issued"]
        put("vouchers", tr("res.vouchers", lang),
            f"{tr('voucher.device', lang)} {format_number(v['device'], lang)} · "
            f"{tr('voucher.internet', lang)} {format_number(v['internet'], lang)}")
        put("solver", tr("res.solver", lang), solver_text(s, lang))
        self.captions["gini"].setToolTip(tr("res.gini_tip", lang))
        self.values["gini"].setToolTip(tr("res.gini_tip", lang))
        self.captions["solver"].setToolTip(tr("res.solver_tip", lang))
        self.values["solver"].setToolTip(tr("res.solver_tip", lang))

    @staticmethod
    def _internet_value(net: dict[str, Any], lang: str) -> str:
        """Households or people newly with home internet; both apart when the data mix them."""
        if net["unit"] != "mixed":
            return format_number(net["newly"], lang)
        by = net.get("by_basis", {})
        return " · ".join(f"{format_number(part['newly'], lang)} {label(f'unit.{basis}', lang)}"
                          for basis, part in by.items())

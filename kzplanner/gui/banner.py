"""The notice strip above the work area: statistics whose totals or joins did not check out,
illustrative data, pre-2018 boundaries, what the plan is computed from that no data source gives
yet (per input, with what would supply it, and a template for it), and a plan made before the
data changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind


def missing_items(ds: Any, lang: str) -> list[str]:
    """What the plan needs and no data source gives, one item per input with what would
    supply it ("target groups (…): no source yet …"): Reconciliation.missing_inputs, and the
    institutions' status where only their number is known (they then count as not connected)."""
    if ds is None:
        return []
    from kzplanner.core.io.write.template import status_missing  # pandas: loaded with the dataset

    missing = list(ds.reconciliation.missing_inputs)
    if "institutions" not in missing and status_missing(ds):
        missing.append("institution_status")
    return [f"{label(f'missing.{m}', lang)}: {label(f'supply.{m}', lang)}" for m in missing]


class NoticeBanner(QFrame):
    """Shows what the data is not; offers to load current boundaries when the map is old."""

    load_boundaries_requested = Signal()
    map_columns_requested = Signal(str)  # the statistics file whose columns should be mapped
    check_requested = Signal()  # open Data → Check (the statistics' checks failed)
    template_requested = Signal()  # write a template for what is missing

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("banner")
        self.illustrative_label = QLabel(self)
        self.illustrative_label.setObjectName("bannerStrong")
        self.predate_label = QLabel(self)
        self.predate_label.setObjectName("bannerText")
        self.predate_label.setWordWrap(True)
        self.load_button = QPushButton(self)
        self.load_button.setObjectName("bannerButton")
        self.load_button.clicked.connect(self.load_boundaries_requested)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("bannerStrong")
        self.missing_label.setWordWrap(True)
        self.doubts_label = QLabel(self)
        self.doubts_label.setObjectName("bannerStrong")
        self.doubts_label.setWordWrap(True)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("bannerButton")
        self.check_button.clicked.connect(self.check_requested)
        self.columns_button = QPushButton(self)
        self.columns_button.setObjectName("bannerButton")
        self.columns_button.clicked.connect(
            lambda: self.map_columns_requested.emit(self._statistics_path()))
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("bannerButton")
        self.template_button.clicked.connect(self.template_requested)
        self.stale_label = QLabel(self)
        self.stale_label.setObjectName("bannerStrong")
        self.stale_label.setWordWrap(True)
        self.recalc_button = QPushButton(self)
        self.recalc_button.setObjectName("bannerButton")
        self.recalc_button.clicked.connect(state.run_plan)

        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(self.stale_label)
        texts.addWidget(self.doubts_label)
        texts.addWidget(self.missing_label)
        texts.addWidget(self.illustrative_label)
        texts.addWidget(self.predate_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 5, 12, 5)
        layout.setSpacing(12)
        icon = QLabel("⚠", self)
        icon.setObjectName("bannerIcon")
        layout.addWidget(icon)
        layout.addLayout(texts, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.recalc_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.columns_button)
        buttons.addWidget(self.load_button)
        layout.addLayout(buttons)

        state.map_changed.connect(self.refresh)
        state.language_changed.connect(self.refresh)
        state.dataset_changed.connect(self.refresh)
        state.result_changed.connect(self.refresh)
        state.busy_changed.connect(lambda _busy: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        lang = self.state.language
        # at start-up maybe the map's preview of the data loading; with no data yet (or after a
        # load that failed) there is nothing to call illustrative or old: the map says so
        data = self.state.map_data
        illustrative = data is not None and data.illustrative
        predate = data is not None and data.boundaries_predate_2018
        self.illustrative_label.setText(tr("banner.illustrative", lang))
        self.predate_label.setText(tr("banner.predate", lang))
        self.load_button.setText(tr("banner.load_current", lang))
        self.illustrative_label.setVisible(illustrative)
        self.predate_label.setVisible(predate)
        self.load_button.setVisible(predate)
        ds = self.state.dataset
        missing = missing_items(ds, lang)
        self.missing_label.setText(tr("data.banner.missing", lang, items="; ".join(missing)))
        self.columns_button.setText(tr("banner.map_columns", lang))
        self.template_button.setText(tr("data.src.template", lang))
        self.missing_label.setVisible(bool(missing))
        # one table that lacks inputs: maybe its columns were not mapped (several: Sources)
        one_table = len(getattr(ds, "data_sources", None) or [None]) == 1
        self.columns_button.setVisible(bool(missing) and one_table
                                       and bool(self._statistics_path()))
        self.template_button.setVisible(bool(missing))
        stale = self.state.plan_out_of_date
        planning = self.state.tasks.is_busy(TaskKind.PLAN)
        self.stale_label.setText(tr("data.banner.replanning" if planning
                                    else "data.banner.stale", lang))
        self.recalc_button.setText(tr("data.banner.recalculate", lang))
        self.stale_label.setVisible(stale)
        self.recalc_button.setVisible(stale and not planning)
        doubts = ds.reconciliation.doubts if ds is not None else []
        if doubts:
            from kzplanner.core.reconcile_text import issue_text

            self.doubts_label.setText(tr("banner.doubts", lang, n=len(doubts),
                                         first=issue_text(doubts[0], lang)))
        self.check_button.setText(tr("banner.open_check", lang))
        self.doubts_label.setVisible(bool(doubts))
        self.check_button.setVisible(bool(doubts))
        self.setVisible(illustrative or predate or bool(missing) or bool(doubts) or stale)

    def _statistics_path(self) -> str:
        prepared = self.state.prepared
        return (prepared.statistics_path or "") if prepared is not None else ""

"""The map with its toolbar: indicator, Baseline / Projected / Change, institutions layer, fit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kzplanner.core.catalogue import label
from kzplanner.gui.indicator_values import MAP_INDICATORS
from kzplanner.gui.map_view import MapView
from kzplanner.gui.state import MAP_MODES, AppState
from kzplanner.gui.strings import tr


class MapPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("mapPanel")
        self.view = MapView(state, self)

        self.indicator_label = QLabel(self)
        self.indicator_combo = QComboBox(self)
        self.indicator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.indicator_combo.setMinimumContentsLength(24)
        self.indicator_label.setBuddy(self.indicator_combo)

        self.mode_buttons: dict[str, QToolButton] = {}
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        segment = QWidget(self)
        segment.setObjectName("segmented")
        seg_layout = QHBoxLayout(segment)
        seg_layout.setContentsMargins(0, 0, 0, 0)
        seg_layout.setSpacing(0)
        for i, mode in enumerate(MAP_MODES):
            button = QToolButton(segment)
            button.setCheckable(True)
            button.setObjectName({0: "segFirst", len(MAP_MODES) - 1: "segLast"}.get(i, "segMid"))
            button.setProperty("mode", mode)
            self.mode_group.addButton(button)
            seg_layout.addWidget(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[state.map_mode].setChecked(True)

        self.institutions_check = QCheckBox(self)
        self.fit_button = QToolButton(self)
        self.fit_button.setObjectName("fitButton")

        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        bar.setSpacing(8)
        bar.addWidget(self.indicator_label)
        bar.addWidget(self.indicator_combo)
        bar.addSpacing(6)
        bar.addWidget(segment)
        bar.addStretch(1)
        bar.addWidget(self.institutions_check)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        toolbar = QWidget(self)
        toolbar.setObjectName("mapToolbar")
        toolbar.setLayout(bar)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)

        self.indicator_combo.currentIndexChanged.connect(self._indicator_chosen)
        self.mode_group.buttonClicked.connect(
            lambda b: state.set_map_mode(str(b.property("mode"))))
        self.institutions_check.toggled.connect(self.view.set_institutions_visible)
        self.fit_button.clicked.connect(self.view.fit)
        state.language_changed.connect(self.retranslate)
        state.map_mode_changed.connect(self._sync_mode)
        state.indicator_changed.connect(self._sync_indicator)
        state.result_changed.connect(self._sync_enabled)
        state.dataset_changed.connect(self._sync_enabled)
        self.retranslate()
        self._sync_enabled()

    def retranslate(self) -> None:
        lang = self.state.language
        self.indicator_label.setText(tr("map.indicator", lang))
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for ind in MAP_INDICATORS:
            self.indicator_combo.addItem(label(ind, lang), ind)
        self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(self.state.indicator))
        self.indicator_combo.blockSignals(False)
        for mode, button in self.mode_buttons.items():
            button.setText(tr(f"map.{mode}", lang))
            button.setToolTip(tr("map.mode_tip", lang))
        self.institutions_check.setText(tr("map.institutions", lang))
        self._sync_enabled()
        self.fit_button.setText(tr("map.fit", lang))
        self.fit_button.setToolTip(tr("map.fit_tip", lang))

    def _indicator_chosen(self, index: int) -> None:
        ind = self.indicator_combo.itemData(index)
        if ind:
            self.state.set_indicator(str(ind))

    def _sync_indicator(self) -> None:
        i = self.indicator_combo.findData(self.state.indicator)
        if i >= 0 and i != self.indicator_combo.currentIndex():
            self.indicator_combo.setCurrentIndex(i)

    def _sync_mode(self) -> None:
        self.mode_buttons[self.state.map_mode].setChecked(True)

    def _sync_enabled(self) -> None:
        lang = self.state.language
        has_plan = self.state.result is not None
        for mode in ("projected", "change"):
            self.mode_buttons[mode].setEnabled(has_plan)
        available = self.view.institutions_available()
        self.institutions_check.setEnabled(available)
        self.institutions_check.setToolTip(
            tr("map.institutions_tip", lang) if available or self.state.prepared is None
            else tr("map.no_coordinates", lang))

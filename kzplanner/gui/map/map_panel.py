"""The map with its toolbar: indicator, Baseline / Projected / Change, classes, institutions, fit."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.display.choropleth import MAX_CLASSES, MIN_CLASSES, SCHEMES
from kzplanner.app.display.indicator_values import indicator_kind, map_indicators
from kzplanner.app.display.map_points import STATUSES, TYPES
from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number
from kzplanner.gui.elided_combo import ElidedComboBox
from kzplanner.gui.map.map_view import MapView
from kzplanner.gui.state import MAP_MODES, AppState


class MapPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("mapPanel")
        self.view = MapView(state, self)

        self.indicator_label = QLabel(self)
        self.indicator_combo = ElidedComboBox(self)
        self.indicator_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator_combo.setMinimumContentsLength(8)  # elided; the whole name on hover
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

        self.scheme_label = QLabel(self)
        self.scheme_combo = ElidedComboBox(self)  # cut with "…", the whole name on hover
        self.scheme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scheme_combo.setMinimumContentsLength(7)
        self.scheme_label.setBuddy(self.scheme_combo)
        self.classes_spin = QSpinBox(self)
        self.classes_spin.setRange(MIN_CLASSES, MAX_CLASSES)
        self.classes_spin.setValue(self.view.classes)

        self.institutions_check = QCheckBox(self)
        self.institutions_check.setSizePolicy(QSizePolicy.Policy.Minimum,
                                              QSizePolicy.Policy.Fixed)
        self.filter_button = QToolButton(self)
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self.filter_button)
        self.filter_button.setMenu(self.filter_menu)
        self.filter_actions: dict[str, QAction] = {}
        for key in TYPES + STATUSES:
            act = QAction(self.filter_menu)
            act.setCheckable(True)
            act.setChecked(True)
            act.setData(key)
            act.toggled.connect(self._filter_changed)
            self.filter_actions[key] = act
        for key in TYPES:
            self.filter_menu.addAction(self.filter_actions[key])
        self.filter_menu.addSeparator()
        for key in STATUSES:
            self.filter_menu.addAction(self.filter_actions[key])
        self.fit_button = QToolButton(self)
        self.fit_button.setObjectName("fitButton")

        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 2)
        bar.setSpacing(8)
        bar.addWidget(self.indicator_label)
        bar.addWidget(self.indicator_combo, 1)
        bar.addSpacing(6)
        bar.addWidget(segment)
        # second row: how the map is drawn (classes, institution layer)
        bar2 = QHBoxLayout()
        bar2.setContentsMargins(8, 2, 8, 6)
        bar2.setSpacing(8)
        bar2.addWidget(self.scheme_label)
        bar2.addWidget(self.scheme_combo)
        bar2.addWidget(self.classes_spin)
        bar2.addSpacing(4)
        bar2.addWidget(self.institutions_check)
        bar2.addWidget(self.filter_button)
        bar2.addStretch(1)
        bar2.addWidget(self.fit_button)
        rows = QVBoxLayout()
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        rows.addLayout(bar)
        rows.addLayout(bar2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        toolbar = QWidget(self)
        toolbar.setObjectName("mapToolbar")
        toolbar.setLayout(rows)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)

        self.indicator_combo.currentIndexChanged.connect(self._indicator_chosen)
        self.mode_group.buttonClicked.connect(
            lambda b: state.set_map_mode(str(b.property("mode"))))
        self.institutions_check.toggled.connect(self.view.set_institutions_visible)
        self.institutions_check.toggled.connect(lambda _on: self._sync_enabled())
        self.scheme_combo.activated.connect(self._scheme_chosen)
        self.classes_spin.valueChanged.connect(self._classes_chosen)
        self.fit_button.clicked.connect(self.view.fit)
        state.language_changed.connect(self.retranslate)
        state.map_mode_changed.connect(self._sync_mode)
        state.indicator_changed.connect(self._sync_indicator)
        state.result_changed.connect(self._sync_enabled)
        state.dataset_changed.connect(self._sync_enabled)
        state.dataset_changed.connect(self.retranslate)  # the data's own indicators
        state.indicators_changed.connect(self.retranslate)
        self.retranslate()
        self._sync_enabled()

    def retranslate(self) -> None:
        lang = self.state.language
        self.indicator_label.setText(tr("map.indicator", lang))
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        prepared = self.state.prepared
        extras = prepared.extra_indicators if prepared is not None else ()
        for ind in map_indicators(extras):
            self.indicator_combo.addItem(label(ind, lang), ind)
        self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(self.state.indicator))
        self.indicator_combo.blockSignals(False)
        for mode, button in self.mode_buttons.items():
            button.setText(tr(f"map.{mode}", lang))
            button.setToolTip(tr("map.mode_tip", lang))
        self.institutions_check.setText(tr("map.institutions", lang))
        self.scheme_label.setText(tr("map.scheme", lang))
        self.scheme_combo.setToolTip(tr("map.scheme_tip", lang))
        self.classes_spin.setToolTip(tr("map.classes_tip", lang))
        self.scheme_combo.blockSignals(True)
        self.scheme_combo.clear()
        for scheme in SCHEMES:
            self.scheme_combo.addItem(tr(f"scheme.{scheme}", lang), scheme)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(self.view.scheme))
        self.scheme_combo.blockSignals(False)
        self.filter_button.setText(tr("inst.filter", lang))
        self.filter_button.setToolTip(tr("inst.filter_tip", lang))
        for key in TYPES:
            self.filter_actions[key].setText(label(key, lang))
        for key in STATUSES:
            self.filter_actions[key].setText(tr(f"inst.status.{key}", lang))
        self._sync_enabled()
        self.fit_button.setText(tr("map.fit", lang))
        self.fit_button.setToolTip(tr("map.fit_tip", lang))

    # --- classes
    def set_scheme(self, scheme: str, classes: int | None = None,
                   user_breaks: tuple[float, ...] | None = None) -> None:
        """Choose a classification (also what the combo and spin box do)."""
        self.view.set_scheme(scheme, classes, user_breaks)
        self.scheme_combo.blockSignals(True)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(scheme))
        self.scheme_combo.blockSignals(False)
        self.classes_spin.blockSignals(True)
        self.classes_spin.setValue(self.view.classes)
        self.classes_spin.blockSignals(False)
        self._sync_enabled()

    def _scheme_chosen(self, index: int) -> None:
        scheme = str(self.scheme_combo.itemData(index))
        breaks = None
        if scheme == "user_defined":
            breaks = self._ask_breaks()
            if breaks is None:  # cancelled: keep the current scheme
                self.set_scheme(self.view.scheme)
                return
        self.set_scheme(scheme, None, breaks)

    def _ask_breaks(self) -> tuple[float, ...] | None:
        """Upper class limits typed as the legend shows them (percent for shares)."""
        lang = self.state.language
        scale = 100.0 if indicator_kind(self.state.indicator) == "share" else 1.0
        current = "; ".join(format_number(b * scale, lang, 1) for b in self.view.user_breaks)
        text, ok = QInputDialog.getText(self, tr("scheme.breaks_title", lang),
                                        tr("scheme.breaks_prompt", lang), text=current)
        if not ok:
            return None
        return parse_breaks(text, scale)

    def _classes_chosen(self, value: int) -> None:
        self.view.set_scheme(self.view.scheme, int(value))

    # --- institutions filter
    def _filter_changed(self) -> None:
        shown = {k for k, a in self.filter_actions.items() if a.isChecked()}
        self.view.set_institution_filter(shown & set(TYPES), shown & set(STATUSES))

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
        self.filter_button.setEnabled(available and self.institutions_check.isChecked())
        self.classes_spin.setEnabled(self.view.scheme in ("quantiles", "equal_interval",
                                                          "fisher_jenks"))
        self.institutions_check.setToolTip(
            tr("map.institutions_tip", lang) if available or self.state.prepared is None
            else tr("map.no_coordinates", lang))


def parse_breaks(text: str, scale: float = 1.0) -> tuple[float, ...]:
    """'20; 30,5; 40' → (0.2, 0.305, 0.4) with scale 100: decimal commas, spaces, % accepted.

    >>> parse_breaks("20; 30,5; 40 %", 100.0)
    (0.2, 0.305, 0.4)
    """
    out = []
    for part in text.replace("%", "").split(";"):
        part = part.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if not part:
            continue
        try:
            out.append(float(part) / scale)
        except ValueError:
            continue
    return tuple(sorted(set(out)))

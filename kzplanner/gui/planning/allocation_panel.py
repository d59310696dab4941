"""The allocation panel: budget in ₸, strategy, priority to the worst-off (the equity weight λ),
and running the plan."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import plain, tr
from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number, format_share
from kzplanner.core.planning.capabilities import EQUITY_IGNORED, equity_reason
from kzplanner.core.planning.parameters import STRATEGIES
from kzplanner.gui.elided_combo import ElidedComboBox, ElidedLabel
from kzplanner.gui.planning.amount_spin import AmountSpinBox
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

BUDGET_MAX_KZT = 1e12
BUDGET_STEP_KZT = 100_000_000.0
EQUITY_MAX = 3.0
EQUITY_STEPS = 30  # slider ticks: λ in steps of 0.1

LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan),
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def qt_locale(lang: str) -> QLocale:
    """Number locale for input widgets, with space grouping for ru/kk as core.formatting uses."""
    return LOCALES.get(lang, LOCALES["en"])


HINT_MIN_WIDTH_PX = 300


def _short(value: float, lang: str) -> str:
    """A weight with no trailing zeros: 0.5, 0.25, 1."""
    decimals = next((d for d in (0, 1, 2) if abs(value * 10**d - round(value * 10**d)) < 1e-9),
                    3)
    return format_number(value, lang, decimals)


class AllocationPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("allocationPanel")
        self.title = QLabel(self)
        self.title.setObjectName("panelTitle")

        self.budget_label = QLabel(self)
        self.budget_spin = AmountSpinBox(self)
        self.budget_spin.setDecimals(0)
        self.budget_spin.setRange(0.0, BUDGET_MAX_KZT)
        self.budget_spin.setSingleStep(BUDGET_STEP_KZT)
        self.budget_spin.setGroupSeparatorShown(True)
        self.budget_spin.setKeyboardTracking(False)  # commit on Enter / focus out, not per key
        self.budget_spin.setSuffix(" ₸")
        self.budget_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.budget_spin.setMinimumWidth(150)
        self.budget_label.setBuddy(self.budget_spin)

        self.strategy_label = QLabel(self)
        self.strategy_combo = ElidedComboBox(self)  # cut on a narrow panel, whole on hover
        self.strategy_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.strategy_combo.setMinimumContentsLength(10)
        self.strategy_label.setBuddy(self.strategy_combo)
        # What the chosen strategy trades: maximum impact's exchange rate, the envelopes' shares.
        self.strategy_note = ElidedLabel(self)
        self.strategy_note.setObjectName("hint")

        self.equity_label = QLabel(self)
        self.equity_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.equity_slider.setRange(0, EQUITY_STEPS)
        self.equity_slider.setPageStep(5)
        self.equity_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.equity_slider.setTickInterval(10)
        self.equity_value = QLabel(self)
        self.equity_value.setMinimumWidth(36)
        self.equity_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.equity_hint = QLabel(self)
        self.equity_hint.setObjectName("hint")
        self.equity_hint.setWordWrap(True)
        self.equity_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.equity_label.setBuddy(self.equity_slider)

        self.auto_check = QCheckBox(self)
        self.auto_check.setChecked(state.auto_plan)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        keep = self.progress.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # no jump in the layout when a plan starts
        self.progress.setSizePolicy(keep)
        self.status = QLabel(self)
        self.status.setObjectName("hint")

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.budget_label, 0, 0)
        grid.addWidget(self.budget_spin, 0, 1, 1, 2)
        grid.addWidget(self.strategy_label, 1, 0)
        grid.addWidget(self.strategy_combo, 1, 1, 1, 2)
        grid.addWidget(self.strategy_note, 2, 0, 1, 3)
        # the plain-word name is long in kk and ru: a line of its own above the slider
        grid.addWidget(self.equity_label, 3, 0, 1, 3)
        grid.addWidget(self.equity_slider, 4, 0, 1, 2)
        grid.addWidget(self.equity_value, 4, 2)
        grid.setColumnStretch(1, 1)

        # the check box above the button: side by side they widen a narrow panel (kk, ru)
        run_row = QHBoxLayout()
        run_row.addStretch(1)
        run_row.addWidget(self.run_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        # out of the grid: a grid row under-measures a wrapped label and the text ran into the
        # check box below
        layout.addWidget(self.equity_hint)
        layout.addWidget(self.auto_check)
        layout.addLayout(run_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        self.run_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        self.run_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.run_shortcut.activated.connect(state.run_plan)
        self.run_button.clicked.connect(state.run_plan)
        self.budget_spin.valueChanged.connect(state.set_budget)
        self.strategy_combo.currentIndexChanged.connect(self._strategy_chosen)
        self.equity_slider.valueChanged.connect(self._equity_moved)
        self.auto_check.toggled.connect(state.set_auto_plan)
        state.params_changed.connect(self._show_params)
        state.params_changed.connect(self._show_status)
        state.result_changed.connect(self._show_status)
        state.dataset_changed.connect(self._show_status)
        state.busy_changed.connect(self._show_busy)
        state.progressed.connect(self._show_progress)
        state.language_changed.connect(self.retranslate)
        self.retranslate()
        self._show_busy(state.busy)

    def add_above_status(self, widget: QWidget) -> None:
        """A widget of another feature (the project's budget meter) just above the status."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.status), widget)

    # --- state → widgets
    def retranslate(self) -> None:
        lang = self.state.language
        self.budget_spin.lang = lang
        self.title.setText(tr("alloc.title", lang))
        self.budget_label.setText(tr("alloc.budget", lang))
        self.budget_spin.setLocale(qt_locale(lang))
        self.strategy_label.setText(tr("alloc.strategy", lang))
        self.strategy_combo.blockSignals(True)
        self.strategy_combo.clear()
        for s in STRATEGIES:
            self.strategy_combo.addItem(label(s, lang), s)
        self.strategy_combo.blockSignals(False)
        self.equity_label.setText(tr("alloc.equity", lang))
        self.equity_label.setToolTip(tr("alloc.equity_tip", lang))
        self.auto_check.setText(tr("alloc.auto", lang))
        self.run_button.setText(plain(tr("act.run", lang)))
        self.run_button.setToolTip(tr("alloc.run_tip", lang))
        self._show_params()
        self._show_status()
        self._keep_hint_readable()

    def _keep_hint_readable(self) -> None:
        """The wrapped hint gets the lines it needs at the narrowest width the panel takes
        (Russian needs three there), and the splitter below never squeezes the panel."""
        # + a descent and a little: the style sheet pads #hint labels, which heightForWidth omits.
        # Measured for every text the hint can show (λ's meaning, or why a strategy ignores it),
        # so that changing the strategy never moves the panel.
        hint = self.equity_hint
        lang = self.state.language
        shown = hint.text()
        hint.setMinimumHeight(0)  # heightForWidth never answers below the minimum: measure afresh
        height = 0
        for text in [tr("alloc.equity_hint", lang)] + [label(k, lang)
                                                       for k in EQUITY_IGNORED.values()]:
            hint.setText(text)
            height = max(height, hint.heightForWidth(HINT_MIN_WIDTH_PX))
        hint.setText(shown)
        hint.setMinimumHeight(height + hint.fontMetrics().descent() + 4)
        self.updateGeometry()  # the layout's minimum (the splitter and scroll area honour it)



    def _show_params(self) -> None:
        p = self.state.params
        for widget in (self.budget_spin, self.strategy_combo, self.equity_slider):
            widget.blockSignals(True)
        self.budget_spin.setValue(p.budget_kzt)
        self.strategy_combo.setCurrentIndex(max(self.strategy_combo.findData(p.strategy), 0))
        self.equity_slider.setValue(round(p.equity / EQUITY_MAX * EQUITY_STEPS))
        for widget in (self.budget_spin, self.strategy_combo, self.equity_slider):
            widget.blockSignals(False)
        self.equity_value.setText(format_number(p.equity, self.state.language, 1))
        self._show_equity_use(p.strategy)
        self._show_strategy_note()

    def _strategy_notes(self) -> dict[str, tuple[str, str]]:
        """Per strategy, the line under it and its tooltip: maximum impact's exchange rate (the
        combined gap's weights, Parameters → Weights) and the envelopes' shares (Parameters →
        Instruments); nothing for the rule-based strategies."""
        p = self.state.params
        lang = self.state.language
        weights = p.rules.gap_weights
        rate = " · ".join(f"{tr(f'alloc.rate.{k}', lang)} {_short(weights.get(k, 0.0), lang)}"
                          for k in ("institutional", "device", "internet"))
        shares = " · ".join(f"{tr(f'alloc.env.{k}', lang)} "
                            f"{format_share(p.envelope_shares.get(k, 0.0), lang, 0)}"
                            for k in ("kit", "device_voucher", "internet_voucher"))
        return {"max_impact": (tr("alloc.exchange_rate", lang, rate=rate),
                               tr("alloc.exchange_rate_tip", lang)),
                "envelopes": (tr("alloc.envelopes", lang, shares=shares),
                              tr("alloc.envelopes_tip", lang))}

    def _show_strategy_note(self) -> None:
        text, tip = self._strategy_notes().get(self.state.params.strategy, ("", ""))
        self.strategy_note.set_full_text(text)
        self.strategy_note.setToolTip(f"{text}\n\n{tip}" if tip else "")

    def _show_equity_use(self, strategy: str) -> None:
        """λ's control is live only for strategies whose plan it can change; otherwise it is
        greyed out and the hint says, in one line, why λ does nothing there."""
        lang = self.state.language
        reason = equity_reason(strategy)
        for widget in (self.equity_label, self.equity_slider, self.equity_value):
            widget.setEnabled(reason is None)
        text = tr("alloc.equity_hint", lang) if reason is None else label(reason, lang)
        self.equity_hint.setText(text)
        self.equity_slider.setToolTip(tr("alloc.equity_tip", lang) if reason is None else text)

    def _show_busy(self, busy: bool) -> None:
        planning = self.state.tasks.is_busy(TaskKind.PLAN)
        self.progress.setVisible(bool(busy))
        if busy and not planning and self.progress.maximum() != 0:
            self.progress.setRange(0, 0)  # loading: indeterminate
        self.run_button.setText(plain(tr("alloc.busy" if planning else "act.run",
                                         self.state.language)))
        self._show_status()

    def _show_progress(self, kind: str, fraction: float, stage: str) -> None:
        if kind == "plan":
            if self.progress.maximum() != 100:  # setRange restyles the bar: only on a change
                self.progress.setRange(0, 100)
            self.progress.setValue(int(round(fraction * 100)))
            self.run_button.setText(plain(tr("alloc.busy", self.state.language)))

    def _show_status(self) -> None:
        lang = self.state.language
        if self.state.result is None or self.state.tasks.is_busy(TaskKind.PLAN):
            self.status.setText("")
        elif self.state.result_is_current:
            self.status.setText("✓ " + tr("alloc.up_to_date", lang))
        else:
            self.status.setText(tr("alloc.out_of_date", lang))

    # --- widgets → state
    def _strategy_chosen(self, index: int) -> None:
        strategy = self.strategy_combo.itemData(index)
        if strategy:
            self.state.set_strategy(str(strategy))

    def _equity_moved(self, value: int) -> None:
        equity = value * EQUITY_MAX / EQUITY_STEPS
        self.equity_value.setText(format_number(equity, self.state.language, 1))
        self.state.set_equity(equity)

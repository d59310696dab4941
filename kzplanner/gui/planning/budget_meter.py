"""The budget meter under the allocation panel: spent against the budget, red when a manual edit
overspends.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from kzplanner.app.strings import tr
from kzplanner.core.formatting import format_kzt, format_share
from kzplanner.gui.state import AppState


class BudgetMeter(QWidget):
    """Spent against the budget; red when a manual edit overspends."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("budgetMeter")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        layout.addWidget(self.caption)
        layout.addWidget(self.bar)
        self.over = False
        state.result_changed.connect(self.refresh)
        state.params_changed.connect(self.refresh)

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        lang = self.state.language
        result = self.state.result
        budget = self.state.params.budget_kzt
        if result is None:
            self.caption.setText(tr("meter.none", lang))
            self.bar.setValue(0)
            return
        spent = float(result.summary["spent"])
        share = spent / budget if budget > 0 else (0.0 if spent == 0 else np.inf)
        self.over = spent > budget + 0.5
        self.bar.setValue(int(min(share, 1.0) * 1000))
        key = "meter.over" if self.over else "meter.spent"
        self.caption.setText(tr(key, lang, spent=format_kzt(spent, lang),
                                budget=format_kzt(budget, lang),
                                share=format_share(share if np.isfinite(share) else 1.0, lang),
                                over=format_kzt(spent - budget, lang)))
        color = "#c62828" if self.over else "#2e7d32"
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        self.caption.setStyleSheet(f"color: {color};" if self.over else "")

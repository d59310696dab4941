"""The notice strip above the work area: illustrative data and pre-2018 boundaries."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kzplanner.gui.state import AppState
from kzplanner.gui.strings import tr


class NoticeBanner(QFrame):
    """Shows what the data is not; offers to load current boundaries when the map is old."""

    load_boundaries_requested = Signal()

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

        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(self.illustrative_label)
        texts.addWidget(self.predate_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 5, 12, 5)
        layout.setSpacing(12)
        icon = QLabel("⚠", self)
        icon.setObjectName("bannerIcon")
        layout.addWidget(icon)
        layout.addLayout(texts, 1)
        layout.addWidget(self.load_button)

        state.map_changed.connect(self.refresh)
        state.language_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lang = self.state.language
        data = self.state.map_data  # at start-up maybe the map's preview of the data loading
        illustrative = data is None or data.illustrative
        predate = data is None or data.boundaries_predate_2018
        self.illustrative_label.setText(tr("banner.illustrative", lang))
        self.predate_label.setText(tr("banner.predate", lang))
        self.load_button.setText(tr("banner.load_current", lang))
        self.illustrative_label.setVisible(illustrative)
        self.predate_label.setVisible(predate)
        self.load_button.setVisible(predate)
        self.setVisible(illustrative or predate)

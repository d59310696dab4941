"""The getting-started guide: Load → Check → Map → Allocate → Compare → Export, dismissible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import tr
from kzplanner.gui import settings

STEPS: tuple[str, ...] = ("load", "check", "map", "allocate", "compare", "export")


class GettingStartedDialog(QDialog):
    """A small non-modal guide beside the window; closing it is remembered (settings)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.setModal(False)
        self.lang = lang
        self.step = 0
        self.crumbs = QLabel(self)
        self.crumbs.setObjectName("guideCrumbs")
        self.crumbs.setWordWrap(True)
        self.counter = QLabel(self)
        self.counter.setObjectName("hint")
        self.heading = QLabel(self)
        self.heading.setObjectName("panelTitle")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setMinimumHeight(96)
        self.show_at_start = QCheckBox(self)
        self.show_at_start.setChecked(False)
        self.back = QPushButton(self)
        self.back.clicked.connect(lambda: self.go(self.step - 1))
        self.next = QPushButton(self)
        self.next.setDefault(True)
        self.next.clicked.connect(self._next_or_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_at_start, 1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.crumbs)
        layout.addWidget(self.counter)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.finished.connect(self._remember)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.setWindowTitle(tr("guide.title", lang))
        self.show_at_start.setText(tr("guide.show_at_start", lang))
        self.back.setText(tr("guide.back", lang))
        self.go(self.step)
        self.resize(self.size().expandedTo(self.sizeHint()))  # longer words in another language

    def go(self, step: int) -> None:
        self.step = max(0, min(step, len(STEPS) - 1))
        lang, name = self.lang, STEPS[self.step]
        crumbs = [tr(f"guide.step.{s}", lang) for s in STEPS]
        crumbs[self.step] = f"<b>{crumbs[self.step]}</b>"
        self.crumbs.setText(" → ".join(crumbs))
        self.counter.setText(tr("guide.step_of", lang, n=self.step + 1, total=len(STEPS)))
        self.heading.setText(tr(f"guide.step.{name}", lang))
        self.body.setText(tr(f"guide.text.{name}", lang))
        self.back.setEnabled(self.step > 0)
        last = self.step == len(STEPS) - 1
        self.next.setText(tr("guide.done" if last else "guide.next", lang))

    def _next_or_done(self) -> None:
        if self.step == len(STEPS) - 1:
            self.accept()
        else:
            self.go(self.step + 1)

    def _remember(self) -> None:
        settings.write("guide/dismissed", not self.show_at_start.isChecked())


def maybe_show_guide(window: QWidget, lang: str) -> GettingStartedDialog | None:
    """Open the guide at start unless it was dismissed before; placed at the window's top right."""
    if settings.read("guide/dismissed"):
        return None
    features = getattr(window, "app_features", None)
    dialog = features.show_getting_started() if features else GettingStartedDialog(lang, window)
    dialog.adjustSize()
    top_right = window.geometry().topRight()
    dialog.move(max(0, top_right.x() - dialog.width() - 40), window.geometry().top() + 90)
    dialog.show()
    assert isinstance(dialog, GettingStartedDialog)
    return dialog

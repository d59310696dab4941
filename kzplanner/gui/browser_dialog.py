"""A dialog of HTML in a text browser with one action button and Close (About, user guide)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kzplanner.gui.screen_fit import fit_to_screen


class BrowserDialog(QDialog):
    """Offline HTML: links inside the app only; subclasses set the texts in retranslate()."""

    def __init__(self, object_name: str, size: tuple[int, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        fit_to_screen(self, *size)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # offline: no web links leave the app
        self.buttons = QDialogButtonBox(self)
        self.action_button = QPushButton(self)
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)

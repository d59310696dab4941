"""The Help menu's own entries: user guide, getting-started guide, log folder, About."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from kzplanner import paths
from kzplanner.app.strings import tr
from kzplanner.gui.browser_dialog import BrowserDialog
from kzplanner.gui.i18n import install_qt_translations

if TYPE_CHECKING:
    from kzplanner.gui.main_window import MainWindow


def user_guide_path(lang: str) -> Path:
    """The guide in `lang`, else in Russian, else in English (whichever is bundled)."""
    for code in (lang, "ru", "en"):
        path = paths.user_guide(code)
        if path.is_file():
            return path
    return paths.user_guide(lang)


class UserGuideDialog(BrowserDialog):
    """The bundled HTML guide in a text browser: works with no browser and no network."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__("userGuideDialog", (900, 700), parent)
        self.lang = lang
        self.browser.setOpenLinks(True)
        self.open_browser = self.action_button
        self.open_browser.clicked.connect(self._open_in_browser)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.setWindowTitle(tr("help.title", lang))
        self.open_browser.setText(tr("help.open_browser", lang))
        self.close_button.setText(tr("dlg.close", lang))
        path = user_guide_path(lang)
        if path.is_file():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(tr("help.missing", lang, file=str(path)))

    def _open_in_browser(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(user_guide_path(self.lang))))


def open_log_folder() -> bool:
    """Show the folder of the log file in the file manager (to send it to support)."""
    from kzplanner.gui.app import log_file

    folder = log_file().parent
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class HelpMenuFeature:
    """Adds the Help entries to the main window and keeps them in the interface language."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.guide_dialog: QDialog | None = None
        self.user_guide_dialog: UserGuideDialog | None = None
        self.act_user_guide = QAction(window)
        self.act_user_guide.setObjectName("actUserGuide")
        self.act_user_guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.act_user_guide.triggered.connect(self.show_user_guide)
        self.act_getting_started = QAction(window)
        self.act_getting_started.setObjectName("actGettingStarted")
        self.act_getting_started.triggered.connect(self.show_getting_started)
        self.act_log_folder = QAction(window)
        self.act_log_folder.setObjectName("actOpenLogFolder")
        self.act_log_folder.triggered.connect(open_log_folder)
        menu = window.menu_help
        first = menu.actions()[0] if menu.actions() else None
        for act in (self.act_user_guide, self.act_getting_started, self.act_log_folder):
            menu.insertAction(first, act)
        if first is not None:
            menu.insertSeparator(first)

    def retranslate(self) -> None:
        lang = self.window.state.language
        install_qt_translations(lang)  # Qt's own buttons and dialogs follow the language
        self.act_user_guide.setText(tr("act.user_guide", lang))
        self.act_getting_started.setText(tr("act.getting_started", lang))
        self.act_log_folder.setText(tr("act.open_log_folder", lang))
        if self.user_guide_dialog is not None:
            self.user_guide_dialog.retranslate(lang)
        if self.guide_dialog is not None:
            self.guide_dialog.retranslate(lang)  # type: ignore[attr-defined]

    def show_user_guide(self) -> UserGuideDialog:
        if self.user_guide_dialog is None:
            self.user_guide_dialog = UserGuideDialog(self.window.state.language, self.window)
        else:
            self.user_guide_dialog.retranslate(self.window.state.language)
        self.user_guide_dialog.show()
        self.user_guide_dialog.raise_()
        return self.user_guide_dialog

    def show_getting_started(self) -> QDialog:
        from kzplanner.gui.first_run import GettingStartedDialog

        if self.guide_dialog is None:
            self.guide_dialog = GettingStartedDialog(self.window.state.language, self.window)
        self.guide_dialog.retranslate(self.window.state.language)  # type: ignore[attr-defined]
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        return self.guide_dialog


def install_app_features(window: MainWindow) -> HelpMenuFeature:
    """Help entries (guide, getting started, log folder); About opens the about_dialog."""
    feature = HelpMenuFeature(window)
    window.extensions.append(feature)
    window.app_features = feature  # type: ignore[attr-defined]
    return feature

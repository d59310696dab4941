"""The Help menu's own entries: user guide, getting-started guide, log folder, copy
diagnostics (app/diagnostics.py gathers, this puts the text on the clipboard), About."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from kzplanner import paths
from kzplanner.app.strings import tr
from kzplanner.gui.browser_dialog import BrowserDialog
from kzplanner.gui.feature import Dock, FeatureContext
from kzplanner.gui.i18n import install_qt_translations
from kzplanner.gui.logs import log_file


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
    folder = log_file().parent
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class HelpMenuFeature:
    """The Help entries of the main window (About is the window's own), in the interface
    language."""

    def __init__(self, ctx: FeatureContext) -> None:
        self.window = window = ctx.window
        self.state = ctx.state
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
        self.act_diagnostics = QAction(window)
        self.act_diagnostics.setObjectName("actCopyDiagnostics")
        self.act_diagnostics.triggered.connect(self.copy_diagnostics)

    def actions(self) -> Mapping[str, QAction]:
        return {"help.user_guide": self.act_user_guide,
                "help.getting_started": self.act_getting_started,
                "help.log_folder": self.act_log_folder,
                "help.diagnostics": self.act_diagnostics}

    def docks(self) -> Sequence[Dock]:
        return ()

    def retranslate(self) -> None:
        lang = self.state.language
        install_qt_translations(lang)  # Qt's own buttons and dialogs follow the language
        self.act_user_guide.setText(tr("act.user_guide", lang))
        self.act_getting_started.setText(tr("act.getting_started", lang))
        self.act_log_folder.setText(tr("act.open_log_folder", lang))
        self.act_diagnostics.setText(tr("act.copy_diagnostics", lang))
        if self.user_guide_dialog is not None:
            self.user_guide_dialog.retranslate(lang)
        if self.guide_dialog is not None:
            self.guide_dialog.retranslate(lang)  # type: ignore[attr-defined]

    def show_user_guide(self) -> UserGuideDialog:
        if self.user_guide_dialog is None:
            self.user_guide_dialog = UserGuideDialog(self.state.language, self.window)
        else:
            self.user_guide_dialog.retranslate(self.state.language)
        self.user_guide_dialog.show()
        self.user_guide_dialog.raise_()
        return self.user_guide_dialog

    def show_getting_started(self) -> QDialog:
        from kzplanner.gui.first_run import GettingStartedDialog

        if self.guide_dialog is None:
            self.guide_dialog = GettingStartedDialog(self.state.language, self.window)
        self.guide_dialog.retranslate(self.state.language)  # type: ignore[attr-defined]
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        return self.guide_dialog


    def copy_diagnostics(self) -> str:
        """Version, system, Qt, screens, settings and log paths and the log's tail onto the
        clipboard, for a support e-mail (offline: nothing is sent); returns the text."""
        text = gather_diagnostics(self.state.language)
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(tr("diag.copied", self.state.language), 15000)
        return text


def gather_diagnostics(lang: str) -> str:
    """What only Qt knows (its version, the screens), handed to app.diagnostics."""
    from PySide6 import __version__ as pyside_version

    from kzplanner.app.diagnostics import Screen, diagnostics_text
    from kzplanner.gui import settings

    screens = [Screen(s.name() or "?", s.geometry().width(), s.geometry().height(),
                      float(s.devicePixelRatio())) for s in QGuiApplication.screens()]
    qt = f"{qVersion()} (PySide6 {pyside_version}, {QGuiApplication.platformName()})"
    return diagnostics_text(lang, qt=qt, screens=screens, settings_path=settings.file_path(),
                            log_path=log_file())

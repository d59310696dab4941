"""Calm, non-blocking message boxes for expected problems (KZError) and unexpected ones."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kzplanner.app.strings import tr
from kzplanner.errors import KZError

log = logging.getLogger(__name__)

# Wide enough that a Windows path does not break after "C:".
_BOX_STYLE = "QLabel#qt_msgbox_label { min-width: 440px; }"


def make_box(parent: QWidget | None, title: str, text: str, lang: str,
             icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
             close_key: str = "dlg.ok") -> QMessageBox:
    """A message box whose own button speaks the interface language (Qt's would not)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("kzMessage")
    box.setStyleSheet(_BOX_STYLE)
    box.button(QMessageBox.StandardButton.Ok).setText(tr(close_key, lang))
    return box


def show_message(parent: QWidget | None, title: str, text: str, lang: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Open a window-modal box without blocking the event loop; returns it (tests read it)."""
    box = make_box(parent, title, text, lang, icon)
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException, lang: str,
               log_path: Path | None = None) -> QMessageBox:
    """A KZError in the user's language; an OSError as what the system refused (disk full,
    read-only or missing folder, a folder for a file, a file locked by another program:
    errors.from_os_error, logged too); anything else as a calm 'unexpected' note (logged)."""
    if isinstance(exc, OSError):
        from kzplanner.errors import from_os_error

        log.error("system error", exc_info=exc)
        exc = from_os_error(exc)
    if isinstance(exc, KZError):
        return show_message(parent, tr("dlg.problem_title", lang), exc.message(lang), lang)
    log.error("unexpected error", exc_info=exc)
    where = str(log_path) if log_path else "log"
    return show_message(parent, tr("dlg.problem_title", lang),
                        tr("dlg.unexpected", lang, log=where), lang, QMessageBox.Icon.Critical)


def locked_file_box(parent: QWidget | None, exc: KZError, lang: str,
                    on_save_as: Callable[[], None],
                    on_retry: Callable[[], None] | None = None) -> QMessageBox:
    """A target that could not be written (open in Excel, read-only folder): the reason, a
    retry when there is one, and "save under another name"; shown non-blocking."""
    box = make_box(parent, tr("dlg.problem_title", lang), exc.message(lang), lang,
                   close_key="dlg.close")
    if on_retry is not None:
        retry = box.addButton(tr("proj.retry", lang), QMessageBox.ButtonRole.AcceptRole)
        retry.clicked.connect(on_retry)
    other = box.addButton(tr("dlg.save_as", lang), QMessageBox.ButtonRole.AcceptRole)
    other.clicked.connect(on_save_as)
    box.setDefaultButton(box.buttons()[1] if on_retry is not None else other)
    box.open()
    return box

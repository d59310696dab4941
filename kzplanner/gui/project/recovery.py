"""Crash recovery at start: offer the newest readable autosave, open it, set aside what cannot
be opened and say why (never 'unexpected error')."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kzplanner.app.strings import tr
from kzplanner.errors import KZError
from kzplanner.gui.messages import make_box
from kzplanner.gui.project.autosave import (
    Autosaver,
    Damaged,
    Orphan,
    discard,
    scan_autosaves,
    set_aside,
)
from kzplanner.gui.project.project_session import ProjectSession
from kzplanner.gui.project.recent import recent_files
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind


class AutosaveRecovery(QObject):
    """The recovery of one window; `show` receives every message box it opens."""

    def __init__(self, window: QMainWindow, state: AppState, session: ProjectSession,
                 autosaver: Autosaver, show: Callable[[QMessageBox], None]) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.session = session
        self.autosaver = autosaver
        self._show = show
        self.recovering: Orphan | None = None  # the autosave being opened
        self.cleanup: Callable[[], None] | None = None  # gives up on it (offered again)

    def offer(self) -> None:
        """At start: look for autosaves in the background, then offer the newest that can be
        read and name those set aside (offer_found). Checking an autosave reads it as a
        project, its data included: on the window's thread that froze the window for as long
        (~0.25 s at national size, seconds with a large register)."""
        recent = recent_files()
        folder = self.autosaver.folder

        def work(_feedback: object) -> tuple[list[Orphan], list[Damaged]]:
            from kzplanner.core.io.project_lock import remove_stale_temp_files

            for path in recent:  # what saves cut short left beside recent projects
                remove_stale_temp_files(path)
            return scan_autosaves(folder)

        self.state.tasks.submit(
            TaskKind.RECOVERY_SCAN, work, lambda found: self.offer_found(*found),
            lambda exc: self.state.error_raised.emit(TaskKind.RECOVERY_SCAN, exc))

    def offer_found(self, orphans: list[Orphan], damaged: list[Damaged]) -> None:
        """Offer the newest of the readable autosaves found; name those set aside."""
        lang = self.state.language
        aside = ""
        if damaged:
            names = ", ".join(d.name for d in damaged)
            aside = tr("proj.autosave_set_aside", lang, count=len(damaged), names=names,
                       folder=str(damaged[0].moved_to.parent))
        if not orphans:
            if aside:
                box = make_box(self.window, tr("proj.recover_title", lang), aside, lang,
                               QMessageBox.Icon.Information, close_key="dlg.close")
                box.open()
                self._show(box)
            return
        orphan = orphans[0]
        name = Path(orphan.original).name if orphan.original else tr("proj.untitled", lang)
        when = orphan.saved_at.replace("T", " ")
        text = tr("proj.recover_text", lang, name=name, time=when)
        box = make_box(self.window, tr("proj.recover_title", lang),
                       text + ("\n\n" + aside if aside else ""), lang,
                       QMessageBox.Icon.Question, close_key="proj.later")
        recover = box.addButton(tr("proj.recover", lang), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(tr("proj.discard", lang), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(recover)
        recover.clicked.connect(lambda: self.recover(orphan))
        drop.clicked.connect(lambda: discard(orphan))
        box.open()
        self._show(box)

    def recover(self, orphan: Orphan) -> None:
        """Open the autosave; if it cannot be opened after all, set it aside, say why (never
        'unexpected error') and offer the next one."""
        from kzplanner.core.io.project_errors import DetailedError, Localized
        from kzplanner.core.io.project_model import Origin

        def forget(_path: str) -> None:
            disconnect()
            discard(orphan)
            self.autosaver.save_now()  # the recovered work now lives in this window's autosave

        def failed(_path: str, exc: object) -> None:
            disconnect()
            moved = set_aside(orphan.project, exc)
            if isinstance(exc, KZError):
                reason: object = exc
            else:
                import logging

                logging.getLogger(__name__).error("recovering %s failed", orphan.project,
                                                  exc_info=exc)  # type: ignore[arg-type]
                reason = Localized("project_detail.autosave_unreadable",
                                   error=type(exc).__name__)
            error = DetailedError("autosave_damaged", reason, file=orphan.project.name,
                                  column=str(moved.parent))
            lang = self.state.language
            box = make_box(self.window, tr("dlg.problem_title", lang), error.message(lang),
                           lang, QMessageBox.Icon.Warning, close_key="dlg.close")
            box.finished.connect(lambda _r: QTimer.singleShot(0, self.offer))
            box.open()
            self._show(box)

        def disconnect() -> None:
            self.recovering = self.cleanup = None
            self.session.opened.disconnect(forget)
            self.session.open_failed.disconnect(failed)

        self.recovering = orphan
        self.cleanup = disconnect
        self.session.opened.connect(forget)
        self.session.open_failed.connect(failed)
        origin = Origin.from_dict(orphan.origin) if orphan.origin else None
        self.session.open_recovered(orphan.project, orphan.original or None, origin)

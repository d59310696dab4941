"""The one QUndoCommand: wraps a core command, applies it to the session, merges slider drags."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

from kzplanner.core.commands import Command, Workspace, apply

if TYPE_CHECKING:
    from kzplanner.gui.state import AppState

MERGE_ID = 7071
MERGE_WINDOW_S = 1.5  # changes of one control closer together than this are one undo step


class WorkspaceHolder(Protocol):
    """What a command changes: the project session (project_session.ProjectSession)."""

    state: AppState

    @property
    def workspace(self) -> Workspace: ...

    def adopt_workspace(self, ws: Workspace, sync: bool) -> None: ...


class WorkspaceCommand(QUndoCommand):
    """redo applies `command`, undo its inverse; each application yields the other direction.

    already_applied: the change is already on screen (a plan landed), so the first redo only
    records it; `before`: the change is already in the working plan too (the budget box or a
    slider moved), made from `before`, which the first redo inverts against. merge_key:
    consecutive commands with the same key within MERGE_WINDOW_S become one step (a slider
    drag, arrow keys on the budget).
    """

    def __init__(self, session: WorkspaceHolder, command: Command, text_key: str,
                 merge_key: str | None = None, already_applied: bool = False,
                 before: Workspace | None = None) -> None:
        super().__init__()
        self.session = session
        self.command = command
        self.inverse: Command | None = None
        self.text_key = text_key
        self.merge_key = merge_key
        self.stamp = time.monotonic()
        self._already_applied = already_applied or before is not None
        self._before = before
        self.retranslate()

    def retranslate(self) -> None:
        from kzplanner.app.strings import tr

        self.setText(tr(self.text_key, self.session.state.language))

    def redo(self) -> None:
        start = self._before if self._before is not None else self.session.workspace
        new, self.inverse = apply(self.command, start)
        self.session.adopt_workspace(new, sync=not self._already_applied)
        self._already_applied = False
        self._before = None

    def undo(self) -> None:
        assert self.inverse is not None
        new, self.command = apply(self.inverse, self.session.workspace)
        self.session.adopt_workspace(new, sync=True)

    def id(self) -> int:  # noqa: A003 - Qt override
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, WorkspaceCommand) or other.merge_key != self.merge_key:
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        # Undo still goes back to before the first change; redo to after the last one.
        self.command = other.command
        self.stamp = other.stamp
        return True

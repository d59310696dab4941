"""The scenarios dock: list, create / duplicate / rename / delete, notes, chosen mark, compare.

Every change is a core command on the session's undo stack; switching the active scenario is one
too, so undoing a budget change never lands on another scenario.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import plain, tr
from kzplanner.core.commands import (
    AddScenario,
    ChooseScenario,
    RenameScenario,
    SetNotes,
    SetScenarios,
    SwitchScenario,
    unique_name,
)
from kzplanner.core.scenario import Scenario
from kzplanner.gui.project.project_session import ProjectSession

NAME_ROLE = Qt.ItemDataRole.UserRole
COMPARE_MAX = 3


class ScenariosPanel(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = session.state
        self.setObjectName("scenariosPanel")
        self.compare_dialog: QWidget | None = None
        self.active_label = QLabel(self)
        self.active_label.setObjectName("hint")
        self.active_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("scenarioList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.buttons = {k: QPushButton(self) for k in ("new", "duplicate", "rename", "delete",
                                                      "activate", "choose", "compare")}
        self.notes_label = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("scenarioNotes")
        self.notes.setMaximumHeight(90)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(600)
        self._notes_timer.timeout.connect(self._commit_notes)
        self._notes_for: str | None = None
        self._notes_dirty = False
        self._filling = False

        grid = QGridLayout()
        grid.setSpacing(4)
        # Two columns for the short verbs; the long ones (ru/kk) get a row each.
        for i, key in enumerate(("new", "duplicate", "rename", "delete")):
            grid.addWidget(self.buttons[key], i // 2, i % 2)
        for row, key in enumerate(("activate", "choose", "compare"), 2):
            grid.addWidget(self.buttons[key], row, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.active_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)

        self.buttons["new"].clicked.connect(lambda: self.create())
        self.buttons["duplicate"].clicked.connect(lambda: self.duplicate())
        self.buttons["rename"].clicked.connect(self._start_rename)
        self.buttons["delete"].clicked.connect(lambda: self.delete())
        self.buttons["activate"].clicked.connect(lambda: self.activate())
        self.buttons["choose"].clicked.connect(lambda: self.choose())
        self.buttons["compare"].clicked.connect(lambda: self.compare())
        self.list.itemDoubleClicked.connect(lambda item: self.activate(item.data(NAME_ROLE)))
        self.list.itemChanged.connect(self._item_edited)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.notes.textChanged.connect(self._notes_typed)
        session.workspace_changed.connect(self.refresh)
        self.refresh()

    # --- view
    def retranslate(self) -> None:
        lang = self.state.language
        for key, button in self.buttons.items():
            button.setText(plain(tr(f"scn.{key}", lang)))
            button.setToolTip(tr(f"scn.{key}_tip", lang))
        self.notes_label.setText(tr("scn.notes", lang))
        self.notes.setPlaceholderText(tr("scn.notes_hint", lang))
        self.refresh()

    def refresh(self) -> None:
        ws = self.session.workspace
        lang = self.state.language
        selected = set(self.selected_names())
        self._filling = True
        self.list.clear()
        bold = QFont(self.list.font())
        bold.setBold(True)
        for s in ws.scenarios:
            item = QListWidgetItem(("★ " if s.chosen else "") + s.name)
            item.setData(NAME_ROLE, s.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            tip = tr("scn.created", lang, date=s.created.replace("T", " "))
            if s.chosen:
                tip += "\n" + tr("scn.chosen_mark", lang)
            item.setToolTip(tip)
            if s.name == ws.active:
                item.setFont(bold)
            self.list.addItem(item)
            if s.name in selected or (not selected and s.name == ws.active):
                item.setSelected(True)
        self._filling = False
        self.active_label.setText(tr("scn.active", lang, name=ws.active) if ws.active
                                  else tr("scn.no_active", lang))
        self._selection_changed()

    def selected_names(self) -> list[str]:
        return [str(i.data(NAME_ROLE)) for i in self.list.selectedItems()]

    def _current(self) -> str | None:
        names = self.selected_names()
        return names[0] if names else self.session.workspace.active

    def _selection_changed(self) -> None:
        if self._filling:
            return
        names = self.selected_names()
        one = len(names) == 1
        self.buttons["duplicate"].setEnabled(one)
        self.buttons["rename"].setEnabled(one)
        self.buttons["delete"].setEnabled(bool(names))
        self.buttons["activate"].setEnabled(one and names[0] != self.session.workspace.active)
        self.buttons["choose"].setEnabled(one)
        self.buttons["compare"].setEnabled(2 <= len(names) <= COMPARE_MAX)
        self._commit_notes()
        self._notes_for = names[0] if one else None
        self.notes.blockSignals(True)
        self.notes.setEnabled(one)
        self.notes.setPlainText(self.session.workspace.scenario(names[0]).notes if one else "")
        self.notes.blockSignals(False)

    # --- intents (also called by tests)
    def create(self, name: str | None = None) -> str:
        """A new scenario from the current parameters and plan; it becomes the active one."""
        ws = self.session.workspace
        name = unique_name(name or self.session.scenario_name_suggestion(), ws.names())
        self.session.push(AddScenario(Scenario(name, ws.params, ws.allocation)),
                          "undo.scenario_add")
        self._select(name)
        return name

    def duplicate(self, source: str | None = None, name: str | None = None) -> str | None:
        source = source or self._current()
        if source is None:
            return None
        ws = self.session.workspace
        original = ws.scenario(source)
        name = unique_name(name or tr("scn.copy_of", self.state.language, name=source),
                           ws.names())
        copy = replace(original, name=name, chosen=False,
                       created=Scenario(name, original.params).created)
        self.session.push(AddScenario(copy, activate=True), "undo.scenario_duplicate")
        self._select(name)
        return name

    def rename(self, old: str, new: str) -> bool:
        new = new.strip()
        ws = self.session.workspace
        if not new or new == old or new in ws.names():
            self.refresh()
            return False
        self.session.push(RenameScenario(old, new), "undo.scenario_rename")
        self._select(new)
        return True

    def delete(self, names: list[str] | None = None) -> None:
        names = names or self.selected_names()
        ws = self.session.workspace
        if not names:
            return
        rest = tuple(s for s in ws.scenarios if s.name not in names)
        active = None if ws.active in names else ws.active
        self.session.push(SetScenarios(rest, active), "undo.scenario_delete")

    def activate(self, name: str | None = None) -> None:
        name = name or self._current()
        if name is None or name == self.session.workspace.active:
            return
        self.session.push(SwitchScenario(name), "undo.scenario_switch")

    def choose(self, name: str | None = None) -> None:
        name = name or self._current()
        if name is None:
            return
        already = self.session.workspace.scenario(name).chosen
        self.session.push(ChooseScenario(None if already else name), "undo.scenario_choose")

    def set_notes(self, name: str, notes: str) -> None:
        if self.session.workspace.scenario(name).notes != notes:
            self.session.push(SetNotes(name, notes), "undo.scenario_notes",
                              merge_key=f"notes:{name}")

    def compare(self, names: list[str] | None = None) -> QWidget | None:
        from kzplanner.gui.project.compare_view import CompareDialog

        names = names or self.selected_names()
        if not 2 <= len(names) <= COMPARE_MAX:
            return None
        dialog = CompareDialog(self.session, names, self.window())
        dialog.open()
        self.compare_dialog = dialog
        return dialog

    # --- internals
    def _select(self, name: str) -> None:
        self.list.clearSelection()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(NAME_ROLE) == name:
                item.setSelected(True)
                self.list.setCurrentItem(item)

    def _start_rename(self) -> None:
        items = self.list.selectedItems()
        if len(items) == 1:
            self._filling = True
            items[0].setText(str(items[0].data(NAME_ROLE)))  # without the chosen mark
            self._filling = False
            self.list.editItem(items[0])

    def _item_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        old = str(item.data(NAME_ROLE))
        new = item.text().removeprefix("★ ")
        if new != old:
            QTimer.singleShot(0, lambda: self.rename(old, new))

    def _notes_typed(self) -> None:
        self._notes_dirty = True
        self._notes_timer.start()

    def _commit_notes(self) -> None:
        """Typed notes become one undo step (typing pauses merge into it)."""
        self._notes_timer.stop()
        name = self._notes_for
        if not self._notes_dirty:
            return
        self._notes_dirty = False
        if name and name in self.session.workspace.names():
            self.set_notes(name, self.notes.toPlainText())

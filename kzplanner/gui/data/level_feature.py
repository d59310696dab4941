"""View → Units on the map: today's oblasts or districts (the bundled geokz 2024 map).

A feature of the main window (gui/feature.py). Both levels come from the same statistics and
register: on oblasts the district rows are summed into their oblast (core.reconcile, only when
every district is there) and each institution goes to its district's oblast. With boundaries of
the planner's own the entries are disabled and say why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from kzplanner.app.strings import tr
from kzplanner.gui.feature import Dock, FeatureContext

LEVELS = ("adm1", "adm2")


class LevelFeature:
    def __init__(self, ctx: FeatureContext) -> None:
        self.state = ctx.state
        self.menu = QMenu(ctx.window)
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        self.menu.setToolTipsVisible(True)
        self.level_actions: dict[str, QAction] = {}
        for level in LEVELS:
            act = QAction(self.menu)
            act.setCheckable(True)
            act.triggered.connect(lambda _=False, lv=level: self.state.switch_level(lv))
            self.group.addAction(act)
            self.menu.addAction(act)
            self.level_actions[level] = act
        self.state.dataset_changed.connect(self.refresh)
        self.state.language_changed.connect(self.retranslate)
        self.retranslate()

    def actions(self) -> Mapping[str, QAction]:
        return {"level.menu": self.menu.menuAction()}

    def docks(self) -> Sequence[Dock]:
        return ()

    def refresh(self) -> None:
        level = self.state.boundaries_level()
        lang = self.state.language
        for lv, act in self.level_actions.items():
            act.setEnabled(level is not None)
            act.setChecked(lv == level)
            act.setToolTip(tr("level.tip" if level else "level.own_file", lang))

    def retranslate(self) -> None:
        lang = self.state.language
        self.menu.setTitle(tr("level.menu", lang))
        for lv, act in self.level_actions.items():
            act.setText(tr(f"level.{lv}", lang))
        self.refresh()

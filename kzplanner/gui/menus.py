"""Every menu of the main window and its entries, in order: the one declaration.

Each menu is (id, title key, entries); an entry is an action id or SEPARATOR. The main window
owns the ids starting with "window." and takes every other action from the features that offer
it (gui/feature.py); `build_menus` places them and refuses an id nobody offers or an action
offered but declared nowhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

SEPARATOR = "---"


@dataclass(frozen=True)
class MenuSpec:
    id: str
    title_key: str
    entries: tuple[str, ...]


MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", "menu.file", (
        "project.new", "project.open", "project.recent", "project.save", "project.save_as",
        SEPARATOR,
        "window.load_boundaries", "window.load_statistics",
        "data.import", "data.template", "data.missing_template", "data.monitoring_template",
        "data.actuals_template",
        "settlements.load", "settlements.sample",
        SEPARATOR,
        "map.print", "window.export", "project.export_gpkg", "project.export_csv",
        SEPARATOR,
        "window.quit",
    )),
    MenuSpec("edit", "menu.edit", (
        "project.undo", "project.redo",
        SEPARATOR,
        "project.params",
    )),
    MenuSpec("view", "menu.view", (
        "window.fit", "map.charts",
        SEPARATOR,
        "level.menu",
        SEPARATOR,
        "window.language",
        SEPARATOR,
        "settlements.show",
        SEPARATOR,
        "project.scenarios_dock", "project.allocation_dock", "settlements.dock",
    )),
    MenuSpec("data", "data.menu.data", (
        "sources.show", "data.check",
    )),
    MenuSpec("followup", "data.menu.followup", (
        "data.actuals", "data.evaluate",
    )),
    MenuSpec("help", "menu.help", (
        "help.user_guide", "help.getting_started", "help.log_folder", "help.diagnostics",
        SEPARATOR,
        "window.about",
    )),
)


def declared_ids() -> list[str]:
    return [e for spec in MENUS for e in spec.entries if e != SEPARATOR]


def build_menus(bar: QMenuBar, actions: Mapping[str, QAction]) -> dict[str, QMenu]:
    """The menus of MENUS on `bar`, each entry the action of its id (a sub-menu's
    menuAction() shows as that sub-menu); returns the menus by id. Titles are set by
    `retranslate_menus`."""
    declared = declared_ids()
    missing = [i for i in declared if i not in actions]
    stray = [i for i in actions if i not in declared]
    if missing or stray:
        raise ValueError(f"menu declaration: no action for {missing}, undeclared {stray}")
    menus: dict[str, QMenu] = {}
    for spec in MENUS:
        menu = bar.addMenu("")
        for entry in spec.entries:
            if entry == SEPARATOR:
                menu.addSeparator()
            else:
                menu.addAction(actions[entry])
        menus[spec.id] = menu
    return menus


def retranslate_menus(menus: Mapping[str, QMenu], lang: str) -> None:
    from kzplanner.app.strings import tr

    for spec in MENUS:
        menus[spec.id].setTitle(tr(spec.title_key, lang))

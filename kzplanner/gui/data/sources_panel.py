"""Data → Sources: the statistics tables the dataset is built from (core.sources.StatsSource).

One row per table: its file (full path as tooltip), sheet, the year read, the indicators it
gives and which of them are used, the rows joined and the errors (a click opens Data → Check);
its indicators below it. Add… reads one more table through the import wizard (or a filled
template directly) and rebuilds the dataset from every table; Replace… puts next year's file in
the selected table's place with its mapping offered again; Remove rebuilds without it (never the
last one). An indicator several tables give gets a combo choosing the table it comes from; the
choice is kept with the dataset and the project. What is still missing is said per input.

The panel holds no data of its own: it reads state.dataset and calls AppState's source intents.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzplanner.app.strings import tr
from kzplanner.core.catalogue import label
from kzplanner.gui import settings
from kzplanner.gui.banner import missing_items
from kzplanner.gui.elided_combo import ElidedComboBox
from kzplanner.gui.messages import show_message
from kzplanner.gui.state import AppState
from kzplanner.gui.tasks import TaskKind

COLUMNS = ("file", "sheet", "year", "indicators", "joined", "errors")
COL_FILE, COL_SHEET, COL_YEAR, COL_INDICATORS, COL_JOINED, COL_ERRORS = range(6)
FILE_MIN_PX, FILE_MAX_PX = 160, 380
EXPAND_UP_TO = 6
ERROR_FG = QColor("#9b1c1c")
UNUSED_FG = QColor("#6b7785")
ID_ROLE = Qt.ItemDataRole.UserRole


def source_name(src: Any) -> str:
    """How a source is named in the panel's choices: its file, sheet and year."""
    extra = ", ".join(x for x in (src.sheet or "", src.period) if x)
    return Path(src.file).name + (f" ({extra})" if extra else "")


def _indicator_label(ind: str, lang: str) -> str:
    from kzplanner.app.load.detect import indicator_label

    return indicator_label(ind, lang)


class SourcesPanel(QWidget):
    """The list of data sources with Add…, Replace…, Remove and the choice of source for an
    indicator several give."""

    def __init__(self, state: AppState, features: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self.state = state
        self.features = features  # template_action.DataFeatures: wizard, check, template
        self.last_box: QMessageBox | None = None
        self.wizard: Any = None
        self.combos: dict[str, ElidedComboBox] = {}

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sourcesTree")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(COL_INDICATORS, QHeaderView.ResizeMode.Stretch)
        for col in (COL_SHEET, COL_YEAR, COL_JOINED, COL_ERRORS):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_enabled())

        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("sourcesMissing")
        self.missing_label.setWordWrap(True)
        self.several_label = QLabel(self)
        self.several_label.setObjectName("hint")
        self.several_label.setWordWrap(True)
        self.several_form = QFormLayout()
        self.several_form.setContentsMargins(0, 0, 0, 0)
        self.several_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addSource")
        self.add_button.clicked.connect(lambda: self.add())
        self.replace_button = QPushButton(self)
        self.replace_button.setObjectName("replaceSource")
        self.replace_button.clicked.connect(lambda: self.replace())
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeSource")
        self.remove_button.clicked.connect(lambda: self.remove())
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("sourcesCheck")
        self.check_button.clicked.connect(self.open_check)
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("sourcesTemplate")
        self.template_button.clicked.connect(self.write_template)

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.tree, 1)
        left.addWidget(self.missing_label)
        left.addWidget(self.several_label)
        left.addLayout(self.several_form)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.add_button, self.replace_button, self.remove_button,
                       self.check_button, self.template_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addLayout(left, 1)
        lay.addLayout(buttons)

        state.dataset_changed.connect(self.refresh)
        state.language_changed.connect(self.retranslate)
        state.busy_changed.connect(lambda _busy: self._update_enabled())
        self.retranslate()

    # --- state → widgets
    def retranslate(self) -> None:
        lang = self.state.language
        self.tree.setHeaderLabels([tr(f"data.src.col_{c}", lang) for c in COLUMNS])
        self.add_button.setText(tr("data.src.add", lang))
        self.add_button.setToolTip(tr("data.src.add_tip", lang))
        self.replace_button.setText(tr("data.src.replace", lang))
        self.replace_button.setToolTip(tr("data.src.replace_tip", lang))
        self.remove_button.setText(tr("data.src.remove", lang))
        self.check_button.setText(tr("data.src.check", lang))
        self.template_button.setText(tr("data.src.template", lang))
        self.several_label.setText(tr("data.src.several", lang))
        self.refresh()

    def refresh(self) -> None:
        lang = self.state.language
        ds = self.state.dataset
        current = self.selected_id()
        sources = self.state.data_sources()
        several = self._several()
        taken_from = {i["indicator"]: i["used"] for i in several}
        names = {s.id: source_name(s) for s in sources}
        self.tree.clear()
        for src in sources:
            item = QTreeWidgetItem(self.tree)
            item.setData(COL_FILE, ID_ROLE, src.id)
            name = Path(src.file).name
            if src.illustrative:
                name += f" — {tr('data.src.illustrative', lang)}"
            item.setText(COL_FILE, name)
            tip = tr("data.src.tip_file", lang, path=src.file, cells=src.cells or "—")
            if src.publisher:
                tip += "\n" + tr("data.src.tip_publisher", lang, publisher=src.publisher)
            item.setToolTip(COL_FILE, tip)
            item.setText(COL_SHEET, src.sheet or "—")
            item.setText(COL_YEAR, src.period or src.year or "—")
            item.setText(COL_INDICATORS, tr("data.src.used_of", lang, used=len(src.used),
                                            given=len(src.indicators)))
            item.setToolTip(COL_INDICATORS, "\n".join(
                _indicator_label(i, lang) for i in src.indicators))
            item.setText(COL_JOINED, tr("data.src.joined", lang, joined=src.joined,
                                        rows=src.rows))
            item.setText(COL_ERRORS, tr("data.src.errors", lang, n=src.errors)
                         if src.errors else "0")
            if src.errors:
                item.setForeground(COL_ERRORS, QBrush(ERROR_FG))
            for ind in src.indicators:
                # one line across the row: the indicator's name and whether it is used
                child = QTreeWidgetItem(item)
                child.setData(COL_FILE, ID_ROLE, src.id)
                if ind in src.used:
                    how = tr("data.src.used", lang)
                else:
                    other = names.get(taken_from.get(ind, ""), "—")
                    how = tr("data.src.not_used", lang, source=other)
                    child.setForeground(COL_FILE, QBrush(UNUSED_FG))
                child.setText(COL_FILE, f"{_indicator_label(ind, lang)} — {how}")
                child.setToolTip(COL_FILE, ind)
                child.setFirstColumnSpanned(True)
            item.setExpanded(len(src.indicators) <= EXPAND_UP_TO)
            if src.id == current:
                self.tree.setCurrentItem(item)
        self._fit_file_column()
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(self.tree.topLevelItemCount() - 1))
        missing = missing_items(ds, lang)
        self.missing_label.setText(tr("data.src.missing", lang, items="; ".join(missing))
                                   if missing else tr("data.src.nothing_missing", lang))
        self.missing_label.setStyleSheet("color: #9b1c1c;" if missing else "")
        self.template_button.setVisible(bool(missing))
        self._fill_choices(several, names)
        self._update_enabled()

    def _fit_file_column(self) -> None:
        """The file column as wide as its longest name (the indicators below span the row),
        within limits, so the other columns keep their room on a laptop screen."""
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.tree.topLevelItem(k).text(COL_FILE))
                      for k in range(self.tree.topLevelItemCount())), default=0)
        self.tree.setColumnWidth(COL_FILE, min(max(widest + 48, FILE_MIN_PX), FILE_MAX_PX))

    def _several(self) -> list[dict[str, Any]]:
        from kzplanner.core.sources import several_sources

        ds = self.state.dataset
        return several_sources(ds.reconciliation) if ds is not None else []

    def _fill_choices(self, several: list[dict[str, Any]], names: dict[str, str]) -> None:
        lang = self.state.language
        while self.several_form.rowCount():
            self.several_form.removeRow(0)
        self.combos = {}
        for issue in several:
            ind = str(issue["indicator"])
            combo = ElidedComboBox(self)
            combo.setObjectName("sourceChoice")
            for sid in issue["sources"]:
                combo.addItem(names.get(sid) or (issue.get("source_names") or {}).get(sid, sid),
                              sid)
            combo.setCurrentIndex(max(combo.findData(issue["used"]), 0))
            how = (label("several_sources.planner", lang) if issue.get("chosen_by") == "planner"
                   else tr("data.src.chosen_latest", lang))
            combo.setToolTip(f"{combo.currentText()} — {how}")
            combo.activated.connect(
                lambda _i, c=combo, i=ind: self.choose(i, str(c.currentData())))
            self.combos[ind] = combo
            self.several_form.addRow(f"{_indicator_label(ind, lang)}:", combo)
        self.several_label.setVisible(bool(several))

    def _update_enabled(self) -> None:
        loading = self.state.tasks.is_busy(TaskKind.LOAD)
        has_data = self.state.dataset is not None
        selected = self.selected_id() is not None
        self.add_button.setEnabled(not loading)
        self.replace_button.setEnabled(not loading and has_data and selected)
        self.remove_button.setEnabled(not loading and has_data and selected)
        self.check_button.setEnabled(has_data)
        for combo in self.combos.values():
            combo.setEnabled(not loading)

    # --- selection
    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        value = item.data(COL_FILE, ID_ROLE)
        return str(value) if value else None

    def select(self, source_id: str) -> None:
        for k in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(k)
            if item.data(COL_FILE, ID_ROLE) == source_id:
                self.tree.setCurrentItem(item)
                return

    def _source(self, source_id: str | None) -> Any:
        return next((s for s in self.state.data_sources() if s.id == source_id), None)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == COL_ERRORS and item.parent() is None and item.foreground(
                COL_ERRORS).color() == ERROR_FG:
            self.open_check()

    # --- intents
    def _ask_file(self, title: str) -> str | None:
        lang = self.state.language
        folder = str(settings.read("last_dir") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, title, folder, tr("data.wiz.filter", lang))
        if not path:
            return None
        settings.write("last_dir", str(Path(path).parent))
        return path

    def add(self, path: str | None = None) -> Any:
        """Add a table: a filled template joins at once; any other file goes through the
        import wizard (returned), whose Finish adds it."""
        from kzplanner.core.io.read.template import is_template
        from kzplanner.core.sources import StatsSource

        if path is None:
            path = self._ask_file(tr("data.src.pick_add", self.state.language))
            if not path:
                return None
        if is_template(path):
            self.state.add_source(StatsSource(file=str(path)))
            return None
        self.wizard = self._wizard(str(path), None)
        return self.wizard

    def replace(self, source_id: str | None = None, path: str | None = None) -> Any:
        """Next year's file in the place of `source_id` (default: the selected table): the
        wizard offers the old table's mapping at the latest year; the source keeps its id."""
        from kzplanner.core.io.read.template import is_template
        from kzplanner.core.sources import StatsSource

        lang = self.state.language
        old = self._source(source_id or self.selected_id())
        if old is None:
            self.last_box = show_message(self.window(), tr("data.src.title", lang),
                                         tr("data.src.none_selected", lang), lang,
                                         QMessageBox.Icon.Information)
            return None
        if path is None:
            path = self._ask_file(tr("data.src.pick_replace", lang, file=Path(old.file).name))
            if not path:
                return None
        if is_template(path):
            self.state.replace_source(old.id, StatsSource(file=str(path),
                                                          publisher=old.publisher))
            return None
        self.wizard = self._wizard(str(path), old)
        return self.wizard

    def remove(self, source_id: str | None = None) -> bool:
        """Rebuild the dataset without `source_id` (default: the selected table); the last
        table is never removed (a message says why)."""
        lang = self.state.language
        old = self._source(source_id or self.selected_id())
        if old is None:
            return False
        if self.state.remove_source(old.id):
            return True
        self.last_box = show_message(self.window(), tr("data.src.title", lang),
                                     tr("data.src.remove_last", lang, file=Path(old.file).name),
                                     lang, QMessageBox.Icon.Information)
        return False

    def choose(self, indicator: str, source_id: str) -> None:
        self.state.choose_source(indicator, source_id)

    def open_check(self) -> Any:
        return self.features.open_check() if self.features is not None else None

    def write_template(self) -> None:
        if self.features is not None:
            self.features.ask_template(kind="missing")

    def _wizard(self, path: str, replacing: Any) -> Any:
        if self.features is not None:
            return self.features.open_wizard(path, replacing=replacing)
        from kzplanner.gui.data.import_wizard import ImportWizard

        wizard = ImportWizard(self.state, self, path=path, replacing=replacing)
        wizard.open()
        return wizard


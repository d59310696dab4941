"""The import wizard's first pages: the file (and the saved mappings offered for it), then the
sheet and its layout (header rows, block, unit column) over the preview. The detection is
app.load's; these pages show it and write the planner's changes on the wizard's mapping."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from kzplanner.app.load.detect import header_rows_between, header_text
from kzplanner.app.strings import tr
from kzplanner.core.io.read import layout
from kzplanner.gui import settings
from kzplanner.gui.data.import_grid import GridView
from kzplanner.gui.elided_combo import ElidedComboBox

if TYPE_CHECKING:
    from kzplanner.gui.data.import_wizard import ImportWizard


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.path_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(lambda: self.wiz.set_path(self.path_edit.text()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.offer_check = QCheckBox()
        self.offer_combo = QComboBox()
        self.offer_check.toggled.connect(self.offer_combo.setEnabled)
        self.offer_check.toggled.connect(lambda _on: self.wiz.choose_offer())
        self.offer_combo.currentIndexChanged.connect(lambda _i: self.wiz.choose_offer())
        self.offer_note = QLabel()
        self.offer_note.setWordWrap(True)
        self.offer_note.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        lay = QVBoxLayout(self)
        lay.addWidget(self.path_label)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addSpacing(12)
        lay.addWidget(self.offer_check)
        lay.addWidget(self.offer_combo)
        lay.addWidget(self.offer_note)
        lay.addStretch(1)

    def _browse(self) -> None:
        lang = self.wiz.lang
        folder = str(settings.read("last_dir") or Path.home())
        title = tr(self.wiz.key("data.wiz.pick_title"), lang)
        path, _ = QFileDialog.getOpenFileName(self, title, folder, tr("data.wiz.filter", lang))
        if path:
            settings.write("last_dir", str(Path(path).parent))
            self.path_edit.setText(path)
            self.wiz.set_path(path)

    def show_offers(self) -> None:
        offers = self.wiz.detection.offers if self.wiz.detection else []
        self.offer_combo.blockSignals(True)
        self.offer_check.blockSignals(True)
        self.offer_combo.clear()
        for offer in offers:
            key = "data.src.offer_item" if offer.source else "data.wiz.offer_item"
            self.offer_combo.addItem(
                tr(key, self.wiz.lang, file=Path(offer.source or offer.path).name,
                   sheet=offer.mapping.sheet or "—", rows=offer.rows), offer.path)
        fits = bool(offers) and offers[0].fits
        self.offer_check.setChecked(fits)
        self.offer_combo.setEnabled(fits)
        self.offer_check.setVisible(bool(offers))
        self.offer_combo.setVisible(bool(offers))
        self.offer_note.setVisible(bool(offers))
        self.offer_combo.blockSignals(False)
        self.offer_check.blockSignals(False)

    def retranslate(self, lang: str) -> None:
        self.setTitle(tr("data.wiz.page_file", lang))
        self.setSubTitle(tr(self.wiz.key("data.wiz.page_file_sub"), lang))
        self.path_label.setText(tr(self.wiz.key("data.wiz.file"), lang))
        self.browse.setText(tr("data.browse", lang))
        self.offer_check.setText(tr("data.wiz.offer", lang))
        self.offer_note.setText(tr("data.wiz.offer_note", lang))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.wiz.detection is not None and not self.wiz.busy



def _narrow_combo() -> QComboBox:
    """A combo box that lets the page narrow on a small screen: cut, the whole item on hover."""
    box = ElidedComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


HEADER_ROW_LIMIT = 200_000


class LayoutPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.sheet_combo = _narrow_combo()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_from = QSpinBox()
        self.header_to = QSpinBox()
        for box in (self.header_from, self.header_to):
            # a heading lies near the top: six digits keep the box (and the page) narrow now
            # that a sheet may have up to a million rows (core/io/read/safety.MAX_ROWS)
            box.setRange(0, min(layout.MAX_ROWS, HEADER_ROW_LIMIT))
            box.valueChanged.connect(self._changed)
        self.block_combo = _narrow_combo()
        self.block_combo.currentIndexChanged.connect(self._changed)
        self.unit_combo = _narrow_combo()
        self.unit_combo.currentIndexChanged.connect(self._changed)
        self.kind_combo = _narrow_combo()
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.code_combo = _narrow_combo()
        self.code_combo.currentIndexChanged.connect(self._changed)
        self.preview = GridView()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("hint")
        self.labels = {k: QLabel() for k in ("sheet", "header", "to", "block", "unit", "kind",
                                             "code")}
        grid = QGridLayout()
        grid.addWidget(self.labels["sheet"], 0, 0)
        grid.addWidget(self.sheet_combo, 0, 1)
        hdr = QHBoxLayout()
        hdr.addWidget(self.header_from)
        hdr.addWidget(self.labels["to"])
        hdr.addWidget(self.header_to)
        hdr.addStretch(1)
        grid.addWidget(self.labels["header"], 0, 2)
        grid.addLayout(hdr, 0, 3)
        grid.addWidget(self.labels["block"], 0, 4)
        grid.addWidget(self.block_combo, 0, 5)
        grid.addWidget(self.labels["unit"], 1, 0)
        grid.addWidget(self.unit_combo, 1, 1)
        grid.addWidget(self.labels["kind"], 1, 2)
        grid.addWidget(self.kind_combo, 1, 3)
        grid.addWidget(self.labels["code"], 1, 4)
        grid.addWidget(self.code_combo, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.info)
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.fill()

    def fill(self) -> None:
        det, m = self.wiz.detection, self.wiz.mapping
        if det is None or m is None:
            return
        lang = self.wiz.lang
        p = det.proposal
        self._filling = True
        self.sheet_combo.clear()
        for name in p.sheets or [Path(p.file).name]:
            self.sheet_combo.addItem(name, name)
        if p.sheet:
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(p.sheet), 0))
        self.sheet_combo.setEnabled(bool(p.sheets))
        rows = m.header_rows or []
        self.header_from.setValue(rows[0] if rows else 0)
        self.header_to.setValue(rows[-1] if rows else 0)
        self.block_combo.clear()
        for b in p.blocks:
            name = tr(f"data.block.{b.id}", lang)
            name = b.label or b.id if name == f"data.block.{b.id}" else name
            self.block_combo.addItem(tr("data.wiz.block_item", lang, name=name,
                                        first=b.first_row, last=b.last_row), b.id)
        if m.block is not None:
            self.block_combo.setCurrentIndex(max(self.block_combo.findData(m.block), 0))
        width = det.grid and max((len(r) for r in det.grid.cells), default=0)
        letters = [layout.col_letter(i) for i in range(width or 0)]
        self.unit_combo.clear()
        self.code_combo.clear()
        self.code_combo.addItem(tr("data.none", lang), None)
        for letter in letters:
            head = header_text(det.grid, m.header_rows, layout.col_index(letter))
            text = f"{letter} — {head}" if head else letter
            self.unit_combo.addItem(text, letter)
            self.code_combo.addItem(text, letter)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(m.unit_column), 0))
        self.code_combo.setCurrentIndex(max(self.code_combo.findData(m.code_column), 0))
        self.kind_combo.clear()
        self.kind_combo.addItem(tr("data.wiz.kind_name", lang), "name")
        self.kind_combo.addItem(tr("data.wiz.kind_code", lang), "code")
        if self.wiz.kind == "actuals":
            self.kind_combo.addItem(tr("data.wiz.kind_institution", lang), "institution")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(m.unit_kind), 0))
        self._filling = False
        self.preview.show_grid(det.grid)
        self._update_marks()

    def _sheet_chosen(self, _index: int) -> None:
        sheet = self.sheet_combo.currentData()
        det = self.wiz.detection
        if det is not None and sheet and sheet != det.proposal.sheet:
            self.wiz.detect(sheet, with_offers=False)

    def _changed(self, *_args: Any) -> None:
        if self._filling or self.wiz.mapping is None:
            return
        m = self.wiz.mapping
        m.header_rows = header_rows_between(self.header_from.value(), self.header_to.value())
        block = self.block_combo.currentData()
        if block is not None:
            m.block = block
        m.unit_column = self.unit_combo.currentData() or m.unit_column
        m.unit_kind = self.kind_combo.currentData() or "name"
        m.code_column = self.code_combo.currentData()
        self._update_marks()

    def _update_marks(self) -> None:
        det, m = self.wiz.detection, self.wiz.mapping
        if det is None or m is None:
            return
        self.preview.grid_model.set_marks(m, det.proposal)
        lang = self.wiz.lang
        p = det.proposal
        parts = []
        if p.title:
            parts.append(tr("data.wiz.title_found", lang, title=p.title))
        parts.append(tr("data.wiz.confidence", lang, value=round(p.confidence * 100)))
        if p.note_rows:
            parts.append(tr("data.wiz.notes_found", lang,
                            rows=", ".join(str(r) for r in p.note_rows[:8])))
        if p.total_rows:
            parts.append(tr("data.wiz.totals_found", lang,
                            rows=", ".join(str(r) for r in p.total_rows[:8])))
        parts.append(tr("data.wiz.legend", lang))
        self.info.setText(" · ".join(parts))

    def retranslate(self, lang: str) -> None:
        self.setTitle(tr("data.wiz.page_layout", lang))
        self.setSubTitle(tr("data.wiz.page_layout_sub", lang))
        for key, widget in self.labels.items():
            widget.setText(tr(f"data.wiz.{key}", lang))



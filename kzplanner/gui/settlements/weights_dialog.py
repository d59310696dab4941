"""The weights of place types, by which a district's unaccounted population is shared."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from kzplanner.app.strings import tr


def ask_weights(parent: QWidget, weights: dict[str, float], lang: str) -> dict[str, float] | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("set.weights_title", lang))
    form = QFormLayout(dialog)
    note = QLabel(tr("set.weights_note", lang), dialog)
    note.setWordWrap(True)
    form.addRow(note)
    spins: dict[str, QDoubleSpinBox] = {}
    for place, value in weights.items():
        spin = QDoubleSpinBox(dialog)
        spin.setRange(0.0, 1000.0)
        spin.setDecimals(2)
        spin.setValue(float(value))
        key = f"set.place.{place}"
        text = tr(key, lang)
        form.addRow(place if text == key else text, spin)
        spins[place] = spin
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {p: float(s.value()) for p, s in spins.items()}

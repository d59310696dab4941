"""A ₸ amount box that takes what a planner types: '2 000 000 000' with ordinary, no-break or
thin spaces, '2e9', a decimal comma in kk/ru (core.formatting.parse_amount)."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from kzplanner.core.formatting import parse_amount


class AmountSpinBox(QDoubleSpinBox):
    lang = "en"

    def _amount(self, text: str) -> float | None:
        body = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        try:
            return parse_amount(body, self.lang if self.lang in ("kk", "ru") else None)
        except ValueError:
            return None

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        value = self._amount(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> object:  # Qt override
        body = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        if not body or body in ("-", "+"):
            return QValidator.State.Intermediate, text, pos
        value = self._amount(text)
        if value is None:
            # a digit or separator still being typed ("2 000 ")
            ok = all(c.isdigit() or c in " \u00a0\u202f\u2009,.eE₸" for c in body)
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        if not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

"""KZErrors whose detail is itself a translated sentence: what exactly is wrong with a project.

`MESSAGES[code]` gives the frame ("{file} is not a KZ Planner project that can be opened:
{detail}."); `Localized(key, **args)` names the detail's own template in MESSAGES
("project_detail.symlink": "the part {member} is a symbolic link …"). Arguments may themselves be
Localized or KZError, so a parameter error inside a scenario reads in the same language.
"""

from __future__ import annotations

from typing import Any

from kzplanner.errors import MESSAGES, KZError


class Localized:
    """A MESSAGES template and its arguments, rendered in the reader's language."""

    def __init__(self, key: str, **args: Any) -> None:
        self.key = key
        self.args = args

    def render(self, lang: str = "en") -> str:
        templates = MESSAGES.get(self.key)
        values = {k: render(v, lang) for k, v in self.args.items()}
        if templates is None:
            return f"{self.key}: {values}"
        template = templates.get(lang) or templates["en"]
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return templates["en"]

    def __repr__(self) -> str:
        return f"Localized({self.key!r}, {self.args!r})"


def render(value: Any, lang: str = "en") -> str:
    if isinstance(value, Localized):
        return value.render(lang)
    if isinstance(value, KZError):
        return value.message(lang)
    return str(value)


class DetailedError(KZError):
    """A KZError whose {detail} (and optionally {column}) is rendered in the message's language.

    `detail` keeps the English rendering, so logs, str() and tests read it as before.
    """

    def __init__(self, code: str, detail: Any = None, *, file: str | None = None,
                 column: Any = None, extra: dict[str, Any] | None = None) -> None:
        self.localized_detail = detail
        self.localized_column = column
        super().__init__(code, file=None if file is None else str(file),
                         column=None if column is None else render(column),
                         detail=None if detail is None else render(detail),
                         extra=dict(extra or {}))

    def message(self, lang: str = "en") -> str:
        plain = KZError(self.code, file=self.file, sheet=self.sheet, row=self.row,
                        column=None if self.localized_column is None
                        else render(self.localized_column, lang),
                        detail=None if self.localized_detail is None
                        else render(self.localized_detail, lang))
        return plain.message(lang)

    def __str__(self) -> str:
        return self.message("en")


def project_invalid(path: Any, key: str, **args: Any) -> DetailedError:
    """KZError('project_invalid') with the specific reason `project_detail.<key>`."""
    return DetailedError("project_invalid", Localized(f"project_detail.{key}", **args),
                         file=str(path), extra={"reason": key})

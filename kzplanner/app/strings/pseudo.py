"""A test-only pseudo-translation: every translated text of every catalogue the command line and
the window speak from (UI strings, core labels, error messages and their details) wrapped in
markers, so that a test can find visible words that did not come from a catalogue (issue 20).

    with marked_catalogues():   # English texts become "⟦Budget⟧", "⟦Parameter “⟧{column}⟦”⟧"
        main([... "--lang", "en"])

Placeholders stay outside the markers, so a value filled into a template (a file's name, an
untranslated detail) is checked as well. Everything is restored on leaving the block."""

from __future__ import annotations

import string
from collections.abc import Iterator
from contextlib import contextmanager

OPEN, CLOSE = "⟦", "⟧"


def mark(text: str) -> str:
    """`text` with each literal part between placeholders wrapped in markers.

    >>> mark("Parameter “{column}”: {detail}")
    '⟦Parameter “⟧{column}⟦”: ⟧{detail}'
    """
    out = []
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:  # not a template (a stray brace): the whole text
        return OPEN + text + CLOSE
    for literal, field, spec, conversion in parts:
        literal = literal.replace("{", "{{").replace("}", "}}")
        if literal.strip():
            out.append(OPEN + literal + CLOSE)
        else:
            out.append(literal)
        if field is not None:
            out.append("{" + field + ("!" + conversion if conversion else "")
                       + (":" + spec if spec else "") + "}")
    return "".join(out)


def _tables() -> list[dict[str, dict[str, str]]]:
    from kzplanner.app import strings
    from kzplanner.core import catalogue
    from kzplanner.errors import MESSAGES, details

    return [strings.STRINGS, catalogue.LABELS, MESSAGES, details.PARAMETER_NAMES,
            details.PARAMETER_PARTS, *extra_tables()]


def extra_tables() -> list[dict[str, dict[str, str]]]:
    """Further kk/ru/en tables of the text producers the CLI prints from."""
    from kzplanner.app.strings import cli_tables

    return cli_tables()


@contextmanager
def marked_catalogues() -> Iterator[None]:
    """Within the block, the English text of every catalogue entry is marked (see mark); the
    error details, keyed by their English text, get a marked English entry."""
    from kzplanner.errors import details

    saved: list[tuple[dict[str, str], str | None]] = []
    seen: set[int] = set()
    for table in _tables():
        for entry in table.values():
            if id(entry) in seen:  # an entry shared by two tables is marked once
                continue
            seen.add(id(entry))
            if isinstance(entry, dict) and isinstance(entry.get("en"), str):
                saved.append((entry, entry["en"]))
                entry["en"] = mark(entry["en"])
    for key, entry in details.DETAILS.items():
        saved.append((entry, entry.get("en")))
        entry["en"] = mark(key)
    try:
        yield
    finally:
        for entry, text in reversed(saved):
            if text is None:
                entry.pop("en", None)
            else:
                entry["en"] = text


def unmarked(text: str) -> str:
    """What of `text` lies outside the markers (nested markers allowed); each marked part
    becomes one space, so that the words around it stay apart.

    >>> unmarked("⟦a ⟦b⟧ c⟧ d⟦e⟧f")
    '  d f'
    """
    depth, out = 0, []
    for ch in text:
        if ch == OPEN:
            depth += 1
        elif ch == CLOSE:
            depth = max(depth - 1, 0)
            if depth == 0:
                out.append(" ")
        elif depth == 0:
            out.append(ch)
    return "".join(out)

"""Qt Linguist .ts files of the UI string catalogue: read, merge and write them (plain XML, no Qt).

The catalogue (strings.STRINGS) is the developers' seed; the .ts files in resources/i18n are what
translators edit in Qt Linguist. Each catalogue key is one .ts context holding one message whose
source is the English text, so `QTranslator.translate(key, english)` finds it.

Regenerating a .ts (scripts/build_translations.py) keeps the translators' work:
- same key, same English source: the .ts translation and its state are kept as they are;
- English source changed: the catalogue's translation is taken if a developer changed it too
  (finished), else the old translation stays, marked unfinished for review;
- new key: the catalogue's translation, finished (unfinished and empty when the catalogue has none);
- key gone from the catalogue: kept as "vanished" so the work is not lost.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from kzplanner import paths

# Languages with a .ts file; English is the source language and needs none.
TRANSLATED: tuple[str, ...] = ("ru", "kk")
TS_LOCALES: dict[str, str] = {"ru": "ru_RU", "kk": "kk_KZ"}


@dataclass(frozen=True)
class TsMessage:
    key: str
    source: str
    translation: str
    state: str  # "finished" | "unfinished" | "vanished" | "obsolete"


def i18n_dir() -> Path:
    return paths.resources_dir() / "i18n"


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"kzplanner_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"kzplanner_{lang}.qm"


# --- .ts reading and writing (plain XML, no Qt needed)
def read_ts(path: Path) -> dict[str, TsMessage]:
    """The messages of a .ts file by context (= catalogue key); empty when the file is absent."""
    if not path.is_file():
        return {}
    root = ET.parse(path).getroot()  # our own file, never user input
    found: dict[str, TsMessage] = {}
    for context in root.iter("context"):
        key = context.findtext("name") or ""
        for message in context.iter("message"):
            tnode = message.find("translation")
            state = (tnode.get("type") if tnode is not None else None) or "finished"
            found[key] = TsMessage(key, message.findtext("source") or "",
                                   (tnode.text or "") if tnode is not None else "", state)
    return found


def merge_messages(catalogue: dict[str, dict[str, str]], lang: str,
                   existing: dict[str, TsMessage]) -> tuple[list[TsMessage], list[str]]:
    """The messages a regenerated .ts holds (rules in the module docstring), and the keys whose
    .ts translation differs from the catalogue's (the .ts wins; reported, not changed)."""
    merged: list[TsMessage] = []
    drift: list[str] = []
    for key in sorted(catalogue):
        source = catalogue[key]["en"]
        seed = catalogue[key].get(lang, "")
        old = existing.get(key)
        if old is None or old.state in ("vanished", "obsolete"):
            if old is not None and old.source == source and old.translation:
                merged.append(TsMessage(key, source, old.translation, "finished"))
            else:
                merged.append(TsMessage(key, source, seed, "finished" if seed else "unfinished"))
        elif old.source == source:
            merged.append(TsMessage(key, source, old.translation, old.state))
            if old.translation != seed and old.state == "finished":
                drift.append(key)
        elif seed and seed != old.translation:
            merged.append(TsMessage(key, source, seed, "finished"))
        else:
            merged.append(TsMessage(key, source, old.translation, "unfinished"))
    for key in sorted(set(existing) - set(catalogue)):
        old = existing[key]
        merged.append(TsMessage(key, old.source, old.translation, "vanished"))
    return merged, drift


def write_ts(path: Path, lang: str, messages: list[TsMessage]) -> None:
    """Write a Qt Linguist 2.1 .ts file (UTF-8, stable order, so diffs stay small)."""
    root = ET.Element("TS", {"version": "2.1", "language": TS_LOCALES[lang],
                             "sourcelanguage": "en"})
    for msg in messages:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = msg.key
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = msg.source
        tnode = ET.SubElement(message, "translation")
        if msg.state != "finished":
            tnode.set("type", msg.state)
        tnode.text = msg.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8", newline="\n")


def update_ts(catalogue: dict[str, dict[str, str]], lang: str,
              folder: Path | None = None) -> tuple[Path, list[str]]:
    """Regenerate one .ts from the catalogue, keeping its translations; returns (path, drift)."""
    path = ts_path(lang, folder)
    merged, drift = merge_messages(catalogue, lang, read_ts(path))
    write_ts(path, lang, merged)
    return path, drift

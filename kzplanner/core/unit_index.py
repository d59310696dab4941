"""The boundary units indexed for matching statistics rows to them (core.reconcile)."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from kzplanner.core import kinds
from kzplanner.core.io.read.values import normalise_code
from kzplanner.core.names import (
    canonical_name,
    name_kind,
    normalise_name,
    phonetic_key,
)

NAME_FIELDS = ("name_ru", "name_kk", "name_en")


class UnitIndex:
    """The boundary units by every key a row's name may match: exact, canonical and phonetic
    names (with and without the level word), codes, kinds and parents."""

    def __init__(self, units: pd.DataFrame) -> None:
        self.codes = {str(c) for c in units.index}
        self.names: dict[str, str] = {}
        self.level: dict[str, str | None] = {}
        self.adjective: dict[str, bool] = {}
        self.parents: dict[str, set[str]] = {}
        self.kind: dict[str, str | None] = {}
        upper = {str(c).upper() for c in units.columns}
        parent_cols = [c for c in units.columns if str(c).upper() in
                       ("ADM1_RU", "ADM1_KK", "ADM1_EN", "PARENT_NAME")
                       or ("NAME_2" in upper and str(c).upper() in ("NAME_1", "NL_NAME_1"))]
        self.parent_names: dict[str, set[str]] = {}
        plain = units.drop(columns="geometry", errors="ignore")
        name_fields = NAME_FIELDS + tuple(c for c in units.columns if str(c).upper() in
                                          ("ADM2_RU", "ADM2_KK", "ADM2_EN"))
        # each unit's names, made into keys only when a row is matched by name (a table
        # whose rows all carry their units' codes never needs them: ~0.4 s at 10,000 units)
        self._texts: list[tuple[str, str | None, list[str]]] = []
        self._name_keys: tuple[Any, Any, Any] | None = None
        for code, row in zip(plain.index, plain.to_dict("records"), strict=True):
            code = str(code)
            level = str(row.get("level") or "") or None
            self.level[code] = level
            self.kind[code] = (row.get("kind") if isinstance(row.get("kind"), str) else None) \
                or kinds.unit_kind(code, (row.get("name_ru"), row.get("name_kk"),
                                          row.get("name_en")))
            self.names[code] = str(row.get("name_ru") or row.get("name_en") or code)
            self.adjective[code] = bool(re.search(r"(ский|ская|ское|ской)$",
                                                  str(row.get("name_ru") or "").strip()))
            texts = [row.get(key) for key in name_fields]
            self._texts.append((code, level, [t for t in texts
                                              if isinstance(t, str) and t.strip()]))
            parents = {canonical_name(row.get(c)) for c in parent_cols if row.get(c)}
            self.parent_names[code] = set(parents)
            pcode = normalise_code(row.get("parent_code"))
            if pcode:
                parents.add(pcode)
            parents.add(code[:2])  # KATO: the first two digits are the oblast
            self.parents[code] = parents
        self.kato = bool(self.codes) and all(kinds.kind_from_code(c) for c in self.codes)
        self.has_top = any(k in kinds.TOP for k in self.kind.values())
        self.has_below = any(k in kinds.BELOW_TOP for k in self.kind.values())
        self.prefixes = {c[:2] for c in self.codes} if self.kato else set()
        self._allowed: dict[tuple[str | None, str | None, str | None], set[str] | None] = {}

    @property
    def keys(self) -> dict[str, dict[tuple[str, str | None], set[str]]]:
        """stage ('exact', 'canon', 'phon') → (name key, level word's kind) → unit codes."""
        return self._keys_built()[0]

    @property
    def bases(self) -> dict[str, dict[str, set[str]]]:
        """stage → name key → unit codes, whatever the level word."""
        return self._keys_built()[1]

    @property
    def phon_of(self) -> dict[str, set[str]]:
        """unit code → the phonetic keys of its names."""
        return self._keys_built()[2]

    def _keys_built(self) -> tuple[Any, Any, Any]:
        if self._name_keys is None:
            keys: dict[str, dict[tuple[str, str | None], set[str]]] = {
                "exact": {}, "canon": {}, "phon": {}}
            bases: dict[str, dict[str, set[str]]] = {"exact": {}, "canon": {}, "phon": {}}
            phon_of: dict[str, set[str]] = {}
            for code, level, texts in self._texts:
                for text in texts:
                    kind = name_kind(text) or level
                    for stage, fn in (("exact", normalise_name), ("canon", canonical_name),
                                      ("phon", phonetic_key)):
                        base = fn(text)
                        if base:
                            keys[stage].setdefault((base, kind), set()).add(code)
                            bases[stage].setdefault(base, set()).add(code)
                    phon_of.setdefault(code, set()).add(phonetic_key(text))
            self._name_keys = (keys, bases, phon_of)
        return self._name_keys

    def allowed(self, level: str | None, kind: str | None, top: str | None) -> set[str] | None:
        """The units a row of this tree level, kind and oblast may join (None: any)."""
        key = (level, kind, top)
        if key not in self._allowed:
            if level not in ("top", "below"):
                self._allowed[key] = None
            else:
                # the level is a hard line (an oblast row never joins a district); city versus
                # district below it only chooses between same-named units (see narrow_kind)
                want = kinds.TOP if level == "top" else kinds.BELOW_TOP
                out = {c for c, k in self.kind.items() if k is None or k in want}
                if level == "top" and kind in kinds.TOP:
                    out = {c for c in out if kinds.compatible(kind, self.kind[c])}
                if level == "below" and top:
                    out = {c for c in out if self.in_top(c, top)}
                self._allowed[key] = out
        return self._allowed[key]

    def in_top(self, code: str, top: str) -> bool:
        """True when unit `code` lies in the oblast / rep city `top` (unknown: True)."""
        if self.kato:
            return code[:2] == top[:2]
        from kzplanner.core.tree import top_names

        known = self.parent_names.get(code)
        return not known or bool(known & top_names(top))  # no parent names: cannot tell

    def lookup(self, stage: str, base: str, kind: str | None,
               parent: set[str], allowed: set[str] | None = None,
               row_kind: str | None = None) -> tuple[set[str], str]:
        if not base:
            return set(), ""
        extra = ""

        def keep(found: set[str]) -> set[str]:
            return found if allowed is None else found & allowed

        if kind:
            found = keep(self.keys[stage].get((base, kind), set()))
            if not found:
                found = keep(self.bases[stage].get(base, set()))
                # a kind word that contradicts an exactly-named unit of another kind is ignored
                extra = "level_word_ignored" if found else ""
        else:
            found = keep(self.bases[stage].get(base, set()))
        if len(found) > 1 and parent:
            narrowed = {c for c in found if self.parents[c] & parent}
            if narrowed:
                if len(narrowed) < len(found):
                    extra = "composite"
                found = narrowed
        if len(found) > 1 and row_kind:
            narrowed = {c for c in found if kinds.compatible(row_kind, self.kind.get(c))}
            if narrowed and len(narrowed) < len(found):
                found, extra = narrowed, "kind_word"
        if len(found) > 1 and kind in ("city", "district"):
            # "Қостанай қ.ә." vs "Қостанай ауданы": Russian district names are adjectives
            # (Костанайский), city names are not (Костанай)
            want_adj = kind == "district"
            narrowed = {c for c in found if self.adjective.get(c) == want_adj}
            if len(narrowed) == 1:
                found, extra = narrowed, "kind_word"
        return found, extra

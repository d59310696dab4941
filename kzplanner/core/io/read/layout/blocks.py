"""The rows of a statistics table under its header: stacked blocks (all / urban / rural …)
introduced by a label-only row, total rows, and the notes below the table."""

from __future__ import annotations

import re

from kzplanner.core.io.read.layout.cells import classify, strip_marker
from kzplanner.core.io.read.layout.cells import text as _text
from kzplanner.core.io.read.layout.model import Block
from kzplanner.core.io.read.layout.words import BLOCK_WORDS
from kzplanner.core.io.read.sheet import Grid

_FOOTNOTE = re.compile(r"^\s*(\d{1,2}\)|\*+|¹|²|примечани|ескерту|note|источник|дереккөз|source)",
                       re.IGNORECASE)


def _block_id(label: str) -> str | None:
    low = label.lower()
    for bid in ("urban", "rural", "all"):
        if any(re.search(r"(^|\W)" + w, low) for w in BLOCK_WORDS[bid]):
            return bid
    return None


def scan_rows(grid: Grid, unit_col: int, start: int) -> tuple[list[Block], list[int], list[int], int]:
    """From row `start` (0-based) down: blocks, note rows, total rows, last table row."""
    blocks: list[Block] = []
    notes: list[int] = []
    totals: list[int] = []
    current: Block | None = None
    last = start - 1
    blank_run = 0
    ended = False
    for r in range(start, len(grid.cells)):
        row = grid.cells[r]
        label = _text(row[unit_col] if unit_col < len(row) else None)
        others = [v for c, v in enumerate(row) if c != unit_col and _text(v)]
        kinds = [classify(v)[0] for v in others]
        if not label and not others:
            blank_run += 1
            continue
        if ended or (_FOOTNOTE.match(label) and not others) or (len(label) > 60 and not others):
            ended = True
            notes.append(r + 1)
            continue
        if label and not others:
            if current is not None:
                current.last_row = last + 1
            current = Block(_block_id(label) or _slug(label), label, r + 2, r + 2, r + 1)
            blocks.append(current)
            blank_run = 0
            continue
        if not any(k in ("number", "zero", "confidential", "no_data", "formula") for k in kinds):
            if label and blank_run == 0 and current is None and not blocks:
                pass
            notes.append(r + 1)
            ended = True
            continue
        if current is None:
            current = Block("all", "", r + 1, r + 1, None)
            blocks.append(current)
        from kzplanner.core.names import is_total_label

        if is_total_label(strip_marker(label)):
            totals.append(r + 1)
        last = r
        current.last_row = r + 1
        blank_run = 0
    blocks = [b for b in blocks if b.last_row >= b.first_row]
    seen: dict[str, int] = {}
    for b in blocks:
        if b.id in seen:
            seen[b.id] += 1
            b.id = f"{b.id}_{seen[b.id]}"
        else:
            seen[b.id] = 1
    return blocks, notes, totals, last + 1


def _slug(label: str) -> str:
    return re.sub(r"\W+", "_", label.lower()).strip("_")[:40] or "block"

"""A long sheet's rows after its head, as python-calamine gives them, made when reached: one by
one (each as the grid holds a row) or in blocks (a 2-D array of a table's width, the fast way
for a register of 200,000 rows: no Python loop per row)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from kzplanner.core.io.read.safety import Budget
from kzplanner.core.io.read.sheet import trim_row

CHECK_EVERY = 10_000  # rows between two looks at the read's time budget


def clean_row(row: list[Any]) -> list[Any]:
    """A calamine row as the grid holds it: None for an empty cell, trailing ones trimmed.
    calamine gives "" for an empty cell (its other values are numbers, text, booleans and
    dates, none of them equal to ""): replaced in place, found at C speed (rebuilding each row
    holding one took ~0.35 s of a 200,000-row register)."""
    while "" in row:
        row[row.index("")] = None
    return trim_row(row)


class RowStream:
    """The rows of `source` (calamine's, each starting at the sheet's first filled column;
    `pad` empty cells put back left of it). `close` frees calamine's copy of the sheet: called
    at the end of the rows, by close(), or when the stream is dropped."""

    def __init__(self, source: Iterator[list[Any]], pad: int, budget: Budget,
                 close: Callable[[], None]) -> None:
        self._source = source
        self._pad = pad
        self._budget = budget
        self._close: Callable[[], None] | None = close

    def __iter__(self) -> Iterator[list[Any]]:
        """Row by row, each as clean_row gives it (calamine's whole-sheet read, row for row)."""
        pad = [None] * self._pad
        try:
            for n, row in enumerate(self._source):
                if not n % CHECK_EVERY:
                    self._budget.check()
                yield clean_row(pad + row if pad else row)
        finally:
            self.close()

    def take(self, count: int) -> list[list[Any]]:
        """The next `count` rows (fewer at the end), each as clean_row gives it."""
        pad = [None] * self._pad
        return [clean_row(pad + row if pad else row)
                for row in itertools.islice(self._source, count)]

    def block(self, count: int, width: int) -> np.ndarray | None:
        """The next `count` rows (fewer at the end) as one (rows × `width`) object array, the
        sheet's columns from the first, None for an empty cell, cells right of `width`
        dropped; None when no row is left."""
        taken = list(itertools.islice(self._source, count))
        self._budget.check()
        if not taken:
            self.close()
            return None
        return to_block(taken, self._pad, width)

    def close(self) -> None:
        close, self._close = self._close, None
        if close is not None:
            close()

    def __del__(self) -> None:
        self.close()


def to_block(rows: list[list[Any]], pad: int, width: int) -> np.ndarray:
    """`rows` (calamine's, `pad` columns right of the sheet's first) as a (rows × `width`)
    object array, "" made None. Rows of one length (calamine gives the sheet's range) are
    converted at C speed; others row by row."""
    out = np.full((len(rows), width), None, dtype=object)
    lengths = set(map(len, rows))
    if len(lengths) == 1:
        raw = np.empty((len(rows), lengths.pop()), dtype=object)
        raw[:] = rows  # each row's cells, whatever their kind, one cell each
        span = min(width - pad, raw.shape[1])
        if span > 0:
            out[:, pad:pad + span] = raw[:, :span]
            out[out == ""] = None
        return out
    for i, row in enumerate(rows):
        cells = clean_row([None] * pad + list(row))[:width]
        out[i, :len(cells)] = cells
    return out

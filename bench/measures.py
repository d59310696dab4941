"""The measurement records of one bench run and the table computed from them.

Every figure bench/run.py prints — ours and every anchor — is the median of a `Measure` kept in
`Records`; a `Row` names the records it compares, and its ratio and verdict are computed here
from their medians. A record with no runs carries the reason it was skipped.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


# --------------------------------------------------------------------------- records
@dataclass
class Measure:
    """One measurement of this run: raw runs (seconds, or MB when unit is "MB") and how."""

    id: str
    runs: list[float]
    how: str
    unit: str = "s"
    skipped: str = ""  # why nothing was measured ("" = measured)
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float | None:
        if self.skipped or not self.runs:
            return None
        return float(statistics.median(self.runs))


class Records:
    """The run's measurements, by id. Every printed figure is the median of one of these."""

    def __init__(self) -> None:
        self.items: dict[str, Measure] = {}

    def add(self, id_: str, runs: list[float], how: str, unit: str = "s",
            **info: Any) -> Measure:
        m = Measure(id_, [float(r) for r in runs], how, unit, "", info)
        self.items[id_] = m
        return m

    def skip(self, id_: str, reason: str, how: str) -> Measure:
        m = Measure(id_, [], how, "s", reason)
        self.items[id_] = m
        return m

    def get(self, id_: str | None) -> Measure | None:
        return self.items.get(id_) if id_ else None


@dataclass
class Row:
    """One printed line: our record beside an anchor record, with a target.

    target: conditions on our median: ("max", seconds) = at most that; ("×anchor", f) = at most
    f times the anchor's median. `target_text` is how the target reads in the table.
    """

    bench: str
    size: str
    ours: str
    anchor: str | None = None
    anchor_label: str = ""
    target: tuple[tuple[str, float], ...] = ()
    target_text: str = ""
    note: str = ""


def verdict(row: Row, rec: Records) -> str:
    """'met', 'not met', '—' (no target) or why it cannot be said, from this run's records."""
    if not row.target:
        return "—"
    ours = rec.get(row.ours)
    if ours is None or ours.median is None:
        return "not measured"
    anchor = rec.get(row.anchor)
    unknown = ""
    for kind, value in row.target:
        if kind == "max":
            if ours.median > value:
                return "not met"
        elif kind == "×anchor":
            if anchor is None or anchor.median is None:
                unknown = f"unknown: anchor {anchor.skipped if anchor else 'missing'}"
            elif ours.median > value * anchor.median:
                return "not met"
        else:
            raise ValueError(kind)
    return unknown or "met"


def ratio(row: Row, rec: Records) -> float | None:
    ours, anchor = rec.get(row.ours), rec.get(row.anchor)
    if ours is None or anchor is None or ours.median is None or not anchor.median:
        return None
    return ours.median / anchor.median


def fmt_value(v: float, unit: str = "s") -> str:
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v * 1000:.1f} ms" if v < 0.1 else (f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s")


def fmt(m: Measure | None) -> str:
    """The printed figure of a record: its median, or 'skipped'."""
    if m is None:
        return "—"
    if m.skipped:
        return "skipped"
    return "—" if m.median is None else fmt_value(m.median, m.unit)


def table_lines(rows: list[Row], rec: Records) -> list[list[str]]:
    """Cells per row: bench, size, ours, anchor, ours/anchor, target, verdict, anchor is."""
    out = []
    for r in rows:
        anchor = rec.get(r.anchor)
        q = ratio(r, rec)
        label = r.anchor_label if anchor is None or not anchor.skipped else (
            r.anchor_label if "skipped:" in r.anchor_label else
            f"{r.anchor_label}: skipped: {anchor.skipped}")
        out.append([r.bench, r.size, fmt(rec.get(r.ours)), fmt(anchor) if r.anchor else "—",
                    f"{q:.2f}×" if q is not None else "—", r.target_text or "—",
                    verdict(r, rec), label or "—"])
    return out


def print_table(rows: list[Row], rec: Records) -> None:
    head = (f"{'benchmark':56} {'size':8} {'ours':>9} {'anchor':>9} {'ours/anc':>8}  "
            f"{'target':22} {'verdict':10} anchor is")
    print(head)
    print("-" * len(head))
    for r, cells in zip(rows, table_lines(rows, rec), strict=True):
        print(f"{cells[0][:56]:56} {cells[1]:8} {cells[2]:>9} {cells[3]:>9} {cells[4]:>8}  "
              f"{cells[5]:22} {cells[6]:10} {cells[7]}")
        if r.note:
            print(f"{'':58}{r.note}")


def print_records(rec: Records) -> None:
    print("\nrecords of this run (median · runs · how)")
    for m in rec.items.values():
        runs = ", ".join(fmt_value(x, m.unit) for x in m.runs[:9])
        more = " …" if len(m.runs) > 9 else ""
        state = f"skipped: {m.skipped}" if m.skipped else f"{fmt(m)} · [{runs}{more}]"
        print(f"  {m.id:34} {state} · {m.how}")


def growth_lines(rows: list[Row], rec: Records) -> list[str]:
    lines = []
    by: dict[tuple[str, str], Row] = {}
    for r in rows:  # a record's first row names it (not a "(reference)" row after it)
        if r.ours.endswith(f"_{r.size}"):
            by.setdefault((r.ours.rsplit("_", 1)[0], r.size), r)
    for other in ("register", "stress"):
        for (stem, size), r in by.items():
            if size != "national" or (stem, other) not in by:
                continue
            a, b = rec.get(r.ours), rec.get(by[(stem, other)].ours)
            if a and b and a.median and b.median:
                lines.append(f"{r.bench.strip()}: national → {other} ×{b.median / a.median:.1f}")
    return lines


def save(path: str, info: dict[str, Any], repeats: int, rec: Records, rows: list[Row]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    cells = table_lines(rows, rec)
    data = {"machine": info, "repeats": repeats,
            "records": {k: {**asdict(m), "median": m.median} for k, m in rec.items.items()},
            "rows": [{**asdict(r), "printed": dict(zip(
                ["bench", "size", "ours", "anchor", "ratio", "target", "verdict", "anchor_is"],
                c, strict=True)), "ratio": ratio(r, rec), "verdict": verdict(r, rec)}
                for r, c in zip(rows, cells, strict=True)]}
    Path(path).write_text(json.dumps(data, indent=1, default=str, ensure_ascii=False))

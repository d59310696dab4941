"""What the command-line modules share (languages, strategy names, progress, the refusal of data
in doubt): kept apart so that no cli module imports another one's entry point (cli ↔ cli_map)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kzplanner.core.feedback import Feedback

LANGS = ("kk", "ru", "en")
CLI_STRATEGIES = {"max-impact": "max_impact", "proportional": "proportional", "equal": "equal",
                  "worst-first": "worst_first", "envelopes": "envelopes"}


def strategy_id(name: str | None) -> str | None:
    """The planner's strategy id of a command-line strategy name (None stays None)."""
    return None if name is None else CLI_STRATEGIES[name]


class TerminalFeedback(Feedback):
    """Progress on stderr when it is a terminal; silent otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self._tty = bool(sys.stderr and sys.stderr.isatty())

    def report(self, fraction: float, stage: str) -> None:
        if self._tty:
            sys.stderr.write(f"\r{fraction:4.0%} {stage:<20}")
            if fraction >= 1.0:
                sys.stderr.write("\n")
            sys.stderr.flush()


def refuse_doubts(ds: Any, args: argparse.Namespace) -> int:
    """1 after naming, on stderr, the statistics' failed checks (totals that do not add up, rows
    under the wrong header, statistics older than the boundaries) unless --accept-warnings;
    else 0. `plan` and `map` must not turn numbers in doubt into a plan or a map silently."""
    doubts = ds.reconciliation.doubts
    if not doubts or getattr(args, "accept_warnings", False):
        return 0
    from kzplanner.core.catalogue import label
    from kzplanner.core.reconcile_text import issue_text

    lang = getattr(args, "lang", None) or "en"
    lines = [f"kzplanner: {label('doubts_warning', lang)}:"]
    lines += [f"  ⛔ {issue_text(d, lang)}" for d in doubts]
    lines.append("  " + label("doubts_hint", lang))
    if sys.stderr is not None:
        sys.stderr.write("\n".join(lines) + "\n")
    return 1


def amount(value: Any, option: str) -> float | None:
    """An amount option as typed ('2 000 000 000', '2e9', thin or no-break spaces between
    thousands) as a number; None stays None; anything else a KZError in the run's language."""
    if value is None:
        return None
    from kzplanner.core.formatting import parse_amount
    from kzplanner.errors import KZError

    try:
        return parse_amount(value)
    except ValueError:
        raise KZError("bad_parameter", column=option,
                      detail="not an amount: “{value}” (digits, with spaces as thousands "
                             "separators)", extra={"value": str(value)}) from None

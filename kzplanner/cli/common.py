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
    """Progress on stderr when it is a terminal, the stage in words in `lang` (strings
    stage.*; a stage without words is not named); silent otherwise."""

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self._tty = bool(sys.stderr and sys.stderr.isatty())
        self.lang = lang

    def report(self, fraction: float, stage: str) -> None:
        if self._tty:
            from kzplanner.app.strings import STRINGS, tr

            words = tr(f"stage.{stage}", self.lang) if f"stage.{stage}" in STRINGS else ""
            percent = f"{100 * fraction:3.0f} %" if self.lang != "en" else f"{fraction:4.0%}"
            sys.stderr.write(f"\r{percent} {words:<32}")
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


def lang_of(argv: list[str] | None) -> str:
    """The --lang a command line asks for (for messages before its options are parsed)."""
    args = list(sys.argv[1:] if argv is None else argv)
    for k, arg in enumerate(args):
        if arg == "--lang" and k + 1 < len(args) and args[k + 1] in LANGS:
            return args[k + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    return "en"


def usage_text(message: str, lang: str) -> str:
    """argparse's refusal (English) said in `lang`: invalid choice, missing or unknown options,
    a missing or non-numeric value; any other kind with the words it came with."""
    import re

    from kzplanner.app.strings import tr

    m = re.fullmatch(r"argument (\S+?)(?:/\S+)?: invalid choice: '(.*)' \(choose from (.*)\)",
                     message)
    if m:
        return tr("args.choice", lang, option=m.group(1), value=m.group(2),
                  choices=m.group(3).replace("'", ""))
    m = re.fullmatch(r"the following arguments are required: (.*)", message)
    if m:
        return tr("args.required", lang, options=m.group(1))
    m = re.fullmatch(r"unrecognized arguments: (.*)", message)
    if m:
        return tr("args.unknown", lang, options=m.group(1))
    m = re.fullmatch(r"argument (\S+?)(?:/\S+)?: expected (?:one|at least one) argument",
                     message)
    if m:
        return tr("args.one_value", lang, option=m.group(1))
    m = re.fullmatch(r"argument (\S+?)(?:/\S+)?: invalid (?:int|float) value: '(.*)'", message)
    if m:
        return tr("args.bad_value", lang, option=m.group(1), value=m.group(2))
    return tr("args.other", lang, detail=message)


class Parser(argparse.ArgumentParser):
    """An argument parser whose refusals are one line in the run's --lang and a pointer to
    --help (exit 2), instead of argparse's English usage block."""

    argv: list[str] | None = None

    def error(self, message: str) -> Any:  # type: ignore[override]
        from kzplanner.app.strings import tr

        lang = lang_of(Parser.argv)
        command = self.prog.split(" ", 1)[1] if " " in self.prog else ""
        if sys.stderr is not None:
            sys.stderr.write(f"kzplanner: {usage_text(message, lang)}\n"
                             f"  {tr('args.help', lang, command=command).replace('  ', ' ')}\n")
        raise SystemExit(2)

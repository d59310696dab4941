"""One language per run (issue 20): every CLI sub-command, its error paths included, prints
only catalogue text (pseudo-translation: nothing visible outside the markers but numbers,
paths, codes and the data's own names), and in kk and ru no snake_case id and no number in
scientific notation."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kzplanner.app.strings.pseudo import marked_catalogues, unmarked
from kzplanner.cli import main
from kzplanner.cli.common import CLI_STRATEGIES

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_language_runs import runs  # noqa: E402

SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
SCIENTIFIC = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?[eE][+-]?\d+\b")
PATH = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s,;:«»“”()]+")  # a file's path, left out
LATIN_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# words that are codes, not prose: the program's name, the fixtures' column names and the
# sample workbook's sheet names (the data's own words), scenario names, symbols of the model
CODES = {"kzplanner", "fastest", "help", "KZ", "Planner", "A", "B", "Z", "y", "x", "t", "p", "n", "r", "R",
         "unit", "year", "treated", "nope", "Nope", "statistics", "sources", "about"}
# what is typed on the command line: sub-command names and strategy names
CODES |= {"gui", "plan", "export", "compare", "evaluate", "did", "corr", "check", "template",
          "map", "coverage", *CLI_STRATEGIES}
# the institution types typed in --reach (school=5,fap=15,psc=30), echoed in its refusal
CODES |= {"school", "fap", "psc"}
# runs whose output lists the values an option takes (indicator ids typed after --indicator)
OPTION_VALUES = {"map list", "bad indicator"}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], pseudo: bool) -> tuple[int, str]:
    try:
        if pseudo:
            with marked_catalogues():
                code = main(argv)
        else:
            code = main(argv)
    except SystemExit as exc:  # the argument parser's refusal
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _indicator_ids(capsys: pytest.CaptureFixture[str]) -> set[str]:
    assert main(["map", "--list-indicators", "--lang", "en"]) == 0
    return {line.split("\t")[0] for line in capsys.readouterr().out.splitlines()}


def _escaped_words(text: str, allowed: set[str]) -> list[str]:
    """Visible Latin words outside the markers that are not a path, an option, a file suffix,
    a number or an allowed code."""
    rest = unmarked(text)
    rest = re.sub(PATH, " ", rest)
    rest = re.sub(r"--[\w-]+|\.\w{2,4}\b|[\w-]+\.(?:xlsx|gpkg|csv|png|pdf|kzp)\b", " ", rest)
    return [w for w in LATIN_WORD.findall(rest)
            if w not in allowed and not re.fullmatch(r"[A-Z]{1,3}", w)]  # column letters


def test_every_sub_command_speaks_only_catalogue_text(tmp_path, capsys):
    ids = _indicator_ids(capsys)
    seen_errors = 0
    for name, argv in runs(tmp_path, "en"):
        code, text = _run(argv, capsys, pseudo=True)
        assert text.strip(), name  # every run says something (a path, a table, an error)
        seen_errors += code == 2
        allowed = CODES | (ids if name in OPTION_VALUES else set())
        escaped = _escaped_words(text, allowed)
        assert not escaped, f"{name}: words outside the catalogues {escaped}\n{text}"
    assert seen_errors >= 8  # the error paths did run into their errors


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_raw_id_or_scientific_number_in_kk_and_ru(tmp_path, capsys, lang):
    ids = _indicator_ids(capsys)
    for name, argv in runs(tmp_path, lang):
        code, text = _run(argv, capsys, pseudo=False)
        assert code in (0, 1, 2), name
        visible = re.sub(PATH, " ", text)
        snake = [w for w in SNAKE.findall(visible) if not (name in OPTION_VALUES and w in ids)]
        assert not snake, f"{name} ({lang}): raw ids {snake}\n{text}"
        assert not SCIENTIFIC.findall(text), f"{name} ({lang}): {SCIENTIFIC.findall(text)}"


def test_the_checker_finds_an_escaped_word_and_a_raw_id():
    # the checks above would fail on the output the issue quoted
    assert _escaped_words("⟦Parameter “⟧⟦budget⟧⟦”: ⟧must be ≥ 0", CODES) == ["must", "be"]
    assert SNAKE.findall("«budget_kzt» параметрі") == ["budget_kzt"]
    assert SCIENTIFIC.findall("жиыны 3.953e+07, ал") == ["3.953e+07"]
    assert _escaped_words("⟦Spent⟧: 1,000 ₸ /tmp/ab/plan_1.xlsx --out", CODES) == []


def test_budget_with_spaces_plans_the_same_as_digits(capsys):
    import json

    assert main(["plan", "--budget", "2 000 000 000", "--json", "--strategy", "equal"]) == 0
    spaced = json.loads(capsys.readouterr().out)
    assert main(["plan", "--budget", "2\u202f000\u202f000\u2009000", "--json", "--strategy",
                 "equal"]) == 0
    thin = json.loads(capsys.readouterr().out)
    assert spaced["budget"] == thin["budget"] == 2e9
    assert spaced["spent"] == thin["spent"]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_terminal_progress_line_names_stages_in_words(lang, capsys):
    from kzplanner.cli.common import TerminalFeedback

    feedback = TerminalFeedback(lang)
    feedback._tty = True  # as on a terminal
    for stage in ("boundaries", "statistics", "institutions", "items", "solve", "project",
                  "curve", "written", "done", "some_future_stage"):
        feedback.progress(0.5, stage)
    err = capsys.readouterr().err
    assert err.count("\r") == 10
    assert not SNAKE.findall(err) and not re.search(r"[A-Za-z]", err), err

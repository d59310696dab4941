"""The command line: plan with JSON summary and workbook, version, help, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest

from kzplanner import __version__
from kzplanner.cli import main


def test_plan_json_and_workbook_agree(tmp_path, capsys):
    out = tmp_path / "Жоспар" / "plan.xlsx"
    out.parent.mkdir()
    code = main(["plan", "--budget", "2000000000", "--strategy", "max-impact", "--out",
                 str(out), "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    for key in ("budget", "spent", "unspent", "measures", "objective",
                "combined_gap_before", "combined_gap_after"):
        assert key in summary
    assert summary["spent"] <= summary["budget"] == 2e9
    # each measure apart with its own ₸ per unit; no total across measures anywhere
    m = summary["measures"]
    assert "total" not in summary["people_newly_with_access"]
    assert "people_total" not in json.dumps(summary) and "cost_per_person" not in summary
    assert m["institutions"]["connected"] == summary["kits"]
    assert m["institutions"]["kzt_per_unit"] == pytest.approx(
        summary["spent_by_instrument"]["kit"] / summary["kits"])
    assert summary["objective"]["weights"] == {"institutional": 0.5, "device": 0.25,
                                               "internet": 0.25}
    assert summary["combined_gap_after"] < summary["combined_gap_before"]
    assert summary["solver"]["optimal"] is True
    wb = openpyxl.load_workbook(out)
    alloc = wb[wb.sheetnames[1]]
    spent = sum(alloc.cell(r, 7).value for r in range(2, alloc.max_row))
    assert spent == pytest.approx(summary["spent"])


def test_plain_summary_speaks_the_chosen_language(tmp_path, capsys):
    out = tmp_path / "Жоспар Қ" / "жоспар.xlsx"
    out.parent.mkdir()
    assert main(["plan", "--budget", "2e9", "--strategy", "proportional", "--lang", "kk",
                 "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert main(["plan", "--budget", "2e9", "--strategy", "proportional", "--lang", "kk",
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    assert lines[0] == "КӨРНЕКІ ДЕРЕКТЕР — ресми статистика емес"  # the sample is illustrative
    assert "Стратегия:" in lines[1] and "Қажеттілікке пропорционал" in lines[1]
    device = f"{summary['measures']['device']['newly']:,.0f}".replace(",", "\u00a0")
    assert any(line.startswith("Құрылғыны алғаш алатындар, адам:") and line.endswith(device)
               for line in lines), text
    assert any(line.startswith("Айырбас бағамы") and line.endswith(
        "институционалдық 0,5 · құрылғы 0,25 · интернет 0,25") for line in lines), text
    assert "барлығы" not in text.lower()  # no total across measures
    unspent = next(line for line in lines if line.startswith("Бөлінбеген:"))
    from kzplanner.core.catalogue import label

    assert unspent.endswith(f"({label('reason.' + summary['unspent_reason'], 'kk')})")
    assert summary["unspent_reason"] != "none"
    assert lines[-1].endswith(str(out)) and lines[-1].startswith("Жоспар файлы:")
    assert "strategy" not in text and "budget" not in text  # no English labels left


def test_max_impact_lowers_the_weighted_gap_at_least_as_much_as_proportional(capsys):
    # the objective: the combined index's reduction weighted by population (not people added
    # across measures)
    reduced = {}
    for strategy in ("max-impact", "proportional"):
        assert main(["plan", "--budget", "2e9", "--strategy", strategy, "--json"]) == 0
        summary = json.loads(capsys.readouterr().out)
        reduced[strategy] = summary["objective"]["gap_reduction_person_points"]
    assert reduced["max-impact"] >= reduced["proportional"] * (1 - 1e-9)


def test_bad_input_exits_non_zero_with_a_message_in_the_language(tmp_path, capsys):
    code = main(["plan", "--budget", "1e9", "--stats", str(tmp_path / "нет.xlsx"),
                 "--lang", "kk"])
    assert code == 2
    assert "Файл табылмады" in capsys.readouterr().err


def test_version_and_help_run_as_a_program():
    done = subprocess.run([sys.executable, "-m", "kzplanner", "--version"], capture_output=True,
                          text=True, check=True)
    assert __version__ in done.stdout
    helped = subprocess.run([sys.executable, "-m", "kzplanner", "plan", "--help"],
                            capture_output=True, text=True, check=True)
    assert "--budget" in helped.stdout and "--strategy" in helped.stdout


def test_plan_with_params_file_all_strategies_and_sweep(tmp_path, capsys):
    params = tmp_path / "параметры.toml"
    assert main(["plan", "--budget", "5e8", "--strategy", "equal", "--save-params", str(params),
                 "--sweep", "--json"]) == 0
    curve = json.loads(capsys.readouterr().out)
    assert len(curve) == 11 and curve[-1]["budget"] == 1e9
    assert "strategy = \"equal\"" in params.read_text(encoding="utf-8")
    for strategy in ("worst-first", "equal"):
        assert main(["plan", "--params", str(params), "--strategy", strategy, "--json",
                     "--lang", "kk"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["budget"] == 5e8 and out["strategy"] == strategy.replace("-", "_")
        assert len(out["units"]) == 224 and len(out["curve"]) == 11
        funded = [u for u in out["units"] if u["spent_kzt"] > 0]
        assert funded and all("себебі" in u["explanation"] for u in funded)
        assert all(m["gained"] >= 0 and m["given_up"] >= 0
                   for m in out["next_million"]["measures"].values())
    assert main(["plan", "--strategy", "equal"]) == 2  # neither --budget nor --params


def test_plain_summary_names_what_the_statistics_lack(tmp_path, capsys, sample_dataset):
    stats = tmp_path / "школы.csv"
    stats.write_text("unit_code;schools_total\n" + "".join(
        f"{code};{5 + i}\n" for i, code in enumerate(sample_dataset.units.index)),
        encoding="cp1251")
    assert main(["plan", "--stats", str(stats), "--budget", "1e9", "--lang", "ru"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("В статистике нет данных") and "численность населения" in first
    assert main(["plan", "--stats", str(stats), "--budget", "1e9", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["missing_inputs"] == ["population",
                                                                     "target_groups"]


def test_the_sample_is_planned_with_its_settlement_layer_as_the_window_opens_it(capsys):
    """`kzplanner plan` on the bundled sample gave 767 institutions at 2 bn ₸ where the window,
    which opens the sample with its illustrative settlement layer, gave 721 (other people
    counts, another baseline). With no option the command line now takes that layer too: the
    same plan as --settlements with the sample's file; --no-settlements plans without it."""
    from kzplanner import paths

    if not paths.sample_settlements().is_file():
        pytest.skip("no bundled settlement layer")

    def plan(*extra: str) -> dict:
        assert main(["plan", "--budget", "2000000000", "--json", *extra]) == 0
        return json.loads(capsys.readouterr().out)

    default = plan()
    explicit = plan("--settlements", str(paths.sample_settlements()))
    without = plan("--no-settlements")
    for key in ("kits", "kits_by_type", "spent", "combined_gap_before", "combined_gap_after"):
        assert default[key] == explicit[key], key
    assert default["settlement_layer"]["sample"] is True
    assert default["settlements"]["by_type"]["fap"]["reach_km"] == 15
    assert "settlement_layer" not in without and not without.get("settlements")
    assert (without["kits"], without["combined_gap_before"]) != (default["kits"],
                                                                 default["combined_gap_before"])
    assert main(["plan", "--budget", "1e9", "--no-settlements", "--settlements",
                 str(paths.sample_settlements()), "--lang", "kk"]) == 2
    assert "--no-settlements" in capsys.readouterr().err
    assert main(["plan", "--budget", "2000000000", "--lang", "ru"]) == 0
    text = capsys.readouterr().out
    assert "Слой населённых пунктов" in text and "settlements.gpkg" in text

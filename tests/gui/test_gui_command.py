"""`kzplanner gui PROJECT.kzp` and `kzplanner gui --stats …`: the window opens on them."""

from __future__ import annotations

import shutil
import sys

import pytest

from kzplanner import paths
from kzplanner.__main__ import main


@pytest.fixture
def shown(monkeypatch, tmp_path):
    """Run `kzplanner gui … --screenshot`, keeping the window's state for the test."""
    import kzplanner.gui.app as app_module

    seen = {}
    real = app_module.take_screenshot

    def keep(window, path):
        seen["state"] = window.state
        seen["title"] = window.windowTitle()
        seen["caption"] = window.map_panel.view.caption.text()
        banner = window.banner
        seen["missing"] = banner.missing_label.text() if banner.missing_label.isVisible() else ""
        seen["doubts"] = banner.doubts_label.text() if banner.doubts_label.isVisible() else ""
        seen["columns_button"] = banner.columns_button.isVisible()
        if seen["columns_button"]:
            banner.columns_button.click()  # the import wizard opens on that workbook
            wizard = window.data_features.wizard
            seen["wizard_path"] = wizard.stats_path
            wizard.reject()
        return real(window, path)

    monkeypatch.setattr(app_module, "take_screenshot", keep)
    monkeypatch.setenv("KZPLANNER_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    return seen


def test_opens_a_project_given_on_the_command_line(styled_app, shown, tmp_path, capsys):
    proj = tmp_path / "Жоба Ұлытау.kzp"
    assert main(["plan", "--budget", "7e8", "--strategy", "proportional", "--project",
                 str(proj), "--scenario", "Ақпан"]) == 0
    capsys.readouterr()
    png = tmp_path / "сурет.png"
    assert main(["gui", str(proj), "--lang", "kk", "--screenshot", str(png)]) == 0
    assert png.stat().st_size > 10_000
    state = shown["state"]
    assert state.params.budget_kzt == 7e8 and state.params.strategy == "proportional"
    assert state.result is not None and state.result.params == state.params
    assert "Жоба Ұлытау" in shown["title"]


def test_opens_data_files_given_on_the_command_line(styled_app, shown, tmp_path):
    folder = tmp_path / "Деректер Қостанай"
    folder.mkdir()
    stats = folder / "статистика.xlsx"
    shutil.copy(paths.sample_statistics(), stats)
    png = tmp_path / "s.png"
    assert main(["gui", "--stats", str(stats), "--lang", "ru", "--screenshot", str(png)]) == 0
    state = shown["state"]
    assert state.prepared.statistics_path == str(stats)
    assert state.result is not None
    assert state.prepared.illustrative  # a copy of the bundled sample stays labelled
    assert "иллюстратив" in shown["caption"]


@pytest.mark.parametrize(("argv", "says"), [
    (["gui", "нет-такого.kzp"], "нет-такого.kzp"),
    (["gui", "--boundaries", str(paths.sample_boundaries())], "--stats"),
])
def test_bad_gui_arguments_are_refused_before_any_window(argv, says, capsys):
    assert main([*argv, "--lang", "ru"]) == 2
    err = capsys.readouterr().err
    assert says in err and err.startswith("kzplanner: ")


def test_statistics_without_what_the_plan_needs_say_so_in_the_window(styled_app, shown,
                                                                      tmp_path):
    from kzplanner.core.dataset import load_dataset

    stats = tmp_path / "Мектептер саны.csv"
    stats.write_text("unit_code;schools_total\n" + "".join(
        f"{code};{10 + i}\n" for i, code in enumerate(load_dataset().units.index)),
        encoding="cp1251")
    assert main(["gui", "--stats", str(stats), "--lang", "kk", "--screenshot",
                 str(tmp_path / "s.png")]) == 0
    assert "халық саны" in shown["missing"] and "мақсатты топтар" in shown["missing"]
    assert "мекемелер (" not in shown["missing"]  # the school counts are there …
    assert "мекемелердің күйі" in shown["missing"]  # … but not which schools are connected
    assert shown["columns_button"]
    assert str(shown["wizard_path"]) == str(stats)


@pytest.mark.realdata
def test_gui_reads_the_sheet_and_year_asked_for(styled_app, shown, tmp_path, real_data):
    """`gui --year 2021` reads that column (a pre-2022 table: its split oblasts stay empty and
    the banner says why); `--sheet` a sheet that is not there is refused before any window."""
    import openpyxl

    src = real_data / "bns-population-by-region" / "source.xlsx"
    adm1 = real_data / "geokz" / "kaz_admbnda_adm1_2024.shp"
    png = tmp_path / "s.png"
    assert main(["gui", "--boundaries", str(adm1), "--stats", str(src), "--year", "2021",
                 "--lang", "ru", "--screenshot", str(png)]) == 0
    units = shown["state"].dataset.units
    ws = openpyxl.load_workbook(src, data_only=True).worksheets[0]
    rows = {str(r[0]).strip(): r for r in ws.iter_rows(values_only=True) if r[0]}
    header = next(r for r in ws.iter_rows(values_only=True) if 2021 in r)
    col = list(header).index(2021)
    assert units.loc["110000000", "population"] == rows["Акмолинская"][col]
    assert units["population"].isna().sum() == 6  # the three split oblasts and their parts
    assert "2021" in shown["doubts"]
    assert main(["gui", "--stats", str(src), "--sheet", "99", "--lang", "ru"]) == 2

"""Windows file rules, simulated (issue 23 item 2): a file Excel holds (PermissionError with
WinError 32 on open and on replace), the temporary file beside its target, names and lengths
Windows refuses, drive letters and network shares, a project opened on another laptop."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from kzplanner.cli import main
from kzplanner.core.io import winpath
from kzplanner.core.io.project_model import Project
from kzplanner.core.io.read.project_open import open_project
from kzplanner.core.io.write import atomic
from kzplanner.core.io.write.params_file import write_params
from kzplanner.core.io.write.project_save import save_project
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.scenario import Scenario, run_scenario
from kzplanner.errors import KZError, from_os_error

LANGS = ("kk", "ru", "en")


class SharingViolation(PermissionError):
    """What Windows raises when Excel holds the file: errno 13 with winerror 32."""

    def __init__(self, filename: str = "") -> None:
        super().__init__(13, "The process cannot access the file because it is being used by "
                             "another process", filename)
        self.winerror = 32


@pytest.fixture(scope="module")
def project(sample_dataset):
    s, _r = run_scenario(sample_dataset, Scenario("Негізгі", PlanParams(budget_kzt=1e9)))
    return Project(dataset=sample_dataset, scenarios=[s], active=s.name)


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- a file held open by Excel -------------------------------------------------------------

def test_project_locked_on_replace_keeps_the_old_file_and_leaves_no_temp(tmp_path, project,
                                                                         monkeypatch):
    target = save_project(tmp_path / "жоба.kzp", project)
    before = target.read_bytes()
    seen = []

    def locked(src, dst):
        seen.append((Path(src), Path(dst)))
        raise SharingViolation(str(dst))

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(KZError) as err:
        save_project(target, project, check=False)
    assert err.value.code == "file_locked"
    assert target.read_bytes() == before  # untouched
    assert _folder_listing(tmp_path) == ["жоба.kzp"]  # the temporary file is gone
    assert seen and seen[0][0].parent == target.parent  # it was written beside the target
    for lang in LANGS:
        text = err.value.message(lang)
        assert "жоба.kzp" in text and "Excel" in text


def test_locked_on_open_for_writing_is_the_locked_file_message(tmp_path, monkeypatch):
    """The writer opening its file is refused (a share where Excel holds a lock on the folder's
    copy): the same `file_locked`, the old file kept, no temporary file left."""
    target = tmp_path / "params.json"
    target.write_text("{}", encoding="utf-8")
    real_open = open

    def refusing_open(file, mode="r", *args, **kwargs):
        if "w" in mode and Path(file).parent == tmp_path:
            raise SharingViolation(str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    monkeypatch.setattr("io.open", refusing_open)  # Path.write_text's open
    with pytest.raises(KZError) as err:
        write_params(target, PlanParams(budget_kzt=5e8))
    assert err.value.code == "file_locked"
    assert target.read_text(encoding="utf-8") == "{}"
    assert _folder_listing(tmp_path) == ["params.json"]


def test_reading_a_locked_input_says_close_it_there(tmp_path):
    exc = SharingViolation(str(tmp_path / "stats.xlsx"))
    err = from_os_error(exc, str(tmp_path / "stats.xlsx"), "read")
    assert err.code == "file_locked_read"
    assert "Excel" in err.message("kk") and "ашылмады" in err.message("kk")
    assert "Не удаётся открыть" in err.message("ru")
    # writing keeps its own message
    assert from_os_error(exc, "x.xlsx", "write").code == "file_locked"


def test_cli_says_the_plan_workbook_is_open_elsewhere_and_exits_2(tmp_path, monkeypatch,
                                                                  capsys):
    out = tmp_path / "жоспар.xlsx"
    out.write_bytes(b"old")

    def locked(src, dst):
        raise SharingViolation(str(dst))

    monkeypatch.setattr(atomic.os, "replace", locked)
    code = main(["plan", "--budget", "5e8", "--strategy", "proportional", "--lang", "kk",
                 "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert "жоспар.xlsx" in err and "Excel" in err and "Traceback" not in err
    assert out.read_bytes() == b"old"
    assert _folder_listing(tmp_path) == ["жоспар.xlsx"]


# --- the temporary file lives beside its target (a USB stick cannot rename across volumes) ---

def test_temporary_files_are_made_in_the_targets_own_folder(tmp_path, monkeypatch):
    made = []
    real_mkstemp = tempfile.mkstemp

    def spy(*args, **kwargs):
        made.append(Path(kwargs.get("dir") or "."))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", spy)
    stick = tmp_path / "USB" / "Жоспарлар"
    stick.mkdir(parents=True)
    atomic.write_atomically(stick / "a.csv", lambda p: p.write_text("x", encoding="utf-8"))
    atomic.write_set_atomically({stick / "b.csv": lambda p: p.write_text("y", encoding="utf-8"),
                                 stick / "c.csv": lambda p: p.write_text("z", encoding="utf-8")})
    assert made and all(d.resolve() == stick.resolve() for d in made)
    assert _folder_listing(stick) == ["a.csv", "b.csv", "c.csv"]


# --- names and lengths Windows refuses, said before anything is written ---------------------

@pytest.mark.parametrize("name, code", [
    ("CON", "path_reserved_name"), ("NUL.xlsx", "path_reserved_name"),
    ("com1.kzp", "path_reserved_name"), ("LPT1.csv", "path_reserved_name"),
    ("con.tar.gz", "path_reserved_name"), ("AUX .xlsx", "path_reserved_name"),
    ("plan.", "path_bad_ending"), ("plan.xlsx ", "path_bad_ending"),
    ("жоспар?.xlsx", "path_bad_char"), ('a"b.kzp', "path_bad_char"),
])
def test_refused_names_write_nothing(tmp_path, project, name, code):
    with pytest.raises(KZError) as err:
        save_project(tmp_path / name, project)
    assert err.value.code == code
    assert list(tmp_path.iterdir()) == []
    for lang in LANGS:
        text = err.value.message(lang)
        assert name.strip() in text or name in text
        assert "{" not in text


@pytest.mark.parametrize("name", ["CONSOLE.xlsx", "con_plan.kzp", "COM10.csv", "LPT.csv",
                                  "Ақсу ауданы.xlsx", "plan.v2.kzp", "NULL.json"])
def test_ordinary_names_are_not_refused(tmp_path, name):
    winpath.check_save_path(tmp_path / name, windows=True)


def test_long_paths_are_refused_counting_the_temporary_file(tmp_path):
    short = "C:\\Users\\Әлия\\Documents\\" + "ж" * 180 + ".xlsx"
    winpath.check_save_path(short)  # 210 characters + the temporary file's 17: fits
    long_ = "C:\\Users\\Әлия\\Documents\\" + "ж" * 230 + ".xlsx"
    with pytest.raises(KZError) as err:
        winpath.check_save_path(long_)
    assert err.value.code == "path_too_long"
    assert str(len(long_)) in err.value.message("ru")
    # the limit includes the temporary name: 259 - 17 characters for the target itself
    edge = "D:\\" + "a" * (259 - 17 - 3 - 5) + ".xlsx"
    assert len(edge) == 259 - 17
    winpath.check_save_path(edge)
    with pytest.raises(KZError):
        winpath.check_save_path(edge[:-5] + "b.xlsx")
    # a set of files (plan CSVs) has a longer temporary name: refused before any is written
    target = tmp_path / ("a" * 20 + ".csv")
    with pytest.raises(KZError) as err:
        atomic.write_set_atomically({Path("D:\\" + "b" * 230 + ".csv"): lambda p: None,
                                     target: lambda p: p.write_text("x", encoding="utf-8")})
    assert err.value.code == "path_too_long" and not target.exists()


def test_a_posix_path_is_not_held_to_windows_length_unless_asked(tmp_path):
    deep = tmp_path / ("п" * 120) / ("р" * 120)
    winpath.check_save_path(deep / "plan.xlsx", windows=False)
    with pytest.raises(KZError):
        winpath.check_save_path(deep / "plan.xlsx", windows=True)


# --- drive letters and network shares, stored and shown correctly --------------------------

def test_windows_paths_are_read_as_windows_paths_on_any_system():
    unc = "\\\\akimat-srv\\Жоспар\\2026\\аудан.kzp"
    assert winpath.is_windows_path(unc) and winpath.is_windows_path("D:\\жоба.kzp")
    assert winpath.is_windows_path("e:/plans/a.kzp")
    assert not winpath.is_windows_path("/home/aliya/a.kzp")
    assert winpath.file_name(unc) == "аудан.kzp"
    assert winpath.file_name("D:\\Жоспар\\жоба.kzp") == "жоба.kzp"
    assert winpath.file_name("/home/aliya/жоба.kzp") == "жоба.kzp"
    assert winpath.same_path("D:\\Жоспар\\Жоба.kzp", "d:/жоспар/жоба.KZP")
    assert not winpath.same_path("D:\\a.kzp", "E:\\a.kzp")


def test_relative_paths_between_inputs_and_project():
    rel = winpath.relative_beside
    assert rel("C:\\Users\\Aliya\\Docs\\data\\s.xlsx", "C:\\Users\\Aliya\\Docs\\p.kzp") == \
        "data/s.xlsx"
    assert rel("C:\\Users\\Aliya\\Stats\\s.xlsx", "c:\\users\\aliya\\Docs\\p.kzp") == \
        "../Stats/s.xlsx"
    assert rel("D:\\s.xlsx", "C:\\Docs\\p.kzp") is None  # another drive: no relative path
    assert rel("\\\\srv\\share\\in\\s.xlsx", "\\\\srv\\share\\p.kzp") == "in/s.xlsx"
    assert rel("\\\\srv\\other\\s.xlsx", "\\\\srv\\share\\p.kzp") is None
    assert rel("/home/a/data/s.xlsx", "/home/a/p.kzp") == "data/s.xlsx"
    assert rel("/home/a/s.xlsx", "D:\\p.kzp") is None


# --- a project saved on one laptop, opened on another -------------------------------------

def _project_with_inputs(sample_dataset, folder: Path, scenario) -> Project:
    folder.mkdir(parents=True)
    (folder / "деректер").mkdir()
    stats = folder / "деректер" / "статистика.xlsx"
    stats.write_bytes(b"stats")
    bounds = folder / "шекаралар.gpkg"
    bounds.write_bytes(b"gpkg")
    ds = replace(sample_dataset,
                 sources=[replace(s, file=str(bounds if s.kind == "boundaries" else stats))
                          for s in sample_dataset.sources])
    ds.data_sources = [replace(s, file=str(stats)) for s in sample_dataset.data_sources] \
        if getattr(sample_dataset, "data_sources", None) else []
    return Project(dataset=ds, scenarios=[scenario], active=scenario.name)


def test_project_moved_to_another_user_folder_finds_its_inputs(tmp_path, sample_dataset,
                                                               project):
    laptop_a = tmp_path / "A" / "Users" / "Әлия" / "Documents" / "Жоспар"
    proj = _project_with_inputs(sample_dataset, laptop_a, project.scenarios[0])
    save_project(laptop_a / "жоба.kzp", proj)
    laptop_b = tmp_path / "B" / "Users" / "Dana" / "Жұмыс"
    laptop_b.parent.mkdir(parents=True)
    shutil.move(str(laptop_a), str(laptop_b))
    opened = open_project(laptop_b / "жоба.kzp", replay=False)
    assert opened.inputs and opened.inputs_missing() == []
    assert {how for _found, how in opened.inputs.values()} == {"relative"}
    files = [s.file for s in opened.dataset.sources]
    assert all(Path(f).is_file() and Path(f).is_relative_to(laptop_b) for f in files)
    assert any(Path(f).name == "статистика.xlsx" for f in files)


def test_inputs_gone_are_listed_for_the_file_moved_prompt(tmp_path, sample_dataset, project):
    laptop_a = tmp_path / "A" / "Жоспар"
    proj = _project_with_inputs(sample_dataset, laptop_a, project.scenarios[0])
    save_project(laptop_a / "жоба.kzp", proj)
    elsewhere = tmp_path / "USB"
    elsewhere.mkdir()
    shutil.copy2(laptop_a / "жоба.kzp", elsewhere / "жоба.kzp")  # the project alone
    (laptop_a / "шекаралар.gpkg").rename(tmp_path / "moved.gpkg")
    (laptop_a / "деректер" / "статистика.xlsx").unlink()
    opened = open_project(elsewhere / "жоба.kzp", replay=False)
    assert sorted(Path(f).name for f in opened.inputs_missing()) == \
        ["статистика.xlsx", "шекаралар.gpkg"]
    assert len(opened.dataset.units) == len(sample_dataset.units)  # the data came along


def test_a_windows_path_saved_elsewhere_is_found_beside_the_project(tmp_path, sample_dataset,
                                                                    project):
    """A project saved on Windows (its inputs under C:\\Users\\…) opened here: the file of the
    same name beside the project is used."""
    folder = tmp_path / "Жоспар"
    proj = _project_with_inputs(sample_dataset, folder, project.scenarios[0])
    win_stats = "C:\\Users\\Әлия\\Documents\\деректер\\статистика.xlsx"
    proj.dataset.sources = [s if s.kind == "boundaries" else replace(s, file=win_stats)
                            for s in proj.dataset.sources]
    for s in proj.dataset.data_sources:
        s.file = win_stats
    save_project(folder / "жоба.kzp", proj)
    with zipfile.ZipFile(folder / "жоба.kzp") as zf:
        manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
    assert win_stats in [s["file"] for s in manifest["sources"]]  # stored as written
    shutil.copy2(folder / "деректер" / "статистика.xlsx", folder / "статистика.xlsx")
    opened = open_project(folder / "жоба.kzp", replay=False)
    found, how = opened.inputs[win_stats]
    assert how == "beside" and found == str(folder / "статистика.xlsx")


def test_relocation_works_for_stored_windows_paths_without_a_windows_machine():
    present = {os.path.normpath("/mnt/usb/Жоспар/деректер/s.xlsx")}
    found, how = winpath.locate_input("C:\\Users\\Aliya\\Жоспар\\деректер\\s.xlsx",
                                      "деректер/s.xlsx", "/mnt/usb/Жоспар/p.kzp",
                                      exists=lambda p: os.path.normpath(p) in present)
    assert how == "relative" and found == os.path.normpath("/mnt/usb/Жоспар/деректер/s.xlsx")

"""Issue 22: hostile inputs read as what they are, failures said as what they are.

Format by content (a real .xls under an .xlsx name, an .xlsx under .xls, UTF-16 CSV, web pages);
numbers a table cannot mean; CSV quotes that swallow rows; the limits of a read; every OSError of
a write as its own message (disk full on a real tmpfs when the machine allows mounting one);
the command line's last-resort handler (one line, traceback only in the log, exit 3).
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kzplanner.core.io.read import grid, layout, safety
from kzplanner.core.io.read.statistics import read_statistics
from kzplanner.core.io.write.atomic import write_atomically
from kzplanner.errors import MESSAGES, WRITE_FAILURES, KZError, from_os_error

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"
sys.path.insert(0, str(BROKEN.parent))  # make_corpus
HEADER = "unit_code,unit_name,population,schools_total,schools_connected\n"


def _kz(fn, *args, **kwargs) -> KZError:
    with pytest.raises(KZError) as info:
        fn(*args, **kwargs)
    return info.value


# ---------------------------------------------------------------- format by content

def test_a_real_xls_under_an_xlsx_name_is_read_as_xls(tmp_path):
    target = tmp_path / "renamed.xlsx"
    shutil.copy(BROKEN / "xls_connected_gt.xls", target)
    grid = layout.read_grid(target)
    assert grid.cells[1][:3] == ["110000000", "Акмолинская", 788023.0]
    assert _kz(read_statistics, target).code == "part_exceeds_whole"  # not "password"


def test_an_xlsx_under_an_xls_or_csv_name_is_read_as_xlsx(tmp_path):
    for name in ("renamed.xls", "renamed.csv"):
        target = tmp_path / name
        shutil.copy(BROKEN / "connected_gt_total.xlsx", target)
        grid = layout.read_grid(target)
        assert grid.sheet == "statistics" and grid.cells[1][2] == 1000  # not "damaged"
        assert layout.list_sheets(target) == ["statistics"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_utf16_and_other_unicode_csv_is_decoded(tmp_path, encoding):
    path = tmp_path / "стат.csv"
    path.write_bytes((HEADER + "110000000,Ақмола облысы,788023,620,600\n").encode(encoding))
    frame = read_statistics(path)
    assert frame.loc[0, "unit_name"] == "Ақмола облысы" and frame.loc[0, "population"] == 788023


def test_a_web_page_with_an_excel_name_gets_its_own_message():
    err = _kz(layout.detect_layout, BROKEN / "web_page.xls")
    assert err.code == "html_as_table"
    assert ".xlsx" in err.message("kk") and "веб-бет" in err.message("kk")


def test_sniff_tells_the_formats_apart(tmp_path):
    cases = {"a.bin": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "ole"),
             "b.bin": (b"PK\x03\x04rest", "zip"), "c.bin": (b"  <!DOCTYPE html><p>", "html"),
             "d.bin": ("a,b\n1,2\n".encode("utf-16"), "text"), "e.bin": (b"a;b\n1;2\n", "text"),
             "f.bin": (b"%PDF-1.4", "other")}
    for name, (data, kind) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert safety.sniff(tmp_path / name).kind == kind, name


# ---------------------------------------------------------------- numbers

def test_ordinary_numbers_still_read(tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text("unit_code;unit_name;population;network_coverage_share;lat\n"
                    "110000000;Ақмола;788 023;12,5%;-\n150000000;Ақтөбе;x;…;\n", encoding="utf-8")
    frame = read_statistics(path)
    assert frame.loc[0, "population"] == 788023 and frame.loc[0, "network_coverage_share"] == 0.125
    assert frame["population"].isna().iloc[1]


def test_bounds_follow_what_a_column_counts():
    from kzplanner.core.io.read.values import implausible, value_kind

    assert [value_kind(c) for c in ("population", "households_no_internet", "schools_total",
                                    "kit_cost", "spent_kzt", "network_coverage_share", "lat",
                                    "pwd_no_device", "download_mbps", "Население")] == [
        "people", "households", "institutions", "money", "money", "share", "latitude", "people",
        "speed", "other"]
    assert implausible(20_000_000, "population") is None
    assert implausible(2e9, "population") == "2e+09 > 50 000 000"
    assert implausible(-200, "lon") == "-200 < −180"


def test_booleans_are_refused_not_read_as_one(tmp_path):
    err = _kz(read_statistics, BROKEN / "true_in_numbers.xlsx")
    assert (err.code, err.row, err.column, err.detail) == ("boolean_in_numbers", 2, "population",
                                                           "TRUE")
    assert "TRUE" in err.message("ru")


def test_mapped_bulletin_names_the_cell_of_an_implausible_value():
    proposal = layout.detect_layout(BROKEN / "bulletin_1e12.xlsx")
    err = _kz(layout.apply_mapping, BROKEN / "bulletin_1e12.xlsx", proposal.mapping)
    assert (err.code, err.row, err.column) == ("implausible_value", 5, "B “Население”")


def test_statistics_of_the_sample_pass_every_check(sample_dataset):
    assert len(sample_dataset.units) > 0  # bounds and parts hold for the bundled data


# ---------------------------------------------------------------- CSV

def test_an_unbalanced_quote_names_the_line_where_it_opens():
    err = _kz(read_statistics, BROKEN / "unbalanced_quote.csv")
    assert (err.code, err.row, err.detail) == ("csv_unbalanced_quote", 2, "15")
    assert "2" in err.message("kk") and "15" in err.message("kk")


def test_a_quoted_cell_with_a_line_break_is_kept(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text('unit_code,unit_name,"population\nthousand people"\n'
                    "110000000,Ақмола,788\n150000000,Ақтөбе,928\n", encoding="utf-8")
    grid = layout.read_grid(path)
    assert grid.cells[0][2] == "population\nthousand people" and len(grid.cells) == 3


def test_a_field_over_the_limit_is_a_message(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "1," + "x" * 140_000 + ",1,1,1\n", encoding="utf-8")
    err = _kz(read_statistics, path)
    assert (err.code, err.row) == ("csv_field_too_long", 2)


# ---------------------------------------------------------------- limits

def test_a_value_far_away_is_refused_before_calamine_allocates_it():
    err = _kz(layout.read_grid, BROKEN / "value_at_xfd1048576.xlsx")
    assert (err.code, err.row, err.column) == ("sheet_too_large", 1048576, "XFD")
    assert "Ctrl+End" in err.message("ru")


def test_the_time_budget_ends_in_a_message(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "READ_SECONDS", -1.0)
    err = _kz(layout.read_grid, BROKEN / "connected_gt_total.xlsx")
    assert err.code == "read_too_slow"


def test_a_stated_dimension_that_lies_does_not_cut_the_table(tmp_path):
    from make_corpus import raw_xlsx, sheet_xml

    rows = [["unit_code", "population"]] + [[f"11{i:07d}", i] for i in range(30)]
    path = raw_xlsx(tmp_path / "dim.xlsx", {"s": sheet_xml(rows, dimension="A1:A1")})
    assert len(grid.read_grid(path).cells) == 31


def test_the_many_sheet_workbook_is_read_one_sheet_at_a_time(tmp_path):
    from make_corpus import many_sheets

    path = many_sheets(tmp_path / "m.xlsx", sheets=3, rows=20, cols=3)
    assert layout.list_sheets(path) == ["Таблица 1", "Таблица 2", "Таблица 3"]
    assert len(layout.read_grid(path, "Таблица 2").cells) == 22


# ---------------------------------------------------------------- writes

def test_each_os_error_has_its_own_code(tmp_path):
    f = str(tmp_path / "a" / "plan.xlsx")
    cases = [(OSError(errno.ENOSPC, "No space left on device", f), "write", "disk_full"),
             (PermissionError(errno.EACCES, "Permission denied", f), "write", "write_denied"),
             (OSError(errno.EROFS, "Read-only file system", f), "write", "write_denied"),
             (FileNotFoundError(errno.ENOENT, "No such file", f), "write", "folder_missing"),
             (IsADirectoryError(errno.EISDIR, "Is a directory", f), "write", "path_is_folder"),
             (PermissionError(errno.EACCES, "Permission denied", f), "read", "read_denied"),
             (FileNotFoundError(errno.ENOENT, "No such file", f), "read", "file_not_found"),
             (OSError(errno.EIO, "I/O error", f), "write", "write_failed"),
             (OSError(errno.EIO, "I/O error", f), None, "os_error")]
    for exc, action, code in cases:
        err = from_os_error(exc, action=action)
        assert err.code == code, (exc, action)
        for lang in ("en", "ru", "kk"):
            assert "plan.xlsx" in err.message(lang) and "{" not in err.message(lang)
    locked = PermissionError(errno.EACCES, "The process cannot access the file", f)
    locked.winerror = 32
    assert from_os_error(locked, action="write").code == "file_locked"
    assert WRITE_FAILURES <= set(MESSAGES)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".saving-" in p.name)


def test_disk_full_during_a_write_keeps_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "plan.csv"
    target.write_text("old")

    def write(tmp: Path) -> None:
        tmp.write_text("half")
        (tmp.parent / (tmp.name + "-journal")).write_text("side file")
        raise OSError(errno.ENOSPC, "No space left on device")

    err = _kz(write_atomically, target, write)
    assert err.code == "disk_full" and "plan.csv" in err.message("kk")
    assert target.read_text() == "old" and _leftovers(tmp_path) == []


def test_a_library_saying_no_space_is_disk_full(tmp_path):
    def write(tmp: Path) -> None:
        raise RuntimeError("sqlite3_exec(COMMIT) failed: database or disk is full: "
                           "No space left on device")

    assert _kz(write_atomically, tmp_path / "x.gpkg", write).code == "disk_full"
    assert _leftovers(tmp_path) == []


def test_missing_folder_path_is_folder_and_read_only_folder(tmp_path, monkeypatch):
    ok = lambda tmp: tmp.write_text("x")  # noqa: E731
    err = _kz(write_atomically, tmp_path / "нет" / "plan.xlsx", ok)
    assert err.code == "folder_missing" and "нет" in err.detail
    (tmp_path / "папка.xlsx").mkdir()
    assert _kz(write_atomically, tmp_path / "папка.xlsx", ok).code == "path_is_folder"
    import tempfile

    def refused(*_a, **_k):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    assert _kz(write_atomically, tmp_path / "plan.xlsx", ok).code == "write_denied"


def test_a_locked_target_is_file_locked(tmp_path, monkeypatch):
    target = tmp_path / "plan.xlsx"
    target.write_text("old")

    def locked(_src, _dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    err = _kz(write_atomically, target, lambda tmp: tmp.write_text("new"))
    assert err.code == "file_locked" and target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_permissions_of_the_target_are_kept(tmp_path):
    target = tmp_path / "project.kzp"
    target.write_text("old")
    os.chmod(target, 0o664)
    write_atomically(target, lambda tmp: tmp.write_text("new"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o664 and target.read_text() == "new"
    fresh = write_atomically(tmp_path / "new.kzp", lambda tmp: tmp.write_text("x"))
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KB tmpfs (root on Linux only); skipped where it cannot be mounted."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("no mount here")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)


def test_a_really_full_disk(tiny_disk):
    target = tiny_disk / "plan.csv"
    target.write_text("old")
    err = _kz(write_atomically, target, lambda tmp: tmp.write_bytes(b"x" * 200_000))
    assert err.code == "disk_full"
    assert target.read_text() == "old" and _leftovers(tiny_disk) == []


# ---------------------------------------------------------------- the last-resort handlers

def test_cli_turns_an_unexpected_error_into_one_line_and_exit_3(tmp_path, monkeypatch, capsys):
    from kzplanner import cli
    from kzplanner.cli import data as cli_data

    monkeypatch.setenv("KZPLANNER_LOG_DIR", str(tmp_path / "logs"))

    def boom(*_a, **_k):
        raise ZeroDivisionError("division by zero deep inside")

    monkeypatch.setattr(cli_data, "run", boom)
    rc = cli.main(["check", "--boundaries", "b.shp", "--stats", "s.csv", "--lang", "kk"],
                  last_resort=True)
    err = capsys.readouterr().err
    log = tmp_path / "logs" / "kzplanner-cli.log"
    assert rc == 3 and err.count("\n") == 1 and "Traceback" not in err
    assert "күтпеген" in err and str(log) in err
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")
    with pytest.raises(ZeroDivisionError):  # a program passing its own argv sees the error
        cli.main(["check", "--boundaries", "b.shp", "--stats", "s.csv"])


def test_the_kzplanner_command_never_prints_a_traceback(tmp_path):
    """The installed command (argv from the command line) in a child process: a crash inside
    is one line and exit 3, the traceback in the log next to the window's."""
    script = ("import sys, kzplanner.cli.data as d\n"
              "def boom(*a, **k): raise RecursionError('deep')\n"
              "d.run = boom\n"
              "from kzplanner.__main__ import main\n"
              "sys.argv = ['kzplanner', 'check', '--boundaries', 'b', '--stats', 's.csv',"
              " '--lang', 'ru']\n"
              "sys.exit(main())\n")
    env = {**os.environ, "KZPLANNER_LOG_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          encoding="utf-8", env=env, check=False)
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert "непредвиденной" in done.stderr and "kzplanner-cli.log" in done.stderr
    assert "RecursionError" in (tmp_path / "kzplanner-cli.log").read_text(encoding="utf-8")


def test_cli_says_what_the_system_refused(tmp_path, monkeypatch, capsys):
    from kzplanner import cli
    from kzplanner.cli import data as cli_data

    monkeypatch.setenv("KZPLANNER_LOG_DIR", str(tmp_path / "logs"))

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out.xlsx"))

    monkeypatch.setattr(cli_data, "run", full)
    rc = cli.main(["check", "--boundaries", "b.shp", "--stats", "s.csv", "--lang", "ru"])
    err = capsys.readouterr().err
    assert rc == 2 and "диск заполнен" in err and "out.xlsx" in err

"""The CLI on Windows consoles (issue 23 item 3): Kazakh letters and ₸ exist in neither cp866
nor cp1251. Runs with PYTHONIOENCODING=cp866 / cp1251 end as they do in UTF-8 (same exit
status, no traceback) and print the same text with the missing characters replaced; the
Windows branch (SetConsoleOutputCP(65001), UTF-8 into files) is checked with stand-in streams
and a stand-in for the Windows call."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzplanner import console

ROOT = Path(__file__).resolve().parents[2]
BOUNDS = ROOT / "maps" / "kz_geokz_2024_adm1.gpkg"

RUNS = {
    "plan in kk": (["plan", "--budget", "5e8", "--strategy", "proportional", "--lang", "kk"], 0),
    "check in kk": (["check", "--boundaries", str(BOUNDS), "--stats",
                     str(ROOT / "resources" / "sample" / "kz_sample_statistics.xlsx"),
                     "--lang", "kk"], 0),
    "plan in ru, JSON": (["plan", "--budget", "5e8", "--strategy", "proportional", "--json",
                          "--lang", "ru"], 0),
    "bad amount in kk": (["plan", "--budget", "көп", "--lang", "kk"], 2),
    "missing file in kk": (["check", "--boundaries", str(BOUNDS), "--stats",
                            "/нет/Әлия-₸.xlsx", "--lang", "kk"], 2),
}


def _run(argv: list[str], encoding: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONIOENCODING")}
    env.update({"PYTHONIOENCODING": encoding, "PYTHONPATH": str(ROOT),
                "KZPLANNER_LOG_DIR": str(tmp_path)})
    return subprocess.run([sys.executable, "-m", "kzplanner", *argv], capture_output=True,
                          env=env, cwd=tmp_path, timeout=300, check=False)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """Every run in UTF-8: what the replaced output must match."""
    folder = tmp_path_factory.mktemp("utf8")
    return {name: _run(argv, "utf-8", folder) for name, (argv, _code) in RUNS.items()}


@pytest.mark.parametrize("encoding", ["cp866", "cp1251"])
@pytest.mark.parametrize("name", list(RUNS))
def test_legacy_code_pages_replace_instead_of_crashing(name, encoding, reference, tmp_path):
    argv, code = RUNS[name]
    done = _run(argv, encoding, tmp_path)
    ref = reference[name]
    assert ref.returncode == code, ref.stderr.decode("utf-8")
    assert done.returncode == code  # the exit status does not depend on the console
    # strict decoding: nothing written in another encoding slipped in (no raw UTF-8)
    out, err = done.stdout.decode(encoding), done.stderr.decode(encoding)
    ref_out, ref_err = ref.stdout.decode("utf-8"), ref.stderr.decode("utf-8")
    assert "Traceback" not in err and "UnicodeEncodeError" not in err
    # the same text, each character the code page lacks shown as '?'
    assert out == ref_out.encode(encoding, errors="replace").decode(encoding)
    assert err == ref_err.encode(encoding, errors="replace").decode(encoding)
    text = ref_out + ref_err
    assert text.strip(), "the run printed nothing"
    if any(c in text for c in "ӘҒҚҢӨҰҮҺәғқңөұүһ₸"):
        assert "?" in out + err


class _Console(io.BytesIO):
    def isatty(self) -> bool:
        return True


def _streams(monkeypatch, encoding: str, tty: bool) -> tuple[io.TextIOWrapper, io.TextIOWrapper]:
    raw = _Console if tty else io.BytesIO
    out = io.TextIOWrapper(raw(), encoding=encoding, errors="strict")
    err = io.TextIOWrapper(raw(), encoding=encoding, errors="backslashreplace")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    return out, err


def test_windows_console_is_switched_to_utf8_and_restored_at_exit(monkeypatch):
    out, err = _streams(monkeypatch, "cp866", tty=True)
    calls, registered = [], []
    monkeypatch.setattr("atexit.register", lambda fn, *a: registered.append((fn, a)))

    def fake_set_cp(cp: int) -> int:
        calls.append(cp)
        return 866

    console.setup_console("win32", fake_set_cp)
    assert calls == [65001]
    assert out.encoding == "utf-8" and err.encoding == "utf-8"
    assert registered and registered[0][1] == (866,)  # the old code page comes back
    console.write_stdout("Ә Қ ₸")
    out.flush()
    assert out.buffer.getvalue().decode("utf-8") == "Ә Қ ₸\n"


def test_windows_output_redirected_to_a_file_is_utf8(monkeypatch):
    out, _err = _streams(monkeypatch, "cp1251", tty=False)
    console.setup_console("win32", lambda cp: pytest.fail("no console to switch"))
    assert out.encoding == "utf-8"
    console.write_stdout("Қазақстан ₸")
    assert out.buffer.getvalue().decode("utf-8") == "Қазақстан ₸\n"


def test_when_the_console_cannot_switch_characters_are_replaced(monkeypatch):
    out, err = _streams(monkeypatch, "cp866", tty=True)
    console.setup_console("win32", lambda cp: None)  # SetConsoleOutputCP refused
    assert out.encoding == "cp866" and out.errors == "replace" and err.errors == "replace"
    console.write_stdout("Әлия ₸")
    assert out.buffer.getvalue().decode("cp866") == "?лия ?\n"


def test_an_encoding_the_user_chose_is_kept(monkeypatch):
    out, _err = _streams(monkeypatch, "cp1251", tty=False)
    monkeypatch.setenv("PYTHONIOENCODING", "cp1251")
    console.setup_console("win32", lambda cp: pytest.fail("the user chose the encoding"))
    assert out.encoding == "cp1251" and out.errors == "replace"


def test_other_systems_keep_their_encoding_and_replace(monkeypatch):
    out, _err = _streams(monkeypatch, "ascii", tty=True)
    console.setup_console("linux", lambda cp: pytest.fail("Windows only"))
    assert out.encoding == "ascii" and out.errors == "replace"

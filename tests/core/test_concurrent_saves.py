"""Saves that survive each other: the project's lock file, the version check on every save
(merging new scenarios, refusing the same one changed on both sides), temporary files left by
killed saves, and the file's permissions."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from dataclasses import replace

import pytest

from kzplanner.cli import main
from kzplanner.core.io.project_lock import acquire, lock_path, read_holder
from kzplanner.core.io.project_model import Project
from kzplanner.core.io.read.project_open import open_project
from kzplanner.core.io.write.project_save import save_project
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.scenario import Scenario, run_scenario
from kzplanner.errors import KZError


@pytest.fixture(scope="module")
def scenarios(sample_dataset):
    base, _ = run_scenario(sample_dataset, Scenario("Base", PlanParams(budget_kzt=1e9)))
    other, _ = run_scenario(sample_dataset, Scenario("Other", PlanParams(
        budget_kzt=1e9, strategy="proportional")))
    return base, other


def _names(path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return [s["name"] for s in json.loads(zf.read("manifest.json"))["scenarios"]]


def test_two_processes_storing_into_one_project_lose_nothing_silently(tmp_path):
    """`kzplanner plan --project P --scenario A` and `… B` at the same time, 10 rounds: both
    scenarios are there afterwards, or the process whose scenario is missing exited non-zero
    with the message."""
    project = tmp_path / "shared.kzp"
    for rnd in range(10):
        procs = {name: subprocess.Popen(
            [sys.executable, "-m", "kzplanner", "plan", "--budget", str(1e9 + rnd * 1e6),
             "--project", str(project), "--scenario", name],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for name in ("A", "B")}
        results = {name: (p.wait(timeout=300), p.stderr.read()) for name, p in procs.items()}
        stored = _names(project)
        for name, (code, err) in results.items():
            assert "Traceback" not in err, err
            if code == 0:
                assert name in stored, (rnd, name, stored)
            else:
                assert err.startswith("kzplanner: ") and project.name in err, err
        assert any(code == 0 for code, _ in results.values()), results
        assert list(tmp_path.glob(".shared.saving-*")) == []
        assert not lock_path(project).exists()
    assert set(_names(project)) == {"A", "B"}


def test_a_save_keeps_scenarios_another_process_wrote_since_it_opened(tmp_path, sample_dataset,
                                                                     scenarios):
    base, other = scenarios
    path = save_project(tmp_path / "p.kzp", Project(dataset=sample_dataset, scenarios=[base],
                                                    active="Base"))
    first, second = open_project(path), open_project(path)
    first.put(replace(other, name="From first"))
    save_project(path, first)
    second.put(replace(other, name="From second", notes="mine"))
    save_project(path, second)  # no lock held: the version check alone
    assert _names(path) == ["Base", "From second", "From first"]
    assert second.merged == ["From first"]
    # saved again without news: nothing merged, nothing refused
    save_project(path, second)
    assert second.merged == []


def test_the_same_scenario_changed_on_both_sides_is_refused(tmp_path, sample_dataset, scenarios):
    base, other = scenarios
    path = save_project(tmp_path / "p.kzp", Project(dataset=sample_dataset, scenarios=[base],
                                                    active="Base"))
    first, second = open_project(path), open_project(path)
    first.put(replace(base, notes="first's notes"))
    save_project(path, first)
    before = path.read_bytes()
    second.put(replace(base, notes="second's notes"))
    with pytest.raises(KZError) as info:
        save_project(path, second)
    err = info.value
    assert err.code == "project_changed" and "“Base”" in err.message("en")
    assert "{" not in err.message("kk") and "“Base”" in err.message("ru")
    assert path.read_bytes() == before  # the other side's save stands
    # a new project created meanwhile by another process, with another scenario: merged
    fresh = tmp_path / "new.kzp"
    from kzplanner.core.io.project_model import Origin

    one = Project(dataset=sample_dataset, scenarios=[base], origin=Origin.absent(fresh))
    two = Project(dataset=sample_dataset, scenarios=[other], origin=Origin.absent(fresh))
    save_project(fresh, one)
    save_project(fresh, two)
    assert _names(fresh) == ["Other", "Base"]


def test_a_lock_names_its_holder_and_a_dead_holder_is_taken_over(tmp_path, sample_dataset,
                                                                capsys):
    path = tmp_path / "locked.kzp"
    lock = acquire(path, "gui")
    assert lock is not None
    holder = read_holder(path)
    assert holder.pid == os.getpid() and holder.host == socket.gethostname()
    with pytest.raises(KZError) as info:
        acquire(path)
    text = info.value.message("ru")
    assert info.value.code == "project_locked" and str(os.getpid()) in text
    assert holder.user in text and "компьютер" in text
    # the command line: an error naming the holder, nothing written
    assert main(["plan", "--budget", "1e9", "--project", str(path), "--scenario", "X"]) == 2
    err = capsys.readouterr().err
    assert str(os.getpid()) in err and holder.host in err and not path.exists()
    lock.release()
    assert not lock_path(path).exists()

    # a process killed with -9 while holding it never locks the planner out
    holder_script = ("import sys, time\n"
                     "from kzplanner.core.io.project_lock import acquire\n"
                     "acquire(sys.argv[1], 'gui')\n"
                     "print('held', flush=True)\n"
                     "time.sleep(600)\n")
    proc = subprocess.Popen([sys.executable, "-c", holder_script, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    with pytest.raises(KZError):
        acquire(path)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    taken = acquire(path)
    assert taken is not None and read_holder(path).pid == os.getpid()
    taken.release()


def test_a_lock_from_another_machine_turns_stale_with_age(tmp_path, monkeypatch):
    path = tmp_path / "share.kzp"
    lock_path(path).write_text(json.dumps({"user": "aigerim", "host": "PC-12", "pid": 4242,
                                           "since": "2026-01-05T09:00:00", "app": "gui",
                                           "token": "x"}))
    with pytest.raises(KZError) as info:
        acquire(path)
    assert "aigerim" in info.value.message("kk") and "PC-12" in info.value.message("kk")
    old = time.time() - 3 * 3600
    os.utime(lock_path(path), (old, old))
    taken = acquire(path)
    assert taken is not None and read_holder(path).host == socket.gethostname()
    taken.release()


def test_stale_temporary_files_are_removed_and_permissions_kept(tmp_path, sample_dataset,
                                                               scenarios):
    base, _ = scenarios
    path = save_project(tmp_path / "P.kzp", Project(dataset=sample_dataset, scenarios=[base]))
    old = time.time() - 3600
    left = []
    for k in range(12):  # what 12 saves killed with -9 left behind
        tmp = tmp_path / f".P.saving-{k:08x}.kzp"
        tmp.write_bytes(b"PK half a project")
        os.utime(tmp, (old, old))
        left.append(tmp)
    running = tmp_path / ".P.saving-inprogress.kzp"  # a save going on right now
    running.write_bytes(b"PK")
    other = tmp_path / ".Q.saving-0000.kzp"  # another project's
    other.write_bytes(b"PK")
    os.utime(other, (old, old))
    open_project(path)
    assert not any(t.exists() for t in left)
    assert running.exists() and other.exists()

    os.chmod(path, 0o664)
    project = open_project(path)
    save_project(path, project)
    assert oct(os.stat(path).st_mode & 0o777) == oct(0o664)
    os.chmod(path, 0o640)
    save_project(path, project)
    assert oct(os.stat(path).st_mode & 0o777) == oct(0o640)

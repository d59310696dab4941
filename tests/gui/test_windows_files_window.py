"""Windows file rules in the real window (issue 23 item 2): Excel holding the project
(PermissionError, WinError 32, on replace) → the locked-file dialog, the file untouched; a name
Windows refuses → said before writing, with "save under another name"; a project whose input
files stayed on another laptop → a "files moved" note, the project open all the same."""

from __future__ import annotations

import shutil
from dataclasses import replace

from kzplanner.app.strings import tr

from .conftest import PLAN_TIMEOUT_MS
from .project_helpers import fresh_session


class SharingViolation(PermissionError):
    def __init__(self, filename: str = "") -> None:
        super().__init__(13, "The process cannot access the file because it is being used by "
                             "another process", filename)
        self.winerror = 32


def _box(features, qtbot):
    qtbot.waitUntil(lambda: features.last_box is not None and features.last_box.isVisible(),
                    timeout=PLAN_TIMEOUT_MS)
    return features.last_box


def test_excel_holding_the_project_shows_the_locked_file_dialog(window, qtbot, tmp_path,
                                                                monkeypatch):
    import kzplanner.core.io.write.atomic as atomic

    features = fresh_session(window, qtbot)
    target = tmp_path / "жоба.kzp"
    target.write_bytes(b"the version Excel holds")
    real_replace = atomic.os.replace

    def locked(src, dst):
        if str(dst) == str(target):
            raise SharingViolation(str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", locked)
    features.last_box = None
    features.save_to(target)
    box = _box(features, qtbot)
    assert "жоба.kzp" in box.text() and "Excel" in box.text()
    labels = [b.text() for b in box.buttons()]
    assert tr("proj.retry", "en") in labels and tr("dlg.save_as", "en") in labels
    assert target.read_bytes() == b"the version Excel holds"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["жоба.kzp"]  # no temporary left
    box.close()


def test_a_reserved_name_is_refused_before_writing(window, qtbot, tmp_path):
    features = fresh_session(window, qtbot)
    features.last_box = None
    features.save_to(tmp_path / "CON.kzp")
    box = _box(features, qtbot)
    assert "CON" in box.text()
    assert tr("dlg.save_as", "en") in [b.text() for b in box.buttons()]
    assert list(tmp_path.iterdir()) == []
    box.close()


def test_inputs_left_on_another_laptop_are_named_when_the_project_opens(window, qtbot,
                                                                        tmp_path):
    from kzplanner.core.io.project_model import Project
    from kzplanner.core.io.write.project_save import save_project
    from kzplanner.core.scenario import Scenario

    laptop_a = tmp_path / "A"
    laptop_a.mkdir()
    stats = laptop_a / "статистика-2025.xlsx"
    stats.write_bytes(b"x")
    ds = window.state.dataset
    moved = replace(ds, sources=[replace(s, file=str(stats)) if s.kind == "statistics" else s
                                 for s in ds.sources])
    moved.data_sources = [replace(s, file=str(stats)) for s in ds.data_sources]
    proj = Project(dataset=moved, scenarios=[Scenario("Негізгі", window.state.params)],
                   active="Негізгі")
    save_project(laptop_a / "жоба.kzp", proj)
    laptop_b = tmp_path / "B"
    laptop_b.mkdir()
    shutil.copy2(laptop_a / "жоба.kzp", laptop_b / "жоба.kzp")  # the project alone
    shutil.rmtree(laptop_a)

    features = fresh_session(window, qtbot)
    features.last_box = None
    features.session.open(laptop_b / "жоба.kzp")
    box = _box(features, qtbot)
    assert box.windowTitle() == tr("proj.inputs_moved_title", "en")
    assert "статистика-2025.xlsx" in box.text()
    assert features.session.path == laptop_b / "жоба.kzp"  # opened all the same
    box.close()
    features.session.close_file()

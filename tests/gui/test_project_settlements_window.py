"""A project's settlements in the window (issue 17): opening a project that names a settlement
file shows its layer with the saved reach and place weights, and the next save writes them
again; when the file stayed on another laptop, the "files moved" note names it and says what it
means for the settlements, and the record is kept for the next save."""

from __future__ import annotations

import shutil

import pytest

from kzplanner import paths
from kzplanner.app.strings import tr

from .conftest import PLAN_TIMEOUT_MS

pytestmark = pytest.mark.skipif(not paths.sample_settlements().is_file(),
                                reason="no bundled settlement layer")
REACH = {"school": 4.0, "fap": 12.5, "psc": 25.0}
WEIGHTS = {"village": 2.5}


def _project(folder, dataset):
    from kzplanner.app.settlements import attach_settlements
    from kzplanner.core.io.project_model import Project
    from kzplanner.core.io.write.project_save import save_project
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.scenario import Scenario

    folder.mkdir(parents=True)
    layer = folder / "елді мекендер.gpkg"
    shutil.copy(paths.sample_settlements(), layer)
    ds = attach_settlements(dataset, layer, REACH, WEIGHTS)
    save_project(folder / "жоба.kzp", Project(dataset=ds, scenarios=[
        Scenario("Негізгі", PlanParams())], active="Негізгі"))
    return folder / "жоба.kzp", layer, ds


@pytest.fixture
def own_window(styled_app, qtbot):
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    state = AppState(language="kk")
    win = MainWindow(state)
    qtbot.addWidget(win)
    yield win
    win.close()
    win.project.session.close_file()
    state.shutdown()


def _open(win, qtbot, kzp):
    win.project.last_box = None
    win.project.session.open(kzp)
    qtbot.waitUntil(lambda: win.project.session.path == kzp and not win.state.busy,
                    timeout=PLAN_TIMEOUT_MS)


def test_project_reopens_with_its_settlements(own_window, qtbot, tmp_path, sample_dataset):
    win, state = own_window, own_window.state
    kzp, layer, ds = _project(tmp_path / "Жоба", sample_dataset)
    _open(win, qtbot, kzp)
    assert state.has_settlements()
    assert state.reach_km() == REACH
    assert state.place_weights() == dict(ds.settlements.weights)
    assert state.settlement_path == str(layer)
    assert "settle_fap_uncovered" in state.prepared.baseline.columns  # its indicators too
    record = win.project.session.snapshot().settlements
    assert record == {"file": str(layer), "reach_km": REACH,
                      "weights": dict(ds.settlements.weights)}
    assert win.project.last_box is None  # nothing to say


def test_missing_settlement_file_is_named_and_kept(own_window, qtbot, tmp_path, sample_dataset):
    win, state = own_window, own_window.state
    kzp, layer, _ds = _project(tmp_path / "A", sample_dataset)
    other = tmp_path / "B"
    other.mkdir()
    shutil.copy2(kzp, other / "жоба.kzp")  # the project alone
    shutil.rmtree(tmp_path / "A")
    _open(win, qtbot, other / "жоба.kzp")
    qtbot.waitUntil(lambda: win.project.last_box is not None, timeout=PLAN_TIMEOUT_MS)
    box = win.project.last_box
    assert box.windowTitle() == tr("proj.inputs_moved_title", "kk")
    assert "елді мекендер.gpkg" in box.text() and tr("set.project_moved", "kk") in box.text()
    box.close()
    assert not state.has_settlements()
    assert state.reach_km() == REACH  # the dock shows the project's reach
    record = win.project.session.snapshot().settlements
    assert record["file"] == str(layer) and record["reach_km"] == REACH

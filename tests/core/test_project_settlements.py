"""A project remembers its settlement layer (issue 17): the file (absolute, and relative to the
project like the other inputs), the reach per type and edited place-type weights; opening reads
the file again with them, also from a moved folder with a Cyrillic name; a missing file is
listed with the other moved inputs and loses nothing else, and the next save keeps the record;
a file that cannot be used any more is reported, not fatal."""

from __future__ import annotations

import json
import shutil
import zipfile

import numpy as np
import pytest

from kzplanner import paths

pytestmark = pytest.mark.skipif(not paths.sample_settlements().is_file(),
                                reason="no bundled settlement layer")
REACH = {"school": 4.0, "fap": 12.5, "psc": 25.0}
WEIGHTS = {"village": 2.5, "hamlet": 0.3}


@pytest.fixture(scope="module")
def saved(tmp_path_factory, sample_dataset):
    """A project with settlements, saved in a Cyrillic folder beside its settlement file."""
    from kzplanner.app.settlements import attach_settlements
    from kzplanner.core.io.project_model import Project
    from kzplanner.core.io.write.project_save import save_project
    from kzplanner.core.planning.parameters import PlanParams
    from kzplanner.core.planning.planner import make_plan
    from kzplanner.core.scenario import Allocation, Scenario

    folder = tmp_path_factory.mktemp("s") / "Жоба қалтасы"
    folder.mkdir()
    layer = folder / "елді мекендер.gpkg"
    shutil.copy(paths.sample_settlements(), layer)
    ds = attach_settlements(sample_dataset, layer, REACH, WEIGHTS)
    params = PlanParams(budget_kzt=300_000_000)
    result = make_plan(ds, params)
    project = Project(dataset=ds, scenarios=[Scenario("Жоспар", params,
                                                      Allocation.from_result(result))],
                      active="Жоспар")
    save_project(folder / "жоба.kzp", project)
    return folder, ds


def _manifest(kzp):
    with zipfile.ZipFile(kzp) as zf:
        return json.loads(zf.read("manifest.json"))


def _same_layer(a, b):
    ta, tb = a.settlements.table, b.settlements.table
    assert list(ta["settlement_id"]) == list(tb["settlement_id"])
    assert np.allclose(ta["population"].to_numpy(float), tb["population"].to_numpy(float))
    for t in ("school", "fap", "psc"):
        col = f"{t}_covered"
        assert (a.coverage.per_settlement[col].to_numpy(bool)
                == b.coverage.per_settlement[col].to_numpy(bool)).all()


def test_saved_record_is_the_layer_as_computed(saved):
    folder, ds = saved
    m = _manifest(folder / "жоба.kzp")
    record = m["settlements"]
    assert record["file"] == str(folder / "елді мекендер.gpkg")
    assert record["reach_km"] == REACH
    assert record["weights"]["village"] == 2.5 and record["weights"]["hamlet"] == 0.3
    assert record["weights"] == dict(ds.settlements.weights)
    assert m["input_paths"][record["file"]] == "елді мекендер.gpkg"  # relative to the project


def test_moved_folder_opens_with_its_settlements(saved, tmp_path):
    """Another laptop: the folder (project + settlement file) elsewhere; the stored absolute
    path does not exist there, the relative one finds the file; reach and weights restored."""
    from kzplanner.app.settlements import attach_settlements
    from kzplanner.core.io.read.project_open import open_project

    folder, ds = saved
    moved = tmp_path / "Басқа ноутбук" / "Жоба"
    shutil.copytree(folder, moved)
    stored = _manifest(moved / "жоба.kzp")["settlements"]["file"]
    shutil.move(str(folder), str(tmp_path / "жоқ"))  # the saved place is gone
    try:
        project = open_project(moved / "жоба.kzp")
    finally:
        shutil.move(str(tmp_path / "жоқ"), str(folder))
    assert str(moved / "елді мекендер.gpkg") not in project.inputs_missing()
    assert project.settlements_problem is None
    opened = project.dataset
    assert opened.settlements is not None
    assert opened.coverage.reach_km == REACH
    assert opened.settlements.weights == ds.settlements.weights
    assert project.settlements["file"] == str(moved / "елді мекендер.gpkg") != stored
    # the same as attaching the file by hand with the same reach and weights
    _same_layer(opened, attach_settlements(ds, moved / "елді мекендер.gpkg", REACH, WEIGHTS))
    _same_layer(opened, ds)


def test_missing_settlement_file_loses_nothing_else(saved, tmp_path):
    from kzplanner.core.io.read.project_open import open_project
    from kzplanner.core.io.write.project_save import save_project

    folder, ds = saved
    copy = tmp_path / "Көшірме"
    copy.mkdir()
    shutil.copy(folder / "жоба.kzp", copy / "жоба.kzp")  # without the settlement file
    hidden = folder / "елді мекендер.gpkg"
    shutil.move(str(hidden), str(tmp_path / "hidden.gpkg"))
    try:
        project = open_project(copy / "жоба.kzp")
    finally:
        shutil.move(str(tmp_path / "hidden.gpkg"), str(hidden))
    assert str(hidden) in project.inputs_missing()
    assert project.dataset.settlements is None and project.settlements_problem is None
    assert [s.name for s in project.scenarios] == ["Жоспар"]
    assert project.scenarios[0].allocation is not None
    assert len(project.dataset.units) == len(ds.units)
    assert project.settlements["reach_km"] == REACH  # remembered all the same
    save_project(copy / "жоба.kzp", project)  # the next save keeps the record
    assert _manifest(copy / "жоба.kzp")["settlements"]["reach_km"] == REACH
    assert _manifest(copy / "жоба.kzp")["settlements"]["file"] == str(hidden)


def test_unusable_settlement_file_is_reported_not_fatal(saved, tmp_path):
    from kzplanner.core.io.read.project_open import open_project

    folder, _ds = saved
    copy = tmp_path / "Бұзылған"
    copy.mkdir()
    shutil.copy(folder / "жоба.kzp", copy / "жоба.kzp")
    (copy / "елді мекендер.gpkg").write_bytes(b"not a geopackage")  # found relative, broken
    hidden = folder / "елді мекендер.gpkg"
    shutil.move(str(hidden), str(tmp_path / "hidden.gpkg"))  # the saved place is gone
    try:
        project = open_project(copy / "жоба.kzp")
    finally:
        shutil.move(str(tmp_path / "hidden.gpkg"), str(hidden))
    assert project.settlements_problem is not None
    assert project.settlements_problem.message("kk")
    assert project.dataset.settlements is None and project.scenarios


def test_damaged_record_is_refused_with_its_place(saved, tmp_path):
    from kzplanner.core.io.read.project_open import open_project
    from kzplanner.errors import KZError

    folder, _ds = saved
    src, bad = folder / "жоба.kzp", tmp_path / "бүлінген.kzp"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "manifest.json":
                m = json.loads(data)
                m["settlements"]["reach_km"]["fap"] = -3
                data = json.dumps(m, ensure_ascii=False).encode("utf-8")
            zout.writestr(item, data)
    with pytest.raises(KZError) as err:
        open_project(bad)
    assert err.value.code == "project_invalid" and "manifest.json" in err.value.message("en")


def test_cli_plan_into_a_project_says_its_settlements_are_missing(saved, tmp_path, capsys):
    from kzplanner.app.strings import tr
    from kzplanner.cli.commands import main

    folder, _ds = saved
    copy = tmp_path / "Жаңа"
    copy.mkdir()
    shutil.copy(folder / "жоба.kzp", copy / "жоба.kzp")
    hidden = folder / "елді мекендер.gpkg"
    shutil.move(str(hidden), str(tmp_path / "hidden.gpkg"))
    try:
        assert main(["plan", "--project", str(copy / "жоба.kzp"), "--scenario", "Екінші",
                     "--budget", "200 000 000", "--lang", "kk"]) == 0
    finally:
        shutil.move(str(tmp_path / "hidden.gpkg"), str(hidden))
    err = capsys.readouterr().err
    assert tr("cli.settlements_missing_file", "kk", file=str(hidden)) in err
    m = _manifest(copy / "жоба.kzp")
    assert [s["name"] for s in m["scenarios"]] == ["Жоспар", "Екінші"]
    assert m["settlements"]["reach_km"] == REACH  # the record kept through the save


def test_the_bundled_sample_is_found_from_another_installation(sample_dataset, tmp_path):
    """A project made on the sample layer of an installation elsewhere (another user's
    Program Files) opens with this installation's sample, not as a missing file."""
    from dataclasses import replace

    from kzplanner.app.settlements import attach_settlements
    from kzplanner.core.io.project_model import Project
    from kzplanner.core.io.read.project_open import open_project
    from kzplanner.core.io.write.project_save import save_project

    ds = attach_settlements(sample_dataset, paths.sample_settlements(), REACH)
    elsewhere = r"C:\Users\Әлия\AppData\Local\Programs\KZ Planner\resources\sample\settlements.gpkg"
    layer = replace(ds.settlements, source=elsewhere)
    ds = replace(ds, settlements=layer, sources=[
        replace(s, file=elsewhere) if s.kind == "settlements" else s for s in ds.sources])
    save_project(tmp_path / "жоба.kzp", Project(dataset=ds))
    project = open_project(tmp_path / "жоба.kzp")
    assert elsewhere not in project.inputs_missing()
    assert project.dataset.settlements is not None
    assert project.dataset.coverage.reach_km == REACH

"""Project file, scenarios, comparison and the GIS/CSV exports."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
import zipfile

import geopandas as gpd
import pandas as pd
import pytest

from kzplanner.cli import main
from kzplanner.core.io.project_model import Project
from kzplanner.core.io.read.project_open import open_project
from kzplanner.core.io.write.plan_layers import write_plan_csv, write_plan_geopackage
from kzplanner.core.io.write.project_save import save_project
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.scenario import Scenario, compare_scenarios, run_scenario
from kzplanner.errors import KZError


@pytest.fixture(scope="module")
def project(sample_dataset):
    a, ra = run_scenario(sample_dataset, Scenario("Негізгі", PlanParams(budget_kzt=1e9)))
    b, rb = run_scenario(sample_dataset, Scenario("Әділ", PlanParams(budget_kzt=1e9,
                                                                      strategy="worst_first"),
                                                  notes="ӘҒҚҢӨҰҮҺІ"))
    return Project(dataset=sample_dataset, scenarios=[a, b], active="Әділ"), {a.name: ra,
                                                                             b.name: rb}


def test_round_trip_in_a_fresh_process_gives_identical_results(tmp_path, project):
    proj, results = project
    path = save_project(tmp_path / "жоба.kzp", proj)
    script = (
        "import json, sys\n"
        "from kzplanner.core.io.read.project_open import open_project\n"
        "from kzplanner.core.scenario import scenario_result\n"
        f"p = open_project(r'{path}')\n"
        "out = {}\n"
        "for s in p.scenarios:\n"
        "    r = scenario_result(p.dataset, s)\n"
        "    out[s.name] = [r.summary['spent'], r.summary['measures'],\n"
        "                   r.summary['combined_gap_after'], list(r.kits['inst_id']), s.notes]\n"
        "print(json.dumps(out, ensure_ascii=False))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
    got = json.loads(done.stdout.decode("utf-8"))
    for name, r in results.items():
        spent, people, gap, kits, _notes = got[name]
        assert spent == r.summary["spent"]
        assert people == json.loads(json.dumps(r.summary["measures"]))
        assert gap == r.summary["combined_gap_after"]
        assert kits == list(r.kits["inst_id"])
    assert got["Әділ"][4] == "ӘҒҚҢӨҰҮҺІ"
    reopened = open_project(path)
    assert reopened.active == "Әділ" and reopened.dataset.illustrative
    assert reopened.dataset.units.index.tolist() == proj.dataset.units.index.tolist()


def test_killed_during_save_leaves_the_previous_project_intact(tmp_path, project):
    proj, _ = project
    path = save_project(tmp_path / "p.kzp", proj)
    before = path.read_bytes()
    loop = (
        "from kzplanner.core.io.read.project_open import open_project\n"
        "from kzplanner.core.io.write.project_save import save_project\n"
        f"p = open_project(r'{path}')\n"
        "print('ready', flush=True)\n"
        f"while True: save_project(r'{path}', p)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", loop], stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(0.7)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    survivor = open_project(path)  # old or new, never half
    assert [s.name for s in survivor.scenarios] == [s.name for s in proj.scenarios]
    assert len(before) > 1000


def test_not_a_project_is_refused_clearly(tmp_path):
    bad = tmp_path / "x.kzp"
    bad.write_bytes(b"not a zip")
    with pytest.raises(KZError) as err:
        open_project(bad)
    assert err.value.code == "project_invalid"
    other = tmp_path / "other.kzp"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "something-else"}))
        zf.writestr("units.geojson", "{}")
        zf.writestr("institutions.csv", "")
    with pytest.raises(KZError) as err:
        open_project(other)
    assert "KZ Planner" in err.value.message("ru")


def test_comparison_has_deltas_and_per_unit_differences(project):
    _, results = project
    headlines, per_unit = compare_scenarios(results)
    assert "people_total" not in headlines.index  # each measure apart
    assert headlines.loc["people_served_by_kits", "Δ Әділ"] == pytest.approx(
        results["Әділ"].summary["measures"]["institutions"]["people_served"]
        - results["Негізгі"].summary["measures"]["institutions"]["people_served"])
    assert headlines.loc["institutions_connected", "Негізгі"] == results["Негізгі"].summary[
        "kits"]
    assert headlines.loc["gini_after", "Әділ"] < headlines.loc["gini_after", "Негізгі"]
    assert len(per_unit) == 224 and "Δ gap Әділ" in per_unit


def test_geopackage_and_csv_exports_keep_cyrillic_and_totals(tmp_path, sample_dataset, project):
    _, results = project
    r = results["Негізгі"]
    path = write_plan_geopackage(tmp_path / "Жоспар.gpkg", sample_dataset, r)
    units = gpd.read_file(path, layer="units")
    kits = gpd.read_file(path, layer="kits")
    assert len(units) == len(sample_dataset.units) and units["spent_kzt"].sum() == pytest.approx(r.summary["spent"])
    assert "Абай ауданы" in set(units["name_kk"])
    assert len(kits) == r.summary["kits"] and kits.geometry.geom_type.eq("Point").all()
    written = write_plan_csv(tmp_path / "жоспар.csv", sample_dataset, r)
    assert len(written) == 3
    assert written[0].read_bytes().startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(written[0], encoding="utf-8-sig", dtype={"unit_code": str})
    assert table["unit_code"].iloc[0] == sample_dataset.units.index[0]


def test_cli_stores_exports_and_compares_scenarios(tmp_path, capsys):
    proj = tmp_path / "Жоба.kzp"
    assert main(["plan", "--budget", "1e9", "--project", str(proj), "--scenario", "A"]) == 0
    assert main(["plan", "--budget", "1e9", "--strategy", "proportional", "--project",
                 str(proj), "--scenario", "B"]) == 0
    capsys.readouterr()
    assert main(["compare", "--project", str(proj), "--scenarios", "A", "B", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "people_total" not in data["headlines"]
    assert data["headlines"]["spent"]["A"] <= 1e9 and "newly_with_device" in data["headlines"]
    for suffix in (".xlsx", ".gpkg", ".csv"):
        assert main(["export", "--project", str(proj), "--scenario", "B", "--out",
                     str(tmp_path / f"B{suffix}")]) == 0
        assert (tmp_path / f"B{suffix}").stat().st_size > 0
    assert main(["export", "--project", str(proj), "--scenario", "C", "--out",
                 str(tmp_path / "C.xlsx")]) == 2
    assert "C" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_recalculates_the_workbook_totals(tmp_path, sample_dataset, project):
    from kzplanner.core.io.write.plan_workbook import write_plan_workbook

    _, results = project
    r = results["Әділ"]
    path = write_plan_workbook(tmp_path / "plan.xlsx", sample_dataset, r, lang="en")
    subprocess.run(["soffice", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
                    "false,-1", str(path), "--outdir", str(tmp_path)],
                   check=True, capture_output=True, timeout=180)
    alloc = pd.read_csv(tmp_path / "plan-Allocation.csv", header=None)
    total = alloc[alloc[0] == "Total"].iloc[0]
    assert float(total[6]) == pytest.approx(r.summary["spent"])
    assert float(total[7]) == pytest.approx(r.summary["measures"]["device"]["newly"])
    assert float(total[10]) == pytest.approx(r.summary["measures"]["institutions"]["people_served"])
    summary = pd.read_csv(tmp_path / "plan-Summary.csv", header=None)
    rows = dict(zip(summary[0], summary[1], strict=True))
    assert float(rows["Spent"]) == pytest.approx(r.summary["spent"])
    assert float(rows["Unspent"]) == pytest.approx(r.summary["unspent"])

"""Damaged project files (.kzp): each ends in its own KZError with a message in en/ru/kk, never
a traceback, before anything is built from it. Every damaged project is built here from a good
one, member by member."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzplanner.core.io.project_model import PROJECT_SCHEMA, Project, check_scenario_name
from kzplanner.core.io.read.project_container import json_depth
from kzplanner.core.io.read.project_open import open_project
from kzplanner.core.io.write.project_save import save_project
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.scenario import Scenario, run_scenario
from kzplanner.errors import KZError


@pytest.fixture(scope="module")
def sample_dataset(oblast_sample):
    """Written for oblast-level figures: the sample on today's 20 oblasts (tests/conftest.py)."""
    return oblast_sample


@pytest.fixture(scope="module")
def good(tmp_path_factory, sample_dataset) -> Path:
    a, _ = run_scenario(sample_dataset, Scenario("A", PlanParams(budget_kzt=1e9)))
    path = tmp_path_factory.mktemp("good") / "good.kzp"
    save_project(path, Project(dataset=sample_dataset, scenarios=[a], active="A"))
    return path


def _members(good: Path) -> tuple[dict, bytes, bytes]:
    with zipfile.ZipFile(good) as zf:
        return (json.loads(zf.read("manifest.json")), zf.read("units.geojson"),
                zf.read("institutions.csv"))


def _write(path: Path, manifest: object = None, units: bytes | None = None,
           inst: bytes | None = None, *, raw_manifest: bytes | str | None = None,
           symlink: bool = False) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if symlink:  # what `zip --symlinks` stores: the link's target as the member's text
            info = zipfile.ZipInfo("manifest.json")
            info.create_system = 3
            info.external_attr = 0o120777 << 16
            zf.writestr(info, "/etc/passwd")
        else:
            zf.writestr("manifest.json", raw_manifest if raw_manifest is not None
                        else json.dumps(manifest, ensure_ascii=False))
        zf.writestr("units.geojson", units)
        zf.writestr("institutions.csv", inst)
    return path


def _case(name: str, good: Path, tmp: Path) -> Path:
    """The damaged project `name`, made from the good one."""
    m, units, inst = _members(good)
    target = tmp / f"{name}.kzp"

    def with_(**changes):
        d = copy.deepcopy(m)
        d.update(changes)
        return d

    def scenario(**changes):
        d = copy.deepcopy(m)
        d["scenarios"][0].update(changes)
        return d

    if name == "symlink_member":
        return _write(target, units=units, inst=inst, symlink=True)
    if name == "deeply_nested_json":
        return _write(target, units=units, inst=inst,
                      raw_manifest="[" * 100_000 + "]" * 100_000)
    if name == "deep_json_inside_notes":
        text = json.dumps(m)[:-1] + ', "extra": ' + "[" * 5000 + "]" * 5000 + "}"
        return _write(target, units=units, inst=inst, raw_manifest=text)
    if name == "schema_as_text":
        return _write(target, with_(schema="two"), units, inst)
    if name == "schema_negative":
        return _write(target, with_(schema=-1), units, inst)
    if name == "schema_newer":
        return _write(target, with_(schema=PROJECT_SCHEMA + 7), units, inst)
    if name == "manifest_is_list":
        return _write(target, [1, 2, 3], units, inst)
    if name == "manifest_is_string":
        return _write(target, "a project", units, inst)
    if name == "bad_geojson":
        bad = {"type": "FeatureCollection", "features": [{
            "type": "Feature", "properties": {"unit_code": "110000000"},
            "geometry": {"type": "Polygon", "coordinates": "x"}}]}
        return _write(target, m, json.dumps(bad).encode(), inst)
    if name == "geojson_not_json":
        return _write(target, m, b'{"type": "FeatureCollection", "features": [', inst)
    if name == "units_without_code":
        g = json.loads(units)
        for f in g["features"]:
            f["properties"].pop("unit_code")
        return _write(target, m, json.dumps(g).encode(), inst)
    if name == "scenario_without_params":
        d = copy.deepcopy(m)
        d["scenarios"][0].pop("params")
        return _write(target, d, units, inst)
    if name == "unknown_match_method":
        d = copy.deepcopy(m)
        d["reconciliation"]["matches"] = [{"row": 0, "label": "x", "method": "magic"}]
        return _write(target, d, units, inst)
    if name == "unknown_strategy":
        d = copy.deepcopy(m)
        d["scenarios"][0]["params"]["strategy"] = "magic"
        return _write(target, d, units, inst)
    if name == "unknown_solver_method":
        d = copy.deepcopy(m)
        d["scenarios"][0]["allocation"]["solver"]["method"] = "magic"
        return _write(target, d, units, inst)
    if name == "unknown_active_scenario":
        return _write(target, with_(active="Nowhere"), units, inst)
    if name == "unknown_kit_reference":
        d = copy.deepcopy(m)
        d["scenarios"][0]["allocation"]["kits"].append("NO-SUCH-INSTITUTION")
        return _write(target, d, units, inst)
    if name == "unknown_unit_reference":
        d = copy.deepcopy(m)
        d["scenarios"][0]["allocation"]["vouchers"].append(
            ["999999999", "device_voucher", "pwd", 3])
        return _write(target, d, units, inst)
    if name == "unknown_source_choice":
        return _write(target, with_(source_choices={"population": "s9"}), units, inst)
    if name == "duplicate_inst_ids":
        lines = inst.decode("utf-8").splitlines()
        return _write(target, m, units, ("\n".join(lines + lines[1:]) + "\n").encode())
    if name == "stored_plan_over_budget":
        d = copy.deepcopy(m)
        d["scenarios"][0]["params"]["budget_kzt"] = 1e8  # the plan spends 1e9
        return _write(target, d, units, inst)
    if name == "line_break_in_name":
        return _write(target, scenario(name="Base\nplan") | {"active": "Base\nplan"},
                      units, inst)
    if name == "control_character_in_name":
        return _write(target, scenario(name="Base\x01plan") | {"active": "Base\x01plan"},
                      units, inst)
    if name == "control_character_in_institution":
        lines = inst.decode("utf-8").splitlines()
        lines[1] = lines[1].replace("ФАП", "ФАП\x07", 1)
        return _write(target, m, units, ("\n".join(lines) + "\n").encode())
    if name == "infinite_number":
        text = json.dumps(m).replace('"budget_kzt": 1000000000.0', '"budget_kzt": 1e400')
        assert "1e400" in text
        return _write(target, units=units, inst=inst, raw_manifest=text)
    if name == "nan_in_manifest":
        text = json.dumps(m).replace('"equity": 0.0', '"equity": NaN')
        assert "NaN" in text
        return _write(target, units=units, inst=inst, raw_manifest=text)
    if name == "member_missing":
        with zipfile.ZipFile(target, "w") as zf:
            zf.writestr("manifest.json", json.dumps(m))
            zf.writestr("units.geojson", units)
        return target
    if name == "not_a_zip":
        target.write_bytes(b"PK\x03\x04 but nothing after")
        return target
    if name == "infinite_people_served":
        text = inst.decode("utf-8").splitlines()
        head = text[0].split(",")
        row = text[1].split(",")
        row[head.index("people_served")] = "inf"
        text[1] = ",".join(row)
        return _write(target, m, units, ("\n".join(text) + "\n").encode())
    if name == "flag_not_boolean":
        text = inst.decode("utf-8").splitlines()
        head = text[0].split(",")
        row = text[1].split(",")
        row[head.index("connected")] = "perhaps"
        text[1] = ",".join(row)
        return _write(target, m, units, ("\n".join(text) + "\n").encode())
    raise AssertionError(name)


# name → the reason (project_detail.<reason>) it must give
CASES = {
    "symlink_member": "symlink",
    "deeply_nested_json": "too_deep",
    "deep_json_inside_notes": "too_deep",
    "schema_as_text": "schema_not_number",
    "schema_negative": "schema_unknown",
    "schema_newer": "schema_newer",
    "manifest_is_list": "manifest_kind",
    "manifest_is_string": "manifest_kind",
    "bad_geojson": "unit_geometry",
    "geojson_not_json": "not_json",
    "units_without_code": "unit_no_code",
    "scenario_without_params": "field_missing",
    "unknown_match_method": "field_value",
    "unknown_strategy": "scenario_params",
    "unknown_solver_method": "unknown_solver_method",
    "unknown_active_scenario": "unknown_active",
    "unknown_kit_reference": "unknown_kit_ref",
    "unknown_unit_reference": "unknown_unit_ref",
    "unknown_source_choice": "unknown_source_ref",
    "duplicate_inst_ids": "inst_id_twice",
    "stored_plan_over_budget": "over_budget",
    "line_break_in_name": "name_break",
    "control_character_in_name": "name_control",
    "control_character_in_institution": "name_control",
    "infinite_number": "not_finite",
    "nan_in_manifest": "not_finite",
    "member_missing": "member_missing",
    "not_a_zip": "not_zip",
    "infinite_people_served": "inst_number",
    "flag_not_boolean": "inst_flag",
}
# What the English message must say, beyond the file name.
SAYS = {
    "symlink_member": "symbolic link", "deeply_nested_json": "nested",
    "schema_as_text": "“two”", "schema_negative": "-1", "manifest_is_list": "a list",
    "manifest_is_string": "text", "units_without_code": "no code",
    "scenario_without_params": "“params”", "unknown_match_method": "magic",
    "unknown_strategy": "strategy", "unknown_active_scenario": "Nowhere",
    "unknown_kit_reference": "NO-SUCH-INSTITUTION", "unknown_unit_reference": "999999999",
    "duplicate_inst_ids": "listed 2 times", "stored_plan_over_budget": "more than its budget",
    "line_break_in_name": "line break", "control_character_in_name": "U+0001",
    "control_character_in_institution": "U+0007", "infinite_number": "1e400",
}


@pytest.mark.parametrize("name", list(CASES))
def test_damaged_project_gives_its_message(name, good, tmp_path):
    path = _case(name, good, tmp_path)
    started = time.monotonic()
    with pytest.raises(KZError) as info:
        open_project(path)
    assert time.monotonic() - started < 10
    err = info.value
    assert err.code == "project_invalid", (err.code, err.detail)
    assert err.extra.get("reason") == CASES[name], err.message("en")
    texts = {lang: err.message(lang) for lang in ("en", "ru", "kk")}
    for lang, text in texts.items():
        assert path.name in text and "{" not in text, (lang, text)
    assert texts["ru"] != texts["en"] and texts["kk"] != texts["ru"]
    if name in SAYS:
        assert SAYS[name] in texts["en"], texts["en"]


def test_every_damaged_project_is_a_message_from_the_command_line(good, tmp_path):
    """In a fresh process, as a planner runs it: exit 2, `kzplanner: …` on stderr, no traceback;
    `gui --screenshot` on a damaged project stops at once with the message."""
    paths = [_case(name, good, tmp_path) for name in CASES]
    script = (
        "import sys\n"
        "from kzplanner.cli import main\n"
        "codes = [main(['export', '--project', p, '--scenario', 'A', '--out', p + '.xlsx',\n"
        "               '--lang', 'kk']) for p in sys.argv[1:]]\n"
        "print(codes)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *map(str, paths)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str([2] * len(paths))
    assert "Traceback" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("kzplanner: ")]
    assert len(lines) == len(paths)
    assert all("ашуға болатын KZ Planner жобасы емес" in ln for ln in lines)
    started = time.monotonic()
    shot = subprocess.run(
        [sys.executable, "-m", "kzplanner", "gui", "--lang", "en", "--screenshot",
         str(tmp_path / "shot.png"), str(paths[list(CASES).index("duplicate_inst_ids")])],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert time.monotonic() - started < 30
    assert shot.returncode == 2 and "listed 2 times" in shot.stderr, shot.stderr
    assert "Traceback" not in shot.stderr


def test_a_schema_1_project_still_opens(good, tmp_path):
    m, units, inst = _members(good)
    old = {k: v for k, v in m.items() if k not in ("data_sources", "source_choices")}
    old["schema"] = 1
    project = open_project(_write(tmp_path / "old.kzp", old, units, inst))
    assert [s.name for s in project.scenarios] == ["A"]
    assert [s.id for s in project.dataset.data_sources] == ["s1"]


def test_a_manual_plan_over_its_budget_still_opens(good, tmp_path):
    """A manual edit may overspend (the window shows it red); only the solver's may not."""
    m, units, inst = _members(good)
    m["scenarios"][0]["params"]["budget_kzt"] = 1e8
    m["scenarios"][0]["allocation"]["solver"] = {"method": "manual", "status": "edited"}
    project = open_project(_write(tmp_path / "manual.kzp", m, units, inst))
    assert project.scenarios[0].allocation.solver["method"] == "manual"


def test_bad_scenario_names_are_refused_before_saving(good, tmp_path):
    project = open_project(good)
    for bad in ("Line\nbreak", "Bell\x07", "  "):
        with pytest.raises(KZError) as info:
            check_scenario_name(bad)
        assert info.value.code == "scenario_name_invalid"
    from dataclasses import replace

    project.scenarios = [replace(project.scenarios[0], name="Two\nlines")]
    project.active = "Two\nlines"
    with pytest.raises(KZError) as info:
        save_project(tmp_path / "never.kzp", project)
    assert info.value.code == "scenario_name_invalid"
    assert not (tmp_path / "never.kzp").exists()


def test_json_depth_ignores_brackets_in_strings():
    assert json_depth(b'{"a": "[[[[[[", "b": [[1]]}') == 3
    assert json_depth(b'"\\"[[[["') == 0
    assert json_depth(b"[" * 70 + b"]" * 70) == 70


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_fuzzed_manifest_raises_only_kzerror(data, good, tmp_path):
    """Any value of any manifest key replaced by random JSON: the project opens or says why."""
    m, units, inst = _members(good)
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers(-10**6, 10**12) | st.floats(allow_nan=False,
                                                                          allow_infinity=False)
        | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                    max_size=4),
        max_leaves=12)
    key = data.draw(st.sampled_from(sorted(m)))
    if data.draw(st.booleans()) and isinstance(m[key], dict) and m[key]:
        sub = data.draw(st.sampled_from(sorted(m[key])))
        m[key][sub] = data.draw(json_values)
    elif data.draw(st.booleans()) and key == "scenarios":
        field = data.draw(st.sampled_from(sorted(m["scenarios"][0])))
        m["scenarios"][0][field] = data.draw(json_values)
    else:
        m[key] = data.draw(json_values)
    path = _write(tmp_path / "fuzz.kzp", m, units, inst)
    try:
        open_project(path, clean=False)
    except KZError as exc:
        text = exc.message("kk")
        assert text and not re.search(r"\{[a-z_]+\}", text), text  # every field filled in


def test_opening_a_project_reserves_its_size_not_the_size_limit(good):
    """A read of n bytes allocates n at once: asking for the 1 GB limit reserved 1 GB for every
    project opened (committed memory on Windows)."""
    import tracemalloc

    tracemalloc.start()
    try:
        open_project(good)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024, peak


def test_a_project_file_that_grew_after_its_size_was_taken_is_read_whole():
    import io

    from kzplanner.core.io.read.project_container import _read_within

    content = bytes(range(256)) * 1000
    assert _read_within(io.BytesIO(content), 1000) == content
    assert _read_within(io.BytesIO(content), len(content)) == content

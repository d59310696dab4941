"""bench/run.py prints no figure that is not measured in the same run (issue 21).

Runs the smallest real bench path (the statistics reader against calamine and openpyxl, on
national inputs generated into tmp_path, one run each) with QGIS switched off, and checks that
every figure printed and saved — ours and every anchor — is the median of a record of that run,
that the ratio is computed from those medians, and that a row whose anchor was not measured
says "skipped: …" and computes no ratio. An AST check keeps typed-in anchor figures out of
bench/*.py. Timing itself is never asserted here.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import statistics
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def _load_measures() -> ModuleType:
    """bench/measures.py, loaded from its path (bench/ stays off sys.path: its modules have
    plain names such as run and doc)."""
    spec = importlib.util.spec_from_file_location("kz_bench_measures", BENCH / "measures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


bench_run = _load_measures()


def test_records_decide_every_verdict_and_ratio() -> None:
    rec = bench_run.Records()
    rec.add("ours", [0.3, 0.1, 0.2], "ours")
    rec.add("anchor", [1.0, 0.4, 0.5], "an anchor")
    rec.skip("missing", "not installed here", "an anchor that cannot run")
    row = bench_run.Row("x", "national", "ours", "anchor", "", (("×anchor", 0.5),), "")
    assert bench_run.ratio(row, rec) == pytest.approx(0.2 / 0.5)
    assert bench_run.verdict(row, rec) == "met"
    slow = bench_run.Row("x", "national", "ours", "anchor", "", (("×anchor", 0.3),), "")
    assert bench_run.verdict(slow, rec) == "not met"
    gone = bench_run.Row("x", "national", "ours", "missing", "", (("×anchor", 0.5),), "")
    assert bench_run.ratio(gone, rec) is None
    assert bench_run.verdict(gone, rec).startswith("unknown")
    cells = bench_run.table_lines([gone], rec)[0]
    assert cells[3] == "skipped" and "skipped: not installed here" in cells[7]


@pytest.fixture(scope="module")
def bench_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    tmp = tmp_path_factory.mktemp("bench")
    subprocess.run([sys.executable, str(BENCH / "generate.py"), str(tmp), "--only", "national"],
                   check=True, capture_output=True, timeout=120)
    out = tmp / "results.json"
    doc = tmp / "performance.md"
    proc = subprocess.run([sys.executable, str(BENCH / "run.py"), "--only", "stats", "qgis",
                           "--no-qgis", "--repeats", "1", "--sizes", "national", "--inputs",
                           str(tmp), "--json", str(out), "--write-doc", str(doc)],
                          check=True, capture_output=True, text=True, timeout=300, cwd=ROOT)
    return json.loads(out.read_text()), proc.stdout + doc.read_text()


def test_every_saved_figure_is_a_median_of_a_record(bench_output: tuple[dict, str]) -> None:
    data, printed = bench_output
    records, rows = data["records"], data["rows"]
    assert rows
    for row in rows:
        for key, column in (("ours", "ours"), ("anchor", "anchor")):
            rid = row[key]
            if rid is None:
                assert row["printed"][column] == "—"
                continue
            r = records[rid]  # every figure names a record of this run
            if r["skipped"]:
                assert r["runs"] == [] and r["median"] is None
                assert row["printed"][column] == "skipped"
                continue
            assert r["runs"], rid
            assert r["median"] == pytest.approx(statistics.median(r["runs"]))
            assert row["printed"][column] == bench_run.fmt_value(r["median"], r["unit"])
            assert row["printed"][column] in printed
        ours, anchor = records[row["ours"]], records.get(row["anchor"] or "")
        if anchor and anchor["median"]:
            assert row["ratio"] == pytest.approx(ours["median"] / anchor["median"])
        else:
            assert row["ratio"] is None


def test_baselines_are_measured_and_missing_anchors_say_skipped(
        bench_output: tuple[dict, str]) -> None:
    data, printed = bench_output
    records, rows = data["records"], data["rows"]
    stats = next(r for r in rows if r["ours"] == "stats_ours_national" and r["target"])
    assert stats["anchor"] == "stats_calamine_national"
    assert records["stats_calamine_national"]["runs"]
    assert stats["verdict"] in ("met", "not met")
    qgis = [r for r in rows if (r["anchor"] or r["ours"]).startswith("qgis_")]
    assert qgis, "the QGIS anchor row is missing"
    for row in qgis:
        rid = row["anchor"] or row["ours"]
        assert records[rid]["skipped"].startswith("not run")
        assert row["ratio"] is None
    assert "skipped: not run: --no-qgis given" in printed
    for rid, r in records.items():
        if rid.startswith("qgis_"):
            assert r["runs"] == [] and r["median"] is None


NUMBERED_WORDS = ("qgis", "anchor", "base")


def _names(target: ast.AST) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Attribute):
        return [target.attr]
    if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
        return [str(target.slice.value)]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for t in target.elts for n in _names(t)]
    return []


def _has_number(node: ast.AST | None) -> bool:
    return node is not None and any(
        isinstance(n, ast.Constant) and isinstance(n.value, (int, float))
        and not isinstance(n.value, bool) for n in ast.walk(node))


def test_no_anchor_figure_is_typed_into_bench_code() -> None:
    found = []
    for path in sorted(BENCH.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            pairs: list[tuple[str, ast.AST | None]] = []
            if isinstance(node, ast.Assign):
                pairs = [(n, node.value) for t in node.targets for n in _names(t)]
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
                pairs = [(n, node.value) for n in _names(node.target)]
            elif isinstance(node, ast.Dict):
                pairs = [(str(k.value), v) for k, v in zip(node.keys, node.values, strict=True)
                         if isinstance(k, ast.Constant)]
            elif isinstance(node, ast.keyword) and node.arg:
                pairs = [(node.arg, node.value)]
            for name, value in pairs:
                if any(w in name.lower() for w in NUMBERED_WORDS) and _has_number(value):
                    found.append(f"{path.name}:{node.lineno if hasattr(node, 'lineno') else '?'}"
                                 f" {name}")
    assert not found, f"numeric literals assigned to anchor-like names: {found}"


def test_the_ast_check_catches_a_typed_in_figure() -> None:
    tree = ast.parse("qgis = 1.75\nrow = {'base_s': 2.3}\n")
    caught = [n for node in ast.walk(tree) if isinstance(node, ast.Assign)
              for t in node.targets for n in _names(t)
              if any(w in n.lower() for w in NUMBERED_WORDS) and _has_number(node.value)]
    caught += [str(k.value) for node in ast.walk(tree) if isinstance(node, ast.Dict)
               for k, v in zip(node.keys, node.values, strict=True)
               if isinstance(k, ast.Constant) and _has_number(v)
               and any(w in str(k.value).lower() for w in NUMBERED_WORDS)]
    assert caught == ["qgis", "base_s"]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"kz_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_run_is_called_noisy_from_other_processes_cpu_not_from_its_own_load() -> None:
    """The load average at a run's end counts the bench itself (one core busy): the verdict
    comes from the CPU time other processes used while it ran."""
    benchlib, doc = _load("benchlib"), _load("doc")
    # the machine used 130 CPU s in 100 s, the bench and its children 120 s: others 0.1 core
    assert benchlib.others_cores((1000.0, 5.0), (1130.0, 125.0), 100.0) == pytest.approx(0.1)
    assert benchlib.others_cores(None, (1.0, 1.0), 10.0) is None
    start = benchlib.cpu_seconds()
    assert start is None or (start[0] > 0 and start[1] >= 0)
    quiet = doc._quiet_or_noisy({"others_cores": 0.05}, [0.1] * 3, [1.1] * 3)
    noisy = doc._quiet_or_noisy({"others_cores": 0.9}, [0.1] * 3, [1.1] * 3)
    assert "quiet" in quiet and "noisy" not in quiet
    assert "noisy" in noisy and "0.90 cores" in noisy
    assert "noisy" in doc._quiet_or_noisy({}, [0.1] * 3, [1.1] * 3)  # no CPU figures: load


def test_the_page_says_how_fast_the_machine_ran_at_the_start_and_the_end() -> None:
    """The host lends a virtual machine different speeds at different hours: the page says
    what a fixed workload took at the run's start and end, so that runs can be compared."""
    benchlib, doc = _load("benchlib"), _load("doc")
    probe = benchlib.speed_probe_ms(rounds=1)
    assert 0 < probe < 60_000
    line = doc._speed_line({"speed_start_ms": 41.6, "speed_end_ms": 58.2})
    assert "42 ms at the start, 58 ms at the end" in line
    assert "not probed" in doc._speed_line({})


def test_a_start_counts_the_cache_entries_it_found(tmp_path, monkeypatch) -> None:
    """gui_start's cache_hits: what bench/run.py checks to say that a start meant to be warm
    ran cold (its cache keys name the code: a file edited during the run misses them)."""
    from kzplanner.core.io import input_cache

    monkeypatch.setenv("KZPLANNER_CACHE_DIR", str(tmp_path / "кэш"))
    monkeypatch.setattr(input_cache, "load", input_cache.load)  # restored after the test
    hits = _load("gui_start")._count_cache_hits()
    key = input_cache.cache_key([tmp_path], "bench-test")
    assert input_cache.load(key) is None and hits == [0]
    assert input_cache.store(key, {"Қазақстан": 1})
    assert input_cache.load(key) == {"Қазақстан": 1} and hits == [1]

"""The parsed-input cache: a hit only for unchanged files, damage costs nothing but time."""

from __future__ import annotations

import os
import pickle

import pytest

from kzplanner.core.io import input_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "кэш Ққ Әә"
    monkeypatch.setenv("KZPLANNER_CACHE_DIR", str(folder))
    return folder


def _file(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="cp1251")
    return path


def test_a_changed_file_is_a_miss(cache, tmp_path):
    src = _file(tmp_path / "деректер", "статистика.csv", "код;Население\n1;100\n")
    key = input_cache.cache_key([src, None], "x")
    assert input_cache.load(key) is None
    assert input_cache.store(key, {"units": ["Қостанай"]})
    assert input_cache.load(input_cache.cache_key([src, None], "x")) == {"units": ["Қостанай"]}
    assert input_cache.load(input_cache.cache_key([src, None], "other")) is None
    src.write_text("код;Население\n1;101\n", encoding="cp1251")
    os.utime(src, ns=(src.stat().st_atime_ns, src.stat().st_mtime_ns + 1_000_000))
    assert input_cache.load(input_cache.cache_key([src, None], "x")) is None


def test_missing_file_means_no_caching(cache, tmp_path):
    assert input_cache.cache_key([tmp_path / "нет.xlsx"]) is None
    assert not input_cache.store(None, 1)
    assert input_cache.load(None) is None


def test_damaged_entry_is_removed_and_missed(cache, tmp_path):
    src = _file(tmp_path, "a.csv", "x\n")
    key = input_cache.cache_key([src])
    input_cache.store(key, [1, 2, 3])
    entry = next(cache.glob("*.kzcache"))
    entry.write_bytes(pickle.dumps([1, 2, 3])[:5])
    assert input_cache.load(key) is None
    assert not entry.exists()


def test_only_the_newest_entries_are_kept(cache, tmp_path):
    for i in range(input_cache.KEEP + 3):
        src = _file(tmp_path, f"f{i}.csv", str(i))
        input_cache.store(input_cache.cache_key([src]), i)
    assert len(list(cache.glob("*.kzcache"))) == input_cache.KEEP


def test_off_switch(monkeypatch, tmp_path):
    monkeypatch.setenv("KZPLANNER_CACHE_DIR", "off")
    src = _file(tmp_path, "a.csv", "x\n")
    key = input_cache.cache_key([src])
    assert not input_cache.store(key, 1)
    assert input_cache.load(key) is None


def test_prepared_sample_comes_back_equal(cache):
    from kzplanner.app.display.prepared import load_prepared
    from kzplanner.core.planning.parameters import PlanParams

    first = load_prepared(None, None, PlanParams())
    assert len(list(cache.glob("*.kzcache"))) == 2  # the dataset, and the map's own entry
    again = load_prepared(None, None, PlanParams())
    assert again is not first  # read back from the cache, not kept in memory
    assert again.baseline.equals(first.baseline)
    assert again.dataset.units.equals(first.dataset.units)
    assert (again.points_xy == first.points_xy).sum() == (first.points_xy == first.points_xy).sum()
    other = load_prepared(None, None, PlanParams(budget_kzt=5e8))  # same data, new parameters
    assert other.baseline.equals(first.baseline)


def test_map_entry_draws_what_the_dataset_draws(cache):
    from kzplanner.app.display.map_data import cached_map
    from kzplanner.app.display.prepared import load_prepared
    from kzplanner.core.planning.parameters import PlanParams

    params = PlanParams()
    assert cached_map(None, None, None, repr(params)) is None
    first = load_prepared(None, None, params)
    preview = cached_map(None, None, None, repr(params))
    assert preview is not None and preview is not first.map
    assert preview.same_drawing(first.map)
    assert len(preview.codes) == len(first.dataset.units) and preview.unit_names("kk") == first.dataset.unit_names("kk")
    # other parameters (the baseline depends on them) or other inputs: no preview
    assert cached_map(None, None, None, repr(PlanParams(budget_kzt=5e8))) is None


def test_a_new_frozen_build_is_new_code_even_with_the_same_version(cache, tmp_path,
                                                                    monkeypatch):
    import sys

    exe = tmp_path / "KZ Planner" / "KZPlanner.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"build one")
    src = _file(tmp_path, "s.csv", "a\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    input_cache._code_stamp.cache_clear()
    try:
        first = input_cache.cache_key([src])
        assert input_cache.cache_key([src]) == first
        exe.write_bytes(b"build two, larger")
        input_cache._code_stamp.cache_clear()
        assert input_cache.cache_key([src]) != first
    finally:
        input_cache._code_stamp.cache_clear()


def test_an_entry_of_another_shape_is_parsed_again(cache):
    from kzplanner.app.display.prepared import load_prepared
    from kzplanner.core.planning.parameters import PlanParams

    first = load_prepared(None, None, PlanParams())
    (entry,) = [p for p in cache.glob("*.kzcache")
                if isinstance(pickle.loads(p.read_bytes()), tuple)
                and len(pickle.loads(p.read_bytes())) == 3]
    ds, params_repr, prepared = pickle.loads(entry.read_bytes())
    old = object.__new__(type(prepared))  # as an older build pickled it: no map
    object.__setattr__(old, "__dict__", {k: v for k, v in prepared.__dict__.items()
                                         if k != "map"})
    entry.write_bytes(pickle.dumps((ds, params_repr, old)))
    again = load_prepared(None, None, PlanParams())
    assert again.map.same_drawing(first.map)


def test_an_entry_that_cannot_be_written_leaves_nothing_behind(cache, tmp_path):
    """The entry is pickled straight into its temporary file (no copy in memory): a value
    that cannot be pickled part-way through leaves neither that file nor an entry."""
    src = _file(tmp_path / "деректер", "статистика.csv", "код;Население\n1;100\n")
    key = input_cache.cache_key([src, None], "x")
    assert input_cache.store(key, {"ok": list(range(1000))})
    before = sorted(p.name for p in cache.iterdir())
    assert not input_cache.store(key, {"a": list(range(100_000)), "b": lambda: 0})
    assert sorted(p.name for p in cache.iterdir()) == before  # the old entry stays, no leftovers
    assert input_cache.load(key) == {"ok": list(range(1000))}


def test_the_map_is_kept_once_in_the_cache_and_read_once_at_a_start(cache):
    """The prepared entry holds no map (the map's own entry has it): a warm start unpickles
    the map once (~28 MB at 200,000 institutions), the one the window painted first."""
    from kzplanner.app.display.map_data import cached_map
    from kzplanner.app.display.prepared import load_prepared
    from kzplanner.core.planning.parameters import PlanParams

    params = PlanParams()
    first = load_prepared(None, None, params)
    entries = [pickle.loads(p.read_bytes()) for p in cache.glob("*.kzcache")]
    (prepared_entry,) = [e for e in entries if len(e) == 3]
    assert prepared_entry[2].map is None
    preview = cached_map(None, None, None, repr(params))
    again = load_prepared(None, None, params, drawn=preview)
    assert again.map is preview
    assert again.baseline.equals(first.baseline)


def test_a_pruned_map_entry_is_made_again_from_the_parsed_data(cache):
    from kzplanner.app.display.map_data import cached_map
    from kzplanner.app.display.prepared import load_prepared
    from kzplanner.core.planning.parameters import PlanParams

    params = PlanParams()
    first = load_prepared(None, None, params)
    (map_entry,) = [p for p in cache.glob("*.kzcache") if len(pickle.loads(p.read_bytes())) == 2]
    map_entry.unlink()
    again = load_prepared(None, None, params)
    assert again.map is not None and again.map.same_drawing(first.map)
    assert cached_map(None, None, None, repr(params)) is not None  # written again

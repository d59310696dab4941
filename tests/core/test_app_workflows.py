"""kzplanner.app's workflows without Qt: plan parameters built once (plan and map), loading a
statistics table (detect, confirm the columns, check, load) as the wizard and `check` do."""

from __future__ import annotations

import pytest

from kzplanner import paths
from kzplanner.app import load, plan
from kzplanner.errors import KZError


def test_plan_params_from_overrides_and_file(tmp_path):
    with pytest.raises(KZError) as err:
        plan.plan_params(None)
    assert err.value.column == "--budget"
    params = plan.plan_params(None, budget=1e9, strategy="proportional", equity=0.5)
    assert (params.budget_kzt, params.strategy, params.equity) == (1e9, "proportional", 0.5)
    path = tmp_path / "p.toml"
    plan.save_params(path, params)
    again = plan.plan_params(path, strategy="equal")
    assert again.budget_kzt == 1e9 and again.strategy == "equal" and again.equity == 0.5
    # the map's plan: the defaults, a budget optional
    default = plan.plan_params(None, require_budget=False)
    assert default.budget_kzt == 2e9
    with pytest.raises(KZError):
        plan.plan_params(None, budget=-1.0)


def test_plan_summary_matches_the_plan(sample_dataset):
    params = plan.plan_params(None, budget=2e9, strategy="proportional")
    result = plan.make_plan(sample_dataset, params)
    summary = plan.plan_summary(sample_dataset, params, result, lang="en", details=True)
    assert summary["spent"] == result.summary["spent"]
    assert "next_million" in summary and summary["illustrative_data"] is True
    assert not set(plan.CROSS_MEASURE_COLUMNS) & set(summary["curve"][0])
    assert len(summary["units"]) == len(result.per_unit())


def test_detect_confirm_check_and_load():
    stats = str(paths.sample_statistics())
    det = load.detect(stats, None, with_offers=True)
    assert det.proposal.mapping.columns and det.grid.cells
    mapping = det.proposal.mapping
    columns, _chosen = load.column_rows(det.proposal, mapping)
    assert columns
    assert load.confirm_columns(mapping, det.grid, columns, []) == ("data.wiz.none_mapped", {})
    if len(columns) > 1:
        refused = load.confirm_columns(mapping, det.grid, columns,
                                       [(0, "population", "header", "number"),
                                        (1, "population", "header", "number")])
        assert refused == ("data.wiz.twice", {"indicator": "population",
                                              "a": columns[0].column, "b": columns[1].column})
    assert load.confirm_columns(mapping, det.grid, columns,
                                [(0, "population", "header", "number")]) is None
    assert [(c.indicator, c.column) for c in mapping.columns] == \
        [("population", columns[0].column)]
    source = load.confirmed_source(stats, mapping)
    assert source.file == stats and source.mapping == mapping.to_dict()


def test_load_data_is_what_check_reports():
    boundaries = str(paths.sample_boundaries())
    stats = str(paths.sample_statistics())
    ds, mapping, proposal = load.load_data(boundaries, stats, None, detect=True)
    assert mapping is not None and proposal is not None
    report = load.build_report(ds, mapping)
    assert report["units"] == len(ds.units) and report["mapping"] == mapping.to_dict()
    assert load.text_report(report, "en")
    with pytest.raises(KZError) as err:
        load.read_options(None, sheet="x")
    assert err.value.code == "option_needs_stats"
    assert load.statistics_sources([stats], {}) is None
    two = load.statistics_sources([stats, stats], {"year": []})
    assert two is not None and len(two) == 2

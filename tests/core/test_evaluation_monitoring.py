"""The monitoring catalogue of seed 000: complete, trilingual, typed; the module doctests run."""

from __future__ import annotations

import doctest

import pytest

import kzplanner.core.evaluation
import kzplanner.core.monitoring
from kzplanner.core.monitoring import (
    AREAS,
    KINDS,
    MONITORING_INDICATORS,
    monitoring_ids,
    monitoring_indicator,
    monitoring_kinds,
    monitoring_labels,
)


def test_every_seed_000_indicator_is_catalogued_in_three_languages():
    ids = set(monitoring_ids())
    # seed 000, "Monitoring indicators": institutional access, usage, skills, outcomes, safety
    for expected in ("rural_schools_full_access_share", "rural_faps_full_access_share",
                     "network_downtime_median_min", "synchronous_lessons_share",
                     "video_session_avg_min", "digital_confidence_female_carers",
                     "digital_confidence_elderly_60plus", "digital_confidence_rural",
                     "learning_outcome_rural", "learning_outcome_urban",
                     "digital_employment_share_small_towns", "telemedicine_cases_completed",
                     "ai_module_audit_share"):
        assert expected in ids
    assert len(ids) == len(MONITORING_INDICATORS)
    for m in MONITORING_INDICATORS:
        assert m.id == m.id.lower() and " " not in m.id
        assert m.kind in KINDS and m.area in AREAS
        for lang in ("en", "ru", "kk"):
            assert m.text(lang) and len(m.describe(lang)) > 30
        assert m.text("ru") != m.text("en") and m.text("kk") != m.text("ru")
    assert {m.area for m in MONITORING_INDICATORS} == set(AREAS)


def test_lookups():
    assert monitoring_indicator("network_downtime_median_min").bad_is_high
    assert monitoring_indicator("nope") is None
    assert monitoring_kinds()["synchronous_lessons_share"] == "share"
    assert monitoring_labels()["digital_confidence_rural"]["kk"].startswith("Цифрлық")
    assert monitoring_ids("safety")[0] == "security_incidents"


@pytest.mark.parametrize("module", [kzplanner.core.evaluation, kzplanner.core.monitoring])
def test_docstring_examples_run(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_monitoring_template_writes_every_indicator_with_kazakh_headers(tmp_path, capsys):
    import openpyxl

    from kzplanner import paths
    from kzplanner.cli import main
    from kzplanner.core.catalogue import label
    from kzplanner.core.monitoring import MONITORING_INDICATORS

    out = tmp_path / "мониторинг.xlsx"
    assert main(["template", "--boundaries", str(paths.natural_earth_boundaries()), "--out", str(out),
                 "--lang", "kk", "--monitoring"]) == 0
    ws = openpyxl.load_workbook(out)["statistics"]
    headers = [c.value for c in ws[2]]
    ids = [c.value for c in ws[3]]
    for m in MONITORING_INDICATORS:
        assert m.id in ids
        assert label(m.id, "kk") in headers  # the catalogue knows the monitoring labels

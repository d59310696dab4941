"""GUI-side logic that needs no window: strings, classes, names, formatting of changes."""

from __future__ import annotations

import pytest

from kzplanner.gui.map.unit_names import short_name
from kzplanner.gui.planning.plan_export import default_file_name


@pytest.mark.parametrize(("name", "short"), [
    ("Акмолинская область", "Акмолинская"), ("Ақмола облысы", "Ақмола"),
    ("г. Астана", "Астана"), ("Астана қаласы", "Астана"), ("Akmola Region", "Akmola"),
    ("Astana", "Astana"),
])
def test_short_names(name, short):
    assert short_name(name) == short


def test_default_export_name():
    import datetime as dt

    assert default_file_name("max_impact", dt.date(2025, 3, 1)) == \
        "kz_plan_max_impact_2025-03-01.xlsx"

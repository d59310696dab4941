"""Loading the real 2024 oblast boundaries over the sample statistics (skipped when absent)."""

from __future__ import annotations

import pytest

from .conftest import PLAN_TIMEOUT_MS

pytestmark = pytest.mark.realdata


def test_current_boundaries_replace_the_map(window, qtbot, real_data, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    shp = real_data / "geokz" / "kaz_admbnda_adm1_2024.shp"
    if not shp.is_file():
        pytest.skip(f"{shp} is absent")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(shp), "")))
    state = window.state
    # statistics of 2023 first shown on Natural Earth's pre-2018 units: the banner offers
    # current boundaries
    from kzplanner import paths

    before = state.dataset
    state.load_boundaries(paths.natural_earth_boundaries())
    qtbot.waitUntil(lambda: state.dataset is not before and state.result is not None
                    and not state.busy, timeout=PLAN_TIMEOUT_MS)
    assert window.banner.load_button.isVisible()
    old = state.dataset
    window.banner.load_button.click()  # "Load current boundaries…"; a second load on a worker
    qtbot.waitUntil(lambda: state.dataset is not old and state.result is not None
                    and not state.busy, timeout=PLAN_TIMEOUT_MS)
    view = window.map_panel.view
    assert len(view.unit_items) == 20  # Abay, Zhetysu, Ulytau, Turkistan, Shymkent
    assert not window.banner.predate_label.isVisible()
    assert window.banner.illustrative_label.isVisible()  # the statistics are still the sample
    # the sample's district rows are summed into every one of today's oblasts: no unit without
    no_data = [r for r in view.legend.rows() if r.colour is None]
    assert not no_data
    assert "geokz" in view.caption.text() and "CC BY 4.0" in view.caption.text()  # its licence
    # the register stays with new boundaries (its points placed in today's oblasts)
    assert window.map_panel.institutions_check.isEnabled()
    assert len(state.dataset.institutions) == 9537

"""The import wizard's mapping and decisions travel with the project file."""

from __future__ import annotations

from .conftest import PLAN_TIMEOUT_MS
from .test_import_wizard import messy_bulletin


def test_wizard_mapping_is_kept_in_the_project(window, qtbot, tmp_path):
    from kzplanner.gui.data.import_wizard import ImportWizard

    state = window.state
    qtbot.waitUntil(lambda: not state.busy, timeout=PLAN_TIMEOUT_MS)
    path = messy_bulletin(tmp_path / "бюллетень.xlsx")
    wiz = ImportWizard(state, window, path=str(path))
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.detection is not None, timeout=20_000)
    wiz.next()
    wiz.next()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.check_page.result is not None, timeout=20_000)
    panel = wiz.check_page.panel
    panel.confirm(panel.row_of("Павлодраская"))
    wiz.accept()
    qtbot.waitUntil(lambda: not state.busy, timeout=PLAN_TIMEOUT_MS)
    kept = window.project.session.mappings[str(path)]
    assert kept["decisions"]["Павлодраская"] == "550000000"
    assert any(c.get("indicator") == "schools_total" for c in kept["columns"])
    state.load()  # back to the sample for the other tests
    qtbot.waitUntil(lambda: state.result is not None and not state.busy,
                    timeout=PLAN_TIMEOUT_MS)

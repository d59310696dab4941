"""Data → Check's decisions saved with the wizard's mapping (template_action.reload_with_decisions):
the mapping file is written where the wizard saved it, with the decisions, and the data reload."""

from __future__ import annotations

from kzplanner import paths
from kzplanner.core.io.read import layout
from kzplanner.gui.data.template_action import ImportRecord
from tests.gui.conftest import PLAN_TIMEOUT_MS


def test_checks_decisions_are_saved_with_the_wizards_mapping(window, qtbot, tmp_path):
    state = window.state
    features = window.data_features
    saved = tmp_path / "маппинг Қостанай.json"
    mapping = layout.StatsMapping(sheet="statistics", header_rows=[3], unit_column="A",
                                  unit_kind="code")
    features.record = ImportRecord(str(paths.sample_statistics()), mapping, str(saved))
    assert features.import_record() is not None  # the sample's table is the source in use
    label = state.dataset.reconciliation.matches[0]["label"]
    old = state.dataset
    features.reload_with_decisions({label: None})
    qtbot.waitUntil(lambda: state.dataset is not old and not state.busy,
                    timeout=PLAN_TIMEOUT_MS)
    written = layout.load_mapping(saved)
    assert written.unit_column == "A" and written.sheet == "statistics"
    assert written.decisions == features.record.mapping.decisions
    assert label in written.decisions
    features.record = None

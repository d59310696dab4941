"""Data → Sources (issue 15): tables added one by one in the window join the ones in use
(population, schools, households without internet), next year's file replaces one with its
mapping offered again, a removed table takes only its own indicators along; the map, the
missing-inputs banner and the out-of-date plan follow at each step. The template for what is
missing, filled in, joins as one more source."""

from __future__ import annotations

import openpyxl
import pytest

from kzplanner import paths
from kzplanner.core.catalogue import DEFAULT_GROUPS, group_columns

from .conftest import PLAN_TIMEOUT_MS
from .test_import_wizard import shot_dir

GROUP_COLUMNS = tuple(c for g in DEFAULT_GROUPS for c in group_columns(g))


def sample_units() -> list[tuple[str, str]]:
    """Today's oblasts and cities (KATO code, Russian name) in their order: the window's units."""
    from kzplanner.core.io.read.boundaries import read_boundaries

    units = read_boundaries(paths.bundled_boundaries("adm1"))
    return [(str(c), str(n)) for c, n in zip(units.index, units["name_ru"], strict=True)]


def bureau_table(path, title_ru: str, title_kk: str, unit: str, values: dict[str, float],
                 year: int) -> str:
    """One indicator by region in the Bureau's layout: bilingual title, unit caption, a merged
    header (territory | year over the previous and this year), the republic row, the regions
    by their Russian names, a note below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1.1"
    ws["A1"] = f"{title_kk} / {title_ru}"
    ws["C2"] = unit
    ws["A3"] = "Аумақ / Территория"
    ws.merge_cells("A3:A4")
    ws["B3"] = "жыл / год"
    ws.merge_cells("B3:C3")
    ws["B4"], ws["C4"] = str(year - 1), str(year)
    units = sample_units()
    before = {c: round(v * 0.97) for c, v in values.items()}
    ws["A5"] = "Қазақстан Республикасы / Республика Казахстан"
    ws["B5"], ws["C5"] = sum(before.values()), sum(values.values())
    for k, (code, name) in enumerate(units):
        ws.cell(6 + k, 1, name)
        ws.cell(6 + k, 2, before[code])
        ws.cell(6 + k, 3, values[code])
    ws.cell(7 + len(units), 1, "Примечание: данные условные.")
    wb.save(path)
    return str(path)


@pytest.fixture
def fresh_window(styled_app, qtbot):
    """A window of its own on the bundled sample's oblast level (this test changes its data
    sources, Bureau tables by oblast)."""
    from kzplanner.gui.app import wait_for_plan
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    state = AppState(language="en")
    win = MainWindow(state)
    win.resize(1400, 900)
    win.show()
    state.load(paths.bundled_boundaries("adm1"), paths.sample_statistics(),
               paths.sample_institutions())
    assert wait_for_plan(state, PLAN_TIMEOUT_MS)
    yield win
    win.close()
    win.deleteLater()
    styled_app.processEvents()


def finish_wizard(wiz, qtbot) -> None:
    """Through the wizard's pages as a planner confirms them, then Finish."""
    wiz.show()
    qtbot.waitUntil(lambda: wiz.detection is not None and not wiz.busy, timeout=20_000)
    wiz.next()
    wiz.next()
    wiz.next()
    assert wiz.currentPage() is wiz.check_page
    qtbot.waitUntil(lambda: wiz.check_page.result is not None, timeout=20_000)
    wiz.accept()


class Landing:
    """What the window shows at the moment a new dataset lands (before any new plan)."""

    def __init__(self, win) -> None:
        self.win = win
        self.seen: list[tuple[bool, bool, str]] = []
        win.state.dataset_changed.connect(self._record)

    def _record(self) -> None:
        banner = self.win.banner
        self.seen.append((self.win.state.plan_out_of_date, banner.stale_label.isVisibleTo(banner),
                          self.win.allocation_panel.status.text()))


def wait_for_reload(state, qtbot, old) -> None:
    qtbot.waitUntil(lambda: state.dataset is not old and not state.busy,
                    timeout=PLAN_TIMEOUT_MS)


def test_sources_added_replaced_and_removed_in_the_window(fresh_window, qtbot, tmp_path):
    win = fresh_window
    state = win.state
    banner = win.banner
    panel = win.sources_feature.show_panel()
    landing = Landing(win)
    codes = [c for c, _ in sample_units()]
    sample_population = state.map_data.values("population").copy()

    # the start: the one sample file, nothing missing, the plan current
    assert [s.id for s in state.data_sources()] == ["s1"]
    assert panel.tree.topLevelItemCount() == 1
    assert not banner.missing_label.isVisibleTo(banner)
    assert not state.plan_out_of_date

    pop22 = {c: 100_000.0 + 1_000 * i for i, c in enumerate(codes)}
    schools = {c: float(100 + i) for i, c in enumerate(codes)}
    internet = {c: float(5_000 + 731 * i) for i, c in enumerate(codes)}
    pop24 = {c: 120_000.0 + 1_500 * i for i, c in enumerate(codes)}
    files = {
        "pop22": bureau_table(tmp_path / "халық_2022.xlsx", "Численность населения",
                              "Халық саны", "человек", pop22, 2022),
        "schools": bureau_table(tmp_path / "мектептер.xlsx", "Число общеобразовательных школ",
                                "Жалпы білім беретін мектептер саны", "единиц", schools, 2023),
        "internet": bureau_table(
            tmp_path / "үй шаруашылықтары интернет.xlsx",
            "Число домашних хозяйств, не имеющих доступа к сети Интернет",
            "Интернетке қолжетімділігі жоқ үй шаруашылықтарының саны", "единиц", internet,
            2023),
        "pop24": bureau_table(tmp_path / "халық_2024.xlsx", "Численность населения",
                              "Халық саны", "человек", pop24, 2024),
    }

    # 1. population, with re-planning off: the new data make the old plan out of date
    state.set_auto_plan(False)
    old = state.dataset
    finish_wizard(panel.add(files["pop22"]), qtbot)
    wait_for_reload(state, qtbot, old)
    assert [s.id for s in state.data_sources()] == ["s1", "s2"]
    assert list(state.map_data.values("population")) == [pop22[c] for c in codes]
    # the sample's other indicators stay: adding never replaces the dataset
    assert state.map_data.values("schools_total")[0] == old.units["schools_total"].iloc[0]
    assert state.plan_out_of_date and state.result is None
    assert banner.stale_label.isVisibleTo(banner) and banner.recalc_button.isVisibleTo(banner)
    assert "out of date" in banner.stale_label.text()
    assert not win.allocation_panel.status.text().startswith("✓")
    # two sources give population: a visible choice, the newer year by default
    assert panel.combos["population"].currentData() == "s2"
    banner.recalc_button.click()
    qtbot.waitUntil(lambda: state.result is not None and not state.busy,
                    timeout=PLAN_TIMEOUT_MS)
    assert not state.plan_out_of_date and not banner.stale_label.isVisibleTo(banner)
    assert win.allocation_panel.status.text().startswith("✓")

    # the planner's choice of source is kept with the dataset
    old = state.dataset
    panel.choose("population", "s1")
    wait_for_reload(state, qtbot, old)
    assert list(state.map_data.values("population")) == list(sample_population)
    assert state.dataset.source_choices == {"population": "s1"}
    assert panel.combos["population"].currentData() == "s1"
    old = state.dataset
    panel.choose("population", "s2")
    wait_for_reload(state, qtbot, old)

    # 2. schools and 3. households without internet, re-planning on: the new plan arrives
    state.set_auto_plan(True)
    for key, column, values, sid in (("schools", "schools_total", schools, "s3"),
                                     ("internet", "households_no_internet", internet, "s4")):
        old = state.dataset
        finish_wizard(panel.add(files[key]), qtbot)
        wait_for_reload(state, qtbot, old)
        assert list(state.map_data.values(column)) == [values[c] for c in codes]
        assert next(s for s in state.data_sources() if s.id == sid).used == [column]
        assert landing.seen[-1][:2] == (True, True)  # out of date when the data landed …
        assert state.result is not None and not state.plan_out_of_date  # … then re-planned
        assert win.allocation_panel.status.text().startswith("✓")
    assert list(state.map_data.values("population")) == [pop22[c] for c in codes]
    assert panel.tree.topLevelItemCount() == 4
    assert not banner.missing_label.isVisibleTo(banner)  # the sample still gives the rest

    # 4. next year's population file replaces s2: its mapping is offered, the id stays
    old = state.dataset
    wiz = panel.replace("s2", files["pop24"])
    qtbot.waitUntil(lambda: wiz.detection is not None and not wiz.busy, timeout=20_000)
    assert wiz.file_page.offer_check.isChecked()
    assert "халық_2022.xlsx" in wiz.file_page.offer_combo.currentText()
    assert [c.indicator for c in wiz.mapping.columns] == ["population"]
    assert wiz.mapping.year is None
    finish_wizard(wiz, qtbot)
    wait_for_reload(state, qtbot, old)
    replaced = next(s for s in state.data_sources() if s.id == "s2")
    assert replaced.file.endswith("халық_2024.xlsx") and replaced.period == "2024"
    assert [s.id for s in state.data_sources()] == ["s1", "s2", "s3", "s4"]
    assert list(state.map_data.values("population")) == [pop24[c] for c in codes]
    assert landing.seen[-1][:2] == (True, True) and not state.plan_out_of_date

    # 5. the sample removed: its indicators go, the three tables' stay, and the banner says
    # what is still missing and what would supply it
    old = state.dataset
    assert panel.remove("s1")
    wait_for_reload(state, qtbot, old)
    assert [s.id for s in state.data_sources()] == ["s2", "s3", "s4"]
    assert list(state.map_data.values("population")) == [pop24[c] for c in codes]
    assert list(state.map_data.values("schools_total")) == [schools[c] for c in codes]
    assert list(state.map_data.values("households_no_internet")) == [internet[c] for c in codes]
    assert all(v != v for v in state.map_data.values("rural_population"))  # NaN: nobody gives it
    assert state.dataset.institutions_estimated  # the bundled register went with the sample
    assert not panel.combos  # one source per indicator now
    assert banner.missing_label.isVisibleTo(banner)
    text = banner.missing_label.text()
    assert "target groups" in text and "no source yet" in text
    assert "institution status" in text
    assert banner.template_button.isVisibleTo(banner)
    assert state.dataset.reconciliation.missing_inputs == ["target_groups"]
    assert state.result is not None and not state.plan_out_of_date
    win.grab().save(str(shot_dir() / "sources_window_en.png"))

    # the template for what is missing, filled in, joins as one more source
    template = tmp_path / "жетіспейтін.xlsx"
    win.data_features.ask_template(str(template), kind="missing")
    qtbot.waitUntil(lambda: win.data_features.last_template == str(template), timeout=20_000)
    wb = openpyxl.load_workbook(template)
    ws = wb["statistics"]
    ids = [c.value for c in ws[3]]
    assert ids == ["unit_code", "unit_name", "schools_connected", *GROUP_COLUMNS]
    filled = {"schools_connected": {c: float(50 + i) for i, c in enumerate(codes)}}
    for k, col in enumerate(GROUP_COLUMNS):
        filled[col] = {c: float(1_000 * (k + 1) + i) for i, c in enumerate(codes)}
    for row in ws.iter_rows(min_row=4):
        for col, by_code in filled.items():
            row[ids.index(col)].value = by_code[str(row[0].value)]
    wb.save(template)
    old = state.dataset
    assert panel.add(str(template)) is None  # a template needs no wizard
    wait_for_reload(state, qtbot, old)
    assert [s.id for s in state.data_sources()] == ["s2", "s3", "s4", "s5"]
    assert state.dataset.reconciliation.missing_inputs == []
    assert not banner.missing_label.isVisibleTo(banner)
    assert state.dataset.groups == DEFAULT_GROUPS
    for col, by_code in filled.items():
        assert state.dataset.units[col].to_dict() == by_code
    assert list(state.map_data.values("schools_connected")) == [filled["schools_connected"][c]
                                                                  for c in codes]
    assert state.result is not None and not state.plan_out_of_date


def test_the_last_source_is_not_removed_and_the_panel_reads_in_every_language(window, qtbot):
    state = window.state
    feature = window.sources_feature
    panel = feature.show_panel()
    assert window.menus["data"].actions()[0] is feature.act_sources
    assert [s.id for s in state.data_sources()] == ["s1"]
    old = state.dataset
    assert not panel.remove("s1")
    assert state.dataset is old and not state.tasks.is_busy("load")
    assert "kz_sample_statistics.xlsx" in panel.last_box.text()
    panel.last_box.close()
    item = panel.tree.topLevelItem(0)
    assert item.toolTip(0).startswith(str(paths.sample_statistics()))
    assert item.text(3) == "26 of 26 used"
    for lang in ("kk", "ru", "en"):
        state.set_language(lang)
        assert window.sources_feature.dock.windowTitle() == {
            "kk": "Дереккөздер", "ru": "Источники данных", "en": "Data sources"}[lang]
        assert feature.act_sources.text().replace("&", "") == {
            "kk": "Дереккөздер…", "ru": "Источники…", "en": "Sources…"}[lang]
        qtbot.wait(50)
        panel.grab().save(str(shot_dir() / f"sources_panel_{lang}.png"))


def test_a_project_keeps_the_list_and_the_choice_and_reopens_them(fresh_window, qtbot,
                                                                  tmp_path):
    import json
    import zipfile

    from kzplanner.core.sources import StatsSource

    win = fresh_window
    state = win.state
    session = win.project.session
    panel = win.sources_feature.show_panel()
    codes = [c for c, _ in sample_units()]
    table = tmp_path / "халық.csv"
    table.write_text("unit_code,population\n" + "".join(
        f"{c},{1000 + i}\n" for i, c in enumerate(codes)), encoding="utf-8")
    old = state.dataset
    state.add_source(StatsSource(file=str(table)))
    wait_for_reload(state, qtbot, old)
    old = state.dataset
    panel.choose("population", "s1")  # the sample's, not the newer table's
    wait_for_reload(state, qtbot, old)
    listed = [(s.id, s.file, s.used) for s in state.data_sources()]
    assert [i for i, _f, _u in listed] == ["s1", "s2"] and listed[1][2] == []

    done: list[str] = []
    failed: list[object] = []
    session.saved.connect(done.append)
    session.opened.connect(done.append)
    session.save_failed.connect(lambda _p, exc: failed.append(exc))
    session.open_failed.connect(lambda _p, exc: failed.append(exc))

    def wait_done(before: int) -> None:
        qtbot.waitUntil(lambda: len(done) > before or bool(failed), timeout=PLAN_TIMEOUT_MS)
        assert not failed, failed

    project = tmp_path / "Жоба.kzp"
    session.save(project)
    wait_done(0)
    state.load()  # something else in between: the sample alone
    qtbot.waitUntil(lambda: len(state.data_sources()) == 1 and not state.busy,
                    timeout=PLAN_TIMEOUT_MS)
    session.open(project)
    wait_done(1)
    qtbot.waitUntil(lambda: not state.busy, timeout=PLAN_TIMEOUT_MS)
    assert [(s.id, s.file, s.used) for s in state.data_sources()] == listed
    assert state.source_choices == {"population": "s1"}
    assert panel.tree.topLevelItemCount() == 2
    assert panel.combos["population"].currentData() == "s1"

    # a project saved before the list existed (schema 1) shows its one table as the source
    old_project = tmp_path / "ескі.kzp"
    with zipfile.ZipFile(project) as src, zipfile.ZipFile(old_project, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["schema"] = 1
                for key in ("data_sources", "source_choices"):
                    manifest.pop(key)
                manifest["sources"] = [s for s in manifest["sources"]
                                       if not s["file"].endswith("халық.csv")]
                data = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
            dst.writestr(info, data)
    session.open(old_project)
    wait_done(2)
    qtbot.waitUntil(lambda: not state.busy, timeout=PLAN_TIMEOUT_MS)
    (only,) = state.data_sources()
    assert only.id == "s1" and only.file == str(paths.sample_statistics())
    assert "population" in only.used and "pwd_no_internet" in only.used
    assert panel.tree.topLevelItem(0).text(3) == "26 of 26 used"


def test_decisions_on_the_check_screen_go_to_the_table_each_row_came_from(fresh_window, qtbot,
                                                                          tmp_path):
    from .test_import_wizard import messy_bulletin

    win = fresh_window
    state = win.state
    panel = win.sources_feature.show_panel()
    path = messy_bulletin(tmp_path / "бюллетень.xlsx")
    old = state.dataset
    wiz = panel.add(str(path))
    wiz.show()
    qtbot.waitUntil(lambda: wiz.detection is not None and not wiz.busy, timeout=20_000)
    wiz.next()
    wiz.next()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.check_page.result is not None, timeout=20_000)
    check = wiz.check_page.panel
    check.confirm(check.row_of("Павлодраская"))
    wiz.accept()
    wait_for_reload(state, qtbot, old)
    sample, bulletin = state.data_sources()
    assert bulletin.decisions == {"Павлодраская": "550000000"} and sample.decisions == {}

    dialog = win.data_features.open_check()
    rows = dialog.panel
    rows.choose(rows.row_of("Целиноградская"), "350000000")
    old = state.dataset
    dialog.apply()
    wait_for_reload(state, qtbot, old)
    sample, bulletin = state.data_sources()
    assert bulletin.decisions == {"Павлодраская": "550000000", "Целиноградская": "350000000"}
    assert sample.decisions == {}
    assert state.dataset.units.loc["350000000", "schools_total"] == 30
    assert state.dataset.units.loc["550000000", "schools_total"] == 250
    # the sample's own figures for the rest stay
    assert state.dataset.units.loc["350000000", "population"] == old.units.loc["350000000",
                                                                               "population"]

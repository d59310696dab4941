"""A workbook a commission signs (issue 20): in its language throughout, every sheet printable
on A4, the illustrative flag on every sheet, CSV and GeoPackage layer of a sample export, the
approval block, the credits, the kit list grouped by unit. Nothing here depends on how many
units the sample has."""

from __future__ import annotations

import re
from dataclasses import replace

import openpyxl
import pandas as pd
import pytest

from kzplanner.core.catalogue import label
from kzplanner.core.io.write.plan_layers import write_plan_csv, write_plan_geopackage
from kzplanner.core.io.write.plan_workbook import write_plan_workbook
from kzplanner.core.io.write.workbook_kits import is_subtotal
from kzplanner.core.io.write.workbook_sheets import (
    LANDSCAPE_CHARS,
    MIN_SCALE,
    PORTRAIT_CHARS,
    print_scale,
    sheet_width,
)
from kzplanner.core.planning.parameters import PlanParams
from kzplanner.core.planning.planner import make_plan


@pytest.fixture(scope="module")
def plan(sample_dataset):
    return make_plan(sample_dataset, PlanParams(budget_kzt=1.2e9))


@pytest.fixture(scope="module")
def books(sample_dataset, plan, tmp_path_factory):
    folder = tmp_path_factory.mktemp("books")
    return {lang: openpyxl.load_workbook(write_plan_workbook(
        folder / f"жоспар-{lang}.xlsx", sample_dataset, plan, lang=lang, scenario="Негізгі"))
        for lang in ("kk", "ru", "en")}


def _texts(ws) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_sheet_prints_on_a4_at_a_readable_scale(books, lang):
    for ws in books[lang].worksheets:
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        scale = print_scale(ws)
        assert scale >= MIN_SCALE, (ws.title, scale)
        width = sheet_width(ws)
        landscape = ws.page_setup.orientation == "landscape"
        assert landscape == (width > PORTRAIT_CHARS), ws.title  # landscape where wide
        page = LANDSCAPE_CHARS if landscape else PORTRAIT_CHARS
        if width * scale / 100 > page + 1e-6:  # printed in parts across: each with the unit
            assert ws.print_title_cols, ws.title
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        if ws.max_row > 1 and ws.title != label("sheet.summary", lang) \
                and ws.title != label("sheet.assumptions", lang):
            assert ws.print_title_rows, ws.title  # the header row on every page


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_summary_is_in_words_with_an_approval_block(books, lang):
    summary = books[lang].worksheets[0]
    texts = _texts(summary)
    assert label("scenario", lang) in texts and "Scenario" not in texts
    assert label("solver.proven", lang) in texts  # max impact, solved to optimality
    assert not any(re.search(r"gap \d|\d s$", t) for t in texts)
    for key in ("approval.prepared", "approval.checked", "approval.approved",
                "approval.name", "approval.position", "approval.date", "approval.signature"):
        assert label(key, lang) in texts, key


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_parameters_are_words_with_units_not_keys(books, lang):
    ws = books[lang][label("sheet.parameters", lang)]
    names = [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]
    assert label("param.budget_kzt", lang) in names
    for name in names:
        assert not re.search(r"[a-z]+[._][a-z]", name), name  # no costs.kit_kzt, takeup.pwd
    units = {r[2] for r in ws.iter_rows(min_row=2, values_only=True) if r[2]}
    assert label("uom.kzt", lang) in units and label("uom.mbps", lang) in units


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_sources_credit_the_bureau_and_geokz(books, lang):
    texts = _texts(books[lang][label("sheet.sources", lang)])
    assert label("credit.bns", lang) in texts and label("credit.geokz", lang) in texts


def test_kazakh_workbook_names_units_and_institutions_in_kazakh(books, sample_dataset):
    wb = books["kk"]
    russian = re.compile(r"\b(област[ьи]|район[а-я]*|школ[аы])\b", re.IGNORECASE)
    for ws in wb.worksheets:
        for text in _texts(ws):
            assert not russian.search(text), (ws.title, text)
    kits = wb[label("sheet.kits", "kk")]
    kk = dict(zip(sample_dataset.institutions["inst_id"].astype(str),
                  sample_dataset.institutions["name_kk"], strict=True))
    for row in kits.iter_rows(min_row=2, values_only=True):
        if not is_subtotal(row, "kk"):
            assert row[2] == kk[row[1]]


def test_a_missing_kazakh_name_falls_back_visibly(tmp_path, sample_dataset, plan):
    units = sample_dataset.units.copy()
    code = str(plan.kits["unit_code"].iloc[0])
    units.loc[units.index.astype(str) == code, "name_kk"] = None
    ds = replace(sample_dataset, units=units)
    wb = openpyxl.load_workbook(write_plan_workbook(tmp_path / "p.xlsx", ds, plan, lang="kk"))
    ru = str(units.loc[units.index.astype(str) == code, "name_ru"].iloc[0])
    kits = wb[label("sheet.kits", "kk")]
    shown = {r[0] for r in kits.iter_rows(min_row=2, values_only=True)
             if r[1] in set(plan.kits.loc[plan.kits["unit_code"].astype(str) == code,
                                          "inst_id"])}
    assert shown == {ru + "*"}
    assert label("name_fallback_note", "kk") in _texts(wb.worksheets[0])


def test_kit_list_is_grouped_and_subtotalled_by_unit(books, plan):
    ws = books["ru"][label("sheet.kits", "ru")]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[-1][0] == label("total", "ru")
    assert rows[-1][4] == f"=SUBTOTAL(9,E2:E{len(rows)})"
    groups: dict[str, float] = {}
    current: list[float] = []
    seen_units: list[str] = []
    for row in rows[:-1]:
        if is_subtotal(row, "ru"):
            name = row[0].split(": ", 1)[1]
            groups[name] = sum(current)
            assert re.fullmatch(r"=SUBTOTAL\(9,E\d+:E\d+\)", row[4])
            current = []
        else:
            current.append(row[4])
            if not seen_units or seen_units[-1] != row[0]:
                seen_units.append(row[0])
    assert len(seen_units) == len(set(seen_units))  # each unit's kits together
    by_unit = plan.kits.groupby(plan.kits["unit_code"].astype(str))["cost_kzt"].sum()
    assert sum(groups.values()) == pytest.approx(by_unit.sum())
    assert len(groups) == len(by_unit)


def test_every_sheet_csv_and_layer_of_a_sample_export_is_flagged(books, tmp_path,
                                                                 sample_dataset, plan):
    import pyogrio

    assert sample_dataset.illustrative
    for lang, wb in books.items():
        flag = label("illustrative_flag", lang)
        for ws in wb.worksheets:
            assert ws.oddHeader.center.text == flag, ws.title  # on every printed page
        for name in ("sheet.allocation", "sheet.kits", "sheet.indicators", "sheet.parameters",
                     "sheet.sources"):
            assert flag in [c.value for c in wb[label(name, lang)][1]], name  # on screen
        assert label("illustrative_warning", lang) in _texts(wb.worksheets[0])
    for path in write_plan_csv(tmp_path / "жоспар.csv", sample_dataset, plan):
        table = pd.read_csv(path, encoding="utf-8-sig")
        assert set(table["data_status"]) == {"illustrative"}, path.name
    gpkg = write_plan_geopackage(tmp_path / "жоспар.gpkg", sample_dataset, plan)
    for layer in ("units", "kits"):
        info = pyogrio.read_info(gpkg, layer=layer)
        assert info["layer_metadata"]["data_status"] == "illustrative"
        frame = pyogrio.read_dataframe(gpkg, layer=layer)
        assert set(frame["data_status"]) == {"illustrative"}
    assert pyogrio.read_info(gpkg, layer="units")["dataset_metadata"]["data_status"] \
        == "illustrative"


def test_a_kit_line_shows_a_unit_price_only_when_its_kits_cost_the_same(books, plan):
    ws = books["en"][label("sheet.allocation", "en")]
    kits = plan.kits.assign(unit_code=plan.kits["unit_code"].astype(str))
    prices = kits.groupby(["unit_code", "type"])["cost_kzt"].unique()
    checked = 0
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row - 1, values_only=True):
        if row[2] != label("kit", "en"):
            continue
        kind = next(t for t in ("school", "fap", "psc") if label(t, "en") == row[3])
        distinct = prices[(str(row[0]), kind)]
        # kits of different prices: "various" in words (a blank read as a missing price)
        assert row[5] == (distinct[0] if len(distinct) == 1 else label("price.various", "en")), row
        checked += 1
    assert checked


def test_the_map_sheet_is_one_flagged_landscape_page(tmp_path, sample_dataset, plan):
    pytest.importorskip("PIL")
    import io

    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (1600, 1000), "white").save(png, format="PNG")
    wb = openpyxl.load_workbook(write_plan_workbook(tmp_path / "map.xlsx", sample_dataset, plan,
                                                    lang="kk", map_png=png.getvalue()))
    ws = wb[label("sheet.map", "kk")]
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # one page wide and one tall; an absent attribute is OOXML's default, 1
    assert (ws.page_setup.fitToWidth or 1) == 1 and (ws.page_setup.fitToHeight or 1) == 1
    assert ws.oddHeader.center.text == label("illustrative_flag", "kk")

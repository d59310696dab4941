"""Settlements on the printed map (issue 17): `kzplanner map --settlements S` and File → Export
map draw the settlement layer as the window does — coloured by coverage for the chosen type,
sized by population — with its legend; pixels at known covered and not covered villages carry
their colours, and the same pixels without the layer do not."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from kzplanner import paths

pytestmark = pytest.mark.skipif(not paths.sample_settlements().is_file(),
                                reason="no bundled settlement layer")
DPI = 120


@pytest.fixture(scope="module")
def prepared(sample_dataset):
    from kzplanner.app.map_page import prepare_map
    from kzplanner.app.settlements import attach_settlements

    ds = attach_settlements(sample_dataset, paths.sample_settlements())
    return prepare_map(ds, "baseline")[0]


def _render(page):
    from kzplanner.gui.map.map_page import page_pixels
    from kzplanner.gui.map.map_paint import paint_page

    w, h = page_pixels("A4", True, DPI)
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    t = paint_page(painter, w, h, DPI, page)
    painter.end()
    return image, t


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * h)
    return raw.reshape(h, stride)[:, : 3 * w].reshape(h, w, 3).astype(int)


def _share_near(px: np.ndarray, centre: tuple[float, float], r: float, colour: str) -> float:
    """Share of the pixels within `r` of `centre` that are (nearly) `colour`."""
    q = QColor(colour)
    target = np.array([q.red(), q.green(), q.blue()])
    yy, xx = np.mgrid[0: px.shape[0], 0: px.shape[1]]
    inside = np.hypot(xx - centre[0], yy - centre[1]) <= r
    close = np.abs(px[inside] - target).max(axis=1) <= 24
    return float(close.mean())


def _lone_symbols(plan, pts, covered, want: bool, scale: float, n: int = 3) -> list[int]:
    """Up to n symbol rows of the given coverage, drawn as filled discs (population known) big
    enough to sample, with no symbol painted after them (smaller ones) overlapping them
    (chosen from the plan, not from the pixels)."""
    out = []
    for i, row in enumerate(plan.symbols.tolist()):
        r = pts.radius[row] * scale
        if covered[row] != want or pts.estimated[row] or r < 5:
            continue
        d = np.hypot(*(plan.symbol_xy - plan.symbol_xy[i]).T)
        others = np.arange(i + 1, len(plan.symbols))
        if (d[others] < r + pts.radius[plan.symbols[others]] * scale + 2).any():
            continue
        out.append(i)
        if len(out) == n:
            break
    return out


@pytest.mark.parametrize("kind", ["school", "psc"])
def test_printed_settlements_carry_their_coverage_colours(qapp, prepared, kind):
    from kzplanner.app.display.settlement_points import COVER_COLOURS
    from kzplanner.gui.map.map_page import build_page

    # units' names are drawn over everything: left out here so the samples see the symbols
    plain = replace(build_page(prepared, None, "combined_gap", "baseline", "kk"), labels={})
    page = replace(build_page(prepared, None, "combined_gap", "baseline", "kk",
                              settlements=kind), labels={})
    assert plain.settlements is None and page.settlements is not None
    with_img, t = _render(page)
    without_img, t0 = _render(plain)
    assert t == t0  # the layer does not move the map
    a, b = _pixels(with_img), _pixels(without_img)
    layer = page.settlements
    plan, pts = layer.last_plan, layer.points
    covered = prepared.dataset.coverage.per_settlement[f"{kind}_covered"].reindex(
        prepared.dataset.settlements.table.index).to_numpy(bool)
    assert (pts.covered_for(kind) == covered).all()
    # the plan's page positions are the settlements' projected positions through the map's
    # transform
    xy = pts.xy[plan.symbols]
    expected = np.column_stack([xy[:, 0] * t.m11() + t.dx(), xy[:, 1] * t.m22() + t.dy()])
    assert np.allclose(plan.symbol_xy, expected)
    scale = DPI / 96.0
    for want, colour in ((True, COVER_COLOURS["covered"]), (False, COVER_COLOURS["uncovered"])):
        picked = _lone_symbols(plan, pts, covered, want, scale)
        assert picked, f"no lone {'covered' if want else 'uncovered'} symbol to sample"
        for i in picked:
            centre = tuple(plan.symbol_xy[i])
            r = 0.6 * pts.radius[plan.symbols[i]] * scale
            assert _share_near(a, centre, r, colour) > 0.6
            assert _share_near(b, centre, r, colour) < 0.1
    # the legend counts are the coverage's own
    counts = [row[2].replace("\u00a0", "").replace(" ", "") for row in layer.rows]
    assert counts[:2] == [str(int(covered.sum())), str(int((~covered).sum()))]
    assert int(counts[2]) == int(prepared.dataset.settlements.table["population_estimated"].sum())
    # outside the map frame only the legend differs: its column (right of the map) changed
    diff = (a != b).any(axis=2)
    right = int(max(plan.symbol_xy[:, 0].max(), 0)) + 10
    assert diff[:, :right].any() and diff[:, right:].any()


def test_no_settlement_layer_without_settlements(qapp, sample_dataset):
    from kzplanner.app.map_page import prepare_map
    from kzplanner.gui.map.map_page import build_page

    bare = prepare_map(sample_dataset, "baseline")[0]
    assert build_page(bare, None, "combined_gap", "baseline", "ru",
                      settlements="psc").settlements is None


def test_cli_map_draws_the_settlements(tmp_path, capsys):
    from kzplanner.cli import main

    base, out = tmp_path / "base.png", tmp_path / "нас.png"
    assert main(["map", "--dpi", "40", "--out", str(base)]) == 0
    assert main(["map", "--dpi", "40", "--settlements", str(paths.sample_settlements()),
                 "--settlement-type", "psc", "--out", str(out), "--lang", "kk"]) == 0
    assert QImage(str(out)).size() == QImage(str(base)).size()
    assert QImage(str(out)) != QImage(str(base))
    # the sample comes with its settlement layer, as the window opens it: a type is drawn
    assert main(["map", "--settlement-type", "fap", "--dpi", "40",
                 "--out", str(tmp_path / "fap.png"), "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["map", "--settlement-type", "fap", "--no-settlements", "--dpi", "40",
                 "--out", str(tmp_path / "x.png"), "--lang", "en"]) == 2
    assert "--settlements" in capsys.readouterr().err


def test_cli_map_offers_the_coverage_indicators_and_follows_their_type(tmp_path, capsys,
                                                                       monkeypatch):
    import kzplanner.gui.print_service as service
    from kzplanner.cli import main

    layer = str(paths.sample_settlements())
    assert main(["map", "--list-indicators", "--settlements", layer, "--lang", "kk"]) == 0
    names = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert {"settle_fap_uncovered", "settle_psc_covered"} <= set(names)
    assert main(["map", "--list-indicators"]) == 0  # the sample: with its layer, as shown
    assert "settle_fap_uncovered" in capsys.readouterr().out
    assert main(["map", "--list-indicators", "--no-settlements"]) == 0
    assert "settle_fap_uncovered" not in capsys.readouterr().out  # no settlements, none
    seen = {}

    def fake(prepared, indicator, out, lang, **kwargs):
        seen.update(kwargs, indicator=indicator,
                    drawn=prepared.map.baseline.get(indicator))
        return out

    monkeypatch.setattr(service, "print_map", fake)
    assert main(["map", "--settlements", layer, "--indicator", "settle_fap_uncovered",
                 "--out", str(tmp_path / "m.png")]) == 0
    assert seen["settlements"] == "fap" and seen["drawn"] is not None
    assert main(["map", "--settlements", layer, "--indicator", "settle_fap_uncovered",
                 "--settlement-type", "school", "--out", str(tmp_path / "m.png")]) == 0
    assert seen["settlements"] == "school"  # the option wins

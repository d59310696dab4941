"""The institution layer at district zoom and in between, the legend beside the map at
1366×768, a click on an institution (its name in Kazakh), Baikonur labelled (issue 19)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt

from kzplanner.app.display.map_points import OVERLAP_PX


def _view(window):
    return window.map_panel.view


def _densest_point(xy: np.ndarray, radius: float) -> QPointF:
    """The institution with the most others within `radius` scene units (a busy district)."""
    ok = np.flatnonzero(np.isfinite(xy).all(axis=1))
    sample = ok[:: max(1, len(ok) // 400)]
    best, where = -1, ok[0]
    for i in sample.tolist():
        n = int((np.abs(xy[ok] - xy[i]).max(axis=1) < radius).sum())
        if n > best:
            best, where = n, i
    return QPointF(float(xy[where, 0]), float(xy[where, 1]))


def _zoom_to(view, centre: QPointF, scene_width: float, app) -> None:
    """Zoom so that about `scene_width` scene units span the view, centred on `centre`."""
    target = view.viewport().width() / scene_width
    view.zoom_by(target / view.transform().m11())
    view.centerOn(centre)
    view._declutter()
    view.viewport().repaint()
    app.processEvents()


def _screen_xy(view, xy: np.ndarray) -> np.ndarray:
    """Institutions in viewport pixels through the view's own mapping (not the layer's)."""
    t = view.viewportTransform()
    out = np.full(xy.shape, np.nan)
    for i, (x, y) in enumerate(xy.tolist()):
        if np.isfinite(x) and np.isfinite(y):
            p = t.map(QPointF(x, y))
            out[i] = (p.x(), p.y())
    return out


def _check_drawn(view):
    item, layer = view.institutions_item, view.institution_layer
    plan = item.last_plan
    assert plan is not None, "the institution layer was not painted"
    vp = view.viewport().rect()
    px = _screen_xy(view, layer.xy)
    visible = layer.visible() & np.isfinite(px).all(axis=1)
    inside = visible & (px[:, 0] >= 0) & (px[:, 0] < vp.width()) & (px[:, 1] >= 0) \
        & (px[:, 1] < vp.height())
    drawn = np.concatenate([plan.singles, plan.member_rows])
    # every institution inside the view is drawn once, none from outside it
    assert sorted(drawn.tolist()) == np.flatnonzero(inside).tolist()
    for xy in (plan.single_xy, plan.cluster_xy):
        if len(xy):
            assert (xy[:, 0] >= 0).all() and (xy[:, 0] < vp.width()).all()
            assert (xy[:, 1] >= 0).all() and (xy[:, 1] < vp.height()).all()
    return plan, px, inside, visible


def test_district_zoom_draws_each_institution_unless_it_overlaps(window, qtbot, qapp):
    view = _view(window)
    window.map_panel.institutions_check.setChecked(True)
    xy = view.institution_layer.xy
    centre = _densest_point(xy, 0.8)
    _zoom_to(view, centre, 1.6, qapp)  # ~100 km across: a district
    plan, px, inside, visible = _check_drawn(view)
    rows = np.flatnonzero(inside)
    assert len(rows) >= 20, "the district view should hold institutions"
    others = np.flatnonzero(visible)
    d = np.hypot(px[rows, None, 0] - px[None, others, 0], px[rows, None, 1] - px[None, others, 1])
    d[d == 0] = np.inf  # itself (and exact duplicates, which overlap by definition)
    nearest = d.min(axis=1)
    lonely = rows[nearest > OVERLAP_PX]
    assert len(lonely) > 0
    assert set(lonely.tolist()) <= set(plan.singles.tolist())
    # and the converse: an institution is clustered only when another overlaps it on screen
    assert plan.reach_px == OVERLAP_PX
    clustered = np.isin(rows, plan.member_rows)
    assert (nearest[clustered] <= OVERLAP_PX).all()
    view.fit()


@pytest.mark.parametrize("factor", [3.0, 20.0, 40.0])
def test_symbols_are_drawn_at_every_zoom(window, qapp, factor):
    """At 20× and 40× nothing was drawn (the groups of the whole country, off-screen ones
    included, fell back to one pie per region at its off-screen anchor)."""
    view = _view(window)
    window.map_panel.institutions_check.setChecked(True)
    view.fit()
    view.zoom_by(factor)
    view.centerOn(_densest_point(view.institution_layer.xy, 0.5))
    view.viewport().repaint()
    qapp.processEvents()
    plan, _, inside, _ = _check_drawn(view)
    assert inside.sum() > 0 and len(plan.singles) + len(plan.cluster_xy) > 0
    view.fit()


def _unit_paths_in_viewport(view):
    t = view.viewportTransform()
    return [t.map(item.path()) for item in view.unit_items.values()]


@pytest.mark.parametrize(("lang", "institutions"),
                         [("en", False), ("kk", False), ("kk", True), ("ru", True)])
def test_legend_covers_no_unit_at_1366x768(window, qtbot, qapp, lang, institutions):
    size = window.size()
    try:
        window.state.set_language(lang)
        window.resize(1366, 768)
        window.map_panel.institutions_check.setChecked(institutions)
        qapp.processEvents()
        view = _view(window)
        view.fit()
        qapp.processEvents()
        legends = [w for w in (view.legend, view.inst_legend) if w.isVisible()]
        assert len(legends) == (2 if institutions else 1)
        paths = _unit_paths_in_viewport(view)
        offset = view.viewport().pos()
        for legend in legends:
            rect = QRectF(legend.geometry().translated(-offset))
            hits = [code for code, p in zip(view.unit_items, paths, strict=True)
                    if p.intersects(rect)]
            assert hits == [], f"the legend covers {hits}"
        # and the map was not shrunk to nothing to get there
        box = QRectF()
        for p in paths:
            box = box.united(p.boundingRect())
        assert box.width() >= 0.45 * view.viewport().width()
    finally:
        window.resize(size)
        qapp.processEvents()


def _empty_spot(view) -> QPoint:
    """A viewport point where no institution symbol is drawn and no overlay lies (a corner
    first): what is drawn where depends on the fit, which keeps clear of the legends."""
    from kzplanner.gui.map.map_institutions import institution_hit

    vp = view.viewport().rect()
    overlays = [w.geometry() for w in (view.legend, view.inst_legend, view.caption, view.card)
                if w.isVisible()]
    for x in range(3, vp.width() - 3, 9):
        for y in (3, vp.height() - 3, vp.height() // 2):
            if institution_hit(view.institutions_item, x, y) is None and not any(
                    r.contains(QPoint(x, y)) for r in overlays):
                return QPoint(x, y)
    raise AssertionError("no empty spot on the map")


def test_click_on_an_institution_shows_it_in_kazakh(window, qtbot, qapp):
    state = window.state
    state.set_language("kk")
    view = _view(window)
    window.map_panel.institutions_check.setChecked(True)
    _zoom_to(view, _densest_point(view.institution_layer.xy, 0.8), 1.6, qapp)
    plan = view.institutions_item.last_plan
    assert len(plan.singles)
    row = int(plan.singles[0])
    x, y = plan.single_xy[0]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert view.card.isVisible() and view.card.row == row
    record = state.prepared.dataset.institutions.iloc[row]
    assert view.card.title == str(record["name_kk"]).strip()
    assert "Күйі" in view.card.text()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_empty_spot(view))
    assert not view.card.isVisible()
    view.fit()


def test_baikonur_is_labelled_as_an_area_without_data(window):
    window.state.set_language("ru")
    view = _view(window)
    holes = [lab for key, lab in view.label_items.items() if key.startswith("~")]
    if not holes:
        pytest.skip("these boundaries have no hole that no unit fills")
    assert "Байконур — нет данных" in [lab.text() for lab in holes]

"""Unit labels painted by one LabelLayer (issue 21: ~225 Python graphics items cost the first
draw): a label drawn from its glyph runs looks as drawText drew it, a click on a label still
selects its unit, and a hidden label is neither drawn nor hit."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from kzplanner.gui.map.map_labels import HALO, HALO_OFFSETS, LABEL_INK, LabelItem


def _pixels(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    raw = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    return raw[:, :img.width() * 4].reshape(img.height(), img.width(), 4).copy()


def _draw(lab: LabelItem, font: QFont, x: float, y: float, reference: bool) -> QImage:
    """The label with its origin at (x, y) on transparency: from its glyph runs, or (the
    reference) as the former item drew it, drawText nine times (halo, then ink)."""
    img = QImage(400, 80, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.translate(x, y)
    if not reference:
        lab.paint(p)
        p.end()
        return img
    p.setFont(font)
    metrics = QFontMetricsF(font)
    lines = lab.text().split("\n")
    height = metrics.height()
    top = -height * len(lines) / 2.0
    spots = [(QPointF(-metrics.horizontalAdvance(line) / 2.0, top + i * height
                      + metrics.ascent()), line) for i, line in enumerate(lines)]
    p.setPen(HALO)
    for dx, dy in HALO_OFFSETS:
        for at, line in spots:
            p.drawText(at + QPointF(dx, dy), line)
    p.setPen(LABEL_INK)
    for at, line in spots:
        p.drawText(at, line)
    p.end()
    return img


def test_a_label_from_its_glyph_runs_matches_draw_text(styled_app):
    """The same glyphs at the same places. Where drawText's point lies exactly half-way
    between two of Qt's 1/64-px text positions, drawText and drawGlyphRun may round it
    differently and a glyph moves by one sub-pixel step: a few edge pixels change by at most
    a quarter of full coverage (64/255). A misplaced label (a pixel off, a wrong baseline, a
    missing halo) changes most of its pixels, by up to 255."""
    font = QFont(styled_app.font())
    font.setPointSizeF(max(font.pointSizeF() - 0.5, 7.5))
    for text in ("Шығыс Қазақстан", "Петропавловск", "Ұлытау (350000000)"):
        lab = LabelItem("1", text, (0.0, 0.0), font)
        for x, y in ((200.0, 40.0), (200.37, 40.71), (200.5, 40.25)):  # whole, sub-pixel
            got = _pixels(_draw(lab, font, x, y, False)).astype(int)
            want = _pixels(_draw(lab, font, x, y, True)).astype(int)
            ink = want[..., 3] > 0
            assert ink.sum() > 20 * len(text), "the reference drew nothing"
            diff = np.abs(got - want).max(axis=2)
            assert diff.max() <= 64, (text, x, int(diff.max()))
            assert (diff > 0).sum() <= 0.15 * ink.sum(), (text, x, int((diff > 0).sum()))


def _shown_label(view) -> tuple[str, QPoint]:
    """A unit code and the viewport point at the centre of its label, as last painted."""
    view.viewport().repaint()
    for lab, x, y in view.label_layer._placed:  # noqa: SLF001 - what the last paint drew
        code = lab.data(0)
        if code and code not in view.marker_items:
            r = lab.boundingRect()
            return str(code), QPoint(round(x + r.center().x()), round(y + r.center().y()))
    raise AssertionError("no unit label was painted")


def test_a_click_on_a_label_selects_its_unit_and_a_hidden_label_is_not_hit(window, qapp):
    view = window.map_panel.view
    code, at = _shown_label(view)
    lab = view.label_items[code]
    assert view.label_layer.hit(at.x(), at.y()) == code
    view.click_at(at, extend=False)
    assert list(window.state.selection) == [code]
    lab.setVisible(False)
    view.viewport().repaint()
    assert view.label_layer.hit(at.x(), at.y()) is None  # labels never overlap: none there
    assert code not in view.label_layer.codes_in(at.x() - 1, at.y() - 1, at.x() + 1, at.y() + 1)
    window.state.select_units([])
    view.fit()  # decluttering places it again
    assert lab.isVisible()


def _on_screen(view) -> np.ndarray:
    """What the backing store of a top-level view shows (not a fresh render, as grab() is)."""
    from PySide6.QtGui import QGuiApplication

    img = QGuiApplication.primaryScreen().grabWindow(view.winId()).toImage()
    return _pixels(img)


def test_a_changed_label_is_repainted_where_it_was_and_is(window, qapp):
    """Emphasis (a selection), a hidden label, a two-line variant: the layer repaints only
    where the label was and is now, and what the screen shows then equals a repaint of the
    whole view (nothing stale left behind)."""
    from kzplanner.gui.map.map_view import MapView

    view = MapView(window.state)  # a window of its own: its backing store is what it shows
    try:
        view.resize(900, 600)
        view.show()
        qapp.processEvents()
        view.viewport().repaint()
        shown = [lab for c, lab in view.label_items.items()
                 if lab.isVisible() and not c.startswith("~")]
        two_lines = [lab for lab in shown if lab.variant_count() > 1]
        changes = [lambda: shown[0].set_emphasis(True), lambda: shown[1].setVisible(False),
                   lambda: shown[0].set_emphasis(False), lambda: shown[1].setVisible(True)]
        if two_lines:
            changes.append(lambda: two_lines[0].use_variant(1))
        for change in changes:
            before = _on_screen(view)
            change()
            for _ in range(3):
                qapp.processEvents()
            partial = _on_screen(view)
            assert not np.array_equal(before, partial), "the change was not painted"
            view.viewport().update()
            for _ in range(3):
                qapp.processEvents()
            assert np.array_equal(partial, _on_screen(view))
    finally:
        view.close()
        view.deleteLater()

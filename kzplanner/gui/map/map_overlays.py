"""Where the map's overlays go: the legends (the classes', the institutions', the settlements')
and the source caption, in the view's 'corners', 'column', 'split' or 'top_right' layout
(MapNavigation._fit tries each and keeps the one that leaves the map largest)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QRect

    from kzplanner.gui.map.map_navigation import MapNavigation


def place_overlays(view: MapNavigation) -> None:
    """Legends top-left and bottom-left ('corners'), or stacked in a left column
    ('column': the second beside the first when the view is too low for both), or the
    classes' top-left and the others bottom-right above the caption ('split': Kazakhstan's
    empty south-east under them), or the classes' top-left and the others top-right
    ('top_right': the empty north-east; with the settlements' legend this leaves the sample's
    map twice the area of the corners); the source caption bottom-right, and a bottom-left
    legend that would reach under it stands above it."""
    vp = view.viewport().geometry()
    view.caption.setWordWrap(False)
    view.caption.adjustSize()
    room = vp.width() - 16
    if view.caption.width() > room > 0:  # a narrow map (small screen): two lines, not cut
        view.caption.setWordWrap(True)
        view.caption.resize(room, view.caption.heightForWidth(room))
    view.caption.move(vp.right() - view.caption.width() - 8,
                      vp.bottom() - view.caption.height() - 6)
    caption = view.caption.geometry() if not view.caption.isHidden() else None

    def floor(width: int) -> int:
        """The lowest y a bottom-left box `width` wide may reach without the caption."""
        if caption is not None and caption.left() < vp.left() + 10 + width + 6:
            return caption.top() - 4
        return vp.bottom() - 2

    view.legend.move(vp.left() + 10, vp.top() + 10)
    if view._legend_layout == "split":
        _bottom_right(view, vp, caption.top() - 4 if caption is not None else vp.bottom() - 2)
        return
    if view._legend_layout == "top_right":
        _top_right(view, vp)
        return
    if view._legend_layout == "column" and view.legend.isVisible():
        below = view.legend.geometry().bottom() + 8
        if below + view.inst_legend.height() <= floor(view.inst_legend.width()) - 8:
            view.inst_legend.move(vp.left() + 10, below)
        else:
            view.inst_legend.move(view.legend.geometry().right() + 8, vp.top() + 10)
    else:
        top = floor(view.inst_legend.width()) - view.inst_legend.height() - 8
        if view.legend.isVisible() and top < view.legend.geometry().bottom() + 8:
            # too low a view for both in the left corners: the second beside the first
            view.inst_legend.move(view.legend.geometry().right() + 8,
                                  max(vp.top() + 10, top))
        else:
            view.inst_legend.move(vp.left() + 10, top)
    overlay = getattr(view, "settlements", None)
    if overlay is not None:  # the settlements' legend above the institutions' (bottom-left)
        inst = view.inst_legend.geometry()
        bottom = (inst.top() if view.inst_legend.isVisible() and inst.left() <= vp.left() + 10
                  else floor(overlay.legend.width()))
        overlay.place_legend(vp.left() + 10, bottom)
    view.placeholder.setGeometry(vp)


def _top_right(view: MapNavigation, vp: QRect) -> None:
    """'top_right': the institutions' legend, then the settlements', stacked down from the
    view's top-right corner (a country whose north-east corner is empty)."""
    top = vp.top() + 10
    inst = view.inst_legend
    if inst.isVisible():
        inst.move(vp.right() - inst.width() - 10, top)
        top = inst.geometry().bottom() + 8
    overlay = getattr(view, "settlements", None)
    if overlay is not None:
        overlay.legend.move(vp.right() - overlay.legend.width() - 10, top)
    view.placeholder.setGeometry(vp)


def _bottom_right(view: MapNavigation, vp: QRect, base: int) -> None:
    """'split': the institutions' legend, then the settlements', stacked up from `base` at the
    view's right edge."""
    inst = view.inst_legend
    if inst.isVisible():
        inst.move(vp.right() - inst.width() - 10, base - inst.height() - 8)
        base = inst.y()
    overlay = getattr(view, "settlements", None)
    if overlay is not None:
        overlay.legend.move(vp.right() - overlay.legend.width() - 10,
                            base - overlay.legend.height() - 8)
    view.placeholder.setGeometry(vp)

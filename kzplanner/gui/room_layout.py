"""The main window's arrangement for the room it has: wide, or compact on a small screen.

Windows' display scaling leaves a laptop little room in logical pixels (1366 × 768 at 125 % is
1093 × 614; at 150 % 911 × 512). Wide, the plan's column (allocation and results) stands beside
the map, side docks at the side and the bottom docks as tabs under the map. Compact (the window
narrower than COMPACT_WIDTH or lower than COMPACT_HEIGHT), the plan's column becomes a dock and
every dock of the window — whichever feature added it, wherever it was declared — becomes a tab
of one group beside the map, the plan's column in front: the map keeps the largest area.
Every dock's content sits in a scroll area, so a form scrolls instead of being clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QWidget,
)

COMPACT_WIDTH = 1200
COMPACT_HEIGHT = 560
SIDE_SHARE = 0.34  # compact: the tabs' share of the window's width
SIDE_MIN_PX = 300
BOTTOM_SHARE = 0.25  # wide: the bottom tabs' height at most this share of the window's
SIDE_DOCK_SHARE = 0.22  # wide: a side dock's width at most this share
SIDE_DOCK = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM_DOCK = Qt.DockWidgetArea.BottomDockWidgetArea


def _content_width(dock: QDockWidget) -> int:
    """The width `dock`'s content needs without scrolling sideways (its scroll area's widget's
    minimum, the vertical scroll bar and the frame included); 0 when unknown."""
    area = dock.widget()
    inner = area.widget() if isinstance(area, QScrollArea) else None
    if inner is None:
        return 0
    return inner.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width() + 4


def is_compact(width: int, height: int) -> bool:
    """Whether a window of width × height takes the compact arrangement."""
    return width < COMPACT_WIDTH or height < COMPACT_HEIGHT


def scrollable(widget: QWidget) -> QWidget:
    """`widget` in a frameless scroll area that follows its size (itself if it scrolls already)."""
    if isinstance(widget, QAbstractScrollArea):
        return widget
    area = QScrollArea(widget.parentWidget())
    area.setObjectName(f"{widget.objectName() or 'panel'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    return area


class RoomLayout(QObject):
    """Switches `window` between the wide and the compact arrangement as its size crosses the
    thresholds. `column` is the plan's column in `splitter` (beside the map); `front` the bottom
    dock in front when wide; `sizes` each dock's first size (declared by its feature)."""

    def __init__(self, window: QMainWindow, splitter: QSplitter, column: QWidget,
                 front: QDockWidget, sizes: dict[QDockWidget, int]) -> None:
        super().__init__(window)
        self.window, self.splitter, self.column, self.front = window, splitter, column, front
        self.sizes = sizes
        self.home = {dock: window.dockWidgetArea(dock) for dock in self.docks()}
        for dock in self.home:
            inner = dock.widget()
            if inner is not None and not isinstance(inner, QAbstractScrollArea):
                dock.setWidget(scrollable(inner))
        self.column_dock = QDockWidget(window)
        self.column_dock.setObjectName("planDock")
        self.column_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.column_dock.setTitleBarWidget(QWidget(self.column_dock))  # its tab names it
        self.column_dock.hide()
        self.compact: bool | None = None  # the first fit arranges whichever it is
        self._pending = False
        self._first_pending = False  # the wide arrangement's first sizes are still to be set
        self._column_docked = False
        self.maximized_on_start = False  # set when the window opens maximized on a small screen
        window.setTabPosition(SIDE_DOCK, QTabWidget.TabPosition.North)
        window.installEventFilter(self)

    def docks(self) -> list[QDockWidget]:
        """The window's docks (any feature's), the plan's column's own excepted."""
        return [d for d in self.window.findChildren(QDockWidget)
                if d.objectName() != "planDock" and d.parent() is self.window]

    def set_title(self, title: str) -> None:
        self.column_dock.setWindowTitle(title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Show:
            # the first sizes before anything is painted: set a moment later, they moved and
            # refitted a map already shown (at a warm start the map paints within ~0.1 s)
            if self.compact is None and not is_compact(self.window.width(),
                                                       self.window.height()):
                self.arrange(False)
            self._settle_first_sizes()
        elif watched is self.window and event.type() == QEvent.Type.Resize and not self._pending:
            self._pending = True  # once per burst of resizes, after Qt has laid them out
            QTimer.singleShot(0, self.fit)
        elif watched is self.window and event.type() == QEvent.Type.LayoutRequest:
            # a panel's minimum changed (a banner's buttons came and went): if it had pushed
            # the window past its screen, bring it back
            QTimer.singleShot(0, self._back_on_screen)
        return False

    def fit(self) -> None:
        """The arrangement for the window's present size."""
        self._pending = False
        size = self.window.size()
        compact = is_compact(size.width(), size.height())
        if compact == self.compact and not compact:
            self._cap_bottom()  # a smaller window: the bottom tabs shrink more than the map
        self.arrange(compact)
        QTimer.singleShot(0, self._back_on_screen)

    def _back_on_screen(self) -> None:
        """A maximized window that its minimum pushed past its screen (while it was still
        wide, or a panel's minimum grew for a moment) takes the screen's room again."""
        window, screen = self.window, self.window.screen()
        if screen is None or not window.isVisible() or not (window.isMaximized()
                                                             or self.maximized_on_start):
            return  # a window the user sized stays as sized
        free = screen.availableGeometry()
        if window.width() > free.width() or window.height() > free.height():
            window.setGeometry(free)

    def _cap_bottom(self) -> None:
        cap = int(self.window.height() * BOTTOM_SHARE)
        for dock in self.docks():
            if (self.window.dockWidgetArea(dock) == BOTTOM_DOCK and dock.isVisible()
                    and not dock.isFloating() and dock.height() > cap):
                self.window.resizeDocks([dock], [cap], Qt.Orientation.Vertical)

    def arrange(self, compact: bool) -> None:
        if compact == self.compact:
            return
        if self.compact is None and not compact:  # the docks are where the window put them:
            self.compact = False  # only the sizes (no dock shown a moment: charts stay unbuilt)
            self._first_pending = True
            if self.window.isVisible():
                self._settle_first_sizes()
            return  # else when the window is shown (eventFilter)
        self.compact = compact
        window = self.window
        shown = {dock: not dock.isHidden() for dock in self.docks()}
        window.setUpdatesEnabled(False)
        try:
            if compact:
                self._compact(shown)
            else:
                self._wide(shown)
        finally:
            window.setUpdatesEnabled(True)

    def _compact(self, shown: dict[QDockWidget, bool]) -> None:
        window = self.window
        self.column_dock.setWidget(self.column)
        window.addDockWidget(SIDE_DOCK, self.column_dock)
        self._column_docked = True
        self.column_dock.show()
        for dock in shown:
            if dock.isFloating():
                continue
            window.addDockWidget(SIDE_DOCK, dock)
            window.tabifyDockWidget(self.column_dock, dock)
            dock.setVisible(shown[dock])
        self.column_dock.raise_()
        for bar in window.findChildren(QTabBar):
            if bar.parent() is window:  # the dock tabs: whole names, scrolled when many
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)
        QTimer.singleShot(0, self._side_width)  # once the tabs are laid out

    def _side_width(self) -> None:
        """Compact: the tabs a third of the width, never narrower than the plan's column."""
        if not self.compact:
            return
        need = self.column.widget().minimumSizeHint().width() if isinstance(
            self.column, QScrollArea) and self.column.widget() is not None else 0
        least = max(SIDE_MIN_PX, need + 24)
        # kept however the map's contents change (Qt's dock layout would squeeze the tabs)
        self.column_dock.setMinimumWidth(least)
        side = max(least, int(self.window.width() * SIDE_SHARE))
        self.window.resizeDocks([self.column_dock], [side], Qt.Orientation.Horizontal)

    def _wide(self, shown: dict[QDockWidget, bool]) -> None:
        window = self.window
        self.splitter.addWidget(self.column)  # out of the dock, back beside the map
        self.column.show()
        self.splitter.setStretchFactor(1, 0)
        self.column_dock.setMinimumWidth(0)
        if self._column_docked:
            window.removeDockWidget(self.column_dock)
            self._column_docked = False
        for dock in shown:
            if dock.isFloating():
                continue
            window.addDockWidget(self.home.get(dock, BOTTOM_DOCK), dock)
        for dock in shown:
            if dock is not self.front and self.home.get(dock) == BOTTOM_DOCK:
                window.tabifyDockWidget(self.front, dock)
        for dock in shown:
            dock.setVisible(shown[dock])
        self.front.raise_()
        QTimer.singleShot(0, self._first_sizes)  # once the docks are laid out again

    def _settle_first_sizes(self) -> None:
        """The first sizes, now, once the window's layouts have been carried out."""
        if not self._first_pending:
            return
        self._first_pending = False
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._first_sizes()

    def _first_sizes(self) -> None:
        """The features' first sizes, capped so that the map keeps the largest area."""
        window = self.window
        width = self.splitter.width()  # the map two thirds, the plan's column the rest
        self.splitter.setSizes([int(width * 0.68), width - int(width * 0.68)])
        for dock, size in self.sizes.items():
            if self.home.get(dock) in (BOTTOM_DOCK, Qt.DockWidgetArea.TopDockWidgetArea):
                window.resizeDocks([dock], [min(size, int(window.height() * BOTTOM_SHARE))],
                                   Qt.Orientation.Vertical)
            else:
                # as wide as its content needs (no sideways scrolling of a panel's buttons),
                # within the share that keeps the map the largest area
                need = _content_width(dock)
                window.resizeDocks([dock], [min(max(size, need),
                                                int(window.width() * SIDE_DOCK_SHARE))],
                                   Qt.Orientation.Horizontal)

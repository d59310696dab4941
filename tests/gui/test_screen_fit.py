"""Windows and dialogs fit the screen's free area (the offscreen screen is 800 × 800)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

from kzplanner.gui import settings
from kzplanner.gui.screen_fit import FRAME_PX, TITLE_BAR_PX, fit_to_screen, smaller_than


def _free():
    return QGuiApplication.primaryScreen().availableGeometry()


def test_a_dialog_larger_than_the_screen_is_shrunk_to_it(styled_app):
    from kzplanner.gui.data.import_wizard import ImportWizard
    from kzplanner.gui.state import AppState

    free = _free()
    wizard = ImportWizard(AppState(language="kk"))
    assert wizard.width() <= free.width() - FRAME_PX
    assert wizard.height() <= free.height() - FRAME_PX - TITLE_BAR_PX
    wizard.deleteLater()


def test_a_dialog_that_fits_keeps_its_designed_size(styled_app):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    fit_to_screen(dialog, 400, 300)
    assert (dialog.width(), dialog.height()) == (400, 300)
    assert not smaller_than(dialog, 400, 300)
    dialog.deleteLater()


def test_the_first_start_on_a_small_screen_is_maximized_later_ones_as_left(styled_app):
    from kzplanner.gui.main_window import MainWindow
    from kzplanner.gui.state import AppState

    settings.write("window/geometry", QByteArray())
    first = MainWindow(AppState(language="ru"))
    first.show_on_screen()
    assert first.isMaximized()
    first.close()

    left = MainWindow(AppState(language="ru"))
    left.resize(1351, 703)
    left.show()
    size = left.size()
    left.close()  # saves its geometry
    again = MainWindow(AppState(language="ru"))
    again.show_on_screen()
    # as left: not maximized, the saved height (Qt fits the restored width to the 800-px
    # offscreen screen, and the window's minimum width then wins)
    assert again.geometry_restored and not again.isMaximized()
    assert again.height() == size.height() == 703
    again.close()

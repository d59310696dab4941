"""Everything Qt: application state, main window, map, panels, table models, task runner.

Import PySide6 before pyqtgraph anywhere in this package (pyqtgraph picks a binding on import).
"""

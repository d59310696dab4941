"""The application's look: Fusion style, a font with Kazakh glyphs, and one style sheet."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette, QRawFont
from PySide6.QtWidgets import QApplication

from kzplanner import paths

log = logging.getLogger(__name__)

# Fonts usually installed that carry Ә Ғ Қ Ң Ө Ұ Ү Һ І, in order of preference; each is checked
# glyph by glyph before use, and the bundled DejaVu Sans (resources/fonts) is the fallback.
PREFERRED_FONTS: tuple[str, ...] = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Arial")
BUNDLED_FONT_FILES: tuple[str, ...] = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
BUNDLED_FAMILY = "DejaVu Sans"
KAZAKH_SAMPLE = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"

ACCENT = "#1f5f99"

STYLE_SHEET = f"""
QMainWindow {{ background: #f5f6f8; }}
#banner {{ background: #fff4d6; border-bottom: 1px solid #e6c970; }}
#bannerIcon {{ color: #9a6b00; font-size: 16pt; }}
#bannerStrong {{ color: #5c3d00; font-weight: bold; }}
#bannerText {{ color: #5c4a1f; }}
#bannerButton {{ padding: 3px 10px; }}
#mapToolbar {{ background: #ffffff; border-bottom: 1px solid #dde1e6; }}
#segmented QToolButton {{
    border: 1px solid #b8c0ca; background: #ffffff; padding: 3px 10px; margin: 0;
}}
#segmented QToolButton:checked {{ background: {ACCENT}; color: #ffffff; border-color: {ACCENT}; }}
#segmented QToolButton:disabled {{ color: #a0a6ad; background: #f3f4f6; }}
#segmented QToolButton#segFirst {{ border-top-left-radius: 4px; border-bottom-left-radius: 4px; }}
#segmented QToolButton#segLast {{ border-top-right-radius: 4px; border-bottom-right-radius: 4px; }}
#segmented QToolButton#segMid, #segmented QToolButton#segLast {{ border-left: none; }}
#fitButton {{ padding: 3px 8px; }}
#allocationPanel, #resultsPanel {{ background: #ffffff; }}
#resultsPanel QScrollArea, #resultsPanel QScrollArea > QWidget > QWidget {{ background: #ffffff; }}
#panelTitle {{ font-size: 11pt; font-weight: bold; color: #1f2933; }}
#hint {{ color: #5f6b7a; }}
#runButton {{
    background: {ACCENT}; color: #ffffff; border: none; border-radius: 4px;
    padding: 6px 16px; font-weight: bold;
}}
#runButton:hover {{ background: #2a72b5; }}
#runButton:pressed {{ background: #184c7a; }}
#tile {{ background: #f2f6fa; border: 1px solid #dbe4ee; border-radius: 6px; }}
#tileCaption {{ color: #4a5868; font-size: 8pt; }}
#tileValue {{ color: #13263a; font-size: 13pt; font-weight: bold; }}
#resultsPanel[stale="true"] #tileValue {{ color: #8a96a3; }}
#tileNote {{ color: {ACCENT}; font-size: 8pt; }}
#sectionHead {{
    color: #1f2933; font-weight: bold; padding-top: 6px; border-bottom: 1px solid #e3e7ec;
}}
#rowCaption {{ color: #4a5868; }}
#rowValue {{ color: #13263a; }}
#rowValue[strong="true"] {{ font-weight: bold; }}
#mapCaption {{
    background: rgba(255, 255, 255, 200); color: #4a5868; font-size: 8pt; padding: 2px 6px;
    border-radius: 3px;
}}
#mapPlaceholder {{ color: #5f6b7a; font-size: 12pt; }}
QTableView#unitsTable {{
    background: #ffffff; alternate-background-color: #f7f9fb; gridline-color: #e6e9ee;
    selection-background-color: #cfe0f1; selection-color: #0b2a4a;
}}
QHeaderView::section {{
    background: #eef1f5; color: #1f2933; padding: 3px 6px; border: none;
    border-right: 1px solid #dde1e6; border-bottom: 1px solid #cfd5dc;
}}
QSplitter::handle {{ background: #dde1e6; }}
QStatusBar {{ background: #eef1f5; }}
"""


def register_bundled_fonts() -> list[str]:
    """Add the fonts shipped in resources/fonts to Qt's database; returns their families."""
    families: list[str] = []
    for name in BUNDLED_FONT_FILES:
        path = paths.resources_dir() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def covers_kazakh(font: QFont) -> bool:
    """True when the font itself (not a fallback) has a glyph for every Kazakh letter."""
    raw = QRawFont.fromFont(font)
    return raw.isValid() and all(raw.supportsCharacter(ord(ch)) for ch in KAZAKH_SAMPLE)


def pick_font(size_pt: float = 9.5) -> QFont:
    """The system's UI font when it renders Kazakh letters, else the first preferred family that
    does, else the bundled DejaVu Sans."""
    register_bundled_fonts()
    candidates = [QApplication.font()]
    families = set(QFontDatabase.families())
    candidates += [QFont(family) for family in PREFERRED_FONTS if family in families]
    candidates.append(QFont(BUNDLED_FAMILY))
    for font in candidates:
        font.setPointSizeF(size_pt)
        if covers_kazakh(font):
            return font
    font = QFont(BUNDLED_FAMILY)
    font.setPointSizeF(size_pt)
    return font


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe0f1"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#0b2a4a"))
    app.setPalette(palette)
    app.setFont(pick_font())
    app.setStyleSheet(STYLE_SHEET)

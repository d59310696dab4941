"""Every resource file the window opens (sample, icon, fonts, translations, user guide) exists."""

from __future__ import annotations

import re
from pathlib import Path

from kzplanner import paths

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("kk", "ru", "en")


def test_every_resource_file_the_app_opens_exists():
    from kzplanner.gui import i18n, style

    needed = [paths.sample_boundaries(), paths.sample_statistics(), paths.sample_institutions(),
              paths.resources_dir() / "icons" / "kzplanner.png",
              paths.resources_dir() / "fonts" / "LICENSE-DejaVu.txt"]
    needed += [paths.resources_dir() / "fonts" / name for name in style.BUNDLED_FONT_FILES]
    needed += [i18n.qm_path(lang) for lang in i18n.TRANSLATED]
    needed += [i18n.ts_path(lang) for lang in i18n.TRANSLATED]
    for lang in LANGS:
        guide = paths.user_guide(lang)
        needed.append(guide)
        if guide.is_file():
            needed += [guide.parent / src for src in
                       re.findall(r'src="([^"]+)"', guide.read_text(encoding="utf-8"))]
    missing = [str(p.relative_to(ROOT)) for p in needed if not p.is_file()]
    assert missing == []

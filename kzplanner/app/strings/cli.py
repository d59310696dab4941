"""UI strings (en/ru/kk) of the command line's own text (issue 20: one language per run):
comparison, stored-scenario maps, the check report's layout notes; merged into strings.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "cmp.intro_text": {"en": "Differences (Δ) are against “{base}”.",
                       "ru": "Разница (Δ) — относительно сценария «{base}».",
                       "kk": "Айырма (Δ) «{base}» сценарийімен салыстырғанда."},
    "cli.map_scenario_title": {"en": "{indicator} — scenario “{name}”",
                               "ru": "{indicator} — сценарий «{name}»",
                               "kk": "{indicator} — «{name}» сценарийі"},
}

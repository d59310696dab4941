"""The bundled sample on today's 20 oblasts and cities of republican significance (its district
rows summed into them): for tests written for oblast-level figures."""

from __future__ import annotations

from kzplanner import paths


def oblast_paths() -> tuple[str, str, str]:
    """(boundaries, statistics, register) of the oblast-level sample."""
    return (str(paths.bundled_boundaries("adm1")), str(paths.sample_statistics()),
            str(paths.sample_institutions()))


def oblast_args() -> list[str]:
    """`--boundaries B --stats S --institutions R` of the oblast-level sample."""
    b, s, i = oblast_paths()
    return ["--boundaries", b, "--stats", s, "--institutions", i]

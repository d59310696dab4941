"""Every CLI sub-command, with its error paths, as argument lists for the language tests
(test_cli_language.py): the fixtures are small files written into a temporary folder."""

from __future__ import annotations

from pathlib import Path

REAL = Path("/work/shared/data/real")


def write_fixtures(folder: Path) -> dict[str, Path]:
    """A small panel (unit × year) and a table for `evaluate`, named in a dict."""
    panel = folder / "panel.csv"
    lines = ["unit,year,y,treated,x"]
    for u in range(8):
        for year in (2019, 2020, 2021, 2022):
            y = 10 + u + (year - 2019) * 0.5 + (3.0 if u < 4 and year >= 2021 else 0.0) \
                + ((u * 7 + year) % 5) * 0.1
            lines.append(f"U{u},{year},{y:.2f},{1 if u < 4 else 0},{(u * 3 + year) % 7}")
    panel.write_text("\n".join(lines) + "\n", encoding="utf-8")
    params = folder / "параметрлер.toml"
    params.write_text('budget_kzt = "много"\n', encoding="utf-8")
    swapped = folder / "елді мекендер.csv"  # latitude and longitude swapped
    swapped.write_bytes("Название;Широта;Долгота\nА;73,1;49,8\nБ;72,9;50,1\n".encode("cp1251"))
    return {"panel": panel, "params": params, "swapped": swapped}


def sample_boundaries() -> Path:
    """Today's oblasts: the sample's district rows sum into every one (no unit without data,
    whose English name would be the data's, not the catalogue's)."""
    return Path(__file__).resolve().parents[2] / "maps" / "kz_geokz_2024_adm1.gpkg"


def sample_settlements() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "sample" / "settlements.gpkg"


def sample_stats() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "sample" / "kz_sample_statistics.xlsx"


def runs(folder: Path, lang: str) -> list[tuple[str, list[str]]]:
    """(name, argv) of every sub-command in `lang`: the ordinary runs first (they build the
    project the later ones read), then the error paths."""
    f = write_fixtures(folder)
    kzp, out = folder / f"p-{lang}.kzp", folder / f"plan-{lang}.xlsx"
    bnd, stats = sample_boundaries(), sample_stats()
    L = ["--lang", lang]
    items = [
        ("plan", ["plan", "--budget", "2 000 000 000", "--out", str(out), "--project", str(kzp),
                  "--scenario", "A", *L]),
        ("plan proportional", ["plan", "--budget", "1\u202f000\u202f000\u202f000", "--strategy",
                               "proportional", "--project", str(kzp), "--scenario", "B", *L]),
        ("plan sweep", ["plan", "--budget", "1e9", "--sweep", *L]),
        ("compare", ["compare", "--project", str(kzp), "--scenarios", "A", "B", *L]),
        ("export xlsx", ["export", "--project", str(kzp), "--scenario", "A", "--out",
                         str(folder / f"e-{lang}.xlsx"), *L]),
        ("export csv", ["export", "--project", str(kzp), "--scenario", "A", "--out",
                        str(folder / f"e-{lang}.csv"), *L]),
        ("check", ["check", "--boundaries", str(bnd), "--stats", str(stats), *L]),
        ("template", ["template", "--boundaries", str(bnd), "--out",
                      str(folder / f"t-{lang}.xlsx"), *L]),
        ("evaluate did", ["evaluate", "did", "--data", str(f["panel"]), "--outcome", "y",
                          "--unit", "unit", "--time", "year", "--treated", "treated",
                          "--post-from", "2021", *L]),
        ("evaluate corr", ["evaluate", "corr", "--data", str(f["panel"]), "--columns", "y,x",
                           *L]),
        ("map list", ["map", "--list-indicators", *L]),
        ("coverage", ["coverage", "--settlements", str(sample_settlements()), "--out",
                      str(folder / f"v-{lang}.xlsx"), *L]),
        # error paths
        ("bad budget", ["plan", "--budget", "-5", *L]),
        ("budget not a number", ["plan", "--budget", "2 000 x", *L]),
        ("bad equity", ["plan", "--budget", "1000", "--equity", "-1", *L]),
        ("missing file", ["plan", "--budget", "1000", "--stats", str(folder / "нет.xlsx"), *L]),
        ("bad sheet", ["check", "--boundaries", str(bnd), "--stats", str(stats), "--sheet",
                       "Nope", *L]),
        ("missing scenario", ["export", "--project", str(kzp), "--scenario", "Z", "--out",
                              str(folder / "z.xlsx"), *L]),
        ("bad export suffix", ["export", "--project", str(kzp), "--scenario", "A", "--out",
                               str(folder / "z.txt"), *L]),
        ("one scenario", ["compare", "--project", str(kzp), "--scenarios", "A", *L]),
        ("bad indicator", ["map", "--indicator", "nope", "--out", str(folder / "m.png"), *L]),
        ("map missing scenario", ["map", "--project", str(kzp), "--scenario", "Z", "--out",
                                  str(folder / "m.png"), *L]),
        ("bad parameters file", ["plan", "--params", str(f["params"]), *L]),
        ("bad breaks", ["map", "--scheme", "user_defined", "--breaks", "1,x", "--out",
                        str(folder / "m.png"), *L]),
        ("bad strategy", ["plan", "--budget", "1000", "--strategy", "fastest", *L]),
        ("missing option", ["check", "--stats", str(stats), *L]),
        ("map stored with a budget", ["map", "--project", str(kzp), "--scenario", "A",
                                      "--budget", "1e9", "--out", str(folder / "m.png"), *L]),
        ("coverage bad reach", ["coverage", "--settlements", str(sample_settlements()),
                                "--reach", "fap=0", *L]),
        ("coverage swapped", ["coverage", "--settlements", str(f["swapped"]), *L]),
        ("evaluate missing column", ["evaluate", "corr", "--data", str(f["panel"]),
                                     "--columns", "y,nope", *L]),
    ]
    real = REAL / "bns-population-by-region" / "source.xlsx"
    shp = REAL / "geokz" / "kaz_admbnda_adm1_2018.shp"
    if real.is_file() and shp.is_file():
        items.append(("check real", ["check", "--boundaries", str(shp), "--stats", str(real),
                                     *L]))
    return items

"""Build maps/kato_gazetteer.json: the names of Kazakhstan's oblast-level and district-level units
by KATO code, 2018 and 2024, from geokz (A. Rodionov, CC BY 4.0).

The tree reader (kzplanner.core.tree) uses it to tell, for a bare label such as "Жамбыл" below
the Almaty oblast header, whether it is that oblast's district or the next oblast's header: it
needs to know which districts each oblast has even when the boundaries loaded are oblasts only.
Names only (no geometry): a few tens of KB. Deterministic (sorted keys, fixed order).

    python scripts/build_gazetteer.py [--geokz ../shared/data/real/geokz]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "real" / "geokz"
CREDIT = "geokz (A. Rodionov), CC BY 4.0, https://github.com/arodionoff/geokz"


def build(geokz: Path) -> dict:
    import pyogrio

    years: dict[str, dict[str, list[str]]] = {}
    for year in ("2024", "2018"):
        units = years.setdefault(year, {})
        for level in (1, 2):
            path = geokz / f"kaz_admbnda_adm{level}_{year}.shp"
            frame = pyogrio.read_dataframe(path, read_geometry=False)
            for row in frame.sort_values("KATO").to_dict("records"):
                names = units.setdefault(str(row["KATO"]).strip(), [])
                for lang in ("KK", "RU", "EN"):
                    name = str(row.get(f"ADM{level}_{lang}") or "").strip()
                    if name and name not in names:
                        names.append(name)
        years[year] = {c: units[c] for c in sorted(units)}
    return {"source": CREDIT, "derived_by": "scripts/build_gazetteer.py", "units": years}


def dumps(data: dict) -> str:
    """JSON with one unit a line: small, and a diff shows what changed."""
    lines = ["{", f'"source": {json.dumps(data["source"])},',
             f'"derived_by": {json.dumps(data["derived_by"])},', '"units": {']
    years = list(data["units"])
    for i, year in enumerate(years):
        lines.append(f'"{year}": {{')
        codes = list(data["units"][year])
        for j, code in enumerate(codes):
            comma = "," if j < len(codes) - 1 else ""
            lines.append(f'"{code}": {json.dumps(data["units"][year][code], ensure_ascii=False)}'
                         f"{comma}")
        lines.append("}" + ("," if i < len(years) - 1 else ""))
    lines += ["}", "}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--geokz", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, default=ROOT / "maps" / "kato_gazetteer.json")
    args = ap.parse_args()
    data = build(args.geokz)
    args.out.write_text(dumps(data), encoding="utf-8")
    print(f"{args.out}: " + ", ".join(f"{y}: {len(u)} units" for y, u in data["units"].items()))


if __name__ == "__main__":
    main()

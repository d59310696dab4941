"""District bulletins in the Bureau of National Statistics' layout, built from the real geokz
2024 names (../shared/data/real/geokz, CC BY 4.0), for the tree-reading and totals tests.

The layout: a bilingual title, a caption at the right, a 3-row merged bilingual header, the
republic row, each oblast as a header row followed by its cities of oblast significance and its
districts, then the three cities of republican significance followed by their city districts,
"-" for zero, a footnote marker on one label and a note block below. Values are made up (seeded);
every header row is the sum of its children and the republic row the sum of the headers, so the
expected value of every unit is known independently of the reader.
"""

from __future__ import annotations

import random
from pathlib import Path

from kzplanner.core.kinds import kind_from_code

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real" / "geokz"
ADM1 = REAL / "kaz_admbnda_adm1_2024.shp"
ADM2 = REAL / "kaz_admbnda_adm2_2024.shp"
REP_CITIES = ("710000000", "750000000", "790000000")


def geokz_names() -> tuple[list[dict], list[dict]]:
    """(oblast-level rows, district-level rows) of geokz 2024 as plain dicts, ordered by KATO."""
    import pyogrio

    adm1 = pyogrio.read_dataframe(ADM1, read_geometry=False).sort_values("KATO")
    adm2 = pyogrio.read_dataframe(ADM2, read_geometry=False).sort_values("KATO")
    return adm1.to_dict("records"), adm2.to_dict("records")


def _top_label(row: dict, lang: str, style: str) -> str:
    code = str(row["KATO"])
    kk = str(row["ADM1_KK"]).replace(" (қала)", "")
    ru = str(row["ADM1_RU"])
    if code in REP_CITIES:
        if style == "bare":
            return kk if lang == "kk" else ru
        return f"{kk} қаласы" if lang == "kk" else f"г. {ru}"
    if style == "bare":
        return kk if lang == "kk" else ru
    return f"{kk} облысы" if lang == "kk" else f"{ru} область"


def _child_label(row: dict, lang: str, style: str) -> str:
    code = str(row["KATO"])
    kk, ru = str(row["ADM2_KK"]), str(row["ADM2_RU"])
    if style == "bare":
        return kk if lang == "kk" else ru
    kind = kind_from_code(code)
    if kind == "city":
        return f"{kk} қ.ә." if lang == "kk" else f"г.а. {ru}"
    return f"{kk} ауданы" if lang == "kk" else f"{ru} район"


def make_district_bulletin(path: Path, *, lang: str = "kk", top_style: str = "suffixed",
                           child_style: str = "suffixed", swap: tuple[str, str] | None = None,
                           seed: int = 14) -> dict[str, float]:
    """Write the bulletin to `path` (.xlsx) and return the 2024 value of every geokz unit, by
    KATO code: the 224 district-level units and the 20 oblast-level ones, plus '000000000'.

    `swap` = (code_a, code_b): those two district rows trade places between their oblasts (the
    header rows keep the true sums, so the totals check must name both oblasts).
    """
    import openpyxl

    adm1, adm2 = geokz_names()
    rng = random.Random(seed)
    value: dict[str, float] = {}
    previous: dict[str, float] = {}
    for row in adm2:
        code = str(row["KATO"])
        value[code] = float(rng.randint(2_000, 400_000))
        previous[code] = float(rng.randint(2_000, 400_000))
    # a zero, written "-"
    zero_code = str(adm2[5]["KATO"])
    value[zero_code] = 0.0
    children: dict[str, list[dict]] = {}
    for row in adm2:
        children.setdefault(str(row["KATO"])[:2], []).append(row)
    for row in adm1:
        top = str(row["KATO"])
        value[top] = sum(value[str(c["KATO"])] for c in children[top[:2]])
        previous[top] = sum(previous[str(c["KATO"])] for c in children[top[:2]])
    value["000000000"] = sum(value[str(r["KATO"])] for r in adm1)
    previous["000000000"] = sum(previous[str(r["KATO"])] for r in adm1)

    listed: dict[str, list[dict]] = {k: list(v) for k, v in children.items()}
    if swap:
        a, b = swap
        la, lb = listed[a[:2]], listed[b[:2]]
        ia = next(i for i, r in enumerate(la) if str(r["KATO"]) == a)
        ib = next(i for i, r in enumerate(lb) if str(r["KATO"]) == b)
        la[ia], lb[ib] = lb[ib], la[ia]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1"
    ws["A1"] = ("Аудандар бөлінісінде халық саны / Численность населения в разрезе районов"
                if lang == "kk" else "Численность населения в разрезе районов")
    ws["C2"] = "адам / человек"
    ws["A3"] = "Аумақ / Территория"
    ws.merge_cells("A3:A5")
    ws["B3"] = "Халық саны / Численность населения"
    ws.merge_cells("B3:C3")
    ws["B4"] = "жыл басына / на начало года"
    ws.merge_cells("B4:C4")
    ws["B5"], ws["C5"] = "2023", "2024"
    r = 6
    ws.cell(r, 1, "Қазақстан Республикасы" if lang == "kk" else "Республика Казахстан")
    ws.cell(r, 2, previous["000000000"])
    ws.cell(r, 3, value["000000000"])

    def put(label: str, code: str) -> None:
        nonlocal r
        r += 1
        ws.cell(r, 1, label)
        ws.cell(r, 2, previous[code])
        ws.cell(r, 3, "-" if value[code] == 0 else value[code])

    oblasts = [x for x in adm1 if str(x["KATO"]) not in REP_CITIES]
    cities = [x for x in adm1 if str(x["KATO"]) in REP_CITIES]
    for top in oblasts + cities:
        code = str(top["KATO"])
        label = _top_label(top, lang, top_style)
        if code == "610000000":
            label += " 1)"  # a footnote marker
        put(label, code)
        kids = listed[code[:2]]
        # cities of oblast significance first, then districts, as the Bureau lists them
        kids = sorted(kids, key=lambda c: (kind_from_code(str(c["KATO"])) != "city",
                                           str(c["KATO"])))
        for kid in kids:
            put(_child_label(kid, lang, child_style), str(kid["KATO"]))
    r += 2
    ws.cell(r, 1, "1) 2018 жылдан бастап Түркістан облысы." if lang == "kk"
            else "1) С 2018 года Туркестанская область.")
    ws.cell(r + 1, 1, "Ескерту: «-» құбылыс жоқ." if lang == "kk"
            else "Примечание: «-» явление отсутствует.")
    wb.save(path)
    return value


def make_regional_table(path: Path, title_ru: str, title_kk: str, unit: str,
                        values: dict[str, float], year: str = "2023",
                        previous: dict[str, float] | None = None) -> None:
    """An oblast-level table in the Bureau's layout: bilingual title, unit caption, a 2-row
    merged header (territory | the indicator over two year columns), the republic row (the sum),
    the 20 regions by their Russian names, a note below. `values`: KATO → figure."""
    import openpyxl

    adm1, _adm2 = geokz_names()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1.1"
    ws["A1"] = f"{title_kk} / {title_ru}"
    ws["C2"] = unit
    ws["A3"] = "Аумақ / Территория"
    ws.merge_cells("A3:A4")
    ws["B3"] = "жыл / год"
    ws.merge_cells("B3:C3")
    prev_year = str(int(year[:4]) - 1)
    ws["B4"], ws["C4"] = prev_year, year
    previous = previous or {c: v * 0.98 for c, v in values.items()}
    ws["A5"] = "Қазақстан Республикасы / Республика Казахстан"
    ws["B5"] = sum(previous[str(r["KATO"])] for r in adm1)
    ws["C5"] = sum(values[str(r["KATO"])] for r in adm1)
    for k, row in enumerate(adm1):
        code = str(row["KATO"])
        name = str(row["ADM1_RU"])
        if code not in REP_CITIES:
            name += " область" if not name.endswith("ская") else ""
        else:
            name = f"г. {name}"
        ws.cell(6 + k, 1, name)
        ws.cell(6 + k, 2, previous[code])
        ws.cell(6 + k, 3, values[code])
    ws.cell(6 + len(adm1) + 1, 1, "Примечание: данные выборочного обследования.")
    wb.save(path)

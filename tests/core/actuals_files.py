"""Actuals as a regional office sends them: odd layouts for the import wizard's tests.

The workbook has a Kazakh/Russian title, a caption, headers merged over two rows
("Ваучеры на устройства" over "Выдано ваучеров на устройства" / "Погашено" / "Сумма, тенге"),
units by name in Kazakh or Russian (never a code), a country-total row, office marks ("-", "х")
and notes below; the CSV is CP1251 with a title line, ';' and decimal commas, and Kazakh names in
the legacy CP1251 substitutes (Ќ for Қ, Ѕ for Ң …).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

# unit code → (name as the office writes it, issued, redeemed, spent ₸, institutions connected,
# spent in total ₸); the sample units (Natural Earth, pre-2018 oblasts).
ROWS: dict[str, tuple[str, float, float, float, float, float]] = {
    "110000000": ("Ақмола облысы 1)", 1250, 1000, 125_000_000, 12, 365_000_000),
    "150000000": ("Ақтөбе облысы", 800, 560, 80_000_000, 0, 80_000_000),
    "350000000": ("Қарағанды облысы", 2000, 1900, 200_000_000, 25, 700_000_000),
    "470000000": ("Маңғыстау обл.", 300, 0, 30_000_000, 4, 110_000_000),
    "590000000": ("Солтүстік Қазақстан облысы", 640, 512, 64_000_000, 7, 204_000_000),
    "630000000": ("Восточно-Казахстанская", 900, 700, 90_000_000, 9, 270_000_000),
    "750000000": ("г. Алматы", 1500, 1450, 150_000_000, 3, 210_000_000),
}
MEASURE_OF = ("device_voucher_issued", "device_voucher_redeemed", "device_voucher_spent_kzt",
              "kits_installed", "spent_kzt")
TOTAL_LABEL = "Қазақстан Республикасы / Республика Казахстан"


def value(code: str, measure: str) -> float:
    """The file's value of `measure` for `code` (as the tests expect it back)."""
    return float(ROWS[code][1 + MEASURE_OF.index(measure)])


def odd_workbook(path: Path, rows: dict[str, tuple] | None = None,
                 overrides: dict[tuple[str, int], object] | None = None) -> Path:
    """The workbook; `overrides` puts a raw cell value at (unit code, 1-based value column)."""
    rows = rows or ROWS
    overrides = overrides or {}
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Факт 2025"
    ws.append(["Ұлттық бағдарламаның нақты орындалуы, 2025 жыл (әкімдік деректері)"])
    ws.append([None, None, None, None, None, "бірлік / единиц"])
    ws.append(["Өңір\nРегион", "Ваучеры на устройства\nҚұрылғы ваучерлері", None, None,
               "Подключено организаций\nҚосылған мекемелер",
               "Израсходовано всего, тенге\nБарлығы жұмсалды, теңге"])
    ws.append([None, "Выдано ваучеров на устройства", "Погашено", "Сумма, тенге"])
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:D3")
    ws.merge_cells("E3:E4")
    ws.merge_cells("F3:F4")
    totals = [sum(r[i] for r in rows.values()) for i in range(1, 6)]
    ws.append([TOTAL_LABEL, *[_spaced(v) for v in totals]])
    for code, (name, *values) in rows.items():
        cells: list[object] = [_spaced(v) if i in (0, 2, 4) else v
                               for i, v in enumerate(values)]
        cells = ["-" if v == 0 else v for v in cells]
        for (c, col), raw in overrides.items():
            if c == code:
                cells[col - 1] = raw
        ws.append([name, *cells])
    ws.append([])
    ws.append(["1) Шаһар мен ауыл бірге есептелген; Іле ауданы кірмейді."])
    ws.append(["Примечание: данные предварительные (ҮЕҰ мәліметтері)."])
    wb.save(path)
    return path


def _spaced(v: float) -> str:
    """1250 → '1 250' as offices type numbers into text cells."""
    return f"{int(v):,}".replace(",", " ")


# Kazakh letters missing from CP1251 written with the legacy substitutes offices used.
LEGACY = str.maketrans({"Ә": "Ј", "Ғ": "Є", "Қ": "Ќ", "Ң": "Ѕ", "Ө": "Ґ", "Ұ": "Ў", "Ү": "Ї",
                        "Һ": "Ћ", "ә": "ј", "ғ": "є", "қ": "ќ", "ң": "ѕ", "ө": "ґ", "ұ": "ў",
                        "ү": "ї", "һ": "ћ"})
CSV_ROWS: dict[str, tuple[str, float, float, float]] = {
    # code → (name, issued, redeemed, kits)
    "390000000": ("Қостанай облысы", 410, 205, 6),
    "550000000": ("Павлодарская область", 1000, 999.5, 2),
    "710000000": ("г. Астана", 700, 0, 0),
}


def cp1251_csv(path: Path) -> Path:
    """Title line, ';' separated, Russian headers, decimal commas, a legacy-encoded name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["Отчёт акимата о выдаче ваучеров;;;", "",
             "Наименование региона;Выдано ваучеров на интернет;"
             "Погашено ваучеров на интернет;Установлено комплектов"]
    for name, issued, redeemed, kits in CSV_ROWS.values():
        red = "-" if redeemed == 0 else f"{redeemed:g}".replace(".", ",")
        lines.append(f"{name.translate(LEGACY)};{int(issued)};{red};{int(kits)}")
    lines.append("Источник: акимат")
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    return path

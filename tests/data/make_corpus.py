"""Regenerate the broken-file corpus in tests/data/broken (small files, committed).

Run: python tests/data/make_corpus.py (needs xlwt for the .xls files). Each file is named for
what is wrong with it; the expected KZError code per file lives in tests/core/test_io_corpus.py.
Files too large to commit (a table of 200,001 rows, the 28 MB workbook of 29 sheets) are made by
`build_large(folder)` when the tests run.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent / "broken"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEADER = ["unit_code", "unit_name", "population", "schools_total", "schools_connected"]
ROW = ["110000000", "Акмолинская", 788023, 620, 600]
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xlsx(path: Path, rows: list[list[object]], sheet: str = "statistics") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def raw_xlsx(path: Path, sheets: dict[str, str], *, extra: dict[str, bytes] | None = None,
             drop: tuple[str, ...] = ()) -> Path:
    """A workbook written by hand: `sheets` maps a sheet name to its <worksheet> XML (without
    the XML declaration), so that a test controls every byte (addresses, merges, dimensions)."""
    names = list(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
          'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
          '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(len(names))) + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>')
    book = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                      for i, n in enumerate(names)) + "</sheets></workbook>")
    book_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships">'
                 + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/'
                           'officeDocument/2006/relationships/worksheet" '
                           f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names)))
                 + "</Relationships>")
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "xl/workbook.xml": book,
             "xl/_rels/workbook.xml.rels": book_rels}
    for i, xml in enumerate(sheets.values()):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = '<?xml version="1.0" encoding="UTF-8"?>' + xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            if name not in drop:
                zf.writestr(name, text)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def _cell(ref: str, value: object) -> str:
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def _col(index: int) -> str:
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def sheet_xml(rows: list[list[object]], *, merges: list[str] = (), dimension: str | None = None,
              far: list[tuple[str, object]] = ()) -> str:
    """<worksheet> XML of `rows` (from A1), with merged ranges, a stated dimension and cells
    placed far away (`far`: (address, value))."""
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(_cell(f"{_col(c)}{r}", v) for c, v in enumerate(row) if v is not None)
        body.append(f'<row r="{r}">{cells}</row>')
    for ref, value in far:
        digits = "".join(ch for ch in ref if ch.isdigit())
        body.append(f'<row r="{digits}">{_cell(ref, value)}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    merge = (f'<mergeCells count="{len(merges)}">' + "".join(
        f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>") if merges else ""
    return f'<worksheet xmlns="{NS}">{dim}<sheetData>{"".join(body)}</sheetData>{merge}</worksheet>'


BULLETIN = [["Численность населения и школы по регионам"], ["человек"],
            ["Регион", "Население", "Число школ", "из них подключены к интернету"],
            ["Акмолинская область", 788023, 620, 600],
            ["Актюбинская область", 928161, 480, 470],
            ["Алматинская область", 1520000, 750, 700]]


def merge_whole_sheet(path: Path) -> Path:
    """The issue's 5.6 KB workbook: a statistics bulletin under one merge over the whole sheet
    (A1:XFD1048576). openpyxl's normal mode expands it into 17 billion cells."""
    rows = BULLETIN + [[f"Район {i}", 10000 + i, 10 + i % 7, 5 + i % 5] for i in range(40)]
    return raw_xlsx(path, {"statistics": sheet_xml(rows, merges=["A1:XFD1048576"])})


def many_sheets(path: Path, sheets: int = 29, rows: int = 6_500, cols: int = 15) -> Path:
    """The issue's 28 MB workbook of 29 sheets: every sheet a bulletin of `rows` × `cols`
    random figures (little compression), written as raw XML in a few seconds."""
    rng = random.Random(22)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        names = [f"Таблица {k + 1}" for k in range(sheets)]
        raw_xlsx_path = path.with_suffix(".tmp.xlsx")
        raw_xlsx(raw_xlsx_path, {n: "<worksheet/>" for n in names})
        with zipfile.ZipFile(raw_xlsx_path) as src:
            for info in src.infolist():
                if not info.filename.startswith("xl/worksheets/"):
                    zf.writestr(info.filename, src.read(info))
        raw_xlsx_path.unlink()
        for k in range(sheets):
            out = [f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>',
                   '<row r="1"><c r="A1" t="inlineStr"><is><t>Показатели районов</t></is></c></row>',
                   '<row r="2">' + "".join(
                       f'<c r="{_col(c)}2" t="inlineStr"><is><t>Показатель {c}</t></is></c>'
                       for c in range(cols)) + "</row>"]
            for r in range(3, rows + 3):
                cells = [f'<c r="A{r}" t="inlineStr"><is><t>Район {r}</t></is></c>']
                cells += [f'<c r="{_col(c)}{r}"><v>{rng.randint(0, 10**9)}.{rng.randint(0, 99)}'
                          f'</v></c>' for c in range(1, cols)]
                out.append(f'<row r="{r}">{"".join(cells)}</row>')
            out.append("</sheetData></worksheet>")
            zf.writestr(f"xl/worksheets/sheet{k + 1}.xml", "".join(out))
    return path


def build_large(folder: Path) -> dict[str, Path]:
    """Files too large to commit, made when the tests run (a second or two)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    p = folder / "rows_1000001.csv"
    p.write_text("unit_name,population\n" + "Ақмола,1\n" * 1_000_001, encoding="utf-8")
    out["rows_1000001.csv"] = p
    p = folder / "cells_too_many.csv"
    p.write_text("unit_name," + ",".join(f"c{i}" for i in range(999)) + "\n"
                 + ("Ақмола" + ",1" * 999 + "\n") * 5_100, encoding="utf-8")
    out["cells_too_many.csv"] = p
    csv_head = ",".join(HEADER) + "\n"
    p = _csv(folder / "field_200k.csv", csv_head + "110000000," + "А" * 200_000 + ",1,1,1\n")
    out[p.name] = p
    p = _csv(folder / "field_unclosed_long.csv", csv_head + '110000000,"Акмолинская,1,1,1\n'
             + "150000000,Район,1,1,1\n" * 8_000)
    out[p.name] = p
    p = raw_xlsx(folder / "many_merges.xlsx", {"statistics": sheet_xml(
        [HEADER, ROW], merges=[f"A{r}:B{r}" for r in range(3, 20_005)])})
    out[p.name] = p
    p = folder / "zip_bomb.xlsx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (24 * 1024 * 1024))
    out["zip_bomb.xlsx"] = p
    return out


def _xls(path: Path, rows: list[list[object]], sheet: str = "statistics",
         merges: list[tuple[int, int, int, int]] = ()) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    merged = {(r0, c0) for r0, _r1, c0, _c1 in merges}
    for r0, r1, c0, c1 in merges:
        ws.write_merge(r0, r1, c0, c1, rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0])
                       else "")
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None and (r, c) not in merged:
                ws.write(r, c, v)
    wb.save(str(path))
    return path


def _ole_with(path: Path, *names: str) -> Path:
    """Not a real OLE container: its magic and stream names, as a damaged one looks."""
    path.write_bytes(OLE_MAGIC + b"\x00" * 504 + b"".join(n.encode("utf-16-le") + b"\x00" * 8
                                                           for n in names))
    return path


def _csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _polygon_shapefile(folder: Path, stem: str) -> Path:
    import geopandas as gpd
    from shapely.geometry import box

    gdf = gpd.GeoDataFrame({"KATO": ["110000000", "150000000"],
                            "ADM1_RU": ["Акмолинская", "Актюбинская"],
                            "ADM1_KK": ["Ақмола", "Ақтөбе"], "ADM1_EN": ["Akmola", "Aktobe"]},
                           geometry=[box(69, 51, 72, 53), box(56, 47, 60, 50)], crs=4326)
    path = folder / f"{stem}.shp"
    gdf.to_file(path, engine="pyogrio")
    return path


def _geojson(geoms: list[dict | None], props: dict | None = None) -> str:
    props = {"KATO": "110000000", "ADM1_RU": "Акмолинская"} if props is None else props
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": g} for g in geoms]})


POLY = {"type": "Polygon", "coordinates": [[[69, 51], [72, 51], [72, 53], [69, 53], [69, 51]]]}
REGISTER = ["inst_id", "name", "type", "unit_code", "lat", "lon", "people_served", "connected",
            "kit_cost"]
REG_ROW = ["S-1", "Школа №1", "school", "110000000", 51.2, 71.4, 500, "yes", 1_500_000]
GROUPS = ["unit_code", "unit_name", "population", "pwd_eligible", "pwd_no_device",
          "pwd_no_internet"]


def _statistics(d: Path) -> None:  # noqa: PLR0915 - one line per corpus file
    csv_head = ",".join(HEADER) + "\n"
    openpyxl.Workbook().save(d / "empty_workbook.xlsx")  # one blank sheet, as Excel saves it
    _xlsx(d / "header_only.xlsx", [["Title"], HEADER])
    _xlsx(d / "text_in_numbers.xlsx", [HEADER, ["110000000", "Акмолинская", "много", 5, 1]])
    _xlsx(d / "negative_counts.xlsx", [HEADER, ["110000000", "Акмолинская", 1000, -5, 1]])
    _xlsx(d / "connected_gt_total.xlsx", [HEADER, ["110000000", "Акмолинская", 1000, 5, 9]])
    _xlsx(d / "duplicated_units.xlsx", [HEADER, ["110000000", "Акмолинская", 1000, 5, 1],
                                        ["110000000", "Акмолинская", 1000, 5, 1]])
    _xlsx(d / "wrong_sheet.xlsx", [HEADER, ["110000000", "Акмолинская", 1, 1, 1]], sheet="Лист1")
    (d / "empty.xlsx").write_bytes(b"")
    (d / "empty.csv").write_bytes(b"")
    (d / "empty.xls").write_bytes(b"")
    good = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.save(good)
    (d / "truncated.xlsx").write_bytes(good.getvalue()[: len(good.getvalue()) // 2])
    _ole_with(d / "password_protected.xlsx", "EncryptedPackage")
    _ole_with(d / "password_protected.xls", "EncryptionInfo", "EncryptedPackage")
    _ole_with(d / "word_document.xls", "WordDocument")
    (d / "truncated.xls").write_bytes(OLE_MAGIC + b"\x01" * 300)
    # XML entity bomb: a DOCTYPE with nested entities in the sheet XML
    src = zipfile.ZipFile(io.BytesIO(good.getvalue()))
    with zipfile.ZipFile(d / "entity_bomb.xlsx", "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8").split("?>", 1)[-1]
                ents = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};">'
                               for i in range(1, 10))
                data = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">' + ents + "]>"
                        + text).encode("utf-8")
            out.writestr(info, data)
    (d / "cp1251.csv").write_bytes(
        "unit_code;unit_name;population\n110000000;Акмолинская область;788 023\n"
        "150000000;Актюбинская область;928 161\n".encode("cp1251"))
    cyr = d / "Статистика облысы"
    cyr.mkdir()
    (cyr / "деректер.csv").write_text("unit_code,population\n110000000,1\n", encoding="utf-8")
    (d / "not_a_table.csv").write_text("hello\nworld\n", encoding="utf-8")
    # numbers no table can mean
    for name, value in (("inf", "inf"), ("minus_inf", "-inf"), ("infinity", "Infinity"),
                        ("nan", "nan"), ("e400", "1e400"), ("digits400", "9" * 400)):
        _csv(d / f"number_{name}.csv", csv_head + f"110000000,Акмолинская,{value},620,600\n")
    _csv(d / "number_e308.csv", csv_head + "110000000,Акмолинская,1e308,620,600\n")
    _csv(d / "population_2e9.csv", csv_head + "110000000,Акмолинская,2000000000,620,600\n")
    _csv(d / "schools_2e6.csv", csv_head + "110000000,Акмолинская,788023,2000000,600\n")
    _csv(d / "true_text.csv", csv_head + "110000000,Акмолинская,TRUE,620,600\n")
    _csv(d / "istina_text.csv", csv_head.replace(",", ";") +
         "110000000;Акмолинская;ИСТИНА;620;600\n", "cp1251")
    _xlsx(d / "true_in_numbers.xlsx", [HEADER, ["110000000", "Акмолинская", True, 620, 600]])
    _xlsx(d / "false_in_numbers.xlsx", [HEADER, ["110000000", "Акмолинская", 788023, False, 0]])
    _xlsx(d / "population_1e12.xlsx", [HEADER, ["110000000", "Акмолинская", 1e12, 620, 600]])
    _xlsx(d / "date_in_numbers.xlsx", [HEADER, ["110000000", "Акмолинская",
                                                __import__("datetime").date(2024, 1, 1), 620, 600]])
    raw_xlsx(d / "numeric_1e400.xlsx", {"statistics": sheet_xml(
        [HEADER]).replace("</sheetData>", '<row r="2"><c r="A2" t="inlineStr"><is><t>110000000'
                                           '</t></is></c><c r="C2"><v>1e400</v></c></row>'
                                           '</sheetData>')})
    raw_xlsx(d / "numeric_1e308.xlsx", {"statistics": sheet_xml(
        [HEADER, ["110000000", "Акмолинская", 1e308, 620, 600]])})
    # parts larger than their wholes
    _xlsx(d / "households_no_internet_gt.xlsx",
          [["unit_code", "unit_name", "households", "households_no_internet"],
           ["110000000", "Акмолинская", 250000, 260000]])
    _csv(d / "faps_connected_gt.csv", "unit_code,unit_name,faps_total,faps_connected\n"
         "110000000,Акмолинская,40,30\n150000000,Актюбинская,40,41\n")
    _csv(d / "rural_gt_population.csv", "unit_code,unit_name,population,rural_population\n"
         "110000000,Акмолинская,788023,900000\n")
    _xlsx(d / "group_no_device_gt.xlsx", [GROUPS, ["110000000", "Акмолинская", 788023, 100, 101,
                                                   10]])
    _csv(d / "group_no_internet_gt.csv", ",".join(GROUPS) + "\n"
         "110000000,Акмолинская,788023,100,10,150\n")
    # a bulletin the planner maps (title rows, Russian headers): detection, then the mapping
    for name, cell in (("bulletin_inf.xlsx", "inf"), ("bulletin_true.xlsx", True),
                       ("bulletin_1e12.xlsx", 1e12), ("bulletin_nan.xlsx", "nan")):
        rows = [list(r) for r in BULLETIN]
        rows[4][1] = cell
        _xlsx(d / name, rows, sheet="Лист1")
    rows = [list(r) for r in BULLETIN]
    rows[4][3] = 999
    _xlsx(d / "bulletin_connected_gt.xlsx", rows, sheet="Лист1")
    _csv(d / "duplicate_column.csv", "unit_code,unit_name,population,Population\n"
         "110000000,Акмолинская,788023,5\n")
    # CSV damage
    _csv(d / "unbalanced_quote.csv", csv_head + '110000000,"Акмолинская,788023,620,600\n'
         + "".join(f"15000000{i},Район {i},1000,5,4\n" for i in range(12))
         + '470000000,"Мангистауская",700000,300,290\n')
    _csv(d / "unbalanced_quote_eof.csv", csv_head + "110000000,Акмолинская,788023,620,600\n"
         '150000000,"Актюбинская,928161,480,470\n470000000,Мангистауская,700000,300,290\n')
    _csv(d / "unbalanced_quote_cp1251.csv", csv_head.replace(",", ";")
         + '110000000;"Акмолинская;788023;620;600\n150000000;Актюбинская;928161;480;470\n'
         + '470000000;"Мангистауская";700000;300;290\n', "cp1251")
    # named for another format
    page = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            "</head><body><table><tr><td>unit_code</td><td>population</td></tr><tr><td>110000000"
            "</td><td>788023</td></tr></table></body></html>")
    for name in ("web_page.xls", "web_page.csv", "web_page.xlsx"):
        _csv(d / name, page)
    _csv(d / "web_page_doctype.xls", "<!DOCTYPE html>\n" + page)
    _csv(d / "web_page_utf16.xls", page, "utf-16")
    _csv(d / "mhtml.xls", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x")
    _csv(d / "xml_spreadsheet_2003.xls", '<?xml version="1.0"?>\n<?mso-application progid='
         '"Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
         "</Workbook>")
    (d / "pdf_named.xlsx").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (d / "png_named.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (d / "binary_named.csv").write_bytes(bytes(range(256)) * 4)
    (d / "gzip_named.csv").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 40)
    for name, members in (("docx_named.xlsx", {"word/document.xml": "<w/>"}),
                          ("ods_named.xlsx", {"mimetype": "application/vnd.oasis.opendocument."
                                              "spreadsheet", "content.xml": "<x/>"}),
                          ("zip_of_csv.xlsx", {"data/statistics.csv": "unit_code\n1\n"})):
        with zipfile.ZipFile(d / name, "w") as zf:
            for member, text in members.items():
                zf.writestr(member, text)
    # damaged workbooks
    raw_xlsx(d / "no_workbook_xml.xlsx", {"statistics": sheet_xml([HEADER])},
             extra={"xl/styles.xml": "<styleSheet/>"}, drop=("xl/workbook.xml",))
    raw_xlsx(d / "workbook_xml_broken.xlsx", {"statistics": sheet_xml([HEADER])},
             drop=("xl/workbook.xml",), extra={"xl/workbook.xml": "<workbook><sheets><sheet"})
    raw_xlsx(d / "sheet_part_missing.xlsx", {"statistics": sheet_xml([HEADER])},
             drop=("xl/worksheets/sheet1.xml",))
    with zipfile.ZipFile(d / "zip_slip.xlsx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("../../evil.xml", "<x/>")
    # sheets beyond the limits, and merged areas
    merge_whole_sheet(d / "merge_whole_sheet.xlsx")
    raw_xlsx(d / "merge_whole_sheet_title_only.xlsx", {"statistics": sheet_xml(
        [["Численность населения"]], merges=["A1:XFD1048576"])})
    raw_xlsx(d / "value_at_xfd1048576.xlsx", {"statistics": sheet_xml(
        [HEADER, ROW], far=[("XFD1048576", 1)])})
    raw_xlsx(d / "value_at_row_1048576.xlsx", {"statistics": sheet_xml(
        [HEADER, ROW], far=[("A1048576", 1)])})
    raw_xlsx(d / "value_at_column_amk.xlsx", {"statistics": sheet_xml(
        [HEADER, ROW + [None] * 1019 + [1]])})
    raw_xlsx(d / "area_6m_cells.xlsx", {"statistics": sheet_xml(
        [HEADER, ROW], far=[("ALL6000", 1)])})
    unaddressed = sheet_xml([HEADER, ROW]).replace(
        "</sheetData>", '<row r="1048576"><c><v>1</v></c></row></sheetData>')
    raw_xlsx(d / "unaddressed_far_row.xlsx", {"statistics": unaddressed})
    _chart_only(d / "chart_sheet_only.xlsx")
    # .xls (BIFF) workbooks, and workbooks under the other name
    bulletin_xls = _xls(d / "bulletin_inf.xls", [[*r] for r in BULLETIN[:4]] + [
        ["Актюбинская область", "inf", 480, 470]], sheet="Лист1")
    shutil.copy(bulletin_xls, d / "xls_named_xlsx_inf.xlsx")
    _xls(d / "xls_connected_gt.xls", [HEADER, ["110000000", "Акмолинская", 788023, 5, 9]])
    _xls(d / "xls_wrong_sheet.xls", [HEADER, ROW], sheet="Лист1")
    _xls(d / "xls_true.xls", [HEADER, ["110000000", "Акмолинская", True, 620, 600]])
    shutil.copy(d / "true_in_numbers.xlsx", d / "xlsx_named_xls_true.xls")
    shutil.copy(d / "population_1e12.xlsx", d / "xlsx_named_csv_1e12.csv")
    _csv(d / "csv_named_xls_nan.xls", csv_head + "110000000,Акмолинская,nan,620,600\n")
    _csv(d / "utf16_inf.csv", csv_head + "110000000,Акмолинская,inf,620,600\n", "utf-16")
    _csv(d / "utf16le_nobom_true.csv", csv_head + "110000000,Акмолинская,TRUE,620,600\n",
         "utf-16-le")


def _chart_only(path: Path) -> None:
    """A workbook whose one sheet is a chart sheet (no cells)."""
    raw_xlsx(path, {"Диаграмма": "<chartsheet/>"})
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"relationships/worksheet", b"relationships/chartsheet")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def _register(d: Path) -> None:
    head = ",".join(REGISTER) + "\n"
    good = ",".join(str(v) for v in REG_ROW)
    _xlsx(d / "register_bad_type.xlsx", [REGISTER, REG_ROW[:2] + ["бассейн"] + REG_ROW[3:]],
          sheet="institutions")
    _csv(d / "register_inf_lat.csv", head + good.replace("51.2", "inf") + "\n")
    _csv(d / "register_lat_200.csv", head + good.replace("51.2", "200") + "\n")
    _csv(d / "register_served_1e12.csv", head + good.replace(",500,", ",1e12,") + "\n")
    _csv(d / "register_kit_cost_1e16.csv", head + good.replace("1500000", "1e16") + "\n")
    _csv(d / "register_kit_cost_negative.csv", head + good.replace("1500000", "-5") + "\n")
    _xlsx(d / "register_served_true.xlsx", [REGISTER, REG_ROW[:6] + [True] + REG_ROW[7:]],
          sheet="institutions")
    _csv(d / "register_no_type.csv", "inst_id,name\nS-1,Школа\n")
    _csv(d / "register_web_page.xls", "<html><body><table><tr><td>inst_id</td></tr></table>")
    _csv(d / "register_unbalanced_quote.csv", head + '"S-1,Школа,school,110000000,51,71,5,yes,1\n'
         + "S-2,Школа,school,110000000,51,71,5,yes,1\n" * 3)


def _mappings(d: Path) -> None:
    base = {"version": 1, "sheet": "Лист1", "header_rows": [3], "unit_column": "A",
            "columns": [{"indicator": "population", "column": "B", "header": "Население"}]}
    (d / "mapping_not_json.json").write_text("{not json", encoding="utf-8")
    (d / "mapping_list.json").write_text("[1, 2]", encoding="utf-8")
    (d / "mapping_version_9.json").write_text(json.dumps({**base, "version": 9}), "utf-8")
    (d / "mapping_unknown_key.json").write_text(json.dumps({**base, "colour": 1}), "utf-8")
    (d / "mapping_header_rows_text.json").write_text(json.dumps({**base, "header_rows": "3"}),
                                                     "utf-8")
    (d / "mapping_unit_column_bad.json").write_text(json.dumps({**base, "unit_column": "A1"}),
                                                    "utf-8")
    (d / "mapping_columns_strings.json").write_text(json.dumps({**base, "columns": ["B"]}),
                                                    "utf-8")
    (d / "mapping_first_row_negative.json").write_text(json.dumps({**base, "first_row": -5}),
                                                       "utf-8")
    (d / "mapping_deep.json").write_text("[" * 5_000 + "]" * 5_000, encoding="utf-8")
    (d / "mapping_utf16.json").write_bytes(json.dumps(base).encode("utf-16-le"))
    (d / "mapping_big_number.json").write_text(json.dumps(base).replace('"version": 1',
                                                                         '"version": 1e999'))


def _params(d: Path) -> None:
    for name, text in (("params_bad_toml.toml", "budget_kzt = = 5"),
                       ("params_unknown_key.toml", "colour = 5"),
                       ("params_budget_text.toml", 'budget_kzt = "lots"'),
                       ("params_budget_inf.toml", "budget_kzt = inf"),
                       ("params_budget_nan.toml", "budget_kzt = nan"),
                       ("params_budget_1e300.toml", "budget_kzt = 1e300"),
                       ("params_budget_true.toml", "budget_kzt = true"),
                       ("params_costs_number.toml", "costs = 5"),
                       ("params_schema_text.toml", 'schema = "abc"'),
                       ("params_schema_newer.toml", "schema = 99"),
                       ("params_locked_number.toml", "[constraints]\nlocked = 5"),
                       ("params_takeup_text.toml", '[takeup]\npwd = "high"'),
                       ("params_list.json", "[1, 2]"),
                       ("params_deep.json", "[" * 5_000 + "]" * 5_000)):
        (d / name).write_text(text, encoding="utf-8")
    (d / "params_utf16.toml").write_bytes("budget_kzt = 5".encode("utf-16"))


def _boundaries(d: Path) -> None:
    for missing in (".shx", ".dbf"):
        shp = _polygon_shapefile(d, f"missing_{missing[1:]}")
        shp.with_suffix(missing).unlink()
    with zipfile.ZipFile(d / "zip_slip.zip", "w") as out:
        out.writestr("../../evil.shp", b"x")
    (d / "corrupt.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    point = {"type": "Point", "coordinates": [70, 50]}
    line = {"type": "LineString", "coordinates": [[70, 50], [71, 51]]}
    mercator = {"type": "Polygon", "coordinates": [[[7.7e6, 6.6e6], [8e6, 6.6e6], [8e6, 7e6],
                                                    [7.7e6, 6.6e6]]]}
    for name, text in (("boundaries_points.geojson", _geojson([point] * 3)),
                       ("boundaries_lines.geojson", _geojson([line] * 2)),
                       ("boundaries_mixed.geojson", _geojson([POLY, point])),
                       ("boundaries_empty.geojson", _geojson([])),
                       ("boundaries_null_geometry.geojson", _geojson([None])),
                       ("boundaries_mercator.geojson", _geojson([mercator])),
                       ("boundaries_no_key.geojson", _geojson([POLY], {})),
                       ("boundaries_text.geojson", "hello world"),
                       ("boundaries_web_page.geojson", "<html><body>x</body></html>"),
                       ("boundaries_deep.geojson", "[" * 5_000 + "]" * 5_000)):
        (d / name).write_text(text, encoding="utf-8")
    _polygon_shapefile(d, "two_a")
    _polygon_shapefile(d, "two_b")
    with zipfile.ZipFile(d / "two_shapefiles.zip", "w") as zf:
        for stem in ("two_a", "two_b"):
            for part in sorted(d.glob(f"{stem}.*")):
                zf.write(part, part.name)
                part.unlink()


def main(folder: Path = HERE) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    _statistics(folder)
    _register(folder)
    _mappings(folder)
    _params(folder)
    _boundaries(folder)


if __name__ == "__main__":
    main()

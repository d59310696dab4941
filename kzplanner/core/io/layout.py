"""Statistics tables as offices publish them: detection → proposal → confirmed mapping → frame.

The import wizard (and `kzplanner check`) calls, in order:

    sheets = list_sheets(path)
    proposal = detect_layout(path, sheet=None)          # StatsProposal: what we think it is
    mapping = proposal.mapping                          # StatsMapping: edit, then confirm
    mapping.block = "rural"; mapping.set_indicator("X", "schools_total")
    result = apply_mapping(path, mapping)               # StatsImport: canonical per-unit frame
    save_mapping(mapping, "schools.mapping.json")       # reuse for next year's file
    mapping = load_mapping("schools.mapping.json")

Layout handled: title and caption rows, headers over several merged rows (text joined), a unit
column of names or KATO codes, stacked blocks (all / urban / rural) introduced by a label-only
row, footnote markers in labels ("Туркестанская 1", "школ1)"), notes below the table, period
columns (2021/22, 2022/23 …). Cell texts: "-", "–", "—" mean zero; "x"/"х" confidential;
"…"/"..." no data; empty means missing. Every one is counted and reported.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kzplanner.core.io.tables import Provenance, normalise_code
from kzplanner.errors import KZError
from kzplanner.lazy import pd

MAPPING_VERSION = 1
MAX_ROWS = 200_000  # rows of a sheet read at most (core.io.safety.MAX_ROWS; beyond: refused)
ZERO_MARKS = frozenset({"-", "–", "—", "−"})
CONFIDENTIAL_MARKS = frozenset({"x", "х", "X", "Х"})
NODATA_MARKS = frozenset({"…", "...", "..", "n/a", "н/д", "нет данных"})
_NUM = re.compile(r"^[+-]?\d+(?:[.,]\d+)?%?$")
_JUNK = re.compile(r"[\s\u00a0\u202f']")
_PERIOD = re.compile(r"^(19|20)\d\d(\s*[/-]\s*\d{2,4})?(\s*(г|гг|ж|жыл|year)\.?)?$")
_YEAR = re.compile(r"((?:19|20)\d\d)(?:\s*[/-]\s*(\d{2,4}))?")
_FOOTNOTE = re.compile(r"^\s*(\d{1,2}\)|\*+|¹|²|примечани|ескерту|note|источник|дереккөз|source)",
                       re.IGNORECASE)
_MARKER = re.compile(r"(\s*\d{1,2}\)|\s+\d{1,2}|\*+|[¹²³])\s*$")
_CODE = re.compile(r"^\d{9}$")
BLOCK_WORDS = {
    "urban": ("городск", "город", "қала", "urban"),
    "rural": ("сельск", "село", "ауыл", "rural"),
    "all": ("все", "всего", "барлық", "барлығы", "жалпы", "total", "all"),
}
_HOUSEHOLDS = ("домохоз", "домашних хоз", "домашние хоз", "домашнее хоз", "домашнего хоз",
               "үй шаруашы", "household")
# Words in header or title text that suggest an indicator (kk / ru / en stems). "Численность"
# (a count of anything) is no evidence of population: the people must be named.
_PSC = ("цон", "хқко", "psc", "public service", "обслуживания населения", "халыққа қызмет")
_PEOPLE = ("населен", "халық", "халқы", "population", "жител", "тұрғын", "inhabitant", "resident")
INDICATOR_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "schools_connected": (("школ", "мектеп", "school"), ("подключ", "интернет", "қосыл", "connect")),
    "schools_total": (("школ", "мектеп", "school"),),
    "faps_connected": (("фап", "фельдшер", "медпункт", "fap", "health post"),
                       ("подключ", "интернет", "қосыл", "connect")),
    "faps_total": (("фап", "фельдшер", "медпункт", "fap", "health post"),),
    "pscs_connected": (_PSC, ("подключ", "қосыл", "connect")),
    "pscs_total": (_PSC,),
    "households_no_internet": (_HOUSEHOLDS,
                               ("без интернет", "без доступа", "не имеющ", "интернеті жоқ",
                                "қолжетімділігі жоқ", "қол жетімділігі жоқ", "no internet",
                                "without internet", "without access", "no access"),
                               ("интернет", "internet")),
    "households": (_HOUSEHOLDS,),
    "rural_population": (_PEOPLE, ("сельск", "ауыл", "rural")),
    "population": (_PEOPLE,),
    "network_coverage_share": (("покрыт", "қамту", "coverage", "охват"),),
}
# Words naming what else a table may count (kk / ru / en stems): they veto every statistics
# indicator, so a table of doctors or teachers is never population or schools, whatever else
# its title says ("Численность врачей", "Дәрігерлер саны", "Number of physicians").
OTHER_SUBJECTS = (
    "врач", "медсестр", "медработник", "медицинских работник", "медицинского персонал",
    "учител", "педагог", "преподавател", "студент", "учащ", "обучающ", "школьник", "больниц",
    "коек", "койк", "пациент", "заболев", "работник", "занят", "безработ", "пенсионер",
    "родивш", "рождаем", "умерш", "смертн", "брак", "развод", "мигра", "прибывш", "выбывш",
    "преступл", "скот", "автомоб", "предприят", "международн",
    "дәрігер", "мейірбике", "медбике", "мұғалім", "оқытушы", "оқушы", "білім алушы",
    "аурухана", "төсек", "науқас", "ауру", "жұмыскер", "қызметкер", "жұмыспен қамтылған",
    "жұмыссыз", "зейнеткер", "туған", "қайтыс", "өлім", "неке", "ажырас", "көші-қон",
    "қылмыс", "көлік", "кәсіпорын", "халықаралық",
    "physician", "doctor", "nurse", "medical staff", "medical worker", "teacher", "student",
    "pupil", "learner", "schoolchild", "hospital", "beds", "patient", "disease", "morbidity",
    "employ", "worker", "pensioner", "retire", "birth", "death", "mortality", "marriage",
    "divorce", "migra", "crime", "livestock", "vehicle", "enterprise", "international",
)
# Words of a rate, share or change: they veto the count indicators (everything but *_share), so
# "на 10 000 населения" or "% населения" is not population.
RATE_WORDS = (
    "на 1000", "на 1 000", "на 10000", "на 10 000", "на 100000", "на 100 000", "на душу",
    "на одного", "на 1 человек", "мың адамға", "адамға шаққанда", "жан басына", "per 1",
    "per capita", "per person", "%", "процент", "пайыз", "percent", "доля", "үлес", "share",
    "удельн", "плотност", "тығызд", "density", "прирост", "өсім", "growth", "изменени",
    "өзгеріс", "change", "индекс", "index", "покрыт", "қамту", "coverage", "охват",
)
# Stems that name an indicator only loosely (coverage of what?): a suggestion resting on them
# alone is weak evidence.
GENERIC_WORDS = ("покрыт", "қамту", "coverage", "охват")
# Metadata lines above a table ("Единица измерения: человек", "Код показателя | 1.01.001"): the
# indicator's name stands for the title, the unit for the caption, the rest is skipped.
_META = re.compile(
    r"^\s*(?:(?P<name>наименование показателя|название показателя|показатель|"
    r"көрсеткіштің атауы|көрсеткіш атауы|көрсеткіш|indicator name|indicator)|"
    r"(?P<unit>единица измерения|ед\.\s*изм\.?|өлшем бірлігі|unit of measure(?:ment)?|unit)|"
    r"(?P<other>код показателя|көрсеткіш коды|indicator code|код|периодичность|кезеңділігі|"
    r"кезеңділік|periodicity|frequency|источник(?: данных)?|дереккөз|source|"
    r"дата [\w ]+|жаңартылған күні|[\w ]*күні|date [\w ]+|date|примечание|ескерту|note|"
    r"методология|әдіснама|methodology|ответственн[\w ]*|жауапты[\w ]*|responsible[\w ]*|"
    r"телефон|phone|e-mail))\s*(?P<sep>[:：]|$)\s*(?P<value>.*)$", re.IGNORECASE)
# Words in header or title text that suggest a measure of the actuals a programme reports
# (core.io.actuals.MEASURES), kk / ru / en stems. Order matters: the first entry whose every
# group hits wins, so money comes before counts ("Сумма выданных ваучеров, тенге" is money) and
# per-type connections before all connections.
_MONEY = ("тенге", "теңге", "₸", "kzt", "сумм", "сома", "расход", "шығын", "жұмсал", "spent",
          "израсход", "освоен", "затрат", "стоимост", "құны", "cost")
_DEVICE = ("устройств", "құрылғ", "device", "гаджет", "компьютер", "ноутбук", "планшет")
_INTERNET = ("интернет", "internet")
_VOUCHER = ("ваучер", "voucher")
_ISSUED = ("выдан", "выдач", "берілг", "берілді", "issued")
_REDEEMED = ("погаш", "пайдаланыл", "использован", "өтелг", "redeem")
_KIT = ("комплект", "жинақ", "kit", "организац", "учрежден", "мекеме", "ұйым", "institution")
_INSTALLED = ("подключ", "қосыл", "connect", "установ", "орнатыл", "install")
ACTUALS_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "device_voucher_spent_kzt": (_DEVICE, _MONEY),
    "internet_voucher_spent_kzt": (_INTERNET, _VOUCHER, _MONEY),
    "kit_spent_kzt": (_KIT + _INSTALLED + ("школ", "мектеп", "фап", "цон", "хқко"), _MONEY),
    "spent_kzt": (_MONEY,),
    "device_voucher_redeemed": (_DEVICE, _REDEEMED),
    "device_voucher_issued": (_DEVICE, _ISSUED),
    "internet_voucher_redeemed": (_INTERNET, _VOUCHER, _REDEEMED),
    "internet_voucher_issued": (_INTERNET, _VOUCHER, _ISSUED),
    "school_kits_installed": (("школ", "мектеп", "school"), _INSTALLED),
    "fap_kits_installed": (("фап", "фельдшер", "медпункт", "fap", "health post"), _INSTALLED),
    "psc_kits_installed": (("цон", "хқко", "psc", "public service"), _INSTALLED),
    "kits_installed": (_KIT, _INSTALLED),
    "people_newly_with_access": (("доступ", "қолжетім", "access"),
                                 ("впервые", "алғаш", "new", "перв")),
}
# What a file holds ('statistics' for the dataset, 'actuals' for Follow-up) → its word table.
SUGGESTION_WORDS = {"statistics": INDICATOR_WORDS, "actuals": ACTUALS_WORDS}


@dataclass
class ColumnInfo:
    """A value column of the detected table."""

    column: str  # Excel letter
    index: int  # 0-based
    header: str
    period: str | None
    numbers: int = 0
    zeros_marked: int = 0
    confidential: int = 0
    no_data: int = 0
    empty: int = 0
    bad: int = 0
    suggestion: str | None = None
    alternatives: list[str] = field(default_factory=list)
    evidence: str = ""  # what the suggestion rests on: 'the column header “…”', 'the title “…”'


@dataclass
class Block:
    """A stacked part of the table (all / urban / rural …) with its sheet rows (1-based)."""

    id: str
    label: str
    first_row: int
    last_row: int
    label_row: int | None = None


@dataclass
class ColumnMap:
    """One mapped column: where it is, what it was called, which indicator it feeds."""

    indicator: str
    column: str
    header: str = ""
    select: str = "header"  # 'header' (find by header text) | 'letter' | 'latest_period'
    type: str = "number"  # 'number' | 'share' | 'text'
    evidence: str = ""  # what detection read the indicator from ('' when chosen by hand)


@dataclass
class StatsMapping:
    """The planner's confirmed reading of a statistics sheet; saved as JSON and reused."""

    sheet: str | None
    header_rows: list[int]
    unit_column: str
    unit_kind: str = "name"  # 'name' | 'code' | 'institution' (register inst_id, actuals)
    code_column: str | None = None
    parent_column: str | None = None
    block: str | None = None
    first_row: int | None = None  # used when there are no blocks
    last_row: int | None = None
    columns: list[ColumnMap] = field(default_factory=list)
    decisions: dict[str, str | None] = field(default_factory=dict)  # row label → unit code
    version: int = MAPPING_VERSION
    kind: str = "statistics"  # what the file holds: 'statistics' | 'actuals'
    year: str | None = None  # the year column 'latest_period' takes ("2021", "2021/22"); None: latest

    def set_indicator(self, column: str, indicator: str | None, header: str = "",
                      select: str = "header", type: str = "number") -> None:
        """Map `column` (letter) to `indicator`, or unmap it with None."""
        self.columns = [c for c in self.columns if c.column != column and
                        (indicator is None or c.indicator != indicator)]
        if indicator:
            self.columns.append(ColumnMap(indicator, column, header, select, type))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatsMapping:
        if not isinstance(data, dict) or data.get("version") != MAPPING_VERSION:
            raise KZError("bad_mapping", detail=f"version {data.get('version') if isinstance(data, dict) else '?'}")
        _check_mapping_dict(data)
        try:
            cols = [ColumnMap(**c) for c in data.get("columns", [])]
            fields = {k: v for k, v in data.items() if k != "columns"}
            return cls(columns=cols, **fields)
        except TypeError as exc:
            raise KZError("bad_mapping", detail=str(exc)) from exc


_LETTERS = re.compile(r"^[A-Z]{1,3}$")


def _check_mapping_dict(data: dict[str, Any]) -> None:
    """KZError('bad_mapping') naming the first field of a stored mapping whose value has the
    wrong type (a mapping edited by hand, or damaged), before anything is read with it."""
    def bad(name: str, value: Any) -> KZError:
        return KZError("bad_mapping", detail=f"{name} = {str(value)[:60]!r}")

    def row(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 10**7

    def letters(value: Any, optional: bool) -> bool:
        return (optional and value is None) or (isinstance(value, str) and
                                                bool(_LETTERS.match(value)))

    def text(value: Any, optional: bool = True) -> bool:
        return (optional and value is None) or isinstance(value, str)

    checks: dict[str, Any] = {
        "sheet": text, "block": text, "year": lambda v: v is None or isinstance(v, (str, int))
        and not isinstance(v, bool),
        "header_rows": lambda v: isinstance(v, list) and len(v) <= 50 and all(map(row, v)),
        "unit_column": lambda v: letters(v, False),
        "code_column": lambda v: letters(v, True), "parent_column": lambda v: letters(v, True),
        "unit_kind": lambda v: v in ("name", "code", "institution"),
        "kind": lambda v: v in ("statistics", "actuals"),
        "first_row": lambda v: v is None or row(v), "last_row": lambda v: v is None or row(v),
        "decisions": lambda v: isinstance(v, dict) and all(
            isinstance(k, str) and text(x) for k, x in v.items()),
        "columns": lambda v: isinstance(v, list) and all(isinstance(c, dict) for c in v),
    }
    for name, ok in checks.items():
        if name in data and not ok(data[name]):
            raise bad(name, data[name])
    for i, col in enumerate(data.get("columns") or []):
        for name, ok in (("indicator", lambda v: isinstance(v, str) and v),
                         ("column", lambda v: letters(v, False)),
                         ("header", text), ("evidence", text),
                         ("select", lambda v: v in ("header", "letter", "latest_period")),
                         ("type", lambda v: v in ("number", "share", "text"))):
            if name in col and not ok(col[name]):
                raise bad(f"columns[{i}].{name}", col[name])
        if "indicator" not in col or "column" not in col:
            raise bad(f"columns[{i}]", col)


@dataclass
class StatsProposal:
    """What detection found; `mapping` is the proposal the planner confirms or edits."""

    file: str
    sheet: str | None
    sheets: list[str]
    mapping: StatsMapping
    title: str
    caption: str
    blocks: list[Block]
    columns: list[ColumnInfo]
    note_rows: list[int]
    total_rows: list[int]
    preview: list[list[str]]
    confidence: float
    warnings: list[str] = field(default_factory=list)


@dataclass
class StatsImport:
    """The canonical per-unit frame plus where every value came from and what the marks meant."""

    frame: pd.DataFrame  # unit_code, unit_name, [parent_name], indicators…
    rows: list[int]  # sheet row of each frame row
    provenance: dict[str, dict[str, Any]]  # indicator → file, sheet, column, header, cells
    marks: dict[str, dict[str, int]]  # indicator → {'zero': n, 'confidential': n, …}
    totals: dict[str, float]  # indicator → the country-total row's value, when present
    warnings: list[str]
    mapping: StatsMapping


@dataclass
class Grid:
    file: str
    sheet: str | None
    sheets: list[str]
    cells: list[list[Any]]  # as stored; merged areas only in their top-left cell
    merged: list[tuple[int, int, int, int]]  # (min_row, min_col, max_row, max_col), 0-based
    _merged_by_row: dict[int, list[tuple[int, int, int, int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def filled(self, r: int, c: int) -> Any:
        """The cell's value, or the value of the merged area it belongs to."""
        value = self.cell(r, c)
        if value is None and self.merged:
            areas = self._merged_by_row.get(r)
            if areas is None:  # the merged areas crossing row r, found once per row
                areas = [m for m in self.merged if m[0] <= r <= m[2]]
                self._merged_by_row[r] = areas
            for r0, c0, _r1, c1 in areas:
                if c0 <= c <= c1:
                    return self.cell(r0, c0)
        return value

    def cell(self, r: int, c: int) -> Any:
        if r < len(self.cells) and c < len(self.cells[r]):
            return self.cells[r][c]
        return None


def col_letter(index: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def col_index(letter: str) -> int:
    n = 0
    for ch in letter.strip().upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


# ---------------------------------------------------------------- year columns

def _year_key(text: str) -> tuple[int, int | None] | None:
    """'2021' → (2021, None); '2021/22', '2021-2022', '2021/22 г.' → (2021, 2022)."""
    m = _YEAR.search(text)
    if m is None:
        return None
    start = int(m.group(1))
    end = m.group(2)
    if end is None:
        return start, None
    stop = int(end) if len(end) == 4 else start - start % 100 + int(end[-2:])
    return start, stop + 100 if stop < start else stop


def period_columns(headers: dict[int, str], unit_col: int) -> list[int]:
    """The columns whose (last) header part is a period (2022, 2022/23, 2022 г.), left to right."""
    return [k for k in sorted(headers) if k != unit_col and headers[k] and
            _PERIOD.match(strip_marker(headers[k].split(" / ")[-1]))]


def _period_label(header: str) -> str:
    return strip_marker(header.split(" / ")[-1])


def resolve_period_column(headers: dict[int, str], unit_col: int, year: str | None) -> int | None:
    """The column of `year` ("2021" finds 2021, 2021/22 or “2021 г.”; "2021/22" finds 2021/22 or
    2021/2022) among the period columns, or the latest (right-most) when `year` is None; None
    when the table has no period columns and no year was asked for.

    Raises KZError('year_missing') naming the years found when `year` is not there."""
    periods = period_columns(headers, unit_col)
    if year is None or not str(year).strip():
        return periods[-1] if periods else None
    want = _year_key(str(year))
    if want is not None:
        keys = [(k, _year_key(_period_label(headers[k]))) for k in periods]
        exact = [k for k, key in keys if key == want]
        loose = [k for k, key in keys if key is not None and want[1] is None and key[0] == want[0]]
        if exact or loose:
            return (exact or loose)[-1]
    raise KZError("year_missing", column=str(year).strip(),
                  detail=", ".join(_period_label(headers[k]) for k in periods) or "—")


def period_choice_text(headers: dict[int, str], unit_col: int, year: str | None) -> str | None:
    """'year column: 2022/23 (latest of 2000/01–2022/23)', or '… (asked for; 2000–2023 in the
    file)' for a chosen year; None without period columns."""
    col = resolve_period_column(headers, unit_col, year)
    periods = period_columns(headers, unit_col)
    if col is None or not periods:
        return None
    label = _period_label(headers[col])
    span = _period_label(headers[periods[0]]) + "–" + _period_label(headers[periods[-1]])
    if len(periods) == 1:
        return f"year column: {label} (the only one)"
    if year is None or not str(year).strip():
        return f"year column: {label} (latest of {span})"
    return f"year column: {label} (asked for; {span} in the file)"


def period_note(path: str | Path, mapping: StatsMapping) -> str | None:
    """period_choice_text for the table as `mapping` reads it (None when no mapped column takes
    the latest period): which year column a saved mapping, with its `year`, reads."""
    if not any(cm.select == "latest_period" for cm in mapping.columns):
        return None
    grid = read_grid(path, mapping.sheet)
    rows = [h - 1 for h in mapping.header_rows]
    width = max((len(r) for r in grid.cells), default=0)
    headers = {c: " / ".join(dict.fromkeys(_text(grid.filled(h, c)) for h in rows
                                           if _text(grid.filled(h, c)))) for c in range(width)}
    return period_choice_text(headers, col_index(mapping.unit_column), mapping.year)


# ---------------------------------------------------------------- reading the grid

def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook ([] for CSV)."""
    return read_grid(path, sheet=None, sheets_only=True).sheets


def read_grid(path: str | Path, sheet: str | None = None, *, sheets_only: bool = False) -> Grid:
    """All cells of one sheet (first visible when `sheet` is None) with the merged areas; with
    `sheets_only`, only the sheet names (and a named `sheet` checked: KZError 'sheet_missing'
    naming the sheets found).

    The format comes from the file's content, not its name; only the sheet asked for is read,
    within core.io.safety's limits (rows, columns, cells, merged areas, time), and merged areas
    stay ranges clipped to the used area (core.io.readers)."""
    from kzplanner.core.io.readers import read_cells

    raw = read_cells(path, sheet, sheets_only=sheets_only)
    return Grid(raw.file, raw.sheet, raw.sheets, raw.cells, raw.merged)


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return re.sub(r"\s+", " ", str(v)).strip()


def classify(value: Any) -> tuple[str, float]:
    """('number'|'zero'|'confidential'|'no_data'|'empty'|'formula'|'text', value)."""
    if value is None:
        return "empty", math.nan
    if isinstance(value, bool):
        return "text", math.nan
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return "empty", math.nan
        try:
            number = float(value)
        except OverflowError:  # an int beyond any float
            return "text", math.nan
        return ("number", number) if math.isfinite(number) else ("text", math.nan)
    text = str(value).strip()
    if not text:
        return "empty", math.nan
    if text in ZERO_MARKS:
        return "zero", 0.0
    if text in CONFIDENTIAL_MARKS:
        return "confidential", math.nan
    if text in NODATA_MARKS or text.lower() in NODATA_MARKS:
        return "no_data", math.nan
    if text.startswith("="):
        return "formula", math.nan
    cleaned = _JUNK.sub("", text)
    if _NUM.match(cleaned):
        percent = cleaned.endswith("%")
        number = float(cleaned.rstrip("%").replace(",", "."))
        if not math.isfinite(number):  # hundreds of digits: beyond any float
            return "text", math.nan
        return "number", number / 100.0 if percent else number
    return "text", math.nan


def _check_cell(value: Any, kind: str, number: float, indicator: str, **where: Any) -> None:
    """A mapped numeric cell that classify read, refused when it is TRUE/FALSE
    ('boolean_in_numbers') or beyond the indicator's bound ('implausible_value',
    tables.LIMITS); text that is no number stays apply_mapping's 'bad_number'."""
    from kzplanner.core.io.tables import BOOLEAN_WORDS, implausible

    if isinstance(value, bool) or (kind == "text" and _text(value).lower() in BOOLEAN_WORDS):
        raise KZError("boolean_in_numbers", detail=_text(value).upper(), **where)
    if kind == "number":
        why = implausible(number, indicator)
        if why is not None:
            raise KZError("implausible_value", detail=why, **where)


def strip_marker(label: str) -> str:
    """A label without its footnote marker: 'Туркестанская 1' → 'Туркестанская'."""
    text = _text(label)
    if _CODE.match(text):
        return text
    return _MARKER.sub("", text).strip()


def _block_id(label: str) -> str | None:
    low = label.lower()
    for bid in ("urban", "rural", "all"):
        if any(re.search(r"(^|\W)" + w, low) for w in BLOCK_WORDS[bid]):
            return bid
    return None


# ---------------------------------------------------------------- detection

def _scan(grid: Grid, unit_col: int, start: int) -> tuple[list[Block], list[int], list[int], int]:
    """From row `start` (0-based) down: blocks, note rows, total rows, last table row."""
    blocks: list[Block] = []
    notes: list[int] = []
    totals: list[int] = []
    current: Block | None = None
    last = start - 1
    blank_run = 0
    ended = False
    for r in range(start, len(grid.cells)):
        row = grid.cells[r]
        label = _text(row[unit_col] if unit_col < len(row) else None)
        others = [v for c, v in enumerate(row) if c != unit_col and _text(v)]
        kinds = [classify(v)[0] for v in others]
        if not label and not others:
            blank_run += 1
            continue
        if ended or (_FOOTNOTE.match(label) and not others) or (len(label) > 60 and not others):
            ended = True
            notes.append(r + 1)
            continue
        if label and not others:
            if current is not None:
                current.last_row = last + 1
            current = Block(_block_id(label) or _slug(label), label, r + 2, r + 2, r + 1)
            blocks.append(current)
            blank_run = 0
            continue
        if not any(k in ("number", "zero", "confidential", "no_data", "formula") for k in kinds):
            if label and blank_run == 0 and current is None and not blocks:
                pass
            notes.append(r + 1)
            ended = True
            continue
        if current is None:
            current = Block("all", "", r + 1, r + 1, None)
            blocks.append(current)
        from kzplanner.core.names import is_total_label
        if is_total_label(strip_marker(label)):
            totals.append(r + 1)
        last = r
        current.last_row = r + 1
        blank_run = 0
    blocks = [b for b in blocks if b.last_row >= b.first_row]
    seen: dict[str, int] = {}
    for b in blocks:
        if b.id in seen:
            seen[b.id] += 1
            b.id = f"{b.id}_{seen[b.id]}"
        else:
            seen[b.id] = 1
    return blocks, notes, totals, last + 1


def _slug(label: str) -> str:
    return re.sub(r"\W+", "_", label.lower()).strip("_")[:40] or "block"


def _meta_line(row: list[Any]) -> tuple[str, str, bool] | None:
    """A metadata line above a table: ('name' | 'unit' | 'other', value, written with a colon),
    from “Единица измерения: человек” in one cell or “Код показателя | 1.01.001” in two."""
    filled = [_text(v) for v in row if _text(v)]
    if not filled or len(filled) > 2:
        return None
    m = _META.match(filled[0])
    if m is None:
        return None
    value = m.group("value").strip()
    if len(filled) == 2:
        if value:
            return None
        value = filled[1]
    elif not value and m.group("sep") != ":":
        return None
    kind = "name" if m.group("name") else "unit" if m.group("unit") else "other"
    return kind, value, bool(m.group("sep"))


def _year_row(row: list[Any], kinds: list[str]) -> bool:
    """A header row of years written as numbers ('Регион | 2021 | 2022 | 2023'), not data."""
    numbers = [v for v, k in zip(row, kinds, strict=True) if k == "number"]
    if len(numbers) < 2 or any(k in ("zero", "confidential", "no_data") for k in kinds):
        return False
    values = [classify(v)[1] for v in numbers]
    return (all(v.is_integer() and 1900 <= v <= 2100 for v in values)
            and all(a < b for a, b in zip(values, values[1:], strict=False)))


def detect_layout(path: str | Path, sheet: str | None = None,
                  kind: str = "statistics", year: str | None = None) -> StatsProposal:
    """Guess sheet layout, blocks, unit column and indicator columns; never raises on layout
    doubts (they go to `warnings` and a lower `confidence`), only on unreadable files and on a
    `year` the table has no column for (KZError 'year_missing').

    `kind` says what the file holds: 'statistics' suggests dataset indicators, 'actuals' the
    measures a programme reports afterwards (ACTUALS_WORDS); the mapping remembers it. `year`
    picks the period column proposed (default: the latest); the mapping keeps it.

    A column is suggested an indicator only when its header, the title (a metadata line
    “Наименование показателя” stands for it; the sheet's name when there is none) or the unit
    line names it; words of another subject (врач, мұғалім, student …) or of a rate veto it.
    Each mapped column says what it rests on in `warnings`; resting on the title, the sheet's
    name or the unit alone lowers `confidence`."""
    words = SUGGESTION_WORDS.get(kind, INDICATOR_WORDS)
    mapping_kind = kind
    grid = read_grid(path, sheet)
    if not grid.cells or not any(_text(v) for row in grid.cells for v in row):
        raise KZError("sheet_empty", file=grid.file, sheet=grid.sheet or Path(grid.file).name)
    width = max(len(r) for r in grid.cells)
    # rows that look like data: a text label and at least one number-like cell (above the
    # first one, metadata lines and a header row of years written as numbers are not data)
    label_hits = [0] * width
    data_rows: list[int] = []
    for r, row in enumerate(grid.cells):
        kinds = [classify(v)[0] for v in row]
        nums = sum(k in ("number", "zero", "confidential", "no_data") for k in kinds)
        texts = [c for c, k in enumerate(kinds) if k == "text" or
                 (k == "number" and _CODE.match(_text(row[c])))]
        if not data_rows and nums and (_year_row(row, kinds) or _meta_line(row) is not None):
            continue
        if nums >= 1 and texts:
            data_rows.append(r)
            label_hits[texts[0]] += 1
    if not data_rows:
        raise KZError("no_data_rows", file=grid.file, sheet=grid.sheet or Path(grid.file).name)
    unit_col = max(range(width), key=lambda c: label_hits[c])
    first = min(r for r in data_rows if _text(grid.cell(r, unit_col)))
    # header rows: non-empty rows right above the first data row (block labels skipped)
    header_rows: list[int] = []
    title = caption = ""
    r = first - 1
    while r >= 0:
        row = grid.cells[r]
        filled = [c for c in range(len(row)) if _text(row[c])]
        if not filled:
            if header_rows:
                break
            r -= 1
            continue
        meta = _meta_line(row)
        if meta is not None and (meta[2] or not _PERIOD.match(meta[1])):
            break  # the metadata block above the table
        if filled == [unit_col] and not header_rows:
            r -= 1  # a block label directly above the data
            continue
        if len(filled) == 1 and not any(m[0] <= r <= m[2] and m[3] > m[1] and m[1] != filled[0]
                                        for m in grid.merged):
            if header_rows:
                break
            r -= 1  # a caption ("units") between title and header
            continue
        header_rows.insert(0, r)
        r -= 1
        if len(header_rows) >= 4:
            break
    meta_title = meta_caption = ""
    for rr in range(0, (header_rows[0] if header_rows else first)):
        meta = _meta_line(grid.cells[rr])
        if meta is not None:
            if meta[0] == "name" and meta[1] and not meta_title:
                meta_title = meta[1]
            elif meta[0] == "unit" and meta[1] and not meta_caption:
                meta_caption = meta[1]
            continue
        filled = [(c, _text(v)) for c, v in enumerate(grid.cells[rr]) if _text(v)]
        if len(filled) != 1:
            continue
        c, text = filled[0]
        if c <= unit_col + 1 and not title:
            title = text
        elif c > unit_col + 1 and not caption:
            caption = text
    title = meta_title or title
    caption = caption or meta_caption
    title_source = "title" if title else "sheet name"
    title = title or (grid.sheet or "")
    start = (header_rows[-1] + 1) if header_rows else first
    blocks, notes, totals, _last = _scan(grid, unit_col, start)
    # value columns
    columns: list[ColumnInfo] = []
    body = [r - 1 for b in blocks for r in range(b.first_row, b.last_row + 1)]
    code_col = None
    for c in range(width):
        if c == unit_col:
            continue
        header = " / ".join(dict.fromkeys(
            _text(grid.filled(h, c)) for h in header_rows if _text(grid.filled(h, c))))
        info = ColumnInfo(col_letter(c), c, header, None)
        codes = 0
        for r in body:
            v = grid.cell(r, c)
            cell_kind, _ = classify(v)
            if cell_kind == "number" and _CODE.match(_text(v)):
                codes += 1
            info.numbers += cell_kind == "number"
            info.zeros_marked += cell_kind == "zero"
            info.confidential += cell_kind == "confidential"
            info.no_data += cell_kind == "no_data"
            info.empty += cell_kind in ("empty", "formula")
            info.bad += cell_kind == "text"
        if codes and codes >= 0.8 * max(info.numbers, 1):
            code_col = col_letter(c)
            continue
        if info.numbers + info.zeros_marked + info.confidential + info.no_data == 0:
            continue
        m = _PERIOD.match(strip_marker(header.split(" / ")[-1])) if header else None
        info.period = m.group(0) if m else None
        columns.append(info)
    unit_values = [_text(grid.cell(r, unit_col)) for r in body]
    unit_kind = "code" if unit_values and sum(bool(_CODE.match(v)) for v in unit_values) > \
        0.8 * len(unit_values) else "name"
    weak = _suggest(columns, title, words, title_source=title_source, caption=caption)
    mapping = StatsMapping(
        kind=mapping_kind, sheet=grid.sheet, header_rows=[h + 1 for h in header_rows],
        unit_column=col_letter(unit_col), unit_kind=unit_kind, code_column=code_col,
        block=(blocks[0].id if blocks else None),
        first_row=blocks[0].first_row if blocks else None,
        last_row=blocks[-1].last_row if blocks else None,
        year=str(year).strip() if year is not None and str(year).strip() else None)
    headers = {c.index: c.header for c in columns if c.period}
    chosen = resolve_period_column(headers, unit_col, mapping.year)
    latest = next((c for c in columns if c.index == chosen), None)
    for c in columns:
        if c.suggestion and (not c.period or c is latest):
            if any(m.indicator == c.suggestion for m in mapping.columns):
                continue
            mapping.columns.append(ColumnMap(c.suggestion, c.column, c.header,
                                             "latest_period" if c is latest else "header",
                                             "share" if c.suggestion.endswith("_share") else
                                             "number", c.evidence))
    warnings = []
    confidence = 1.0
    if not header_rows:
        warnings.append("no header rows found")
        confidence -= 0.3
    if not mapping.columns:
        warnings.append("no column suggested an indicator: map the columns by hand")
        confidence -= 0.3
        vetoed = _veto(title, "population") if words is INDICATOR_WORDS else None
        if vetoed:
            warnings.append(f"the {title_source} “{title}” names “{vetoed}”: not read as an "
                            f"indicator")
    for cm in mapping.columns:
        warnings.append(f"{cm.indicator}: from {cm.evidence}")
    if any(col_index(cm.column) in weak for cm in mapping.columns):
        confidence -= 0.2
    if any(cm.select == "latest_period" for cm in mapping.columns):
        line = period_choice_text(headers, unit_col, mapping.year)
        if line:
            warnings.append(line)
    if len(blocks) > 1:
        warnings.append("stacked blocks: " + ", ".join(f"{b.id} ({b.label})" for b in blocks)
                        + f"; proposing “{mapping.block}”")
    if any(c.bad for c in columns):
        confidence -= 0.2
        warnings.append("text in numeric columns: " + ", ".join(c.column for c in columns if c.bad))
    preview = [[_text(v) for v in row] for row in grid.cells[:60]]
    return StatsProposal(file=grid.file, sheet=grid.sheet, sheets=grid.sheets, mapping=mapping,
                         title=title, caption=caption, blocks=blocks, columns=columns,
                         note_rows=notes, total_rows=totals, preview=preview,
                         confidence=max(confidence, 0.0), warnings=warnings)


def _veto(text: str, indicator: str) -> str | None:
    """The word of `text` that rules `indicator` out: another subject (врач, мұғалім,
    student …) for any indicator, a rate or share (на 10 000, %, доля …) for a count."""
    low = text.lower()
    hit = next((w for w in OTHER_SUBJECTS if w in low), None)
    if hit is None and not indicator.endswith("_share"):
        hit = next((w for w in RATE_WORDS if w in low), None)
    return hit


def _matches(text: str, words: dict[str, tuple[tuple[str, ...], ...]]
             ) -> list[tuple[str, list[str]]]:
    """(indicator, the stems that named it) for each indicator `text` names, in table order;
    for statistics without those another subject or a rate word in `text` vetoes."""
    low = text.lower()
    hits = []
    for ind, groups in words.items():
        found = [next((w for w in group if w in low), None) for group in groups]
        if all(found) and not (words is INDICATOR_WORDS and _veto(low, ind)):
            hits.append((ind, [w for w in found if w]))
    return hits


def suggest_indicator(text: str, words: dict[str, tuple[tuple[str, ...], ...]] | None = None
                      ) -> tuple[str | None, list[str]]:
    """Indicator id suggested by header or title text in kk/ru/en, plus alternatives.

    >>> suggest_indicator("Число общеобразовательных школ1)")[0]
    'schools_total'
    >>> suggest_indicator("Сельское население, человек")[0]
    'rural_population'
    >>> suggest_indicator("Численность врачей всех специальностей")[0] is None
    True
    >>> suggest_indicator("Погашено ваучеров на устройства", ACTUALS_WORDS)[0]
    'device_voucher_redeemed'
    """
    hits = [ind for ind, _stems in _matches(text, words or INDICATOR_WORDS)]
    return (hits[0] if hits else None), hits[1:]


def _suggest(columns: list[ColumnInfo], title: str,
             words: dict[str, tuple[tuple[str, ...], ...]], *, title_source: str = "title",
             caption: str = "") -> set[int]:
    """Suggestion, alternatives and evidence of each column: its header (not a period's), else
    the title (with the header's words), else the unit line; a rate or another subject in the
    unit line vetoes too. Returns the columns whose suggestion rests on weak evidence (the
    title, the sheet's name or the unit alone, or a generic word such as “покрытие”)."""
    weak: set[int] = set()
    for c in columns:
        tries = []
        if c.header and not c.period:
            tries.append((c.header, f"the column header “{c.header}”", False))
        if title:
            tries.append((f"{c.header} {title}", f"the {title_source} “{title}”", True))
        if caption:
            tries.append((f"{c.header} {title} {caption}", f"the unit “{caption}”", True))
        c.suggestion, c.alternatives, c.evidence = None, [], ""
        for text, evidence, is_weak in tries:
            hits = _matches(text, words)
            if words is INDICATOR_WORDS and caption:
                hits = [h for h in hits if not _veto(caption, h[0])]
            if hits:
                c.suggestion, c.alternatives, c.evidence = \
                    hits[0][0], [h[0] for h in hits[1:]], evidence
                if is_weak or all(w in GENERIC_WORDS for w in hits[0][1]):
                    weak.add(c.index)
                break
    return weak


# ---------------------------------------------------------------- applying a mapping

def apply_mapping(path: str | Path, mapping: StatsMapping) -> StatsImport:
    """Read the table as `mapping` says: the canonical per-unit frame with provenance.

    Raises KZError: sheet_missing, block_missing, column_missing (a mapped header not found),
    bad_number (text in a mapped numeric column, naming row and column), negative_value.
    """
    grid = read_grid(path, mapping.sheet)
    sheet_label = grid.sheet or Path(grid.file).name
    unit_c = col_index(mapping.unit_column)
    header_rows = [h - 1 for h in mapping.header_rows]
    start = (header_rows[-1] + 1) if header_rows else max((mapping.first_row or 1) - 1, 0)
    blocks, _notes, total_rows, _last = _scan(grid, unit_c, start)
    if mapping.block is not None and blocks:
        block = next((b for b in blocks if b.id == mapping.block), None)
        if block is None:
            raise KZError("block_missing", file=grid.file, sheet=sheet_label,
                          column=mapping.block, detail=", ".join(b.id for b in blocks))
        first, last = block.first_row, block.last_row
    else:
        first = mapping.first_row or start + 1
        last = mapping.last_row or len(grid.cells)
    width = max((len(r) for r in grid.cells), default=0)
    headers = {c: " / ".join(dict.fromkeys(_text(grid.filled(h, c)) for h in header_rows
                                           if _text(grid.filled(h, c)))) for c in range(width)}
    warnings: list[str] = []
    resolved: list[tuple[ColumnMap, int]] = []
    for cm in mapping.columns:
        c = col_index(cm.column)
        if cm.select == "latest_period":
            period = resolve_period_column(headers, unit_c, mapping.year)
            c = c if period is None else period
        elif cm.select == "header" and cm.header and headers.get(c) != cm.header:
            found = [k for k, h in headers.items() if h == cm.header]
            if not found:
                raise KZError("column_missing", file=grid.file, sheet=sheet_label,
                              column=f"{cm.column} “{cm.header}”",
                              detail=", ".join(h for h in headers.values() if h)[:300])
            c = found[0]
        if cm.header and headers.get(c) != cm.header:
            warnings.append(f"{cm.indicator}: column {col_letter(c)} “{headers.get(c)}” "
                            f"used (mapping said {cm.column} “{cm.header}”)")
        resolved.append((cm, c))
    code_c = col_index(mapping.code_column) if mapping.code_column else None
    parent_c = col_index(mapping.parent_column) if mapping.parent_column else None
    records: list[dict[str, Any]] = []
    rows: list[int] = []
    marks = {cm.indicator: {"zero": 0, "confidential": 0, "no_data": 0, "empty": 0}
             for cm, _ in resolved}
    totals: dict[str, float] = {}
    for r in range(first - 1, min(last, len(grid.cells))):
        label = _text(grid.cell(r, unit_c))
        if not label:
            continue
        values = [grid.cell(r, c) for _cm, c in resolved]
        if not any(_text(v) for v in values) and code_c is None:
            continue
        rec: dict[str, Any] = {}
        if mapping.unit_kind == "code":
            rec["unit_code"], rec["unit_name"] = normalise_code(grid.cell(r, unit_c)), None
        elif mapping.unit_kind == "institution":
            rec["unit_code"], rec["unit_name"] = None, None
            rec["inst_id"] = label
        else:
            rec["unit_name"] = strip_marker(label)
            rec["unit_code"] = normalise_code(grid.cell(r, code_c)) if code_c is not None else None
        if parent_c is not None:
            rec["parent_name"] = _text(grid.cell(r, parent_c)) or None
        is_total = (r + 1) in total_rows
        for (cm, c), v in zip(resolved, values, strict=True):
            kind, number = classify(v)
            if cm.type == "text":
                rec[cm.indicator] = _text(v) or None
                continue
            _check_cell(v, kind, number, cm.indicator, file=grid.file, sheet=sheet_label,
                        row=r + 1, column=f"{col_letter(c)} “{headers.get(c) or cm.indicator}”")
            if kind == "text":
                raise KZError("bad_number", file=grid.file, sheet=sheet_label, row=r + 1,
                              column=f"{col_letter(c)} “{headers.get(c) or cm.indicator}”",
                              detail=_text(v))
            if kind == "formula":
                kind = "empty"
            if kind in marks[cm.indicator]:
                marks[cm.indicator][kind] += 1
            if kind == "number" and number < 0 and cm.type != "share":
                raise KZError("negative_value", file=grid.file, sheet=sheet_label, row=r + 1,
                              column=f"{col_letter(c)} “{headers.get(c) or cm.indicator}”",
                              detail=_text(v))
            rec[cm.indicator] = number
            if is_total:
                totals[cm.indicator] = number
        records.append(rec)
        rows.append(r + 1)
    base_cols = ["unit_code", "unit_name"] + (["parent_name"] if parent_c is not None else []) \
        + (["inst_id"] if mapping.unit_kind == "institution" else [])
    frame = pd.DataFrame(records, columns=base_cols + [cm.indicator for cm, _ in resolved])
    for cm, _c in resolved:
        if cm.type != "text":
            frame[cm.indicator] = frame[cm.indicator].astype(float)
    if mapping.kind == "statistics":
        from kzplanner.core.io.tables import check_parts

        check_parts(frame, rows, file=grid.file, sheet=sheet_label,
                    labels={cm.indicator: f"{col_letter(c)} “{headers.get(c) or cm.indicator}”"
                            for cm, c in resolved})
    provenance = {
        cm.indicator: {"file": grid.file, "sheet": grid.sheet, "column": col_letter(c),
                       "header": headers.get(c, ""), "block": mapping.block,
                       "cells": f"{col_letter(c)}{rows[0]}:{col_letter(c)}{rows[-1]}"
                       if rows else ""}
        for cm, c in resolved}
    if mapping.unit_kind == "name" and rows and len(rows) <= MAX_STYLED_ROWS:
        indents = label_indents(grid, unit_c, rows)
        if indents is not None:
            frame["_indent"] = indents
    for ind, total in totals.items():
        if mapping.kind == "statistics":
            break  # core.totals checks statistics as the tree they are (header rows included)
        parts = frame.loc[[i for i, r in enumerate(rows) if r not in total_rows], ind]
        if not math.isnan(total) and parts.notna().any() and abs(parts.sum() - total) > 0.5:
            warnings.append(f"{ind}: rows sum to {parts.sum():g}, the total row says {total:g}")
    frame.attrs["source"] = Provenance({"file": grid.file, "sheet": grid.sheet,
                             "first_row": rows[0] if rows else None,
                             "last_row": rows[-1] if rows else None,
                             "rows": rows, "provenance": provenance})
    return StatsImport(frame=frame, rows=rows, provenance=provenance, marks=marks,
                       totals=totals, warnings=warnings, mapping=mapping)


MAX_STYLED_ROWS = 5000  # cell styles are read for the label column of tables up to this size


def label_indents(grid: Grid, column: int, rows: list[int]) -> list[int] | None:
    """The indentation of the label cell of each sheet row (1-based) in `rows`, or None when the
    file does not vary it: leading spaces in the text (two make a step), the cell's indent, and,
    where neither varies, bold labels as the upper level.

    Only the label column is read for styles (openpyxl read-only for .xlsx, xlrd's formatting
    for .xls); the values come from the grid as read before.
    """
    spaces = []
    for r in rows:
        raw = grid.cell(r - 1, column)
        text = raw if isinstance(raw, str) else ""
        stripped = text.lstrip(" \u00a0\u2002\u2003")
        spaces.append((len(text) - len(stripped)) // 2)
    styles = _label_styles(Path(grid.file), grid.sheet, column, rows)
    indents = [s + (st[0] if st else 0) for s, st in zip(spaces, styles, strict=True)]
    if len(set(indents)) > 1:
        return indents
    bold = [bool(st and st[1]) for st in styles]
    if 0 < sum(bold) < len(bold) and sum(bold) <= len(bold) // 2:
        return [0 if b else 1 for b in bold]
    return None


def _label_styles(path: Path, sheet: str | None, column: int,
                  rows: list[int]) -> list[tuple[int, bool] | None]:
    """(indent, bold) of one column's cells at `rows`; Nones where the format has no styles."""
    none: list[tuple[int, bool] | None] = [None] * len(rows)
    try:
        from kzplanner.core.io.safety import sniff

        kind = sniff(path).kind  # by content, as read_grid read the values
        if kind == "zip":
            import warnings

            import openpyxl

            with warnings.catch_warnings(), path.open("rb") as fh:
                warnings.simplefilter("ignore")
                wb = openpyxl.load_workbook(fh, read_only=True)
                try:
                    ws = wb[sheet] if sheet else wb.worksheets[0]
                    wanted = set(rows)
                    found: dict[int, tuple[int, bool]] = {}
                    for r, (cell,) in enumerate(ws.iter_rows(
                            min_row=min(rows), max_row=max(rows), min_col=column + 1,
                            max_col=column + 1), start=min(rows)):
                        if r in wanted and getattr(cell, "value", None) is not None:
                            found[r] = (int(cell.alignment.indent or 0), bool(cell.font.b))
                finally:
                    wb.close()
            return [found.get(r) for r in rows]
        if kind == "ole":
            import io

            import xlrd

            book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True,
                                      logfile=io.StringIO())
            try:
                sh = book.sheet_by_name(sheet) if sheet else book.sheet_by_index(0)
                out: list[tuple[int, bool] | None] = []
                for r in rows:
                    if r - 1 >= sh.nrows or column >= sh.row_len(r - 1):
                        out.append(None)
                        continue
                    xf = book.xf_list[sh.cell_xf_index(r - 1, column)]
                    font = book.font_list[xf.font_index]
                    out.append((int(xf.alignment.indent_level or 0), bool(font.bold)))
            finally:
                book.release_resources()
            return out
    except Exception:  # styles are evidence, never a reason to fail the import
        return none
    return none


def save_mapping(mapping: StatsMapping, path: str | Path) -> Path:
    """Write the mapping as UTF-8 JSON (atomically)."""
    from kzplanner.core.io.atomic import write_atomically

    data = json.dumps(mapping.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
    return write_atomically(path, lambda tmp: tmp.write_bytes(data))


MAX_MAPPING_FILE = 5 * 1024 * 1024  # bytes; a mapping is a page of JSON


def load_mapping(path: str | Path) -> StatsMapping:
    path = Path(path)
    if not path.exists():
        raise KZError("file_not_found", file=str(path))
    try:
        if path.is_dir():
            raise KZError("path_is_folder", file=str(path))
        if path.stat().st_size > MAX_MAPPING_FILE:
            raise KZError("bad_mapping", file=str(path),
                          detail=f"{path.stat().st_size // 1024} KB: not a mapping")
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        from kzplanner.errors import from_os_error

        raise from_os_error(exc, str(path), "read") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise KZError("bad_mapping", file=str(path),
                      detail=str(exc)[:200] or type(exc).__name__) from exc
    try:
        return StatsMapping.from_dict(data)
    except KZError as exc:
        exc.file = str(path)
        raise

"""The statistics layout's notes (core.io.read.layout: detection, periods, totals) in the
reader's language. The detection writes its notes as English lines; this module recognises
each kind of line and says it in kk/ru/en, its numbers in the language's format and its
indicator ids as labels (issue 20: no English fragment, raw id or 3.953e+07 reaches a planner).
A line of no known kind is returned as it is."""

from __future__ import annotations

import re
from collections.abc import Callable

from kzplanner.core.catalogue import label
from kzplanner.core.formatting import format_number

WORDS: dict[str, dict[str, str]] = {
    "sheet": {"en": "sheet “{sheet}”", "ru": "лист «{sheet}»", "kk": "«{sheet}» парағы"},
    "block": {"en": "block “{block}”", "ru": "блок «{block}»", "kk": "«{block}» блогы"},
    "column": {"en": "column {column} “{header}” → {indicator}",
               "ru": "столбец {column} «{header}» → {indicator}",
               "kk": "{column} «{header}» бағаны → {indicator}"},
    "from": {"en": "{indicator}: from {evidence}", "ru": "{indicator}: по {evidence}",
             "kk": "{indicator}: {evidence} бойынша"},
    "ev.header": {"en": "the column header “{text}”", "ru": "заголовку столбца «{text}»",
                  "kk": "«{text}» баған тақырыбы"},
    "ev.title": {"en": "the title “{text}”", "ru": "заголовку таблицы «{text}»",
                 "kk": "«{text}» кесте тақырыбы"},
    "ev.sheet name": {"en": "the sheet name “{text}”", "ru": "названию листа «{text}»",
                      "kk": "«{text}» парақ атауы"},
    "ev.unit": {"en": "the unit “{text}”", "ru": "единице измерения «{text}»",
                "kk": "«{text}» өлшем бірлігі"},
    "year.only": {"en": "year column: {year} (the only one)",
                  "ru": "столбец года: {year} (единственный)",
                  "kk": "жыл бағаны: {year} (жалғыз)"},
    "year.latest": {"en": "year column: {year} (latest of {span})",
                    "ru": "столбец года: {year} (последний из {span})",
                    "kk": "жыл бағаны: {year} ({span} ішіндегі ең соңғысы)"},
    "year.asked": {"en": "year column: {year} (asked for; {span} in the file)",
                   "ru": "столбец года: {year} (указан; в файле {span})",
                   "kk": "жыл бағаны: {year} (көрсетілген; файлда {span})"},
    "sum": {"en": "{indicator}: rows sum to {parts}, the total row says {total}",
            "ru": "{indicator}: сумма строк {parts}, а в строке итога {total}",
            "kk": "{indicator}: жолдардың қосындысы {parts}, ал жиынтық жолда {total}"},
    "no_header": {"en": "no header rows found", "ru": "строки заголовков не найдены",
                  "kk": "тақырып жолдары табылмады"},
    "no_column": {"en": "no column suggested an indicator: map the columns by hand",
                  "ru": "ни один столбец не указал на показатель: сопоставьте столбцы вручную",
                  "kk": "бірде-бір баған көрсеткішті білдірмеді: бағандарды қолмен сәйкестендіріңіз"},
    "blocks": {"en": "stacked blocks: {blocks}; proposing “{block}”",
               "ru": "таблица из нескольких блоков: {blocks}; предлагается «{block}»",
               "kk": "бірнеше блокты кесте: {blocks}; ұсынылғаны «{block}»"},
    "bad_text": {"en": "text in numeric columns: {columns}",
                 "ru": "текст в числовых столбцах: {columns}",
                 "kk": "сандық бағандарда мәтін бар: {columns}"},
    "vetoed": {"en": "the {source} “{title}” names “{word}”: not read as an indicator",
               "ru": "{source} «{title}» называет «{word}»: не прочитано как показатель",
               "kk": "{source} «{title}» «{word}» дейді: көрсеткіш ретінде оқылмады"},
    "src.title": {"en": "title", "ru": "заголовок", "kk": "тақырып"},
    "src.sheet name": {"en": "sheet name", "ru": "название листа", "kk": "парақ атауы"},
    "block.all": {"en": "all", "ru": "все", "kk": "барлығы"},
    "block.urban": {"en": "urban", "ru": "город", "kk": "қала"},
    "block.rural": {"en": "rural", "ru": "село", "kk": "ауыл"},
}


def _w(key: str, lang: str, **values: object) -> str:
    entry = WORDS[key]
    return (entry.get(lang) or entry["en"]).format(**values)


def _number(text: str, lang: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return text
    decimals = 0 if value == round(value) else 2
    return format_number(value, lang, decimals)


def _block(block: str, lang: str) -> str:
    return _w(f"block.{block}", lang) if f"block.{block}" in WORDS else block


def _evidence(text: str, lang: str) -> str:
    m = re.fullmatch(r"the (column header|title|sheet name|unit) “(.*)”", text)
    if not m:
        return text
    kind = "header" if m.group(1) == "column header" else m.group(1)
    return _w(f"ev.{kind}", lang, text=m.group(2))


def _detected(part: str, lang: str) -> str:
    """One part of the 'layout detected' detail: 'sheet S', 'block B', 'C “H” → indicator'."""
    if part.startswith("sheet "):
        return _w("sheet", lang, sheet=part[6:])
    if part.startswith("block "):
        return _w("block", lang, block=_block(part[6:], lang))
    m = re.fullmatch(r"(\w+) “(.*)” → (\w+)", part)
    if m:
        return _w("column", lang, column=m.group(1), header=m.group(2),
                  indicator=label(m.group(3), lang))
    return part


_PATTERNS: list[tuple[str, Callable[[re.Match[str], str], str]]] = [
    (r"no header rows found", lambda m, lang: _w("no_header", lang)),
    (r"no column suggested an indicator: map the columns by hand",
     lambda m, lang: _w("no_column", lang)),
    (r"year column: (.+) \(the only one\)", lambda m, lang: _w("year.only", lang,
                                                               year=m.group(1))),
    (r"year column: (.+) \(latest of (.+)\)",
     lambda m, lang: _w("year.latest", lang, year=m.group(1), span=m.group(2))),
    (r"year column: (.+) \(asked for; (.+) in the file\)",
     lambda m, lang: _w("year.asked", lang, year=m.group(1), span=m.group(2))),
    (r"(\w+): rows sum to (\S+), the total row says (\S+)",
     lambda m, lang: _w("sum", lang, indicator=label(m.group(1), lang),
                        parts=_number(m.group(2), lang), total=_number(m.group(3), lang))),
    (r"stacked blocks: (.+); proposing “(.+)”",
     lambda m, lang: _w("blocks", lang, blocks=re.sub(
         r"\b(all|urban|rural) \(", lambda b: _block(b.group(1), lang) + " (", m.group(1)),
                        block=_block(m.group(2), lang))),
    (r"text in numeric columns: (.+)", lambda m, lang: _w("bad_text", lang, columns=m.group(1))),
    (r"the (title|sheet name) “(.*)” names “(.*)”: not read as an indicator",
     lambda m, lang: _w("vetoed", lang, source=_w(f"src.{m.group(1)}", lang), title=m.group(2),
                        word=m.group(3))),
    (r"(\w+): from (.+)", lambda m, lang: _w("from", lang, indicator=label(m.group(1), lang),
                                             evidence=_evidence(m.group(2), lang))),
    (r"sheet .+", lambda m, lang: "; ".join(_detected(p, lang) for p in m.group(0).split("; "))),
]


def layout_note(line: str, lang: str) -> str:
    """A layout note in `lang` (see the module's docstring).

    >>> layout_note("year column: 2023 (latest of 2000–2023)", "ru")
    'столбец года: 2023 (последний из 2000–2023)'
    >>> layout_note("population: rows sum to 3.953e+07, the total row says 3.9e+07", "kk")
    'Халық саны: жолдардың қосындысы 39\\xa0530\\xa0000, ал жиынтық жолда 39\\xa0000\\xa0000'
    """
    for pattern, render in _PATTERNS:
        m = re.fullmatch(pattern, line.strip())
        if m:
            return render(m, lang)
    return line

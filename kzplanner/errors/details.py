"""kk/ru/en texts of the `detail` and parameter names a KZError carries (issue 20: no English
fragment and no raw id inside a Kazakh or Russian message).

A detail that is one of DETAILS' keys (the English text, which may hold `{placeholders}` filled
from KZError.extra) is rendered in the message's language; any other detail (a file's own
words, a list of sheets, numbers) is shown as given. A `bad_parameter` error's parameter
(`column`) is named in words by PARAMETER_NAMES."""

from __future__ import annotations

import math
import re

DETAILS: dict[str, dict[str, str]] = {
    # planning parameters (core.planning.parameters.PlanParams.validate)
    "must be ≥ 0": {"ru": "должен быть не меньше 0", "kk": "0-ден кем болмауы керек"},
    "must be in (0, 1]": {"ru": "должна быть больше 0 и не больше 1",
                          "kk": "0-ден үлкен және 1-ден аспауы керек"},
    "one of {choices}": {"ru": "одно из значений: {choices}", "kk": "мәндердің бірі: {choices}"},
    "an instrument with a share in [0, 1]": {
        "ru": "нужен инструмент и доля от 0 до 1", "kk": "құрал және 0-ден 1-ге дейінгі үлес керек"},
    "voucher costs must be > 0": {"ru": "стоимость ваучеров должна быть больше 0",
                                  "kk": "ваучерлердің құны 0-ден үлкен болуы керек"},
    "the shares add up to more than 100 %": {"ru": "сумма долей больше 100 %",
                                             "kk": "үлестердің қосындысы 100 %-дан асады"},
    # the command line's own options
    "not an amount: “{value}” (digits, with spaces as thousands separators)": {
        "ru": "«{value}» — не сумма (цифры, тысячи можно отделять пробелами)",
        "kk": "«{value}» — сома емес (цифрлар, мыңдықтарды бос орынмен бөлуге болады)"},
    "give --budget or --params": {"ru": "укажите --budget или --params",
                                  "kk": "--budget немесе --params көрсетіңіз"},
    "a project brings its own data: give it or data files, not both": {
        "ru": "в проекте уже есть данные: укажите проект или файлы данных, но не то и другое",
        "kk": "жобада деректер бар: жобаны немесе деректер файлдарын көрсетіңіз, екеуін бірге емес"},
    "the window is opened by `python -m kzplanner` (kzplanner.__main__)": {
        "ru": "окно открывается командой `python -m kzplanner`",
        "kk": "терезе `python -m kzplanner` командасымен ашылады"},
    "the project already holds its data; leave out --boundaries, --stats and --institutions": {
        "ru": "в проекте уже есть данные; уберите --boundaries, --stats и --institutions",
        "kk": "жобада деректер бар; --boundaries, --stats және --institutions алып тастаңыз"},
    "use .xlsx, .gpkg or .csv": {"ru": "используйте .xlsx, .gpkg или .csv",
                                 "kk": ".xlsx, .gpkg немесе .csv пайдаланыңыз"},
    "name two or three scenarios": {"ru": "назовите два или три сценария",
                                    "kk": "екі немесе үш сценарийді атаңыз"},
    "statistics are read for --missing only": {
        "ru": "статистика читается только с --missing",
        "kk": "статистика тек --missing кезінде оқылады"},
    "give the statistics tables whose gaps the template fills (--stats)": {
        "ru": "укажите таблицы статистики, пробелы которых заполнит шаблон (--stats)",
        "kk": "үлгі толтыратын статистика кестелерін көрсетіңіз (--stats)"},
    "unknown indicator “{name}”; one of: {choices}": {
        "ru": "неизвестный показатель «{name}»; допустимые: {choices}",
        "kk": "белгісіз көрсеткіш «{name}»; рұқсат етілгендері: {choices}"},
    "give --out MAP.png or MAP.pdf": {"ru": "укажите --out MAP.png или MAP.pdf",
                                      "kk": "--out MAP.png немесе MAP.pdf көрсетіңіз"},
    "the map is written as .png or .pdf": {"ru": "карта сохраняется как .png или .pdf",
                                           "kk": "карта .png немесе .pdf түрінде сақталады"},
    "between 2 and 7": {"ru": "от 2 до 7", "kk": "2-ден 7-ге дейін"},
    "give --stats together with --boundaries or --institutions": {
        "ru": "укажите --stats вместе с --boundaries или --institutions",
        "kk": "--stats параметрін --boundaries немесе --institutions параметрімен бірге көрсетіңіз"},
    "--scheme user_defined needs --breaks": {
        "ru": "для --scheme user_defined нужны --breaks",
        "kk": "--scheme user_defined үшін --breaks керек"},
    "a KZ Planner template has one column per indicator, no years": {
        "ru": "в шаблоне KZ Planner по одному столбцу на показатель, без лет",
        "kk": "KZ Planner үлгісінде әр көрсеткішке бір баған, жылдар жоқ"},
    "given {times} times for {files} --stats: give it once, or once for each": {
        "ru": "указано {times} раз для {files} --stats: укажите один раз или по разу для каждого",
        "kk": "{files} --stats үшін {times} рет берілді: бір рет немесе әрқайсысына бір рет беріңіз"},
    "a stored scenario is mapped with --project": {
        "ru": "сохранённый сценарий рисуется вместе с --project",
        "kk": "сақталған сценарий --project арқылы салынады"},
    "--view projected or change needs a plan: give --scenario NAME": {
        "ru": "для --view projected или change нужен план: укажите --scenario ИМЯ",
        "kk": "--view projected немесе change үшін жоспар керек: --scenario АТАУ көрсетіңіз"},
    "a stored scenario brings its own plan: leave out --budget and --strategy": {
        "ru": "у сохранённого сценария свой план: уберите --budget и --strategy",
        "kk": "сақталған сценарийдің өз жоспары бар: --budget және --strategy алып тастаңыз"},
    # a parameters file (core.io.params_dict)
    "“{value}” is not a number": {"ru": "«{value}» — не число", "kk": "«{value}» — сан емес"},
    "{value} is not a finite number of plausible size": {
        "ru": "{value} — не конечное число правдоподобной величины",
        "kk": "{value} — ақылға қонымды шамадағы ақырлы сан емес"},
    "“{value}” is not text": {"ru": "«{value}» — не текст", "kk": "«{value}» — мәтін емес"},
    "expected a table of values": {"ru": "ожидалась таблица значений",
                                   "kk": "мәндер кестесі күтілген еді"},
    "expected a list of ids": {"ru": "ожидался список идентификаторов",
                               "kk": "идентификаторлар тізімі күтілген еді"},
    "expected a table of parameters": {"ru": "ожидалась таблица параметров",
                                       "kk": "параметрлер кестесі күтілген еді"},
    "unknown key; known keys: {known}": {"ru": "неизвестный ключ; известные ключи: {known}",
                                         "kk": "белгісіз кілт; белгілі кілттер: {known}"},
    "written by a newer KZ Planner (schema {schema})": {
        "ru": "записан более новой версией KZ Planner (схема {schema})",
        "kk": "KZ Planner-дің жаңарақ нұсқасымен жазылған (схема {schema})"},
    "not a list of numbers: “{value}”": {"ru": "не список чисел: «{value}»",
                                         "kk": "сандар тізімі емес: «{value}»"},
}

# Parameter names of `bad_parameter` errors, in words (command-line options stay as typed).
PARAMETER_NAMES: dict[str, dict[str, str]] = {
    "budget_kzt": {"en": "budget, ₸", "ru": "бюджет, ₸", "kk": "бюджет, ₸"},
    "equity": {"en": "equity weight λ", "ru": "вес равенства λ", "kk": "теңдік салмағы λ"},
    "strategy": {"en": "strategy", "ru": "стратегия", "kk": "стратегия"},
    "costs": {"en": "costs", "ru": "стоимость", "kk": "құны"},
    "envelope_shares": {"en": "envelope shares", "ru": "доли конвертов",
                        "kk": "конверттер үлестері"},
    "takeup": {"en": "take-up", "ru": "доля обращений", "kk": "қолдану үлесі"},
    "instrument_max_share": {"en": "largest share of an instrument",
                             "ru": "наибольшая доля инструмента", "kk": "құралдың ең үлкен үлесі"},
    "rules.gap_weights": {"en": "gap weights of the rules", "ru": "веса разрывов в правилах",
                          "kk": "ережелердегі алшақтық салмақтары"},
}
PARAMETER_PARTS: dict[str, dict[str, str]] = {
    "large_families": {"en": "large families", "ru": "многодетные семьи",
                       "kk": "көпбалалы отбасылар"},
    "hs_students": {"en": "high-school students", "ru": "старшеклассники",
                    "kk": "жоғары сынып оқушылары"},
    "novice_teachers": {"en": "novice teachers", "ru": "молодые учителя",
                        "kk": "жас мұғалімдер"},
    "elderly_60plus": {"en": "people aged 60+", "ru": "люди 60+", "kk": "60+ жастағылар"},
    "pwd": {"en": "people with disabilities", "ru": "люди с инвалидностью",
            "kk": "мүмкіндігі шектеулі адамдар"},
    "device": {"en": "device vouchers", "ru": "ваучеры на устройства",
               "kk": "құрылғыға ваучерлер"},
    "internet": {"en": "internet vouchers", "ru": "ваучеры на интернет",
                 "kk": "интернетке ваучерлер"},
    "kit": {"en": "kits", "ru": "комплекты", "kk": "жинақтар"},
}


def detail_text(detail: str | None, lang: str, values: dict[str, object]) -> str:
    """The detail in `lang` when it is a known text (its placeholders from `values`), else as
    given."""
    if not detail:
        return ""
    entry = DETAILS.get(detail)
    if entry is None:
        return plain_numbers(detail, lang)
    text = entry.get(lang) or detail
    try:
        return text.format(**values) if values else text
    except (KeyError, IndexError, ValueError):
        return text


def parameter_name(column: str | None, lang: str) -> str | None:
    """A planning parameter's name in words ('takeup.pwd' → 'take-up: people with
    disabilities'); an unknown name (an option such as --budget) as given."""
    if not column:
        return column
    for key in sorted(PARAMETER_NAMES, key=len, reverse=True):
        if column == key or column.startswith(key + "."):
            name = PARAMETER_NAMES[key].get(lang) or PARAMETER_NAMES[key]["en"]
            rest = column[len(key) + 1:]
            if not rest:
                return name
            part = PARAMETER_PARTS.get(rest)
            if part is None:  # a key of a parameters file, as it is written there
                return column
            return f"{name}: {part.get(lang) or part['en']}"
    return column


_SCIENTIFIC = re.compile(r"(?<![\w.])(-?\d+(?:\.\d+)?[eE][+-]?\d+)(?![\w.])")


def plain_numbers(text: str, lang: str) -> str:
    """`text` with numbers in scientific notation (what Python's :g writes for large values,
    3.953e+07) written out in the language's format (39 530 000).

    >>> plain_numbers("rows sum to 3.953e+07 > 1e+06", "ru")
    'rows sum to 39\xa0530\xa0000 > 1\xa0000\xa0000'
    """
    from kzplanner.core.formatting import format_number

    def plain(m: re.Match[str]) -> str:
        value = float(m.group(1))
        if not math.isfinite(value):  # "1e400" in a file: beyond any float, said as written
            return m.group(1)
        return format_number(value, lang, 0 if value == round(value) else 2)

    return _SCIENTIFIC.sub(plain, text)

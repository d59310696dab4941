"""UI strings (en/ru/kk) of loading data: common words, menus, the import wizard (data.wiz.*);
merged into strings.STRINGS."""

from __future__ import annotations


def _s(en: str, ru: str, kk: str) -> dict[str, str]:
    return {"en": en, "ru": ru, "kk": kk}


STRINGS: dict[str, dict[str, str]] = {
    # --- common
    "data.browse": _s("Browse…", "Обзор…", "Шолу…"),
    "data.cancel": _s("Cancel", "Отмена", "Болдырмау"),
    "data.close": _s("Close", "Закрыть", "Жабу"),
    "data.none": _s("— none —", "— нет —", "— жоқ —"),
    "data.unexpected": _s("Something unexpected went wrong; the data in use is unchanged.",
                          "Произошла непредвиденная ошибка; загруженные данные не изменились.",
                          "Күтпеген қате орын алды; жүктелген деректер өзгерген жоқ."),
    # --- menus
    "data.menu.import": _s("&Import statistics…", "&Импорт статистики…",
                           "Статистиканы &импорттау…"),
    "data.menu.template": _s("Write data &template…", "Создать &шаблон данных…",
                             "Деректер &үлгісін жасау…"),
    "data.menu.data": _s("&Data", "&Данные", "&Деректер"),
    "data.menu.check": _s("&Check / reconciliation…", "&Проверка и сопоставление…",
                          "&Тексеру және салыстыру…"),
    "data.menu.followup": _s("F&ollow-up", "&Мониторинг", "&Мониторинг"),
    "data.menu.actuals": _s("Load &actuals…", "Загрузить &факт…",
                            "&Нақты деректерді жүктеу…"),
    "data.menu.evaluate": _s("&Evaluate effects…", "&Оценка эффекта…", "Әсерді &бағалау…"),
    "data.status.imported": _s(
        "Statistics loaded: {joined} rows joined, {fuzzy} to confirm, {unmatched} not joined "
        "(Data → Check).",
        "Статистика загружена: сопоставлено строк {joined}, подтвердить {fuzzy}, "
        "не сопоставлено {unmatched} (Данные → Проверка).",
        "Статистика жүктелді: {joined} жол сәйкестендірілді, {fuzzy} растау керек, {unmatched} "
        "сәйкестендірілмеді (Деректер → Тексеру)."),
    "data.source.boundaries": _s("Boundaries", "Границы", "Шекаралар"),
    "data.source.statistics": _s("Statistics", "Статистика", "Статистика"),
    "data.source.institutions": _s("Institutions", "Учреждения", "Мекемелер"),
    # --- import wizard
    "data.wiz.title": _s("Import statistics", "Импорт статистики", "Статистиканы импорттау"),
    # the same wizard for actuals (Follow-up → Load actuals, a file in an office's own layout)
    "data.wiz.title_actuals": _s("Import actuals", "Импорт фактических данных",
                                 "Нақты деректерді импорттау"),
    "data.wiz.finish_actuals": _s("Compare with the plan", "Сравнить с планом",
                                  "Жоспармен салыстыру"),
    "data.wiz.page_file_sub_actuals": _s(
        "What the programme reports afterwards, as the office sent it (.xlsx, .xls, .csv): "
        "vouchers issued and redeemed, institutions connected, money spent, indicators "
        "measured later.",
        "Что сообщают после программы, в том виде, в каком прислало ведомство (.xlsx, .xls, "
        ".csv): выданные и погашенные ваучеры, подключённые учреждения, расходы, показатели, "
        "измеренные позже.",
        "Бағдарламадан кейінгі есеп, ведомство жіберген күйінде (.xlsx, .xls, .csv): берілген "
        "және пайдаланылған ваучерлер, қосылған мекемелер, шығыстар, кейін өлшенген "
        "көрсеткіштер."),
    "data.wiz.file_actuals": _s("Actuals file:", "Файл с фактом:", "Нақты деректер файлы:"),
    "data.wiz.pick_title_actuals": _s("Actuals file", "Файл с фактическими данными",
                                      "Нақты деректер файлы"),
    "data.wiz.kind_institution": _s("institution ids", "коды учреждений", "мекеме кодтары"),
    "data.wiz.unknown_institutions": _s(
        "{n} institutions are not in the register and are left out: {ids}",
        "учреждений нет в реестре, они не учтены — {n}: {ids}",
        "{n} мекеме тізілімде жоқ, олар есепке алынбады: {ids}"),
    "data.ind.connected": _s("Connected (yes/no)", "Подключено (да/нет)", "Қосылды (иә/жоқ)"),
    "data.wiz.back": _s("< Back", "< Назад", "< Артқа"),
    "data.wiz.next": _s("Next >", "Далее >", "Келесі >"),
    "data.wiz.finish": _s("Load", "Загрузить", "Жүктеу"),
    "data.wiz.page_file": _s("1. File", "1. Файл", "1. Файл"),
    "data.wiz.page_file_sub": _s(
        "A statistics table as the office published it (.xlsx, .xls, .csv).",
        "Таблица статистики в том виде, в каком её опубликовало ведомство (.xlsx, .xls, .csv).",
        "Ведомство жариялаған күйіндегі статистика кестесі (.xlsx, .xls, .csv)."),
    "data.wiz.page_layout": _s("2. Sheet and layout", "2. Лист и структура",
                               "2. Парақ және құрылым"),
    "data.wiz.page_layout_sub": _s(
        "Check what was detected: header rows, the block of rows and the unit column.",
        "Проверьте найденное: строки заголовка, блок строк и столбец единиц.",
        "Табылғанын тексеріңіз: тақырып жолдары, жолдар блогы және бірлік бағаны."),
    "data.wiz.page_columns": _s("3. Columns → indicators", "3. Столбцы → показатели",
                                "3. Бағандар → көрсеткіштер"),
    "data.wiz.page_columns_sub": _s(
        "★ marks the suggestion from the header text; choose “not used” to skip a column.",
        "★ — предложение по тексту заголовка; «не используется» — пропустить столбец.",
        "★ — тақырып мәтіні бойынша ұсыныс; бағанды өткізу үшін «пайдаланылмайды»."),
    "data.wiz.page_check": _s("4. Check the matches", "4. Проверка сопоставления",
                              "4. Сәйкестендіруді тексеру"),
    "data.wiz.page_check_sub": _s(
        "Every row and the unit it joins. Confirm matches by similar spelling or choose "
        "another unit.",
        "Каждая строка и единица, к которой она присоединяется. Подтвердите совпадения по "
        "похожему написанию или выберите другую единицу.",
        "Әр жол және ол қосылатын бірлік. Ұқсас жазылу бойынша сәйкестіктерді растаңыз "
        "немесе басқа бірлікті таңдаңыз."),
    "data.wiz.file": _s("Statistics file:", "Файл статистики:", "Статистика файлы:"),
    "data.wiz.pick_title": _s("Statistics file", "Файл статистики", "Статистика файлы"),
    "data.wiz.filter": _s("Tables (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)",
                          "Таблицы (*.xlsx *.xlsm *.xls *.csv *.txt);;Все файлы (*)",
                          "Кестелер (*.xlsx *.xlsm *.xls *.csv *.txt);;Барлық файлдар (*)"),
    "data.wiz.reading": _s("Reading…", "Чтение…", "Оқылуда…"),
    "data.wiz.detected": _s(
        "Sheet “{sheet}”: {rows} table rows and {columns} value columns found.",
        "Лист «{sheet}»: найдено строк таблицы — {rows}, столбцов со значениями — {columns}.",
        "«{sheet}» парағы: кестенің {rows} жолы және мәндері бар {columns} баған табылды."),
    "data.wiz.offer": _s("Use a saved mapping that fits this file",
                         "Использовать сохранённое сопоставление, подходящее к файлу",
                         "Осы файлға сай келетін сақталған сәйкестендіруді қолдану"),
    "data.wiz.offer_item": _s("{file} (sheet “{sheet}”, {rows} rows)",
                              "{file} (лист «{sheet}», строк: {rows})",
                              "{file} («{sheet}» парағы, {rows} жол)"),
    "data.wiz.offer_note": _s(
        "Saved last time for a file of the same layout (e.g. last year's); its columns, block "
        "and your decisions are reused. You can still change everything.",
        "Сохранено ранее для файла той же структуры (например, прошлогоднего): столбцы, блок "
        "и ваши решения применяются снова. Всё можно изменить.",
        "Бұрын осындай құрылымдағы файл үшін сақталған (мысалы, өткен жылғы): бағандар, блок "
        "және шешімдеріңіз қайта қолданылады. Бәрін өзгертуге болады."),
    "data.wiz.sheet": _s("Sheet:", "Лист:", "Парақ:"),
    "data.wiz.header": _s("Header rows:", "Строки заголовка:", "Тақырып жолдары:"),
    "data.wiz.to": _s("to", "по", "—"),
    "data.wiz.block": _s("Block:", "Блок:", "Блок:"),
    "data.wiz.unit": _s("Unit column:", "Столбец единиц:", "Бірлік бағаны:"),
    "data.wiz.kind": _s("It holds:", "Содержит:", "Құрамы:"),
    "data.wiz.code": _s("KATO column:", "Столбец КАТО:", "ҚАТО бағаны:"),
    "data.wiz.kind_name": _s("names", "названия", "атаулар"),
    "data.wiz.kind_code": _s("KATO codes", "коды КАТО", "ҚАТО кодтары"),
    "data.wiz.block_item": _s("{name} (rows {first}–{last})", "{name} (строки {first}–{last})",
                              "{name} ({first}–{last} жолдар)"),
    "data.wiz.title_found": _s("Title: {title}", "Заголовок: {title}", "Атауы: {title}"),
    "data.wiz.confidence": _s("detection confidence {value} %", "уверенность распознавания {value} %",
                              "анықтау сенімділігі {value} %"),
    "data.wiz.notes_found": _s("notes below the table (rows {rows}) are not data",
                               "примечания под таблицей (строки {rows}) не считаются данными",
                               "кесте астындағы ескертпелер ({rows} жолдар) деректер емес"),
    "data.wiz.totals_found": _s("total rows {rows} are kept out of the units",
                                "итоговые строки {rows} не относятся к единицам",
                                "{rows} қорытынды жолдар бірліктерге қосылмайды"),
    "data.wiz.legend": _s("blue: header · green: chosen block · dark green: mapped columns",
                          "синий: заголовок · зелёный: выбранный блок · тёмно-зелёный: "
                          "выбранные столбцы",
                          "көк: тақырып · жасыл: таңдалған блок · қою жасыл: таңдалған бағандар"),
    "data.wiz.col_letter": _s("Column", "Столбец", "Баған"),
    "data.wiz.col_header": _s("Header in the file", "Заголовок в файле", "Файлдағы тақырып"),
    "data.wiz.col_values": _s("Values", "Значения", "Мәндер"),
    "data.wiz.col_indicator": _s("Indicator", "Показатель", "Көрсеткіш"),
    "data.wiz.col_type": _s("Type", "Тип", "Түрі"),
    "data.wiz.col_select": _s("Next year find by", "В следующем году искать по",
                              "Келесі жылы іздеу"),
    "data.wiz.counts": _s("{numbers} numbers · “–” {zeros} · x {conf} · … {nodata} · empty {empty}"
                          " · text {bad}",
                          "чисел {numbers} · «–» {zeros} · x {conf} · … {nodata} · пусто {empty}"
                          " · текст {bad}",
                          "сан {numbers} · «–» {zeros} · x {conf} · … {nodata} · бос {empty}"
                          " · мәтін {bad}"),
    "data.wiz.not_used": _s("— not used —", "— не используется —", "— пайдаланылмайды —"),
    "data.wiz.suggest_tip": _s("Suggested from the header: {value}",
                               "Предложено по заголовку: {value}",
                               "Тақырып бойынша ұсынылған: {value}"),
    "data.wiz.twice": _s("“{indicator}” is chosen for columns {a} and {b}; keep one.",
                         "«{indicator}» выбран для столбцов {a} и {b}; оставьте один.",
                         "«{indicator}» {a} және {b} бағандарына таңдалған; біреуін қалдырыңыз."),
    "data.wiz.none_mapped": _s("Choose an indicator for at least one column.",
                               "Выберите показатель хотя бы для одного столбца.",
                               "Кемінде бір бағанға көрсеткіш таңдаңыз."),
    "data.wiz.save_mapping": _s("Save the mapping for next year's file:",
                                "Сохранить сопоставление для файла следующего года:",
                                "Келесі жылғы файл үшін сәйкестендіруді сақтау:"),
    "data.wiz.save_title": _s("Save the mapping", "Сохранить сопоставление",
                              "Сәйкестендіруді сақтау"),
    "data.wiz.mapping_filter": _s("Mapping (*.mapping.json *.json)",
                                  "Сопоставление (*.mapping.json *.json)",
                                  "Сәйкестендіру (*.mapping.json *.json)"),
    "data.wiz.checking": _s("Reading the rows and matching them with the units…",
                            "Чтение строк и сопоставление с единицами…",
                            "Жолдар оқылып, бірліктермен сәйкестендірілуде…"),
    "data.wiz.marks": _s("“–” as zero {zero}, confidential {conf}, no data {nodata}, empty {empty}",
                         "«–» как ноль {zero}, конфиденциально {conf}, нет данных {nodata}, "
                         "пусто {empty}",
                         "«–» нөл ретінде {zero}, құпия {conf}, дерек жоқ {nodata}, бос {empty}"),
    "data.wiz.prov_line": _s("<b>{indicator}</b> ← {file}, sheet “{sheet}”, cells {cells} "
                             "(“{header}”); {marks}",
                             "<b>{indicator}</b> ← {file}, лист «{sheet}», ячейки {cells} "
                             "(«{header}»); {marks}",
                             "<b>{indicator}</b> ← {file}, «{sheet}» парағы, {cells} ұяшықтары "
                             "(«{header}»); {marks}"),
    "data.wiz.no_units": _s("No boundaries are loaded: the rows will be matched when the data "
                            "loads.",
                            "Границы не загружены: строки будут сопоставлены при загрузке.",
                            "Шекаралар жүктелмеген: жолдар жүктеу кезінде сәйкестендіріледі."),
    "data.wiz.go_back": _s("Go back to fix the layout or the columns; the data in use is "
                           "unchanged.",
                           "Вернитесь назад, чтобы исправить структуру или столбцы; "
                           "загруженные данные не изменились.",
                           "Құрылымды немесе бағандарды түзету үшін артқа оралыңыз; жүктелген "
                           "деректер өзгерген жоқ."),
    "data.block.all": _s("All", "Все", "Барлығы"),
    "data.block.urban": _s("Urban", "Городская местность", "Қала"),
    "data.block.rural": _s("Rural", "Сельская местность", "Ауыл"),
    "data.type.number": _s("number", "число", "сан"),
    "data.type.share": _s("share / rate", "доля / ставка", "үлес / мөлшерлеме"),
    "data.type.text": _s("text", "текст", "мәтін"),
    "data.select.header": _s("header text", "тексту заголовка", "тақырып мәтіні"),
    "data.select.letter": _s("column letter", "букве столбца", "баған әрпі"),
    "data.select.latest_period": _s("latest period", "последнему периоду", "соңғы кезең"),
    "data.group.eligible": _s("eligible", "имеют право", "құқығы бар"),
    "data.group.no_device": _s("without a device", "без устройства", "құрылғысыз"),
    "data.group.no_internet": _s("without internet", "без интернета", "интернетсіз"),
    "data.ind.schools_total": _s("Schools, total", "Школ всего", "Мектептер, барлығы"),
    "data.ind.schools_connected": _s("Schools connected", "Школ с подключением",
                                     "Қосылған мектептер"),
    "data.ind.faps_total": _s("FAPs, total", "ФАП всего", "ФАП, барлығы"),
    "data.ind.faps_connected": _s("FAPs connected", "ФАП с подключением", "Қосылған ФАП"),
    "data.ind.pscs_total": _s("PSCs, total", "ЦОН всего", "ХҚКО, барлығы"),
    "data.ind.pscs_connected": _s("PSCs connected", "ЦОН с подключением", "Қосылған ХҚКО"),
}

"""kk/ru/en headers and words of exported plans, maps and CLI summaries."""

from __future__ import annotations

# Headers and words of exported plans, maps and CLI summaries.
EXPORT_LABELS: dict[str, dict[str, str]] = {
    "schools_total": {"en": "Schools, total", "ru": "Школ всего", "kk": "Мектептер, барлығы"},
    "schools_connected": {"en": "Schools connected", "ru": "Школ с подключением",
                          "kk": "Қосылған мектептер"},
    "faps_total": {"en": "FAPs, total", "ru": "ФАП всего", "kk": "ФАП, барлығы"},
    "faps_connected": {"en": "FAPs connected", "ru": "ФАП с подключением", "kk": "Қосылған ФАП"},
    "pscs_total": {"en": "PSCs, total", "ru": "ЦОН всего", "kk": "ХҚКО, барлығы"},
    "pscs_connected": {"en": "PSCs connected", "ru": "ЦОН с подключением",
                       "kk": "Қосылған ХҚКО"},
    "sheet.summary": {"en": "Summary", "ru": "Сводка", "kk": "Қорытынды"},
    "sheet.allocation": {"en": "Allocation", "ru": "Распределение", "kk": "Бөлу"},
    "sheet.kits": {"en": "Kits", "ru": "Комплекты", "kk": "Жинақтар"},
    "sheet.indicators": {"en": "Indicators", "ru": "Показатели", "kk": "Көрсеткіштер"},
    "sheet.parameters": {"en": "Parameters", "ru": "Параметры", "kk": "Параметрлер"},
    "sheet.sources": {"en": "Sources", "ru": "Источники", "kk": "Дереккөздер"},
    "sheet.map": {"en": "Map", "ru": "Карта", "kk": "Карта"},
    "plan_title": {"en": "Digital access allocation plan", "ru": "План распределения средств "
                   "на цифровой доступ", "kk": "Цифрлық қолжетімділікке қаражат бөлу жоспары"},
    "illustrative_warning": {
        "en": "ILLUSTRATIVE SAMPLE DATA — not official statistics",
        "ru": "ИЛЛЮСТРАТИВНЫЕ ДАННЫЕ — не официальная статистика",
        "kk": "КӨРНЕКІ ДЕРЕКТЕР — ресми статистика емес"},
    "created": {"en": "Created", "ru": "Создан", "kk": "Құрылған күні"},
    "strategy": {"en": "Strategy", "ru": "Стратегия", "kk": "Стратегия"},
    "equity": {"en": "Equity weight λ", "ru": "Вес справедливости λ", "kk": "Әділдік салмағы λ"},
    "budget": {"en": "Budget", "ru": "Бюджет", "kk": "Бюджет"},
    "spent": {"en": "Spent", "ru": "Израсходовано", "kk": "Жұмсалды"},
    "unspent": {"en": "Unspent", "ru": "Не распределено", "kk": "Бөлінбеген"},
    "unspent_reason": {"en": "Why unspent", "ru": "Причина остатка", "kk": "Қалдық себебі"},
    "reason.none": {"en": "budget fully used", "ru": "бюджет использован полностью",
                    "kk": "бюджет толық пайдаланылды"},
    "reason.no_data": {"en": "no data to plan on", "ru": "нет данных для плана",
                       "kk": "жоспарлауға дерек жоқ"},
    "reason.need_exhausted": {"en": "all need covered", "ru": "потребность покрыта полностью",
                              "kk": "қажеттілік толық өтелді"},
    "reason.indivisibility": {"en": "remainder smaller than any voucher or kit",
                              "ru": "остаток меньше цены любого ваучера или комплекта",
                              "kk": "қалдық кез келген ваучер не жинақ бағасынан аз"},
    "reason.strategy_rule": {"en": "the strategy's rule left it", "ru": "остаток по правилу "
                             "стратегии", "kk": "стратегия ережесі бойынша қалды"},
    "reason.no_value": {"en": "nothing left would reach anyone: check the data",
                        "ru": "оставшиеся позиции никого не охватят: проверьте данные",
                        "kk": "қалған позициялар ешкімді қамтымайды: деректерді тексеріңіз"},
    "reason.constraint": {"en": "a constraint binds", "ru": "действует ограничение",
                          "kk": "шектеу әсер етті"},
    "people_new": {"en": "People newly with access", "ru": "Впервые получат доступ, чел.",
                   "kk": "Алғаш рет қолжетімділік алатындар, адам"},
    "workbook": {"en": "Plan workbook", "ru": "Файл плана", "kk": "Жоспар файлы"},
    # reconciliation: how a statistics row was matched, issues (kzplanner check, the window)
    "match.code": {"en": "by KATO code", "ru": "по коду КАТО", "kk": "ҚАТО коды бойынша"},
    "match.exact": {"en": "exactly", "ru": "точно", "kk": "дәл"},
    "match.rule": {"en": "by rule", "ru": "по правилу", "kk": "ереже бойынша"},
    "match.crosswalk": {"en": "reform crosswalk", "ru": "по реформе", "kk": "реформа бойынша"},
    "match.fuzzy": {"en": "fuzzy — confirm", "ru": "нечётко — подтвердите",
                    "kk": "анық емес — растаңыз"},
    "match.decision": {"en": "your decision", "ru": "ваше решение", "kk": "сіздің шешіміңіз"},
    "match.excluded": {"en": "left out by you", "ru": "исключено вами",
                       "kk": "сіз алып тастадыңыз"},
    "match.total": {"en": "country total", "ru": "итог по стране", "kk": "ел бойынша жиыны"},
    "match.duplicate": {"en": "duplicate", "ru": "дубликат", "kk": "қайталанған"},
    "match.ambiguous": {"en": "ambiguous", "ru": "неоднозначно", "kk": "екіұшты"},
    "match.unmatched": {"en": "not matched", "ru": "не найдено", "kk": "табылмады"},
    "match.summed_up": {"en": "districts summed to the oblast",
                        "ru": "районы суммированы в область",
                        "kk": "аудандар облысқа қосылып есептелді"},
    "match.header": {"en": "header row (its rows below are joined)",
                     "ru": "строка-заголовок (присоединены строки под ней)",
                     "kk": "тақырып жол (астындағы жолдар қосылды)"},
    "match.below_level": {"en": "below the boundaries' level", "ru": "ниже уровня границ",
                          "kk": "шекаралар деңгейінен төмен"},
    "match.above_level": {"en": "above the boundaries' level", "ru": "выше уровня границ",
                          "kk": "шекаралар деңгейінен жоғары"},
    "match.outside": {"en": "outside the boundaries", "ru": "вне границ",
                      "kk": "шекаралардан тыс"},
    "match.wrong_parent": {"en": "under the wrong header", "ru": "не под своим заголовком",
                           "kk": "басқа тақырып астында"},
    "issue.duplicate_row": {"en": "Duplicate row", "ru": "Повторная строка",
                            "kk": "Қайталанған жол"},
    "match.pre_reform": {"en": "older than the boundaries (reform)",
                         "ru": "старше границ (реформа)", "kk": "шекаралардан ескі (реформа)"},
    "issue.pre_reform_statistics": {"en": "Statistics older than the boundaries",
                                    "ru": "Статистика старше границ",
                                    "kk": "Статистика шекаралардан ескі"},
    "issue.indicator_from_several_sources": {
        "en": "Several sources give one indicator", "ru": "Показатель есть в нескольких "
        "источниках", "kk": "Көрсеткіш бірнеше дереккөзде бар"},
    "several_sources_detail": {
        "en": "{indicator} is in {sources}; {used} is used ({how})",
        "ru": "{indicator} есть в: {sources}; используется {used} ({how})",
        "kk": "{indicator} мына дереккөздерде бар: {sources}; {used} пайдаланылады ({how})"},
    "several_sources.latest": {"en": "the latest year; choose another in Data → Sources",
                               "ru": "последний год; другой можно выбрать: Данные → Источники",
                               "kk": "соңғы жыл; басқасын таңдау: Деректер → Дереккөздер"},
    "several_sources.planner": {"en": "your choice", "ru": "ваш выбор", "kk": "сіздің таңдауыңыз"},
    # what is still missing, said per input with what would supply it (banner, templates)
    "missing.institution_status": {
        "en": "institution status (connected schools, FAPs, PSCs)",
        "ru": "статус учреждений (подключённые школы, ФАПы, ЦОНы)",
        "kk": "мекемелердің күйі (қосылған мектептер, ФАП-тар, ХҚКО-лар)"},
    "supply.population": {
        "en": "the Bureau of National Statistics' population table (Data → Sources → Add…)",
        "ru": "таблица численности населения Бюро национальной статистики (Данные → "
              "Источники → Добавить…)",
        "kk": "Ұлттық статистика бюросының халық саны кестесі (Деректер → Дереккөздер → "
              "Қосу…)"},
    "supply.institutions": {
        "en": "the Bureau's table of schools, or an institution register",
        "ru": "таблица числа школ Бюро национальной статистики или реестр учреждений",
        "kk": "Ұлттық статистика бюросының мектептер саны кестесі немесе мекемелер тізілімі"},
    "supply.target_groups": {
        "en": "no source yet (no published table gives them: a template to fill in)",
        "ru": "источника пока нет (их не даёт ни одна публикуемая таблица: заполните шаблон)",
        "kk": "дереккөз әзірге жоқ (оларды ешбір жарияланатын кесте бермейді: үлгіні "
              "толтырыңыз)"},
    "supply.institution_status": {
        "en": "no source yet (every institution is counted as not connected; a template to "
              "fill in)",
        "ru": "источника пока нет (все учреждения считаются неподключёнными; заполните шаблон)",
        "kk": "дереккөз әзірге жоқ (барлық мекеме қосылмаған деп есептеледі; үлгіні "
              "толтырыңыз)"},
    "group_part.eligible": {"en": "eligible", "ru": "имеют право", "kk": "құқығы бар"},
    "group_part.no_device": {"en": "without a device", "ru": "без устройства",
                             "kk": "құрылғысыз"},
    "group_part.no_internet": {"en": "without internet", "ru": "без интернета",
                               "kk": "интернетсіз"},
    "template.missing_title": {
        "en": "KZ Planner — what the loaded statistics lack; fill in the white cells",
        "ru": "KZ Planner — чего нет в загруженной статистике; заполните белые ячейки",
        "kk": "KZ Planner — жүктелген статистикада жоқ деректер; ақ ұяшықтарды толтырыңыз"},
    "template.nothing_missing": {
        "en": "The statistics give every input the plan needs: no template written.",
        "ru": "В статистике есть всё, что нужно для плана: шаблон не создан.",
        "kk": "Статистикада жоспарға қажеттің бәрі бар: үлгі жасалмады."},
    "issue.totals_mismatch": {"en": "Totals do not add up", "ru": "Итоги не сходятся",
                              "kk": "Жиынтықтар сәйкес келмейді"},
    "issue.totals_unchecked": {"en": "Totals not checked (a value is missing)",
                               "ru": "Итоги не проверены (нет значения)",
                               "kk": "Жиынтықтар тексерілмеді (мән жоқ)"},
    "issue.row_under_wrong_parent": {"en": "Row under the wrong header",
                                     "ru": "Строка не под своим заголовком",
                                     "kk": "Жол басқа тақырып астында"},
    "totals.children": {"en": "the rows below “{label}” sum to {found}; the row says {expected}",
                        "ru": "строки под «{label}» дают в сумме {found}, а в строке {expected}",
                        "kk": "«{label}» астындағы жолдардың қосындысы {found}, ал жолда {expected}"},
    "totals.headers": {"en": "the oblasts and cities sum to {found}; “{label}” says {expected}",
                       "ru": "области и города дают в сумме {found}, а «{label}» — {expected}",
                       "kk": "облыстар мен қалалардың қосындысы {found}, ал «{label}» — {expected}"},
    "totals.joined": {"en": "the units joined for “{label}” sum to {found}; the file says "
                      "{expected}", "ru": "сопоставленные единицы по «{label}» дают в сумме "
                      "{found}, а в файле {expected}", "kk": "«{label}» бойынша "
                      "сәйкестендірілген бірліктердің қосындысы {found}, ал файлда {expected}"},
    "doubts_hint": {"en": "Correct the statistics (or confirm the rows in the window's Data → "
                    "Check), or run again with --accept-warnings to go on with these figures.",
                    "ru": "Исправьте статистику (или подтвердите строки в окне: Данные → "
                    "Проверка) либо запустите снова с --accept-warnings, чтобы продолжить с "
                    "этими цифрами.", "kk": "Статистиканы түзетіңіз (немесе терезеде "
                    "Деректер → Тексеру арқылы жолдарды растаңыз) не осы сандармен жалғастыру "
                    "үшін --accept-warnings қосып қайта іске қосыңыз."},
    "wrong_parent_detail": {"en": "“{label}” is listed under “{head}”, but the boundaries have "
                            "it elsewhere: {units}", "ru": "«{label}» стоит под «{head}», но в "
                            "границах она в другом месте: {units}", "kk": "«{label}» «{head}» "
                            "астында тұр, бірақ шекараларда ол басқа жерде: {units}"},
    "totals.rows": {"en": "rows involved: {rows}", "ru": "строки: {rows}",
                    "kk": "қатысты жолдар: {rows}"},
    "doubts_warning": {"en": "The figures below are in doubt: the statistics' totals or joins "
                       "did not check out", "ru": "Цифры ниже под сомнением: итоги или "
                       "сопоставление статистики не прошли проверку", "kk": "Төмендегі "
                       "сандар күмәнді: статистиканың жиынтықтары не сәйкестендіруі "
                       "тексеруден өтпеді"},
    "issue.fuzzy_match": {
        "en": "Fuzzy match to confirm",
        "ru": "Нечёткое совпадение — подтвердите",
        "kk": "Анық емес сәйкестік — растаңыз"},
    "issue.level_oblasts": {
        "en": "The statistics are by oblast: shown on today's oblasts, not districts",
        "ru": "Статистика по областям: показана на нынешних областях, а не районах",
        "kk": "Статистика облыстар бойынша: аудандарда емес, қазіргі облыстарда көрсетілген"},
    "issue.geometry_repaired": {"en": "Polygon repaired", "ru": "Полигон исправлен",
                                "kk": "Полигон түзетілді"},
    "issue.duplicate_unit_code": {
        "en": "Unit code twice in the boundaries",
        "ru": "Код единицы повторяется в границах",
        "kk": "Бірлік коды шекараларда қайталанады"},
    "issue.empty_geometry": {"en": "Unit without geometry", "ru": "Единица без геометрии",
                             "kk": "Геометриясы жоқ бірлік"},
    "issue.connected_exceeds_total": {
        "en": "Connected more than total",
        "ru": "Подключённых больше, чем всего",
        "kk": "Қосылғандар барлығынан көп"},
    "issue.institution_without_unit": {
        "en": "Institution outside every unit",
        "ru": "Учреждение вне единиц",
        "kk": "Мекеме ешбір бірлікке кірмеді"},
    "issue.layout_detected": {
        "en": "Layout detected automatically",
        "ru": "Структура определена автоматически",
        "kk": "Құрылым автоматты түрде анықталды"},
    "issue.statistics": {"en": "Statistics", "ru": "Статистика", "kk": "Статистика"},
    "issue.inputs_missing": {"en": "Not in the statistics", "ru": "Нет в статистике",
                             "kk": "Статистикада жоқ"},
    "check.units": {"en": "Units", "ru": "Единиц", "kk": "Бірліктер"},
    "check.matched": {"en": "Matched", "ru": "Сопоставлено", "kk": "Сәйкестендірілді"},
    "check.unmatched_rows": {"en": "Rows without a unit", "ru": "Строки без единицы",
                             "kk": "Бірлігі жоқ жолдар"},
    "check.units_without_data": {"en": "Units without data", "ru": "Единицы без данных",
                                 "kk": "Деректері жоқ бірліктер"},
    "check.to_confirm": {"en": "To confirm", "ru": "Подтвердить", "kk": "Растау керек"},
    "check.row": {"en": "row {row}", "ru": "строка {row}", "kk": "{row}-жол"},
    # what the statistics may lack (Reconciliation.missing_inputs)
    "missing_inputs_warning": {"en": "The statistics lack what the gaps and the plan are "
                               "computed from", "ru": "В статистике нет данных, из которых "
                               "считаются разрывы и план", "kk": "Статистикада алшақтықтар мен "
                               "жоспар есептелетін деректер жоқ"},
    "missing.population": {"en": "population", "ru": "численность населения",
                           "kk": "халық саны"},
    "missing.target_groups": {
        "en": "target groups (eligible, without a device, without internet)",
        "ru": "целевые группы (имеющие право, без устройства, без интернета)",
        "kk": "мақсатты топтар (құқығы барлар, құрылғысы жоқтар, интернеті жоқтар)"},
    "missing.institutions": {
        "en": "institutions (numbers of schools, FAPs, PSCs, or a register)",
        "ru": "учреждения (число школ, ФАПов, ЦОНов или реестр)",
        "kk": "мекемелер (мектептер, ФАП-тар, ХҚКО-лар саны немесе тізілім)"},
    "people_total": {"en": "People newly with access, total", "ru": "Впервые получат доступ, "
                     "всего", "kk": "Алғаш рет қолжетімділік алатындар, барлығы"},
    "cost_per_person": {"en": "Cost per person", "ru": "Стоимость на человека",
                        "kk": "Бір адамға шаққандағы құн"},
    "before": {"en": "Before", "ru": "До", "kk": "Дейін"},
    "after": {"en": "After", "ru": "После", "kk": "Кейін"},
    "change": {"en": "Change", "ru": "Изменение", "kk": "Өзгеріс"},
    "gini": {"en": "Disparity between units (Gini)", "ru": "Неравенство между единицами (Джини)",
             "kk": "Бірліктер арасындағы теңсіздік (Джини)"},
    "expected_unredeemed": {"en": "Expected unredeemed vouchers", "ru": "Ожидаемо непогашенные "
                            "ваучеры", "kk": "Күтілетін пайдаланылмаған ваучерлер"},
    "solver": {"en": "Method", "ru": "Метод", "kk": "Әдіс"},
    "solver.optimal": {"en": "exact optimum (integer program)",
                       "ru": "точный оптимум (целочисленная программа)",
                       "kk": "дәл оңтайлы шешім (бүтін санды бағдарлама)"},
    "solver.time_limit": {"en": "best plan within the time limit", "ru": "лучший план в пределах "
                          "лимита времени", "kk": "уақыт шегіндегі ең жақсы жоспар"},
    "solver.rule": {"en": "rule-based", "ru": "по правилу", "kk": "ереже бойынша"},
    "col.unit_code": {"en": "Code (KATO)", "ru": "Код (КАТО)", "kk": "Коды (ҚАТО)"},
    "col.per_million": {"en": "People per 1 M ₸", "ru": "Чел. на 1 млн ₸",
                        "kk": "1 млн ₸-ге адам"},
    "col.locked": {"en": "Locked in", "ru": "Закреплено", "kk": "Бекітілген"},
    "col.unit": {"en": "Unit", "ru": "Единица", "kk": "Бірлік"},
    "col.instrument": {"en": "Instrument", "ru": "Инструмент", "kk": "Құрал"},
    "col.group": {"en": "Target group / type", "ru": "Целевая группа / тип",
                  "kk": "Нысаналы топ / түрі"},
    "col.count": {"en": "Count", "ru": "Количество", "kk": "Саны"},
    "col.unit_cost": {"en": "Unit cost, ₸", "ru": "Цена за единицу, ₸", "kk": "Бірлік бағасы, ₸"},
    # a kit line whose kits cost different amounts: no one unit price (each is on the kits sheet)
    "price.various": {"en": "various", "ru": "разные", "kk": "әртүрлі"},
    "col.cost": {"en": "Cost, ₸", "ru": "Стоимость, ₸", "kk": "Құны, ₸"},
    "col.people": {"en": "People newly with access", "ru": "Получат доступ, чел.",
                   "kk": "Қолжетімділік алатындар, адам"},
    "col.inst_id": {"en": "Institution ID", "ru": "ID учреждения", "kk": "Мекеме ID"},
    "col.name": {"en": "Name", "ru": "Наименование", "kk": "Атауы"},
    "col.type": {"en": "Type", "ru": "Тип", "kk": "Түрі"},
    "col.people_served": {"en": "People served", "ru": "Обслуживает, чел.",
                          "kk": "Қызмет көрсетеді, адам"},
    "col.lat": {"en": "Latitude", "ru": "Широта", "kk": "Ендік"},
    "col.lon": {"en": "Longitude", "ru": "Долгота", "kk": "Бойлық"},
    "col.population": {"en": "Population", "ru": "Население", "kk": "Халық саны"},
    "col.parameter": {"en": "Parameter", "ru": "Параметр", "kk": "Параметр"},
    "col.value": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "col.kind": {"en": "Data", "ru": "Данные", "kk": "Деректер"},
    "col.file": {"en": "File", "ru": "Файл", "kk": "Файл"},
    "col.sheet": {"en": "Sheet / cells", "ru": "Лист / ячейки", "kk": "Парақ / ұяшықтар"},
    "col.attribution": {"en": "Attribution", "ru": "Атрибуция", "kk": "Атрибуция"},
    "col.status": {"en": "Status", "ru": "Статус", "kk": "Мәртебесі"},
    "total": {"en": "Total", "ru": "Итого", "kk": "Барлығы"},
    "national": {"en": "Kazakhstan", "ru": "Казахстан", "kk": "Қазақстан"},
    "yes": {"en": "yes", "ru": "да", "kk": "иә"},
    "no": {"en": "no", "ru": "нет", "kk": "жоқ"},
    "illustrative": {"en": "illustrative", "ru": "иллюстративные", "kk": "көрнекі"},
    "loaded": {"en": "loaded by the planner", "ru": "загружено планировщиком",
               "kk": "жоспарлаушы жүктеген"},
    "bundled": {"en": "bundled with KZ Planner", "ru": "поставляется с KZ Planner",
                "kk": "KZ Planner құрамында"},
    "boundaries": {"en": "Boundaries", "ru": "Границы", "kk": "Шекаралар"},
    "statistics": {"en": "Statistics", "ru": "Статистика", "kk": "Статистика"},
    "institutions": {"en": "Institution register", "ru": "Реестр учреждений",
                     "kk": "Мекемелер тізілімі"},
    "gap_note": {
        "en": "Gaps are shares of people lacking access (institutional gap weighted by people "
              "served). The combined index (0–100) weights institutional {wi}, device {wd}, "
              "internet {wn}.",
        "ru": "Разрывы — доли людей без доступа (институциональный — взвешенный по числу "
              "обслуживаемых). Сводный индекс (0–100): веса институционального {wi}, устройств "
              "{wd}, интернета {wn}.",
        "kk": "Алшақтықтар — қолжетімділігі жоқ адамдардың үлесі (институционалдық — қызмет "
              "алатындар саны бойынша). Жиынтық индекс (0–100): институционалдық {wi}, құрылғы "
              "{wd}, интернет {wn} салмақтары."},
    "gap_note_settlements": {
        "en": "With settlements, FAPs and PSCs count in the institutional gap by coverage: the "
              "people of the settlements within reach of one, and whether one with access is "
              "within reach (km: {reach}).",
        "ru": "С населёнными пунктами ФАПы и ЦОНы входят в институциональный разрыв по охвату: "
              "население пунктов в радиусе доступа такого учреждения и есть ли в этом радиусе "
              "подключённое (км: {reach}).",
        "kk": "Елді мекендермен ФАП пен ХҚКО институционалдық алшақтыққа қамту бойынша кіреді: "
              "осындай мекеме жететін елді мекендердің халқы және сол радиуста қолжетімді мекеме "
              "бар ма (км: {reach})."},
    "pre2018_note": {
        "en": "Boundaries: Natural Earth admin-1, before 2018 (no Abay, Zhetysu, Ulytau; South "
              "Kazakhstan instead of Turkistan and Shymkent). Load current boundaries for "
              "official plans.",
        "ru": "Границы: Natural Earth, до 2018 г. (нет Абайской, Жетысуской, Улытауской областей; "
              "Южно-Казахстанская вместо Туркестанской и Шымкента). Для официальных планов "
              "загрузите актуальные границы.",
        "kk": "Шекаралар: Natural Earth, 2018 жылға дейінгі (Абай, Жетісу, Ұлытау облыстары жоқ; "
              "Түркістан мен Шымкент орнына Оңтүстік Қазақстан). Ресми жоспарлар үшін қазіргі "
              "шекараларды жүктеңіз."},
}

"""Names and kk/ru/en labels of indicators, target groups, institution types and instruments."""

from __future__ import annotations

INSTITUTION_TYPES: tuple[str, ...] = ("school", "fap", "psc")
DIMENSIONS: tuple[str, ...] = ("device", "internet")
DEFAULT_GROUPS: tuple[str, ...] = (
    "large_families",
    "hs_students",
    "novice_teachers",
    "elderly_60plus",
    "pwd",
)
# Count columns per unit when no institution register is loaded.
COUNT_COLUMNS: dict[str, tuple[str, str]] = {
    "school": ("schools_total", "schools_connected"),
    "fap": ("faps_total", "faps_connected"),
    "psc": ("pscs_total", "pscs_connected"),
}
BASE_INDICATORS: tuple[str, ...] = (
    "population",
    "rural_population",
    "households",
    "households_no_internet",
    "network_coverage_share",
)

# Per-language labels. Keys are stable ids; unknown ids fall back to the id itself.
LABELS: dict[str, dict[str, str]] = {
    # institution types
    "school": {"en": "Schools", "ru": "Школы", "kk": "Мектептер"},
    "fap": {"en": "FAPs (rural health posts)", "ru": "ФАПы", "kk": "ФАП-тар"},
    "psc": {"en": "PSCs (public service centres)", "ru": "ЦОНы", "kk": "ХҚКО-лар"},
    # dimensions and instruments
    "device": {"en": "Device", "ru": "Устройство", "kk": "Құрылғы"},
    "internet": {"en": "Internet", "ru": "Интернет", "kk": "Интернет"},
    "institutional": {
        "en": "Institutional access",
        "ru": "Институциональный доступ",
        "kk": "Институционалдық қолжетімділік",
    },
    "device_voucher": {"en": "Device vouchers", "ru": "Ваучеры на устройства",
                       "kk": "Құрылғыға ваучерлер"},
    "internet_voucher": {"en": "Internet vouchers", "ru": "Ваучеры на интернет",
                         "kk": "Интернетке ваучерлер"},
    "kit": {"en": "Connectivity kits", "ru": "Комплекты подключения", "kk": "Қосылу жинақтары"},
    # target groups
    "large_families": {"en": "Large families", "ru": "Многодетные семьи", "kk": "Көпбалалы отбасылар"},
    "hs_students": {"en": "High-school students", "ru": "Старшеклассники",
                    "kk": "Жоғары сынып оқушылары"},
    "novice_teachers": {"en": "Novice teachers", "ru": "Молодые педагоги", "kk": "Жас педагогтер"},
    "elderly_60plus": {"en": "Elderly 60+", "ru": "Пожилые 60+", "kk": "Егде жастағылар 60+"},
    "pwd": {"en": "Persons with disabilities", "ru": "Лица с инвалидностью",
            "kk": "Мүгедектігі бар адамдар"},
    # unit indicators
    "population": {"en": "Population", "ru": "Население", "kk": "Халық саны"},
    "rural_population": {"en": "Rural population", "ru": "Сельское население",
                         "kk": "Ауыл халқы"},
    "households": {"en": "Households", "ru": "Домохозяйства", "kk": "Үй шаруашылықтары"},
    "households_no_internet": {"en": "Households without internet",
                               "ru": "Домохозяйства без интернета",
                               "kk": "Интернеті жоқ үй шаруашылықтары"},
    "network_coverage_share": {"en": "Network coverage", "ru": "Покрытие сетью",
                               "kk": "Желімен қамту"},
    "combined_gap": {"en": "Combined access gap", "ru": "Сводный разрыв доступа",
                     "kk": "Қолжетімділіктің жиынтық алшақтығы"},
    "institutional_gap": {"en": "Institutional access gap", "ru": "Разрыв институционального доступа",
                          "kk": "Институционалдық қолжетімділік алшақтығы"},
    "device_gap": {"en": "Device gap (target groups)", "ru": "Разрыв по устройствам (целевые группы)",
                   "kk": "Құрылғы алшақтығы (нысаналы топтар)"},
    "internet_gap": {"en": "Internet gap (target groups)", "ru": "Разрыв по интернету (целевые группы)",
                     "kk": "Интернет алшақтығы (нысаналы топтар)"},
    "school_gap": {"en": "Schools without access", "ru": "Школы без доступа",
                   "kk": "Қолжетімділігі жоқ мектептер"},
    "fap_gap": {"en": "FAPs without access", "ru": "ФАПы без доступа",
                "kk": "Қолжетімділігі жоқ ФАП-тар"},
    "psc_gap": {"en": "PSCs without access", "ru": "ЦОНы без доступа",
                "kk": "Қолжетімділігі жоқ ХҚКО-лар"},
    "school_coverage": {"en": "Schools with access", "ru": "Школы с доступом",
                        "kk": "Қолжетімді мектептер"},
    "fap_coverage": {"en": "FAPs with access", "ru": "ФАПы с доступом",
                     "kk": "Қолжетімді ФАП-тар"},
    "psc_coverage": {"en": "PSCs with access", "ru": "ЦОНы с доступом",
                     "kk": "Қолжетімді ХҚКО-лар"},
    # strategies
    "max_impact": {"en": "Maximum impact (exact)", "ru": "Максимальный эффект (точно)",
                   "kk": "Ең үлкен әсер (дәл)"},
    "proportional": {"en": "Proportional to need", "ru": "Пропорционально потребности",
                     "kk": "Қажеттілікке пропорционал"},
    "equal": {"en": "Equal per eligible person", "ru": "Поровну на каждого имеющего право",
              "kk": "Құқығы бар әр адамға тең"},
    "worst_first": {"en": "Worst first", "ru": "Сначала худшие", "kk": "Алдымен ең нашарлар"},
}

# Kinds of indicator for display: share (0..1 shown as %), index (0..100), count.
INDICATOR_KINDS: dict[str, str] = {
    "combined_gap": "index",
    "institutional_gap": "share",
    "device_gap": "share",
    "internet_gap": "share",
    "school_gap": "share",
    "fap_gap": "share",
    "psc_gap": "share",
    "school_coverage": "share",
    "fap_coverage": "share",
    "psc_coverage": "share",
    "network_coverage_share": "share",
    "population": "count",
    "rural_population": "count",
    "households": "count",
    "households_no_internet": "count",
}

# Indicators whose larger values are worse (drawn in warm colours).
BAD_IS_HIGH: set[str] = set(
    {"combined_gap", "institutional_gap", "device_gap", "internet_gap",
     "school_gap", "fap_gap", "psc_gap", "households_no_internet"}
)


def label(key: str, lang: str = "en") -> str:
    """Label of `key` in `lang`, falling back to English, then to the id.

    >>> label("fap", "ru")
    'ФАПы'
    """
    entry = LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]


def group_columns(group: str) -> tuple[str, str, str]:
    """Statistic columns of a target group: eligible, lacking a device, lacking internet."""
    return f"{group}_eligible", f"{group}_no_device", f"{group}_no_internet"

# What a programme reports afterwards (core.io.actuals.MEASURES): actuals templates and views.
LABELS.update({
    "device_voucher_issued": {"en": "Device vouchers issued", "ru": "Выдано ваучеров на устройства",
                             "kk": "Берілген құрылғы ваучерлері"},
    "device_voucher_redeemed": {"en": "Device vouchers redeemed", "ru": "Погашено ваучеров на устройства",
                               "kk": "Пайдаланылған құрылғы ваучерлері"},
    "device_voucher_spent_kzt": {"en": "Device vouchers, ₸", "ru": "Ваучеры на устройства, ₸",
                                "kk": "Құрылғы ваучерлері, ₸"},
    "internet_voucher_issued": {"en": "Internet vouchers issued", "ru": "Выдано ваучеров на интернет",
                               "kk": "Берілген интернет ваучерлері"},
    "internet_voucher_redeemed": {"en": "Internet vouchers redeemed", "ru": "Погашено ваучеров на интернет",
                                 "kk": "Пайдаланылған интернет ваучерлері"},
    "internet_voucher_spent_kzt": {"en": "Internet vouchers, ₸", "ru": "Ваучеры на интернет, ₸",
                                  "kk": "Интернет ваучерлері, ₸"},
    "kits_installed": {"en": "Kits installed", "ru": "Установлено комплектов",
                      "kk": "Орнатылған жинақтар"},
    "school_kits_installed": {"en": "School kits installed", "ru": "Комплекты в школах",
                             "kk": "Мектептердегі жинақтар"},
    "fap_kits_installed": {"en": "FAP kits installed", "ru": "Комплекты в ФАП",
                          "kk": "ФАП-тардағы жинақтар"},
    "psc_kits_installed": {"en": "PSC kits installed", "ru": "Комплекты в ЦОН",
                          "kk": "ХҚКО-лардағы жинақтар"},
    "kit_spent_kzt": {"en": "Kits, ₸", "ru": "Комплекты, ₸",
                     "kk": "Жинақтар, ₸"},
    "spent_kzt": {"en": "Spent, ₸", "ru": "Израсходовано, ₸",
                 "kk": "Жұмсалды, ₸"},
    "people_newly_with_access": {"en": "People newly with access", "ru": "Получили доступ впервые",
                                "kk": "Алғаш қолжетімділік алғандар"},
})

# Headers and words of exported plans, maps and CLI summaries.
LABELS.update({
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
})


# Whether the equity weight λ moves a strategy's plan (core.planning.capabilities), and what the
# next million tenge buys, measure by measure (core.planning.sweep.marginal_value).
LABELS.update({
    "equity_off.proportional": {
        "en": "Not used: proportional to need splits the money by need alone.",
        "ru": "Не действует: «пропорционально потребности» делит средства только по потребности.",
        "kk": "Қолданылмайды: «қажеттілікке пропорционал» қаражатты тек қажеттілік бойынша бөледі."},
    "equity_off.equal": {
        "en": "Not used: every unit gets the same money per eligible person.",
        "ru": "Не действует: каждая единица получает одинаково на имеющего право.",
        "kk": "Қолданылмайды: әр бірлік құқығы бар адамға бірдей қаражат алады."},
    "equity_off.worst_first": {
        "en": "Not used: worst first always lifts the largest gaps first.",
        "ru": "Не действует: «сначала худшие» всегда сокращает наибольшие разрывы первыми.",
        "kk": "Қолданылмайды: «алдымен ең нашарлар» әрқашан ең үлкен алшақтықтан бастайды."},
    "equity_not_used": {"en": "not used by this strategy", "ru": "не действует в этой стратегии",
                        "kk": "бұл стратегияда қолданылмайды"},
    "next_million": {"en": "The next 1 million ₸", "ru": "Следующий 1 млн ₸",
                     "kk": "Келесі 1 млн ₸"},
    "next_million.gained": {"en": "more", "ru": "больше", "kk": "артық"},
    "next_million.given_up": {"en": "fewer, traded for the gains above",
                              "ru": "меньше — в обмен на прирост выше",
                              "kk": "азырақ — жоғарыдағы өсім үшін айырбасталды"},
    "next_million.objective": {"en": "Objective, change", "ru": "Целевая функция, изменение",
                               "kk": "Мақсат функциясы, өзгерісі"},
})


def register_indicator(key: str, labels: dict[str, str], kind: str = "count",
                       bad_is_high: bool = False) -> None:
    """Make an indicator known for display (labels, number kind, colour direction): the
    monitoring catalogue at import, and custom indicators (e.g. projected − actual) at run time.
    Existing labels are not overwritten."""
    LABELS.setdefault(key, dict(labels))
    INDICATOR_KINDS.setdefault(key, kind)
    if bad_is_high:
        BAD_IS_HIGH.add(key)


def _register_monitoring() -> None:
    from kzplanner.core.monitoring import MONITORING_INDICATORS

    for m in MONITORING_INDICATORS:
        register_indicator(m.id, m.label, m.kind, m.bad_is_high)


_register_monitoring()


# Issue 16: the measures a plan reports, each apart; the objective and its exchange rate; the
# assumptions sheet in words a planner reads; urban and rural institutions apart (seed 002).
LABELS.update({
    "sheet.assumptions": {"en": "Assumptions", "ru": "Допущения", "kk": "Жорамалдар"},
    "headline": {"en": "What the plan buys", "ru": "Что покупает план",
                 "kk": "Жоспар не сатып алады"},
    "objective": {"en": "Objective", "ru": "Цель оптимизации", "kk": "Оңтайландыру мақсаты"},
    "objective.gap_index": {
        "en": "Largest reduction of the combined access-gap index, weighted by population",
        "ru": "Наибольшее снижение сводного индекса разрыва доступа, взвешенное по численности "
              "населения",
        "kk": "Қолжетімділік алшақтығының жиынтық индексін халық санына қарай өлшеп, барынша "
              "азайту"},
    "objective.envelopes": {
        "en": "Fixed budget shares per programme, each spent on its own measure",
        "ru": "Фиксированные доли бюджета по программам, каждая расходуется на свой показатель",
        "kk": "Бағдарламалар бойынша бюджеттің тұрақты үлестері, әрқайсысы өз көрсеткішіне "
              "жұмсалады"},
    "objective.rule": {"en": "The strategy's rule (nothing is maximised)",
                       "ru": "Правило стратегии (ничего не максимизируется)",
                       "kk": "Стратегия ережесі (ештеңе барынша арттырылмайды)"},
    "exchange_rate": {"en": "Exchange rate (weights of the combined index)",
                      "ru": "Обменный курс (веса сводного индекса)",
                      "kk": "Айырбас бағамы (жиынтық индекс салмақтары)"},
    "package.connectivity": {"en": "connection", "ru": "подключение", "kk": "байланыс"},
    "package.connectivity_equipment": {"en": "connection, equipment and licences",
                                       "ru": "подключение, оборудование и лицензии",
                                       "kk": "байланыс, жабдық және лицензиялар"},
    "package.equipment": {"en": "equipment and licences", "ru": "оборудование и лицензии",
                          "kk": "жабдық және лицензиялар"},
    "col.package": {"en": "What the kit supplies", "ru": "Что даёт комплект",
                    "kk": "Жинақ не береді"},
    "exchange_rate.value": {"en": "institutional {wi} · device {wd} · internet {wn}",
                            "ru": "институциональный {wi} · устройства {wd} · интернет {wn}",
                            "kk": "институционалдық {wi} · құрылғы {wd} · интернет {wn}"},
    "envelope_shares": {"en": "Budget shares per programme", "ru": "Доли бюджета по программам",
                        "kk": "Бағдарламалар бойынша бюджет үлестері"},
    "gap_reduction_mean_points": {
        "en": "Reduction of the combined index, units weighted by population (points)",
        "ru": "Снижение сводного индекса, единицы взвешены по населению (пункты)",
        "kk": "Жиынтық индекстің төмендеуі, бірліктер халық санымен өлшенген (ұпай)"},
    # the measures, each with its own unit and cost per unit
    "measure.device": {"en": "People newly with a device",
                       "ru": "Впервые получат устройство, чел.",
                       "kk": "Құрылғыны алғаш алатындар, адам"},
    "measure.internet.households": {"en": "Households newly with home internet",
                                    "ru": "Впервые получат домашний интернет, домохозяйств",
                                    "kk": "Үй интернетін алғаш алатын үй шаруашылықтары"},
    "measure.internet.people": {"en": "People newly with home internet",
                                "ru": "Впервые получат домашний интернет, чел.",
                                "kk": "Үй интернетін алғаш алатындар, адам"},
    "measure.internet.mixed": {
        "en": "Newly with home internet (households; people where households are unknown)",
        "ru": "Впервые получат домашний интернет (домохозяйства; люди, где домохозяйства "
              "неизвестны)",
        "kk": "Үй интернетін алғаш алатындар (үй шаруашылықтары; олар белгісіз жерде — адамдар)"},
    "measure.institutions": {"en": "Institutions newly with access",
                             "ru": "Учреждения, впервые получившие доступ",
                             "kk": "Қолжетімділікті алғаш алған мекемелер"},
    "measure.school": {"en": "Schools newly with access", "ru": "Школы, впервые получившие доступ",
                       "kk": "Қолжетімділікті алғаш алған мектептер"},
    "measure.fap": {"en": "FAPs newly with access", "ru": "ФАПы, впервые получившие доступ",
                    "kk": "Қолжетімділікті алғаш алған ФАП-тар"},
    "measure.psc": {"en": "PSCs newly with access", "ru": "ЦОНы, впервые получившие доступ",
                    "kk": "Қолжетімділікті алғаш алған ХҚКО-лар"},
    "served.students": {"en": "students", "ru": "учащиеся", "kk": "оқушылар"},
    "served.catchment": {"en": "catchment population", "ru": "жители зоны обслуживания",
                         "kk": "қызмет көрсету аймағының тұрғындары"},
    "served.service_population": {"en": "service population", "ru": "обслуживаемое население",
                                  "kk": "қызмет алатын тұрғындар"},
    "unit.people": {"en": "people", "ru": "чел.", "kk": "адам"},
    "unit.households": {"en": "households", "ru": "домохозяйств", "kk": "үй шаруашылығы"},
    "unit.mixed": {"en": "households / people", "ru": "домохозяйств / чел.",
                   "kk": "үй шаруашылығы / адам"},
    "unit.institutions": {"en": "institutions", "ru": "учреждений", "kk": "мекеме"},
    "unit.school": {"en": "schools", "ru": "школ", "kk": "мектеп"},
    "unit.fap": {"en": "FAPs", "ru": "ФАПов", "kk": "ФАП"},
    "unit.psc": {"en": "PSCs", "ru": "ЦОНов", "kk": "ХҚКО"},
    "per.device": {"en": "₸ per person newly with a device",
                   "ru": "₸ на человека, впервые получившего устройство",
                   "kk": "Құрылғыны алғаш алған бір адамға ₸"},
    "per.internet.households": {"en": "₸ per household newly with home internet",
                                "ru": "₸ на домохозяйство, впервые получившее домашний интернет",
                                "kk": "Үй интернетін алғаш алған бір үй шаруашылығына ₸"},
    "per.internet.people": {"en": "₸ per person newly with home internet",
                            "ru": "₸ на человека, впервые получившего домашний интернет",
                            "kk": "Үй интернетін алғаш алған бір адамға ₸"},
    "per.institution": {"en": "₸ per institution connected", "ru": "₸ на подключённое учреждение",
                        "kk": "Қосылған бір мекемеге ₸"},
    # the headline: each measure apart
    "type_short.school": {"en": "schools", "ru": "школы", "kk": "мектептер"},
    "type_short.fap": {"en": "FAPs", "ru": "ФАПы", "kk": "ФАП-тар"},
    "type_short.psc": {"en": "PSCs", "ru": "ЦОНы", "kk": "ХҚКО-лар"},
    "hl.institutions": {"en": "{n} institutions connected", "ru": "Подключено учреждений: {n}",
                        "kk": "Қосылған мекемелер: {n}"},
    "hl.institutions.gain": {"en": " ({types}), serving {people} people",
                             "ru": " ({types}), обслуживают {people} чел.",
                             "kk": " ({types}), {people} адамға қызмет көрсетеді"},
    "hl.device": {"en": "{n} device vouchers", "ru": "ваучеров на устройства: {n}",
                  "kk": "құрылғыға ваучерлер: {n}"},
    "hl.device.gain": {"en": " ({people} people newly with a device)",
                       "ru": " (впервые получат устройство: {people} чел.)",
                       "kk": " (құрылғыны алғаш алатындар: {people} адам)"},
    "hl.internet": {"en": "{n} internet vouchers", "ru": "ваучеров на интернет: {n}",
                    "kk": "интернетке ваучерлер: {n}"},
    "hl.internet.gain.households": {
        "en": " ({people} households newly with home internet)",
        "ru": " (впервые получат домашний интернет: {people} домохозяйств)",
        "kk": " (үй интернетін алғаш алатын үй шаруашылықтары: {people})"},
    "hl.internet.gain.people": {"en": " ({people} people newly with home internet)",
                                "ru": " (впервые получат домашний интернет: {people} чел.)",
                                "kk": " (үй интернетін алғаш алатындар: {people} адам)"},
    "hl.internet.gain.mixed": {
        "en": " ({households} households and {people} people newly with home internet)",
        "ru": " (впервые получат домашний интернет: {households} домохозяйств и {people} чел.)",
        "kk": " (үй интернетін алғаш алатындар: {households} үй шаруашылығы және {people} адам)"},
    # the summary's measures table
    "col.measure": {"en": "Measure", "ru": "Показатель", "kk": "Көрсеткіш"},
    "col.bought": {"en": "Bought (vouchers / kits)", "ru": "Куплено (ваучеры / комплекты)",
                   "kk": "Сатып алынды (ваучерлер / жинақтар)"},
    "col.newly": {"en": "Newly with access", "ru": "Впервые получили доступ",
                  "kk": "Қолжетімділікті алғаш алды"},
    "col.unit_of_measure": {"en": "Unit of measure", "ru": "Единица измерения",
                            "kk": "Өлшем бірлігі"},
    "col.kzt_per_unit": {"en": "₸ per unit of measure", "ru": "₸ за единицу показателя",
                         "kk": "Көрсеткіш бірлігіне ₸"},
    "col.served": {"en": "People they serve", "ru": "Обслуживаемое население",
                   "kk": "Олар қызмет көрсететін адамдар"},
    "col.served_as": {"en": "Who is served", "ru": "Кого обслуживают",
                      "kk": "Кімге қызмет көрсетеді"},
    "col.newly_device": {"en": "Newly with a device, people",
                         "ru": "Впервые получат устройство, чел.",
                         "kk": "Құрылғыны алғаш алатындар, адам"},
    "col.newly_internet.households": {"en": "Newly with home internet, households",
                                      "ru": "Впервые получат домашний интернет, домохозяйств",
                                      "kk": "Үй интернетін алғаш алатындар, үй шаруашылығы"},
    "col.newly_internet.people": {"en": "Newly with home internet, people",
                                  "ru": "Впервые получат домашний интернет, чел.",
                                  "kk": "Үй интернетін алғаш алатындар, адам"},
    "col.newly_internet.mixed": {
        "en": "Newly with home internet, households (people where households are unknown)",
        "ru": "Впервые получат домашний интернет, домохозяйств (чел., где домохозяйства "
              "неизвестны)",
        "kk": "Үй интернетін алғаш алатындар, үй шаруашылығы (олар белгісіз жерде — адам)"},
    "col.institutions_connected": {"en": "Institutions newly with access",
                                   "ru": "Учреждений впервые с доступом",
                                   "kk": "Қолжетімділікті алғаш алған мекемелер"},
    "col.people_served_by_kits": {"en": "People served by the institutions connected",
                                  "ru": "Обслуживают подключённые учреждения, чел.",
                                  "kk": "Қосылған мекемелер қызмет көрсететін адамдар"},
    "measures_note": {
        "en": "Each measure is counted on its own and never added to another: a person with a "
              "new device, a household with new home internet and an institution newly with "
              "access are different things. The plan trades them only at the exchange rate "
              "above (the combined index's weights).",
        "ru": "Каждый показатель считается отдельно и никогда не складывается с другим: человек с "
              "новым устройством, домохозяйство с новым домашним интернетом и учреждение, "
              "впервые получившее доступ, — разные вещи. План обменивает их только по курсу, "
              "указанному выше (веса сводного индекса).",
        "kk": "Әр көрсеткіш бөлек есептеледі және басқасына ешқашан қосылмайды: жаңа құрылғысы "
              "бар адам, жаңа үй интернеті бар үй шаруашылығы және қолжетімділікті алғаш алған "
              "мекеме — әртүрлі нәрселер. Жоспар оларды тек жоғарыда көрсетілген бағам бойынша "
              "(жиынтық индекс салмақтары) алмастырады."},
    # urban and rural institutions apart (the register's area_type); seed 002's indicator
    "area_block": {"en": "Urban and rural institutions (institution register)",
                   "ru": "Городские и сельские учреждения (реестр учреждений)",
                   "kk": "Қала және ауыл мекемелері (мекемелер тізілімі)"},
    "area_gap.urban": {"en": "Institutional access gap, urban institutions",
                       "ru": "Разрыв институционального доступа, городские учреждения",
                       "kk": "Институционалдық қолжетімділік алшақтығы, қала мекемелері"},
    "area_gap.rural": {"en": "Institutional access gap, rural institutions",
                       "ru": "Разрыв институционального доступа, сельские учреждения",
                       "kk": "Институционалдық қолжетімділік алшақтығы, ауыл мекемелері"},
    "area_school.urban": {"en": "Schools with access, urban", "ru": "Школы с доступом, город",
                          "kk": "Қолжетімді мектептер, қала"},
    "area_school.rural": {"en": "Schools with access, rural", "ru": "Школы с доступом, село",
                          "kk": "Қолжетімді мектептер, ауыл"},
    "col.reported": {"en": "Reported {year}", "ru": "Отчёт {year}", "kk": "{year} жылғы есеп"},
    "col.target": {"en": "Target {year}", "ru": "Цель {year}", "kk": "{year} жылғы мақсат"},
    "seed002_note": {
        "en": "Reported 2018 values and targets: schools with internet access in cities and in "
              "rural areas, from the Ministry of Education and Science's 2018 digitalization "
              "report as cited by seed 002 (G. Baishan, 2022, doi:10.52536/2415-8216.2022-3.04). "
              "The register counts a school as having access only at the benchmark speed and, "
              "where known, with equipment and licences, so it is stricter.",
        "ru": "Отчётные значения 2018 г. и цели: школы с доступом в интернет в городах и в "
              "сельской местности, по отчёту Министерства образования и науки о цифровизации за "
              "2018 г. в изложении seed 002 (Г. Байшань, 2022, doi:10.52536/2415-8216.2022-3.04). "
              "Реестр считает школу имеющей доступ только при нормативной скорости и, где это "
              "известно, при наличии оборудования и лицензий, поэтому он строже.",
        "kk": "2018 жылғы есептік мәндер мен мақсаттар: қалалардағы және ауылдық жерлердегі "
              "интернетке қолжетімді мектептер, Білім және ғылым министрлігінің 2018 жылғы "
              "цифрландыру туралы есебі бойынша, seed 002 келтіргендей (Г. Байшань, 2022, "
              "doi:10.52536/2415-8216.2022-3.04). Тізілім мектепті тек нормативтік жылдамдықта "
              "және белгілі болса, жабдығы мен лицензиялары болғанда ғана қолжетімді деп "
              "санайды, сондықтан ол қатаңырақ."},
    # the assumptions sheet, in words a planner reads
    "assume.title": {"en": "How the figures of this plan are computed",
                     "ru": "Как рассчитаны показатели этого плана",
                     "kk": "Осы жоспардың көрсеткіштері қалай есептелді"},
    "assume.measures": {
        "en": "Three measures are reported, each on its own: people newly with a device; "
              "households (or people) newly with home internet; institutions newly with access, "
              "with the people they serve. They are never added into one “people reached” "
              "figure: a device, a home connection and a connected school are different things, "
              "and the same person may gain in more than one.",
        "ru": "Показаны три показателя, каждый отдельно: люди, впервые получившие устройство; "
              "домохозяйства (или люди), впервые получившие домашний интернет; учреждения, "
              "впервые получившие доступ, с населением, которое они обслуживают. Они никогда не "
              "складываются в одно число «охваченных людей»: устройство, домашнее подключение и "
              "подключённая школа — разные вещи, и один человек может получить доступ по "
              "нескольким показателям.",
        "kk": "Үш көрсеткіш бөлек-бөлек көрсетіледі: құрылғыны алғаш алатын адамдар; үй "
              "интернетін алғаш алатын үй шаруашылықтары (немесе адамдар); қолжетімділікті алғаш "
              "алған мекемелер және олар қызмет көрсететін адамдар. Олар ешқашан бір «қамтылған "
              "адамдар» санына қосылмайды: құрылғы, үйдегі байланыс және қосылған мектеп — "
              "әртүрлі нәрселер, ал бір адам бірнеше көрсеткіш бойынша қолжетімділік алуы мүмкін."},
    "assume.device": {
        "en": "People newly with a device = device vouchers issued × take-up (the share of "
              "vouchers redeemed), never more than the people of the target group who lack a "
              "device. ₸ per person = money for device vouchers / people newly with a device "
              "(unredeemed vouchers are budgeted in full).",
        "ru": "Впервые получат устройство = выданные ваучеры на устройства × доля погашения "
              "(доля использованных ваучеров), но не больше, чем людей целевой группы без "
              "устройства. ₸ на человека = средства на ваучеры на устройства / впервые "
              "получившие устройство (непогашенные ваучеры заложены в бюджет полностью).",
        "kk": "Құрылғыны алғаш алатындар = берілген құрылғы ваучерлері × пайдалану үлесі "
              "(өтелген ваучерлердің үлесі), бірақ нысаналы топтағы құрылғысы жоқ адамдардан "
              "артық емес. Бір адамға ₸ = құрылғы ваучерлеріне жұмсалған қаражат / құрылғыны "
              "алғаш алатындар (өтелмеген ваучерлер бюджетте толық ескеріледі)."},
    "assume.internet.households": {
        "en": "Home internet is counted in households: the statistics give households without "
              "internet, so internet vouchers are capped by them (and by network coverage) and "
              "each redeemed voucher connects one household. ₸ per household = money for "
              "internet vouchers / households newly with home internet.",
        "ru": "Домашний интернет считается в домохозяйствах: в статистике есть домохозяйства "
              "без интернета, поэтому ваучеры на интернет ограничены ими (и покрытием сети), а "
              "каждый погашенный ваучер подключает одно домохозяйство. ₸ на домохозяйство = "
              "средства на ваучеры на интернет / домохозяйства, впервые получившие домашний "
              "интернет.",
        "kk": "Үй интернеті үй шаруашылықтарымен есептеледі: статистикада интернеті жоқ үй "
              "шаруашылықтары берілген, сондықтан интернет ваучерлері солармен (және желімен "
              "қамтумен) шектеледі, әр өтелген ваучер бір үй шаруашылығын қосады. Бір үй "
              "шаруашылығына ₸ = интернет ваучерлеріне жұмсалған қаражат / үй интернетін алғаш "
              "алатын үй шаруашылықтары."},
    "assume.internet.people": {
        "en": "Home internet is counted in people: the statistics give no households without "
              "internet, so internet vouchers are capped by the people of each target group who "
              "lack internet (and by network coverage). ₸ per person = money for internet "
              "vouchers / people newly with home internet.",
        "ru": "Домашний интернет считается в людях: в статистике нет домохозяйств без "
              "интернета, поэтому ваучеры на интернет ограничены людьми каждой целевой группы "
              "без интернета (и покрытием сети). ₸ на человека = средства на ваучеры на "
              "интернет / люди, впервые получившие домашний интернет.",
        "kk": "Үй интернеті адаммен есептеледі: статистикада интернеті жоқ үй шаруашылықтары "
              "берілмеген, сондықтан интернет ваучерлері әр нысаналы топтағы интернеті жоқ "
              "адамдармен (және желімен қамтумен) шектеледі. Бір адамға ₸ = интернет "
              "ваучерлеріне жұмсалған қаражат / үй интернетін алғаш алатындар."},
    "assume.internet.mixed": {
        "en": "Home internet is counted in households where the statistics give households "
              "without internet, and in people elsewhere; the two are never added.",
        "ru": "Домашний интернет считается в домохозяйствах там, где в статистике есть "
              "домохозяйства без интернета, и в людях в остальных единицах; эти числа не "
              "складываются.",
        "kk": "Үй интернеті статистикада интернеті жоқ үй шаруашылықтары берілген жерде үй "
              "шаруашылығымен, басқа жерде адаммен есептеледі; екеуі бір-біріне қосылмайды."},
    "assume.institutions": {
        "en": "Institutions newly with access: one kit per institution without access, "
              "supplying what it lacks (a connection at the benchmark speed, equipment with "
              "licences, or both). People served: students of a school, catchment population of "
              "a FAP, service population of a PSC; a person served by a school, a FAP and a PSC "
              "is counted at each, so they are shown per type. ₸ per institution = money for "
              "kits / institutions connected.",
        "ru": "Учреждения, впервые получившие доступ: один комплект на учреждение без доступа, "
              "восполняющий то, чего ему не хватает (подключение с нормативной скоростью, "
              "оборудование с лицензиями или и то и другое). Обслуживаемое население: учащиеся "
              "школы, жители зоны обслуживания ФАПа, обслуживаемое население ЦОНа; человек, "
              "которого обслуживают школа, ФАП и ЦОН, учитывается в каждом из них, поэтому "
              "население показано по типам. ₸ на учреждение = средства на комплекты / "
              "подключённые учреждения.",
        "kk": "Қолжетімділікті алғаш алған мекемелер: қолжетімділігі жоқ әр мекемеге бір жинақ, "
              "ол мекемеге жетіспейтінін береді (нормативтік жылдамдықтағы байланыс, "
              "лицензиялары бар жабдық немесе екеуі де). Қызмет алатындар: мектепте — "
              "оқушылар, ФАП-та — қызмет көрсету аймағының тұрғындары, ХҚКО-да — қызмет алатын "
              "тұрғындар; мектеп, ФАП және ХҚКО қызмет көрсететін адам әрқайсысында "
              "есептеледі, сондықтан олар түрлері бойынша көрсетіледі. Бір мекемеге ₸ = "
              "жинақтарға жұмсалған қаражат / қосылған мекемелер."},
    "assume.access": {
        "en": "An institution has access when it is connected at its type's benchmark download "
              "speed (schools {school} Mb/s, FAPs {fap} Mb/s, PSCs {psc} Mb/s) and, where the "
              "register has the columns, has working equipment and licensed software (seed 000: "
              "connectivity without equipment is not access).",
        "ru": "Учреждение имеет доступ, если оно подключено с нормативной скоростью загрузки "
              "для своего типа (школы {school} Мбит/с, ФАПы {fap} Мбит/с, ЦОНы {psc} Мбит/с) "
              "и, где в реестре есть такие столбцы, имеет рабочее оборудование и лицензионное "
              "ПО (seed 000: подключение без оборудования — не доступ).",
        "kk": "Мекеме өз түрінің нормативтік жүктеу жылдамдығымен қосылса (мектептер {school} "
              "Мбит/с, ФАП-тар {fap} Мбит/с, ХҚКО-лар {psc} Мбит/с) және тізілімде тиісті "
              "бағандар болған жерде жұмыс істейтін жабдығы мен лицензиялық бағдарламасы болса, "
              "қолжетімді деп саналады (seed 000: жабдықсыз байланыс — қолжетімділік емес)."},
    "assume.groups": {
        "en": "Target groups that overlap are counted once: a group declared part of another "
              "({pairs}) is inside its parent's people and never added to it; a group's eligible "
              "people never exceed the population they come from, and those lacking a device or "
              "internet never exceed the eligible.",
        "ru": "Пересекающиеся целевые группы учитываются один раз: группа, заданная как часть "
              "другой ({pairs}), входит в число людей родительской группы и не прибавляется к "
              "ней; имеющих право в группе не больше, чем население, из которого она взята, а "
              "людей без устройства или интернета не больше, чем имеющих право.",
        "kk": "Бір-біріне енетін нысаналы топтар бір рет есептеледі: басқа топтың бөлігі деп "
              "белгіленген топ ({pairs}) сол топтың адамдарына кіреді және оған қосылмайды; "
              "топтағы құқығы барлар ол шыққан халықтан аспайды, ал құрылғысы немесе интернеті "
              "жоқтар құқығы барлардан аспайды."},
    "assume.group_pair": {"en": "“{child}” is part of “{parent}”",
                          "ru": "«{child}» входит в «{parent}»",
                          "kk": "«{child}» «{parent}» тобына кіреді"},
    "assume.groups.none": {"en": "none declared", "ru": "не заданы", "kk": "белгіленбеген"},
    "assume.objective.gap_index": {
        "en": "Maximum impact buys what lowers the combined access-gap index most, each unit's "
              "reduction weighted by its population (and by the equity weight when λ > 0). The "
              "index weights — institutional {wi}, device {wd}, internet {wn} — are the exchange "
              "rate between kits and vouchers; change them in the parameters.",
        "ru": "«Максимальный эффект» покупает то, что сильнее всего снижает сводный индекс "
              "разрыва доступа; снижение в каждой единице взвешено по её населению (и по весу "
              "справедливости при λ > 0). Веса индекса — институциональный {wi}, устройства "
              "{wd}, интернет {wn} — это обменный курс между комплектами и ваучерами; их можно "
              "изменить в параметрах.",
        "kk": "«Ең үлкен әсер» қолжетімділік алшақтығының жиынтық индексін барынша "
              "төмендететінін сатып алады; әр бірліктің төмендеуі оның халық санымен (λ > 0 "
              "болса, әділдік салмағымен де) өлшенеді. Индекс салмақтары — институционалдық "
              "{wi}, құрылғы {wd}, интернет {wn} — жинақтар мен ваучерлер арасындағы айырбас "
              "бағамы; оларды параметрлерде өзгертуге болады."},
    "assume.exchange_example": {
        "en": "Worked example: with these weights, one percentage point less of a unit's "
              "institutional gap is worth {ratio_d} points of its device gap or {ratio_n} points "
              "of its internet gap.",
        "ru": "Пример: при этих весах снижение институционального разрыва единицы на один "
              "процентный пункт равноценно {ratio_d} п. п. её разрыва по устройствам или "
              "{ratio_n} п. п. разрыва по интернету.",
        "kk": "Мысал: осы салмақтарда бірліктің институционалдық алшақтығының бір пайыздық "
              "тармаққа азаюы оның құрылғы алшақтығының {ratio_d} тармағына немесе интернет "
              "алшақтығының {ratio_n} тармағына тең."},
    "assume.objective.envelopes": {
        "en": "Envelopes: the budget is split into fixed shares per programme ({shares}); each "
              "share buys the most of its own measure (people with a device, households with "
              "internet, people served by the institutions connected), exactly. No exchange "
              "rate between measures is used.",
        "ru": "Конверты: бюджет делится на фиксированные доли по программам ({shares}); каждая "
              "доля точно максимизирует свой показатель (люди с устройством, домохозяйства с "
              "интернетом, население, обслуживаемое подключёнными учреждениями). Обменный курс "
              "между показателями не используется.",
        "kk": "Конверттер: бюджет бағдарламалар бойынша тұрақты үлестерге бөлінеді ({shares}); "
              "әр үлес өз көрсеткішін дәл барынша арттырады (құрылғысы бар адамдар, интернеті "
              "бар үй шаруашылықтары, қосылған мекемелер қызмет көрсететін адамдар). "
              "Көрсеткіштер арасындағы айырбас бағамы қолданылмайды."},
    "assume.objective.rule": {
        "en": "{strategy}: the budget is split by the strategy's rule and nothing is maximised. "
              "The combined index (weights institutional {wi}, device {wd}, internet {wn}) is "
              "reported for comparison.",
        "ru": "{strategy}: бюджет распределяется по правилу стратегии, ничего не "
              "максимизируется. Для сравнения показан сводный индекс (веса: институциональный "
              "{wi}, устройства {wd}, интернет {wn}).",
        "kk": "{strategy}: бюджет стратегия ережесі бойынша бөлінеді, ештеңе барынша "
              "арттырылмайды. Салыстыру үшін жиынтық индекс (салмақтары: институционалдық {wi}, "
              "құрылғы {wd}, интернет {wn}) көрсетіледі."},
    "assume.costs": {
        "en": "Costs: device voucher {device}, internet voucher {internet} ({monthly} a month × "
              "{months} months), both with {overhead} administrative overhead; kits from the "
              "catalogue by type and urban/rural area (connection, equipment with licences, or "
              "both), or the register's own kit cost. Issued vouchers are budgeted in full; the "
              "money expected to stay unredeemed is shown separately.",
        "ru": "Затраты: ваучер на устройство {device}, ваучер на интернет {internet} ({monthly} "
              "в месяц × {months} мес.), к обоим добавлено {overhead} административных расходов; "
              "комплекты — по каталогу по типу и городской/сельской местности (подключение, "
              "оборудование с лицензиями или и то и другое) или собственная стоимость из "
              "реестра. Выданные ваучеры закладываются в бюджет полностью; средства, которые, "
              "как ожидается, останутся непогашенными, показаны отдельно.",
        "kk": "Шығындар: құрылғы ваучері {device}, интернет ваучері {internet} (айына {monthly} "
              "× {months} ай), екеуіне де {overhead} әкімшілік шығын қосылған; жинақтар — түрі "
              "мен қала/ауыл аймағы бойынша каталогтан (байланыс, лицензиялары бар жабдық "
              "немесе екеуі де) немесе тізілімдегі мекеменің өз жинақ құны. Берілген ваучерлер "
              "бюджетте толық ескеріледі; өтелмей қалуы күтілетін қаражат бөлек көрсетіледі."},
    "assume.takeup": {
        "en": "Take-up (the share of issued vouchers that will be redeemed): {groups}; other "
              "groups {default}.",
        "ru": "Доля погашения (доля выданных ваучеров, которые будут использованы): {groups}; "
              "прочие группы {default}.",
        "kk": "Пайдалану үлесі (берілген ваучерлердің өтелетін үлесі): {groups}; басқа топтар "
              "{default}."},
    "assume.network": {
        "en": "Internet vouchers can be used only where there is a network: the unit's network "
              "coverage share caps them (1 where the statistics do not give it).",
        "ru": "Ваучеры на интернет можно использовать только там, где есть сеть: их ограничивает "
              "доля покрытия сетью в единице (1, если в статистике её нет).",
        "kk": "Интернет ваучерлерін тек желі бар жерде пайдалануға болады: оларды бірліктің "
              "желімен қамту үлесі шектейді (статистикада берілмесе — 1)."},
    "assume.area": {
        "en": "Urban and rural institutions are reported apart where the register gives each "
              "institution's area (urban / rural).",
        "ru": "Городские и сельские учреждения показаны отдельно, если в реестре указана "
              "местность каждого учреждения (город / село).",
        "kk": "Тізілімде әр мекеменің аймағы (қала / ауыл) берілген жерде қала және ауыл "
              "мекемелері бөлек көрсетіледі."},
    "assume.seed002": {
        "en": "Seed 002's indicator (schools with internet access: cities 65 %, rural areas "
              "35 % in 2018; targets 89 / 67 % for 2019, 97 / 93 % for 2020, 100 % for 2021) can "
              "be entered as the indicators “{urban}” and “{rural}”; the summary compares the "
              "register's urban and rural schools with it.",
        "ru": "Показатель seed 002 (школы с доступом в интернет: 65 % в городах и 35 % в "
              "сельской местности в 2018 г.; цели 89 / 67 % на 2019 г., 97 / 93 % на 2020 г., "
              "100 % на 2021 г.) можно ввести как показатели «{urban}» и «{rural}»; сводка "
              "сравнивает с ним городские и сельские школы реестра.",
        "kk": "Seed 002 көрсеткішін (интернетке қолжетімді мектептер: 2018 жылы қалаларда 65 %, "
              "ауылдық жерлерде 35 %; мақсаттар: 2019 жылға 89 / 67 %, 2020 жылға 97 / 93 %, "
              "2021 жылға 100 %) «{urban}» және «{rural}» көрсеткіштері ретінде енгізуге болады; "
              "қорытынды тізілімдегі қала және ауыл мектептерін онымен салыстырады."},
})


# Issue 16, the model: the envelopes strategy, what an institution without access lacks, the
# target groups declared "of which" another, and what each envelope maximises.
LABELS.update({
    "envelopes": {"en": "Envelopes per programme (exact)",
                  "ru": "Конверты по программам (точно)",
                  "kk": "Бағдарламалар бойынша конверттер (дәл)"},
    "elderly_with_disabilities": {"en": "Elderly with disabilities",
                                  "ru": "Пожилые с инвалидностью",
                                  "kk": "Мүгедектігі бар егде жастағылар"},
    "hs_students_large_families": {"en": "High-school students in large families",
                                   "ru": "Старшеклассники из многодетных семей",
                                   "kk": "Көпбалалы отбасылардың жоғары сынып оқушылары"},
    "people_served_newly_connected": {
        "en": "People served by institutions newly with access",
        "ru": "Обслуживают учреждения, впервые получившие доступ, чел.",
        "kk": "Қолжетімділікті алғаш алған мекемелер қызмет көрсететін адамдар"},
    "people_newly_with_device": {"en": "People newly with a device",
                                 "ru": "Впервые получат устройство, чел.",
                                 "kk": "Құрылғыны алғаш алатындар, адам"},
    "people_newly_with_internet": {"en": "People newly with home internet",
                                   "ru": "Впервые получат домашний интернет, чел.",
                                   "kk": "Үй интернетін алғаш алатындар, адам"},
    "households_newly_with_internet": {"en": "Households newly with home internet",
                                       "ru": "Впервые получат домашний интернет, домохозяйств",
                                       "kk": "Үй интернетін алғаш алатын үй шаруашылықтары"},
    "cap_basis.households": {"en": "capped by households without internet",
                             "ru": "ограничены числом домохозяйств без интернета",
                             "kk": "интернеті жоқ үй шаруашылықтарымен шектелген"},
    "cap_basis.persons": {"en": "capped by people without internet (no household figures)",
                          "ru": "ограничены числом людей без интернета (нет данных о "
                                "домохозяйствах)",
                          "kk": "интернеті жоқ адамдармен шектелген (үй шаруашылықтары туралы "
                                "дерек жоқ)"},
})
for _t, _names in (("school", ("Schools", "Школы", "мектептер")),
                   ("fap", ("FAPs", "ФАПы", "ФАП-тар")),
                   ("psc", ("PSCs", "ЦОНы", "ХҚКО-лар"))):
    LABELS.setdefault(f"{_t}_gap_connection", {
        "en": f"{_names[0]} without a connection at the benchmark speed",
        "ru": f"{_names[1]} без подключения на нормативной скорости",
        "kk": f"Нормативтік жылдамдықпен қосылмаған {_names[2]}"})
    LABELS.setdefault(f"{_t}_gap_equipment", {
        "en": f"{_names[0]} without equipment or licences",
        "ru": f"{_names[1]} без оборудования или лицензий",
        "kk": f"Жабдығы немесе лицензиясы жоқ {_names[2]}"})
    for _part in ("connection", "equipment"):
        INDICATOR_KINDS.setdefault(f"{_t}_gap_{_part}", "share")
        BAD_IS_HIGH.add(f"{_t}_gap_{_part}")

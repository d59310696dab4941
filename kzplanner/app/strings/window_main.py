"""UI strings (en/ru/kk) of the window's own chrome: menus, banner, map, units table, allocation
and results panels, status bar, dialogs; merged into strings.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "dock.units": {"en": "Units", "ru": "Территории", "kk": "Аумақтар"},
    # --- window and menus
    "app.title": {"en": "KZ Planner", "ru": "KZ Planner", "kk": "KZ Planner"},
    "app.subtitle": {
        "en": "institutional digital access and voucher budgets",
        "ru": "институциональный цифровой доступ и бюджет ваучеров",
        "kk": "институционалдық цифрлық қолжетімділік және ваучер бюджеті",
    },
    "menu.file": {"en": "&File", "ru": "&Файл", "kk": "&Файл"},
    "menu.view": {"en": "&View", "ru": "&Вид", "kk": "&Көрініс"},
    "menu.help": {"en": "&Help", "ru": "&Справка", "kk": "&Анықтама"},
    "menu.language": {"en": "&Language", "ru": "&Язык", "kk": "&Тіл"},
    "act.load_boundaries": {"en": "Load &boundaries…", "ru": "Загрузить &границы…",
                            "kk": "&Шекараларды жүктеу…"},
    "act.load_statistics": {"en": "Load &statistics…", "ru": "Загрузить &статистику…",
                            "kk": "&Статистиканы жүктеу…"},
    "act.export": {"en": "&Export plan to Excel…", "ru": "&Экспорт плана в Excel…",
                   "kk": "Жоспарды Excel-ге &экспорттау…"},
    "act.quit": {"en": "&Quit", "ru": "В&ыход", "kk": "Ш&ығу"},
    "act.fit": {"en": "&Fit map", "ru": "&Вся карта", "kk": "&Картаны толық көрсету"},
    "act.run": {"en": "&Run plan", "ru": "&Рассчитать план", "kk": "Жоспарды &есептеу"},
    "act.about": {"en": "&About KZ Planner", "ru": "&О программе KZ Planner",
                  "kk": "KZ Planner &туралы"},
    # --- banner
    "banner.illustrative": {
        "en": "Illustrative sample data — not official statistics",
        "ru": "Иллюстративные данные — не официальная статистика",
        "kk": "Иллюстрациялық үлгі деректер — ресми статистика емес",
    },
    "banner.predate": {
        "en": "These boundaries predate 2018 (no Abay, Zhetysu, Ulytau; South Kazakhstan instead "
              "of Turkistan and Shymkent).",
        "ru": "Эти границы — до 2018 года (нет Абайской, Жетысуской, Улытауской областей; "
              "Южно-Казахстанская вместо Туркестанской области и Шымкента).",
        "kk": "Бұл шекаралар 2018 жылға дейінгі (Абай, Жетісу, Ұлытау облыстары жоқ; Түркістан "
              "облысы мен Шымкенттің орнына Оңтүстік Қазақстан облысы).",
    },
    "banner.missing": {
        "en": "These statistics lack {what}: without them the map's gaps and the plan cannot be "
              "computed. Load statistics that have them, or map this workbook's columns.",
        "ru": "В этой статистике нет: {what}. Без них разрывы на карте и план не рассчитать. "
              "Загрузите статистику, где они есть, или сопоставьте столбцы этой книги.",
        "kk": "Бұл статистикада жоқ: {what}. Оларсыз картадағы алшақтықтар мен жоспар "
              "есептелмейді. Олар бар статистиканы жүктеңіз немесе осы кітаптың бағандарын "
              "сәйкестендіріңіз.",
    },
    "banner.doubts": {
        "en": "The figures below are in doubt: {n} checks of the statistics failed — {first}",
        "ru": "Цифры ниже под сомнением: не прошли проверок статистики: {n} — {first}",
        "kk": "Төмендегі сандар күмәнді: статистиканың {n} тексерісі өтпеді — {first}",
    },
    "banner.open_check": {"en": "Open the check…", "ru": "Открыть проверку…",
                          "kk": "Тексеруді ашу…"},
    "banner.map_columns": {"en": "Map columns…", "ru": "Сопоставить столбцы…",
                           "kk": "Бағандарды сәйкестендіру…"},
    "banner.load_current": {"en": "Load current boundaries…",
                            "ru": "Загрузить актуальные границы…",
                            "kk": "Өзекті шекараларды жүктеу…"},
    # --- map
    "map.indicator": {"en": "Indicator", "ru": "Показатель", "kk": "Көрсеткіш"},
    "map.baseline": {"en": "Baseline", "ru": "Исходно", "kk": "Бастапқы"},
    "map.projected": {"en": "Projected", "ru": "Прогноз", "kk": "Болжам"},
    "map.change": {"en": "Change", "ru": "Изменение", "kk": "Өзгеріс"},
    "map.mode_tip": {
        "en": "Baseline: today's values. Projected: after the plan. Change: projected − baseline.",
        "ru": "Исходно: текущие значения. Прогноз: после плана. Изменение: прогноз − исходно.",
        "kk": "Бастапқы: қазіргі мәндер. Болжам: жоспардан кейін. Өзгеріс: болжам − бастапқы.",
    },
    "map.needs_plan": {"en": "Run a plan to see projected values.",
                       "ru": "Рассчитайте план, чтобы увидеть прогноз.",
                       "kk": "Болжамды көру үшін жоспарды есептеңіз."},
    "map.institutions": {"en": "Institutions", "ru": "Учреждения", "kk": "Мекемелер"},
    "map.institutions_tip": {
        "en": "Schools, FAPs and PSCs as dots: with access, without access, kit in the plan",
        "ru": "Школы, ФАПы и ЦОНы точками: с доступом, без доступа, комплект по плану",
        "kk": "Мектептер, ФАП-тар және ХҚКО-лар нүктемен: қолжетімді, қолжетімсіз, жинақ "
              "жоспарда",
    },
    "map.no_coordinates": {"en": "The institution register has no coordinates",
                           "ru": "В реестре учреждений нет координат",
                           "kk": "Мекемелер тізілімінде координаттар жоқ"},
    "map.fit": {"en": "Whole map", "ru": "Вся карта", "kk": "Бүкіл карта"},
    "map.fit_tip": {"en": "Show the whole map (F)", "ru": "Показать всю карту (F)",
                    "kk": "Бүкіл картаны көрсету (F)"},
    "legend.before": {"en": "before the plan", "ru": "до плана", "kk": "жоспарға дейін"},
    "legend.after": {"en": "after the plan", "ru": "после плана", "kk": "жоспардан кейін"},
    "legend.change": {"en": "change, pp", "ru": "изменение, п. п.", "kk": "өзгеріс, п. т."},
    "legend.no_data": {"en": "No data", "ru": "Нет данных", "kk": "Деректер жоқ"},
    "legend.no_change": {"en": "no change", "ru": "без изменений", "kk": "өзгеріс жоқ"},
    "legend.units": {"en": "units", "ru": "терр.", "kk": "аумақ"},
    "legend.inst_access": {"en": "With access", "ru": "С доступом", "kk": "Қолжетімді"},
    "legend.inst_no_access": {"en": "Without access", "ru": "Без доступа", "kk": "Қолжетімсіз"},
    "legend.inst_kit": {"en": "Kit in the plan", "ru": "Комплект по плану",
                        "kk": "Жинақ жоспарда"},
    "pp": {"en": "pp", "ru": "п. п.", "kk": "п. т."},
    "tooltip.rank": {"en": "Rank {rank} of {n} (1 = worst)",
                     "ru": "Место {rank} из {n} (1 — худшее)",
                     "kk": "{n} ішінен {rank}-орын (1 — ең нашар)"},
    "tooltip.rank_change": {"en": "Rank {rank} of {n} (1 = largest improvement)",
                            "ru": "Место {rank} из {n} (1 — наибольшее улучшение)",
                            "kk": "{n} ішінен {rank}-орын (1 — ең үлкен жақсару)"},
    "tooltip.population": {"en": "Population", "ru": "Население", "kk": "Халық саны"},
    # --- units table
    "table.title": {"en": "Units", "ru": "Территории", "kk": "Аумақтар"},
    "col.unit": {"en": "Unit", "ru": "Территория", "kk": "Аумақ"},
    "col.population": {"en": "Population", "ru": "Население", "kk": "Халық саны"},
    "col.gap_before": {"en": "Combined\ngap, before", "ru": "Сводный\nразрыв, до",
                       "kk": "Жиынтық\nалшақтық,\nдейін"},
    "col.gap_after": {"en": "Combined\ngap, after", "ru": "Сводный\nразрыв, после",
                      "kk": "Жиынтық\nалшақтық,\nкейін"},
    "col.gap_change": {"en": "Change\npp", "ru": "Изменение\nп. п.", "kk": "Өзгеріс\nп. т."},
    "col.institutional": {"en": "Institutional\ngap", "ru": "Институц.\nразрыв",
                          "kk": "Институц.\nалшақтық"},
    "col.device": {"en": "Device\ngap", "ru": "Разрыв:\nустройства", "kk": "Құрылғы\nалшақтығы"},
    "col.internet": {"en": "Internet\ngap", "ru": "Разрыв:\nинтернет", "kk": "Интернет\nалшақтығы"},
    "col.spent": {"en": "Spent\n₸", "ru": "Расходы\n₸", "kk": "Шығын\n₸"},
    # each measure in its own column: never a total across them
    "col.newly_device": {"en": "New device\npeople", "ru": "Устройство\nвпервые, чел.",
                         "kk": "Жаңа құрылғы\nадам"},
    "col.newly_internet": {"en": "New home\ninternet", "ru": "Домашний\nинтернет впервые",
                           "kk": "Жаңа үй\nинтернеті"},
    "col.institutions_connected": {"en": "Institutions\nconnected",
                                   "ru": "Подключено\nучреждений",
                                   "kk": "Қосылған\nмекемелер"},
    "col.component_tip": {
        "en": "After the plan (before it, while no plan has been run). Hover a cell for "
              "before → after.",
        "ru": "После плана (до него, пока план не рассчитан). Наведите на ячейку: до → после.",
        "kk": "Жоспардан кейін (жоспар есептелмесе — дейін). Ұяшыққа меңзерді апарыңыз: "
              "дейін → кейін.",
    },
    # --- allocation panel
    "alloc.title": {"en": "Allocation", "ru": "Распределение бюджета", "kk": "Бюджетті бөлу"},
    "alloc.budget": {"en": "Budget", "ru": "Бюджет", "kk": "Бюджет"},
    "alloc.strategy": {"en": "Strategy", "ru": "Стратегия", "kk": "Стратегия"},
    "alloc.equity": {"en": "Priority to the worst-off", "ru": "Приоритет отстающим",
                     "kk": "Артта қалғандарға басымдық"},
    "alloc.equity_tip": {
        "en": "How much more the budget favours the units with the largest access gaps. 0: "
              "reach as many people as possible wherever they live; 1 and more: a person in a "
              "lagging unit counts more than one in a well-served unit. (In exported plans: "
              "equity weight λ.)",
        "ru": "Насколько бюджет отдаёт предпочтение территориям с самым большим разрывом "
              "доступа. 0 — охватить как можно больше людей, где бы они ни жили; 1 и больше — "
              "житель отстающей территории весит больше жителя благополучной. (В выгрузках "
              "плана — вес справедливости λ.)",
        "kk": "Бюджет қолжетімділік алшақтығы ең үлкен аумақтарға қаншалықты басымдық береді. "
              "0 — қай жерде тұрса да, барынша көп адамды қамту; 1 және одан жоғары — артта "
              "қалған аумақтың тұрғыны жақсы қамтылған аумақ тұрғынынан салмақтырақ. "
              "(Жоспар экспортында — әділдік салмағы λ.)"},
    "alloc.equity_hint": {
        "en": "0 = most people reached; higher = more to the worst-off units",
        "ru": "0 — охватить больше всего людей; выше — больше худшим территориям",
        "kk": "0 — барынша көп адам; жоғарырақ — артта қалған аумақтарға көбірек",
    },
    "alloc.auto": {"en": "Re-plan automatically", "ru": "Пересчитывать автоматически",
                   "kk": "Автоматты түрде қайта есептеу"},
    "alloc.run_tip": {"en": "Run the plan (Ctrl+R)", "ru": "Рассчитать план (Ctrl+R)",
                      "kk": "Жоспарды есептеу (Ctrl+R)"},
    "alloc.busy": {"en": "Planning…", "ru": "Расчёт…", "kk": "Есептелуде…"},
    "alloc.up_to_date": {"en": "Plan is up to date", "ru": "План актуален",
                         "kk": "Жоспар өзекті"},
    "alloc.out_of_date": {"en": "Parameters changed — run the plan again",
                          "ru": "Параметры изменены — пересчитайте план",
                          "kk": "Параметрлер өзгерді — жоспарды қайта есептеңіз"},
    "alloc.exchange_rate": {"en": "Exchange rate: {rate}", "ru": "Курс: {rate}",
                            "kk": "Бағам: {rate}"},
    "alloc.exchange_rate_tip": {
        "en": "Maximum impact lowers the combined access-gap index the map shows, weighted by "
              "population. The index's weights — institutions, devices, internet — are the "
              "exchange rate between kits and vouchers. Change them in Parameters → Weights.",
        "ru": "Максимальный эффект снижает сводный индекс разрыва доступа, который показывает "
              "карта, с весом по численности населения. Веса индекса — учреждения, устройства, "
              "интернет — это курс обмена между комплектами и ваучерами. Изменить: Параметры → "
              "Веса.",
        "kk": "Ең үлкен әсер картадағы қолжетімділік алшақтығының жиынтық индексін халық санымен "
              "өлшеп азайтады. Индекс салмақтары — мекемелер, құрылғылар, интернет — жинақтар "
              "мен ваучерлер арасындағы айырбас бағамы. Өзгерту: Параметрлер → Салмақтар."},
    "alloc.rate.institutional": {"en": "institutions", "ru": "учреждения", "kk": "мекемелер"},
    "alloc.rate.device": {"en": "devices", "ru": "устройства", "kk": "құрылғылар"},
    "alloc.rate.internet": {"en": "internet", "ru": "интернет", "kk": "интернет"},
    "alloc.envelopes": {"en": "Envelopes: {shares}", "ru": "Конверты: {shares}",
                        "kk": "Конверттер: {shares}"},
    "alloc.envelopes_tip": {
        "en": "Each programme gets a fixed share of the budget and spends it on its own measure "
              "only: kits on the people served by institutions newly with access, device "
              "vouchers on people newly with a device, internet vouchers on people or "
              "households newly with home internet. What one envelope leaves is reported, not "
              "moved. Change the shares in Parameters → Instruments.",
        "ru": "Каждая программа получает фиксированную долю бюджета и тратит её только на свой "
              "показатель: комплекты — на население, обслуживаемое учреждениями, впервые "
              "получившими доступ, ваучеры на устройства — на людей, впервые получивших "
              "устройство, ваучеры на интернет — на людей или домохозяйства, впервые получивших "
              "домашний интернет. Остаток конверта показывается, а не переносится. Изменить "
              "доли: Параметры → Инструменты.",
        "kk": "Әр бағдарлама бюджеттің тұрақты үлесін алады және оны тек өз көрсеткішіне "
              "жұмсайды: жинақтар — қолжетімділікті алғаш алған мекемелер қызмет көрсететін "
              "адамдарға, құрылғы ваучерлері — құрылғыны алғаш алатын адамдарға, интернет "
              "ваучерлері — үй интернетін алғаш алатын адамдарға немесе үй шаруашылықтарына. "
              "Конверттің қалдығы көрсетіледі, басқаға ауыстырылмайды. Үлестерді өзгерту: "
              "Параметрлер → Құралдар."},
    "alloc.env.kit": {"en": "kits", "ru": "комплекты", "kk": "жинақтар"},
    "alloc.env.device_voucher": {"en": "devices", "ru": "устройства", "kk": "құрылғылар"},
    "alloc.env.internet_voucher": {"en": "internet", "ru": "интернет", "kk": "интернет"},
    # --- results panel
    "res.title": {"en": "Results", "ru": "Результаты", "kk": "Нәтижелер"},
    "res.no_plan": {"en": "No plan yet. Set the budget and press “Run plan”.",
                    "ru": "Плана пока нет. Задайте бюджет и нажмите «Рассчитать план».",
                    "kk": "Жоспар әлі жоқ. Бюджетті белгілеп, «Жоспарды есептеу» түймесін "
                          "басыңыз."},
    "res.gap": {"en": "Combined gap, national", "ru": "Сводный разрыв, страна",
                "kk": "Жиынтық алшақтық, ел"},
    "res.serving": {"en": "serving {people} people · {cost} per institution",
                    "ru": "обслуживают {people} чел. · {cost} на учреждение",
                    "kk": "{people} адамға қызмет көрсетеді · бір мекемеге {cost}"},
    "res.serving.summed": {"en": "serving {people} people, counted at each type · {cost} per "
                                 "institution",
                           "ru": "обслуживают {people} чел., учтены в каждом типе · {cost} на "
                                 "учреждение",
                           "kk": "{people} адамға қызмет көрсетеді, әр түрде саналған · бір "
                                 "мекемеге {cost}"},
    "res.vouchers_cost": {"en": "{n} vouchers · {cost} {per}",
                          "ru": "ваучеров: {n} · {cost} {per}",
                          "kk": "ваучерлер: {n} · {per} {cost}"},
    "res.per.people": {"en": "per person", "ru": "на человека", "kk": "бір адамға"},
    "res.per.households": {"en": "per household", "ru": "на домохозяйство",
                           "kk": "бір үй шаруашылығына"},
    "res.served": {"en": "{n} ({whom}: {people})", "ru": "{n} ({whom}: {people})",
                   "kk": "{n} ({whom}: {people})"},
    "res.target": {"en": "target {year}: {value}", "ru": "цель {year}: {value}",
                   "kk": "{year} жылғы мақсат: {value}"},
    "res.section.budget": {"en": "Budget", "ru": "Бюджет", "kk": "Бюджет"},
    "res.section.objective": {"en": "What the plan aims at", "ru": "Цель плана",
                              "kk": "Жоспардың мақсаты"},
    "res.section.measures": {"en": "Each measure on its own", "ru": "Каждый показатель отдельно",
                             "kk": "Әр көрсеткіш бөлек"},
    "res.section.gaps": {"en": "Gaps, before → after", "ru": "Разрывы, до → после",
                         "kk": "Алшақтықтар, дейін → кейін"},
    "res.section.instruments": {"en": "Instruments", "ru": "Инструменты", "kk": "Құралдар"},
    "res.budget": {"en": "Budget", "ru": "Бюджет", "kk": "Бюджет"},
    "res.spent": {"en": "Spent", "ru": "Израсходовано", "kk": "Жұмсалды"},
    "res.unspent": {"en": "Unspent", "ru": "Остаток", "kk": "Қалдық"},
    "res.reason": {"en": "Why unspent", "ru": "Причина остатка", "kk": "Қалдық себебі"},
    "res.of_budget": {"en": "of {budget}", "ru": "из {budget}", "kk": "{budget} ішінен"},
    "res.objective": {"en": "Aim", "ru": "Цель", "kk": "Мақсаты"},
    "res.gini": {"en": "Inequality between units", "ru": "Неравенство между территориями",
                 "kk": "Аумақтар арасындағы теңсіздік"},
    "res.gini_tip": {
        "en": "How unevenly the combined access gap is spread over the units (Gini index): 0 = "
              "every unit has the same gap, 1 = all of the gap in one unit. Lower is fairer.",
        "ru": "Насколько неравномерно сводный разрыв доступа распределён по территориям (индекс "
              "Джини): 0 — у всех территорий одинаковый разрыв, 1 — весь разрыв в одной. Чем "
              "меньше, тем равномернее.",
        "kk": "Қолжетімділіктің жиынтық алшақтығы аумақтар арасында қаншалықты біркелкі емес "
              "бөлінген (Джини индексі): 0 — барлық аумақта алшақтық бірдей, 1 — бүкіл алшақтық "
              "бір аумақта. Неғұрлым аз болса, соғұрлым біркелкі."},
    "res.kits": {"en": "Connectivity kits", "ru": "Комплекты подключения",
                 "kk": "Қосылу жинақтары"},
    "res.vouchers": {"en": "Vouchers issued", "ru": "Выдано ваучеров",
                     "kk": "Берілген ваучерлер"},
    "res.solver": {"en": "Method", "ru": "Метод", "kk": "Әдіс"},
    "res.solver_exact": {"en": "the best possible plan, {seconds} s",
                         "ru": "наилучший возможный план, {seconds} с",
                         "kk": "мүмкін болатын ең жақсы жоспар, {seconds} с"},
    "res.solver_credited": {
        "en": "; FAPs and PSCs counted by credited coverage (the coverage reached is not less)",
        "ru": "; ФАП и ЦОН — по засчитанному охвату (достигнутый охват не меньше)",
        "kk": "; ФАП пен ХҚКО — есептелген қамту бойынша (қол жеткен қамту кем емес)"},
    "res.solver_gap": {"en": "best plan found in the time, at most {gap} short of the best, "
                             "{seconds} s",
                       "ru": "лучший план за отведённое время, не более чем на {gap} хуже "
                             "наилучшего, {seconds} с",
                       "kk": "берілген уақыттағы ең жақсы жоспар, ең жақсысынан {gap} аспайтын "
                             "айырмашылықпен, {seconds} с"},
    "res.solver_tip": {
        "en": "Maximum impact computes the plan that lowers the gap most for the budget (a "
              "mathematical optimisation); the other strategies follow a fixed rule.",
        "ru": "«Максимальный эффект» рассчитывает план, который сильнее всего снижает разрыв "
              "при данном бюджете (математическая оптимизация); остальные стратегии следуют "
              "заданному правилу.",
        "kk": "«Ең үлкен әсер» берілген бюджетпен алшақтықты барынша азайтатын жоспарды "
              "есептейді (математикалық оңтайландыру); басқа стратегиялар белгіленген ережеге "
              "сүйенеді."},
    "res.solver_rule": {"en": "rule-based", "ru": "по правилу", "kk": "ереже бойынша"},
    "res.reduction": {"en": "{value} pp", "ru": "{value} п. п.", "kk": "{value} п. т."},
    "type.school": {"en": "schools", "ru": "школы", "kk": "мектептер"},
    "type.fap": {"en": "FAPs", "ru": "ФАПы", "kk": "ФАП-тар"},
    "type.psc": {"en": "PSCs", "ru": "ЦОНы", "kk": "ХҚКО-лар"},
    "voucher.device": {"en": "devices", "ru": "устройства", "kk": "құрылғы"},
    "voucher.internet": {"en": "internet", "ru": "интернет", "kk": "интернет"},
    # --- status bar and stages
    "status.ready": {"en": "Ready", "ru": "Готово", "kk": "Дайын"},
    "status.loading": {"en": "Loading data…", "ru": "Загрузка данных…",
                       "kk": "Деректер жүктелуде…"},
    "status.planning": {"en": "Planning…", "ru": "Расчёт плана…", "kk": "Жоспар есептелуде…"},
    "status.plan_ready": {"en": "Plan ready", "ru": "План готов", "kk": "Жоспар дайын"},
    "status.loaded": {"en": "Loaded {units} units, {institutions} institutions",
                      "ru": "Загружено: территорий {units}, учреждений {institutions}",
                      "kk": "Жүктелді: {units} аумақ, {institutions} мекеме"},
    "status.exporting": {"en": "Writing {file}…", "ru": "Запись {file}…",
                         "kk": "{file} жазылуда…"},
    "status.exported": {"en": "Plan saved: {file}", "ru": "План сохранён: {file}",
                        "kk": "Жоспар сақталды: {file}"},
    "status.data": {"en": "Illustrative sample · {boundaries}",
                    "ru": "Иллюстративные данные · {boundaries}",
                    "kk": "Иллюстрациялық деректер · {boundaries}"},
    "stage.boundaries": {"en": "reading boundaries", "ru": "чтение границ",
                         "kk": "шекаралар оқылуда"},
    "stage.statistics": {"en": "reading statistics", "ru": "чтение статистики",
                         "kk": "статистика оқылуда"},
    "stage.institutions": {"en": "reading institutions", "ru": "чтение учреждений",
                           "kk": "мекемелер оқылуда"},
    "stage.items": {"en": "listing what can be bought", "ru": "подготовка вариантов закупки",
                    "kk": "сатып алу нұсқалары дайындалуда"},
    "stage.solve": {"en": "finding the best plan", "ru": "поиск лучшего плана",
                    "kk": "ең жақсы жоспарды іздеу"},
    "stage.project": {"en": "projecting gaps", "ru": "прогноз разрывов",
                      "kk": "алшақтықтар болжамы"},
    "stage.map": {"en": "preparing the map", "ru": "подготовка карты", "kk": "карта дайындалуда"},
    "stage.done": {"en": "done", "ru": "готово", "kk": "дайын"},
    # --- dialogs
    "dlg.boundaries_title": {"en": "Load boundaries", "ru": "Загрузка границ",
                             "kk": "Шекараларды жүктеу"},
    "dlg.boundaries_filter": {
        "en": "Boundaries (*.gpkg *.geojson *.json *.shp *.zip);;All files (*)",
        "ru": "Границы (*.gpkg *.geojson *.json *.shp *.zip);;Все файлы (*)",
        "kk": "Шекаралар (*.gpkg *.geojson *.json *.shp *.zip);;Барлық файлдар (*)",
    },
    "dlg.statistics_title": {"en": "Load statistics", "ru": "Загрузка статистики",
                             "kk": "Статистиканы жүктеу"},
    "dlg.statistics_filter": {
        "en": "Statistics (*.xlsx *.xls *.csv);;All files (*)",
        "ru": "Статистика (*.xlsx *.xls *.csv);;Все файлы (*)",
        "kk": "Статистика (*.xlsx *.xls *.csv);;Барлық файлдар (*)",
    },
    "dlg.export_title": {"en": "Export plan to Excel", "ru": "Экспорт плана в Excel",
                         "kk": "Жоспарды Excel-ге экспорттау"},
    "dlg.excel_filter": {"en": "Excel workbook (*.xlsx)", "ru": "Книга Excel (*.xlsx)",
                         "kk": "Excel кітабы (*.xlsx)"},
    "dlg.problem_title": {"en": "KZ Planner — cannot continue",
                          "ru": "KZ Planner — действие не выполнено",
                          "kk": "KZ Planner — әрекет орындалмады"},
    "dlg.no_plan": {"en": "There is no plan to export yet. Run a plan first.",
                    "ru": "Плана для экспорта пока нет. Сначала рассчитайте план.",
                    "kk": "Экспорттайтын жоспар әлі жоқ. Алдымен жоспарды есептеңіз."},
    "dlg.ok": {"en": "OK", "ru": "ОК", "kk": "ОК"},
    "dlg.close": {"en": "Close", "ru": "Закрыть", "kk": "Жабу"},
    "dlg.save_as": {"en": "Save under another name…", "ru": "Сохранить под другим именем…",
                    "kk": "Басқа атпен сақтау…"},
    "dlg.unexpected": {
        "en": "Something unexpected went wrong. The details were written to\n{log}\n\nYour files "
              "have not been changed. You can keep working, or restart KZ Planner.",
        "ru": "Произошла непредвиденная ошибка. Подробности записаны в\n{log}\n\nВаши файлы не "
              "изменены. Можно продолжить работу или перезапустить KZ Planner.",
        "kk": "Күтпеген қате орын алды. Толығырақ мәлімет мына файлға жазылды:\n{log}\n\nСіздің "
              "файлдарыңыз өзгерген жоқ. Жұмысты жалғастыруға немесе KZ Planner-ді қайта "
              "іске қосуға болады.",
    },
    "about.title": {"en": "About KZ Planner", "ru": "О программе KZ Planner",
                    "kk": "KZ Planner туралы"},
    "about.text": {
        "en": "<h3>KZ Planner {version}</h3><p>Offline planning of institutional digital access "
              "(schools, FAPs, PSCs) and voucher budgets for Kazakhstan’s regions.</p>"
              "<p>Boundaries: geokz (A. Rodionov), CC BY 4.0 — today’s oblasts and districts "
              "(2024). Official figures: Bureau of National Statistics (stat.gov.kz).</p>"
              "<p><b>The bundled sample data are illustrative, not "
              "official statistics.</b></p>",
        "ru": "<h3>KZ Planner {version}</h3><p>Офлайн-планирование институционального цифрового "
              "доступа (школы, ФАПы, ЦОНы) и бюджета ваучеров для регионов Казахстана.</p>"
              "<p>Границы: geokz (A. Rodionov), CC BY 4.0 — нынешние области и районы (2024). "
              "Официальные показатели: Бюро национальной статистики (stat.gov.kz).</p>"
              "<p><b>Встроенные данные — иллюстративный пример, не "
              "официальная статистика.</b></p>",
        "kk": "<h3>KZ Planner {version}</h3><p>Қазақстан өңірлері үшін институционалдық цифрлық "
              "қолжетімділікті (мектептер, ФАП-тар, ХҚКО-лар) және ваучер бюджетін желісіз "
              "жоспарлау.</p><p>Шекаралар: geokz (A. Rodionov), CC BY 4.0 — қазіргі облыстар мен "
              "аудандар (2024). Ресми көрсеткіштер: Ұлттық статистика бюросы (stat.gov.kz).</p>"
              "<p><b>Бағдарламамен бірге берілген деректер — "
              "иллюстрациялық үлгі, ресми статистика емес.</b></p>",
    },
}

"""UI strings (en/ru/kk) of planning: allocation grid, meter, explanations, parameters dialog;
merged into strings.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # --- allocation grid, meter, explanations
    "grid.title": {"en": "Allocation — edit counts", "ru": "Распределение — правка количеств",
                   "kk": "Бөлу — сандарды түзету"},
    "grid.col_unit": {"en": "Unit", "ru": "Единица", "kk": "Бірлік"},
    "grid.col_instrument": {"en": "Instrument", "ru": "Инструмент", "kk": "Құрал"},
    "grid.col_group": {"en": "Group / type", "ru": "Группа / тип", "kk": "Топ / түр"},
    "grid.col_count": {"en": "Count", "ru": "Количество", "kk": "Саны"},
    "grid.col_max": {"en": "At most", "ru": "Не более", "kk": "Көп дегенде"},
    "grid.col_cost": {"en": "Cost", "ru": "Стоимость", "kk": "Құны"},
    "grid.col_people": {"en": "People reached", "ru": "Охват, чел.", "kk": "Қамту, адам"},
    "grid.col_unit_tip": {"en": "the district or oblast", "ru": "район или область",
                          "kk": "аудан немесе облыс"},
    "grid.col_instrument_tip": {
        "en": "what is given: a kit for an institution, a device voucher or an internet voucher",
        "ru": "что выдаётся: комплект учреждению, сертификат на устройство или на интернет",
        "kk": "не беріледі: мекемеге жинақ, құрылғыға немесе интернетке сертификат"},
    "grid.col_group_tip": {"en": "the target group (vouchers) or the institution type (kits)",
                           "ru": "целевая группа (сертификаты) или тип учреждения (комплекты)",
                           "kk": "мақсатты топ (сертификаттар) немесе мекеме түрі (жинақтар)"},
    "grid.col_count_tip": {"en": "how many the plan gives; you can change it",
                           "ru": "сколько даёт план; можно изменить",
                           "kk": "жоспар қаншасын береді; өзгертуге болады"},
    "grid.col_max_tip": {"en": "the most this line can get (people or institutions there)",
                         "ru": "больше этого строка получить не может (людей или учреждений там)",
                         "kk": "бұл жол одан көп ала алмайды (ондағы адамдар не мекемелер)"},
    "grid.col_cost_tip": {"en": "what this line costs, in tenge", "ru": "стоимость строки в тенге",
                          "kk": "жолдың құны, теңгемен"},
    "grid.col_people_tip": {"en": "people who gain access through this line",
                            "ru": "сколько людей получают доступ благодаря этой строке",
                            "kk": "осы жол арқылы қолжетімділік алатын адамдар"},
    "grid.count_tip": {
        "en": "Double-click or type to change (0 … {max}); Ctrl+Z undoes",
        "ru": "Дважды щёлкните или введите число (0 … {max}); Ctrl+Z отменяет",
        "kk": "Өзгерту үшін екі рет басыңыз немесе сан енгізіңіз (0 … {max}); Ctrl+Z болдырмайды",
    },
    # the charts' key (the other chart strings are in map.py)
    "charts.key_before": {"en": "before the plan", "ru": "до плана", "kk": "жоспарға дейін"},
    "charts.key_after": {"en": "after the plan", "ru": "после плана", "kk": "жоспардан кейін"},
    "grid.selected_only": {"en": "Selected units only", "ru": "Только выбранные единицы",
                           "kk": "Тек таңдалған бірліктер"},
    "grid.in_plan_only": {"en": "Only lines in the plan", "ru": "Только строки плана",
                          "kk": "Тек жоспардағы жолдар"},
    "grid.manual": {"en": "✎ edited by hand", "ru": "✎ изменено вручную",
                    "kk": "✎ қолмен өзгертілген"},
    "grid.explain_title": {"en": "Why", "ru": "Почему", "kk": "Неліктен"},
    "grid.explain_hint": {
        "en": "Select a unit on the map or in the table to see what it receives and why.",
        "ru": "Выберите единицу на карте или в таблице, чтобы увидеть, что она получает и "
              "почему.",
        "kk": "Бірлікті картадан немесе кестеден таңдаңыз: не алатыны және неліктен екені "
              "көрсетіледі.",
    },
    "meter.none": {"en": "Budget: no plan yet", "ru": "Бюджет: плана пока нет",
                   "kk": "Бюджет: жоспар әлі жоқ"},
    "meter.spent": {"en": "Spent {spent} of {budget} ({share})",
                    "ru": "Израсходовано {spent} из {budget} ({share})",
                    "kk": "{budget} ішінен {spent} жұмсалды ({share})"},
    "meter.over": {"en": "Over budget by {over}: {spent} of {budget}",
                   "ru": "Превышение бюджета на {over}: {spent} из {budget}",
                   "kk": "Бюджеттен {over} асып кетті: {budget} ішінен {spent}"},
    # --- parameters dialog
    "par.title": {"en": "Planning parameters", "ru": "Параметры планирования",
                  "kk": "Жоспарлау параметрлері"},
    "par.tab_costs": {"en": "Costs", "ru": "Стоимость", "kk": "Құны"},
    "par.tab_groups": {"en": "Target groups", "ru": "Целевые группы", "kk": "Мақсатты топтар"},
    "par.tab_weights": {"en": "Weights", "ru": "Веса", "kk": "Салмақтар"},
    "par.tab_limits": {"en": "Instruments", "ru": "Инструменты", "kk": "Құралдар"},
    "par.tab_units": {"en": "Limits per unit", "ru": "Лимиты по единицам",
                      "kk": "Бірлік лимиттері"},
    "par.tab_institutions": {"en": "Institutions", "ru": "Учреждения", "kk": "Мекемелер"},
    "par.costs_intro": {
        "en": "Prices in tenge for the whole plan period. Overhead is added to every voucher.",
        "ru": "Цены в тенге на весь период плана. Накладные расходы добавляются к каждому "
              "ваучеру.",
        "kk": "Бағалар бүкіл жоспар кезеңіне теңгемен. Үстеме шығын әр ваучерге қосылады.",
    },
    "par.device_cost": {"en": "Device voucher", "ru": "Ваучер на устройство",
                        "kk": "Құрылғыға ваучер"},
    "par.internet_month": {"en": "Internet voucher, per month",
                           "ru": "Ваучер на интернет, в месяц",
                           "kk": "Интернетке ваучер, айына"},
    "par.internet_months": {"en": "Internet paid for", "ru": "Срок оплаты интернета",
                            "kk": "Интернет төленетін мерзім"},
    "par.months_unit": {"en": "months", "ru": "мес.", "kk": "ай"},
    "par.overhead": {"en": "Administrative overhead on vouchers",
                     "ru": "Административные расходы на ваучеры",
                     "kk": "Ваучерлерге әкімшілік шығын"},
    "par.kit_costs": {"en": "Connection per institution (installation and a year of "
                            "guaranteed bandwidth at the benchmark speed):",
                      "ru": "Подключение на учреждение (монтаж и год гарантированного канала "
                            "на нормативной скорости):",
                      "kk": "Бір мекемені қосу (орнату және нормативтік жылдамдықпен бір жыл "
                            "кепілдікті арна):"},
    "par.equipment_costs": {
        "en": "Equipment with licences per institution (a connected institution without "
              "equipment or licences pays only this; one lacking both pays both):",
        "ru": "Оборудование с лицензиями на учреждение (подключённое учреждение без "
              "оборудования или лицензий оплачивает только его; без того и другого — оба):",
        "kk": "Бір мекемеге лицензиялары бар жабдық (жабдығы немесе лицензиясы жоқ қосылған "
              "мекеме тек соны төлейді; екеуі де жоқ мекеме — екеуін де):"},
    "par.urban": {"en": "Urban", "ru": "Город", "kk": "Қала"},
    "par.rural": {"en": "Rural", "ru": "Село", "kk": "Ауыл"},
    "par.groups_intro": {
        "en": "Take-up: the share of issued vouchers that people actually use. Priority: how "
              "much a person of the group counts (1 = as everyone else, 2 = twice).",
        "ru": "Использование: доля выданных ваучеров, которые реально используют. Приоритет: "
              "насколько важен человек из группы (1 — как все, 2 — вдвое важнее).",
        "kk": "Пайдалану: берілген ваучерлердің нақты пайдаланылатын үлесі. Басымдық: топтағы "
              "адамның салмағы (1 — басқалар сияқты, 2 — екі есе).",
    },
    "par.takeup": {"en": "Take-up", "ru": "Использование", "kk": "Пайдалану"},
    "par.priority": {"en": "Priority", "ru": "Приоритет", "kk": "Басымдық"},
    "par.other_takeup": {"en": "Other groups", "ru": "Прочие группы", "kk": "Басқа топтар"},
    "par.part_of": {"en": "Of which (part of)", "ru": "В том числе (часть группы)",
                    "kk": "Оның ішінде (топтың бөлігі)"},
    "par.part_of_tip": {
        "en": "The group's people are among this group's: they are counted once, and their "
              "vouchers come out of the larger group's need.",
        "ru": "Люди этой группы входят в выбранную группу: они учитываются один раз, а их "
              "ваучеры идут из потребности большей группы.",
        "kk": "Бұл топтың адамдары таңдалған топқа кіреді: олар бір рет есептеледі, ал "
              "ваучерлері үлкен топтың қажеттілігінен беріледі."},
    "par.weights_intro": {
        "en": "Maximum impact lowers the combined access-gap index the map shows, weighted by "
              "each unit's population. The index's weights are therefore the exchange rate "
              "between kits and vouchers: raising the institutional weight makes a connected "
              "institution worth more against a device or a home connection.",
        "ru": "Максимальный эффект снижает сводный индекс разрыва доступа, который показывает "
              "карта, взвешенный по численности населения единиц. Поэтому веса индекса — это "
              "обменный курс между комплектами и ваучерами: чем больше вес институционального "
              "разрыва, тем дороже подключённое учреждение по сравнению с устройством или "
              "домашним интернетом.",
        "kk": "Ең үлкен әсер картадағы қолжетімділік алшақтығының жиынтық индексін бірліктердің "
              "халық санымен өлшеп азайтады. Сондықтан индекс салмақтары — жинақтар мен "
              "ваучерлер арасындағы айырбас бағамы: институционалдық салмақ неғұрлым үлкен "
              "болса, қосылған мекеме құрылғы немесе үй интернетімен салыстырғанда соғұрлым "
              "құнды.",
    },
    "par.gap_weights": {"en": "Weights of the gaps in the combined access-gap index (the "
                              "exchange rate):",
                        "ru": "Веса разрывов в сводном индексе разрыва доступа (обменный курс):",
                        "kk": "Жиынтық қолжетімділік алшақтығы индексіндегі алшақтықтар "
                              "салмағы (айырбас бағамы):"},
    "par.benchmarks": {"en": "An institution has access when connected at least at this "
                             "download speed and, where the register says, equipped and "
                             "licensed:",
                       "ru": "Учреждение имеет доступ, если подключено со скоростью не ниже "
                             "этой и, где это указано в реестре, оснащено оборудованием и "
                             "лицензиями:",
                       "kk": "Мекеме кемінде осы жылдамдықпен қосылса және тізілімде "
                             "көрсетілген жерде жабдығы мен лицензиялары болса, қолжетімді:"},
    "par.mbps": {"en": "Mb/s", "ru": "Мбит/с", "kk": "Мбит/с"},
    "par.limits_intro": {
        "en": "Shares split the money in the rule-based strategies. Envelopes are the envelopes "
              "strategy's fixed shares of the budget: each programme spends its own envelope on "
              "its own measure, and what it leaves stays unspent. A cap limits an instrument's "
              "share of the budget in every strategy.",
        "ru": "Доли делят средства в стратегиях по правилам. Конверты — фиксированные доли "
              "бюджета в стратегии «Конверты»: каждая программа тратит свой конверт на свой "
              "показатель, а остаток не переходит в другие. Предел ограничивает долю "
              "инструмента в бюджете во всех стратегиях.",
        "kk": "Үлестер ережеге негізделген стратегияларда қаражатты бөледі. Конверттер — "
              "«Конверттер» стратегиясындағы бюджеттің тұрақты үлестері: әр бағдарлама өз "
              "конвертін өз көрсеткішіне жұмсайды, ал қалдық басқаға ауыспайды. Шек барлық "
              "стратегияларда құралдың бюджеттегі үлесін шектейді.",
    },
    "par.share": {"en": "Share", "ru": "Доля", "kk": "Үлес"},
    "par.envelope": {"en": "Envelope", "ru": "Конверт", "kk": "Конверт"},
    "par.cap": {"en": "Cap of the budget", "ru": "Предел от бюджета", "kk": "Бюджеттен шек"},
    "par.cap_on": {"en": "at most", "ru": "не более", "kk": "көп дегенде"},
    "par.units_intro": {
        "en": "Leave a cell empty for no limit. Amounts in ₸; the share is of the whole budget.",
        "ru": "Пустая ячейка — без ограничения. Суммы в ₸; доля — от всего бюджета.",
        "kk": "Бос ұяшық — шектеусіз. Сомалар ₸; үлес — бүкіл бюджеттен.",
    },
    "par.unit": {"en": "Unit", "ru": "Единица", "kk": "Бірлік"},
    "par.unit_min": {"en": "At least, ₸", "ru": "Не менее, ₸", "kk": "Кемінде, ₸"},
    "par.unit_max": {"en": "At most, ₸", "ru": "Не более, ₸", "kk": "Көп дегенде, ₸"},
    "par.unit_max_share": {"en": "At most, % of budget", "ru": "Не более, % бюджета",
                           "kk": "Көп дегенде, бюджеттің %"},
    "par.inst_intro": {
        "en": "Find institutions by a part of their name, unit or id and tick them: a locked "
              "institution always gets a kit, an excluded one never does.",
        "ru": "Найдите учреждения по части названия, единицы или идентификатора и отметьте: "
              "закреплённое учреждение всегда получает комплект, исключённое — никогда.",
        "kk": "Мекемелерді атауының, бірлігінің немесе идентификаторының бір бөлігі бойынша "
              "тауып, белгілеңіз: бекітілген мекеме әрқашан жинақ алады, шығарылғаны — ешқашан.",
    },
    "par.pick_filter": {"en": "Find: part of a name, a unit or an id",
                        "ru": "Поиск: часть названия, единицы или идентификатора",
                        "kk": "Іздеу: атаудың, бірліктің немесе идентификатордың бөлігі"},
    "par.pick_only": {"en": "Only ticked", "ru": "Только отмеченные", "kk": "Тек белгіленгендер"},
    "par.pick_col_locked": {"en": "Lock", "ru": "Закрепить", "kk": "Бекіту"},
    "par.pick_col_excluded": {"en": "Exclude", "ru": "Исключить", "kk": "Шығару"},
    "par.pick_col_name": {"en": "Institution", "ru": "Учреждение", "kk": "Мекеме"},
    "par.pick_col_type": {"en": "Type", "ru": "Тип", "kk": "Түрі"},
    "par.pick_col_unit": {"en": "Unit", "ru": "Единица", "kk": "Бірлік"},
    "par.pick_col_id": {"en": "Id", "ru": "Код", "kk": "Коды"},
    "par.pick_name_tip": {"en": "The institution's name in the register",
                          "ru": "Название учреждения в реестре",
                          "kk": "Мекеменің тізілімдегі атауы"},
    "par.pick_type_tip": {"en": "School, rural health post (FAP) or public service centre",
                          "ru": "Школа, фельдшерско-акушерский пункт (ФАП) или ЦОН",
                          "kk": "Мектеп, фельдшерлік-акушерлік пункт (ФАП) немесе ХҚКО"},
    "par.pick_unit_tip": {"en": "The district or oblast it is in", "ru": "Район или область",
                          "kk": "Орналасқан ауданы немесе облысы"},
    "par.pick_id_tip": {"en": "The institution's id in the register",
                        "ru": "Идентификатор учреждения в реестре",
                        "kk": "Мекеменің тізілімдегі идентификаторы"},
    "par.pick_locked_tip": {"en": "Locked: always gets a kit, whatever the plan finds",
                            "ru": "Закреплено: всегда получает комплект, что бы ни нашёл план",
                            "kk": "Бекітілген: жоспар не тапса да, әрқашан жинақ алады"},
    "par.pick_excluded_tip": {"en": "Excluded: never gets a kit",
                              "ru": "Исключено: никогда не получает комплект",
                              "kk": "Шығарылған: ешқашан жинақ алмайды"},
    "par.pick_locked": {"en": "Lock selected", "ru": "Закрепить выбранные",
                        "kk": "Таңдалғандарды бекіту"},
    "par.pick_excluded": {"en": "Exclude selected", "ru": "Исключить выбранные",
                          "kk": "Таңдалғандарды шығару"},
    "par.pick_release": {"en": "Release selected", "ru": "Снять отметку с выбранных",
                         "kk": "Таңдалғандардан белгіні алу"},
    "par.pick_shown": {"en": "Shown {shown} of {total}.", "ru": "Показано {shown} из {total}.",
                       "kk": "{total} ішінен {shown} көрсетілген."},
    "par.locked": {"en": "Must get a kit:", "ru": "Обязательно получают комплект:",
                   "kk": "Міндетті түрде жинақ алады:"},
    "par.excluded": {"en": "Must not get a kit:", "ru": "Не получают комплект:",
                     "kk": "Жинақ алмайды:"},
    "par.ids_count": {"en": "{locked} locked in, {excluded} excluded.",
                      "ru": "Закреплено: {locked}, исключено: {excluded}.",
                      "kk": "Бекітілген: {locked}, шығарылған: {excluded}."},
    "par.ids_unknown": {"en": "Not in the register: {ids}.", "ru": "Нет в реестре: {ids}.",
                        "kk": "Тізілімде жоқ: {ids}."},
    "par.ids_both": {"en": "Both locked and excluded: {ids}.",
                     "ru": "И закреплены, и исключены: {ids}.",
                     "kk": "Әрі бекітілген, әрі шығарылған: {ids}."},
    "par.load": {"en": "Load…", "ru": "Загрузить…", "kk": "Жүктеу…"},
    "par.save": {"en": "Save…", "ru": "Сохранить…", "kk": "Сақтау…"},
    "par.reset": {"en": "Defaults", "ru": "По умолчанию", "kk": "Әдепкі"},
    "par.apply": {"en": "Apply", "ru": "Применить", "kk": "Қолдану"},
    "par.filter": {"en": "Parameters (*.toml *.json)", "ru": "Параметры (*.toml *.json)",
                   "kk": "Параметрлер (*.toml *.json)"},
    "cmp.tab_map": {"en": "Difference map: {name}", "ru": "Карта разницы: {name}",
                    "kk": "Айырма картасы: {name}"},
    "cmp.map_title": {"en": "{name} compared with {base}", "ru": "{name} в сравнении с {base}",
                      "kk": "{name} мен {base} салыстыру"},
    "cmp.map_subtitle": {
        "en": "Combined access gap after the plan: {name} minus {base}, points "
              "(negative: {name} leaves a smaller gap)",
        "ru": "Сводный разрыв доступа после плана: {name} минус {base}, п. п. "
              "(меньше нуля — при «{name}» разрыв меньше)",
        "kk": "Жоспардан кейінгі қолжетімділіктің жиынтық алшақтығы: {name} минус {base}, п. т. "
              "(нөлден кіші — «{name}» кезінде алшақтық аз)"},
    "cmp.tab_side": {"en": "Side by side: {a} | {b}", "ru": "Рядом: {a} | {b}",
                     "kk": "Қатар: {a} | {b}"},
}

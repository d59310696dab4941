"""UI strings (en/ru/kk) of the project features; merged into strings.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # --- project file
    "proj.new": {"en": "&New project", "ru": "&Новый проект", "kk": "&Жаңа жоба"},
    "proj.open": {"en": "&Open project…", "ru": "&Открыть проект…", "kk": "Жобаны &ашу…"},
    "proj.recent": {"en": "Open &recent", "ru": "&Недавние проекты", "kk": "&Соңғы жобалар"},
    "proj.recent_none": {"en": "(none yet)", "ru": "(пока нет)", "kk": "(әзірге жоқ)"},
    "proj.save": {"en": "&Save project", "ru": "&Сохранить проект", "kk": "Жобаны &сақтау"},
    "proj.save_as": {"en": "Save project &as…", "ru": "Сохранить проект &как…",
                     "kk": "Жобаны басқа атпен с&ақтау…"},
    "proj.params": {"en": "Planning &parameters…", "ru": "&Параметры планирования…",
                    "kk": "Жоспарлау &параметрлері…"},
    "proj.filter": {"en": "KZ Planner project (*.kzp)", "ru": "Проект KZ Planner (*.kzp)",
                    "kk": "KZ Planner жобасы (*.kzp)"},
    "proj.untitled": {"en": "Untitled project", "ru": "Новый проект", "kk": "Атаусыз жоба"},
    "proj.opening": {"en": "Opening {file}…", "ru": "Открывается {file}…",
                     "kk": "{file} ашылуда…"},
    "proj.opened": {"en": "Project opened: {file}", "ru": "Проект открыт: {file}",
                    "kk": "Жоба ашылды: {file}"},
    "proj.saved": {"en": "Project saved: {file}", "ru": "Проект сохранён: {file}",
                   "kk": "Жоба сақталды: {file}"},
    "proj.retry": {"en": "Try again", "ru": "Повторить", "kk": "Қайталау"},
    "proj.cancel": {"en": "Cancel", "ru": "Отмена", "kk": "Бас тарту"},
    "proj.unsaved_title": {"en": "Unsaved changes", "ru": "Несохранённые изменения",
                           "kk": "Сақталмаған өзгерістер"},
    "proj.unsaved_text": {
        "en": "“{name}” has changes that are not saved. Save them first?",
        "ru": "В проекте «{name}» есть несохранённые изменения. Сохранить их?",
        "kk": "«{name}» жобасында сақталмаған өзгерістер бар. Оларды сақтау керек пе?",
    },
    "proj.save_button": {"en": "Save", "ru": "Сохранить", "kk": "Сақтау"},
    "proj.discard": {"en": "Discard", "ru": "Не сохранять", "kk": "Сақтамау"},
    "proj.later": {"en": "Decide later", "ru": "Решить позже", "kk": "Кейін шешу"},
    "proj.recover_title": {"en": "Recover unsaved work?", "ru": "Восстановить несохранённое?",
                           "kk": "Сақталмаған жұмысты қалпына келтіру керек пе?"},
    "proj.recover_text": {
        "en": "KZ Planner was not closed properly. Work on “{name}” was saved automatically "
              "at {time}. Recover it?",
        "ru": "KZ Planner был закрыт некорректно. Работа над «{name}» автоматически сохранена "
              "в {time}. Восстановить её?",
        "kk": "KZ Planner дұрыс жабылмады. «{name}» бойынша жұмыс {time} кезінде автоматты "
              "түрде сақталды. Қалпына келтіру керек пе?",
    },
    "proj.recover": {"en": "Recover", "ru": "Восстановить", "kk": "Қалпына келтіру"},
    "proj.autosave_set_aside": {
        "en": "{count} damaged automatic copies could not be read and were set aside in "
              "{folder}: {names}. The others are not affected.",
        "ru": "Повреждённые автоматические копии ({count}) не читаются и отложены в папку "
              "{folder}: {names}. Остальные не затронуты.",
        "kk": "Бүлінген автоматты көшірмелер ({count}) оқылмайды, олар {folder} қалтасына "
              "бөлек қойылды: {names}. Қалғандарына әсер еткен жоқ.",
    },
    "proj.locked_title": {"en": "Project in use", "ru": "Проект уже открыт",
                          "kk": "Жоба басқа жерде ашық"},
    "proj.open_read_only": {"en": "Open read-only", "ru": "Открыть только для чтения",
                            "kk": "Тек оқу үшін ашу"},
    "proj.read_only_mark": {"en": "read-only", "ru": "только чтение", "kk": "тек оқу үшін"},
    "proj.merged": {
        "en": "Saved. Another window had saved this project meanwhile; its scenarios are kept "
              "beside yours: {names}",
        "ru": "Сохранено. Другое окно тем временем сохранило этот проект; его сценарии "
              "сохранены рядом с вашими: {names}",
        "kk": "Сақталды. Осы уақытта басқа терезе бұл жобаны сақтаған; оның сценарийлері "
              "сіздікімен қатар сақталды: {names}",
    },
    "menu.edit": {"en": "&Edit", "ru": "&Правка", "kk": "Ө&ңдеу"},
    # --- exports
    "exp.gpkg": {"en": "Export to &GeoPackage (GIS)…", "ru": "Экспорт в &GeoPackage (ГИС)…",
                 "kk": "&GeoPackage-ке экспорттау (ГАЖ)…"},
    "exp.csv": {"en": "Export to &CSV tables…", "ru": "Экспорт в таблицы &CSV…",
                "kk": "&CSV кестелеріне экспорттау…"},
    "exp.gpkg_title": {"en": "Export the plan as a GeoPackage",
                       "ru": "Экспорт плана в GeoPackage", "kk": "Жоспарды GeoPackage-ке"},
    "exp.csv_title": {"en": "Export the plan as CSV tables", "ru": "Экспорт плана в CSV",
                      "kk": "Жоспарды CSV кестелеріне"},
    "exp.gpkg_filter": {"en": "GeoPackage (*.gpkg)", "ru": "GeoPackage (*.gpkg)",
                        "kk": "GeoPackage (*.gpkg)"},
    "exp.csv_filter": {"en": "CSV table (*.csv)", "ru": "Таблица CSV (*.csv)",
                       "kk": "CSV кестесі (*.csv)"},
    # --- undo
    "undo.undo": {"en": "&Undo", "ru": "&Отменить", "kk": "Болд&ырмау"},
    "undo.redo": {"en": "&Redo", "ru": "&Повторить", "kk": "Қ&айталау"},
    "undo.budget": {"en": "budget change", "ru": "изменение бюджета",
                    "kk": "бюджетті өзгерту"},
    "undo.equity": {"en": "fairness change", "ru": "изменение справедливости",
                    "kk": "әділдікті өзгерту"},
    "undo.strategy": {"en": "strategy change", "ru": "смена стратегии",
                      "kk": "стратегияны ауыстыру"},
    "undo.params": {"en": "parameters", "ru": "параметры", "kk": "параметрлер"},
    "undo.edit_allocation": {"en": "allocation edit", "ru": "правка распределения",
                             "kk": "бөлуді түзету"},
    "undo.replan": {"en": "new plan", "ru": "новый расчёт плана", "kk": "жоспарды қайта есептеу"},
    "undo.scenario_add": {"en": "new scenario", "ru": "новый сценарий", "kk": "жаңа сценарий"},
    "undo.scenario_duplicate": {"en": "copy of scenario", "ru": "копия сценария",
                                "kk": "сценарий көшірмесі"},
    "undo.scenario_rename": {"en": "rename scenario", "ru": "переименование сценария",
                             "kk": "сценарий атын өзгерту"},
    "undo.scenario_delete": {"en": "delete scenario", "ru": "удаление сценария",
                             "kk": "сценарийді жою"},
    "undo.scenario_switch": {"en": "switch scenario", "ru": "смена сценария",
                             "kk": "сценарийді ауыстыру"},
    "undo.scenario_choose": {"en": "chosen scenario", "ru": "выбор сценария",
                             "kk": "сценарийді таңдау"},
    "undo.scenario_notes": {"en": "scenario notes", "ru": "заметки к сценарию",
                            "kk": "сценарий жазбалары"},
    # --- scenarios dock
    "scn.title": {"en": "Scenarios", "ru": "Сценарии", "kk": "Сценарийлер"},
    "scn.default_name": {"en": "Scenario {n}", "ru": "Сценарий {n}", "kk": "{n}-сценарий"},
    "scn.copy_of": {"en": "{name} (copy)", "ru": "{name} (копия)", "kk": "{name} (көшірме)"},
    "scn.active": {"en": "Working on: {name}", "ru": "Текущий: {name}",
                   "kk": "Ағымдағы: {name}"},
    "scn.no_active": {
        "en": "The current plan is not a scenario yet: “New” keeps it under a name.",
        "ru": "Текущий план ещё не сценарий: «Новый» сохранит его под именем.",
        "kk": "Ағымдағы жоспар әлі сценарий емес: «Жаңа» оны атаумен сақтайды.",
    },
    "scn.new": {"en": "&New", "ru": "&Новый", "kk": "&Жаңа"},
    "scn.new_tip": {"en": "Keep the current parameters and plan as a new scenario",
                    "ru": "Сохранить текущие параметры и план как новый сценарий",
                    "kk": "Ағымдағы параметрлер мен жоспарды жаңа сценарий ретінде сақтау"},
    "scn.duplicate": {"en": "&Duplicate", "ru": "&Копировать", "kk": "&Көшіру"},
    "scn.duplicate_tip": {"en": "A copy of the selected scenario to try changes on",
                          "ru": "Копия выбранного сценария для проб",
                          "kk": "Өзгерістерді сынау үшін таңдалған сценарийдің көшірмесі"},
    "scn.rename": {"en": "&Rename", "ru": "&Переименовать", "kk": "&Атын өзгерту"},
    "scn.rename_tip": {"en": "Rename the selected scenario (F2)",
                       "ru": "Переименовать выбранный сценарий (F2)",
                       "kk": "Таңдалған сценарийдің атын өзгерту (F2)"},
    "scn.delete": {"en": "De&lete", "ru": "&Удалить", "kk": "Ж&ою"},
    "scn.delete_tip": {"en": "Delete the selected scenarios (Ctrl+Z brings them back)",
                       "ru": "Удалить выбранные сценарии (Ctrl+Z вернёт их)",
                       "kk": "Таңдалған сценарийлерді жою (Ctrl+Z қайтарады)"},
    "scn.activate": {"en": "&Work on it", "ru": "&Сделать текущим", "kk": "&Ағымдағы ету"},
    "scn.activate_tip": {"en": "Show this scenario on the map, in the table and the results",
                         "ru": "Показать этот сценарий на карте, в таблице и в результатах",
                         "kk": "Бұл сценарийді картада, кестеде және нәтижелерде көрсету"},
    "scn.choose": {"en": "Mark as &chosen", "ru": "Отметить &выбранным",
                   "kk": "&Таңдалған деп белгілеу"},
    "scn.choose_tip": {"en": "Mark (★) the scenario proposed to the budget commission",
                       "ru": "Отметить (★) сценарий для бюджетной комиссии",
                       "kk": "Бюджет комиссиясына ұсынылатын сценарийді (★) белгілеу"},
    "scn.compare": {"en": "Co&mpare selected (2–3)", "ru": "С&равнить выбранные (2–3)",
                    "kk": "Таңдалғандарды &салыстыру (2–3)"},
    "scn.compare_tip": {"en": "Select two or three scenarios with Ctrl+click",
                        "ru": "Выберите два-три сценария, удерживая Ctrl",
                        "kk": "Ctrl басып тұрып екі-үш сценарий таңдаңыз"},
    "scn.notes": {"en": "Notes", "ru": "Заметки", "kk": "Жазбалар"},
    "scn.notes_hint": {"en": "Why this scenario, what was agreed…",
                       "ru": "Зачем этот сценарий, о чём договорились…",
                       "kk": "Бұл сценарий не үшін, не келісілді…"},
    "scn.created": {"en": "Created {date}", "ru": "Создан {date}", "kk": "Құрылған: {date}"},
    "scn.chosen_mark": {"en": "★ chosen for the budget commission",
                        "ru": "★ выбран для бюджетной комиссии",
                        "kk": "★ бюджет комиссиясы үшін таңдалған"},
    # --- comparison
    "cmp.title": {"en": "Compare scenarios", "ru": "Сравнение сценариев",
                  "kk": "Сценарийлерді салыстыру"},
    "cmp.computing": {"en": "Computing…", "ru": "Расчёт…", "kk": "Есептелуде…"},
    "cmp.intro": {"en": "Differences (Δ) are against “{base}”. Green is better, red worse.",
                  "ru": "Разница (Δ) — относительно «{base}». Зелёный — лучше, красный — хуже.",
                  "kk": "Айырма (Δ) «{base}» сценарийімен салыстырғанда. Жасыл — жақсырақ, "
                        "қызыл — нашарлау."},
    "cmp.tab_headlines": {"en": "Headline figures", "ru": "Основные показатели",
                          "kk": "Негізгі көрсеткіштер"},
    "cmp.tab_units": {"en": "Units by difference", "ru": "Единицы по разнице",
                      "kk": "Бірліктер айырма бойынша"},
    "cmp.figure": {"en": "Figure", "ru": "Показатель", "kk": "Көрсеткіш"},
    "cmp.delta": {"en": "Δ {name}", "ru": "Δ {name}", "kk": "Δ {name}"},
    "cmp.unit": {"en": "Unit", "ru": "Единица", "kk": "Бірлік"},
    "cmp.spent": {"en": "Spent, {name}", "ru": "Расходы, {name}", "kk": "Шығыс, {name}"},
    "cmp.gap_after": {"en": "Gap after, {name}", "ru": "Разрыв после, {name}",
                      "kk": "Кейінгі алшақтық, {name}"},
    "cmp.gap_delta": {"en": "Δ gap, {name}", "ru": "Δ разрыва, {name}",
                      "kk": "Δ алшақтық, {name}"},
    "cmp.h_budget": {"en": "Budget", "ru": "Бюджет", "kk": "Бюджет"},
    "cmp.h_spent": {"en": "Spent", "ru": "Израсходовано", "kk": "Жұмсалды"},
    "cmp.h_unspent": {"en": "Unspent", "ru": "Не израсходовано", "kk": "Жұмсалмады"},
    # each measure apart, with its own ₸ per unit (never a total across measures)
    "cmp.h_newly_with_device": {"en": "People newly with a device",
                                "ru": "Впервые получат устройство, чел.",
                                "kk": "Құрылғыны алғаш алатындар, адам"},
    "cmp.h_kzt_per_device": {"en": "… ₸ per person with a device",
                             "ru": "… ₸ на человека с устройством",
                             "kk": "… құрылғы алған бір адамға ₸"},
    "cmp.h_newly_with_internet": {"en": "Newly with home internet, {unit}",
                                  "ru": "Впервые получат домашний интернет, {unit}",
                                  "kk": "Үй интернетін алғаш алатындар, {unit}"},
    "cmp.h_kzt_per_internet": {"en": "… ₸ per one newly with home internet",
                               "ru": "… ₸ на одного, впервые получившего домашний интернет",
                               "kk": "… үй интернетін алғаш алған біреуге ₸"},
    "cmp.h_institutions_connected": {"en": "Institutions newly with access",
                                     "ru": "Учреждения, впервые получившие доступ",
                                     "kk": "Қолжетімділікті алғаш алған мекемелер"},
    "cmp.h_people_served_by_kits": {"en": "… people they serve",
                                    "ru": "… обслуживаемое ими население",
                                    "kk": "… олар қызмет көрсететін адамдар"},
    "cmp.h_kzt_per_institution": {"en": "… ₸ per institution connected",
                                  "ru": "… ₸ на подключённое учреждение",
                                  "kk": "… қосылған бір мекемеге ₸"},
    "cmp.h_combined_gap_before": {"en": "Combined gap before", "ru": "Сводный разрыв до",
                                  "kk": "Жиынтық алшақтық дейін"},
    "cmp.h_combined_gap_after": {"en": "Combined gap after", "ru": "Сводный разрыв после",
                                 "kk": "Жиынтық алшақтық кейін"},
    "cmp.h_gini_after": {"en": "Inequality between units (Gini) after",
                         "ru": "Неравенство между единицами (Джини) после",
                         "kk": "Бірліктер арасындағы теңсіздік (Джини) кейін"},
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
    "grid.count_tip": {
        "en": "Double-click or type to change (0 … {max}); Ctrl+Z undoes",
        "ru": "Дважды щёлкните или введите число (0 … {max}); Ctrl+Z отменяет",
        "kk": "Өзгерту үшін екі рет басыңыз немесе сан енгізіңіз (0 … {max}); Ctrl+Z болдырмайды",
    },
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
        "en": "Institution ids from the register, one per line.",
        "ru": "Идентификаторы учреждений из реестра, по одному в строке.",
        "kk": "Тізілімдегі мекеме идентификаторлары, әр жолға біреуден.",
    },
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

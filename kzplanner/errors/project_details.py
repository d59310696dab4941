"""The details of the project messages ({detail}), with their own fields, in en / ru / kk
(rendered by core.io.project_errors.Localized)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}

MESSAGES.update({
    # the details of the messages above ({detail}), with their own fields
    "project_detail.holder": {
        "en": "user {user}, computer {host}, process {pid}, since {since}",
        "ru": "пользователь {user}, компьютер {host}, процесс {pid}, с {since}",
        "kk": "пайдаланушы {user}, компьютер {host}, процесс {pid}, {since} бастап",
    },
    "project_detail.holder_unknown": {
        "en": "its lock file cannot be read", "ru": "файл блокировки не читается",
        "kk": "құлып файлы оқылмайды",
    },
    "project_detail.same_scenarios": {
        "en": "these scenarios were changed on both sides: {names}",
        "ru": "эти сценарии изменены с обеих сторон: {names}",
        "kk": "бұл сценарийлер екі жақта да өзгертілген: {names}",
    },
    "project_detail.data_changed": {
        "en": "the project's data (map, statistics or register) were replaced there",
        "ru": "данные проекта (карта, статистика или реестр) там заменены",
        "kk": "онда жобаның деректері (карта, статистика немесе тізілім) ауыстырылған",
    },
    "project_detail.notes_changed": {
        "en": "the project's notes were edited on both sides",
        "ru": "заметки проекта изменены с обеих сторон",
        "kk": "жоба жазбалары екі жақта да өзгертілген",
    },
    "project_detail.written_meanwhile": {
        "en": "it was written again while this save was being prepared",
        "ru": "его снова записали, пока готовилось это сохранение",
        "kk": "бұл сақтау дайындалып жатқанда ол қайта жазылды",
    },
    "project_detail.unreadable_now": {
        "en": "the file there can no longer be read ({error})",
        "ru": "файл больше не читается ({error})",
        "kk": "файл енді оқылмайды ({error})",
    },
    "project_detail.not_zip": {
        "en": "it is not a zip archive (damaged, or another kind of file)",
        "ru": "это не zip-архив (файл повреждён или другого типа)",
        "kk": "бұл zip мұрағаты емес (файл бүлінген немесе басқа түрде)",
    },
    "project_detail.not_ours": {
        "en": "it holds no KZ Planner project description",
        "ru": "в нём нет описания проекта KZ Planner",
        "kk": "онда KZ Planner жобасының сипаттамасы жоқ",
    },
    "project_detail.member_missing": {
        "en": "the part {member} is missing", "ru": "нет части {member}",
        "kk": "{member} бөлігі жоқ",
    },
    "project_detail.symlink": {
        "en": "the part {member} is a symbolic link, not data (nothing was read through it)",
        "ru": "часть {member} — символическая ссылка, а не данные (по ней ничего не прочитано)",
        "kk": "{member} бөлігі деректер емес, символдық сілтеме (ол арқылы ештеңе оқылған жоқ)",
    },
    "project_detail.member_too_large": {
        "en": "the part {member} is larger than {limit} MB",
        "ru": "часть {member} больше {limit} МБ", "kk": "{member} бөлігі {limit} МБ-тан үлкен",
    },
    "project_detail.file_too_large": {
        "en": "the file is larger than {limit} MB", "ru": "файл больше {limit} МБ",
        "kk": "файл {limit} МБ-тан үлкен",
    },
    "project_detail.too_many_members": {
        "en": "the archive holds {count} parts, where a project has three",
        "ru": "в архиве {count} частей, а в проекте их три",
        "kk": "мұрағатта {count} бөлік бар, ал жобада үшеу ғана болады",
    },
    "project_detail.not_text": {
        "en": "the part {member} is not UTF-8 text", "ru": "часть {member} — не текст в UTF-8",
        "kk": "{member} бөлігі UTF-8 мәтіні емес",
    },
    "project_detail.not_json": {
        "en": "the part {member} is not valid JSON (line {line}, column {col})",
        "ru": "часть {member} — не корректный JSON (строка {line}, позиция {col})",
        "kk": "{member} бөлігі дұрыс JSON емес ({line}-жол, {col}-позиция)",
    },
    "project_detail.too_deep": {
        "en": "the part {member} is nested more than {limit} levels deep",
        "ru": "в части {member} вложенность глубже {limit} уровней",
        "kk": "{member} бөлігіндегі ішкі деңгейлер {limit}-ден терең",
    },
    "project_detail.not_finite": {
        "en": "{where} holds {value}, which is not a finite number",
        "ru": "{where} содержит {value} — это не конечное число",
        "kk": "{where} ішінде {value} бар, бұл шекті сан емес",
    },
    "project_detail.manifest_kind": {
        "en": "the project description (manifest.json) is {kind} instead of a set of named values",
        "ru": "описание проекта (manifest.json) — {kind}, а не набор именованных значений",
        "kk": "жоба сипаттамасы (manifest.json) аталған мәндер жиыны емес, {kind}",
    },
    "project_detail.schema_not_number": {
        "en": "the schema version “{value}” is not a whole number",
        "ru": "версия схемы «{value}» — не целое число",
        "kk": "«{value}» схема нұсқасы бүтін сан емес",
    },
    "project_detail.schema_unknown": {
        "en": "there is no schema version {value} (KZ Planner knows 1 to {latest})",
        "ru": "версии схемы {value} не существует (KZ Planner знает версии с 1 по {latest})",
        "kk": "{value} схема нұсқасы жоқ (KZ Planner 1-ден {latest}-ге дейінгі нұсқаларды "
        "біледі)",
    },
    "project_detail.schema_newer": {
        "en": "it was saved by a newer KZ Planner (schema {value}); update KZ Planner to open it",
        "ru": "он сохранён более новой версией KZ Planner (схема {value}); обновите KZ Planner, "
        "чтобы открыть его",
        "kk": "ол KZ Planner-дің жаңа нұсқасымен сақталған ({value} схема); ашу үшін "
        "KZ Planner-ді жаңартыңыз",
    },
    "project_detail.field_missing": {
        "en": "{where} lacks “{field}”", "ru": "в {where} нет «{field}»",
        "kk": "{where} ішінде «{field}» жоқ",
    },
    "project_detail.field_kind": {
        "en": "{where} should be {expected}, not {found}",
        "ru": "{where}: ожидается {expected}, а не {found}",
        "kk": "{where}: {found} емес, {expected} болуы керек",
    },
    "project_detail.field_value": {
        "en": "{where} holds a value that is not allowed: {value}",
        "ru": "{where} содержит недопустимое значение: {value}",
        "kk": "{where} ішінде рұқсат етілмеген мән бар: {value}",
    },
    "project_detail.kind_object": {"en": "a set of named values",
                                   "ru": "набор именованных значений",
                                   "kk": "аталған мәндер жиыны"},
    "project_detail.kind_array": {"en": "a list", "ru": "список", "kk": "тізім"},
    "project_detail.kind_string": {"en": "text", "ru": "текст", "kk": "мәтін"},
    "project_detail.kind_integer": {"en": "a whole number", "ru": "целое число",
                                    "kk": "бүтін сан"},
    "project_detail.kind_number": {"en": "a number", "ru": "число", "kk": "сан"},
    "project_detail.kind_boolean": {"en": "yes or no", "ru": "да или нет",
                                    "kk": "иә немесе жоқ"},
    "project_detail.kind_null": {"en": "empty", "ru": "пусто", "kk": "бос"},
    "project_detail.at_feature": {"en": "{member}, feature {n}", "ru": "{member}, объект {n}",
                                  "kk": "{member}, {n}-объект"},
    "project_detail.at_row": {"en": "{member}, row {row}", "ru": "{member}, строка {row}",
                              "kk": "{member}, {row}-жол"},
    "project_detail.at_scenario": {"en": "scenario {n}", "ru": "сценарий {n}",
                                   "kk": "{n}-сценарий"},
    "project_detail.units_not_collection": {
        "en": "units.geojson is not a collection of map features",
        "ru": "units.geojson — не набор объектов карты",
        "kk": "units.geojson карта объектілерінің жиыны емес",
    },
    "project_detail.no_units": {
        "en": "units.geojson holds no units", "ru": "в units.geojson нет ни одной единицы",
        "kk": "units.geojson ішінде бірде-бір бірлік жоқ",
    },
    "project_detail.units_unreadable": {
        "en": "units.geojson cannot be read as a map ({error})",
        "ru": "units.geojson не читается как карта ({error})",
        "kk": "units.geojson карта ретінде оқылмайды ({error})",
    },
    "project_detail.unit_no_code": {
        "en": "units.geojson, feature {n}: the unit has no code (unit_code)",
        "ru": "units.geojson, объект {n}: у единицы нет кода (unit_code)",
        "kk": "units.geojson, {n}-объект: бірліктің коды жоқ (unit_code)",
    },
    "project_detail.unit_code_twice": {
        "en": "units.geojson: the unit code {code} appears {count} times",
        "ru": "units.geojson: код единицы {code} встречается {count} раз(а)",
        "kk": "units.geojson: {code} бірлік коды {count} рет кездеседі",
    },
    "project_detail.unit_geometry": {
        "en": "units.geojson, feature {n} ({code}): the shape is not a valid polygon",
        "ru": "units.geojson, объект {n} ({code}): контур — не корректный полигон",
        "kk": "units.geojson, {n}-объект ({code}): пішін дұрыс полигон емес",
    },
    "project_detail.inst_unreadable": {
        "en": "institutions.csv cannot be read as a table ({error})",
        "ru": "institutions.csv не читается как таблица ({error})",
        "kk": "institutions.csv кесте ретінде оқылмайды ({error})",
    },
    "project_detail.inst_column_missing": {
        "en": "institutions.csv lacks the column “{column}”",
        "ru": "в institutions.csv нет столбца «{column}»",
        "kk": "institutions.csv ішінде «{column}» бағаны жоқ",
    },
    "project_detail.inst_id_missing": {
        "en": "institutions.csv, row {row}: the institution has no id",
        "ru": "institutions.csv, строка {row}: у учреждения нет идентификатора",
        "kk": "institutions.csv, {row}-жол: мекеменің идентификаторы жоқ",
    },
    "project_detail.inst_id_twice": {
        "en": "institutions.csv: the institution id {id} is listed {count} times (rows {rows}); "
        "a plan would count it more than once",
        "ru": "institutions.csv: идентификатор учреждения {id} указан {count} раз(а) (строки "
        "{rows}); план учёл бы его несколько раз",
        "kk": "institutions.csv: {id} мекеме идентификаторы {count} рет көрсетілген ({rows} "
        "жолдар); жоспар оны бірнеше рет есептер еді",
    },
    "project_detail.inst_unknown_unit": {
        "en": "institutions.csv, row {row}: institution {id} lies in unit {unit}, which the "
        "project's map does not have",
        "ru": "institutions.csv, строка {row}: учреждение {id} относится к единице {unit}, "
        "которой нет на карте проекта",
        "kk": "institutions.csv, {row}-жол: {id} мекемесі жоба картасында жоқ {unit} бірлігіне "
        "жатады",
    },
    "project_detail.inst_number": {
        "en": "institutions.csv, row {row}, column “{column}”: {value} is not a finite number "
        "≥ 0",
        "ru": "institutions.csv, строка {row}, столбец «{column}»: {value} — не конечное "
        "число ≥ 0",
        "kk": "institutions.csv, {row}-жол, «{column}» бағаны: {value} — 0-ден кем емес шекті "
        "сан емес",
    },
    "project_detail.inst_flag": {
        "en": "institutions.csv, row {row}, column “{column}”: “{value}” is neither True nor "
        "False",
        "ru": "institutions.csv, строка {row}, столбец «{column}»: «{value}» — не True и не "
        "False",
        "kk": "institutions.csv, {row}-жол, «{column}» бағаны: «{value}» True да, False да емес",
    },
    "project_detail.name_break": {
        "en": "{where}: the name “{name}” holds a line break; a name is one line of text",
        "ru": "{where}: имя «{name}» содержит перенос строки; имя — одна строка текста",
        "kk": "{where}: «{name}» атауында жол ауыстыру бар; атау бір жол мәтін болуы керек",
    },
    "project_detail.name_control": {
        "en": "{where}: the name “{name}” holds a control character ({char}); a name is plain "
        "text",
        "ru": "{where}: имя «{name}» содержит управляющий символ ({char}); имя — обычный текст",
        "kk": "{where}: «{name}» атауында басқарушы таңба бар ({char}); атау қарапайым мәтін "
        "болуы керек",
    },
    "project_detail.scenario_twice": {
        "en": "two scenarios are named “{name}”", "ru": "два сценария называются «{name}»",
        "kk": "екі сценарийдің атауы бірдей: «{name}»",
    },
    "project_detail.scenario_params": {
        "en": "scenario “{name}”: {problem}", "ru": "сценарий «{name}»: {problem}",
        "kk": "«{name}» сценарийі: {problem}",
    },
    "project_detail.params_broken": {
        "en": "its parameters cannot be read ({error})",
        "ru": "его параметры не читаются ({error})",
        "kk": "оның параметрлері оқылмайды ({error})",
    },
    "project_detail.unknown_active": {
        "en": "the open scenario “{name}” is not among the project's scenarios",
        "ru": "открытого сценария «{name}» нет среди сценариев проекта",
        "kk": "ашық «{name}» сценарийі жоба сценарийлерінің арасында жоқ",
    },
    "project_detail.unknown_unit_ref": {
        "en": "scenario “{name}”: the stored plan names unit {unit}, which the project's map "
        "does not have",
        "ru": "сценарий «{name}»: сохранённый план называет единицу {unit}, которой нет на "
        "карте проекта",
        "kk": "«{name}» сценарийі: сақталған жоспарда жоба картасында жоқ {unit} бірлігі "
        "аталған",
    },
    "project_detail.unknown_group_ref": {
        "en": "scenario “{name}”: the stored plan names the target group {group}, which the "
        "project's data do not have",
        "ru": "сценарий «{name}»: сохранённый план называет целевую группу {group}, которой нет "
        "в данных проекта",
        "kk": "«{name}» сценарийі: сақталған жоспарда жоба деректерінде жоқ {group} мақсатты "
        "тобы аталған",
    },
    "project_detail.unknown_instrument": {
        "en": "scenario “{name}”: the stored plan names the instrument {instrument}, which "
        "KZ Planner does not know",
        "ru": "сценарий «{name}»: сохранённый план называет инструмент {instrument}, "
        "неизвестный KZ Planner",
        "kk": "«{name}» сценарийі: сақталған жоспарда KZ Planner білмейтін {instrument} құралы "
        "аталған",
    },
    "project_detail.unknown_kit_ref": {
        "en": "scenario “{name}”: the stored plan names institution {id}, which the project's "
        "register does not have",
        "ru": "сценарий «{name}»: сохранённый план называет учреждение {id}, которого нет в "
        "реестре проекта",
        "kk": "«{name}» сценарийі: сақталған жоспарда жоба тізілімінде жоқ {id} мекемесі "
        "аталған",
    },
    "project_detail.unknown_solver_method": {
        "en": "scenario “{name}”: the stored plan was made by an unknown method “{method}”",
        "ru": "сценарий «{name}»: сохранённый план составлен неизвестным методом «{method}»",
        "kk": "«{name}» сценарийі: сақталған жоспар белгісіз «{method}» әдісімен жасалған",
    },
    "project_detail.unknown_source_ref": {
        "en": "the source chosen for {indicator} is {source}, which the project does not have",
        "ru": "для {indicator} выбран источник {source}, которого нет в проекте",
        "kk": "{indicator} үшін жобада жоқ {source} дереккөзі таңдалған",
    },
    "project_detail.source_twice": {
        "en": "two statistics sources have the id {id}",
        "ru": "у двух источников статистики одинаковый идентификатор {id}",
        "kk": "екі статистика дереккөзінің идентификаторы бірдей: {id}",
    },
    "project_detail.over_budget": {
        "en": "scenario “{name}”: the stored plan spends {spent} ₸, more than its budget of "
        "{budget} ₸, though it was made by the planner's calculation ({method}); the file was "
        "changed outside KZ Planner",
        "ru": "сценарий «{name}»: сохранённый план тратит {spent} ₸ — больше своего бюджета "
        "{budget} ₸, хотя составлен расчётом программы ({method}); файл изменён вне KZ Planner",
        "kk": "«{name}» сценарийі: сақталған жоспар {spent} ₸ жұмсайды, бұл оның {budget} ₸ "
        "бюджетінен көп, бірақ ол бағдарлама есебімен жасалған ({method}); файл KZ Planner-ден "
        "тыс өзгертілген",
    },
    "project_detail.data_unplannable": {
        "en": "its data cannot be planned on: {problem}",
        "ru": "по его данным нельзя составить план: {problem}",
        "kk": "оның деректері бойынша жоспар құру мүмкін емес: {problem}",
    },
    "project_detail.column_missing": {
        "en": "the column “{column}” is missing", "ru": "нет столбца «{column}»",
        "kk": "«{column}» бағаны жоқ",
    },
    "project_detail.autosave_unreadable": {
        "en": "{error}", "ru": "{error}", "kk": "{error}",
    },
})

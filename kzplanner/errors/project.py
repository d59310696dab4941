"""Messages (en / ru / kk) of project files: damaged projects, scenarios, locks, concurrent
saves and recovery (issue 22)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}

MESSAGES["project_invalid"] = {
    "en": "{file} is not a KZ Planner project that can be opened: {detail}.",
    "ru": "{file} не является проектом KZ Planner, который можно открыть: {detail}.",
    "kk": "{file} ашуға болатын KZ Planner жобасы емес: {detail}.",
}
MESSAGES["scenario_missing"] = {
    "en": "No scenario named “{detail}” in the project.",
    "ru": "В проекте нет сценария «{detail}».",
    "kk": "Жобада «{detail}» сценарийі жоқ.",
}

# --- project files: damaged projects, locks, concurrent saves, recovery (issue 22) ---
MESSAGES.update({
    "project_locked": {
        "en": "{file} is already open for editing — {detail}. Open it read-only, or wait until "
        "it is closed there. (A lock left by a program that stopped is taken over by itself.)",
        "ru": "{file} уже открыт для правки — {detail}. Откройте его только для чтения или "
        "дождитесь, пока его там закроют. (Блокировку, оставленную завершившейся программой, "
        "KZ Planner снимает сам.)",
        "kk": "{file} өңдеу үшін ашық тұр — {detail}. Оны тек оқу үшін ашыңыз немесе онда "
        "жабылғанша күтіңіз. (Тоқтап қалған бағдарлама қалдырған құлыпты KZ Planner өзі алады.)",
    },
    "project_read_only": {
        "en": "{file} is open read-only — {detail} is editing it. Nothing was written; save "
        "your work under another name.",
        "ru": "{file} открыт только для чтения — его правит другой пользователь ({detail}). "
        "Ничего не записано; сохраните свою работу под другим именем.",
        "kk": "{file} тек оқу үшін ашық — оны басқа пайдаланушы өңдеп жатыр ({detail}). "
        "Ештеңе жазылған жоқ; жұмысыңызды басқа атпен сақтаңыз.",
    },
    "project_changed": {
        "en": "{file} was changed by another window or program after it was opened here, and "
        "the changes cannot be combined: {detail}. Nothing was written; save your work under "
        "another name, then compare the two.",
        "ru": "{file} изменён другим окном или программой после того, как его открыли здесь, и "
        "изменения нельзя объединить: {detail}. Ничего не записано; сохраните свою работу под "
        "другим именем и сравните два файла.",
        "kk": "{file} мұнда ашылғаннан кейін басқа терезеде немесе бағдарламада өзгертілді, "
        "өзгерістерді біріктіру мүмкін емес: {detail}. Ештеңе жазылған жоқ; жұмысыңызды басқа "
        "атпен сақтап, екі файлды салыстырыңыз.",
    },
    "scenario_name_invalid": {
        "en": "The scenario name {detail} holds a line break or another control character. A "
        "name is one line of plain text: choose another.",
        "ru": "Имя сценария {detail} содержит перенос строки или другой управляющий символ. "
        "Имя — одна строка обычного текста: выберите другое.",
        "kk": "{detail} сценарий атауында жол ауыстыру немесе басқа басқарушы таңба бар. Атау — "
        "қарапайым мәтіннің бір жолы: басқасын таңдаңыз.",
    },
    "autosave_damaged": {
        "en": "The automatic copy {file} could not be recovered: {detail}. It was set aside in "
        "{column}; the other automatic copies are not affected.",
        "ru": "Автоматическую копию {file} не удалось восстановить: {detail}. Она отложена в "
        "папку {column}; другие автоматические копии не затронуты.",
        "kk": "{file} автоматты көшірмесі қалпына келтірілмеді: {detail}. Ол {column} "
        "қалтасына бөлек қойылды; басқа автоматты көшірмелерге әсер еткен жоқ.",
    },
})

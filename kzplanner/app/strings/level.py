"""UI strings of the level switch (today's oblasts or districts)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "level.menu": {"en": "&Units on the map", "ru": "&Единицы на карте",
                   "kk": "&Картадағы бірліктер"},
    "level.adm1": {"en": "&Oblasts and cities", "ru": "&Области и города",
                   "kk": "&Облыстар мен қалалар"},
    "level.adm2": {"en": "&Districts", "ru": "&Районы", "kk": "&Аудандар"},
    "level.tip": {
        "en": "Today's units (geokz 2024): the statistics and the register stay; district rows are "
              "summed into their oblast.",
        "ru": "Нынешние единицы (geokz 2024): статистика и реестр остаются; строки районов "
              "суммируются по области.",
        "kk": "Қазіргі бірліктер (geokz 2024): статистика мен тізілім сақталады; аудан жолдары "
              "облыс бойынша қосылады."},
    "level.own_file": {
        "en": "Boundaries of your own file are in use: load the level you want from File → Load "
              "boundaries.",
        "ru": "Используются границы из вашего файла: нужный уровень загрузите через Файл → "
              "Загрузить границы.",
        "kk": "Өз файлыңыздың шекаралары қолданылуда: қажетті деңгейді Файл → Шекараларды жүктеу "
              "арқылы жүктеңіз."},
    "level.check_note": {
        "en": "The table is by oblast: it is checked against today's oblasts, and the map will "
              "show oblasts (View → Units on the map).",
        "ru": "Таблица по областям: она сверена с нынешними областями, и карта покажет области "
              "(Вид → Единицы на карте).",
        "kk": "Кесте облыстар бойынша: ол қазіргі облыстармен салыстырылды, карта облыстарды "
              "көрсетеді (Көрініс → Картадағы бірліктер)."},
}

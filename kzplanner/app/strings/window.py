"""UI strings (en/ru/kk) of the app features; merged into strings.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # --- Help menu
    "act.user_guide": {"en": "&User guide", "ru": "&Руководство пользователя",
                       "kk": "&Пайдаланушы нұсқаулығы"},
    "act.getting_started": {"en": "&Getting started", "ru": "&Начало работы",
                            "kk": "&Жұмысты бастау"},
    "act.open_log_folder": {"en": "Open &log folder", "ru": "Открыть папку &журнала",
                            "kk": "&Журнал қалтасын ашу"},
    "act.copy_diagnostics": {"en": "Copy &diagnostics", "ru": "Копировать &диагностику",
                             "kk": "&Диагностиканы көшіру"},
    # --- Help → Copy diagnostics (app/diagnostics.py): the text for a support e-mail
    "diag.title": {"en": "KZ Planner {version}: diagnostics for support",
                   "ru": "KZ Planner {version}: диагностика для поддержки",
                   "kk": "KZ Planner {version}: қолдау қызметіне арналған диагностика"},
    "diag.version": {"en": "Version", "ru": "Версия", "kk": "Нұсқа"},
    "diag.os": {"en": "Operating system", "ru": "Операционная система", "kk": "Операциялық жүйе"},
    "diag.python": {"en": "Python", "ru": "Python", "kk": "Python"},
    "diag.qt": {"en": "Qt", "ru": "Qt", "kk": "Qt"},
    "diag.build": {"en": "Build", "ru": "Сборка", "kk": "Құрастыру"},
    "diag.language": {"en": "Interface language", "ru": "Язык интерфейса",
                      "kk": "Интерфейс тілі"},
    "diag.encoding": {"en": "File names / console encoding",
                      "ru": "Кодировка имён файлов / консоли",
                      "kk": "Файл атаулары / консоль кодтамасы"},
    "diag.settings": {"en": "Settings", "ru": "Настройки", "kk": "Баптаулар"},
    "diag.log": {"en": "Log file", "ru": "Файл журнала", "kk": "Журнал файлы"},
    "diag.screens": {"en": "Screens (logical size, physical size, scaling)",
                     "ru": "Экраны (логический размер, физический размер, масштаб)",
                     "kk": "Экрандар (логикалық өлшемі, физикалық өлшемі, масштабы)"},
    "diag.log_tail": {"en": "Last {n} lines of the log:", "ru": "Последние строки журнала ({n}):",
                      "kk": "Журналдың соңғы жолдары ({n}):"},
    "diag.log_empty": {"en": "(the log is empty or missing)", "ru": "(журнал пуст или отсутствует)",
                       "kk": "(журнал бос немесе жоқ)"},
    "diag.copied": {"en": "Diagnostics copied to the clipboard: paste them into an e-mail to "
                          "support. Nothing was sent.",
                    "ru": "Диагностика скопирована в буфер обмена: вставьте её в письмо в "
                          "поддержку. Ничего не отправлено.",
                    "kk": "Диагностика алмасу буферіне көшірілді: оны қолдау қызметіне хатқа "
                          "қойыңыз. Ештеңе жіберілген жоқ."},
    # --- first-run guide
    "guide.title": {"en": "Getting started", "ru": "Начало работы", "kk": "Жұмысты бастау"},
    "guide.step_of": {"en": "Step {n} of {total}", "ru": "Шаг {n} из {total}",
                      "kk": "{total} қадамның {n}-қадамы"},
    "guide.back": {"en": "Back", "ru": "Назад", "kk": "Артқа"},
    "guide.next": {"en": "Next", "ru": "Далее", "kk": "Келесі"},
    "guide.done": {"en": "Done", "ru": "Готово", "kk": "Дайын"},
    "guide.show_at_start": {"en": "Show this guide at every start",
                            "ru": "Показывать при каждом запуске",
                            "kk": "Әр іске қосқанда көрсету"},
    "guide.step.load": {"en": "Load", "ru": "Загрузка", "kk": "Жүктеу"},
    "guide.step.check": {"en": "Check", "ru": "Проверка", "kk": "Тексеру"},
    "guide.step.map": {"en": "Map", "ru": "Карта", "kk": "Карта"},
    "guide.step.allocate": {"en": "Allocate", "ru": "Распределение", "kk": "Бөлу"},
    "guide.step.compare": {"en": "Compare", "ru": "Сравнение", "kk": "Салыстыру"},
    "guide.step.export": {"en": "Export", "ru": "Экспорт", "kk": "Экспорт"},
    "guide.text.load": {
        "en": "Open boundaries, statistics and the institution register from the File menu, or "
              "drop the files onto the window. The sample open now is illustrative, not official "
              "statistics.",
        "ru": "Откройте границы, статистику и реестр учреждений через меню «Файл» или "
              "перетащите файлы в окно. Открытый сейчас пример — иллюстративный, это не "
              "официальная статистика.",
        "kk": "Шекараларды, статистиканы және мекемелер тізілімін «Файл» мәзірі арқылы ашыңыз "
              "немесе файлдарды терезеге сүйреп әкеліңіз. Қазір ашық тұрған мысал — "
              "иллюстрациялық, ресми статистика емес.",
    },
    "guide.text.check": {
        "en": "Read the notes that appear after loading: units that did not match, missing "
              "values, boundaries older than 2018. Correct the file and load it again.",
        "ru": "Прочитайте замечания после загрузки: несопоставленные территории, пропущенные "
              "значения, границы до 2018 года. Исправьте файл и загрузите его снова.",
        "kk": "Жүктегеннен кейін шығатын ескертпелерді оқыңыз: сәйкестендірілмеген аумақтар, "
              "бос мәндер, 2018 жылға дейінгі шекаралар. Файлды түзетіп, қайта жүктеңіз.",
    },
    "guide.text.map": {
        "en": "Choose an indicator above the map to see where institutional access is weakest. "
              "Click a district to select it in the table below.",
        "ru": "Выберите показатель над картой, чтобы увидеть, где институциональный доступ "
              "слабее всего. Щёлкните по району, чтобы выделить его в таблице.",
        "kk": "Институционалдық қолжетімділік қай жерде ең әлсіз екенін көру үшін карта "
              "үстінен көрсеткішті таңдаңыз. Аудан кестеде белгіленуі үшін оны басыңыз.",
    },
    "guide.text.allocate": {
        "en": "Set the budget in tenge, the strategy and the equity weight on the right. The "
              "results show people newly with access and the access gap before → after.",
        "ru": "Справа задайте бюджет в тенге, стратегию и вес справедливости. В результатах "
              "видно, сколько людей получат доступ и как меняется разрыв доступа: до → после.",
        "kk": "Оң жақта бюджетті теңгемен, стратегияны және әділдік салмағын белгілеңіз. "
              "Нәтижелерде жаңадан қол жеткізетіндер саны мен қолжетімділік алшақтығы "
              "көрсетіледі: дейін → кейін.",
    },
    "guide.text.compare": {
        "en": "Keep several scenarios — other budgets or strategies — and compare them side by "
              "side before you choose one.",
        "ru": "Сохраните несколько сценариев — с другим бюджетом или стратегией — и сравните их, "
              "прежде чем выбрать один.",
        "kk": "Бірнеше сценарийді — басқа бюджетпен не стратегиямен — сақтап, біреуін таңдамас "
              "бұрын оларды қатар салыстырыңыз.",
    },
    "guide.text.export": {
        "en": "File → Export plan to Excel writes the allocation plan for the budget commission, "
              "in Russian or Kazakh. Help → User guide explains every step.",
        "ru": "«Файл» → «Экспорт плана в Excel» сохраняет план распределения для бюджетной "
              "комиссии на русском или казахском языке. «Справка» → «Руководство пользователя» "
              "описывает каждый шаг.",
        "kk": "«Файл» → «Жоспарды Excel-ге экспорттау» бюджет комиссиясына арналған бөлу "
              "жоспарын қазақ не орыс тілінде сақтайды. «Анықтама» → «Пайдаланушы нұсқаулығы» "
              "әр қадамды түсіндіреді.",
    },
    # --- user guide window
    "help.title": {"en": "KZ Planner — user guide", "ru": "KZ Planner — руководство пользователя",
                   "kk": "KZ Planner — пайдаланушы нұсқаулығы"},
    "help.open_browser": {"en": "Open in browser", "ru": "Открыть в браузере",
                          "kk": "Браузерде ашу"},
    "help.missing": {"en": "The user guide was not found: {file}",
                     "ru": "Руководство пользователя не найдено: {file}",
                     "kk": "Пайдаланушы нұсқаулығы табылмады: {file}"},
    # --- About
    "about.summary": {
        "en": "Offline planning of institutional digital access (schools, FAPs, PSCs) and voucher "
              "budgets for Kazakhstan’s regions.",
        "ru": "Офлайн-планирование институционального цифрового доступа (школы, ФАПы, ЦОНы) и "
              "бюджета ваучеров для регионов Казахстана.",
        "kk": "Қазақстан өңірлері үшін институционалдық цифрлық қолжетімділікті (мектептер, "
              "ФАП-тар, ХҚКО-лар) және ваучер бюджетін желісіз жоспарлау.",
    },
    "about.sample_note": {
        "en": "The bundled sample data are illustrative, not official statistics.",
        "ru": "Встроенные данные — иллюстративный пример, не официальная статистика.",
        "kk": "Бағдарламамен бірге берілген деректер — иллюстрациялық үлгі, ресми статистика "
              "емес.",
    },
    "about.versions": {"en": "Versions", "ru": "Версии", "kk": "Нұсқалар"},
    "about.licences": {"en": "Licences", "ru": "Лицензии", "kk": "Лицензиялар"},
    "about.data": {"en": "Data and attributions", "ru": "Данные и источники",
                   "kk": "Деректер және дереккөздер"},
    "about.component": {"en": "Component", "ru": "Компонент", "kk": "Құрамдас бөлік"},
    "about.version": {"en": "Version", "ru": "Версия", "kk": "Нұсқа"},
    "about.licence": {"en": "Licence", "ru": "Лицензия", "kk": "Лицензия"},
    "about.natural_earth": {
        "en": "Bundled boundaries: geokz (A. Rodionov), CC BY 4.0, github.com/arodionoff/geokz — "
              "oblasts and districts of 2024 (default) and of 2018; for statistics from before "
              "2018, Made with Natural Earth (naturalearthdata.com, public domain).",
        "ru": "Встроенные границы: geokz (A. Rodionov), CC BY 4.0, github.com/arodionoff/geokz — "
              "области и районы 2024 года (по умолчанию) и 2018 года; для статистики до 2018 "
              "года — Made with Natural Earth (naturalearthdata.com, общественное достояние).",
        "kk": "Кірістірілген шекаралар: geokz (A. Rodionov), CC BY 4.0, github.com/arodionoff/"
              "geokz — 2024 жылғы (әдепкі) және 2018 жылғы облыстар мен аудандар; 2018 жылға "
              "дейінгі статистика үшін — Made with Natural Earth (naturalearthdata.com, қоғамдық "
              "игілік).",
    },
    "about.loaded": {"en": "Loaded now:", "ru": "Загружено сейчас:", "kk": "Қазір жүктелген:"},
    "about.kind.boundaries": {"en": "Boundaries", "ru": "Границы", "kk": "Шекаралар"},
    "about.kind.statistics": {"en": "Statistics", "ru": "Статистика", "kk": "Статистика"},
    "about.kind.institutions": {"en": "Institution register", "ru": "Реестр учреждений",
                                "kk": "Мекемелер тізілімі"},
    "about.illustrative": {"en": "illustrative", "ru": "иллюстративные",
                           "kk": "иллюстрациялық"},
    "about.privacy": {
        "en": "No telemetry: KZ Planner never connects to the internet. The log stays on this "
              "computer: {log}",
        "ru": "Без телеметрии: KZ Planner не подключается к интернету. Журнал хранится только на "
              "этом компьютере: {log}",
        "kk": "Телеметрия жоқ: KZ Planner интернетке қосылмайды. Журнал тек осы компьютерде "
              "сақталады: {log}",
    },
    "about.settings": {"en": "Settings file: {file}", "ru": "Файл настроек: {file}",
                       "kk": "Баптаулар файлы: {file}"},
    "about.copy": {"en": "Copy details", "ru": "Копировать сведения",
                   "kk": "Мәліметтерді көшіру"},
}

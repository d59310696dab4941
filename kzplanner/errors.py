"""The project's one exception type: a stable code plus file/sheet/row/column context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Message templates per code, in en / ru / kk. Core raises codes; the GUI and the CLI render them.
MESSAGES: dict[str, dict[str, str]] = {
    "file_not_found": {
        "en": "File not found: {file}. Check the path or choose the file again.",
        "ru": "Файл не найден: {file}. Проверьте путь или выберите файл заново.",
        "kk": "Файл табылмады: {file}. Жолды тексеріңіз немесе файлды қайта таңдаңыз.",
    },
    "file_unreadable": {
        "en": "Cannot read {file}: {detail}. Is it a valid, unencrypted file of the expected type?",
        "ru": "Не удаётся прочитать {file}: {detail}. Это корректный незашифрованный файл нужного типа?",
        "kk": "{file} оқылмады: {detail}. Файл дұрыс әрі шифрланбаған ба?",
    },
    "file_locked": {
        "en": "Cannot write {file}: it is open in another program (Excel?). Close it, or save under "
        "another name. Nothing was lost.",
        "ru": "Не удаётся записать {file}: файл открыт в другой программе (Excel?). Закройте его "
        "или сохраните под другим именем. Ничего не потеряно.",
        "kk": "{file} жазылмады: файл басқа бағдарламада ашық (Excel?). Оны жабыңыз немесе басқа "
        "атпен сақтаңыз. Ештеңе жоғалған жоқ.",
    },
    "sheet_missing": {
        "en": "{file}: no sheet named “{sheet}”. Sheets found: {detail}.",
        "ru": "{file}: нет листа «{sheet}». Найдены листы: {detail}.",
        "kk": "{file}: «{sheet}» парағы жоқ. Табылған парақтар: {detail}.",
    },
    "header_not_found": {
        "en": "{file}, sheet “{sheet}”: no header row with a “{column}” column in the first "
        "{detail} rows, and the table's layout was not recognised. Add the column, or say how "
        "to read the table: use `kzplanner check … --mapping FILE` (`--save-mapping FILE` "
        "writes a proposal to edit) or the window's import wizard.",
        "ru": "{file}, лист «{sheet}»: в первых {detail} строках нет строки заголовка со столбцом "
        "«{column}», и строение таблицы не распознано. Добавьте столбец или укажите, как читать "
        "таблицу: `kzplanner check … --mapping ФАЙЛ` (`--save-mapping ФАЙЛ` запишет предложение "
        "для правки) или мастер импорта в окне программы.",
        "kk": "{file}, «{sheet}» парағы: алғашқы {detail} жолда «{column}» бағаны бар тақырып жолы "
        "жоқ, кестенің құрылымы танылмады. Бағанды қосыңыз немесе кестені қалай оқу керектігін "
        "көрсетіңіз: `kzplanner check … --mapping ФАЙЛ` (`--save-mapping ФАЙЛ` түзетуге ұсыныс "
        "жазады) немесе бағдарлама терезесіндегі импорт шебері.",
    },
    "bad_number": {
        "en": "{file}, sheet “{sheet}”, row {row}, column “{column}”: “{detail}” is not a number. "
        "Correct the cell and load the file again.",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец «{column}»: «{detail}» — не число. "
        "Исправьте ячейку и загрузите файл снова.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, «{column}» бағаны: «{detail}» сан емес. "
        "Ұяшықты түзетіп, файлды қайта жүктеңіз.",
    },
    "bad_value": {
        "en": "{file}, sheet “{sheet}”, row {row}, column “{column}”: {detail}",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец «{column}»: {detail}",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, «{column}» бағаны: {detail}",
    },
    "redeemed_exceeds_issued": {
        "en": "{file}, sheet “{sheet}”, row {row}, column “{column}”: more vouchers redeemed than "
        "issued ({detail}). Check both cells of the row (redeemed cannot exceed issued) and load "
        "the file again.",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец «{column}»: погашено больше "
        "ваучеров, чем выдано ({detail}). Проверьте обе ячейки строки (погашенных не может быть "
        "больше выданных) и загрузите файл снова.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, «{column}» бағаны: пайдаланылған ваучерлер "
        "берілгеннен көп ({detail}). Жолдың екі ұяшығын тексеріңіз (пайдаланылғаны берілгеннен "
        "аспайды) және файлды қайта жүктеңіз.",
    },
    "duplicate_institution": {
        "en": "{file}, sheet “{sheet}”, row {row}, column “{column}”: institution {detail} is "
        "listed twice (rows in brackets). Keep one row per institution and load the file again.",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец «{column}»: учреждение {detail} "
        "указано дважды (строки в скобках). Оставьте одну строку на учреждение и загрузите файл "
        "снова.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, «{column}» бағаны: {detail} мекемесі екі рет "
        "көрсетілген (жақшадағы жолдар). Әр мекемеге бір жол қалдырып, файлды қайта жүктеңіз.",
    },
    "no_register": {
        "en": "{file}, sheet “{sheet}”: the rows name institutions (column “{column}”), but no "
        "institution register is loaded to find their units. Load the register with the "
        "statistics, or give the actuals per unit.",
        "ru": "{file}, лист «{sheet}»: строки указывают учреждения (столбец «{column}»), но "
        "реестр учреждений не загружен, и их единицы не найти. Загрузите реестр вместе со "
        "статистикой или представьте факт по единицам.",
        "kk": "{file}, «{sheet}» парағы: жолдарда мекемелер көрсетілген («{column}» бағаны), "
        "бірақ олардың бірліктерін табу үшін мекемелер тізілімі жүктелмеген. Тізілімді "
        "статистикамен бірге жүктеңіз немесе нақты деректерді бірліктер бойынша беріңіз.",
    },
    "missing_column": {
        "en": "{file}: required column “{column}” is missing. Columns found: {detail}.",
        "ru": "{file}: нет обязательного столбца «{column}». Найдены столбцы: {detail}.",
        "kk": "{file}: міндетті «{column}» бағаны жоқ. Табылған бағандар: {detail}.",
    },
    "no_unit_key": {
        "en": "{file}: no code (KATO) or name column to identify units. Columns found: {detail}.",
        "ru": "{file}: нет столбца с кодом (КАТО) или названием единицы. Найдены столбцы: {detail}.",
        "kk": "{file}: бірлікті анықтайтын код (ҚАТО) немесе атау бағаны жоқ. Бағандар: {detail}.",
    },
    "no_units_matched": {
        "en": "{file}: none of its {detail} rows matched a unit of the loaded boundaries. Are the "
        "statistics and the boundaries of the same level (oblast / district)?",
        "ru": "{file}: ни одна из {detail} строк не сопоставлена с единицами загруженных границ. "
        "Совпадает ли уровень статистики и границ (область / район)?",
        "kk": "{file}: {detail} жолдың ешқайсысы жүктелген шекаралардың бірліктерімен сәйкес "
        "келмеді. Статистика мен шекаралардың деңгейі бірдей ме (облыс / аудан)?",
    },
    "file_empty": {
        "en": "{file} is empty (0 bytes). Save it again from the program that made it.",
        "ru": "{file} пуст (0 байт). Сохраните его заново в программе, где он создан.",
        "kk": "{file} бос (0 байт). Оны жасаған бағдарламада қайта сақтаңыз.",
    },
    "file_too_large": {
        "en": "{file} is too large to load ({detail}). Split it or keep only the needed sheet.",
        "ru": "{file} слишком велик для загрузки ({detail}). Разделите его или оставьте нужный лист.",
        "kk": "{file} жүктеу үшін тым үлкен ({detail}). Оны бөліңіз немесе қажетті парақты қалдырыңыз.",
    },
    "file_corrupt": {
        "en": "{file} is damaged or truncated ({detail}). Download or copy it again.",
        "ru": "{file} повреждён или обрезан ({detail}). Скачайте или скопируйте его заново.",
        "kk": "{file} бүлінген немесе толық емес ({detail}). Оны қайта жүктеп алыңыз не көшіріңіз.",
    },
    "workbook_encrypted": {
        "en": "{file} is protected by a password. Open it in Excel, remove the password "
        "(File → Info → Protect workbook) and save a copy.",
        "ru": "{file} защищён паролем. Откройте его в Excel, снимите пароль "
        "(Файл → Сведения → Защита книги) и сохраните копию.",
        "kk": "{file} құпиясөзбен қорғалған. Оны Excel-де ашып, құпиясөзді алып тастаңыз "
        "(Файл → Мәліметтер → Кітапты қорғау) және көшірмесін сақтаңыз.",
    },
    "xml_entities": {
        "en": "{file} contains XML entity declarations ({detail}), which can be used to attack "
        "the computer; it was not opened. Re-save it in Excel as a normal workbook.",
        "ru": "{file} содержит объявления XML-сущностей ({detail}), которыми можно атаковать "
        "компьютер; файл не открыт. Пересохраните его в Excel как обычную книгу.",
        "kk": "{file} ішінде XML нысандарының жариялануы бар ({detail}), олар компьютерге шабуыл "
        "жасауы мүмкін; файл ашылмады. Оны Excel-де кәдімгі кітап ретінде қайта сақтаңыз.",
    },
    "unsafe_archive": {
        "en": "{file}: the archive holds a path outside its folder (“{detail}”); it was not "
        "opened. Unpack it yourself and choose the .shp or .xlsx inside.",
        "ru": "{file}: архив содержит путь за пределами папки («{detail}»); он не открыт. "
        "Распакуйте его сами и выберите .shp или .xlsx внутри.",
        "kk": "{file}: мұрағатта қалтадан тыс жол бар («{detail}»); ол ашылмады. Оны өзіңіз "
        "ашып, ішіндегі .shp не .xlsx файлын таңдаңыз.",
    },
    "archive_bomb": {
        "en": "{file} would expand to far more data than it holds ({detail}); it was not opened.",
        "ru": "{file} при распаковке разрастается несоразмерно ({detail}); он не открыт.",
        "kk": "{file} ашылғанда шамадан тыс үлкейеді ({detail}); ол ашылмады.",
    },
    "workbook_empty": {
        "en": "{file} has no sheets with data.",
        "ru": "В {file} нет листов с данными.",
        "kk": "{file} ішінде деректері бар парақ жоқ.",
    },
    "sheet_empty": {
        "en": "{file}, sheet “{sheet}” is empty. Choose the sheet that holds the table.",
        "ru": "{file}, лист «{sheet}» пуст. Выберите лист с таблицей.",
        "kk": "{file}, «{sheet}» парағы бос. Кестесі бар парақты таңдаңыз.",
    },
    "no_data_rows": {
        "en": "{file}, sheet “{sheet}”: no rows with a unit and numbers below the header. "
        "Is this the right sheet, and are the values filled in?",
        "ru": "{file}, лист «{sheet}»: под заголовком нет строк с единицей и числами. "
        "Это нужный лист и заполнены ли значения?",
        "kk": "{file}, «{sheet}» парағы: тақырыптан төмен бірлігі мен сандары бар жол жоқ. "
        "Парақ дұрыс па, мәндер толтырылған ба?",
    },
    "negative_value": {
        "en": "{file}, sheet “{sheet}”, row {row}, column {column}: “{detail}” is negative; a "
        "count cannot be. Correct the cell and load the file again.",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец {column}: «{detail}» отрицательно, "
        "а количество не может быть отрицательным. Исправьте ячейку и загрузите файл снова.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, {column} бағаны: «{detail}» теріс сан, ал "
        "саны теріс бола алмайды. Ұяшықты түзетіп, файлды қайта жүктеңіз.",
    },
    "bad_mapping": {
        "en": "The saved column mapping {file} cannot be used: {detail}. Map the columns again.",
        "ru": "Сохранённое сопоставление столбцов {file} нельзя использовать: {detail}. "
        "Сопоставьте столбцы заново.",
        "kk": "Сақталған бағандар сәйкестігін {file} пайдалану мүмкін емес: {detail}. "
        "Бағандарды қайта сәйкестендіріңіз.",
    },
    "block_missing": {
        "en": "{file}, sheet “{sheet}”: no block “{column}”. Blocks found: {detail}.",
        "ru": "{file}, лист «{sheet}»: нет блока «{column}». Найдены блоки: {detail}.",
        "kk": "{file}, «{sheet}» парағы: «{column}» блогы жоқ. Табылған блоктар: {detail}.",
    },
    "column_missing": {
        "en": "{file}, sheet “{sheet}”: the mapped column {column} is not in this file. "
        "Headers found: {detail}. Check the mapping in the import wizard.",
        "ru": "{file}, лист «{sheet}»: сопоставленного столбца {column} нет в этом файле. "
        "Найдены заголовки: {detail}. Проверьте сопоставление в мастере импорта.",
        "kk": "{file}, «{sheet}» парағы: сәйкестендірілген {column} бағаны бұл файлда жоқ. "
        "Табылған тақырыптар: {detail}. Импорт шеберінде сәйкестікті тексеріңіз.",
    },
    "template_units_changed": {
        "en": "{file}, sheet “{sheet}”, row {row}, column {column}: {detail}. The template's "
        "unit rows must stay as written; fill in the white cells only.",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец {column}: {detail}. Строки единиц "
        "шаблона менять нельзя; заполняйте только белые ячейки.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, {column} бағаны: {detail}. Үлгінің бірлік "
        "жолдарын өзгертуге болмайды; тек ақ ұяшықтарды толтырыңыз.",
    },
    "shapefile_part_missing": {
        "en": "{file}: the shapefile's {detail} file is missing next to it. A shapefile is "
        "several files (.shp, .shx, .dbf, .prj…) with the same name: copy them all, or zip them.",
        "ru": "{file}: рядом нет файла {detail} шейп-файла. Шейп-файл — это несколько файлов "
        "(.shp, .shx, .dbf, .prj…) с одним именем: скопируйте все или упакуйте их в zip.",
        "kk": "{file}: шейп-файлдың {detail} файлы қасында жоқ. Шейп-файл — аттары бірдей "
        "бірнеше файл (.shp, .shx, .dbf, .prj…): барлығын көшіріңіз немесе zip-ке салыңыз.",
    },
    "layer_missing": {
        "en": "{file}: no layer “{sheet}”. Layers found: {detail}.",
        "ru": "{file}: нет слоя «{sheet}». Найдены слои: {detail}.",
        "kk": "{file}: «{sheet}» қабаты жоқ. Табылған қабаттар: {detail}.",
    },
    "no_features": {
        "en": "{file}: the layer has no polygons with geometry. Choose another file or layer.",
        "ru": "{file}: в слое нет полигонов с геометрией. Выберите другой файл или слой.",
        "kk": "{file}: қабатта геометриясы бар полигон жоқ. Басқа файлды не қабатты таңдаңыз.",
    },
    "bad_parameter": {
        "en": "Parameter “{column}”: {detail}",
        "ru": "Параметр «{column}»: {detail}",
        "kk": "«{column}» параметрі: {detail}",
    },
    "solver_failed": {
        "en": "The optimiser stopped without a plan: {detail}",
        "ru": "Оптимизатор остановился без плана: {detail}",
        "kk": "Оңтайландырғыш жоспарсыз тоқтады: {detail}",
    },
    "did_empty_cell": {
        "en": "Difference-in-differences needs data in all four cells (treated / comparison × "
        "before / after); the cell {detail} of “{column}” is empty. Check the treated units and "
        "the period the programme started.",
        "ru": "Для метода «разность разностей» нужны данные во всех четырёх ячейках (участники / "
        "сравнение × до / после); ячейка {detail} показателя «{column}» пуста. Проверьте "
        "участников и период начала программы.",
        "kk": "«Айырмашылықтардағы айырмашылық» әдісіне төрт ұяшықтың бәрінде деректер керек "
        "(қатысушылар / салыстыру × дейін / кейін); «{column}» көрсеткішінің {detail} ұяшығы бос. "
        "Қатысушыларды және бағдарлама басталған кезеңді тексеріңіз.",
    },
    "treatment_not_constant": {
        "en": "Column “{column}”: a unit is either treated or not in every period, but the flag "
        "changes within: {detail}.",
        "ru": "Столбец «{column}»: единица участвует в программе либо во всех периодах, либо ни "
        "в одном, но признак меняется у: {detail}.",
        "kk": "«{column}» бағаны: бірлік барлық кезеңде не қатысады, не қатыспайды, бірақ белгі "
        "мыналарда өзгереді: {detail}.",
    },
    "unknown_units": {
        "en": "Column “{column}” has no units called: {detail}.",
        "ru": "В столбце «{column}» нет единиц: {detail}.",
        "kk": "«{column}» бағанында мына бірліктер жоқ: {detail}.",
    },
    "too_few_clusters": {
        "en": "Cluster-robust standard errors need at least two treated and two comparison "
        "units (“{column}”); found {detail}. Use classical standard errors.",
        "ru": "Для кластеризованных стандартных ошибок нужно не меньше двух единиц-участников и "
        "двух единиц сравнения («{column}»); найдено: {detail}. Используйте классические ошибки.",
        "kk": "Кластерленген стандартты қателерге кемінде екі қатысушы және екі салыстыру "
        "бірлігі керек («{column}»); табылғаны: {detail}. Классикалық қателерді қолданыңыз.",
    },
    "cancelled": {
        "en": "Cancelled.",
        "ru": "Отменено.",
        "kk": "Тоқтатылды.",
    },
    "year_missing": {
        "en": "The table has no column for the year “{column}”. Year columns found: {detail}.",
        "ru": "В таблице нет столбца за год «{column}». Найдены столбцы за годы: {detail}.",
        "kk": "Кестеде «{column}» жылының бағаны жоқ. Табылған жыл бағандары: {detail}.",
    },
    "option_needs_stats": {
        "en": "{column} chooses within a statistics workbook: give the workbook with --stats "
        "too.",
        "ru": "{column} выбирает внутри книги статистики: укажите и саму книгу (--stats).",
        "kk": "{column} статистика кітабының ішінен таңдайды: кітаптың өзін де көрсетіңіз "
        "(--stats).",
    },
    "boundaries_are_points": {
        "en": "{file}: the layer holds points ({detail} features) — that looks like a settlements "
        "or institutions layer, not boundaries. Choose a layer of polygons (oblasts or "
        "districts).",
        "ru": "{file}: в слое точки (объектов: {detail}) — похоже на слой населённых пунктов или "
        "учреждений, а не на границы. Выберите слой с полигонами (области или районы).",
        "kk": "{file}: қабатта нүктелер ({detail} объект) — бұл шекаралар емес, елді мекендер "
        "немесе мекемелер қабатына ұқсайды. Полигондар қабатын таңдаңыз (облыстар немесе "
        "аудандар).",
    },
    "boundaries_are_lines": {
        "en": "{file}: the layer holds lines ({detail} features) — that looks like roads, rivers "
        "or borders drawn as lines, not boundary polygons. Choose a layer of polygons (oblasts "
        "or districts).",
        "ru": "{file}: в слое линии (объектов: {detail}) — похоже на дороги, реки или границы, "
        "нарисованные линиями, а не на полигоны границ. Выберите слой с полигонами (области "
        "или районы).",
        "kk": "{file}: қабатта сызықтар ({detail} объект) — бұл шекара полигондары емес, жолдар, "
        "өзендер немесе сызықпен салынған шекаралар қабатына ұқсайды. Полигондар қабатын "
        "таңдаңыз (облыстар немесе аудандар).",
    },
    "boundaries_mixed_geometry": {
        "en": "{file}: the layer mixes polygons with points or lines (polygons / points / lines: "
        "{detail}). Boundaries must be polygons only: choose a layer of polygons, or delete the "
        "other features in a GIS program (QGIS) and save the file again.",
        "ru": "{file}: в слое вместе с полигонами есть точки или линии (полигоны / точки / "
        "линии: {detail}). Границы должны состоять только из полигонов: выберите слой с "
        "полигонами или удалите остальные объекты в ГИС-программе (QGIS) и сохраните файл "
        "снова.",
        "kk": "{file}: қабатта полигондармен бірге нүктелер немесе сызықтар бар (полигондар / "
        "нүктелер / сызықтар: {detail}). Шекаралар тек полигондардан тұруы керек: полигондар "
        "қабатын таңдаңыз немесе ГАЖ бағдарламасында (QGIS) қалған объектілерді өшіріп, файлды "
        "қайта сақтаңыз.",
    },
    "archive_several_layers": {
        "en": "{file}: the archive holds several boundary files: {detail}. Choose the one to read "
        "(in the command line: --layer NAME), or unzip the archive and open that file.",
        "ru": "{file}: в архиве несколько файлов границ: {detail}. Выберите, какой из них читать "
        "(в командной строке: --layer ИМЯ), или распакуйте архив и откройте нужный файл.",
        "kk": "{file}: мұрағатта бірнеше шекара файлы бар: {detail}. Қайсысын оқу керектігін "
        "таңдаңыз (командалық жолда: --layer АТАУЫ) немесе мұрағаттағы файлдарды шығарып, "
        "керегін ашыңыз.",
    },
    "boundaries_outside_kazakhstan": {
        "en": "{file}: after conversion to longitude and latitude (WGS 84) the features lie "
        "between {detail} (longitude, latitude), mostly outside Kazakhstan (about 46–88° E, "
        "40–56° N). The coordinate system is probably missing or wrong: put the shapefile's "
        ".prj file next to it, or check that the .prj matches the data (a shapefile in Web "
        "Mercator, EPSG:3857, without its .prj gives coordinates in the millions).",
        "ru": "{file}: после пересчёта в долготу и широту (WGS 84) объекты лежат в пределах "
        "{detail} (долгота, широта), в основном вне Казахстана (примерно 46–88° в. д., "
        "40–56° с. ш.). Вероятно, система координат не указана или указана неверно: положите "
        "рядом с шейп-файлом его файл .prj или проверьте, что .prj соответствует данным "
        "(шейп-файл в Web Mercator, EPSG:3857, без .prj даёт координаты в миллионах).",
        "kk": "{file}: бойлық пен ендікке (WGS 84) қайта есептелгеннен кейін объектілер "
        "{detail} (бойлық, ендік) аралығында жатыр, көбі Қазақстаннан тыс (шамамен 46–88° ш. б., "
        "40–56° с. е.). Координаталар жүйесі көрсетілмеген немесе қате болуы мүмкін: "
        "шейп-файлдың .prj файлын қасына қойыңыз немесе .prj деректерге сәйкес келетінін "
        "тексеріңіз (Web Mercator, EPSG:3857 жүйесіндегі .prj-сыз шейп-файл миллиондаған "
        "координаталар береді).",
    },
    "pre_reform_statistics": {
        "en": "The statistics predate a reform of the oblasts that these boundaries already show "
        "({detail}). A total from before a split is not put on the smaller units that followed "
        "it, so these are left without data: {column}. Plan on boundaries of the statistics' own "
        "vintage — File → Load boundaries… {file}, layer {sheet} (or --boundaries {file} --layer "
        "{sheet}) — or choose a later year column.",
        "ru": "Статистика старше реформы областей, которую уже отражают эти границы ({detail}). "
        "Итог до разделения не переносится на меньшие единицы после него, поэтому без данных "
        "остаются: {column}. Планируйте на границах того же времени, что и статистика, — Файл → "
        "Загрузить границы… {file}, слой {sheet} (или --boundaries {file} --layer {sheet}), — "
        "либо выберите столбец более позднего года.",
        "kk": "Статистика осы шекаралар көрсетіп тұрған облыстар реформасынан бұрынғы "
        "({detail}). Бөлінуге дейінгі жиынтық одан кейінгі кішірек бірліктерге салынбайды, "
        "сондықтан мыналар деректерсіз қалады: {column}. Статистиканың өз кезеңіндегі "
        "шекараларда жоспарлаңыз — Файл → Шекараларды жүктеу… {file}, {sheet} қабаты (немесе "
        "--boundaries {file} --layer {sheet}) — не кейінгі жылдың бағанын таңдаңыз.",
    },
}


@dataclass
class KZError(Exception):
    """An expected failure (bad input, locked file…) with where it happened; never prose."""

    code: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    detail: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.code)

    def message(self, lang: str = "en") -> str:
        """The message in `lang` (en/ru/kk), with the context filled in."""
        templates = MESSAGES.get(self.code)
        if templates is None:
            return f"{self.code}: {self.detail or ''}".strip()
        template = templates.get(lang) or templates["en"]
        values = {
            "file": self.file or "?",
            "sheet": self.sheet or "?",
            "row": "?" if self.row is None else str(self.row),
            "column": self.column or "?",
            "detail": self.detail or "",
        }
        return template.format(**values)

    def __str__(self) -> str:
        return self.message("en")

MESSAGES["plan_infeasible"] = {
    "en": "No plan satisfies all the limits: {detail}. Relax a unit minimum, unlock some "
    "institutions or raise the budget.",
    "ru": "Ни один план не удовлетворяет всем ограничениям: {detail}. Ослабьте минимум для "
    "единицы, снимите закрепление учреждений или увеличьте бюджет.",
    "kk": "Барлық шектеуді қанағаттандыратын жоспар жоқ: {detail}. Бірлік минимумын азайтыңыз, "
    "мекемелерді бекітуден босатыңыз немесе бюджетті көбейтіңіз.",
}

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

# ---- issue 22: implausible numbers, damaged CSV, files named for another format, limits of
# what a reader takes on, and what the operating system refused (core.io.safety, .tables,
# .atomic; errors.from_os_error) ----
MESSAGES.update({
    "implausible_value": {
        "en": "{file}, sheet “{sheet}”, row {row}, column “{column}”: {detail} is beyond any "
        "plausible figure for this column (the number on the right is the limit for its kind: "
        "people, households, institutions, tenge, shares). A typo, a figure in the wrong column, "
        "or an overflow in the program that wrote the file? Correct the cell and load the file "
        "again.",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец «{column}»: {detail} — больше любого "
        "правдоподобного значения для этого столбца (справа — предел для его вида: люди, "
        "домохозяйства, учреждения, тенге, доли). Опечатка, число не в том столбце или "
        "переполнение в программе, создавшей файл? Исправьте ячейку и загрузите файл снова.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, «{column}» бағаны: {detail} — бұл баған үшін "
        "ақылға қонымды кез келген мәннен үлкен (оң жақтағы сан — оның түрінің шегі: адамдар, үй "
        "шаруашылықтары, мекемелер, теңге, үлестер). Қате терілген бе, сан басқа бағанға түскен "
        "бе, әлде файлды жасаған бағдарламада асып кету болды ма? Ұяшықты түзетіп, файлды қайта "
        "жүктеңіз.",
    },
    "boolean_in_numbers": {
        "en": "{file}, sheet “{sheet}”, row {row}, column “{column}”: the cell holds the yes/no "
        "value {detail}, not a number, and is not read as 1 or 0. Type the number itself and "
        "load the file again.",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец «{column}»: в ячейке логическое "
        "значение «да/нет» {detail}, а не число; оно не читается как 1 или 0. Введите само число "
        "и загрузите файл снова.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, «{column}» бағаны: ұяшықта сан емес, «иә/жоқ» "
        "логикалық мәні {detail} тұр; ол 1 немесе 0 ретінде оқылмайды. Санның өзін жазып, файлды "
        "қайта жүктеңіз.",
    },
    "part_exceeds_whole": {
        "en": "{file}, sheet “{sheet}”, row {row}, column “{column}”: a part is larger than its "
        "whole ({detail}). Check both cells of the row and load the file again.",
        "ru": "{file}, лист «{sheet}», строка {row}, столбец «{column}»: часть больше целого "
        "({detail}). Проверьте обе ячейки строки и загрузите файл снова.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол, «{column}» бағаны: бөлігі бүтінінен үлкен "
        "({detail}). Жолдың екі ұяшығын да тексеріп, файлды қайта жүктеңіз.",
    },
    "duplicate_column": {
        "en": "{file}, sheet “{sheet}”, row {row}: the column “{column}” appears more than once "
        "(columns {detail}), so it is not clear which one to read. Keep one, or rename the "
        "others, and load the file again.",
        "ru": "{file}, лист «{sheet}», строка {row}: столбец «{column}» встречается несколько "
        "раз (столбцы {detail}), и неясно, какой из них читать. Оставьте один или переименуйте "
        "остальные и загрузите файл снова.",
        "kk": "{file}, «{sheet}» парағы, {row}-жол: «{column}» бағаны бірнеше рет кездеседі "
        "({detail} бағандары), қайсысын оқу керегі түсініксіз. Біреуін қалдырыңыз немесе "
        "қалғандарының атын өзгертіп, файлды қайта жүктеңіз.",
    },
    "csv_unbalanced_quote": {
        "en": "{file}, line {row}: a quotation mark (\") opens a cell here that is not closed "
        "before line {detail}, so the lines in between would be read as one cell and their rows "
        "lost. Remove the stray quotation mark or add the closing one, save the file and load it "
        "again.",
        "ru": "{file}, строка {row}: здесь кавычка (\") открывает ячейку, которая не закрыта до "
        "строки {detail}, поэтому строки между ними прочитались бы как одна ячейка и потерялись "
        "бы. Удалите лишнюю кавычку или добавьте закрывающую, сохраните файл и загрузите его "
        "снова.",
        "kk": "{file}, {row}-жол: мұнда тырнақша (\") ұяшықты ашады, ол {detail}-жолға дейін "
        "жабылмаған, сондықтан арадағы жолдар бір ұяшық болып оқылып, жоғалар еді. Артық "
        "тырнақшаны өшіріңіз немесе жабатын тырнақшаны қосыңыз, файлды сақтап, қайта жүктеңіз.",
    },
    "csv_field_too_long": {
        "en": "{file}, line {row}: a cell is longer than {detail} characters. Usually a "
        "quotation mark (\") that is never closed swallows the rest of the file; or this is not "
        "a table. Check the line, save the file and load it again.",
        "ru": "{file}, строка {row}: ячейка длиннее {detail} символов. Обычно так бывает, когда "
        "незакрытая кавычка (\") поглощает остаток файла, или это не таблица. Проверьте строку, "
        "сохраните файл и загрузите его снова.",
        "kk": "{file}, {row}-жол: ұяшық {detail} таңбадан ұзын. Әдетте жабылмаған тырнақша (\") "
        "файлдың қалған бөлігін жұтып қояды, не бұл кесте емес. Жолды тексеріп, файлды сақтап, "
        "қайта жүктеңіз.",
    },
    "html_as_table": {
        "en": "{file} is a web page (HTML) saved with a spreadsheet name, not a real workbook or "
        "CSV file. Open it in Excel and save it as an Excel workbook (.xlsx), then load that.",
        "ru": "{file} — веб-страница (HTML), сохранённая под именем таблицы, а не настоящая книга "
        "Excel или CSV-файл. Откройте её в Excel и сохраните как книгу Excel (.xlsx), затем "
        "загрузите её.",
        "kk": "{file} — кесте атымен сақталған веб-бет (HTML), нағыз Excel кітабы не CSV файлы "
        "емес. Оны Excel-де ашып, Excel кітабы (.xlsx) ретінде сақтаңыз, содан кейін соны "
        "жүктеңіз.",
    },
    "not_a_table_file": {
        "en": "{file} is not a table the planner can read: it holds {detail}. Open it in the "
        "program it belongs to and save the table as an Excel workbook (.xlsx) or a CSV file.",
        "ru": "{file} — не таблица, которую может прочитать программа: в нём {detail}. Откройте "
        "его в соответствующей программе и сохраните таблицу как книгу Excel (.xlsx) или "
        "CSV-файл.",
        "kk": "{file} — бағдарлама оқи алатын кесте емес: ішінде {detail}. Оны тиісті "
        "бағдарламада ашып, кестені Excel кітабы (.xlsx) немесе CSV файлы ретінде сақтаңыз.",
    },
    "sheet_too_large": {
        "en": "{file}, sheet “{sheet}”: values reach row {row}, column {column}, beyond what the "
        "planner reads: at most {detail} (rows × columns; cells in all). Keep only the table on the sheet — stray "
        "cells far below or to the right count too (Ctrl+End shows the last one) — or split it.",
        "ru": "{file}, лист «{sheet}»: значения доходят до строки {row}, столбца {column} — "
        "больше, чем читает программа: не более {detail} (строк × столбцов; ячеек всего). "
        "Оставьте на листе только "
        "таблицу — случайные ячейки далеко внизу или справа тоже считаются (Ctrl+End покажет "
        "последнюю), — или разделите её.",
        "kk": "{file}, «{sheet}» парағы: мәндер {row}-жолға, {column} бағанына дейін жетеді — "
        "бұл бағдарлама оқитыннан көп: ең көбі {detail} (жол × баған; барлық ұяшық). Парақта тек кестені қалдырыңыз — "
        "төменде не оң жақта алыста тұрған кездейсоқ ұяшықтар да есептеледі (Ctrl+End соңғысын "
        "көрсетеді) — немесе кестені бөліңіз.",
    },
    "too_many_merged_cells": {
        "en": "{file}, sheet “{sheet}”: too many merged areas ({detail}). Unmerge the cells "
        "(Home → Merge & Center → Unmerge Cells), save the file and load it again.",
        "ru": "{file}, лист «{sheet}»: слишком много объединённых диапазонов ({detail}). Отмените "
        "объединение ячеек (Главная → Объединить и поместить в центре → Отменить объединение "
        "ячеек), сохраните файл и загрузите его снова.",
        "kk": "{file}, «{sheet}» парағы: біріктірілген аймақтар тым көп ({detail}). Ұяшықтарды "
        "біріктіруден босатыңыз (Басты бет → Біріктіру және ортаға орналастыру → Ұяшықтарды "
        "біріктіруді болдырмау), файлды сақтап, қайта жүктеңіз.",
    },
    "read_too_slow": {
        "en": "{file}: reading stopped after {detail} seconds; the file is too complex to read in "
        "reasonable time. Keep only the needed sheet and table in a copy of the file and load "
        "that.",
        "ru": "{file}: чтение остановлено через {detail} с — файл слишком сложен, чтобы прочитать "
        "его за разумное время. Оставьте в копии файла только нужный лист и таблицу и загрузите "
        "её.",
        "kk": "{file}: оқу {detail} секундтан кейін тоқтатылды — файл қисынды уақытта оқу үшін "
        "тым күрделі. Файлдың көшірмесінде тек қажетті парақ пен кестені қалдырып, соны "
        "жүктеңіз.",
    },
    "disk_full": {
        "en": "Cannot write {file}: the disk is full. Free some space or save to another drive. "
        "The file as it was before is unchanged.",
        "ru": "Не удаётся записать {file}: диск заполнен. Освободите место или сохраните на "
        "другой диск. Прежняя версия файла не изменена.",
        "kk": "{file} жазылмады: диск толы. Орын босатыңыз немесе басқа дискіге сақтаңыз. "
        "Файлдың бұрынғы нұсқасы өзгерген жоқ.",
    },
    "write_denied": {
        "en": "Cannot write {file}: the folder is read-only or you have no permission to write "
        "there ({detail}). Save to another folder, for example Documents.",
        "ru": "Не удаётся записать {file}: папка только для чтения или у вас нет права записи в "
        "неё ({detail}). Сохраните в другую папку, например в «Документы».",
        "kk": "{file} жазылмады: қалта тек оқуға арналған немесе онда жазуға рұқсатыңыз жоқ "
        "({detail}). Басқа қалтаға, мысалы «Құжаттар» қалтасына сақтаңыз.",
    },
    "folder_missing": {
        "en": "Cannot write {file}: the folder {detail} does not exist (a USB stick or network "
        "drive that was removed?). Choose another folder.",
        "ru": "Не удаётся записать {file}: папки {detail} не существует (извлечена флешка или "
        "отключён сетевой диск?). Выберите другую папку.",
        "kk": "{file} жазылмады: {detail} қалтасы жоқ (флешка алынып тасталды ма, әлде желілік "
        "диск ажыратылды ма?). Басқа қалтаны таңдаңыз.",
    },
    "path_is_folder": {
        "en": "{file} is a folder, not a file. Choose a file, or type a file name after the "
        "folder.",
        "ru": "{file} — это папка, а не файл. Выберите файл или допишите имя файла после папки.",
        "kk": "{file} — файл емес, қалта. Файлды таңдаңыз немесе қалтадан кейін файл атын "
        "жазыңыз.",
    },
    "read_denied": {
        "en": "Cannot open {file}: you have no permission to read it ({detail}). Copy it to your "
        "own folder, or ask the person who shared it for access.",
        "ru": "Не удаётся открыть {file}: нет права на чтение ({detail}). Скопируйте файл в свою "
        "папку или попросите права на чтение у того, кто им поделился.",
        "kk": "{file} ашылмады: оны оқуға рұқсатыңыз жоқ ({detail}). Файлды өз қалтаңызға "
        "көшіріңіз немесе оны бөліскен адамнан рұқсат сұраңыз.",
    },
    "write_failed": {
        "en": "Cannot write {file}: the system reported “{detail}”. Save under another name or "
        "in another folder. The file as it was before is unchanged.",
        "ru": "Не удаётся записать {file}: система сообщила «{detail}». Сохраните под другим "
        "именем или в другую папку. Прежняя версия файла не изменена.",
        "kk": "{file} жазылмады: жүйе «{detail}» деп хабарлады. Басқа атпен немесе басқа қалтаға "
        "сақтаңыз. Файлдың бұрынғы нұсқасы өзгерген жоқ.",
    },
    "os_error": {
        "en": "{file}: the system refused the operation (“{detail}”). Check that the drive is "
        "connected and the file is not open elsewhere, then try again.",
        "ru": "{file}: система отказала в операции («{detail}»). Проверьте, что диск подключён и "
        "файл не открыт в другой программе, и попробуйте снова.",
        "kk": "{file}: жүйе әрекетті орындамады («{detail}»). Диск қосулы екенін және файл басқа "
        "бағдарламада ашық емес екенін тексеріп, қайталап көріңіз.",
    },
    "unexpected_error": {
        "en": "KZ Planner stopped on an unexpected error ({detail}). The details are in the log: "
        "{file}. Please send that file to support.",
        "ru": "KZ Planner остановился из-за непредвиденной ошибки ({detail}). Подробности — в "
        "журнале: {file}. Пожалуйста, отправьте этот файл в поддержку.",
        "kk": "KZ Planner күтпеген қатеге байланысты тоқтады ({detail}). Толығырақ журналда: "
        "{file}. Осы файлды қолдау қызметіне жіберіңіз.",
    },
})

# What a failed write raised, as one of the codes above: a GUI offers "save under another
# name" for each of them (not only for a file open in Excel).
WRITE_FAILURES = frozenset({"file_locked", "disk_full", "write_denied", "folder_missing",
                            "path_is_folder", "write_failed"})
_SHARING_VIOLATION = (32, 33)  # Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def from_os_error(exc: OSError, file: str | None = None, action: str | None = None) -> KZError:
    """The KZError an OSError means for the planner: disk full, read-only or forbidden folder,
    missing folder, a folder where a file was expected, a file locked by another program.
    `action` is 'write', 'read' or None (not known: the crash dialog); `file` defaults to the
    error's own file name."""
    import errno
    import os

    name = file or exc.filename or "?"
    name = os.fsdecode(name) if isinstance(name, bytes) else str(name)
    detail = exc.strerror or type(exc).__name__
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or "No space left" in str(exc):
        return KZError("disk_full", file=name, detail=detail)
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return KZError("path_is_folder", file=name, detail=detail)
    if winerror in _SHARING_VIOLATION:
        return KZError("file_locked", file=name, detail=detail)
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        if action == "write":
            folder = os.path.dirname(name) or "."
            return KZError("folder_missing", file=name, detail=folder)
        return KZError("file_not_found", file=name, detail=detail)
    if isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        if action == "read":
            return KZError("file_not_found", file=name, detail=detail)
        return KZError("folder_missing", file=name, detail=os.path.dirname(name) or name)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        if action == "read":
            return KZError("read_denied", file=name, detail=detail)
        return KZError("write_denied", file=name, detail=detail)
    if action == "write":
        return KZError("write_failed", file=name, detail=detail)
    if action == "read":
        return KZError("file_unreadable", file=name, detail=detail)
    return KZError("os_error", file=name, detail=detail)

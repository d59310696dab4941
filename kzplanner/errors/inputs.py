"""Messages (en / ru / kk) of reading the planner's files: boundaries, statistics tables,
registers, mappings, templates, parameters; and of the data they give (matching, totals, years)."""

from __future__ import annotations

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

"""Messages (en / ru / kk) of hostile or damaged input (implausible numbers, damaged CSV, files
named for another format, limits of what a reader takes on) and of what the operating system
refused (errors.from_os_error)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}

# ---- issue 22: implausible numbers, damaged CSV, files named for another format, limits of
# what a reader takes on, and what the operating system refused (core.io.read.safety, .values,
# core.io.write.atomic; errors.from_os_error) ----
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
    # Windows file rules (core.io.winpath.check_save_path), refused before anything is written
    "path_reserved_name": {
        "en": "Cannot save as {file}: Windows reserves the name “{detail}” for a device, with any "
        "extension. Choose another name, for example “{detail}-plan”. Nothing was written.",
        "ru": "Нельзя сохранить как {file}: имя «{detail}» Windows резервирует для устройства "
        "(с любым расширением). Выберите другое имя, например «{detail}-plan». Ничего не "
        "записано.",
        "kk": "{file} ретінде сақтау мүмкін емес: «{detail}» атауын Windows құрылғыға арнап "
        "қояды (кез келген кеңейтіммен). Басқа атау таңдаңыз, мысалы «{detail}-plan». "
        "Ештеңе жазылған жоқ.",
    },
    "path_bad_ending": {
        "en": "Cannot save as {file}: the name “{detail}” ends with a dot or a space, which "
        "Windows removes, so the file could not be opened again. Remove the dot or space at the "
        "end. Nothing was written.",
        "ru": "Нельзя сохранить как {file}: имя «{detail}» оканчивается точкой или пробелом — "
        "Windows их отбрасывает, и файл потом не открыть. Уберите точку или пробел в конце. "
        "Ничего не записано.",
        "kk": "{file} ретінде сақтау мүмкін емес: «{detail}» атауы нүктемен немесе бос орынмен "
        "аяқталады — Windows оларды алып тастайды, сондықтан файлды қайта ашу мүмкін болмайды. "
        "Соңындағы нүктені немесе бос орынды алып тастаңыз. Ештеңе жазылған жоқ.",
    },
    "path_bad_char": {
        "en": "Cannot save as {file}: Windows does not allow these characters in a file name: "
        "{detail}. Remove them from the name. Nothing was written.",
        "ru": "Нельзя сохранить как {file}: Windows не допускает в имени файла символы {detail}. "
        "Уберите их из имени. Ничего не записано.",
        "kk": "{file} ретінде сақтау мүмкін емес: Windows файл атауында мына таңбаларға рұқсат "
        "бермейді: {detail}. Оларды атаудан алып тастаңыз. Ештеңе жазылған жоқ.",
    },
    "path_too_long": {
        "en": "Cannot save as {file}: the path is {detail} characters long; Windows opens at "
        "most {column} here (with the temporary file written beside it). Choose a shorter name "
        "or a folder nearer the drive, for example D:\\Жоспар. Nothing was written.",
        "ru": "Нельзя сохранить как {file}: путь длиной {detail} символов, а Windows открывает "
        "здесь не больше {column} (с учётом временного файла рядом). Выберите имя короче или "
        "папку ближе к корню диска, например D:\\Жоспар. Ничего не записано.",
        "kk": "{file} ретінде сақтау мүмкін емес: жолдың ұзындығы {detail} таңба, ал Windows "
        "мұнда {column} таңбадан артық ашпайды (қасындағы уақытша файлды қоса). Қысқарақ атау "
        "немесе дискінің түбіріне жақын қалтаны таңдаңыз, мысалы D:\\Жоспар. Ештеңе жазылған "
        "жоқ.",
    },
    "file_locked_read": {
        "en": "Cannot open {file}: another program (Excel?) holds it locked. Close it there and "
        "try again. Nothing was changed.",
        "ru": "Не удаётся открыть {file}: файл заблокирован другой программой (Excel?). Закройте "
        "его там и попробуйте снова. Ничего не изменено.",
        "kk": "{file} ашылмады: файлды басқа бағдарлама (Excel?) бұғаттап тұр. Оны сонда жауып, "
        "қайталап көріңіз. Ештеңе өзгерген жоқ.",
    },
})

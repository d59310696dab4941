"""Messages (en / ru / kk) of reading and placing a settlement layer (issue #17)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "settlements_format": {
        "en": "{file}: a settlement layer is read from GeoJSON, GeoPackage, a shapefile (or a "
        "zip of one), or a list in Excel or CSV with latitude and longitude columns; "
        "“{detail}” is none of these. Save the layer in one of these formats.",
        "ru": "{file}: слой населённых пунктов читается из GeoJSON, GeoPackage, шейп-файла (или "
        "zip-архива с ним) либо из списка Excel или CSV со столбцами широты и долготы; "
        "«{detail}» — ни то, ни другое. Сохраните слой в одном из этих форматов.",
        "kk": "{file}: елді мекендер қабаты GeoJSON, GeoPackage, шейп-файлдан (немесе оның "
        "zip-мұрағатынан) не ендік пен бойлық бағандары бар Excel немесе CSV тізімінен "
        "оқылады; «{detail}» бұлардың ешқайсысы емес. Қабатты осы пішімдердің бірінде сақтаңыз.",
    },
    "settlements_swapped": {
        "en": "{file}: most settlements lie outside Kazakhstan, but would lie inside it with "
        "latitude and longitude swapped. Check which column is latitude (north, about 40–56) "
        "and which is longitude (east, about 46–88), rename them and load the layer again. "
        "Nothing was loaded.",
        "ru": "{file}: большинство населённых пунктов лежит вне Казахстана, но оказалось бы "
        "внутри, если поменять местами широту и долготу. Проверьте, какой столбец — широта "
        "(северная, примерно 40–56), а какой — долгота (восточная, примерно 46–88), "
        "переименуйте их и загрузите слой снова. Ничего не загружено.",
        "kk": "{file}: елді мекендердің көбі Қазақстаннан тыс жатыр, бірақ ендік пен бойлықтың "
        "орнын ауыстырса, ішінде болар еді. Қай баған ендік (солтүстік, шамамен 40–56), қайсысы "
        "бойлық (шығыс, шамамен 46–88) екенін тексеріп, атын түзетіңіз де, қабатты қайта "
        "жүктеңіз. Ештеңе жүктелген жоқ.",
    },
    "settlements_outside_kazakhstan": {
        "en": "{file}: the settlements' coordinates lie between {detail} (longitude, "
        "latitude), mostly outside Kazakhstan (about 46–88° E, 40–56° N). The coordinate "
        "system is probably missing or wrong (metres, such as Web Mercator or UTM, read as "
        "degrees): save the layer in WGS 84 longitude and latitude (EPSG:4326), or put its "
        ".prj next to the shapefile. Nothing was loaded.",
        "ru": "{file}: координаты населённых пунктов лежат в пределах {detail} (долгота, "
        "широта), в основном вне Казахстана (примерно 46–88° в. д., 40–56° с. ш.). Вероятно, "
        "система координат не указана или неверна (метры, например Web Mercator или UTM, "
        "прочитаны как градусы): сохраните слой в долготе и широте WGS 84 (EPSG:4326) или "
        "положите рядом с шейп-файлом его .prj. Ничего не загружено.",
        "kk": "{file}: елді мекендердің координаталары {detail} (бойлық, ендік) аралығында, "
        "көбі Қазақстаннан тыс (шамамен 46–88° ш. б., 40–56° с. е.). Координаталар жүйесі "
        "көрсетілмеген немесе қате болуы мүмкін (метр, мысалы Web Mercator не UTM, градус "
        "ретінде оқылған): қабатты WGS 84 бойлық пен ендігінде (EPSG:4326) сақтаңыз немесе "
        "шейп-файлдың қасына оның .prj файлын қойыңыз. Ештеңе жүктелген жоқ.",
    },
    "settlements_outside_units": {
        "en": "{file}: {detail} settlements fall outside every unit of the loaded boundaries. "
        "Load settlements of the same area as the boundaries, or check the layer's coordinate "
        "system (WGS 84 longitude and latitude). Nothing was loaded.",
        "ru": "{file}: {detail} населённых пунктов не попадают ни в одну единицу загруженных "
        "границ. Загрузите населённые пункты той же территории, что и границы, или проверьте "
        "систему координат слоя (долгота и широта WGS 84). Ничего не загружено.",
        "kk": "{file}: {detail} елді мекен жүктелген шекаралардың ешбір бірлігіне түспейді. "
        "Шекаралармен бір аумақтың елді мекендерін жүктеңіз немесе қабаттың координаталар "
        "жүйесін (WGS 84 бойлық пен ендік) тексеріңіз. Ештеңе жүктелген жоқ.",
    },
    "bad_reach": {
        "en": "Reach “{detail}” is not understood. Write it as type=km pairs separated by "
        "commas, for example school=5,fap=15,psc=30 (types: school, fap, psc; km above 0).",
        "ru": "Радиус доступности «{detail}» не распознан. Запишите его парами тип=км через "
        "запятую, например school=5,fap=15,psc=30 (типы: school, fap, psc; км больше 0).",
        "kk": "Қолжетімділік радиусы «{detail}» танылмады. Оны үтірмен бөлінген тип=км жұптары "
        "түрінде жазыңыз, мысалы school=5,fap=15,psc=30 (түрлері: school, fap, psc; км 0-ден "
        "үлкен).",
    },
}

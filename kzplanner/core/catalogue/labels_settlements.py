"""Labels (en / ru / kk) of the settlement exports (issue #17): sheets, columns, flags."""

from __future__ import annotations

# The per-unit coverage indicators on the map: settle_<type>_uncovered / settle_<type>_covered
# (people in settlements without / with an institution of the type with access within reach)
INDICATOR_PREFIX = "settle_"
SIDES = ("uncovered", "covered")

SETTLEMENT_LABELS: dict[str, dict[str, str]] = {
    "sheet.villages_school": {"en": "No school in reach", "ru": "Без школы рядом",
                              "kk": "Мектепсіз ауылдар"},
    "sheet.villages_fap": {"en": "No FAP in reach", "ru": "Без ФАП рядом",
                           "kk": "ФАП-сыз ауылдар"},
    "sheet.villages_psc": {"en": "No PSC in reach", "ru": "Без ЦОН рядом",
                           "kk": "ХҚКО-сыз ауылдар"},
    "sheet.kit_villages": {"en": "Villages per kit", "ru": "Сёла по комплектам",
                           "kk": "Жинақ бойынша ауылдар"},
    "sheet.coverage": {"en": "Coverage", "ru": "Охват", "kk": "Қамту"},
    "sheet.next_kits": {"en": "Next kit", "ru": "Следующий комплект", "kk": "Келесі жинақ"},
    "col.rank": {"en": "Rank", "ru": "Место", "kk": "Орны"},
    "col.institution": {"en": "Institution", "ru": "Учреждение", "kk": "Мекеме"},
    "col.newly_covered": {"en": "People newly covered", "ru": "Новый охват, чел.",
                          "kk": "Жаңа қамту, адам"},
    "col.settlements_reached": {"en": "Settlements newly covered",
                                "ru": "Впервые охваченных НП", "kk": "Жаңадан қамтылған ЕМ"},
    "col.kit_cost": {"en": "Kit cost, ₸", "ru": "Стоимость комплекта, ₸",
                     "kk": "Жинақ құны, ₸"},
    "col.in_plan": {"en": "Kit in this plan", "ru": "Комплект в этом плане",
                    "kk": "Жинақ осы жоспарда"},
    "next_kits.note": {
        "en": "Institutions without access, by the people a kit would newly cover per ₸ (each "
              "alone, next to the access before the plan: as the window's “Next kit” list).",
        "ru": "Учреждения без доступа по числу людей, которых комплект охватит впервые, на 1 ₸ "
              "(каждый отдельно, к доступу до плана — как список «Следующий комплект» в окне).",
        "kk": "Қолжетімсіз мекемелер: жинақ алғаш қамтитын адам саны 1 ₸-ге шаққанда (әрқайсысы "
              "жеке, жоспарға дейінгі қолжетімділікке — терезедегі «Келесі жинақ» тізіміндей)."},
    "col.settlement": {"en": "Settlement", "ru": "Населённый пункт", "kk": "Елді мекен"},
    "col.settlement_id": {"en": "Settlement ID", "ru": "Код НП", "kk": "ЕМ коды"},
    "col.place": {"en": "Kind", "ru": "Вид", "kk": "Түрі"},
    "col.population": {"en": "Population", "ru": "Население", "kk": "Халық"},
    "col.estimated": {"en": "Population estimated", "ru": "Население оценено",
                      "kk": "Халық бағаланған"},
    "col.nearest": {"en": "Nearest institution", "ru": "Ближайшее учреждение",
                    "kk": "Ең жақын мекеме"},
    "col.nearest_km": {"en": "Distance, km", "ru": "Расстояние, км", "kk": "Қашықтық, км"},
    "col.nearest_access": {"en": "Nearest has access", "ru": "У ближайшего есть доступ",
                           "kk": "Ең жақынының қолжетімділігі бар"},
    "col.kit": {"en": "Kit (institution)", "ru": "Комплект (учреждение)",
                "kk": "Жинақ (мекеме)"},
    "col.credited": {"en": "Counted in the kit's value", "ru": "Учтено в ценности комплекта",
                     "kk": "Жинақ құнына есептелді"},
    "col.reach_km": {"en": "Reach, km", "ru": "Радиус, км", "kk": "Радиус, км"},
    "col.covered_pop": {"en": "Covered population", "ru": "Охваченное население",
                        "kk": "Қамтылған халық"},
    "col.not_covered_pop": {"en": "Population not covered", "ru": "Неохваченное население",
                            "kk": "Қамтылмаған халық"},
    "col.covered_after": {"en": "Covered after the plan", "ru": "Охват после плана",
                          "kk": "Жоспардан кейінгі қамту"},
    "col.settlements_placed": {"en": "Settlements placed", "ru": "Размещено НП",
                               "kk": "Орналастырылған ЕМ"},
    "col.settlements_estimated": {"en": "Of which population estimated",
                                  "ru": "Из них с оценкой населения",
                                  "kk": "Оның ішінде халқы бағаланған"},
    "col.settlements_outside": {"en": "Outside every unit (not used)",
                                "ru": "Вне всех единиц (не учтены)",
                                "kk": "Барлық бірліктен тыс (есепке алынбады)"},
    "est.flag": {"en": "estimate", "ru": "оценка", "kk": "бағалау"},
    "served_basis.register": {"en": "register", "ru": "реестр", "kk": "тізілім"},
    "served_basis.estimate": {"en": "estimate (population ÷ institutions)",
                              "ru": "оценка (население ÷ учреждения)",
                              "kk": "бағалау (халық ÷ мекемелер)"},
    "served_basis.settlements": {"en": "settlements nearest to it",
                                 "ru": "ближайшие к нему населённые пункты",
                                 "kk": "оған ең жақын елді мекендер"},
    "served_basis.newly_covered": {"en": "population it newly covers",
                                   "ru": "население, впервые охваченное им",
                                   "kk": "ол жаңадан қамтитын халық"},
    "col.value_basis": {"en": "People counted from", "ru": "Источник числа людей",
                        "kk": "Адам саны көзі"},
    "place.city": {"en": "city", "ru": "город", "kk": "қала"},
    "place.town": {"en": "town", "ru": "посёлок", "kk": "кент"},
    "place.village": {"en": "village", "ru": "село", "kk": "ауыл"},
    "place.hamlet": {"en": "hamlet", "ru": "зимовка", "kk": "қыстақ"},
    "place.isolated_dwelling": {"en": "isolated dwelling", "ru": "отдельное жилище",
                                "kk": "жеке қоныс"},
    "villages.printed": {
        "en": "Printed: the first {n} of {total} rows; the whole list is in this sheet",
        "ru": "Печать: первые {n} из {total} строк; весь список — на этом листе",
        "kk": "Басылады: {total} жолдың алғашқы {n}; толық тізім осы парақта"},
    "villages.note": {
        "en": "Straight-line reach; an estimated population is the district's population not "
              "accounted for by known ones, shared by kind of place (flagged “estimate”).",
        "ru": "Радиус по прямой; оценка населения — часть населения района, не учтённая "
              "известными данными, распределённая по виду населённого пункта (помечено "
              "«оценка»).",
        "kk": "Радиус түзу сызықпен; бағаланған халық — ауданның белгілі деректерде "
              "есептелмеген халқы, елді мекен түріне қарай бөлінген («бағалау» деп белгіленген)."},
}

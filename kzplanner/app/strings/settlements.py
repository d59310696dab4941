"""UI strings of the settlements: the map layer, its card and legend, the villages-without-access
dock, the next-kit ranking and the per-unit coverage indicators (issue 17)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "set.act_load": {"en": "Load &settlements…", "ru": "Загрузить &населённые пункты…",
                     "kk": "Елді &мекендерді жүктеу…"},
    "set.act_sample": {"en": "Sample settlements (illustrative)",
                       "ru": "Населённые пункты примера (условные)",
                       "kk": "Мысалдың елді мекендері (шартты)"},
    "set.dlg_title": {"en": "Load settlements", "ru": "Загрузка населённых пунктов",
                      "kk": "Елді мекендерді жүктеу"},
    "set.dlg_filter": {
        "en": "Settlements (*.gpkg *.geojson *.json *.shp *.xlsx *.xls *.csv);;All files (*)",
        "ru": "Населённые пункты (*.gpkg *.geojson *.json *.shp *.xlsx *.xls *.csv);;Все файлы (*)",
        "kk": "Елді мекендер (*.gpkg *.geojson *.json *.shp *.xlsx *.xls *.csv);;Барлық файлдар (*)"},
    "set.status_loading": {"en": "Placing settlements…", "ru": "Размещение населённых пунктов…",
                           "kk": "Елді мекендер орналастырылуда…"},
    "set.loaded": {
        "en": "{placed} settlements placed ({estimated} with an estimated population, "
              "{outside} outside the units)",
        "ru": "Размещено населённых пунктов: {placed} (с оценкой населения: {estimated}, "
              "вне единиц: {outside})",
        "kk": "Орналастырылған елді мекендер: {placed} (халқы бағаланған: {estimated}, "
              "бірліктерден тыс: {outside})"},
    "set.show": {"en": "Settlements", "ru": "Нас. пункты", "kk": "Елді мекендер"},
    "set.show_tip": {
        "en": "Settlements coloured by whether a connected institution of the chosen type lies "
              "within reach, sized by population",
        "ru": "Населённые пункты: цвет — есть ли в радиусе подключённое учреждение выбранного "
              "типа, размер — население",
        "kk": "Елді мекендер: түсі — таңдалған түрдегі қосылған мекеме қашықтық шегінде бар ма, "
              "өлшемі — халық саны"},
    # the dock
    "set.dock": {"en": "Villages without access", "ru": "Сёла без доступа",
                 "kk": "Қолжетімсіз ауылдар"},
    "set.tab_villages": {"en": "Without access", "ru": "Без доступа", "kk": "Қолжетімсіз"},
    "set.tab_next": {"en": "Next kit", "ru": "Следующий комплект", "kk": "Келесі жинақ"},
    "set.kind": {"en": "Institution", "ru": "Учреждение", "kk": "Мекеме"},
    "set.reach": {"en": "Reach, km", "ru": "Радиус, км", "kk": "Радиус, км"},
    "set.reach_tip": {
        "en": "A settlement is covered when an institution of this type with access lies within "
              "this straight-line distance",
        "ru": "Населённый пункт охвачен, если учреждение этого типа с доступом находится не "
              "дальше этого расстояния по прямой",
        "kk": "Осы түрдегі қолжетімді мекеме түзу сызық бойынша осы қашықтықтан алыс "
              "болмаса, елді мекен қамтылған"},
    "set.weights": {"en": "Place weights…", "ru": "Веса типов…", "kk": "Түр салмақтары…"},
    "set.weights_title": {"en": "Weights of place types", "ru": "Веса типов населённых пунктов",
                          "kk": "Елді мекен түрлерінің салмақтары"},
    "set.weights_note": {
        "en": "A district's population not accounted for by settlements with a known population "
              "is shared across the others in proportion to these weights.",
        "ru": "Население района, не учтённое в пунктах с известной численностью, делится между "
              "остальными пропорционально этим весам.",
        "kk": "Халық саны белгілі елді мекендерде есептелмеген аудан халқы қалғандарына осы "
              "салмақтарға сай бөлінеді."},
    "set.place.city": {"en": "City", "ru": "Город", "kk": "Қала"},
    "set.place.town": {"en": "Town", "ru": "Малый город, посёлок", "kk": "Шағын қала, кент"},
    "set.place.village": {"en": "Village", "ru": "Село", "kk": "Ауыл"},
    "set.place.hamlet": {"en": "Hamlet", "ru": "Малое село", "kk": "Шағын ауыл"},
    "set.place.isolated_dwelling": {"en": "Isolated dwelling", "ru": "Отдельный двор, зимовка",
                                    "kk": "Жеке қоныс, қыстау"},
    "set.project_moved": {
        "en": "The settlement layer is read from its file, not kept in the project: until the "
        "file is back beside the project or loaded again (File → Load settlements…), the map "
        "shows no settlements. Its reach and place weights are kept.",
        "ru": "Слой населённых пунктов читается из своего файла и не хранится в проекте: пока "
        "файл не будет рядом с проектом или не загружен снова (Файл → Загрузить населённые "
        "пункты…), на карте нет населённых пунктов. Радиусы и веса типов сохранены.",
        "kk": "Елді мекендер қабаты өз файлынан оқылады, жобада сақталмайды: файл жобаның "
        "қасына қайта қойылғанша немесе қайта жүктелгенше (Файл → Елді мекендерді жүктеу…) "
        "картада елді мекендер жоқ. Қашықтықтар мен түр салмақтары сақталды."},
    "set.project_unusable_title": {"en": "Settlement file not used",
                                   "ru": "Файл населённых пунктов не использован",
                                   "kk": "Елді мекендер файлы қолданылмады"},
    "set.project_unusable": {
        "en": "The project opened with all its data and plans, but its settlement file could "
        "not be used:\n{error}\nThe map shows no settlements until you load a settlement file "
        "again (File → Load settlements…); the reach and place weights are kept.",
        "ru": "Проект открыт со всеми данными и планами, но его файл населённых пунктов "
        "не удалось использовать:\n{error}\nНа карте нет населённых пунктов, пока вы не "
        "загрузите файл снова (Файл → Загрузить населённые пункты…); радиусы и веса типов "
        "сохранены.",
        "kk": "Жоба барлық деректерімен және жоспарларымен ашылды, бірақ оның елді мекендер "
        "файлын қолдану мүмкін болмады:\n{error}\nФайлды қайта жүктегенше (Файл → Елді "
        "мекендерді жүктеу…) картада елді мекендер жоқ; қашықтықтар мен түр салмақтары "
        "сақталды."},
    "cli.settlements_missing_file": {
        "en": "the settlement file {file} is not found",
        "ru": "файл населённых пунктов {file} не найден",
        "kk": "{file} елді мекендер файлы табылмады"},
    "cli.settlements_not_used": {
        "en": "{error}; the project's settlements are not used in this run (FAP and PSC kits are "
              "valued without them); its record stays in the project.",
        "ru": "{error}; населённые пункты проекта в этом запуске не используются (комплекты ФАП "
              "и ЦОН оцениваются без них); запись о них остаётся в проекте.",
        "kk": "{error}; жобаның елді мекендері бұл іске қосуда қолданылмайды (ФАП және ХҚКО "
              "жинақтары оларсыз бағаланады); олар туралы жазба жобада қалады."},
    "set.empty": {
        "en": "No settlements loaded: File → Load settlements…",
        "ru": "Населённые пункты не загружены: Файл → Загрузить населённые пункты…",
        "kk": "Елді мекендер жүктелмеген: Файл → Елді мекендерді жүктеу…"},
    "set.summary": {
        "en": "{n} settlements, {people} people without a connected {kind} within {km} km",
        "ru": "{n} нас. пунктов, {people} чел. без подключённого учреждения «{kind}» в {km} км",
        "kk": "{n} елді мекен, {people} адам: {km} км ішінде қосылған «{kind}» жоқ"},
    "set.col.name": {"en": "Settlement", "ru": "Населённый пункт", "kk": "Елді мекен"},
    "set.col.unit": {"en": "District", "ru": "Район", "kk": "Аудан"},
    "set.col.population": {"en": "Population", "ru": "Население", "kk": "Халқы"},
    "set.col.nearest": {"en": "Nearest", "ru": "Ближайшее", "kk": "Ең жақын"},
    "set.col.km": {"en": "km", "ru": "км", "kk": "км"},
    "set.col.access": {"en": "Its access", "ru": "Его доступ", "kk": "Қолжетімділігі"},
    "set.estimated": {"en": "estimated", "ru": "оценка", "kk": "бағалау"},
    "set.estimated_tip": {
        "en": "≈ the population is an estimate: the district's population not in settlements "
              "with a known population, shared by place type",
        "ru": "≈ население оценено: население района сверх известного, поделённое по типу "
              "пункта",
        "kk": "≈ халқы бағаланған: белгілі халықтан тыс аудан халқы елді мекен түріне қарай "
              "бөлінген"},
    "set.yes": {"en": "yes", "ru": "есть", "kk": "бар"},
    "set.no": {"en": "no", "ru": "нет", "kk": "жоқ"},
    "set.none": {"en": "none", "ru": "нет", "kk": "жоқ"},
    # the card
    "set.card.population": {"en": "Population", "ru": "Население", "kk": "Халқы"},
    "set.card.unit": {"en": "District", "ru": "Район", "kk": "Аудан"},
    "set.card.place": {"en": "Type", "ru": "Тип", "kk": "Түрі"},
    "set.card.nearest": {
        "en": "nearest: {name}, {km} km, access: {access}",
        "ru": "ближайшее: {name}, {km} км, доступ: {access}",
        "kk": "ең жақыны: {name}, {km} км, қолжетімділігі: {access}"},
    "set.card.covered": {"en": "covered", "ru": "охвачен", "kk": "қамтылған"},
    "set.card.uncovered": {"en": "not covered", "ru": "не охвачен", "kk": "қамтылмаған"},
    "set.card.newly": {"en": "covered by this plan", "ru": "охвачен этим планом",
                       "kk": "осы жоспармен қамтылады"},
    "set.card.illustrative": {"en": "illustrative sample", "ru": "условный пример",
                              "kk": "шартты мысал"},
    # the legend
    "set.legend.title": {
        "en": "Settlements: connected {kind} within {km} km",
        "ru": "Нас. пункты: подключённое учреждение «{kind}» в {km} км",
        "kk": "Елді мекендер: {km} км ішінде қосылған «{kind}»"},
    "set.legend.covered": {"en": "covered", "ru": "есть", "kk": "бар"},
    "set.legend.uncovered": {"en": "not covered", "ru": "нет", "kk": "жоқ"},
    # the after-the-plan and change views of a plan made with settlements
    "set.legend.before": {"en": "covered before the plan", "ru": "есть до плана",
                          "kk": "жоспарға дейін бар"},
    "set.legend.newly": {"en": "newly covered by this plan", "ru": "впервые охвачены этим планом",
                         "kk": "осы жоспармен жаңадан қамтылады"},
    "set.legend.still": {"en": "still not covered", "ru": "по-прежнему нет",
                         "kk": "әлі де жоқ"},
    # the villages list in the after-the-plan view
    "set.hide_planned": {"en": "Hide villages this plan covers",
                         "ru": "Скрыть сёла, охваченные планом",
                         "kk": "Жоспар қамтитын ауылдарды жасыру"},
    "set.hide_planned_tip": {
        "en": "The plan's kits bring a connected institution within reach of these villages: "
              "hide them to see what remains without access after the plan.",
        "ru": "Комплекты плана приближают подключённое учреждение к этим сёлам: скройте их, "
              "чтобы увидеть, что останется без доступа после плана.",
        "kk": "Жоспардың жинақтары бұл ауылдарға қосылған мекемені жақындатады: жоспардан "
              "кейін қолжетімсіз қалатынын көру үшін оларды жасырыңыз."},
    "set.col.by_plan": {"en": "By this plan", "ru": "Этим планом", "kk": "Осы жоспармен"},
    "set.summary_after": {
        "en": "After the plan: {n} settlements, {people} people remain without a connected "
              "{kind} within {km} km",
        "ru": "После плана: {n} нас. пунктов, {people} чел. остаются без подключённого "
              "учреждения «{kind}» в {km} км",
        "kk": "Жоспардан кейін: {n} елді мекен, {people} адам: {km} км ішінде қосылған «{kind}» "
              "әлі жоқ"},
    "set.legend.estimated": {"en": "ring: population estimated", "ru": "кольцо: население оценено",
                             "kk": "сақина: халқы бағаланған"},
    "set.legend.note": {"en": "Size: population; dots: no room at this zoom.",
                        "ru": "Размер — население; точки — нет места при этом масштабе.",
                        "kk": "Өлшемі — халық саны; нүктелер — бұл масштабта орын жоқ."},
    # the short type names (dock chooser, legend)
    "set.kind.school": {"en": "school", "ru": "школа", "kk": "мектеп"},
    "set.kind.fap": {"en": "FAP", "ru": "ФАП", "kk": "ФАП"},
    "set.kind.psc": {"en": "PSC", "ru": "ЦОН", "kk": "ХҚКО"},
    # the next-kit ranking
    "set.next.col.name": {"en": "Institution", "ru": "Учреждение", "kk": "Мекеме"},
    "set.next.col.type": {"en": "Type", "ru": "Тип", "kk": "Түрі"},
    "set.next.col.newly": {"en": "People newly covered", "ru": "Новый охват, чел.",
                           "kk": "Жаңа қамту, адам"},
    "set.next.col.cost": {"en": "Kit cost, ₸", "ru": "Стоимость, ₸", "kk": "Құны, ₸"},
    "set.next.col.per_million": {"en": "People per million ₸", "ru": "Чел. на 1 млн ₸",
                                 "kk": "1 млн ₸-ге адам"},
    "set.next.note": {
        "en": "Institutions without access, by the people a kit would newly cover per ₸.",
        "ru": "Учреждения без доступа по числу людей, которых комплект охватит впервые, на 1 ₸.",
        "kk": "Қолжетімсіз мекемелер: жинақ алғаш қамтитын адам саны 1 ₸-ге шаққанда."},
    "set.tab_kits": {"en": "Villages per kit", "ru": "Сёла по комплектам",
                     "kk": "Жинақтар бойынша ауылдар"},
    "set.kits_note": {
        "en": "The plan's FAP and PSC kits (and schools) with the settlements each newly covers; "
              "a settlement several kits reach counts to one of them (✓).",
        "ru": "Комплекты плана с населёнными пунктами, которые каждый охватывает впервые; пункт, "
              "который достают несколько комплектов, засчитан одному (✓).",
        "kk": "Жоспар жинақтары және әрқайсысы алғаш қамтитын елді мекендер; бірнеше жинақ "
              "жететін елді мекен біреуіне есептеледі (✓)."},
    "set.kit_villages": {"en": "Villages this kit covers", "ru": "Сёла, охватываемые комплектом",
                         "kk": "Жинақ қамтитын ауылдар"},
    "set.kit_villages_none": {"en": "Pick a kit in the table to see the villages it covers.",
                              "ru": "Выберите комплект в таблице, чтобы увидеть его сёла.",
                              "kk": "Жинақтың ауылдарын көру үшін кестеден таңдаңыз."},
    # per-unit indicators
    "set.ind.covered": {
        "en": "Population with a connected {kind} within reach",
        "ru": "Население с подключённым учреждением «{kind}» в радиусе",
        "kk": "Радиуста қосылған «{kind}» бар халық"},
    "set.ind.uncovered": {
        "en": "Population without a connected {kind} within reach",
        "ru": "Население без подключённого учреждения «{kind}» в радиусе",
        "kk": "Радиуста қосылған «{kind}» жоқ халық"},
}

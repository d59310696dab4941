"""kk/ru/en words of a plan's result: whether the equity weight moves a strategy's plan, what
the next million tenge buys; the measures a plan reports, each apart, the objective and its
exchange rate, the headline and the summary's measures table (issue 16)."""

from __future__ import annotations

# Whether the equity weight λ moves a strategy's plan (core.planning.capabilities), and what the
# next million tenge buys, measure by measure (core.planning.sweep.marginal_value).
STRATEGY_LABELS: dict[str, dict[str, str]] = {
    "equity_off.proportional": {
        "en": "Not used: proportional to need splits the money by need alone.",
        "ru": "Не действует: «пропорционально потребности» делит средства только по потребности.",
        "kk": "Қолданылмайды: «қажеттілікке пропорционал» қаражатты тек қажеттілік бойынша бөледі."},
    "equity_off.equal": {
        "en": "Not used: every unit gets the same money per eligible person.",
        "ru": "Не действует: каждая единица получает одинаково на имеющего право.",
        "kk": "Қолданылмайды: әр бірлік құқығы бар адамға бірдей қаражат алады."},
    "equity_off.worst_first": {
        "en": "Not used: worst first always lifts the largest gaps first.",
        "ru": "Не действует: «сначала худшие» всегда сокращает наибольшие разрывы первыми.",
        "kk": "Қолданылмайды: «алдымен ең нашарлар» әрқашан ең үлкен алшақтықтан бастайды."},
    "equity_not_used": {"en": "not used by this strategy", "ru": "не действует в этой стратегии",
                        "kk": "бұл стратегияда қолданылмайды"},
    "next_million": {"en": "The next 1 million ₸", "ru": "Следующий 1 млн ₸",
                     "kk": "Келесі 1 млн ₸"},
    "next_million.gained": {"en": "more", "ru": "больше", "kk": "артық"},
    "next_million.given_up": {"en": "fewer, traded for the gains above",
                              "ru": "меньше — в обмен на прирост выше",
                              "kk": "азырақ — жоғарыдағы өсім үшін айырбасталды"},
    "next_million.objective": {"en": "Objective, change", "ru": "Целевая функция, изменение",
                               "kk": "Мақсат функциясы, өзгерісі"},
}


# Issue 16: the measures a plan reports, each apart; the objective and its exchange rate; the
# assumptions sheet in words a planner reads; urban and rural institutions apart (seed 002).
MEASURE_LABELS: dict[str, dict[str, str]] = {
    "sheet.assumptions": {"en": "Assumptions", "ru": "Допущения", "kk": "Жорамалдар"},
    "headline": {"en": "What the plan buys", "ru": "Что покупает план",
                 "kk": "Жоспар не сатып алады"},
    "objective": {"en": "Objective", "ru": "Цель оптимизации", "kk": "Оңтайландыру мақсаты"},
    "objective.gap_index": {
        "en": "Largest reduction of the combined access-gap index, weighted by population",
        "ru": "Наибольшее снижение сводного индекса разрыва доступа, взвешенное по численности "
              "населения",
        "kk": "Қолжетімділік алшақтығының жиынтық индексін халық санына қарай өлшеп, барынша "
              "азайту"},
    "objective.envelopes": {
        "en": "Fixed budget shares per programme, each spent on its own measure",
        "ru": "Фиксированные доли бюджета по программам, каждая расходуется на свой показатель",
        "kk": "Бағдарламалар бойынша бюджеттің тұрақты үлестері, әрқайсысы өз көрсеткішіне "
              "жұмсалады"},
    "objective.rule": {"en": "The strategy's rule (nothing is maximised)",
                       "ru": "Правило стратегии (ничего не максимизируется)",
                       "kk": "Стратегия ережесі (ештеңе барынша арттырылмайды)"},
    "exchange_rate": {"en": "Exchange rate (weights of the combined index)",
                      "ru": "Обменный курс (веса сводного индекса)",
                      "kk": "Айырбас бағамы (жиынтық индекс салмақтары)"},
    "package.connectivity": {"en": "connection", "ru": "подключение", "kk": "байланыс"},
    "package.connectivity_equipment": {"en": "connection, equipment and licences",
                                       "ru": "подключение, оборудование и лицензии",
                                       "kk": "байланыс, жабдық және лицензиялар"},
    "package.equipment": {"en": "equipment and licences", "ru": "оборудование и лицензии",
                          "kk": "жабдық және лицензиялар"},
    "col.package": {"en": "What the kit supplies", "ru": "Что даёт комплект",
                    "kk": "Жинақ не береді"},
    "exchange_rate.value": {"en": "institutional {wi} · device {wd} · internet {wn}",
                            "ru": "институциональный {wi} · устройства {wd} · интернет {wn}",
                            "kk": "институционалдық {wi} · құрылғы {wd} · интернет {wn}"},
    "envelope_shares": {"en": "Budget shares per programme", "ru": "Доли бюджета по программам",
                        "kk": "Бағдарламалар бойынша бюджет үлестері"},
    "gap_reduction_mean_points": {
        "en": "Reduction of the combined index, units weighted by population (points)",
        "ru": "Снижение сводного индекса, единицы взвешены по населению (пункты)",
        "kk": "Жиынтық индекстің төмендеуі, бірліктер халық санымен өлшенген (ұпай)"},
    # the measures, each with its own unit and cost per unit
    "measure.device": {"en": "People newly with a device",
                       "ru": "Впервые получат устройство, чел.",
                       "kk": "Құрылғыны алғаш алатындар, адам"},
    "measure.internet.households": {"en": "Households newly with home internet",
                                    "ru": "Впервые получат домашний интернет, домохозяйств",
                                    "kk": "Үй интернетін алғаш алатын үй шаруашылықтары"},
    "measure.internet.people": {"en": "People newly with home internet",
                                "ru": "Впервые получат домашний интернет, чел.",
                                "kk": "Үй интернетін алғаш алатындар, адам"},
    "measure.internet.mixed": {
        "en": "Newly with home internet (households; people where households are unknown)",
        "ru": "Впервые получат домашний интернет (домохозяйства; люди, где домохозяйства "
              "неизвестны)",
        "kk": "Үй интернетін алғаш алатындар (үй шаруашылықтары; олар белгісіз жерде — адамдар)"},
    "measure.institutions": {"en": "Institutions newly with access",
                             "ru": "Учреждения, впервые получившие доступ",
                             "kk": "Қолжетімділікті алғаш алған мекемелер"},
    "measure.school": {"en": "Schools newly with access", "ru": "Школы, впервые получившие доступ",
                       "kk": "Қолжетімділікті алғаш алған мектептер"},
    "measure.fap": {"en": "FAPs newly with access", "ru": "ФАПы, впервые получившие доступ",
                    "kk": "Қолжетімділікті алғаш алған ФАП-тар"},
    "measure.psc": {"en": "PSCs newly with access", "ru": "ЦОНы, впервые получившие доступ",
                    "kk": "Қолжетімділікті алғаш алған ХҚКО-лар"},
    "served.students": {"en": "students", "ru": "учащиеся", "kk": "оқушылар"},
    "served.catchment": {"en": "catchment population", "ru": "жители зоны обслуживания",
                         "kk": "қызмет көрсету аймағының тұрғындары"},
    "served.service_population": {"en": "service population", "ru": "обслуживаемое население",
                                  "kk": "қызмет алатын тұрғындар"},
    "unit.people": {"en": "people", "ru": "чел.", "kk": "адам"},
    "unit.households": {"en": "households", "ru": "домохозяйств", "kk": "үй шаруашылығы"},
    "unit.mixed": {"en": "households / people", "ru": "домохозяйств / чел.",
                   "kk": "үй шаруашылығы / адам"},
    "unit.institutions": {"en": "institutions", "ru": "учреждений", "kk": "мекеме"},
    "unit.school": {"en": "schools", "ru": "школ", "kk": "мектеп"},
    "unit.fap": {"en": "FAPs", "ru": "ФАПов", "kk": "ФАП"},
    "unit.psc": {"en": "PSCs", "ru": "ЦОНов", "kk": "ХҚКО"},
    "per.device": {"en": "₸ per person newly with a device",
                   "ru": "₸ на человека, впервые получившего устройство",
                   "kk": "Құрылғыны алғаш алған бір адамға ₸"},
    "per.internet.households": {"en": "₸ per household newly with home internet",
                                "ru": "₸ на домохозяйство, впервые получившее домашний интернет",
                                "kk": "Үй интернетін алғаш алған бір үй шаруашылығына ₸"},
    "per.internet.people": {"en": "₸ per person newly with home internet",
                            "ru": "₸ на человека, впервые получившего домашний интернет",
                            "kk": "Үй интернетін алғаш алған бір адамға ₸"},
    "per.institution": {"en": "₸ per institution connected", "ru": "₸ на подключённое учреждение",
                        "kk": "Қосылған бір мекемеге ₸"},
    # the headline: each measure apart
    "type_short.school": {"en": "schools", "ru": "школы", "kk": "мектептер"},
    "type_short.fap": {"en": "FAPs", "ru": "ФАПы", "kk": "ФАП-тар"},
    "type_short.psc": {"en": "PSCs", "ru": "ЦОНы", "kk": "ХҚКО-лар"},
    "hl.institutions": {"en": "{n} institutions connected", "ru": "Подключено учреждений: {n}",
                        "kk": "Қосылған мекемелер: {n}"},
    "hl.institutions.gain": {"en": " ({types}), serving {people} people",
                             "ru": " ({types}), обслуживают {people} чел.",
                             "kk": " ({types}), {people} адамға қызмет көрсетеді"},
    # two or more types connected: their people served are added, and a person served by a
    # school and by a FAP is in both (docs/model.md), so the sum says so where it is shown
    "hl.institutions.gain.summed": {
        "en": " ({types}), serving {people} people counted at each type",
        "ru": " ({types}), обслуживают {people} чел. (учтены в каждом типе)",
        "kk": " ({types}), {people} адамға қызмет көрсетеді (әр түрде саналған)"},
    "served.summed": {"en": "people served, summed over types",
                      "ru": "обслуживаемые, сумма по типам",
                      "kk": "қызмет көрсетілетіндер, түрлер бойынша қосынды"},
    "hl.device": {"en": "{n} device vouchers", "ru": "ваучеров на устройства: {n}",
                  "kk": "құрылғыға ваучерлер: {n}"},
    "hl.device.gain": {"en": " ({people} people newly with a device)",
                       "ru": " (впервые получат устройство: {people} чел.)",
                       "kk": " (құрылғыны алғаш алатындар: {people} адам)"},
    "hl.internet": {"en": "{n} internet vouchers", "ru": "ваучеров на интернет: {n}",
                    "kk": "интернетке ваучерлер: {n}"},
    "hl.internet.gain.households": {
        "en": " ({people} households newly with home internet)",
        "ru": " (впервые получат домашний интернет: {people} домохозяйств)",
        "kk": " (үй интернетін алғаш алатын үй шаруашылықтары: {people})"},
    "hl.internet.gain.people": {"en": " ({people} people newly with home internet)",
                                "ru": " (впервые получат домашний интернет: {people} чел.)",
                                "kk": " (үй интернетін алғаш алатындар: {people} адам)"},
    "hl.internet.gain.mixed": {
        "en": " ({households} households and {people} people newly with home internet)",
        "ru": " (впервые получат домашний интернет: {households} домохозяйств и {people} чел.)",
        "kk": " (үй интернетін алғаш алатындар: {households} үй шаруашылығы және {people} адам)"},
    # the summary's measures table
    "col.measure": {"en": "Measure", "ru": "Показатель", "kk": "Көрсеткіш"},
    "col.bought": {"en": "Bought (vouchers / kits)", "ru": "Куплено (ваучеры / комплекты)",
                   "kk": "Сатып алынды (ваучерлер / жинақтар)"},
    "col.newly": {"en": "Newly with access", "ru": "Впервые получили доступ",
                  "kk": "Қолжетімділікті алғаш алды"},
    "col.unit_of_measure": {"en": "Unit of measure", "ru": "Единица измерения",
                            "kk": "Өлшем бірлігі"},
    "col.kzt_per_unit": {"en": "₸ per unit of measure", "ru": "₸ за единицу показателя",
                         "kk": "Көрсеткіш бірлігіне ₸"},
    "col.served": {"en": "People they serve", "ru": "Обслуживаемое население",
                   "kk": "Олар қызмет көрсететін адамдар"},
    "col.served_as": {"en": "Who is served", "ru": "Кого обслуживают",
                      "kk": "Кімге қызмет көрсетеді"},
    "col.newly_device": {"en": "Newly with a device, people",
                         "ru": "Впервые получат устройство, чел.",
                         "kk": "Құрылғыны алғаш алатындар, адам"},
    "col.newly_internet.households": {"en": "Newly with home internet, households",
                                      "ru": "Впервые получат домашний интернет, домохозяйств",
                                      "kk": "Үй интернетін алғаш алатындар, үй шаруашылығы"},
    "col.newly_internet.people": {"en": "Newly with home internet, people",
                                  "ru": "Впервые получат домашний интернет, чел.",
                                  "kk": "Үй интернетін алғаш алатындар, адам"},
    "col.newly_internet.mixed": {
        "en": "Newly with home internet, households (people where households are unknown)",
        "ru": "Впервые получат домашний интернет, домохозяйств (чел., где домохозяйства "
              "неизвестны)",
        "kk": "Үй интернетін алғаш алатындар, үй шаруашылығы (олар белгісіз жерде — адам)"},
    "col.institutions_connected": {"en": "Institutions newly with access",
                                   "ru": "Учреждений впервые с доступом",
                                   "kk": "Қолжетімділікті алғаш алған мекемелер"},
    "col.people_served_by_kits": {"en": "People served by the institutions connected",
                                  "ru": "Обслуживают подключённые учреждения, чел.",
                                  "kk": "Қосылған мекемелер қызмет көрсететін адамдар"},
    # the same where the plan connects two or more types: its total (and a unit's figure)
    # adds the types' people, a person served by a school and a FAP counted at each
    "col.people_served_by_kits.summed": {
        "en": "People served by the institutions connected, counted at each type",
        "ru": "Обслуживают подключённые учреждения, чел. (учтены в каждом типе)",
        "kk": "Қосылған мекемелер қызмет көрсететін адамдар (әр түрде саналған)"},
    "measures_note": {
        "en": "Each measure is counted on its own and never added to another: a person with a "
              "new device, a household with new home internet and an institution newly with "
              "access are different things. The plan trades them only at the exchange rate "
              "above (the combined index's weights). The people institutions serve are "
              "added over the institutions: a person served by a school and by a FAP is counted "
              "at each.",
        "ru": "Каждый показатель считается отдельно и никогда не складывается с другим: человек с "
              "новым устройством, домохозяйство с новым домашним интернетом и учреждение, "
              "впервые получившее доступ, — разные вещи. План обменивает их только по курсу, "
              "указанному выше (веса сводного индекса). Люди, которых обслуживают "
              "учреждения, суммируются по учреждениям: человек, которого обслуживают и школа, и "
              "ФАП, учтён в каждом.",
        "kk": "Әр көрсеткіш бөлек есептеледі және басқасына ешқашан қосылмайды: жаңа құрылғысы "
              "бар адам, жаңа үй интернеті бар үй шаруашылығы және қолжетімділікті алғаш алған "
              "мекеме — әртүрлі нәрселер. Жоспар оларды тек жоғарыда көрсетілген бағам бойынша "
              "(жиынтық индекс салмақтары) алмастырады. Мекемелер қызмет көрсететін адамдар "
              "мекемелер бойынша қосылады: мектеп те, ФАП та қызмет көрсететін адам "
              "әрқайсысында саналады."},
}

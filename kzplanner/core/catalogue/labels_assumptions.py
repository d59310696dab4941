"""kk/ru/en words of the assumptions sheet and of urban and rural institutions apart (issue 16,
seed 002), and of the model: the envelopes strategy, what an institution without access lacks,
the target groups declared "of which" another."""

from __future__ import annotations

ASSUMPTION_LABELS: dict[str, dict[str, str]] = {
    # urban and rural institutions apart (the register's area_type); seed 002's indicator
    "area_block": {"en": "Urban and rural institutions (institution register)",
                   "ru": "Городские и сельские учреждения (реестр учреждений)",
                   "kk": "Қала және ауыл мекемелері (мекемелер тізілімі)"},
    "area_gap.urban": {"en": "Institutional access gap, urban institutions",
                       "ru": "Разрыв институционального доступа, городские учреждения",
                       "kk": "Институционалдық қолжетімділік алшақтығы, қала мекемелері"},
    "area_gap.rural": {"en": "Institutional access gap, rural institutions",
                       "ru": "Разрыв институционального доступа, сельские учреждения",
                       "kk": "Институционалдық қолжетімділік алшақтығы, ауыл мекемелері"},
    "area_school.urban": {"en": "Schools with access, urban", "ru": "Школы с доступом, город",
                          "kk": "Қолжетімді мектептер, қала"},
    "area_school.rural": {"en": "Schools with access, rural", "ru": "Школы с доступом, село",
                          "kk": "Қолжетімді мектептер, ауыл"},
    "col.reported": {"en": "Reported {year}", "ru": "Отчёт {year}", "kk": "{year} жылғы есеп"},
    "col.target": {"en": "Target {year}", "ru": "Цель {year}", "kk": "{year} жылғы мақсат"},
    "seed002_note": {
        "en": "Reported 2018 values and targets: schools with internet access in cities and in "
              "rural areas, from the Ministry of Education and Science's 2018 digitalization "
              "report as cited by seed 002 (G. Baishan, 2022, doi:10.52536/2415-8216.2022-3.04). "
              "The register counts a school as having access only at the benchmark speed and, "
              "where known, with equipment and licences, so it is stricter.",
        "ru": "Отчётные значения 2018 г. и цели: школы с доступом в интернет в городах и в "
              "сельской местности, по отчёту Министерства образования и науки о цифровизации за "
              "2018 г. в изложении seed 002 (Г. Байшань, 2022, doi:10.52536/2415-8216.2022-3.04). "
              "Реестр считает школу имеющей доступ только при нормативной скорости и, где это "
              "известно, при наличии оборудования и лицензий, поэтому он строже.",
        "kk": "2018 жылғы есептік мәндер мен мақсаттар: қалалардағы және ауылдық жерлердегі "
              "интернетке қолжетімді мектептер, Білім және ғылым министрлігінің 2018 жылғы "
              "цифрландыру туралы есебі бойынша, seed 002 келтіргендей (Г. Байшань, 2022, "
              "doi:10.52536/2415-8216.2022-3.04). Тізілім мектепті тек нормативтік жылдамдықта "
              "және белгілі болса, жабдығы мен лицензиялары болғанда ғана қолжетімді деп "
              "санайды, сондықтан ол қатаңырақ."},
    # the assumptions sheet, in words a planner reads
    "assume.title": {"en": "How the figures of this plan are computed",
                     "ru": "Как рассчитаны показатели этого плана",
                     "kk": "Осы жоспардың көрсеткіштері қалай есептелді"},
    "assume.measures": {
        "en": "Three measures are reported, each on its own: people newly with a device; "
              "households (or people) newly with home internet; institutions newly with access, "
              "with the people they serve. They are never added into one “people reached” "
              "figure: a device, a home connection and a connected school are different things, "
              "and the same person may gain in more than one.",
        "ru": "Показаны три показателя, каждый отдельно: люди, впервые получившие устройство; "
              "домохозяйства (или люди), впервые получившие домашний интернет; учреждения, "
              "впервые получившие доступ, с населением, которое они обслуживают. Они никогда не "
              "складываются в одно число «охваченных людей»: устройство, домашнее подключение и "
              "подключённая школа — разные вещи, и один человек может получить доступ по "
              "нескольким показателям.",
        "kk": "Үш көрсеткіш бөлек-бөлек көрсетіледі: құрылғыны алғаш алатын адамдар; үй "
              "интернетін алғаш алатын үй шаруашылықтары (немесе адамдар); қолжетімділікті алғаш "
              "алған мекемелер және олар қызмет көрсететін адамдар. Олар ешқашан бір «қамтылған "
              "адамдар» санына қосылмайды: құрылғы, үйдегі байланыс және қосылған мектеп — "
              "әртүрлі нәрселер, ал бір адам бірнеше көрсеткіш бойынша қолжетімділік алуы мүмкін."},
    "assume.device": {
        "en": "People newly with a device = device vouchers issued × take-up (the share of "
              "vouchers redeemed), never more than the people of the target group who lack a "
              "device. ₸ per person = money for device vouchers / people newly with a device "
              "(unredeemed vouchers are budgeted in full).",
        "ru": "Впервые получат устройство = выданные ваучеры на устройства × доля погашения "
              "(доля использованных ваучеров), но не больше, чем людей целевой группы без "
              "устройства. ₸ на человека = средства на ваучеры на устройства / впервые "
              "получившие устройство (непогашенные ваучеры заложены в бюджет полностью).",
        "kk": "Құрылғыны алғаш алатындар = берілген құрылғы ваучерлері × пайдалану үлесі "
              "(өтелген ваучерлердің үлесі), бірақ нысаналы топтағы құрылғысы жоқ адамдардан "
              "артық емес. Бір адамға ₸ = құрылғы ваучерлеріне жұмсалған қаражат / құрылғыны "
              "алғаш алатындар (өтелмеген ваучерлер бюджетте толық ескеріледі)."},
    "assume.internet.households": {
        "en": "Home internet is counted in households: the statistics give households without "
              "internet, so internet vouchers are capped by them (and by network coverage) and "
              "each redeemed voucher connects one household. ₸ per household = money for "
              "internet vouchers / households newly with home internet.",
        "ru": "Домашний интернет считается в домохозяйствах: в статистике есть домохозяйства "
              "без интернета, поэтому ваучеры на интернет ограничены ими (и покрытием сети), а "
              "каждый погашенный ваучер подключает одно домохозяйство. ₸ на домохозяйство = "
              "средства на ваучеры на интернет / домохозяйства, впервые получившие домашний "
              "интернет.",
        "kk": "Үй интернеті үй шаруашылықтарымен есептеледі: статистикада интернеті жоқ үй "
              "шаруашылықтары берілген, сондықтан интернет ваучерлері солармен (және желімен "
              "қамтумен) шектеледі, әр өтелген ваучер бір үй шаруашылығын қосады. Бір үй "
              "шаруашылығына ₸ = интернет ваучерлеріне жұмсалған қаражат / үй интернетін алғаш "
              "алатын үй шаруашылықтары."},
    "assume.internet.people": {
        "en": "Home internet is counted in people: the statistics give no households without "
              "internet, so internet vouchers are capped by the people of each target group who "
              "lack internet (and by network coverage). ₸ per person = money for internet "
              "vouchers / people newly with home internet.",
        "ru": "Домашний интернет считается в людях: в статистике нет домохозяйств без "
              "интернета, поэтому ваучеры на интернет ограничены людьми каждой целевой группы "
              "без интернета (и покрытием сети). ₸ на человека = средства на ваучеры на "
              "интернет / люди, впервые получившие домашний интернет.",
        "kk": "Үй интернеті адаммен есептеледі: статистикада интернеті жоқ үй шаруашылықтары "
              "берілмеген, сондықтан интернет ваучерлері әр нысаналы топтағы интернеті жоқ "
              "адамдармен (және желімен қамтумен) шектеледі. Бір адамға ₸ = интернет "
              "ваучерлеріне жұмсалған қаражат / үй интернетін алғаш алатындар."},
    "assume.internet.mixed": {
        "en": "Home internet is counted in households where the statistics give households "
              "without internet, and in people elsewhere; the two are never added.",
        "ru": "Домашний интернет считается в домохозяйствах там, где в статистике есть "
              "домохозяйства без интернета, и в людях в остальных единицах; эти числа не "
              "складываются.",
        "kk": "Үй интернеті статистикада интернеті жоқ үй шаруашылықтары берілген жерде үй "
              "шаруашылығымен, басқа жерде адаммен есептеледі; екеуі бір-біріне қосылмайды."},
    "assume.institutions": {
        "en": "Institutions newly with access: one kit per institution without access, "
              "supplying what it lacks (a connection at the benchmark speed, equipment with "
              "licences, or both). People served: students of a school, catchment population of "
              "a FAP, service population of a PSC; a person served by a school, a FAP and a PSC "
              "is counted at each, so they are shown per type. ₸ per institution = money for "
              "kits / institutions connected.",
        "ru": "Учреждения, впервые получившие доступ: один комплект на учреждение без доступа, "
              "восполняющий то, чего ему не хватает (подключение с нормативной скоростью, "
              "оборудование с лицензиями или и то и другое). Обслуживаемое население: учащиеся "
              "школы, жители зоны обслуживания ФАПа, обслуживаемое население ЦОНа; человек, "
              "которого обслуживают школа, ФАП и ЦОН, учитывается в каждом из них, поэтому "
              "население показано по типам. ₸ на учреждение = средства на комплекты / "
              "подключённые учреждения.",
        "kk": "Қолжетімділікті алғаш алған мекемелер: қолжетімділігі жоқ әр мекемеге бір жинақ, "
              "ол мекемеге жетіспейтінін береді (нормативтік жылдамдықтағы байланыс, "
              "лицензиялары бар жабдық немесе екеуі де). Қызмет алатындар: мектепте — "
              "оқушылар, ФАП-та — қызмет көрсету аймағының тұрғындары, ХҚКО-да — қызмет алатын "
              "тұрғындар; мектеп, ФАП және ХҚКО қызмет көрсететін адам әрқайсысында "
              "есептеледі, сондықтан олар түрлері бойынша көрсетіледі. Бір мекемеге ₸ = "
              "жинақтарға жұмсалған қаражат / қосылған мекемелер."},
    "assume.access": {
        "en": "An institution has access when it is connected at its type's benchmark download "
              "speed (schools {school} Mb/s, FAPs {fap} Mb/s, PSCs {psc} Mb/s) and, where the "
              "register has the columns, has working equipment and licensed software (seed 000: "
              "connectivity without equipment is not access).",
        "ru": "Учреждение имеет доступ, если оно подключено с нормативной скоростью загрузки "
              "для своего типа (школы {school} Мбит/с, ФАПы {fap} Мбит/с, ЦОНы {psc} Мбит/с) "
              "и, где в реестре есть такие столбцы, имеет рабочее оборудование и лицензионное "
              "ПО (seed 000: подключение без оборудования — не доступ).",
        "kk": "Мекеме өз түрінің нормативтік жүктеу жылдамдығымен қосылса (мектептер {school} "
              "Мбит/с, ФАП-тар {fap} Мбит/с, ХҚКО-лар {psc} Мбит/с) және тізілімде тиісті "
              "бағандар болған жерде жұмыс істейтін жабдығы мен лицензиялық бағдарламасы болса, "
              "қолжетімді деп саналады (seed 000: жабдықсыз байланыс — қолжетімділік емес)."},
    "assume.groups": {
        "en": "Target groups that overlap are counted once: a group declared part of another "
              "({pairs}) is inside its parent's people and never added to it; a group's eligible "
              "people never exceed the population they come from, and those lacking a device or "
              "internet never exceed the eligible.",
        "ru": "Пересекающиеся целевые группы учитываются один раз: группа, заданная как часть "
              "другой ({pairs}), входит в число людей родительской группы и не прибавляется к "
              "ней; имеющих право в группе не больше, чем население, из которого она взята, а "
              "людей без устройства или интернета не больше, чем имеющих право.",
        "kk": "Бір-біріне енетін нысаналы топтар бір рет есептеледі: басқа топтың бөлігі деп "
              "белгіленген топ ({pairs}) сол топтың адамдарына кіреді және оған қосылмайды; "
              "топтағы құқығы барлар ол шыққан халықтан аспайды, ал құрылғысы немесе интернеті "
              "жоқтар құқығы барлардан аспайды."},
    "assume.group_pair": {"en": "“{child}” is part of “{parent}”",
                          "ru": "«{child}» входит в «{parent}»",
                          "kk": "«{child}» «{parent}» тобына кіреді"},
    "assume.groups.none": {"en": "none declared", "ru": "не заданы", "kk": "белгіленбеген"},
    "assume.objective.gap_index": {
        "en": "Maximum impact buys what lowers the combined access-gap index most, each unit's "
              "reduction weighted by its population (and by the equity weight when λ > 0). The "
              "index weights — institutional {wi}, device {wd}, internet {wn} — are the exchange "
              "rate between kits and vouchers; change them in the parameters.",
        "ru": "«Максимальный эффект» покупает то, что сильнее всего снижает сводный индекс "
              "разрыва доступа; снижение в каждой единице взвешено по её населению (и по весу "
              "справедливости при λ > 0). Веса индекса — институциональный {wi}, устройства "
              "{wd}, интернет {wn} — это обменный курс между комплектами и ваучерами; их можно "
              "изменить в параметрах.",
        "kk": "«Ең үлкен әсер» қолжетімділік алшақтығының жиынтық индексін барынша "
              "төмендететінін сатып алады; әр бірліктің төмендеуі оның халық санымен (λ > 0 "
              "болса, әділдік салмағымен де) өлшенеді. Индекс салмақтары — институционалдық "
              "{wi}, құрылғы {wd}, интернет {wn} — жинақтар мен ваучерлер арасындағы айырбас "
              "бағамы; оларды параметрлерде өзгертуге болады."},
    "assume.exchange_example": {
        "en": "Worked example: with these weights, one percentage point less of a unit's "
              "institutional gap is worth {ratio_d} points of its device gap or {ratio_n} points "
              "of its internet gap.",
        "ru": "Пример: при этих весах снижение институционального разрыва единицы на один "
              "процентный пункт равноценно {ratio_d} п. п. её разрыва по устройствам или "
              "{ratio_n} п. п. разрыва по интернету.",
        "kk": "Мысал: осы салмақтарда бірліктің институционалдық алшақтығының бір пайыздық "
              "тармаққа азаюы оның құрылғы алшақтығының {ratio_d} тармағына немесе интернет "
              "алшақтығының {ratio_n} тармағына тең."},
    "assume.objective.envelopes": {
        "en": "Envelopes: the budget is split into fixed shares per programme ({shares}); each "
              "share buys the most of its own measure (people with a device, households with "
              "internet, people served by the institutions connected), exactly. No exchange "
              "rate between measures is used.",
        "ru": "Конверты: бюджет делится на фиксированные доли по программам ({shares}); каждая "
              "доля точно максимизирует свой показатель (люди с устройством, домохозяйства с "
              "интернетом, население, обслуживаемое подключёнными учреждениями). Обменный курс "
              "между показателями не используется.",
        "kk": "Конверттер: бюджет бағдарламалар бойынша тұрақты үлестерге бөлінеді ({shares}); "
              "әр үлес өз көрсеткішін дәл барынша арттырады (құрылғысы бар адамдар, интернеті "
              "бар үй шаруашылықтары, қосылған мекемелер қызмет көрсететін адамдар). "
              "Көрсеткіштер арасындағы айырбас бағамы қолданылмайды."},
    "assume.objective.rule": {
        "en": "{strategy}: the budget is split by the strategy's rule and nothing is maximised. "
              "The combined index (weights institutional {wi}, device {wd}, internet {wn}) is "
              "reported for comparison.",
        "ru": "{strategy}: бюджет распределяется по правилу стратегии, ничего не "
              "максимизируется. Для сравнения показан сводный индекс (веса: институциональный "
              "{wi}, устройства {wd}, интернет {wn}).",
        "kk": "{strategy}: бюджет стратегия ережесі бойынша бөлінеді, ештеңе барынша "
              "арттырылмайды. Салыстыру үшін жиынтық индекс (салмақтары: институционалдық {wi}, "
              "құрылғы {wd}, интернет {wn}) көрсетіледі."},
    "assume.costs": {
        "en": "Costs: device voucher {device}, internet voucher {internet} ({monthly} a month × "
              "{months} months), both with {overhead} administrative overhead; kits from the "
              "catalogue by type and urban/rural area (connection, equipment with licences, or "
              "both), or the register's own kit cost. Issued vouchers are budgeted in full; the "
              "money expected to stay unredeemed is shown separately.",
        "ru": "Затраты: ваучер на устройство {device}, ваучер на интернет {internet} ({monthly} "
              "в месяц × {months} мес.), к обоим добавлено {overhead} административных расходов; "
              "комплекты — по каталогу по типу и городской/сельской местности (подключение, "
              "оборудование с лицензиями или и то и другое) или собственная стоимость из "
              "реестра. Выданные ваучеры закладываются в бюджет полностью; средства, которые, "
              "как ожидается, останутся непогашенными, показаны отдельно.",
        "kk": "Шығындар: құрылғы ваучері {device}, интернет ваучері {internet} (айына {monthly} "
              "× {months} ай), екеуіне де {overhead} әкімшілік шығын қосылған; жинақтар — түрі "
              "мен қала/ауыл аймағы бойынша каталогтан (байланыс, лицензиялары бар жабдық "
              "немесе екеуі де) немесе тізілімдегі мекеменің өз жинақ құны. Берілген ваучерлер "
              "бюджетте толық ескеріледі; өтелмей қалуы күтілетін қаражат бөлек көрсетіледі."},
    "assume.takeup": {
        "en": "Take-up (the share of issued vouchers that will be redeemed): {groups}; other "
              "groups {default}.",
        "ru": "Доля погашения (доля выданных ваучеров, которые будут использованы): {groups}; "
              "прочие группы {default}.",
        "kk": "Пайдалану үлесі (берілген ваучерлердің өтелетін үлесі): {groups}; басқа топтар "
              "{default}."},
    "assume.network": {
        "en": "Internet vouchers can be used only where there is a network: the unit's network "
              "coverage share caps them (1 where the statistics do not give it).",
        "ru": "Ваучеры на интернет можно использовать только там, где есть сеть: их ограничивает "
              "доля покрытия сетью в единице (1, если в статистике её нет).",
        "kk": "Интернет ваучерлерін тек желі бар жерде пайдалануға болады: оларды бірліктің "
              "желімен қамту үлесі шектейді (статистикада берілмесе — 1)."},
    "assume.area": {
        "en": "Urban and rural institutions are reported apart where the register gives each "
              "institution's area (urban / rural).",
        "ru": "Городские и сельские учреждения показаны отдельно, если в реестре указана "
              "местность каждого учреждения (город / село).",
        "kk": "Тізілімде әр мекеменің аймағы (қала / ауыл) берілген жерде қала және ауыл "
              "мекемелері бөлек көрсетіледі."},
    "assume.seed002": {
        "en": "Seed 002's indicator (schools with internet access: cities 65 %, rural areas "
              "35 % in 2018; targets 89 / 67 % for 2019, 97 / 93 % for 2020, 100 % for 2021) can "
              "be entered as the indicators “{urban}” and “{rural}”; the summary compares the "
              "register's urban and rural schools with it.",
        "ru": "Показатель seed 002 (школы с доступом в интернет: 65 % в городах и 35 % в "
              "сельской местности в 2018 г.; цели 89 / 67 % на 2019 г., 97 / 93 % на 2020 г., "
              "100 % на 2021 г.) можно ввести как показатели «{urban}» и «{rural}»; сводка "
              "сравнивает с ним городские и сельские школы реестра.",
        "kk": "Seed 002 көрсеткішін (интернетке қолжетімді мектептер: 2018 жылы қалаларда 65 %, "
              "ауылдық жерлерде 35 %; мақсаттар: 2019 жылға 89 / 67 %, 2020 жылға 97 / 93 %, "
              "2021 жылға 100 %) «{urban}» және «{rural}» көрсеткіштері ретінде енгізуге болады; "
              "қорытынды тізілімдегі қала және ауыл мектептерін онымен салыстырады."},
}


# Issue 16, the model: the envelopes strategy, what an institution without access lacks, the
# target groups declared "of which" another, and what each envelope maximises.
MODEL_LABELS: dict[str, dict[str, str]] = {
    "envelopes": {"en": "Envelopes per programme (exact)",
                  "ru": "Конверты по программам (точно)",
                  "kk": "Бағдарламалар бойынша конверттер (дәл)"},
    "elderly_with_disabilities": {"en": "Elderly with disabilities",
                                  "ru": "Пожилые с инвалидностью",
                                  "kk": "Мүгедектігі бар егде жастағылар"},
    "hs_students_large_families": {"en": "High-school students in large families",
                                   "ru": "Старшеклассники из многодетных семей",
                                   "kk": "Көпбалалы отбасылардың жоғары сынып оқушылары"},
    "people_served_newly_connected": {
        "en": "People served by institutions newly with access",
        "ru": "Обслуживают учреждения, впервые получившие доступ, чел.",
        "kk": "Қолжетімділікті алғаш алған мекемелер қызмет көрсететін адамдар"},
    "people_newly_with_device": {"en": "People newly with a device",
                                 "ru": "Впервые получат устройство, чел.",
                                 "kk": "Құрылғыны алғаш алатындар, адам"},
    "people_newly_with_internet": {"en": "People newly with home internet",
                                   "ru": "Впервые получат домашний интернет, чел.",
                                   "kk": "Үй интернетін алғаш алатындар, адам"},
    "households_newly_with_internet": {"en": "Households newly with home internet",
                                       "ru": "Впервые получат домашний интернет, домохозяйств",
                                       "kk": "Үй интернетін алғаш алатын үй шаруашылықтары"},
    "cap_basis.households": {"en": "capped by households without internet",
                             "ru": "ограничены числом домохозяйств без интернета",
                             "kk": "интернеті жоқ үй шаруашылықтарымен шектелген"},
    "cap_basis.persons": {"en": "capped by people without internet (no household figures)",
                          "ru": "ограничены числом людей без интернета (нет данных о "
                                "домохозяйствах)",
                          "kk": "интернеті жоқ адамдармен шектелген (үй шаруашылықтары туралы "
                                "дерек жоқ)"},
}

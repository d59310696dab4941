"""kk/ru/en labels of the plan workbook a commission signs (issue 20): the solver in words, the
parameters in words with their units, the approval block, page footers, the sources' credits,
the kit list's groups."""

from __future__ import annotations

WORKBOOK_LABELS: dict[str, dict[str, str]] = {
    "scenario": {"en": "Scenario", "ru": "Сценарий", "kk": "Сценарий"},
    # the solver, in words
    "solver.proven": {"en": "optimal, proven (exact integer program)",
                      "ru": "оптимальный, доказано (точная целочисленная программа)",
                      "kk": "оңтайлы, дәлелденген (дәл бүтін санды бағдарлама)"},
    "solver.within": {"en": "best plan found within the time limit of {seconds} s; at most "
                            "{gap} from the optimum",
                      "ru": "лучший план, найденный за отведённые {seconds} с; не дальше "
                            "{gap} от оптимума",
                      "kk": "берілген {seconds} с ішінде табылған ең жақсы жоспар; оңтайлыдан "
                            "{gap} аспайды"},
    # a plan whose FAP/PSC kits were valued by their settlements' credits: its own row under
    # the solver's (a long qualification in the solver's cell ran past the page and shrank it)
    "solver.credited_label": {"en": "FAP and PSC kits valued", "ru": "Оценка комплектов ФАП и ЦОН",
                              "kk": "ФАП пен ХҚКО жинақтарының бағасы"},
    "solver.credited": {"en": "by credited coverage; the coverage reached is not less",
                        "ru": "по засчитанному охвату; достигнутый охват не меньше",
                        "kk": "есептелген қамту бойынша; қол жеткен қамту кем емес"},
    "solver.rule_words": {"en": "by the strategy's rule (no optimisation)",
                          "ru": "по правилу стратегии (без оптимизации)",
                          "kk": "стратегия ережесі бойынша (оңтайландырусыз)"},
    # parameters sheet
    "col.unit_short": {"en": "Unit", "ru": "Ед. изм.", "kk": "Өлш. бірл."},
    "param.budget_kzt": {"en": "Budget", "ru": "Бюджет", "kk": "Бюджет"},
    "param.strategy": {"en": "Strategy", "ru": "Стратегия", "kk": "Стратегия"},
    "param.equity": {"en": "Equity weight λ (0 = most people reached)",
                     "ru": "Вес равенства λ (0 = охватить больше людей)",
                     "kk": "Теңдік салмағы λ (0 = көбірек адамды қамту)"},
    "param.device_voucher_kzt": {"en": "Device voucher, price", "ru": "Ваучер на устройство, цена",
                                 "kk": "Құрылғыға ваучер, бағасы"},
    "param.internet_monthly_kzt": {"en": "Internet voucher, per month",
                                   "ru": "Ваучер на интернет, в месяц",
                                   "kk": "Интернетке ваучер, айына"},
    "param.internet_months": {"en": "Internet voucher, months paid",
                              "ru": "Ваучер на интернет, оплачиваемых месяцев",
                              "kk": "Интернетке ваучер, төленетін айлар"},
    "param.voucher_overhead_share": {"en": "Administration of vouchers (share of their value)",
                                     "ru": "Администрирование ваучеров (доля их стоимости)",
                                     "kk": "Ваучерлерді әкімшілендіру (құнының үлесі)"},
    "param.kit_kzt": {"en": "Connection (installation, a year of bandwidth): {type}, {area}",
                      "ru": "Подключение (монтаж и год связи): {type}, {area}",
                      "kk": "Қосылу (орнату және бір жыл байланыс): {type}, {area}"},
    "param.equipment_kzt": {"en": "Equipment only: {type}, {area}",
                            "ru": "Только оборудование: {type}, {area}",
                            "kk": "Тек жабдық: {type}, {area}"},
    "param.takeup": {"en": "Take-up: {group}", "ru": "Доля обратившихся: {group}",
                     "kk": "Пайдаланатындар үлесі: {group}"},
    "param.default_takeup": {"en": "Take-up: other groups", "ru": "Доля обратившихся: другие группы",
                             "kk": "Пайдаланатындар үлесі: басқа топтар"},
    "param.instrument_shares": {"en": "Budget share (proportional strategies): {instrument}",
                                "ru": "Доля бюджета (пропорциональные стратегии): {instrument}",
                                "kk": "Бюджет үлесі (пропорционал стратегиялар): {instrument}"},
    "param.envelope_shares": {"en": "Envelope: {instrument}", "ru": "Конверт: {instrument}",
                              "kk": "Конверт: {instrument}"},
    "param.benchmarks_mbps": {"en": "Benchmark speed: {type}", "ru": "Нормативная скорость: {type}",
                              "kk": "Нормативтік жылдамдық: {type}"},
    "param.gap_weights": {"en": "Weight in the combined index: {dimension}",
                          "ru": "Вес в сводном индексе: {dimension}",
                          "kk": "Жиынтық индекстегі салмақ: {dimension}"},
    "param.group_part_of": {"en": "{group} counted within", "ru": "{group} учитываются в группе",
                            "kk": "{group} мына топ ішінде есептеледі"},
    "param.locked": {"en": "Institutions locked into the plan", "ru": "Учреждения, закреплённые в плане",
                     "kk": "Жоспарға бекітілген мекемелер"},
    "param.excluded": {"en": "Institutions excluded from the plan",
                       "ru": "Учреждения, исключённые из плана",
                       "kk": "Жоспардан шығарылған мекемелер"},
    "param.time_limit_s": {"en": "Solver time limit", "ru": "Лимит времени решателя",
                           "kk": "Шешушінің уақыт шегі"},
    "param.mip_rel_gap": {"en": "Accepted distance from the optimum",
                          "ru": "Допустимое отклонение от оптимума",
                          "kk": "Оңтайлыдан рұқсат етілген ауытқу"},
    "param.none": {"en": "none", "ru": "нет", "kk": "жоқ"},
    "area.urban": {"en": "urban", "ru": "город", "kk": "қала"},
    "area.rural": {"en": "rural", "ru": "село", "kk": "ауыл"},
    "uom.kzt": {"en": "₸", "ru": "₸", "kk": "₸"},
    "uom.kzt_month": {"en": "₸ per month", "ru": "₸ в месяц", "kk": "₸ айына"},
    "uom.months": {"en": "months", "ru": "мес.", "kk": "ай"},
    "uom.share": {"en": "%", "ru": "%", "kk": "%"},
    "uom.mbps": {"en": "Mbit/s", "ru": "Мбит/с", "kk": "Мбит/с"},
    "uom.seconds": {"en": "s", "ru": "с", "kk": "с"},
    "uom.weight": {"en": "weight", "ru": "вес", "kk": "салмақ"},
    "uom.count": {"en": "institutions", "ru": "учреждений", "kk": "мекеме"},
    # names a workbook could not give in its language
    "name_fallback_note": {
        "en": "* no name in English in the data: the name in another language is shown.",
        "ru": "* в данных нет названия на русском языке: показано название на другом языке.",
        "kk": "* деректерде қазақша атауы жоқ: орысша атауы көрсетілді."},
    # the approval block
    "approval.title": {"en": "Approval", "ru": "Согласование", "kk": "Келісу"},
    "approval.prepared": {"en": "Prepared by", "ru": "Подготовил", "kk": "Дайындаған"},
    "approval.checked": {"en": "Checked by", "ru": "Проверил", "kk": "Тексерген"},
    "approval.approved": {"en": "Approved by", "ru": "Утвердил", "kk": "Бекіткен"},
    "approval.name": {"en": "Full name", "ru": "Ф. И. О.", "kk": "Т. А. Ә."},
    "approval.position": {"en": "Position", "ru": "Должность", "kk": "Лауазымы"},
    "approval.date": {"en": "Date", "ru": "Дата", "kk": "Күні"},
    "approval.signature": {"en": "Signature", "ru": "Подпись", "kk": "Қолы"},
    # page footers
    "page_of": {"en": "Page &P of &N", "ru": "Страница &P из &N", "kk": "&N беттің &P-беті"},
    # sources' credits
    "credit.bns": {
        "en": "Official statistics: Bureau of National Statistics of the Agency for Strategic "
              "Planning and Reforms of the Republic of Kazakhstan (stat.gov.kz)",
        "ru": "Официальная статистика: Бюро национальной статистики Агентства по стратегическому "
              "планированию и реформам Республики Казахстан (stat.gov.kz)",
        "kk": "Ресми статистика: Қазақстан Республикасы Стратегиялық жоспарлау және реформалар "
              "агенттігінің Ұлттық статистика бюросы (stat.gov.kz)"},
    "credit.geokz": {
        "en": "Administrative boundaries and names: geokz (open data of Kazakhstan's "
              "administrative units, github.com/open-data-kazakhstan/geokz)",
        "ru": "Административные границы и названия: geokz (открытые данные об "
              "административных единицах Казахстана, github.com/open-data-kazakhstan/geokz)",
        "kk": "Әкімшілік шекаралар мен атаулар: geokz (Қазақстанның әкімшілік бірліктері туралы "
              "ашық деректер, github.com/open-data-kazakhstan/geokz)"},
    "credit.illustrative": {
        "en": "The bundled sample figures are illustrative, built from public sources with a "
              "fixed seed: they are not official statistics.",
        "ru": "Встроенные примерные цифры иллюстративны, построены из открытых источников с "
              "фиксированным зерном: это не официальная статистика.",
        "kk": "Кірістірілген үлгі сандар көрнекі, ашық дереккөздерден тұрақты кездейсоқ "
              "мәнмен құрылған: олар ресми статистика емес."},
    "credits": {"en": "Credits", "ru": "Источники данных", "kk": "Дереккөздер"},
    # kit list grouped by district
    "col.district": {"en": "District", "ru": "Район", "kk": "Аудан"},
    "col.region": {"en": "Region", "ru": "Область", "kk": "Облыс"},
    "subtotal": {"en": "Subtotal: {name}", "ru": "Итого по: {name}", "kk": "Жиыны: {name}"},
    # one institution's type (the kit list names each institution apart)
    "one.school": {"en": "school", "ru": "школа", "kk": "мектеп"},
    "one.fap": {"en": "FAP", "ru": "ФАП", "kk": "ФАП"},
    "one.psc": {"en": "PSC", "ru": "ЦОН", "kk": "ХҚКО"},
    "illustrative_flag": {"en": "ILLUSTRATIVE — not official statistics",
                          "ru": "ИЛЛЮСТРАТИВНЫЕ ДАННЫЕ — не официальная статистика",
                          "kk": "КӨРНЕКІ ДЕРЕКТЕР — ресми статистика емес"},
}

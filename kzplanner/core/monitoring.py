"""The catalogue of monitoring indicators proposed by seed 000, with kk/ru/en labels and definitions.

Seed 000 ("Monitoring indicators", Policy Assessment Methodology) asks that digital policy be
judged by institutional access, quality of use, skills and outcomes rather than by connection
counts. Ids are stable lowercase column names: a planner's template or actuals file uses them as
headers, and maps and charts look labels and kinds up here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds decide formatting: share (0..1, shown as %), index (0..100), count (whole), minutes,
# score (test points). Areas follow seed 000's grouping.
KINDS: tuple[str, ...] = ("share", "index", "count", "minutes", "score")
AREAS: tuple[str, ...] = ("institutional_access", "usage", "skills", "outcomes", "safety")


@dataclass(frozen=True)
class MonitoringIndicator:
    """One indicator: id, kind, unit of measure, area, direction, labels and definitions."""

    id: str
    kind: str
    unit: str
    area: str
    bad_is_high: bool
    label: dict[str, str]
    definition: dict[str, str]
    # Reported values and targets by year (share 0..1 for a share), and where they come from.
    baseline: dict[int, float] = field(default_factory=dict)
    targets: dict[int, float] = field(default_factory=dict)
    source: str = ""

    def text(self, lang: str = "en") -> str:
        """The label in `lang` (en/ru/kk), English when missing."""
        return self.label.get(lang) or self.label["en"]

    def describe(self, lang: str = "en") -> str:
        """The definition in `lang` (en/ru/kk), English when missing."""
        return self.definition.get(lang) or self.definition["en"]


def _ind(id_: str, kind: str, unit: str, area: str, bad_is_high: bool,
         en: tuple[str, str], ru: tuple[str, str], kk: tuple[str, str],
         baseline: dict[int, float] | None = None, targets: dict[int, float] | None = None,
         source: str = "") -> MonitoringIndicator:
    return MonitoringIndicator(id_, kind, unit, area, bad_is_high,
                               {"en": en[0], "ru": ru[0], "kk": kk[0]},
                               {"en": en[1], "ru": ru[1], "kk": kk[1]},
                               dict(baseline or {}), dict(targets or {}), source)


# Seed 002 (G. Baishan, "Dilemma and countermeasures of education digitization policy in
# Kazakhstan in the post-pandemic era", 2022, doi:10.52536/2415-8216.2022-3.04), Introduction:
# "According to the 2018 Digitalization Report of the Ministry of Education and Science of
# Kazakhstan, 65% of cities have Internet access, and only 35% of rural areas have Internet
# access. The Ministry ... plans to increase this figure to 89% and 67% respectively in 2019,
# 97% and 93% in 2020, and 100% in 2021" (citing the State Programme "Digital Kazakhstan").
SEED_002_SOURCE = ("Seed 002: G. Baishan (2022), doi:10.52536/2415-8216.2022-3.04, citing the "
                   "Ministry of Education and Science's 2018 Digitalization Report and the State "
                   "Programme \"Digital Kazakhstan\"")


MONITORING_INDICATORS: tuple[MonitoringIndicator, ...] = (
    _ind("rural_schools_full_access_share", "share", "share", "institutional_access", False,
         ("Rural schools with guaranteed bandwidth and licences",
          "Share of rural schools whose measured download speed meets the school benchmark and "
          "that have working equipment and licensed software, of all rural schools."),
         ("Сельские школы с гарантированной скоростью и лицензиями",
          "Доля сельских школ, у которых измеренная скорость не ниже норматива для школ и есть "
          "рабочее оборудование и лицензионное ПО, от всех сельских школ."),
         ("Кепілді жылдамдығы және лицензиясы бар ауыл мектептері",
          "Өлшенген жылдамдығы мектеп нормативінен төмен емес, жұмыс істейтін жабдығы және "
          "лицензиялық бағдарламасы бар ауыл мектептерінің барлық ауыл мектептеріндегі үлесі.")),
    _ind("rural_faps_full_access_share", "share", "share", "institutional_access", False,
         ("Rural FAPs with guaranteed bandwidth and licences",
          "Share of rural health posts (FAPs) whose measured download speed meets the FAP "
          "benchmark and that have working equipment and licensed software, of all rural FAPs."),
         ("Сельские ФАПы с гарантированной скоростью и лицензиями",
          "Доля сельских ФАПов, у которых измеренная скорость не ниже норматива для ФАПов и есть "
          "рабочее оборудование и лицензионное ПО, от всех сельских ФАПов."),
         ("Кепілді жылдамдығы және лицензиясы бар ауылдық ФАП-тар",
          "Өлшенген жылдамдығы ФАП нормативінен төмен емес, жұмыс істейтін жабдығы және "
          "лицензиялық бағдарламасы бар ауылдық ФАП-тардың барлық ауылдық ФАП-тардағы үлесі.")),
    _ind("network_downtime_median_min", "minutes", "min/month", "institutional_access", True,
         ("Median network downtime",
          "Median, over connected institutions, of the minutes per month without a working "
          "connection (monitoring logs or operator reports)."),
         ("Медианное время простоя сети",
          "Медиана по подключённым учреждениям числа минут в месяц без работающего подключения "
          "(журналы мониторинга или отчёты оператора)."),
         ("Желі тоқтап тұруының медианалық уақыты",
          "Қосылған мекемелер бойынша айына жұмыс істейтін байланыссыз өткен минуттар санының "
          "медианасы (мониторинг журналдары немесе оператор есептері).")),
    _ind("synchronous_lessons_share", "share", "share", "usage", False,
         ("Lessons held synchronously",
          "Share of distance or hybrid lessons actually held live (video or audio in real time), "
          "of all distance or hybrid lessons scheduled."),
         ("Уроки в синхронном формате",
          "Доля дистанционных или гибридных уроков, фактически проведённых в реальном времени "
          "(видео или аудио), от всех запланированных дистанционных или гибридных уроков."),
         ("Синхронды форматтағы сабақтар",
          "Нақты уақытта (бейне немесе аудио) өткізілген қашықтан немесе аралас сабақтардың "
          "жоспарланған барлық қашықтан немесе аралас сабақтардағы үлесі.")),
    _ind("video_session_avg_min", "minutes", "min", "usage", False,
         ("Average video-session length",
          "Mean length in minutes of video sessions (lessons, consultations) per institution."),
         ("Средняя длительность видеосессии",
          "Средняя длительность видеосессий (уроков, консультаций) в минутах по учреждению."),
         ("Бейнесессияның орташа ұзақтығы",
          "Мекеме бойынша бейнесессиялардың (сабақтар, кеңестер) минутпен орташа ұзақтығы.")),
    _ind("participation_share", "share", "share", "usage", False,
         ("Student and parent participation",
          "Share of enrolled students (or their parents) who took part in at least one "
          "synchronous session in the month."),
         ("Участие учеников и родителей",
          "Доля учеников (или их родителей), участвовавших хотя бы в одной синхронной сессии за "
          "месяц, от всех зачисленных."),
         ("Оқушылар мен ата-аналардың қатысуы",
          "Айына кемінде бір синхронды сессияға қатысқан оқушылардың (немесе ата-аналарының) "
          "барлық тіркелгендердегі үлесі.")),
    _ind("digital_confidence_female_carers", "index", "0–100", "skills", False,
         ("Digital confidence: female carers",
          "Survey index 0–100 of self-rated confidence in using digital services, among women "
          "caring for children or relatives."),
         ("Цифровая уверенность: женщины, осуществляющие уход",
          "Индекс 0–100 по опросу: самооценка уверенности в пользовании цифровыми услугами среди "
          "женщин, ухаживающих за детьми или родственниками."),
         ("Цифрлық сенімділік: күтім жасайтын әйелдер",
          "Сауалнама бойынша 0–100 индексі: балаларға немесе туыстарына күтім жасайтын әйелдердің "
          "цифрлық қызметтерді пайдалануға өз сенімділігін бағалауы.")),
    _ind("digital_confidence_elderly_60plus", "index", "0–100", "skills", False,
         ("Digital confidence: people aged 60+",
          "Survey index 0–100 of self-rated confidence in using digital services, among people "
          "aged 60 and over."),
         ("Цифровая уверенность: люди 60+",
          "Индекс 0–100 по опросу: самооценка уверенности в пользовании цифровыми услугами среди "
          "людей 60 лет и старше."),
         ("Цифрлық сенімділік: 60 жастан асқандар",
          "Сауалнама бойынша 0–100 индексі: 60 және одан жоғары жастағы адамдардың цифрлық "
          "қызметтерді пайдалануға өз сенімділігін бағалауы.")),
    _ind("digital_confidence_rural", "index", "0–100", "skills", False,
         ("Digital confidence: rural residents",
          "Survey index 0–100 of self-rated confidence in using digital services, among rural "
          "residents."),
         ("Цифровая уверенность: сельские жители",
          "Индекс 0–100 по опросу: самооценка уверенности в пользовании цифровыми услугами среди "
          "сельских жителей."),
         ("Цифрлық сенімділік: ауыл тұрғындары",
          "Сауалнама бойынша 0–100 индексі: ауыл тұрғындарының цифрлық қызметтерді пайдалануға "
          "өз сенімділігін бағалауы.")),
    _ind("learning_outcome_rural", "score", "points", "outcomes", False,
         ("Learning outcomes, rural schools",
          "Mean score of rural-school students in the national assessment used by the region "
          "(same test and scale as the urban indicator)."),
         ("Результаты обучения, сельские школы",
          "Средний балл учеников сельских школ в национальной оценке, используемой регионом (тот "
          "же тест и шкала, что и для городских школ)."),
         ("Оқу нәтижелері, ауыл мектептері",
          "Ауыл мектептері оқушыларының өңір қолданатын ұлттық бағалаудағы орташа балы (қала "
          "көрсеткішімен бірдей тест және шкала).")),
    _ind("learning_outcome_urban", "score", "points", "outcomes", False,
         ("Learning outcomes, urban schools",
          "Mean score of urban-school students in the same national assessment; the rural–urban "
          "difference is the outcome gap."),
         ("Результаты обучения, городские школы",
          "Средний балл учеников городских школ в той же национальной оценке; разница село–город "
          "— разрыв в результатах."),
         ("Оқу нәтижелері, қала мектептері",
          "Қала мектептері оқушыларының сол ұлттық бағалаудағы орташа балы; ауыл мен қала "
          "арасындағы айырма — нәтижелер алшақтығы.")),
    _ind("digital_employment_share_small_towns", "share", "share", "outcomes", False,
         ("Employed through digital channels, small towns",
          "Share of people placed in jobs in small towns whose job was found through digital "
          "channels (Enbek.kz, e-gov, online platforms), of all placements there."),
         ("Трудоустроенные через цифровые каналы, малые города",
          "Доля трудоустроенных в малых городах, нашедших работу через цифровые каналы "
          "(Enbek.kz, e-gov, онлайн-платформы), от всех трудоустроенных там."),
         ("Цифрлық арналар арқылы жұмысқа орналасқандар, шағын қалалар",
          "Шағын қалаларда жұмысқа орналасқандардың ішінде жұмысты цифрлық арналар (Enbek.kz, "
          "e-gov, онлайн платформалар) арқылы тапқандардың үлесі.")),
    _ind("telemedicine_cases_completed", "count", "cases", "outcomes", False,
         ("Completed telemedicine cases",
          "Number of telemedicine consultations completed (with a recorded conclusion) in the "
          "period."),
         ("Завершённые телемедицинские случаи",
          "Число завершённых телемедицинских консультаций (с записанным заключением) за период."),
         ("Аяқталған телемедицина жағдайлары",
          "Кезең ішінде аяқталған (қорытындысы тіркелген) телемедициналық кеңестер саны.")),
    _ind("security_incidents", "count", "incidents", "safety", True,
         ("Security incidents",
          "Number of recorded information-security incidents (data leaks, phishing, payment "
          "fraud) affecting the programme's services in the period."),
         ("Инциденты безопасности",
          "Число зарегистрированных инцидентов информационной безопасности (утечки данных, "
          "фишинг, мошенничество с выплатами) в услугах программы за период."),
         ("Қауіпсіздік оқиғалары",
          "Кезең ішінде бағдарлама қызметтерінде тіркелген ақпараттық қауіпсіздік оқиғаларының "
          "(деректердің жылыстауы, фишинг, төлем алаяқтығы) саны.")),
    _ind("ai_module_audit_share", "share", "share", "safety", False,
         ("AI modules with an equity audit",
          "Share of AI modules used in education, social support or employment that passed an "
          "equity (algorithmic fairness) audit."),
         ("ИИ-модули с аудитом справедливости",
          "Доля модулей ИИ в образовании, социальной поддержке или занятости, прошедших аудит "
          "справедливости алгоритмов."),
         ("Әділдік аудитінен өткен ЖИ модульдері",
          "Білім беру, әлеуметтік қолдау немесе жұмыспен қамтуда қолданылатын, алгоритмдік "
          "әділдік аудитінен өткен ЖИ модульдерінің үлесі.")),
    _ind("dpia_services_share", "share", "share", "safety", False,
         ("Services with a DPIA",
          "Share of digital public services processing personal data that have a data-protection "
          "impact assessment (DPIA)."),
         ("Услуги с оценкой воздействия на данные (DPIA)",
          "Доля цифровых госуслуг, обрабатывающих персональные данные, по которым проведена "
          "оценка воздействия на защиту данных (DPIA)."),
         ("Деректерге әсер бағаланған қызметтер (DPIA)",
          "Дербес деректерді өңдейтін цифрлық мемлекеттік қызметтердің ішінде деректерді қорғауға "
          "әсері бағаланған (DPIA) қызметтердің үлесі.")),
    # Seed 002's urban/rural indicator: the Bureau's and the Ministry's tables split all / urban
    # / rural, so the two parts are two indicators, each with the Ministry's targets.
    _ind("school_internet_share_urban", "share", "share", "institutional_access", False,
         ("Urban schools with internet access",
          "Share of schools in cities and towns that have internet access, of all urban schools "
          "(the Ministry of Education's digitalization report; seed 002)."),
         ("Городские школы с доступом в интернет",
          "Доля школ в городах, имеющих доступ в интернет, от всех городских школ (отчёт "
          "Министерства образования о цифровизации; seed 002)."),
         ("Интернетке қолжетімді қала мектептері",
          "Интернетке қолжетімділігі бар қала мектептерінің барлық қала мектептеріндегі үлесі "
          "(Білім министрлігінің цифрландыру туралы есебі; seed 002)."),
         baseline={2018: 0.65}, targets={2019: 0.89, 2020: 0.97, 2021: 1.0},
         source=SEED_002_SOURCE),
    _ind("school_internet_share_rural", "share", "share", "institutional_access", False,
         ("Rural schools with internet access",
          "Share of schools in rural areas that have internet access, of all rural schools "
          "(the Ministry of Education's digitalization report; seed 002)."),
         ("Сельские школы с доступом в интернет",
          "Доля школ в сельской местности, имеющих доступ в интернет, от всех сельских школ "
          "(отчёт Министерства образования о цифровизации; seed 002)."),
         ("Интернетке қолжетімді ауыл мектептері",
          "Интернетке қолжетімділігі бар ауыл мектептерінің барлық ауыл мектептеріндегі үлесі "
          "(Білім министрлігінің цифрландыру туралы есебі; seed 002)."),
         baseline={2018: 0.35}, targets={2019: 0.67, 2020: 0.93, 2021: 1.0},
         source=SEED_002_SOURCE),
)

_BY_ID: dict[str, MonitoringIndicator] = {m.id: m for m in MONITORING_INDICATORS}


def monitoring_indicator(id_: str) -> MonitoringIndicator | None:
    """The catalogue entry for `id_`, or None for an id the catalogue does not know.

    >>> monitoring_indicator("synchronous_lessons_share").kind
    'share'
    """
    return _BY_ID.get(id_)


def monitoring_ids(area: str | None = None) -> list[str]:
    """Ids in catalogue order (template column order), optionally of one area."""
    return [m.id for m in MONITORING_INDICATORS if area is None or m.area == area]


def monitoring_labels() -> dict[str, dict[str, str]]:
    """{id: {lang: label}}, shaped like catalogue.LABELS so the two can be merged for display."""
    return {m.id: dict(m.label) for m in MONITORING_INDICATORS}


def monitoring_kinds() -> dict[str, str]:
    """{id: kind}, shaped like catalogue.INDICATOR_KINDS."""
    return {m.id: m.kind for m in MONITORING_INDICATORS}


def indicator_targets(id_: str) -> dict[int, float]:
    """The targets by year of a catalogued indicator ({} when it has none).

    >>> indicator_targets("school_internet_share_rural")
    {2019: 0.67, 2020: 0.93, 2021: 1.0}
    """
    m = _BY_ID.get(id_)
    return dict(m.targets) if m is not None else {}


def indicators_with_targets() -> list[MonitoringIndicator]:
    """The catalogued indicators that carry targets (seed 002's urban/rural school access)."""
    return [m for m in MONITORING_INDICATORS if m.targets]

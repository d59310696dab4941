"""Words in header, title or unit text (kk / ru / en stems) that suggest an indicator of the
statistics or a measure of the actuals, and the words that veto one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzplanner.core.io.read.layout.model import ColumnInfo

BLOCK_WORDS = {
    "urban": ("городск", "город", "қала", "urban"),
    "rural": ("сельск", "село", "ауыл", "rural"),
    "all": ("все", "всего", "барлық", "барлығы", "жалпы", "total", "all"),
}
_HOUSEHOLDS = ("домохоз", "домашних хоз", "домашние хоз", "домашнее хоз", "домашнего хоз",
               "үй шаруашы", "household")
# Words in header or title text that suggest an indicator (kk / ru / en stems). "Численность"
# (a count of anything) is no evidence of population: the people must be named.
_PSC = ("цон", "хқко", "psc", "public service", "обслуживания населения", "халыққа қызмет")
_PEOPLE = ("населен", "халық", "халқы", "population", "жител", "тұрғын", "inhabitant", "resident")
INDICATOR_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "schools_connected": (("школ", "мектеп", "school"), ("подключ", "интернет", "қосыл", "connect")),
    "schools_total": (("школ", "мектеп", "school"),),
    "faps_connected": (("фап", "фельдшер", "медпункт", "fap", "health post"),
                       ("подключ", "интернет", "қосыл", "connect")),
    "faps_total": (("фап", "фельдшер", "медпункт", "fap", "health post"),),
    "pscs_connected": (_PSC, ("подключ", "қосыл", "connect")),
    "pscs_total": (_PSC,),
    "households_no_internet": (_HOUSEHOLDS,
                               ("без интернет", "без доступа", "не имеющ", "интернеті жоқ",
                                "қолжетімділігі жоқ", "қол жетімділігі жоқ", "no internet",
                                "without internet", "without access", "no access"),
                               ("интернет", "internet")),
    "households": (_HOUSEHOLDS,),
    "rural_population": (_PEOPLE, ("сельск", "ауыл", "rural")),
    "population": (_PEOPLE,),
    "network_coverage_share": (("покрыт", "қамту", "coverage", "охват"),),
}
# Words naming what else a table may count (kk / ru / en stems): they veto every statistics
# indicator, so a table of doctors or teachers is never population or schools, whatever else
# its title says ("Численность врачей", "Дәрігерлер саны", "Number of physicians").
OTHER_SUBJECTS = (
    "врач", "медсестр", "медработник", "медицинских работник", "медицинского персонал",
    "учител", "педагог", "преподавател", "студент", "учащ", "обучающ", "школьник", "больниц",
    "коек", "койк", "пациент", "заболев", "работник", "занят", "безработ", "пенсионер",
    "родивш", "рождаем", "умерш", "смертн", "брак", "развод", "мигра", "прибывш", "выбывш",
    "преступл", "скот", "автомоб", "предприят", "международн",
    "дәрігер", "мейірбике", "медбике", "мұғалім", "оқытушы", "оқушы", "білім алушы",
    "аурухана", "төсек", "науқас", "ауру", "жұмыскер", "қызметкер", "жұмыспен қамтылған",
    "жұмыссыз", "зейнеткер", "туған", "қайтыс", "өлім", "неке", "ажырас", "көші-қон",
    "қылмыс", "көлік", "кәсіпорын", "халықаралық",
    "physician", "doctor", "nurse", "medical staff", "medical worker", "teacher", "student",
    "pupil", "learner", "schoolchild", "hospital", "beds", "patient", "disease", "morbidity",
    "employ", "worker", "pensioner", "retire", "birth", "death", "mortality", "marriage",
    "divorce", "migra", "crime", "livestock", "vehicle", "enterprise", "international",
)
# Words of a rate, share or change: they veto the count indicators (everything but *_share), so
# "на 10 000 населения" or "% населения" is not population.
RATE_WORDS = (
    "на 1000", "на 1 000", "на 10000", "на 10 000", "на 100000", "на 100 000", "на душу",
    "на одного", "на 1 человек", "мың адамға", "адамға шаққанда", "жан басына", "per 1",
    "per capita", "per person", "%", "процент", "пайыз", "percent", "доля", "үлес", "share",
    "удельн", "плотност", "тығызд", "density", "прирост", "өсім", "growth", "изменени",
    "өзгеріс", "change", "индекс", "index", "покрыт", "қамту", "coverage", "охват",
)
# Stems that name an indicator only loosely (coverage of what?): a suggestion resting on them
# alone is weak evidence.
GENERIC_WORDS = ("покрыт", "қамту", "coverage", "охват")
# Metadata lines above a table ("Единица измерения: человек", "Код показателя | 1.01.001"): the
# indicator's name stands for the title, the unit for the caption, the rest is skipped.
_META = re.compile(
    r"^\s*(?:(?P<name>наименование показателя|название показателя|показатель|"
    r"көрсеткіштің атауы|көрсеткіш атауы|көрсеткіш|indicator name|indicator)|"
    r"(?P<unit>единица измерения|ед\.\s*изм\.?|өлшем бірлігі|unit of measure(?:ment)?|unit)|"
    r"(?P<other>код показателя|көрсеткіш коды|indicator code|код|периодичность|кезеңділігі|"
    r"кезеңділік|periodicity|frequency|источник(?: данных)?|дереккөз|source|"
    r"дата [\w ]+|жаңартылған күні|[\w ]*күні|date [\w ]+|date|примечание|ескерту|note|"
    r"методология|әдіснама|methodology|ответственн[\w ]*|жауапты[\w ]*|responsible[\w ]*|"
    r"телефон|phone|e-mail))\s*(?P<sep>[:：]|$)\s*(?P<value>.*)$", re.IGNORECASE)
# Words in header or title text that suggest a measure of the actuals a programme reports
# (core.variance.MEASURES), kk / ru / en stems. Order matters: the first entry whose every
# group hits wins, so money comes before counts ("Сумма выданных ваучеров, тенге" is money) and
# per-type connections before all connections.
_MONEY = ("тенге", "теңге", "₸", "kzt", "сумм", "сома", "расход", "шығын", "жұмсал", "spent",
          "израсход", "освоен", "затрат", "стоимост", "құны", "cost")
_DEVICE = ("устройств", "құрылғ", "device", "гаджет", "компьютер", "ноутбук", "планшет")
_INTERNET = ("интернет", "internet")
_VOUCHER = ("ваучер", "voucher")
_ISSUED = ("выдан", "выдач", "берілг", "берілді", "issued")
_REDEEMED = ("погаш", "пайдаланыл", "использован", "өтелг", "redeem")
_KIT = ("комплект", "жинақ", "kit", "организац", "учрежден", "мекеме", "ұйым", "institution")
_INSTALLED = ("подключ", "қосыл", "connect", "установ", "орнатыл", "install")
ACTUALS_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "device_voucher_spent_kzt": (_DEVICE, _MONEY),
    "internet_voucher_spent_kzt": (_INTERNET, _VOUCHER, _MONEY),
    "kit_spent_kzt": (_KIT + _INSTALLED + ("школ", "мектеп", "фап", "цон", "хқко"), _MONEY),
    "spent_kzt": (_MONEY,),
    "device_voucher_redeemed": (_DEVICE, _REDEEMED),
    "device_voucher_issued": (_DEVICE, _ISSUED),
    "internet_voucher_redeemed": (_INTERNET, _VOUCHER, _REDEEMED),
    "internet_voucher_issued": (_INTERNET, _VOUCHER, _ISSUED),
    "school_kits_installed": (("школ", "мектеп", "school"), _INSTALLED),
    "fap_kits_installed": (("фап", "фельдшер", "медпункт", "fap", "health post"), _INSTALLED),
    "psc_kits_installed": (("цон", "хқко", "psc", "public service"), _INSTALLED),
    "kits_installed": (_KIT, _INSTALLED),
    "people_newly_with_access": (("доступ", "қолжетім", "access"),
                                 ("впервые", "алғаш", "new", "перв")),
}
# What a file holds ('statistics' for the dataset, 'actuals' for Follow-up) → its word table.
SUGGESTION_WORDS = {"statistics": INDICATOR_WORDS, "actuals": ACTUALS_WORDS}




def veto(text: str, indicator: str) -> str | None:
    """The word of `text` that rules `indicator` out: another subject (врач, мұғалім,
    student …) for any indicator, a rate or share (на 10 000, %, доля …) for a count."""
    low = text.lower()
    hit = next((w for w in OTHER_SUBJECTS if w in low), None)
    if hit is None and not indicator.endswith("_share"):
        hit = next((w for w in RATE_WORDS if w in low), None)
    return hit


def _matches(text: str, words: dict[str, tuple[tuple[str, ...], ...]]
             ) -> list[tuple[str, list[str]]]:
    """(indicator, the stems that named it) for each indicator `text` names, in table order;
    for statistics without those another subject or a rate word in `text` vetoes."""
    low = text.lower()
    hits = []
    for ind, groups in words.items():
        found = [next((w for w in group if w in low), None) for group in groups]
        if all(found) and not (words is INDICATOR_WORDS and veto(low, ind)):
            hits.append((ind, [w for w in found if w]))
    return hits


def suggest_indicator(text: str, words: dict[str, tuple[tuple[str, ...], ...]] | None = None
                      ) -> tuple[str | None, list[str]]:
    """Indicator id suggested by header or title text in kk/ru/en, plus alternatives.

    >>> suggest_indicator("Число общеобразовательных школ1)")[0]
    'schools_total'
    >>> suggest_indicator("Сельское население, человек")[0]
    'rural_population'
    >>> suggest_indicator("Численность врачей всех специальностей")[0] is None
    True
    >>> suggest_indicator("Погашено ваучеров на устройства", ACTUALS_WORDS)[0]
    'device_voucher_redeemed'
    """
    hits = [ind for ind, _stems in _matches(text, words or INDICATOR_WORDS)]
    return (hits[0] if hits else None), hits[1:]


def suggest_columns(columns: list[ColumnInfo], title: str,
             words: dict[str, tuple[tuple[str, ...], ...]], *, title_source: str = "title",
             caption: str = "") -> set[int]:
    """Suggestion, alternatives and evidence of each column: its header (not a period's), else
    the title (with the header's words), else the unit line; a rate or another subject in the
    unit line vetoes too. Returns the columns whose suggestion rests on weak evidence (the
    title, the sheet's name or the unit alone, or a generic word such as “покрытие”)."""
    weak: set[int] = set()
    for c in columns:
        tries = []
        if c.header and not c.period:
            tries.append((c.header, f"the column header “{c.header}”", False))
        if title:
            tries.append((f"{c.header} {title}", f"the {title_source} “{title}”", True))
        if caption:
            tries.append((f"{c.header} {title} {caption}", f"the unit “{caption}”", True))
        c.suggestion, c.alternatives, c.evidence = None, [], ""
        for text, evidence, is_weak in tries:
            hits = _matches(text, words)
            if words is INDICATOR_WORDS and caption:
                hits = [h for h in hits if not veto(caption, h[0])]
            if hits:
                c.suggestion, c.alternatives, c.evidence = \
                    hits[0][0], [h[0] for h in hits[1:]], evidence
                if is_weak or all(w in GENERIC_WORDS for w in hits[0][1]):
                    weak.add(c.index)
                break
    return weak

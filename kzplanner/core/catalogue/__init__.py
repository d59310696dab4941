"""Names and kk/ru/en labels of indicators, target groups, institution types and instruments.

The ids and the lookups (label, group_columns, register_indicator) are here; the label tables
live by area in labels_base, labels_export, labels_plan and labels_assumptions."""

from __future__ import annotations

from kzplanner.core.catalogue.labels_assumptions import ASSUMPTION_LABELS, MODEL_LABELS
from kzplanner.core.catalogue.labels_base import ACTUALS_LABELS, BASE_LABELS
from kzplanner.core.catalogue.labels_export import EXPORT_LABELS
from kzplanner.core.catalogue.labels_plan import MEASURE_LABELS, STRATEGY_LABELS
from kzplanner.core.catalogue.labels_settlements import SETTLEMENT_LABELS
from kzplanner.core.catalogue.labels_workbook import WORKBOOK_LABELS

INSTITUTION_TYPES: tuple[str, ...] = ("school", "fap", "psc")
DIMENSIONS: tuple[str, ...] = ("device", "internet")
DEFAULT_GROUPS: tuple[str, ...] = (
    "large_families",
    "hs_students",
    "novice_teachers",
    "elderly_60plus",
    "pwd",
)
# Count columns per unit when no institution register is loaded.
COUNT_COLUMNS: dict[str, tuple[str, str]] = {
    "school": ("schools_total", "schools_connected"),
    "fap": ("faps_total", "faps_connected"),
    "psc": ("pscs_total", "pscs_connected"),
}
BASE_INDICATORS: tuple[str, ...] = (
    "population",
    "rural_population",
    "households",
    "households_no_internet",
    "network_coverage_share",
)


# Per-language labels. Keys are stable ids; unknown ids fall back to the id itself. The tables
# live by area in this package's labels_* modules.
LABELS: dict[str, dict[str, str]] = dict(BASE_LABELS)

# Kinds of indicator for display: share (0..1 shown as %), index (0..100), count.
INDICATOR_KINDS: dict[str, str] = {
    "combined_gap": "index",
    "institutional_gap": "share",
    "device_gap": "share",
    "internet_gap": "share",
    "school_gap": "share",
    "fap_gap": "share",
    "psc_gap": "share",
    "school_coverage": "share",
    "fap_coverage": "share",
    "psc_coverage": "share",
    "network_coverage_share": "share",
    "population": "count",
    "rural_population": "count",
    "households": "count",
    "households_no_internet": "count",
}

# Indicators whose larger values are worse (drawn in warm colours).
BAD_IS_HIGH: set[str] = set(
    {"combined_gap", "institutional_gap", "device_gap", "internet_gap",
     "school_gap", "fap_gap", "psc_gap", "households_no_internet"}
)


def label(key: str, lang: str = "en") -> str:
    """Label of `key` in `lang`, falling back to English, then to the id.

    >>> label("fap", "ru")
    'ФАПы'
    """
    entry = LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]


def group_columns(group: str) -> tuple[str, str, str]:
    """Statistic columns of a target group: eligible, lacking a device, lacking internet."""
    return f"{group}_eligible", f"{group}_no_device", f"{group}_no_internet"

# What a programme reports afterwards (core.variance.MEASURES): actuals templates and views;
# headers and words of exported plans, maps and CLI summaries; whether λ moves a strategy's plan
# and what the next million buys.
LABELS.update(ACTUALS_LABELS)
LABELS.update(EXPORT_LABELS)
LABELS.update(STRATEGY_LABELS)


def register_indicator(key: str, labels: dict[str, str], kind: str = "count",
                       bad_is_high: bool = False) -> None:
    """Make an indicator known for display (labels, number kind, colour direction): the
    monitoring catalogue at import, and custom indicators (e.g. projected − actual) at run time.
    Existing labels are not overwritten."""
    LABELS.setdefault(key, dict(labels))
    INDICATOR_KINDS.setdefault(key, kind)
    if bad_is_high:
        BAD_IS_HIGH.add(key)


def _register_monitoring() -> None:
    from kzplanner.core.monitoring import MONITORING_INDICATORS

    for m in MONITORING_INDICATORS:
        register_indicator(m.id, m.label, m.kind, m.bad_is_high)


_register_monitoring()

# Issue 16: the measures a plan reports, each apart; the objective and its exchange rate; the
# assumptions sheet in words a planner reads; urban and rural institutions apart (seed 002); the
# model: envelopes, what an institution without access lacks, groups "of which" another.
LABELS.update(MEASURE_LABELS)
LABELS.update(ASSUMPTION_LABELS)
LABELS.update(MODEL_LABELS)
LABELS.update(SETTLEMENT_LABELS)
for _key, _entry in WORKBOOK_LABELS.items():  # issue 20: the workbook a commission signs
    LABELS.setdefault(_key, _entry)
for _t, _names in (("school", ("Schools", "Школы", "мектептер")),
                   ("fap", ("FAPs", "ФАПы", "ФАП-тар")),
                   ("psc", ("PSCs", "ЦОНы", "ХҚКО-лар"))):
    LABELS.setdefault(f"{_t}_gap_connection", {
        "en": f"{_names[0]} without a connection at the benchmark speed",
        "ru": f"{_names[1]} без подключения на нормативной скорости",
        "kk": f"Нормативтік жылдамдықпен қосылмаған {_names[2]}"})
    LABELS.setdefault(f"{_t}_gap_equipment", {
        "en": f"{_names[0]} without equipment or licences",
        "ru": f"{_names[1]} без оборудования или лицензий",
        "kk": f"Жабдығы немесе лицензиясы жоқ {_names[2]}"})
    for _part in ("connection", "equipment"):
        INDICATOR_KINDS.setdefault(f"{_t}_gap_{_part}", "share")
        BAD_IS_HIGH.add(f"{_t}_gap_{_part}")

"""Loading statistics and actuals tables, Qt-free: detect the layout and offer saved mappings
(detect), apply the mapping and check the rows against the units (check), load the dataset with
the mapping and decisions (options). The import wizard and the command line's data options
both go through these functions."""

from kzplanner.app.load.check import (
    CheckResult,
    build_report,
    check_actuals,
    check_mapping,
    confirmed_source,
    stats_source,
    text_report,
)
from kzplanner.app.load.detect import (
    MAPPING_SUFFIX,
    SELECTS,
    TYPES,
    Detection,
    MappingOffer,
    chosen_period,
    column_rows,
    confirm_columns,
    default_mapping_path,
    detect,
    find_mapping_offers,
    indicator_choices,
    indicator_label,
)
from kzplanner.app.load.options import layout_lines, load_data, read_options, statistics_sources

__all__ = ["MAPPING_SUFFIX", "SELECTS", "TYPES", "CheckResult", "Detection", "MappingOffer",
           "build_report", "check_actuals", "check_mapping", "chosen_period", "column_rows",
           "confirm_columns", "confirmed_source", "default_mapping_path", "detect",
           "find_mapping_offers", "indicator_choices", "indicator_label", "layout_lines",
           "load_data", "read_options", "stats_source", "statistics_sources", "text_report"]

"""Error details and parameter names in kk/ru/en (issue 20): a Kazakh message carries no English
fragment and no raw parameter id."""

from __future__ import annotations

import string

import pytest

from kzplanner.errors import KZError
from kzplanner.errors.details import DETAILS, PARAMETER_NAMES


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("key", sorted(DETAILS))
def test_every_detail_says_the_same_in_kk_and_ru(key):
    entry = DETAILS[key]
    for lang in ("kk", "ru"):
        assert entry.get(lang), (key, lang)
        assert _fields(entry[lang]) == _fields(key), (key, lang)  # the same placeholders


def test_the_issue_s_budget_message_is_kazakh_throughout():
    err = KZError("bad_parameter", column="budget_kzt", detail="must be ≥ 0")
    text = err.message("kk")
    assert "budget_kzt" not in text and "must" not in text
    assert text == "«бюджет, ₸» параметрі: 0-ден кем болмауы керек"
    assert err.message("en") == "Parameter “budget, ₸”: must be ≥ 0"


def test_a_templated_detail_is_filled_in_each_language():
    err = KZError("bad_parameter", column="--budget",
                  detail="not an amount: “{value}” (digits, with spaces as thousands "
                         "separators)", extra={"value": "2 000 x"})
    assert "«2 000 x» — сома емес" in err.message("kk")
    assert "«2 000 x» — не сумма" in err.message("ru")
    assert "not an amount: “2 000 x”" in err.message("en")


def test_unknown_details_and_file_keys_are_shown_as_given():
    err = KZError("bad_parameter", column="costs.kit_kzt.school.rural", detail="42 > 7")
    assert err.message("kk") == "«costs.kit_kzt.school.rural» параметрі: 42 > 7"
    assert KZError("bad_parameter", column="takeup.pwd", detail="must be in (0, 1]").message(
        "ru") == "Параметр «доля обращений: люди с инвалидностью»: должна быть больше 0 и не " \
                 "больше 1"


def test_parameter_names_exist_in_every_language():
    for key, entry in PARAMETER_NAMES.items():
        assert all(entry.get(lang) for lang in ("kk", "ru", "en")), key


def test_a_large_number_in_a_detail_is_written_out():
    err = KZError("bad_value", file="f.xlsx", sheet="S", row=3, column="C",
                  detail=f"{39530000.0:g}")
    for lang, shown in (("kk", "39\u00a0530\u00a0000"), ("ru", "39\u00a0530\u00a0000"),
                        ("en", "39,530,000")):
        text = err.message(lang)
        assert shown in text and "e+07" not in text, text

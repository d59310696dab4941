"""Amounts as planners type them (issue 20): spaces, no-break and thin spaces between thousands."""

from __future__ import annotations

import pytest

from kzplanner.core.formatting import format_kzt, format_number, parse_amount


@pytest.mark.parametrize("text", ["2 000 000 000", "2\u00a0000\u00a0000\u00a0000",
                                  "2\u202f000\u202f000\u202f000", "2\u2009000\u2009000\u2009000",
                                  "2000000000", "2e9", "2,000,000,000", " 2 000 000 000 ₸ ",
                                  "2 000 000 000 тг"])
def test_two_billion_however_it_is_typed(text):
    assert parse_amount(text) == 2e9


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_what_the_app_prints_it_reads_back(lang):
    for value in (0, 7, 1_234_567, 2e9):
        assert parse_amount(format_kzt(value, lang), lang) == value
    assert parse_amount(format_number(1234.5, lang, 1), lang) == 1234.5


@pytest.mark.parametrize("text", ["", "2 000 x", "два", "1,2,3", "nan", "inf", "--5"])
def test_anything_else_is_refused(text):
    with pytest.raises(ValueError):
        parse_amount(text)

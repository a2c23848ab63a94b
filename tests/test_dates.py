"""The date shapes defined once (`corpusclean.dates`) and the readers built from them.

A reader that asks whether a line holds a date (`detect.comments.stamps`) and one that reads
which date it is (`detect.teaserrecords.date_key`) must agree on every date the shared shapes
write; the month-name readers (`Language.month_date`, the stamps' dates with a year) must find
every language's own month names in both orders. These are properties that held before the
shapes were shared (the patterns were copies) and must keep holding.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.dates import DAY_FIRST_DATE, DAY_MONTH, ISO_DATE, MONTH_DAY
from corpusclean.detect.comments.stamps import _holds_a_date, _year_date
from corpusclean.detect.teaserrecords import date_key
from corpusclean.language import load_thread_words, shared_thread_word_languages, shipped_languages

YEARS = st.integers(min_value=1900, max_value=2099)
MONTHS = st.integers(min_value=1, max_value=12)
DAYS = st.integers(min_value=1, max_value=28)
# The month names of the languages every document reads, which another language may share.
_OTHERS = frozenset(
    month for code in shared_thread_word_languages() for month in load_thread_words(code).months
)


@given(YEARS, MONTHS, DAYS, st.sampled_from([".", "-"]), st.booleans())
def test_a_numeric_date_is_read_alike_by_the_teasers_and_the_stamps(
    year: int, month: int, day: int, mark: str, iso: bool
) -> None:
    text = f"{year}-{month:02}-{day:02}" if iso else f"{day}{mark}{month:02}{mark}{year}"
    assert re.fullmatch(ISO_DATE if iso else DAY_FIRST_DATE, text)
    line = f"Posted {text} | Technik"
    assert date_key(line, load_thread_words("en")) == (year, month, day)
    assert _holds_a_date(line, load_thread_words("en"))


@given(YEARS, MONTHS, DAYS)
def test_a_slash_date_holds_a_date_but_tells_no_order(year: int, month: int, day: int) -> None:
    # on purpose: the stamps read it, the teaser records (which compare dates) do not
    line = f"{month}/{day}/{year}"
    assert re.search(DAY_FIRST_DATE, line) is None
    assert _holds_a_date(line, load_thread_words("en"))
    assert date_key(line, load_thread_words("en")) is None


@pytest.mark.parametrize("code", shipped_languages())
def test_every_month_name_is_read_in_both_orders_with_and_without_a_year(code: str) -> None:
    words = load_thread_words(code)
    # the stamps' dates with a year read the month names every document reads (those of the
    # languages with a rule set); a document's own language reads its own
    any_language = code in shared_thread_word_languages()
    for month in words.months:
        for line in (f"{month} 4, 2019", f"4. {month} 2019", f"4 de {month} de 2019"):
            assert words.month_date.search(line), (code, line)
            assert bool(_year_date().search(line)) is any_language or month in _OTHERS, line
        assert words.month_date.search(f"am 4. {month}"), (code, month)
        assert not _year_date().search(f"am 4. {month}"), (code, month)  # no year


def test_the_month_shapes_are_templates_of_month_names() -> None:
    day_month = re.compile(DAY_MONTH.format(months="mars"), re.IGNORECASE)
    month_day = re.compile(MONTH_DAY.format(months="mars"), re.IGNORECASE)
    assert day_month.match("16 Mars") and month_day.match("Mars 16th")
    assert not day_month.match("Marsh 16") and not month_day.match("Marsh 16")

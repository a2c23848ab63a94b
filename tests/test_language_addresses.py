"""`language.without_addresses` finds the addresses the one-pattern reading found.

The function reads an address from its mark's sign (`language._ADDRESS_TAIL`), then widens it
to its run of non-spaces; the pattern it replaced read each run from its start. The reference
below is that pattern, kept here only to hold the two to the same spans.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from corpusclean.language import without_addresses
from strategies import article_texts

# The pattern `without_addresses` used before: a run of non-spaces holding a scheme, "www.",
# an "@" between word characters, or a dot between two letters.
_REFERENCE = re.compile(r"(?<!\S)\S*?(?:://|www\.|\w@\w|[^\W\d_]\.[^\W\d_])\S*")

# Characters that make and break the marks: letters Latin and not (and "ſ", a letter that
# `re` folds), digits, "_", the marks' signs, slashes, quotes, and spaces ASCII and not.
_PIECES = st.sampled_from(
    (
        "a",
        "w",
        "www",
        "Z",
        "é",
        "ж",
        "ſ",
        "5",
        "_",
        ".",
        "@",
        ":",
        "/",
        "//",
        "://",
        "-",
        "»",
        " ",
        "\n",
        "\t",
        "\u00a0",
        "\u2003",
        "\u3000",
        "\x1c",
        "\x85",
        "example.com",
        "a@b",
    )
)


def _reference(text: str) -> str:
    return _REFERENCE.sub(" ", text)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_the_same_spans_on_mark_pieces(text: str) -> None:
    assert without_addresses(text) == _reference(text)


@given(st.text(max_size=80))
def test_the_same_spans_on_any_text(text: str) -> None:
    assert without_addresses(text) == _reference(text)


@given(article_texts())
def test_the_same_spans_on_article_text(text: str) -> None:
    assert without_addresses(text) == _reference(text)


def test_a_run_of_several_marks_goes_once() -> None:
    text = "mail:a@b.de, or https://x.org/a.b ok"
    assert without_addresses(text) == _reference(text) == "  or   ok"

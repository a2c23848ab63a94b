"""A banner's or a call's words quoted at the start of an article's sentence stay (precision23).

An article about cookie banners, comment sections or newsletters quotes their words and goes
on ("« Ce site utilise des cookies » : derrière cette phrase, un marché ..."). The cookie
rules of the six European languages besides English take no line that opens on a quotation
closing before the line goes on; the bare banner still goes.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from strategies import examples, sentences

CASES = Path(__file__).parent / "cases"
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
# Each language's quotation marks as its press prints them, opening and closing; the straight
# double quote every language's sites also use.
QUOTES = {
    "de": (("„", "“"), ("»", "«"), ('"', '"')),
    "fr": (("« ", " »"), ("“", "”"), ('"', '"')),
    "es": (("«", "»"), ("“", "”"), ('"', '"')),
    "it": (("«", "»"), ("“", "”"), ('"', '"')),
    "pt": (("“", "”"), ("«", "»"), ('"', '"')),
    "nl": (("'", "'"), ("‘", "’"), ('"', '"')),
}
# What follows the closing mark in an article's sentence: a colon, a comma, a dash or nothing.
JOINS = (": ", ", ", " – ", " ")


@cache
def banners(language: str) -> tuple[str, ...]:
    """The cookie banners the language's rule cases expect the cookie rule to remove, of one
    line and no quotation mark of their own."""
    data = json.loads((CASES / f"rules_{language}.json").read_text(encoding="utf-8"))
    return tuple(
        case["input"]
        for case in data["cases"]
        if case["rule"] == "cookie_notice"
        and case["expect"] == "removed"
        and isinstance(case["input"], str)
        and not any(mark in case["input"] for mark in "„“”\"«»‚‘’'")
    )


@cache
def cleaner(language: str) -> Cleaner:
    return Cleaner(Config(language=language))


def cookie_removals(language: str, line: str) -> list[str]:
    """The lines the cookie rule removed when the line is cleaned alone."""
    article = cleaner(language).clean(line)
    return [removal.text for removal in article.removed if removal.rule == "cookie_notice"]


def test_every_language_has_banners_to_quote() -> None:
    assert all(banners(language) for language in LANGUAGES)


@settings(max_examples=examples(60))
@given(data=st.data())
def test_a_quoted_banner_opening_a_sentence_stays(data: st.DataObject) -> None:
    language = data.draw(st.sampled_from(LANGUAGES))
    banner = data.draw(st.sampled_from(banners(language))).rstrip(".!")
    opening, closing = data.draw(st.sampled_from(QUOTES[language]))
    join = data.draw(st.sampled_from(JOINS))
    rest = data.draw(sentences(min_words=3, max_words=12))
    line = f"{opening}{banner}{closing}{join}{rest[0].lower()}{rest[1:]}"
    assert cookie_removals(language, line) == []
    # The bare banner still goes: the quotation, not a lost pattern, keeps the line.
    assert cookie_removals(language, banner) == [banner]

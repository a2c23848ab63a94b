"""Language as data: `Config.language` picks the rule file and the word lists."""

from __future__ import annotations

import pytest

import corpusclean
from corpusclean import Cleaner, Config
from corpusclean.language import load_language
from corpusclean.rules import builtin_languages, load_builtin_rules

BODY = [
    "Alibaba opened its first Southeast Asian office in Kuala Lumpur on Monday, officials said.",
    "The company said the office would serve as a hub for the region's small businesses.",
]


def test_english_is_the_default_and_has_rules_and_words() -> None:
    assert Config().language == "en"
    assert "en" in builtin_languages()
    assert Cleaner().matcher.rules == load_builtin_rules("en")
    assert "thank you" in load_language("en").greetings


@pytest.mark.parametrize("bad", ["english", "EN", "e", "", "en-GB"])
def test_a_language_is_a_lower_case_code(bad: str) -> None:
    with pytest.raises(ValueError, match="ISO 639 code"):
        Config(language=bad)


def test_a_language_without_rules_still_gets_the_detectors() -> None:
    # No Swahili rule set ships: no rule removes "Share this on", but the duplicate detector
    # and the repeated-label detector read shape and position, which hold in any language.
    assert load_builtin_rules("sw") == ()
    text = "\n".join([BODY[0], "Share this on", "Reuters Photo", BODY[1], "Reuters Photo", BODY[0]])
    article = corpusclean.clean(text, config=Config(language="sw"))
    assert "Share this on" in article.paragraphs
    assert [r.rule for r in article.removed] == [
        "repeated_label",
        "repeated_label",
        "duplicate_paragraph",
    ]
    english = corpusclean.clean(text)
    assert "share_call" in [r.rule for r in english.removed]


def test_greetings_come_from_the_language_data() -> None:
    english = load_language("en").greeting
    assert english.fullmatch("Hi Milan,") and english.fullmatch("Thank you all!")
    assert not english.fullmatch("Hier ist die Antwort")
    assert not load_language("sw").greeting.fullmatch("Hi Milan,")

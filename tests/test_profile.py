"""The company-profile detector (detect/profile.py): what it must leave, first, then what goes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean import Cleaner, Config
from corpusclean.language import any_stopword, stopword_lists
from corpusclean.text import label_key
from strategies import article_texts, sentences

RELEASE = [
    "Ascom and GE Healthcare announce a distribution partnership in Europe",
    "BAAR, SWITZERLAND",
    "Ascom and GE Healthcare announced on Monday a strategic partnership to distribute the "
    "Digistat Patient Watch solution to intensive care units across Europe.",
    "The solution collects data from the devices connected to a patient and gives clinicians "
    "a view of every bed in the unit, the companies said in a statement.",
    "“It has the potential to change their practice and improve workflow efficiency,” said "
    "André Neu, head of platform solutions for Ascom.",
]
PROFILE = [
    "Ascom is a global solutions provider focused on healthcare ICT and mobile workflow "
    "solutions. Ascom’s mission is to provide mission-critical, real-time solutions.",
    "Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and "
    "employs around 1,300 people worldwide. Ascom registered shares (ASCN) are listed on the "
    "SIX Swiss Exchange in Zurich.",
]
PROFILE_DE = [
    "Über die Beispiel AG",
    "Die Beispiel AG mit Sitz in Köln ist ein führender Anbieter von Software für Kliniken. "
    "Das Unternehmen beschäftigt rund 1.300 Mitarbeiterinnen und Mitarbeiter in 15 Ländern.",
]
RULE = "company_profile"


def removed_by_profile(lines: list[str], language: str = "en") -> list[str]:
    article = Cleaner(Config(language=language)).clean("\n".join(lines))
    return [r.text for r in article.removed if r.rule == RULE]


def test_a_story_ending_with_background_on_a_company_stays() -> None:
    background = (
        "WeWork is headquartered in New York City and employs 12,000 people worldwide, "
        "according to its filings with the Securities and Exchange Commission."
    )
    assert removed_by_profile([*RELEASE, background]) == []
    # Two closing paragraphs about the company, but with a phrase or two each.
    shares = "Ascom shares rose 3 per cent in Zurich on Monday after the announcement was made."
    staff = "Ascom employs around 1,300 people, most of them in Switzerland and in Sweden."
    assert removed_by_profile([*RELEASE, staff, shares]) == []


def test_paragraphs_opening_with_a_stopword_are_no_company_name() -> None:
    closing = [
        "The company is headquartered in Baar, has subsidiaries in 15 countries and employs "
        "around 1,300 people worldwide, its annual report shows.",
        "The shares are listed on the SIX Swiss Exchange, where they fell 2 per cent this year.",
    ]
    assert removed_by_profile([*RELEASE, *closing]) == []


def test_a_profile_with_few_profile_phrases_stays() -> None:
    # An "About" section of a release that is a product pitch, not a profile (the gold of
    # the dev set keeps such sections).
    about = [
        "About my6sense",
        "my6sense offers an open programmatic white-label native advertising platform for ad "
        "networks and publishers. For more information, please visit www.my6sense.com.",
    ]
    assert removed_by_profile([*RELEASE, *about]) == []


def test_a_profile_with_nothing_above_it_or_text_after_it_stays() -> None:
    assert removed_by_profile([RELEASE[0], *PROFILE]) == []
    assert removed_by_profile([*RELEASE[:3], *PROFILE, RELEASE[3], RELEASE[4]]) == []


def test_a_profile_ending_a_release_goes() -> None:
    assert removed_by_profile([*RELEASE, *PROFILE]) == PROFILE
    about = ["About Ascom", *PROFILE]
    assert removed_by_profile([*RELEASE, *about]) == about


def test_a_german_profile_under_its_heading_goes_in_any_language() -> None:
    for language in ("de", "en", "auto"):
        assert removed_by_profile([*RELEASE, *PROFILE_DE], language) == PROFILE_DE


@given(article_texts(junk=False, damage=False))
def test_never_removes_anything_from_a_generated_article(text: str) -> None:
    assert removed_by_profile(text.splitlines()) == []


# Body paragraphs of three sentences of 8 words or more: prose, and together more words than
# the profile, so the article stands above it.
BODY_PARAGRAPHS = st.lists(
    st.lists(sentences(min_words=8), min_size=3, max_size=3).map(" ".join),
    min_size=3,
    max_size=6,
    unique_by=label_key,
)


@given(BODY_PARAGRAPHS, st.booleans())
def test_the_article_above_a_profile_is_kept_whole_and_in_order(
    body: list[str], headed: bool
) -> None:
    profile = ["About Ascom", *PROFILE] if headed else PROFILE
    article = corpusclean.clean("\n".join([RELEASE[0], *body, *profile]))
    assert article.paragraphs == tuple(body)
    assert [r.text for r in article.removed] == profile
    again = corpusclean.clean(article.render())
    assert (again.title, again.paragraphs, again.removed) == (article.title, tuple(body), ())


@given(st.sampled_from(sorted(any_stopword())) | st.text(max_size=8))
def test_a_function_word_of_any_list_is_in_the_one_set(word: str) -> None:
    # `_opening_name` asks the one set where it asked each list in turn.
    assert (word in any_stopword()) == any(word in words for words in stopword_lists().values())


def test_a_profile_above_a_short_sign_up_box_goes_and_the_box_stays() -> None:
    box = ["Stay up to date with Ascom.", "You have successfully subscribed. Thank you!"]
    assert removed_by_profile([*RELEASE, *PROFILE, *box]) == PROFILE
    article = Cleaner(Config()).clean("\n".join([*RELEASE, *PROFILE, *box]))
    assert box[0] in article.paragraphs


def test_a_profile_above_more_than_a_sign_up_box_stays() -> None:
    # Three short lines, or one line of prose length, after it: the profile is not the end.
    box = ["Media relations Baar", "Rita Muster, Zug office", "Hans Beispiel, Malmö office"]
    assert removed_by_profile([*RELEASE, *PROFILE, *box]) == []
    later = "The two companies will present the solution to hospitals at a fair in Berlin."
    assert removed_by_profile([*RELEASE, *PROFILE, later]) == []

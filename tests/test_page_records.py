"""Tests for a short story's column of records in page mode (`corpusclean.page.records`,
read by `corpusclean.page.storylist`)."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.page import classify_page_lines
from corpusclean.page.records import holds_records, is_numbered_record, is_record, last_record
from strategies import examples, paragraphs
from test_page_storylist import (
    FOOTER_LINES,
    MENU_LINES,
    STORY,
    _in_order,
    _keep,
    _kept,
    _page_paragraphs,
    _without_the_pass,
)
from test_properties import assert_idempotent

# Short whole pages whose story ends in a column of records that no sentence closes and no
# colon announces (an agenda, service times by church with a head over each day), or
# closed by a short sentence under records longer than a menu's links (showtimes); then a
# share row whose label carries no cue word, tags, a related box and a footer.
PAGES = {
    "en-agenda": (
        ["Valley Echo", "Menu", "Local", "Farming", "Opinion", "Classifieds"],
        [
            "The planning committee meets on Thursday at 7pm in the town hall, and residents "
            "may speak on any item.",
            "Item 1: Minutes of the meeting of 4 May",
            "Item 2: Extension at 12 Mill Lane (rear, single storey)",
            "Item 3: Car park charges, 2025/26",
            "Item 4: Any other business",
        ],
        ["Share", "Copy link", "Related", "Mayor opens new footbridge", "Terms of use"],
    ),
    "en-times": (
        ["Ridgeway Herald", "News", "Community", "Church News", "Deaths", "Advertise"],
        [
            "The parish office has set the Easter service times for the two churches, with "
            "an extra early service this year.",
            "Good Friday",
            # A word of the menu ("Church News") beside words of its own: the story's.
            "St Mary's Church, 3pm",
            "Holy Trinity, 7.30pm",
            "Easter Sunday",
            "St Mary's, 6am (dawn service)",
            "Holy Trinity, 10am",
        ],
        ["Share", "Facebook", "Email", "Most read", "Cookie policy"],
    ),
    "fr-seances": (
        ["La Gazette du Val", "Accueil", "Actualités", "Culture", "Sports"],
        [
            "La salle des fêtes accueille cette semaine le festival du court métrage, avec "
            "une séance pour les écoles.",
            "Lundi 9 h 30 : séance scolaire, courts métrages d'animation",
            "Mardi 20 h : compétition européenne, premier programme",
            "Mercredi 20 h 30 : compétition européenne, second programme",
            "Samedi 18 h : palmarès et projection des films primés",
            "Entrée libre.",
        ],
        ["Partager", "Facebook", "À lire aussi", "Mentions légales"],
    ),
}


def test_a_column_of_records_is_kept_and_the_furniture_still_goes() -> None:
    for name, (menu, story, footer) in PAGES.items():
        lines = [*menu, *story, *footer]
        verdicts = dict(zip(lines, classify_page_lines(lines), strict=True))
        assert [s for s in story if not verdicts[s].keep] == [], name
        assert not any(verdicts[s].keep for s in (*menu, *footer)), name
        # The cleaner's rounds keep them too, in order, and no furniture.
        out = _page_paragraphs(lines)
        assert [s for s in out if s in story] == story, name
        assert not [s for s in out if s in (*menu, *footer)], name


AGENDA = [
    "Item 1: Minutes of the meeting of 4 May",
    "Item 2: Extension at 12 Mill Lane",
    "Item 3: Car park charges, 2025/26",
    "Item 4: Any other business",
]


def test_a_column_of_records_ends_with_its_last_record() -> None:
    # The share row's labels under the last record, over the first cue, stay dropped.
    lines = [STORY, *AGENDA, "Share", "Copy link", "Related", "Privacy"]
    keep = [True] + [False] * 8
    assert _keep(lines, keep) == [True] * 5 + [False] * 4
    # A slash between numbers ("2025/26") is no menu's separator; one between words is.
    lines = [STORY, AGENDA[0], "Home / News / Sport", *AGENDA[1:], "Privacy"]
    keep = [True] + [False] * 6
    assert _keep(lines, keep) == keep


def test_a_related_list_parted_by_kickers_still_goes() -> None:
    # Headlines with a kicker's colon or a comma are records, but with no number: alone
    # (no closing sentence, no colon over them), they are not the story's.
    headlines = [
        "Budget row: councillors walk out of meeting",
        "Town centre plan, the residents' verdict",
        "Footbridge opening: what you need to know",
    ]
    lines = [STORY, *headlines, "Facebook", "Privacy"]
    keep = [True] + [False] * 5
    assert _keep(lines, keep) == keep


def test_a_footer_menu_or_tags_under_a_short_story_still_go() -> None:
    keep = [True] + [False] * 5
    # A footer's links and its copyright line's year: no record among them.
    lines = [STORY, "About us", "Contact", "Advertise", "© 2025 Valley Echo", "Privacy"]
    assert _keep(lines, keep) == keep
    # A footer's links over one record: one line in three is no column.
    lines = [STORY, "Our newsroom", "Jobs", "Opening hours: 9am to 5pm", "Privacy", "Cookies"]
    assert _keep(lines, keep) == keep
    # Tags: words alone.
    lines = [STORY, "Tags", "Buses", "Council", "Business park", "Privacy"]
    assert _keep(lines, keep) == keep
    # Two records are no column: a byline and a date as often as a list.
    lines = [STORY, "Jane Smith, reporter", "Updated: 4 May, 10am", "Share", "Privacy"]
    keep = [True] + [False] * 4
    assert _keep(lines, keep) == keep


def test_a_column_made_of_the_menus_words_still_goes() -> None:
    # Records whose words are half the menu's or more are the site's own links.
    menu = ["Sport", "Results", "Fixtures", "Football"]
    rows = ["Football: Results, 2025", "Sport: Fixtures, 2025", "Football: Fixtures, 2024"]
    lines = [*menu, STORY, *rows, "Share", "Privacy"]
    keep = [False] * 4 + [True] + [False] * 5
    assert _keep(lines, keep) == keep


def test_record_readings() -> None:
    lines = ["Christmas Eve", "Knocktopher, 6pm", "Ballyhale, 9pm", "Share"]
    assert [is_record(s) for s in lines] == [False, True, True, False]
    assert holds_records(lines, [0, 1, 2]) and holds_records(lines, [0, 1, 2], numbered=True)
    assert not holds_records(lines, [0, 1, 2, 3])
    assert last_record(lines, [0, 1, 2, 3]) == 2
    assert not is_numbered_record("Budget row: councillors walk out")


PLACES = ("St Mary's", "Holy Trinity", "Mill Lane", "Town hall", "Item 3", "Sat 9 Aug")
HEADS = ("Good Friday", "Easter Sunday", "Weekdays", "Saturday")
LABELS = ("Share", "Copy link", "Artikel teilen", "Deel dit artikel")


@st.composite
def stories_with_records(draw: st.DrawFn) -> list[str]:
    """A short whole page whose story ends in records with a number (now and then a head
    over them, a closing sentence under them), then a share row's label and a footer."""
    menu = draw(st.lists(st.sampled_from(MENU_LINES), min_size=5, max_size=12, unique=True))
    story = draw(st.lists(paragraphs(1, 3), min_size=1, max_size=2))
    rows: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            rows.append(draw(st.sampled_from(HEADS)))
        mark = draw(st.sampled_from((": ", ", ")))
        rows.append(f"{draw(st.sampled_from(PLACES))}{mark}{draw(st.integers(1, 12))}pm")
    closing = draw(st.lists(st.sampled_from(("Entry is free.", "All are welcome.")), max_size=1))
    labels = draw(st.lists(st.sampled_from(LABELS), max_size=2, unique=True))
    footer = draw(st.lists(st.sampled_from(FOOTER_LINES), min_size=3, max_size=8, unique=True))
    return [*menu, *story, *rows, *closing, *labels, *footer]


@settings(max_examples=examples(60), deadline=None)
@given(stories_with_records())
def test_page_mode_stays_idempotent_with_the_storys_records(lines: list[str]) -> None:
    kept = _kept(lines)
    assert _kept(kept) == kept
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    assert_idempotent(cleaner, cleaner.clean("\n".join(lines)))


@settings(max_examples=examples(60), deadline=None)
@given(stories_with_records())
def test_records_keep_the_input_order_and_every_sentence_kept_before(lines: list[str]) -> None:
    before = _without_the_pass(lines)
    after = _page_paragraphs(lines)
    assert not [s for s in before if s not in after and s.endswith(".")]
    assert _in_order(after, lines)


RECORD_LINES = (*AGENDA, "St Mary's, 3pm", "Holy Trinity, 10am", "Good Friday", "Share")


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(st.one_of(paragraphs(1, 4), st.sampled_from(RECORD_LINES)), min_size=1, max_size=12)
)
def test_never_removes_an_article_only_inputs_text_with_records(story: list[str]) -> None:
    before, after = _without_the_pass(story), _page_paragraphs(story)
    assert all(s in after for s in before)
    assert _in_order(after, story)


def test_the_records_reading_is_what_keeps_the_column() -> None:
    # With the records reading off, the agenda page loses its items again.
    menu, story, footer = PAGES["en-agenda"]
    lines = [*menu, *story, *footer]
    with mock.patch("corpusclean.page.storylist.holds_records", lambda *a, **k: False):
        verdicts = classify_page_lines(lines)
    assert not all(v.keep for s, v in zip(lines, verdicts, strict=True) if s in story[1:])

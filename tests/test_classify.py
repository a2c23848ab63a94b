"""Boilerplate classification: negative cases that must survive whole, and the context pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.text import ends_like_sentence, looks_like_headline
from strategies import BANK_STORY as BODY
from strategies import paragraphs, sentences

NEGATIVE = json.loads((Path(__file__).parent / "cases" / "negative.json").read_text("utf-8"))


def test_negative_case_records_are_well_formed() -> None:
    assert len(NEGATIVE) >= 5
    for case in NEGATIVE:
        assert set(case) == {"label", "comment", "input"}, case.get("label")
        assert all(isinstance(line, str) for line in case["input"])
        assert sum(1 for line in case["input"] if line.strip()) >= 5


@pytest.mark.parametrize("case", NEGATIVE, ids=[case["label"] for case in NEGATIVE])
def test_real_article_text_comes_out_unchanged(case: dict[str, object]) -> None:
    lines = [line for line in case["input"] if line.strip()]  # type: ignore[attr-defined]
    article = corpusclean.clean("\n".join(case["input"]))  # type: ignore[arg-type]
    assert article.removed == ()
    assert article.flags == ()
    output = ([article.title] if article.title else []) + list(article.paragraphs)
    assert " ".join(output) == " ".join(lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jack Ma opens first Alibaba office in Southeast Asia in KL", True),
        ("Ma meets Mahathir", True),
        ("Alibaba has been expanding its presence in Malaysia in recent years.", False),
        ("KUALA LUMPUR:", False),
        ("Chinese billionaire Jack Ma opens the Alibaba Malaysia office today,", False),
        ("Headline", False),  # one word
        ("lower-case start of a sentence fragment", False),
        # A long sentence-case line ending a question or a quote is a lead sentence ...
        (
            "Snopes fact checker and staff writer David Emery posted to Twitter asking if "
            "there were “any un-angry Trump supporters?”",
            False,
        ),
        (
            "Residents of the small coastal town said they had never seen the river rise so "
            "fast before!",
            False,
        ),
        # ... but a headline may ask, quote, trail off or be long in title case.
        ("What is the value of drugs that come to the U.S. border?", True),
        (
            "Bubonic plague: Third case of plague in China as panic begins – "
            "‘The plague is coming’",
            True,
        ),
        ("Student Dies After Diet Pills She Bought Online “Burned Her Up From Within”", True),
        (
            "Why Did The Central Bank Of The Most Populous Country In The World Keep Its Rates "
            "Unchanged?",
            True,
        ),
        ("Police said the man, who was later arrested in the city centre, had been seen ...", True),
    ],
)
def test_looks_like_headline(text: str, expected: bool) -> None:
    assert looks_like_headline(text) is expected


@given(
    st.lists(sentences(min_words=17), min_size=1, max_size=2).map(" ".join),
    st.sampled_from(("?", "!", "?\u201d", "!'")),
    st.lists(paragraphs(), min_size=1, max_size=4),
)
def test_a_long_lead_sentence_ending_a_question_stays_in_the_text(
    lead: str, end: str, body: list[str]
) -> None:
    # The generated words are lower case after the first: a lead in sentence case, never a
    # title, so the article keeps it as its first paragraph, and cleaning again changes nothing.
    first = lead.rstrip(".?") + end
    article = corpusclean.clean("\n".join([first, *body]))
    assert article.title is None or article.title != first
    assert first in article.paragraphs
    again = corpusclean.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said so.", True),
        ("“We see,” he said.", True),
        ("Is it?", True),
        ("“It is OK.”", True),
        ("Ma meets Mahathir", False),
        ("KUALA LUMPUR:", False),
    ],
)
def test_ends_like_sentence(text: str, expected: bool) -> None:
    assert ends_like_sentence(text) is expected


def test_list_trigger_takes_the_headlines_after_it_but_not_the_prose() -> None:
    text = "\n".join(
        [
            *BODY,
            "Read also:",
            "Sabah approves extra RM1m grant for digital economy",
            "MITI aims to bring 10,000 companies on board DFTZ platform",
        ]
    )
    article = corpusclean.clean(text)
    assert article.paragraphs == BODY
    assert {r.rule for r in article.removed} == {"related_list"}
    assert len(article.removed) == 3


def test_list_trigger_inside_body_stops_at_the_next_paragraph() -> None:
    headlines = ["Jack Ma visits Putrajaya", "Sabah approves extra RM1m grant for digital economy"]
    text = "\n".join([BODY[0], "Related articles", *headlines, *BODY[1:]])
    article = corpusclean.clean(text)
    assert article.paragraphs == BODY


def test_list_trigger_inside_body_leaves_one_short_line_before_a_paragraph() -> None:
    # One short line between the label and the next paragraph may be the article's
    # sub-heading: nothing but the label tells it from a related headline, so it stays
    # (precision first; `detect.listscope.LONE_ITEM_MAX_WORDS`). The label goes.
    text = "\n".join([BODY[0], "Related articles", "Jack Ma visits Putrajaya", *BODY[1:]])
    article = corpusclean.clean(text)
    assert list(article.paragraphs) == [BODY[0], "Jack Ma visits Putrajaya", *BODY[1:]]
    assert [r.text for r in article.removed] == ["Related articles"]


def test_comment_heading_after_the_body_takes_the_thread() -> None:
    thread = [
        "Latest comments",
        "Great news for Malaysia, well done to everyone involved!",
        "I hope they hire local graduates this time round.",
    ]
    article = corpusclean.clean("\n".join([*BODY, *thread]))
    assert article.paragraphs == BODY
    assert [r.text for r in article.removed] == thread


STORY = [
    "The government reached a compromise on the heating law after long talks on Tuesday.",
    "The economy minister called it a good day for the climate; the opposition disagreed.",
    "According to coalition sources, the law is to pass before the summer break.",
    "The opposition said it might go to the constitutional court if debate was too short.",
    "Homeowners warned of high costs, and tenants' groups asked for a cap on rents.",
    "Whether the timetable holds is open. A first reading is planned for next week.",
]


@pytest.mark.parametrize(
    "counter", ["23 Comments", "Leave a comment", "Join the conversation", "Comments (4)"]
)
@pytest.mark.parametrize("after", [1, 2])
def test_comment_counter_in_the_first_half_takes_nothing_after_it(counter: str, after: int) -> None:
    # A counter or a link under the byline or the standfirst: the story goes on below it.
    article = corpusclean.clean("\n".join([*STORY[:after], counter, *STORY[after:]]))
    assert article.paragraphs == tuple(STORY)


@given(
    st.lists(paragraphs(min_sentences=2, max_sentences=4), min_size=3, max_size=8, unique=True),
    st.sampled_from(["23 Comments", "Leave a comment", "Comments", "Join the discussion"]),
    st.data(),
)
def test_comment_counter_before_two_thirds_of_the_words_never_takes_the_story(
    story: list[str], counter: str, data: st.DataObject
) -> None:
    words = [len(p.split()) for p in story]
    early = [i for i in range(1, len(story)) if sum(words[:i]) <= sum(words) * 2 / 3]
    if not early:
        return
    at = data.draw(st.sampled_from(early))
    plain = corpusclean.clean("\n".join(story))
    article = corpusclean.clean("\n".join([*story[:at], counter, *story[at:]]))
    assert article.paragraphs == plain.paragraphs


def test_comment_heading_early_takes_the_thread_its_controls_show() -> None:
    # A long thread after a short story: a comment rule knows the row under the heading.
    thread = ["Join the conversation", "Load more comments", *STORY[2:]]
    article = corpusclean.clean("\n".join([*STORY[:2], *thread]))
    assert article.paragraphs == tuple(STORY[:2])
    assert article.removed[0].rule == "comment_section"


def test_comment_heading_early_takes_the_thread_under_a_bracketed_control() -> None:
    thread = ["Top Rated Comments", "(View all)", *STORY[2:]]
    article = corpusclean.clean("\n".join([*STORY[:2], *thread]))
    assert article.paragraphs == tuple(STORY[:2])


def test_edge_rule_removes_a_byline_at_the_top_only() -> None:
    article = corpusclean.clean("\n".join(["By Jane Doe", *BODY]))
    assert article.paragraphs == BODY
    assert article.removed[0].rule == "byline"


@pytest.mark.parametrize("way", ["By Car", "By Train", "BY BUS", "By Air", "By ferry"])
def test_a_travel_storys_way_to_get_there_is_no_byline(way: str) -> None:
    # Blind probe session28e: "Getting there" / "By Train" / "By Bus" after the story's last
    # paragraph went as bylines; a means of transport alone after "By" names nobody.
    tail = ["Getting there", way, "The station is a short walk away."]
    article = corpusclean.clean("\n".join([*BODY, *tail]))
    assert article.paragraphs == (*BODY, *tail)
    for byline in ("By Michael Foot", "By Reuters", f"{way.title()} Jansen"):
        article = corpusclean.clean("\n".join([byline, *BODY]))
        assert [r.rule for r in article.removed] == ["byline"], byline


def test_repeated_short_label_is_removed_everywhere_but_first_line() -> None:
    text = "\n".join([BODY[0], "Free Malaysia Today", BODY[1], "Free Malaysia Today", BODY[2]])
    article = corpusclean.clean(text)
    assert article.paragraphs == BODY
    assert [r.rule for r in article.removed] == ["repeated_label", "repeated_label"]


def test_headings_listed_in_a_table_of_contents_are_not_labels() -> None:
    # Each heading is printed in the contents and again above its section: structure.
    contents = ["Assess How Deep Is Your Content", "Rewrite With Content Depth In Mind"]
    last = "Analysts expect the bank to keep rates on hold until the middle of next year."
    text = "\n".join(
        [BODY[0], *contents, "Why It Matters", BODY[1], contents[0], BODY[2], contents[1], last]
    )
    article = corpusclean.clean(text)
    assert article.removed == ()


def test_row_labels_of_a_table_are_not_labels() -> None:
    rows = ["The Girl Who Leapt Through Time", "| 1983", "Groundhog Day", "| 1993"]
    rows += ["The Girl Who Leapt Through Time", "| 2006"]
    article = corpusclean.clean("\n".join([*BODY, *rows]))
    assert "repeated_label" not in {r.rule for r in article.removed}


def test_a_credit_beside_captions_and_share_buttons_is_still_a_label() -> None:
    # The neighbours a rule removes (share buttons) make no list.
    text = "\n".join(
        [BODY[0], "Free Malaysia Today", "Share this on", BODY[1], "Free Malaysia Today", BODY[2]]
    )
    article = corpusclean.clean(text)
    assert article.paragraphs == BODY
    assert [r.rule for r in article.removed].count("repeated_label") == 2


def test_disabled_detector_keeps_its_lines() -> None:
    text = "\n".join([BODY[0], "Free Malaysia Today", BODY[1], "Free Malaysia Today", BODY[2]])
    config = corpusclean.Config(disabled_rules={"repeated_label"})
    assert corpusclean.clean(text, config=config).removed == ()


def test_evidence_off_keeps_edge_rule_lines() -> None:
    config = corpusclean.Config(evidence=False)
    article = corpusclean.clean("\n".join(["By Jane Doe", *BODY]), config=config)
    assert "By Jane Doe" in (article.title, *article.paragraphs)

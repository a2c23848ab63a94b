"""Tests for rows shaped like their kept neighbours in page mode (`corpusclean.page.rows`)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.page import classify_page_lines
from corpusclean.page.features import LineFacts, has_furniture_cue
from corpusclean.page.model import load_model
from corpusclean.page.rows import GLOSSARY_MIN_TERMS, ROW_RUN_MAX_LINES, keep_shaped_rows
from corpusclean.text import tokens
from page_reference import kept_lines
from strategies import examples, paragraphs
from test_properties import assert_idempotent

MENU = ["Skip to content", "Hollow Lane Allotments", "Home", "Plots", "Events", "Contact"]
FOOTER = ["Share this page", "Facebook", "Email", "Privacy notice", "Terms", "Back to top"]

# A society's glossary: one-word terms, each over the sentence that defines it.
GLOSSARY = [
    "New members hear words at the allotments that no dictionary has, so here are the ones "
    "you will meet in your first season on the site.",
    "Haulm",
    "The stems and leaves of potatoes, cut down before the crop is lifted in late summer.",
    "Tilth",
    "Soil raked to a fine, crumbly surface, ready for seed.",
    "Dibber",
    "A pointed stick for making holes to set seedlings and onion sets in.",
    "Cloche",
    "A small glass or plastic cover that keeps the frost off young plants in spring.",
    "Ask at the shed on Sunday mornings if a word you heard is missing from this list.",
]
# The verdicts before the pass as the model gives them to such a page: the definitions
# kept, the terms dropped.
GLOSSARY_KEEP = [True, False, True, False, True, False, True, False, True, True]


def _keep(lines: list[str], keep: list[bool]) -> list[bool]:
    n_tokens = [len(tokens(s)) for s in lines]
    return keep_shaped_rows(lines, n_tokens, keep, lambda s: has_furniture_cue(LineFacts(s)))


def _page_paragraphs(lines: list[str], mode: str = "page") -> list[str]:
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode=mode))
    return list(cleaner.clean("\n".join(lines)).paragraphs)


# --- What is kept (each fails on the code before the pass) -----------------------------------


def test_a_glossarys_terms_between_kept_definitions_are_kept() -> None:
    assert _keep(GLOSSARY, GLOSSARY_KEEP) == [True] * len(GLOSSARY)


def test_a_programmes_row_between_kept_rows_is_kept() -> None:
    lines = ["19:30 Doors open", "20:00 Welcome", "20:15 First reading", "21.00 Interval"]
    assert _keep(lines, [True, False, True, True]) == [True] * 4
    # Three rows in a run, between two kept rows (the Dutch "uur" after the time).
    lines = ["11.30 uur Muziek", "12.15 uur Aankomst", "12.30 uur Welkom", "13.00 uur Optocht"]
    lines += ["14.00 uur Einde"]
    assert _keep(lines, [True, False, False, False, True]) == [True] * 5


# A whole page: menu, cookie banner, a glossary whose definitions are short sentences, share
# row, related links, tags, footer.
PAGE_MENU = [*MENU, "We use cookies on this site.", "Accept", "Reject"]
PAGE_FOOTER = ["Share this page", "Facebook", "Email", "Related", "Pond reopens in May"]
PAGE_FOOTER += ["Tags: plots, soil", "Privacy notice", "Terms", "Back to top"]
PAGE_GLOSSARY = [
    "A little glossary of the plot",
    "New members hear words at the allotments that no dictionary has, so here are the ones "
    "you will meet in your first season.",
    "Haulm",
    "The stems and leaves of potatoes, cut down before the crop is lifted.",
    "Tilth",
    "Soil raked to a fine and crumbly surface.",
    "Dibber",
    "A pointed stick for making holes for seedlings.",
    "Cloche",
    "A small glass cover that keeps the frost off young plants, and this year the society "
    "lends out twenty of them.",
    "Mulch",
    "Straw or compost spread on the beds in autumn.",
    "Plots are let every March, and the waiting list is open on the society's notice board "
    "all year.",
]


def test_a_glossary_on_a_whole_page_keeps_its_terms_between_kept_definitions() -> None:
    # The model keeps the definitions around "Haulm" and "Mulch" and drops both terms; it
    # drops "Tilth" to "Cloche" with their definitions, a run longer than ROW_RUN_MAX_LINES
    # that stays the model's to decide.
    for mode in ("page", "auto"):
        kept = _page_paragraphs([*PAGE_MENU, *PAGE_GLOSSARY, *PAGE_FOOTER], mode)
        assert "Haulm" in kept and "Mulch" in kept, mode
        assert [s for s in PAGE_MENU + PAGE_FOOTER if s in kept] == [], mode


# --- What must still go (these held before the pass and must keep holding) ---------------

STORY = [
    "The parish council agreed on Thursday to turn the old bowling green behind the village "
    "hall into twelve allotment plots, after a survey found forty households wanting one.",
    "Work on the paths and a water supply starts in January, and the first plots should be "
    "handed over in the spring if the weather is kind to the contractors.",
]


def test_a_menu_between_two_paragraphs_still_goes() -> None:
    lines = [STORY[0], "Home", "News", "Sport", STORY[1]]
    keep = [True, False, False, False, True]
    assert _keep(lines, keep) == keep


def test_a_tag_row_between_paragraphs_still_goes() -> None:
    for row in ("Tags: allotments, council", "Advertisement"):
        lines = [*GLOSSARY[:3], row, *GLOSSARY[3:]]
        keep = [*GLOSSARY_KEEP[:3], False, *GLOSSARY_KEEP[3:]]
        assert has_furniture_cue(LineFacts(row)), row
        assert not _keep(lines, keep)[3], row


def test_a_label_printed_between_every_paragraph_still_goes() -> None:
    # "Advertisement"-like labels alternate with paragraphs as a glossary's terms do, but
    # the same label is printed again each time.
    lines = [STORY[0], "Sponsored", STORY[1], "Sponsored", STORY[0] + " Again.", "Sponsored"]
    lines += [STORY[1] + " Again."]
    keep = [True, False, True, False, True, False, True]
    assert _keep(lines, keep) == keep


def test_related_links_under_the_story_still_go() -> None:
    # Headlines and blurbs alternate like terms and definitions, but no kept line is below.
    lines = [*STORY, "Related", "Pond reopens", "The village pond reopens after works.", "Fete"]
    lines += ["The summer fete returns in June.", *FOOTER]
    keep = [True, True] + [False] * (len(lines) - 2)
    assert _keep(lines, keep) == keep
    # On the whole page, the headlines stay dropped (the blurbs are the model's and the
    # story tail's to decide, as before this pass).
    kept = _page_paragraphs(lines)
    assert [s for s in ("Related", "Pond reopens", "Fete", *FOOTER) if s in kept] == []


def test_a_share_row_a_footer_and_cookie_buttons_still_go() -> None:
    banner = ["We use cookies to count visits.", "Accept all", "Reject"]
    lines = [*MENU, *banner, *STORY, *FOOTER]
    keep = [False] * (len(MENU) + 3) + [True, True] + [False] * len(FOOTER)
    assert _keep(lines, keep) == keep
    # Buttons between the banner's sentence and a kept paragraph: no alternation.
    lines = [banner[0], "Accept all", "Reject", STORY[0]]
    assert _keep(lines, [True, False, False, True]) == [True, False, False, True]


def test_one_term_between_two_sentences_is_left_to_subheadings() -> None:
    lines = GLOSSARY[:3]
    assert GLOSSARY_MIN_TERMS > 1
    assert _keep(lines, [True, False, True]) == [True, False, True]


def test_a_time_stamp_between_paragraphs_still_goes() -> None:
    # A clock time opens the dropped line, not the kept lines around it.
    lines = [STORY[0], "12:30 Updated", STORY[1]]
    assert _keep(lines, [True, False, True]) == [True, False, True]


def test_a_longer_run_is_left_to_the_model() -> None:
    times = [f"{h}:00 Talk {h}" for h in range(10, 10 + ROW_RUN_MAX_LINES + 3)]
    keep = [True] + [False] * (len(times) - 2) + [True]
    assert _keep(times, keep) == keep


# --- Properties ----------------------------------------------------------------------------


@given(st.lists(st.text(max_size=40), max_size=30), st.data())
def test_only_adds_lines_between_kept_lines(lines: list[str], data: st.DataObject) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    out = _keep(lines, keep)
    assert len(out) == len(keep)
    assert all(o or not k for o, k in zip(out, keep, strict=True))  # never drops
    kept = [i for i, k in enumerate(keep) if k]
    for i in (i for i, (o, k) in enumerate(zip(out, keep, strict=True)) if o and not k):
        assert any(a < i < b for a, b in pairwise(kept))


def _rows_pages() -> st.SearchStrategy[list[str]]:
    terms = st.sampled_from(["Haulm", "Tilth", "Dibber", "Cloche", "Mulch", "Sets"])
    clocks = st.builds("{}:{:02d} {}".format, st.integers(8, 23), st.integers(0, 59), terms)
    rows = st.lists(st.one_of(terms, clocks, paragraphs(max_sentences=1)), max_size=12)
    story = st.lists(paragraphs(max_sentences=2), min_size=1, max_size=3)
    return st.builds(lambda r, p: [*MENU, *p, *r, *p[:1], *FOOTER], rows, story)


@settings(max_examples=examples(40), deadline=None)
@given(_rows_pages())
def test_the_reference_reads_the_rows_as_the_library_does(lines: list[str]) -> None:
    verdicts = classify_page_lines(lines)
    assert {i for i, v in enumerate(verdicts) if v.keep} == kept_lines(lines, load_model())


@settings(max_examples=examples(40), deadline=None)
@given(_rows_pages())
def test_page_mode_stays_idempotent_with_rows(lines: list[str]) -> None:
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    assert_idempotent(cleaner, cleaner.clean("\n".join(lines)))


def test_a_reader_threads_signatures_between_kept_comments_still_go() -> None:
    # Comments kept by the model, their signatures short names between them: the greeting
    # that ends with a comma is no term, and two names alternating are too few.
    lines = [
        "Next week I will try the same trees with snow on their branches.",
        "Lovely!",
        "Dear Ulrike,",
        "your trees look so alive, the lime in the middle most of all.",
        "Best Karin",
        "Which paper do you use? Mine always buckles.",
        "Gabi",
        "So well painted, it makes me long for winter.",
        "Greetings from the hills, Sabine here",
    ]
    keep = [True, True, True, True, False, True, False, True, False]
    assert _keep(lines, keep) == keep


def test_a_sites_sections_under_their_blurbs_still_go() -> None:
    # Cards of a site's sections: the model kept their blurbs; the names share the site's.
    lines = [
        "Talk to gardeners like you in our forums, a safe place to ask about any plot.",
        "Riverside Opinion",
        "Read what our experts think of this season's weather.",
        "Riverside Forums",
        "Meet people like you and get advice on living well.",
        "Riverside Answers",
        "Got a question? Get answers from growers and experts.",
    ]
    keep = [True, False, True, False, True, False, True]
    assert _keep(lines, keep) == keep

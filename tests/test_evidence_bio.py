"""The writer's bio after a story on a page (`detect.bio`): what stays, first, then what goes."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.detect.bio import BIO_MAX_BLOCKS_AFTER, NAME, mark_author_bio, opening_name
from corpusclean.detect.facts import Facts
from corpusclean.language import any_stopword, load_language
from corpusclean.model import KEEP, Block, Verdict
from detector_runs import removed_by
from strategies import distinct_paragraphs
from test_properties import assert_idempotent

STORY = [
    "A New York man pleaded guilty on Tuesday to threatening to kill a member of Congress "
    "in a call to her office in Washington, prosecutors said.",
    "He faces up to ten years in prison when he is sentenced in March, and he remains in "
    "custody until then, the court said in a statement.",
    "The man had a loaded handgun and other weapons in his home when he was arrested, "
    "according to a criminal complaint filed in federal court.",
]
BYLINE = "By Phil Helsel"
BIO = "Phil Helsel is a reporter for NBC News."


def run(lines: list[str], page_text: bool = True) -> list[str]:
    """The lines `mark_author_bio` removes from ``lines``, all kept before it."""
    return removed_by(mark_author_bio, NAME, lines, page_text=page_text)


# --- what stays -----------------------------------------------------------------------------


def test_text_that_is_no_page_keeps_its_bio() -> None:
    # An extractor's article may keep the bio as its own (the Readability set's gold does).
    assert run([BYLINE, *STORY, BIO], page_text=False) == []


def test_a_story_whose_last_paragraph_opens_with_a_name_alone_on_the_page_stays() -> None:
    # A place or a person printed alone (a tag, a caption) is no byline.
    last = "South Korea also hosts several polysilicon manufacturers, the ministry said."
    assert run(["South Korea", *STORY, last]) == []
    ward = "Denzel Ward is still waiting for his first interception of the year."
    assert run(["Denzel Ward", "Cleveland Browns", *STORY, ward]) == []


def test_a_bio_without_a_credit_or_far_from_the_end_stays() -> None:
    assert run([*STORY, BIO]) == []  # nobody is credited
    late = [*STORY, *(f"{line} Again." for line in STORY)]
    assert run([BYLINE, STORY[0], BIO, *late[: BIO_MAX_BLOCKS_AFTER + 1]]) == []


def test_a_list_of_people_each_under_its_name_stays() -> None:
    people = [
        "Jane Doe",
        "Jane Doe is a singer from Ohio who has toured with the band since 2010.",
        "John Roe",
        "John Roe is a drummer from Texas who joined the band three years ago.",
    ]
    assert run([*STORY, *people]) == []


def test_a_bio_with_no_story_above_it_stays() -> None:
    assert run([BYLINE, BIO]) == []


def test_a_name_that_ends_its_line_or_meets_a_colon_is_no_opening_name() -> None:
    facts = load_language("en")
    assert opening_name(Block("Jane Doe: I was there that night.", 0, 1), facts) == ()
    assert opening_name(Block("Jane Doe", 0, 1), facts) == ()
    assert opening_name(Block("The House voted on Tuesday.", 0, 1), facts) == ()
    assert opening_name(Block("Malaysia said so.", 0, 1), facts) == ()  # one word


# --- what goes ------------------------------------------------------------------------------


def test_a_bio_naming_the_bylined_writer_goes() -> None:
    assert run([BYLINE, *STORY, BIO]) == [BIO]
    # The page's promos below it do not hide it, and its name line goes with it.
    promo = "Get breaking news alerts and special reports delivered to your inbox."
    assert run([BYLINE, *STORY, "Phil Helsel", BIO, promo]) == ["Phil Helsel", BIO]


def test_a_bio_beside_its_name_line_goes_without_a_byline() -> None:
    bio = (
        "Pamela Wilson is an online educator, author, keynote speaker, and the founder of "
        "BIG Brand System."
    )
    assert run([*STORY, bio, "Pamela Wilson"]) == [bio, "Pamela Wilson"]


def test_a_bio_under_an_about_heading_goes_in_other_languages() -> None:
    bio = (
        "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen dem "
        "Online-Marketing und dem Vertrieb."
    )
    assert run([*STORY, "Über Moritz Bachmann", bio]) == ["Über Moritz Bachmann", bio]
    sobre = "Pai de Francesco e Teresa, Carlos Nadalim é também coordenador pedagógico."
    assert run([*STORY, "Sobre Carlos Nadalim", sobre]) == ["Sobre Carlos Nadalim", sobre]


def test_the_byline_a_page_classifier_dropped_is_still_evidence() -> None:
    # The byline is in the document's blocks, not in the round's (the page model dropped it).
    document = [Block(text, n, n + 1) for n, text in enumerate([BYLINE, *STORY, BIO])]
    blocks = document[1:]
    verdicts: list[Verdict] = [KEEP] * len(blocks)
    facts = Facts(load_language("en"), document)
    facts.page_text = True
    mark_author_bio(blocks, verdicts, facts)
    assert [v.rule for v in verdicts] == [None, None, None, NAME]


@given(
    distinct_paragraphs(min_size=2, max_size=6),
    st.sampled_from([[], [BIO], ["Phil Helsel", BIO]]),
    st.booleans(),
)
def test_the_story_is_never_taken_and_a_second_look_removes_nothing(
    story: list[str], box: list[str], byline: bool
) -> None:
    lines = [BYLINE, *story, *box] if byline else [*story, *box]
    removed = run(lines)
    assert not any(line in removed for line in story)
    assert removed == [line for line in lines if line in removed]  # input order
    assert run([line for line in lines if line not in removed]) == []


@given(distinct_paragraphs(min_size=2, max_size=5), st.sampled_from([[], [BIO]]))
def test_page_mode_keeps_the_story_and_cleans_to_a_fixed_point(
    story: list[str], box: list[str]
) -> None:
    cleaner = Cleaner(Config(mode="page"))
    article = cleaner.clean("\n".join([BYLINE, *story, *box]))
    starts = [removal.start for removal in article.removed]
    assert starts == sorted(starts)
    assert not any(r.rule == NAME and r.text in story for r in article.removed)
    assert_idempotent(cleaner, article)


names = st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=2, max_size=4).map(
    " ".join
)


# A name is capitalised words that are no function word of any shipped language, as
# `opening_name` reads it: "Era" is Italian's, Spanish's and Portuguese's "was", and a
# drawn "Aaa Era" is no name to it (the thorough profile's draw, thorough26), as "The
# House" is none. Such a name's bio stays (the detector's price, not a loss of the story).
@example("Aaa Era", "is a reporter.")
@given(names, st.sampled_from(["is a reporter.", "joined the paper in 2017.", "covers tech."]))
def test_a_full_name_before_a_lower_case_word_is_found_and_nothing_else(
    name: str, rest: str
) -> None:
    language = load_language("en")
    found = opening_name(Block(f"{name} {rest}", 0, 1), language)
    stop = {w.casefold() for w in name.split()} & any_stopword()
    assert found == (() if stop else tuple(name.casefold().split()))
    # A colon, a comma or the end of the line after it: no bio's opening.
    for text in (f"{name}: {rest}", f"{name}, {rest}", name):
        assert opening_name(Block(text, 0, 1), language) == ()

"""The two fixes of duplicate repair from `benchmarks/repair_eval.py`'s fifth blind round,
half 9 (``--shapes 9``, issue #12).

A pull quote re-set from a paragraph in quotation marks the paragraph lacks, printed before
it (the last paragraph quoted in the middle of the story), is the copy: it goes, the
paragraph stays. A standfirst of up to `TEASER_MAX_SENTENCES` sentences right under the
headline, above a lead that opens with a dateline ("Hannover. ", "BERLIN (dpa) - ") and goes
on with the standfirst's words, is a copy of the lead's start: it goes, the dated lead stays.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, MIN_WORDS, blocks
from corpusclean.dedupe.within import (
    DATELINE_MAX_WORDS,
    DUPLICATE_PARAGRAPH,
    DUPLICATE_TEASER,
    TEASER_MAX_SENTENCES,
    TEASER_MIN_WORDS,
    Duplicate,
    find_duplicates,
    find_teaser_copies,
)
from corpusclean.text import count_inner_sentence_ends, ends_like_sentence
from strategies import distinct_paragraphs, sentences
from test_properties import clean_keeping_story

TITLE = "Kreiskrankenhaus Gehrental soll Stationen schließen"
LEAD = (
    "Das Kreiskrankenhaus in Gehrental soll zum Ende des Quartals seine stationäre Versorgung"
    " einstellen. Der Träger begründet den Schritt mit einem Defizit von 4,8 Millionen Euro."
    " Die Notaufnahme soll bis zum Sommer offen bleiben."
)
STANDFIRST = (
    "Das Kreiskrankenhaus in Gehrental soll zum Ende des Quartals seine stationäre Versorgung"
    " einstellen. Der Träger begründet den Schritt mit einem Defizit von 4,8 Millionen Euro."
)
BODY = [
    LEAD,
    "Betroffen sind rund 180 Beschäftigte, von denen viele in andere Häuser des Trägers"
    " wechseln sollen, wie eine Sprecherin am Dienstag sagte.",
    "Im Kreistag regt sich Widerstand gegen die Pläne, vor allem aus den Gemeinden im Süden.",
    "Der Kreistag will im Mai endgültig abstimmen, bis dahin soll ein Gutachten vorliegen.",
]
BYLINE = "Von Jana Roe"
LAST = (
    "Officials said the bridge would reopen to traffic in the spring once the new supports"
    " have been tested."
)
STORY = [
    "The county closed the old river bridge on Monday after inspectors found cracks in two of"
    " its supports.",
    "Drivers face a detour of about twelve miles through the villages on the eastern bank.",
    "The ferry, which stopped running in 2009, will not return, the county said on Tuesday.",
    LAST,
]


def rules_of(lines: list[str]) -> dict[int, Duplicate]:
    return find_duplicates(blocks(lines), title=0, min_words=MIN_WORDS)


def paragraphs(lines: list[str]) -> tuple[str, ...]:
    return ARTICLE_MODE.clean("\n".join(lines)).paragraphs


# --- a pull quote in added quotation marks, before its paragraph ---------------------------


def test_a_quoted_pull_quote_of_the_last_paragraph_goes_and_the_paragraph_stays() -> None:
    quoted = f"“{LAST}”"
    lines = ["River bridge closed", *STORY[:2], quoted, *STORY[2:]]
    assert rules_of(lines) == {3: Duplicate(DUPLICATE_PARAGRAPH, 5)}
    assert paragraphs(lines) == paragraphs(["River bridge closed", *STORY])


def test_a_pull_quote_of_a_quoted_paragraph_gains_a_second_pair() -> None:
    said = f"“{LAST.removesuffix('.')},” the engineer said."
    story = [*STORY[:3], said]
    lines = ["River bridge closed", story[0], f"“{said}”", *story[1:]]
    assert rules_of(lines) == {2: Duplicate(DUPLICATE_PARAGRAPH, 5)}
    assert said in paragraphs(lines)


def test_a_pull_quote_after_its_paragraph_still_goes_as_before() -> None:
    lines = ["River bridge closed", *STORY, f"“{LAST}”"]
    assert rules_of(lines) == {5: Duplicate(DUPLICATE_PARAGRAPH, 4)}


def test_a_short_pull_quote_stays_with_its_paragraph() -> None:
    short = "The ferry will not return."
    lines = ["River bridge closed", STORY[0], f"“{short}”", *STORY[1:3], short, LAST]
    assert rules_of(lines) == {}


def test_a_quotation_printed_twice_alike_is_no_pull_quote() -> None:
    chant = "“Keep the bridge open for the people of the valley and the farms beyond it”"
    lines = ["River bridge closed", STORY[0], chant, *STORY[1:3], chant, LAST]
    assert rules_of(lines) == {}


def test_a_quotation_one_word_off_the_paragraph_stays() -> None:
    other = LAST.replace("spring", "summer")
    lines = ["River bridge closed", *STORY[:2], f"“{other}”", *STORY[2:]]
    assert rules_of(lines) == {}
    assert f"“{other}”" in paragraphs(lines)


# --- a standfirst above a dated lead --------------------------------------------------------


def test_a_two_sentence_standfirst_above_a_dated_lead_goes() -> None:
    dated = f"Hannover. {LEAD}"
    lines = [TITLE, STANDFIRST, BYLINE, dated, *BODY[1:]]
    assert find_teaser_copies(blocks(lines), 0) == {1: Duplicate(DUPLICATE_TEASER, 3)}
    assert paragraphs(lines) == paragraphs([TITLE, dated, *BODY[1:]])


def test_the_whole_lead_above_its_agency_dateline_goes() -> None:
    for dateline in ("BERLIN (dpa) - ", "Gehrental/Erfurt – ", "WASHINGTON — "):
        dated = f"{dateline}{LEAD}"
        lines = [TITLE, LEAD, BYLINE, dated, *BODY[1:]]
        assert find_teaser_copies(blocks(lines), 0) == {1: Duplicate(DUPLICATE_TEASER, 3)}


def test_two_sentences_above_an_undated_paragraph_that_goes_on_stay() -> None:
    # Without a dateline a whole teaser is one sentence: the lead printed again with a
    # caption's credit glued on is no paragraph the lead's description starts.
    lines = [TITLE, STANDFIRST, BYLINE, f"{STANDFIRST} (Foto: Max Muster/dpa)", *BODY[1:]]
    assert find_teaser_copies(blocks(lines), 0) == {}


def test_heads_that_are_no_dateline_keep_the_block() -> None:
    heads = [
        "In der Nacht zum Montag teilten die Behörden mit: ",  # more than DATELINE_MAX_WORDS
        "und dann. ",  # not capitalised
        "Hannover, ",  # no stop, dash or colon
        "Es regnete stark. ",  # a short sentence: lower-case words
    ]
    assert len(heads[0].split()) > DATELINE_MAX_WORDS
    for head in heads:
        lines = [TITLE, STANDFIRST, BYLINE, f"{head}{LEAD}", *BODY[1:]]
        assert find_teaser_copies(blocks(lines), 0) == {}, head


def test_a_paragraph_found_again_after_a_sentence_is_no_dated_description() -> None:
    # Found by test_evidence_lists' property: "Government the the the. " read as a dateline.
    story = [
        "Government the the the. Government the the the.",
        "Government the the the. Government the the the. Government the the the.",
    ]
    clean_keeping_story(["Government Government", *story], story)


def test_more_sentences_than_a_description_holds_stay() -> None:
    many = " ".join(["Es regnete am Morgen."] * TEASER_MAX_SENTENCES + ["Dann schien die Sonne."])
    lines = [TITLE, many, BYLINE, f"Hannover. {many} Der Wind drehte.", *BODY[1:]]
    assert find_teaser_copies(blocks(lines), 0) == {}


def test_a_dated_block_further_down_is_not_looked_for() -> None:
    filler = [f"Absatz {n} der Geschichte erzählt etwas über das Krankenhaus." for n in range(6)]
    lines = [TITLE, *filler, STANDFIRST, f"Hannover. {LEAD}"]
    assert find_teaser_copies(blocks(lines), 0) == {}


# --- properties -----------------------------------------------------------------------------


def no_block_in_another(texts: list[str]) -> bool:
    return not any(a in b for a in texts for b in texts if a is not b)


@given(
    distinct_paragraphs(min_sentences=1, min_size=2, max_size=7),
    st.lists(st.booleans(), min_size=7, max_size=7),
    st.sampled_from(["Hannover. ", "BERLIN (dpa) - ", "WASHINGTON — ", ""]),
)
def test_a_story_without_repeats_loses_no_line(
    body: list[str], quoted: list[bool], dateline: str
) -> None:
    # Quotation marks round some paragraphs and a dateline on the first are no repeats.
    story = [f"“{p}”" if q else p for p, q in zip(body, quoted, strict=False)]
    story[0] = f"{dateline}{story[0]}"
    if not no_block_in_another([TITLE, *story]):
        return
    assert find_duplicates(blocks([TITLE, *story]), title=0, min_words=MIN_WORDS) == {}
    clean_keeping_story([TITLE, *story], story)


@given(
    distinct_paragraphs(min_sentences=2, min_size=3, max_size=6),
    sentences(min_words=MIN_WORDS, max_words=24),
    st.data(),
)
def test_a_pull_quote_before_its_paragraph_goes_the_story_stays_in_order(
    body: list[str], last: str, data: st.DataObject
) -> None:
    story = [*body, last]
    if not no_block_in_another([TITLE, *story]) or last.startswith(("“", '"')):
        return
    at = data.draw(st.integers(1, len(body)))
    lines = [TITLE, *story[:at], f"“{last}”", *story[at:]]
    article = clean_keeping_story(lines, story)
    assert article.paragraphs.count(last) == 1
    assert f"“{last}”" not in article.paragraphs


@given(
    distinct_paragraphs(min_sentences=3, min_size=2, max_size=5),
    st.integers(1, TEASER_MAX_SENTENCES),
    st.sampled_from(["Hannover. ", "BERLIN (dpa) - ", "KUALA LUMPUR: "]),
)
def test_a_standfirst_above_its_dated_lead_goes_the_story_stays(
    body: list[str], count: int, dateline: str
) -> None:
    if not no_block_in_another([TITLE, *body]):
        return
    parts = body[0].split(". ")
    standfirst = ". ".join(parts[:count]) + ("." if count < len(parts) else "")
    story = [f"{dateline}{body[0]}", *body[1:]]
    lines = [TITLE, standfirst, BYLINE, *story]
    article = clean_keeping_story(lines, story)
    taken = (
        len(standfirst.split()) >= TEASER_MIN_WORDS
        and ends_like_sentence(standfirst)
        and 1 + count_inner_sentence_ends(standfirst) <= TEASER_MAX_SENTENCES
    )
    assert (standfirst in article.paragraphs) is not taken

"""Duplicate repair's fixes from `benchmarks/repair_eval.py`'s seventh blind round, half 14
(``--shapes 14``, issue #12), written after its held-out numbers were read (now in sample).

A short practical line ending two sections of a listing, each under its own heading, is
each section's: both printings stay. A quote box with its speaker before a colon, a pull quote
cut in the middle, an embedded post's fallback line and the story printed again without its
accents are copies: they go, and the story's own printing stays; so is a print version's
paragraph with footnote markers (half 12). Each keeps what is no copy:
a box whose words the story does not say (or only quotes), a fallback line of a post printed
once, a paragraph that differs in more than its accents.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, MIN_WORDS, blocks
from corpusclean.dedupe.within import (
    DUPLICATE_PARAGRAPH,
    DUPLICATE_RUN,
    Duplicate,
    cut_quotation,
    embed_fallback_text,
    find_duplicates,
    find_embed_fallback_copies,
    find_excerpt_box_copies,
    find_footnoted_copies,
    find_unaccented_copies,
    speaker_box_quotation,
)
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story

TITLE = "Was man in den Winterferien im Landkreis unternehmen kann"
LEAD = (
    "Die Winterferien beginnen am Montag, und viele Familien suchen noch nach Ausflügen in der"
    " Nähe, die auch bei schlechtem Wetter etwas bieten."
)
LAST = (
    "Wer weiter fahren möchte, findet auf der Seite des Landkreises eine Liste aller Museen"
    " und Bäder mit ihren Öffnungszeiten in den Ferien."
)
INFO = "Eintritt frei, geöffnet täglich von 10 bis 18 Uhr, eine Anmeldung ist nicht nötig."
MUSEUM = [
    "Heimatmuseum Oberwerth",
    "Das Museum zeigt in diesem Winter Spielzeug aus drei Jahrhunderten, darunter eine"
    " Eisenbahn aus dem Jahr 1890.",
    INFO,
]
OBSERVATORY = [
    "Sternwarte am Kahlenberg",
    "Bei klarem Himmel können Besucher durch das große Teleskop den Mond und den Saturn"
    " beobachten.",
    INFO,
]
HEADLINE = (
    "Two Infants Were Buried Wearing Helmets Made From Kids' Skulls And Archaeologists Are Puzzled."
)
POOL = "Das Hallenbad in Neustadt hat in den Ferien zusätzliche Schwimmzeiten für Kinder."


def test_one_practical_line_under_two_venues_stays() -> None:
    texts = [TITLE, LEAD, *MUSEUM, *OBSERVATORY, LAST]
    assert not find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    article = ARTICLE_MODE.clean("\n".join(texts))
    assert article.paragraphs.count(INFO) == 2


def test_sections_of_two_paragraphs_or_one_word_names_keep_their_line() -> None:
    museum = ["Heimatmuseum", MUSEUM[1], LAST, INFO]
    observatory = ["Sternwarte", OBSERVATORY[1], POOL, INFO]
    texts = [TITLE, LEAD, *museum, *observatory]
    assert not find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)


def test_the_line_pasted_without_a_section_of_its_own_still_goes() -> None:
    cases = [
        # the section pasted again with its heading: one heading twice
        [TITLE, LEAD, *MUSEUM, MUSEUM[0], POOL, INFO, LAST],
        # the line again under a paragraph, no heading above it
        [TITLE, LEAD, *MUSEUM, POOL, LAST, INFO],
        # the line right under a heading (a standfirst under the byline): nothing between
        [TITLE, LEAD, *MUSEUM, "Von Anna Berger", INFO, LAST],
        # the same block right above both printings
        [TITLE, LEAD, *MUSEUM, "Sternwarte am Kahlenberg", MUSEUM[1], INFO, LAST],
        # sections of other shapes: one paragraph above the first printing, two above the later
        [TITLE, LEAD, *MUSEUM, OBSERVATORY[0], OBSERVATORY[1], POOL, INFO, LAST],
        # the first printing ends no section: a paragraph follows it
        [TITLE, LEAD, *MUSEUM, POOL, *OBSERVATORY, LAST],
        # a related list's headline under two list headings
        [TITLE, LEAD, "Related", POOL, HEADLINE, "Most Read", LAST, HEADLINE],
        # a lead-in ending with a colon, printed in two sections
        [TITLE, LEAD, *MUSEUM[:2], f"{INFO[:-1]}:", *OBSERVATORY[:2], f"{INFO[:-1]}:", LAST],
    ]
    for texts in cases:
        found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
        line = texts[4]
        copy = len(texts) - 1 - texts[::-1].index(line)
        assert found.get(copy) == Duplicate(DUPLICATE_PARAGRAPH, 4), texts


def test_a_long_paragraph_ending_two_sections_still_goes() -> None:
    # Over `SECTION_LINE_MAX_WORDS` words: a paragraph, not a practical line.
    long_info = f"{INFO} {LAST}"
    museum, observatory = [*MUSEUM[:2], long_info], [*OBSERVATORY[:2], long_info]
    texts = [TITLE, LEAD, *museum, *observatory, POOL]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found == {7: Duplicate(DUPLICATE_PARAGRAPH, 4)}


@given(story=distinct_paragraphs(min_size=1, max_size=5), at=st.integers(0, 5))
def test_a_listing_in_a_story_stays_whole(story: list[str], at: int) -> None:
    # Wherever the listing stands: every line kept, removals in order, a second clean the same.
    at = min(at, len(story))
    lines = [TITLE, *story[:at], *MUSEUM, *OBSERVATORY, *story[at:]]
    article = clean_keeping_story(lines, [*story, MUSEUM[1], OBSERVATORY[1]])
    assert article.paragraphs.count(INFO) == 2


SAID = (
    "Volgens het akkoord krijgen boeren in de buurt van kwetsbare natuurgebieden de keuze"
    " tussen omschakelen, verplaatsen of vrijwillig stoppen."
)
PARAGRAPH_NL = f"{SAID} De provincie wil de regeling nog dit jaar invoeren."
OTHER_NL = (
    "De landbouworganisaties reageerden verdeeld op het akkoord en willen eerst de details"
    " van de financiering zien voordat zij tekenen."
)
BOX_NL = f"Wethouder Jan de Vries: ‘{SAID}’"


def test_speaker_box_quotation_reads_a_name_a_colon_and_a_quotation() -> None:
    assert speaker_box_quotation(BOX_NL) == SAID
    for text in (
        "Wethouder De Vries: ‘Te kort citaat.’",  # under `TEASER_MIN_WORDS` words
        f"Hij zei het zo: {SAID}",  # no quotation marks
        f"Zo zei de wethouder het. Daarna: ‘{SAID}’",  # a sentence before the colon
        f"de wethouder: ‘{SAID}’",  # no capital
    ):
        assert speaker_box_quotation(text) is None, text


def test_a_speaker_box_quoting_the_story_goes_and_the_paragraph_stays() -> None:
    texts = ["Akkoord over stikstof", OTHER_NL, PARAGRAPH_NL, BOX_NL, LAST]
    assert find_excerpt_box_copies(blocks(texts), 0) == {3: Duplicate(DUPLICATE_PARAGRAPH, 2)}
    article = ARTICLE_MODE.clean("\n".join(texts))
    assert BOX_NL not in article.paragraphs and PARAGRAPH_NL in article.paragraphs


def test_boxes_that_copy_no_story_words_stay() -> None:
    quoted = f"De wethouder zei: „{SAID}” Daarna ging hij weg."
    for paragraph in (OTHER_NL, quoted):  # the words nowhere, or only quoted
        texts = ["Akkoord over stikstof", paragraph, BOX_NL, LAST]
        assert find_excerpt_box_copies(blocks(texts), 0) == {}, paragraph
    # The headline is never a box, even when it quotes the story.
    texts = [BOX_NL, PARAGRAPH_NL, LAST]
    assert find_excerpt_box_copies(blocks(texts), 0) == {}


CUT_FROM = (
    "Nach Angaben aus Koalitionskreisen soll das Gesetz noch vor der Sommerpause im Bundestag"
    " verabschiedet werden."
)
PARAGRAPH_DE = f"{CUT_FROM} Die Opposition kündigte Widerstand an."
CUT_BOX = "„Nach Angaben aus Koalitionskreisen soll … im Bundestag verabschiedet werden.“"


def test_cut_quotation_reads_one_ellipsis_inside_a_quotation() -> None:
    assert cut_quotation(CUT_BOX) == (
        "Nach Angaben aus Koalitionskreisen soll",
        "im Bundestag verabschiedet werden.",
    )
    for text in (
        "„Nach Angaben … soll … verabschiedet werden.“",  # two cuts
        "„Wir bleiben … hier, sagte sie.“",  # two words before the cut
        CUT_BOX.strip("„“"),  # no quotation marks
    ):
        assert cut_quotation(text) is None, text


def test_a_pull_quote_cut_in_the_middle_goes() -> None:
    texts = [TITLE, LEAD, PARAGRAPH_DE, CUT_BOX, LAST]
    assert find_excerpt_box_copies(blocks(texts), 0) == {3: Duplicate(DUPLICATE_PARAGRAPH, 2)}


def test_a_cut_quotation_whose_end_is_elsewhere_stays() -> None:
    # The words after the cut are not in the block that holds the words before it.
    box = "„Nach Angaben aus Koalitionskreisen soll … die Steuer sinken.“"
    texts = [TITLE, LEAD, PARAGRAPH_DE, box, "Auch die Steuer soll sinken, heißt es."]
    assert find_excerpt_box_copies(blocks(texts), 0) == {}


POST = (
    "The Mill Street bridge will stay closed until Friday while engineers finish the"
    " inspection. Buses 4 and 12 are diverted via Station Road."
)
EMBED = ["Brookfield City Council (@BrookfieldCity)", POST, "10:42 AM · Dec 2, 2026"]
FALLBACK = (
    f"{POST} pic.twitter.com/x7Qp2LmZ3a — Brookfield City Council (@BrookfieldCity)"
    " December 2, 2026"
)


def test_an_embeds_fallback_line_goes_and_the_post_stays() -> None:
    assert embed_fallback_text(FALLBACK) == POST
    texts = ["Bridge shut", LEAD, *EMBED, FALLBACK, LAST]
    assert find_embed_fallback_copies(blocks(texts)) == {5: Duplicate(DUPLICATE_PARAGRAPH, 3)}
    article = ARTICLE_MODE.clean("\n".join(texts))
    assert FALLBACK not in article.paragraphs and POST in article.paragraphs


def test_a_fallback_line_alone_or_with_other_words_stays() -> None:
    other = FALLBACK.replace("Friday", "Monday")
    for texts in (["Bridge shut", LEAD, FALLBACK, LAST], ["Bridge shut", *EMBED, other]):
        assert find_embed_fallback_copies(blocks(texts)) == {}, texts
    for text in ("He left — for good (@home) today.", f"{POST} — and so on", POST):
        assert embed_fallback_text(text) is None, text


HEADLINE_ES = "Bogotá amplía el racionamiento de agua a toda la ciudad"
BODY_ES = [
    "La alcaldía de Bogotá anunció el lunes que el racionamiento de agua se extenderá a todos"
    " los barrios a partir del próximo mes.",
    "¿Hasta cuándo? Según la empresa de acueducto, la medida seguirá vigente mientras los"
    " embalses estén por debajo del cuarenta por ciento.",
    "Los hospitales quedarán fuera de los cortes.",
]


def _unaccented(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text.replace("¿", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_the_story_again_without_accents_goes() -> None:
    again = [_unaccented(t) for t in (HEADLINE_ES, *BODY_ES)]
    texts = [HEADLINE_ES, *BODY_ES, *again]
    found = find_unaccented_copies(blocks(texts), MIN_WORDS)
    assert found == {
        4: Duplicate(DUPLICATE_RUN, 0),  # the headline, beside a copied paragraph
        5: Duplicate(DUPLICATE_PARAGRAPH, 1),
        6: Duplicate(DUPLICATE_PARAGRAPH, 2),
        7: Duplicate(DUPLICATE_RUN, 3),  # a short line, beside a copied paragraph
    }
    article = ARTICLE_MODE.clean("\n".join(texts))
    assert list(article.paragraphs[: len(BODY_ES)]) == BODY_ES
    assert not set(again) & set(article.paragraphs)


def test_paragraphs_that_differ_in_more_than_accents_stay() -> None:
    cases = [
        # one word otherwise
        [*BODY_ES, _unaccented(BODY_ES[0]).replace("lunes", "martes")],
        # the ASCII printing first: the accented one is no copy of it
        [_unaccented(BODY_ES[0]), *BODY_ES],
        # a short line alone, with no paragraph copied beside it
        [*BODY_ES, "Otra noticia", _unaccented(BODY_ES[2]), LAST],
    ]
    for texts in cases:
        assert find_unaccented_copies(blocks(texts), MIN_WORDS) == {}, texts


MARKED_LEAD = LEAD.replace("Montag,", "Montag,[1]")
SHORT_LINE = "Die Liste gilt bis Ende Februar.[2]"


def test_a_print_versions_footnoted_paragraphs_go() -> None:
    texts = [TITLE, LEAD, SHORT_LINE[:-3], LAST, "Druckversion", MARKED_LEAD, SHORT_LINE, LAST]
    found = find_footnoted_copies(blocks(texts), MIN_WORDS)
    assert found == {5: Duplicate(DUPLICATE_PARAGRAPH, 1), 6: Duplicate(DUPLICATE_RUN, 2)}


def test_footnotes_and_lines_with_other_words_stay() -> None:
    cases = [
        # the footnotes' own lines, and a paragraph cited once
        [TITLE, MARKED_LEAD, LAST, "[1] Angaben des Landkreises, Stand Januar."],
        # the marked printing first: the plain one is no copy of it
        [TITLE, MARKED_LEAD, LAST, LEAD],
        # a short marked line with no copied paragraph beside it
        [TITLE, LEAD, SHORT_LINE[:-3], LAST, POOL, SHORT_LINE],
        # brackets that are no marker: "[1]" after a space, a year
        [TITLE, LEAD, LAST, LEAD.replace("Montag,", "Montag, [1]"), POOL],
        [TITLE, LEAD, LAST, LEAD.replace("Montag,", "Montag,[2026]"), POOL],
    ]
    for texts in cases:
        assert find_footnoted_copies(blocks(texts), MIN_WORDS) == {}, texts


@given(story=distinct_paragraphs(min_size=1, max_size=5))
def test_boxes_fallbacks_and_unaccented_copies_go_and_the_story_stays(story: list[str]) -> None:
    # Copies beside any story: removals in order, every story line kept, a second clean the
    # same; the copies gone.
    lines = [TITLE, PARAGRAPH_DE, *story, CUT_BOX, *EMBED, FALLBACK, *BODY_ES]
    lines += [_unaccented(t) for t in BODY_ES] + [LEAD, LAST, MARKED_LEAD]
    article = clean_keeping_story(lines, [PARAGRAPH_DE, *story, POST, *BODY_ES, LEAD, LAST])
    assert CUT_BOX not in article.paragraphs and FALLBACK not in article.paragraphs
    assert MARKED_LEAD not in article.paragraphs

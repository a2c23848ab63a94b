"""One sentence closing (`text.CLOSERS`, `text.SENTENCE_CLOSING`) for every reader that finds a
sentence's end: a stop closed by German, French, Italian, Spanish, Portuguese or Swedish quotes
ends a sentence as one closed by English quotes does; words quoted with no stop inside the
quote (a headline's) end none."""

from __future__ import annotations

import pytest

from corpusclean.dedupe.within import teasers
from corpusclean.detect import headlines, scopes
from corpusclean.detect.comments import numbered
from corpusclean.model import Block
from corpusclean.segment import _is_line_per_sentence
from corpusclean.text import count_inner_sentence_ends

# A stop, closed by each language's quotes, then the next sentence.
CLOSED_INSIDE = [
    "Er sagte: „Wir schaffen das.“ Dann ging er nach Hause.",  # German low-high quotes
    "Sie fragte: ‚Warum nicht?‘ Niemand antwortete ihr.",
    "Er fragte: »Warum?« Niemand antwortete ihm.",  # German guillemets, pointing in
    "Il a dit : « C'est fini. » Puis il est parti.",  # French, a space before the closer
    "Ha detto: «Basta.» Poi è uscito dalla sala.",  # Italian, Spanish, Portuguese
    "Han sa: »Det är slut.» Sedan gick han hem.",  # Swedish
    "No lo sé. ¿Y mañana qué pasará con todo esto?",  # Spanish, the next one opened by ¿
]
# Words quoted with no stop inside the quote: one sentence, or a headline.
QUOTED_WORDS = [
    "Er sagte „Wir schaffen das“ und ging nach Hause",
    "Macron : « Nous sommes en guerre » Le président parle",
    "Merkel: »Wir schaffen das« Die Kanzlerin in Berlin",
    "Il ministro: «Basta con le polemiche» Oggi il voto",
    "Han sa »Det är slut» Sedan gick han hem",
]


@pytest.mark.parametrize("line", CLOSED_INSIDE)
def test_a_stop_closed_by_quotes_ends_a_sentence_inside_a_line(line: str) -> None:
    assert count_inner_sentence_ends(line) == 1


@pytest.mark.parametrize("line", QUOTED_WORDS)
def test_quoted_words_without_a_stop_end_no_sentence_inside_a_line(line: str) -> None:
    assert count_inner_sentence_ends(line) == 0


def _notice_kept(sentence: str) -> bool:
    """Whether a notice rule's line stays as one sentence among the story's prose."""
    prose = "It rained in Paris all day, and the river rose by a metre overnight."
    blocks = [Block(prose, 0, 1), Block(sentence, 1, 2), Block(prose, 2, 3)]
    return scopes._sentence_among_prose(blocks, [None, None, None], [True, False, True], 1)


# (German and French: the closers the notice reader lacked; its » already read «Basta.» Poi.)
@pytest.mark.parametrize("line", CLOSED_INSIDE[:4])
def test_a_notice_line_with_a_quoted_stop_inside_is_two_sentences(line: str) -> None:
    assert not _notice_kept(line)


@pytest.mark.parametrize("line", [line + "." for line in QUOTED_WORDS[:1]])
def test_a_notice_line_quoting_words_is_one_sentence(line: str) -> None:
    assert _notice_kept(line)


# Three one-line paragraphs, each closed by quotes: a run of them, not a wrapped paragraph.
@pytest.mark.parametrize(
    "lines",
    [
        ["Er sagte: „Wir schaffen das.“", "Sie fragte: ‚Warum?‘", "Dann gingen alle."],
        ["Il a dit : « C'est fini. »", "Elle a dit : « Non. »", "Puis ils sont partis."],
        # (Italian and Swedish held before: the segmenter's own list had ».)
        ["Ha detto: «Basta.»", "Lei ha detto: «No.»", "Poi sono usciti."],
        ["Han sa: »Det är slut.»", "Hon sa: »Nej.»", "Sedan gick de."],
    ],
)
def test_one_line_paragraphs_closed_by_quotes_are_lines_per_sentence(lines: list[str]) -> None:
    assert _is_line_per_sentence(lines, [0, 1, 2])


@pytest.mark.parametrize(
    "lines",
    [
        ["Er sagte, „Wir schaffen das“", "und ging dann nach", "Hause."],
        ["Il a dit « C'est fini »", "puis il est parti", "ailleurs."],
    ],
)
def test_wrapped_lines_ending_in_quoted_words_are_no_lines_per_sentence(lines: list[str]) -> None:
    assert not _is_line_per_sentence(lines, [0, 1, 2])


@pytest.mark.parametrize(
    "line",
    ["Wir sehen uns morgen. „Bis bald!“", "On se voit demain. « À bientôt ! »", "「また明日。」"],
)
def test_a_post_closes_its_paragraph_on_any_closing_quote(line: str) -> None:
    assert numbered._closes_a_paragraph(line)


@pytest.mark.parametrize("line", ["Hier meine Tipps:", "Voici mes conseils :", "Rezept"])
def test_a_list_lead_in_or_a_heading_closes_no_paragraph(line: str) -> None:
    assert not numbered._closes_a_paragraph(line)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Kanzlerin sprach in Berlin lange über die Lage und sagte „Wir schaffen das“…", "das"),
        ("Le président a parlé longtemps de la situation et il a dit « c'est fini »…", "fini"),
        ("Il ministro ha parlato a lungo della situazione e ha detto «basta»…", "basta"),
    ],
)
def test_a_teaser_cut_after_a_closing_quote_is_marked(text: str, word: str) -> None:
    assert headlines._teaser_marker(Block(text, 0, 1), None) == ("ellipsis", word)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Die Kanzlerin sprach in Berlin lange über die Lage und sagte „Wir schaffen das.“…",
        "Le président a parlé longtemps de la situation et il a dit « c'est fini. »…",
    ],
)
def test_a_teaser_after_a_stop_or_without_an_ellipsis_is_not_marked(text: str) -> None:
    assert headlines._teaser_marker(Block(text, 0, 1), None) is None  # type: ignore[arg-type]


_LEAD = "Heavy rain closed the coast road on Tuesday."


@pytest.mark.parametrize(
    "after",
    [
        "Archivfoto: „Die Brücke bleibt gesperrt.“",
        "Illustration: « Le pont reste fermé. »",
        "Credits: “The bridge stays closed.”",
    ],
)
def test_a_quoted_sentence_after_a_credit_word_is_no_credit(after: str) -> None:
    assert not teasers._is_credited_copy(f"{_LEAD} {after}", _LEAD)


@pytest.mark.parametrize(
    "after", ["Archivfoto: Staatliches Bauamt", "Illustration: Studio „Nord“", "Grafik: dpa"]
)
def test_a_name_after_a_credit_word_is_a_credit(after: str) -> None:
    assert teasers._is_credited_copy(f"{_LEAD} {after}", _LEAD)

"""Labelled photo credits in the languages without a rule file (issue #12, captions31).

Danish, Swedish, Norwegian, Finnish, Polish and Czech documents get the platform rules and
the detectors only. A credit line there ("Foto: Reuters", "Zdjęcie: PAP/Leszek Szymański")
is read by `detect.captions` from the language's ``credit_words``: a label, a colon and an
owner written as names or agencies, alone or after its caption's stop or bar.

Negatives: a sentence about a photo, a label over a phrase, a sub-heading, a name alone, a
dateline, a story's source line. Properties: the story kept, removals in order, a second
clean the same (`clean_keeping_story`).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.detect.captions import CONTEXT_NAME
from corpusclean.language import load_language
from test_language_nordic_slavic import PROSE
from test_properties import clean_keeping_story

#: One credit line each, as the language's news sites print them.
CREDITS = {
    "cs": ["Foto: Reuters", "Foto: Jan Novák, ČTK", "Fotografie: ČTK/Michal Kamaryt"],
    "pl": ["Zdjęcie: PAP/Leszek Szymański", "Fot. PAP/Radek Pietruszka", "Fot. Reuters"],
    "fi": ["Kuva: Lehtikuva", "Kuva: Heikki Saukkomaa / Lehtikuva"],
    "da": ["Foto: Scanpix", "Foto: Mads Claus Rasmussen/Ritzau Scanpix"],
    "sv": ["Bild: TT", "Foto: Jonas Ekströmer/TT", "Foto: dpa"],
    "nb": ["Foto: NTB", "Foto: Heiko Junge / NTB"],
}
#: A caption with its credit glued after a bar or a stop (aktualne's shape, readability).
CAPTIONED = {
    "cs": "Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters",
    "sv": "Statsministern på presskonferensen i Rosenbad. Foto: Fredrik Sandberg/TT",
    "pl": "Prezydent podczas spotkania w Pałacu. Fot. PAP/Leszek Szymański",
}
#: Lines that stay: a sentence about a photo, a label over a phrase, a sub-heading, a name
#: alone, a dateline, the story's source line.
KEPT = {
    "cs": [
        "Fotografie ukazuje dům, ve kterém rodina žila až do války.",
        "Foto: z archivu rodiny",
        "Co bude dál",
        "Jan Novák",
        "PRAHA (ČTK) –",
        "Zdroj: ČTK",
    ],
    "sv": ["Bilden visar hur huset såg ut före branden.", "Bild: privat", "Vad händer nu"],
    "pl": ["Zdjęcie pokazuje dom, w którym mieszkała rodzina.", "Co dalej", "Anna Kowalska"],
    "fi": ["Kuva on otettu kesällä 2019.", "Kuva: lukijan kuva", "Mitä seuraavaksi"],
    "da": ["Billedet viser huset før branden.", "Foto: privat", "Hvad sker der nu"],
    "nb": ["Bildet viser huset før brannen.", "Foto: privat", "Hva skjer nå"],
}


def story_of(code: str) -> list[str]:
    """Two paragraphs of the language: the prose, and its sentences in another order."""
    sentences = PROSE[code].rstrip(".").split(". ")
    return [PROSE[code], ". ".join(sentences[1:] + sentences[:1]) + "."]


def removed_as_credit(code: str, line: str) -> list[str]:
    """The texts the default cleaner removes as `caption_context` from ``line`` set between
    two paragraphs of the language's prose."""
    story = story_of(code)
    article = clean_keeping_story([story[0], line, story[1]], story)
    assert article.metadata.get("detected_language") == code
    return [r.text for r in article.removed if r.rule == CONTEXT_NAME]


@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in CREDITS.items() for line in lines]
)
def test_a_labelled_credit_goes(code: str, line: str) -> None:
    assert removed_as_credit(code, line) == [line]


@pytest.mark.parametrize(("code", "line"), sorted(CAPTIONED.items()))
def test_a_caption_with_its_labelled_credit_goes(code: str, line: str) -> None:
    assert removed_as_credit(code, line) == [line]


@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in KEPT.items() for line in lines]
)
def test_a_line_about_a_photo_a_heading_a_name_or_a_dateline_stays(code: str, line: str) -> None:
    assert removed_as_credit(code, line) == []


def test_a_language_with_a_rule_file_reads_its_credit_labels_too() -> None:
    # Its rule file's credit rules take most such lines first; the detector reads the
    # separators they miss (credits32, `test_evidence_credits32`).
    assert load_language("de").credit_words
    assert load_language("de").credit_label.fullmatch("Die Brücke / Foto: Reuters") is not None


_CREDIT_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "da", "sv", "nb", "fi", "pl", "cs"]


@given(
    st.sampled_from(_CREDIT_LANGUAGES),
    st.lists(
        st.one_of(
            st.text(st.characters(max_codepoint=127), max_size=12),
            st.sampled_from(["Foto", "PHOTO", "Image", "fot.", "Kuva", "©", "Bild", ":", " "]),
        ),
        max_size=8,
    ).map("".join),
)
def test_the_credit_word_screen_of_an_ascii_line_answers_as_the_case_blind_search(
    code: str, line: str
) -> None:
    """`Language.has_credit_word` lower-cases an ASCII line and searches case-sensitively;
    its reference is the case-blind `credit_word` search."""
    language = load_language(code)
    assert language.has_credit_word(line) == (language.credit_word.search(line) is not None)


@given(
    st.sampled_from(_CREDIT_LANGUAGES),
    st.lists(
        st.one_of(
            st.text(max_size=12),
            st.sampled_from(
                ["FOTO", "Zdjęcie", "İmage", "Photoſ", "Fotografía", "KUVA", "©", ": "]
            ),
        ),
        max_size=8,
    ).map("".join),
)
def test_the_credit_word_screen_finds_every_line_the_case_blind_search_finds(
    code: str, line: str
) -> None:
    """On any line, `Language.has_credit_word` is true wherever `credit_word` finds a word."""
    language = load_language(code)
    if language.credit_word.search(line) is not None:
        assert language.has_credit_word(line)

"""Cheap screens of the short-line readers, against the readings they screen (issue #8,
speed33article).

Each screen is a necessary condition of its reader's pattern or test, answered by a few
substring tests: a line it turns away is one the reader would not have taken. The properties
draw lines near each reader's shape in every shipped language, in any case (the characters
`re` folds case between) and with any whitespace, and check the screened answer against the
pattern alone; the comment counter's screen words against every count word; the trade-word
screen of a document's lines against the photographer's-credit reader.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpusclean.detect import captions
from corpusclean.detect.comments import counter
from corpusclean.detect.facts import Facts
from corpusclean.language import (
    _CASE_BLIND_EXTRA,
    load_language,
    load_thread_words,
    shipped_languages,
)
from corpusclean.model import Block
from strategies import _re_case_classes, case_variants, examples
from test_detect_document_screens import credit_like_lines

#: Whitespace between a credit's parts: what `\s` matches, and U+200B that it does not.
SPACES = ("", " ", "  ", "\t", "\u00a0", "\u3000", "\u200b")
#: What may follow a credit's label: a colon, an abbreviation's dot, a ©, or nothing.
LABEL_ENDS = (":", " :", ".", "", " ", "©", ";", "：")
#: An owner's words and what stands between them.
OWNER_WORDS = ("Jane", "Doe", "J.", "PAP", "dpa", "Reuters", "Ritzau", "Leszek", "ČTK", "3D")
#: Words near a trade's word: parts of it, other words, the Latin letters `re` equates.
SENTENCE_PARTS = (
    "photo",
    "grapher",
    "Fotograf",
    "journalist",
    "The river rose.",
    "ſ",
    "ı",
    "İ",
    "K",
)
OWNER_SEPARATORS = (" ", ",", ", ", "/", " / ", " - ")
#: A caption before the credit, ending on a stop, a bar, a dash or a spaced slash, or not.
CAPTIONS = ("", "Declan Rice. ", "A view of the city | ", "Mayor Jane Doe – ", "Rua / ", "The ")


@st.composite
def credit_label_like_lines(draw: st.DrawFn) -> tuple[str, str]:
    """A language's code and a line near a labelled credit in it: a caption or not, a label
    in any case (or a ©), what ends the label, one to nine owner words."""
    code = draw(st.sampled_from(shipped_languages()))
    labels = load_language(code).credit_words or ("photo",)
    label = draw(case_variants(draw(st.sampled_from(labels))))
    if draw(st.integers(0, 5)) == 0:
        label = "©"
    owners = draw(st.lists(st.sampled_from(OWNER_WORDS), min_size=1, max_size=9))
    owner = owners[0] + "".join(
        draw(st.sampled_from(OWNER_SEPARATORS)) + word for word in owners[1:]
    )
    space = st.sampled_from(SPACES)
    line = (
        draw(st.sampled_from(CAPTIONS))
        + label
        + draw(st.sampled_from(LABEL_ENDS))
        + draw(space)
        + owner
        + draw(st.sampled_from(("", ".", " ")))
    )
    return code, draw(space) + line + draw(space)


@given(
    st.one_of(
        credit_label_like_lines(),
        st.tuples(st.sampled_from(shipped_languages()), st.text()),
    )
)
@settings(max_examples=examples(600))
@example(("pl", "Fot. PAP/Leszek Szymański"))
@example(("pl", "FOT. PAP"))
@example(("fr", "Le marché de Noël, 12 décembre. © Jean Dupont"))
@example(("en", "PICTURE: Jane Doe"))
@example(("cs", "Declan Rice po vítězství. | Foto: Reuters"))
def test_the_credit_label_screen_answers_as_the_pattern(case: tuple[str, str]) -> None:
    # `Language.may_hold_credit_label` turns away only lines that `credit_label` does not
    # match whole (stripped, as `captions._is_labelled_credit` reads them).
    code, line = case
    language = load_language(code)
    if language.credit_label.fullmatch(line.strip()) is not None:
        assert language.may_hold_credit_label(line)


def test_the_credit_label_screen_turns_prose_away() -> None:
    # The screen is taken: a line with a credit word and no colon, ©, or label's dot is
    # answered without the word search; the dotted label only where a label has its dot.
    english, polish = load_language("en"), load_language("pl")
    assert english.has_credit_word("The photo shows the river in flood.")
    assert not english.may_hold_credit_label("The photo shows the river in flood.")
    assert not english.may_hold_credit_label("Photo. Jane Doe")
    assert polish.may_hold_credit_label("Fot. PAP")
    assert polish.credit_label.fullmatch("Fot. PAP") is not None


def test_the_counter_screen_words_stand_for_every_count_word() -> None:
    # `counter._screen_words`: a text holds one of a language's comment count words just
    # when it holds one of the screen's, so each count word must hold a screen word, and
    # the screen's words be count words.
    for code in shipped_languages():
        counts = set(load_thread_words(code).comment_counts)
        screen = counter._screen_words(code)
        assert set(screen) <= counts
        assert all(any(word in count for word in screen) for count in counts), code


@given(
    st.sampled_from(shipped_languages()), st.text(alphabet="comentarioksplhudéá \n", max_size=40)
)
@settings(max_examples=examples(300))
@example("en", "comments")
@example("nl", "opmerkingen")
def test_the_counter_screen_answers_as_every_count_word(code: str, text: str) -> None:
    counts = load_thread_words(code).comment_counts
    assert any(word in text for word in counter._screen_words(code)) == any(
        word in text for word in counts
    )


def test_the_trade_word_screen_lowers_every_character_re_equates() -> None:
    # `Language.may_hold_photographer_word` finds a trade's word that `re` matches
    # case-blind: each character `re` equates with one of the word's (the classes found by
    # trying every character) lowers, after the screen's map, to the word's own lowered.
    classes = _re_case_classes()
    for code in shipped_languages():
        language = load_language(code)
        for word in language.photographer_words:
            for character in word:
                for variant in classes.get(character, (character,)):
                    mapped = variant.translate(_CASE_BLIND_EXTRA).lower()
                    assert mapped == character.lower(), (code, word, variant)
        lowered = {word.lower() for word in language.photographer_words}
        assert all(any(w in word for w in language.photographer_screen) for word in lowered)


@given(
    st.one_of(
        credit_like_lines(),
        st.tuples(
            st.sampled_from(shipped_languages()),
            st.lists(st.sampled_from((*SENTENCE_PARTS, "\n")), max_size=12).map("".join),
        ),
    ),
    st.lists(st.sampled_from(SENTENCE_PARTS), max_size=3),
)
@settings(max_examples=examples(600))
@example(("en", "Jane Doe, STAFF PHOTOGRAPHER"), [])
@example(("de", "Anna Huber, PRESSEFOTOGRAFİN"), ["Die Ernte war gut."])
@example(("en", "Jane Doe, photojournaliſt"), [])
def test_the_trade_word_screen_answers_as_the_credit_reader(
    case: tuple[str, str], others: list[str]
) -> None:
    # `captions._credit_shaped_lines` reads no line of a document whose joined lines hold no
    # trade's word: the screened reader answers as each line's test.
    code, line = case
    facts = Facts(load_language(code))
    lines = [*others, line]
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    expected = frozenset(
        b.start for b in blocks if captions._is_credit_shaped(b.text, facts.language)
    )
    assert captions._credit_shaped_lines(blocks, facts) == expected

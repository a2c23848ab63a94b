"""The comment-thread detector in the languages identified without a rule file.

Danish, Swedish, Norwegian, Finnish, Polish and Czech have word lists but no rules: their
threads are read with WordPress's own words for them ("Jens Hansen siger:", "Svar",
"Anonim pisze:"), for a document in that language only (`LOCAL_THREAD_WORD_LANGUAGES`).
An interview's answer lines, a story quoting people with the same verbs, reported speech and
a letters page stay. The cases are in tests/cases/comments_local_languages.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import corpusclean
from corpusclean import Config
from corpusclean.language import LOCAL_THREAD_WORD_LANGUAGES, load_thread_words
from strategies import article_texts

CASES = {
    code: case
    for code, case in json.loads(
        (Path(__file__).parent / "cases" / "comments_local_languages.json").read_text("utf-8")
    ).items()
    if not code.startswith("_")
}
LANGUAGES = sorted(CASES)
THREADS = ("wordpress", "anonymous")
STORY_SHAPES = ("interview", "quoting", "reported")


def clean(language: str, lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines), config=Config(language=language))


def test_the_cases_cover_every_local_language() -> None:
    assert sorted(LOCAL_THREAD_WORD_LANGUAGES) == LANGUAGES
    for case in CASES.values():
        assert set(case) == {"article", *THREADS, *STORY_SHAPES}


# A comment's stamp as the date rule reads it: a year, and a clock time after it.
_YEAR_AND_CLOCK = re.compile(r"\b(?:19|20)\d\d\b.*\b\d?\d:\d\d\b")


@pytest.mark.parametrize("shape", THREADS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("named", [True, False], ids=["named", "auto"])
def test_a_thread_goes_whole_as_a_thread(language: str, shape: str, named: bool) -> None:
    case = CASES[language]
    article = clean(language if named else "auto", [*case["article"], *case[shape]])
    assert article.paragraphs == tuple(case["article"])
    # Every line as the thread's, the signature line too (before, a rule took "Name siger:"
    # as an empty form field, and the Finnish and Polish threads stayed whole); a stamp with
    # its year and clock time among the document's last lines is the date rule's, as in every
    # language (test_comments.py: English).
    assert [r.text for r in article.removed] == case[shape]
    assert [
        r.text
        for r in article.removed
        if r.rule != "comment_thread"
        and not (r.rule == "timestamp_line" and _YEAR_AND_CLOCK.search(r.text))
    ] == []
    if not named:
        assert article.metadata.get("detected_language") == language
    again = clean(language if named else "auto", [article.render()])
    assert (again.paragraphs, again.removed) == (article.paragraphs, ())


# Not the comment detector's: `trailing_headlines` takes the Polish letters page's three
# lines after the quote (main's behaviour before nordsig32 too; left for its own change).
LETTERS_TAKEN_BY_TRAILING_HEADLINES = ("pl", "reported")
STORY_CASES = [
    pytest.param(
        language,
        shape,
        marks=pytest.mark.xfail(strict=True, reason="trailing_headlines")
        if (language, shape) == LETTERS_TAKEN_BY_TRAILING_HEADLINES
        else (),
    )
    for language in LANGUAGES
    for shape in STORY_SHAPES
]


@pytest.mark.parametrize(("language", "shape"), STORY_CASES)
@pytest.mark.parametrize("config", ["named", "auto", "en"])
def test_story_text_shaped_like_a_thread_stays(language: str, shape: str, config: str) -> None:
    case = CASES[language]
    lines = [*case["article"], *case[shape]]
    article = clean(language if config == "named" else config, lines)
    assert article.paragraphs == tuple(lines)


@pytest.mark.parametrize(
    ("language", "signature", "control"),
    [
        ("da", "Jens Hansen siger:", None),
        ("sv", "Anna Svensson skriver:", "Svara"),
        ("nb", "Kari Nordmann sier:", None),
        ("fi", "Matti Virtanen kirjoitti:", "Vastaa"),
        ("pl", "Jan Kowalski pisze:", "Odpowiedz"),
        ("cs", "Petr Novák napsal:", "Odpovědět"),
    ],
)
def test_the_words_are_read_for_their_own_language_only(
    language: str, signature: str, control: str | None
) -> None:
    own = load_thread_words(language)
    assert own.signature_verb.fullmatch(signature) is not None
    if control is None:
        # Danish and Norwegian "Svar" ("Reply") is an interview's "Svar:" ("Answer:").
        assert own.comment_control.fullmatch("Svar:") is None
    else:
        assert own.comment_control.fullmatch(control) is not None
    # Another language's document does not read them: "svar" and "vastaa" are ordinary
    # words in a neighbour, and no other software is known to print these verbs.
    for other in ("en", "de", *(c for c in LANGUAGES if c != language)):
        words = load_thread_words(other)
        if other in ("da", "nb") and language in ("da", "nb"):
            continue  # Danish and Norwegian share "Svar" and "Anonym"
        assert words.signature_verb.fullmatch(signature) is None, other


@given(
    language=st.sampled_from(LANGUAGES),
    shapes=st.lists(st.sampled_from(STORY_SHAPES), min_size=1, max_size=3),
    thread=st.sampled_from((None, *THREADS)),
)
def test_story_lines_are_kept_in_order_and_cleaning_again_changes_nothing(
    language: str, shapes: list[str], thread: str | None
) -> None:
    assume(LETTERS_TAKEN_BY_TRAILING_HEADLINES not in [(language, shape) for shape in shapes])
    case = CASES[language]
    story = [*case["article"], *(line for shape in shapes for line in case[shape])]
    lines = [*story, *(case[thread] if thread else ())]
    article = clean(language, lines)
    kept = list(article.paragraphs)
    # Nothing of the story goes (a line may repeat when a shape is drawn twice: its
    # repeat is the duplicate repair's), and what is kept is in the input's order.
    assert set(story) <= set(kept)
    rest = iter(lines)
    assert all(any(line == seen for seen in rest) for line in kept)
    if thread is None:
        assert not [r for r in article.removed if r.rule == "comment_thread"]
    again = clean(language, [article.render()])
    assert again.paragraphs == article.paragraphs


@given(text=article_texts(junk=False, damage=False), language=st.sampled_from(LANGUAGES))
def test_article_only_text_loses_nothing_to_the_detector(text: str, language: str) -> None:
    article = corpusclean.clean(text, config=Config(language=language))
    assert [r.text for r in article.removed if r.rule == "comment_thread"] == []

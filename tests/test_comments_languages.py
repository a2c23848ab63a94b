"""The comment-thread detector in every shipped language besides English.

Threads in the two commonest shapes (WordPress: "Name says:" / date / text / "Reply";
Disqus: name / age / text / "Reply · Share ›"), written with the labels the site software
prints in each language, go; an interview with "Question:" / "Answer:" lines, an article
quoting readers and a timeline of "50 years ago:" entries stay. The cases are in
tests/cases/comments_languages.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean import Config
from strategies import article_texts

CASES = json.loads(
    (Path(__file__).parent / "cases" / "comments_languages.json").read_text(encoding="utf-8")
)
LANGUAGES = sorted(CASES)


def clean(language: str, lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines), config=Config(language=language))


@pytest.mark.parametrize("shape", ["wordpress", "disqus", "anonymous"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_thread_goes_and_the_article_stays(language: str, shape: str) -> None:
    case = CASES[language]
    article = clean(language, [*case["article"], *case[shape]])
    assert article.paragraphs == tuple(case["article"])
    # A rule of the language's set may take a line first (a date line, a "Reply" button).
    assert sorted(r.text for r in article.removed) == sorted(case[shape])
    assert "comment_thread" in {r.rule for r in article.removed}
    again = clean(language, [article.render()])
    assert (again.title, again.paragraphs, again.removed) == (article.title, article.paragraphs, ())


@pytest.mark.parametrize("shape", ["interview", "quoting", "timeline"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_article_content_shaped_like_a_thread_stays(language: str, shape: str) -> None:
    case = CASES[language]
    article = clean(language, [*case["article"], *case[shape]])
    assert article.paragraphs == (*case["article"], *case[shape])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_thread_is_found_under_auto_language_identification(language: str) -> None:
    case = CASES[language]
    text = "\n".join([*case["article"], *case["disqus"]])
    article = corpusclean.clean(text, config=Config(language="auto"))
    assert article.metadata.get("detected_language") == language
    assert article.paragraphs == tuple(case["article"])


@pytest.mark.parametrize("shape", ["wordpress", "disqus", "anonymous"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_thread_is_found_when_the_page_is_cleaned_as_english(language: str, shape: str) -> None:
    # The site software prints its controls in the site's language, whatever language the
    # page is cleaned as: the detector reads every shipped language's controls and ages.
    case = CASES[language]
    article = clean("en", [*case["article"], *case[shape]])
    assert article.paragraphs == tuple(case["article"])
    assert "comment_thread" in {r.rule for r in article.removed}


@pytest.mark.parametrize("shape", ["interview", "quoting", "timeline"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_content_shaped_like_a_thread_stays_when_cleaned_as_english(
    language: str, shape: str
) -> None:
    case = CASES[language]
    article = clean("en", [*case["article"], *case[shape]])
    assert article.paragraphs == (*case["article"], *case[shape])


@given(text=article_texts(junk=False, damage=False), language=st.sampled_from(LANGUAGES))
def test_article_only_text_loses_nothing_to_the_detector(text: str, language: str) -> None:
    article = corpusclean.clean(text, config=Config(language=language))
    assert [r.text for r in article.removed if r.rule == "comment_thread"] == []

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
from corpusclean.detect.comments.signatures import _is_dated_signature
from corpusclean.language import load_thread_words
from corpusclean.model import Block
from strategies import article_texts

CASES = json.loads(
    (Path(__file__).parent / "cases" / "comments_languages.json").read_text(encoding="utf-8")
)
LANGUAGES = sorted(CASES)


def clean(language: str, lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines), config=Config(language=language))


@pytest.mark.parametrize("shape", ["wordpress", "disqus", "anonymous", "blogger"])
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


@pytest.mark.parametrize("shape", ["interview", "quoting", "timeline", "trailing"])
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


@pytest.mark.parametrize("shape", ["wordpress", "disqus", "anonymous", "blogger"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_thread_is_found_when_the_page_is_cleaned_as_english(language: str, shape: str) -> None:
    # The site software prints its controls in the site's language, whatever language the
    # page is cleaned as: the detector reads every shipped language's controls and ages.
    case = CASES[language]
    article = clean("en", [*case["article"], *case[shape]])
    assert article.paragraphs == tuple(case["article"])
    assert "comment_thread" in {r.rule for r in article.removed}


@pytest.mark.parametrize("shape", ["interview", "quoting", "timeline", "trailing"])
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


# Chinese and Japanese threads: ages and dates join their digits to the words around them
# ("3小时前", "发表于2天前", "10月31日12:30"), with no space or word boundary.
ZH_ARTICLE = [
    "北京市政府星期一宣布了新的交通规定,市民的出行将受到很大影响,许多人表示需要时间适应。",
    "根据新规定,工作日早晚高峰期间,部分道路将限制货车通行,违者将被处以罚款。",
    "交通部门负责人表示,新规定经过了长时间的调研和论证,广泛听取了市民和专家的意见。",
    "专家认为,这一措施有助于缓解城市交通拥堵,但也需要配套的公共交通服务跟上。",
]
ZH_THREAD = ["张三", "3小时前", "早就该这样了。", "回复", "李四", "发表于5小时前", "支持!", "回复"]
JA_ARTICLE = [
    "東京都は月曜日、新しい条例を発表した。市民の生活に大きな影響があると見られている。",
    "条例は来年四月から施行される予定で、違反した事業者には罰金が科されることになる。",
    "都の担当者は、多くの専門家や住民の意見を聞いたうえで内容を決めたと説明している。",
    "一方で、中小企業の経営者からは、準備の時間が足りないという声も上がっている。",
]
JA_THREAD = [
    "名無しさん",
    "3時間前",
    "やっと決まったか。",
    "返信",
    "太郎",
    "2日前",
    "遅すぎる。",
    "返信",
]


@pytest.mark.parametrize(
    ("article", "thread"), [(ZH_ARTICLE, ZH_THREAD), (JA_ARTICLE, JA_THREAD)], ids=["zh", "ja"]
)
def test_a_chinese_or_japanese_thread_goes_by_its_ages(
    article: list[str], thread: list[str]
) -> None:
    cleaned = corpusclean.clean("\n".join([*article, *thread]), config=Config(language="auto"))
    # The first reader's name may stay: above the first age, with only two comments to
    # read the layout from, it may as well be the article's last line (precision first).
    assert cleaned.paragraphs[: len(article)] == tuple(article)
    assert cleaned.paragraphs[len(article) :] in ((), (thread[0],))
    assert "comment_thread" in {r.rule for r in cleaned.removed}


def test_a_japanese_age_inside_a_sentence_is_not_a_comment_age() -> None:
    # "2日前に" ("two days before, ...") goes on into the sentence: no comment prints that.
    words = load_thread_words("ja")
    assert words.age.search("2日前") is not None
    assert words.age.search("首相は2日前に辞任した") is None
    assert load_thread_words("zh").age.search("发表于3小时前") is not None


def test_chinese_dates_and_times_make_dated_signatures() -> None:
    words = load_thread_words("zh")
    assert _is_dated_signature(Block("张三 2021年10月31日12:30", 0, 1), words)
    assert _is_dated_signature(Block("2021年10月31日 12:30", 0, 1), words)
    assert not _is_dated_signature(Block("2021年10月31日", 0, 1), words)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "vor 3 Stunden"),
        ("fr", "il y a 2 heures"),
        ("es", "hace 3 horas"),
        ("it", "3 ore fa"),
        ("pt", "há 2 horas"),
        ("nl", "3 uur geleden"),
        ("zh", "2天前"),
        ("ja", "5分前"),
    ],
)
def test_each_languages_comment_age_is_read_in_any_language(language: str, line: str) -> None:
    assert load_thread_words(language).age.search(line) is not None
    assert load_thread_words("en").age.search(line) is not None


def test_an_english_blogger_thread_goes_without_its_heading() -> None:
    # Blogger ends a signature with an ellipsis after the verb ("Anonymous said..."), not a
    # colon, and prints "Delete" under every comment; extraction often loses "2 comments:".
    article = [
        "The council voted on Monday to rebuild the harbour wall before the winter storms.",
        "The work will take eight months and cost about four million pounds, it said.",
        "Fishermen who use the harbour welcomed the decision after two years of talks.",
        "A public meeting on the plans will be held at the town hall next month.",
    ]
    thread = [
        "Anonymous said...",
        "About time too.",
        "September 12, 2016 at 10:15 AM",
        "Delete",
        "Klaus Meier said...",
        "I hope they finish before the storms.",
        "September 12, 2016 at 11:02 AM",
        "Delete",
    ]
    cleaned = clean("en", [*article, *thread])
    assert cleaned.paragraphs == tuple(article)
    assert "comment_thread" in {r.rule for r in cleaned.removed}

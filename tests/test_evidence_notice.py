"""The `notice` scope and the `copyright_notice` rule (issue #12, tails26b): one sentence of the
story among its paragraphs that opens with a notice's words ("Copyright 2024 was a record year,
...") stays; a page's notice still goes wherever it stands: at the page's end, as a credit under
a picture, beside other notices, or among paragraphs when it strings its fixed sentences
("Copyright 2023 The Associated Press. All rights reserved."). Article text written for these
tests; the notices' shapes are those of the dev sets and the junk probe.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, Rule, Scope, normalize_text
from corpusclean.rules import builtin_languages, load_builtin_rules
from strategies import examples, headings, prose_stories
from test_evidence_margin import scoped_rule_cleaner
from test_properties import clean_keeping_story, removed_by

PROSE_EN = [
    "Music publishers filed more lawsuits last year than in any year before, according to a "
    "count by the trade body, most of them over songs used in short videos.",
    "The courts in New York and California took almost two thirds of the cases, and the "
    "average claim rose to more than forty thousand dollars per song.",
]
TITLE_EN = "Publishers take record number of cases to court"
# Sentences of the story that open with the rule's fixed words (no figure, one clause each).
SENTENCES_EN = [
    "Copyright 2024 was a record year for the publishers and their lawyers.",
    "© symbols now appear on nearly every photograph the agency sells to newspapers.",
]
# Notices as pages print them: several fixed sentences, a label and its value, a credit.
NOTICES_EN = [
    "Copyright 2023 The Associated Press. All rights reserved.",
    "© 2019 Associated Press. All Rights Reserved. This material may not be published, "
    "broadcast, rewritten, or redistributed.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "© John Brecher",
]


def test_a_sentence_opening_with_a_notice_s_words_stays_among_the_paragraphs() -> None:
    # Before tails26b the free tail after "copyright 2024" and "©" took both sentences.
    for sentence in SENTENCES_EN:
        lines = [TITLE_EN, PROSE_EN[0], sentence, PROSE_EN[1]]
        assert sentence not in removed_by(lines), sentence


def test_the_same_sentence_at_the_page_s_end_is_still_the_rule_s() -> None:
    # Position is half the evidence: under the last paragraph the line is the page's footer.
    for sentence in SENTENCES_EN:
        lines = [TITLE_EN, *PROSE_EN, sentence]
        assert removed_by(lines).get(sentence) == "copyright_notice", sentence


def test_a_notice_among_the_paragraphs_still_goes() -> None:
    for notice in NOTICES_EN:
        lines = [TITLE_EN, PROSE_EN[0], notice, PROSE_EN[1]]
        assert removed_by(lines).get(notice) == "copyright_notice", notice


def test_a_sentence_beside_another_notice_is_the_footer_s() -> None:
    # The Wall Street Journal's footer: the paragraph under the notice is itself a notice.
    footer = "Copyright 2019 Dow Jones and Company has licensed this text to subscribers only."
    under = (
        "This copy is for your personal, non-commercial use only. Distribution and use of this "
        "material are governed by our Subscriber Agreement and by copyright law."
    )
    removed = removed_by([TITLE_EN, *PROSE_EN, footer, under])
    assert removed.get(footer) == "copyright_notice"
    assert removed.get(under) == "copyright_notice"


def test_a_notice_scope_rule_file_loads_and_acts_by_position(tmp_path: Path) -> None:
    text = (
        '[[rules]]\nname = "fee_line"\nfamily = "syndication"\nscope = "notice"\n'
        "reason = \"test\"\npattern = '''licence fee .{0,80}'''\n"
    )
    cleaner = scoped_rule_cleaner(tmp_path, text, Scope.NOTICE)
    line = "Licence fee rises were blocked by the court in the spring."
    between = cleaner.clean("\n".join([PROSE_EN[0], line, PROSE_EN[1]]))
    assert line in between.paragraphs
    at_end = cleaner.clean("\n".join([*PROSE_EN, line]))
    assert [removal.rule for removal in at_end.removed] == ["fee_line"]
    # Without the context pass the rule removes its line anywhere, as a line rule does.
    bare = Cleaner(attrs.evolve(cleaner.config, evidence=False))
    assert line not in bare.clean("\n".join([PROSE_EN[0], line, PROSE_EN[1]])).paragraphs


notices = st.sampled_from(NOTICES_EN[:3])


@settings(max_examples=examples(60), deadline=None)
@given(
    story=prose_stories(),
    notice=notices,
    title=headings,
    data=st.data(),
)
def test_a_notice_of_several_sentences_goes_wherever_it_stands(
    story: list[str], notice: str, title: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(story)))
    lines = [title, *story[:at], notice, *story[at:]]
    article = clean_keeping_story(lines, story)
    assert any(r.text == notice and r.rule == "copyright_notice" for r in article.removed)


@settings(max_examples=examples(60), deadline=None)
@given(
    story=prose_stories(),
    sentence=st.sampled_from(SENTENCES_EN),
    title=headings,
    data=st.data(),
)
def test_a_one_sentence_line_between_two_paragraphs_is_never_the_notice_rule_s(
    story: list[str], sentence: str, title: str, data: st.DataObject
) -> None:
    assert_stays_between_paragraphs("copyright_notice", story, sentence, title, data)


def assert_stays_between_paragraphs(
    rule: str, story: list[str], sentence: str, title: str, data: st.DataObject
) -> None:
    """A sentence set between two of the story's paragraphs (drawn where) stays, the story
    whole, and ``rule`` (a rule of the notice scope) removes nothing."""
    at = data.draw(st.integers(min_value=1, max_value=len(story) - 1))
    article = clean_keeping_story([title, *story[:at], sentence, *story[at:]], story)
    assert all(removal.rule != rule for removal in article.removed)


def test_the_copyright_rule_is_notice_scoped_in_every_language() -> None:
    # Japanese and Chinese too since precision27: their one-sentence bans ("記事・写真の無断転載を
    # 禁じます。") are `rights_notice`'s, a line rule tried first.
    for language in builtin_languages():
        rules: list[Rule] = load_builtin_rules(language)
        found = [r.scope for r in rules if r.name == "copyright_notice"]
        assert found == [Scope.NOTICE], language


def test_a_site_s_one_sentence_notices_go_even_between_paragraphs() -> None:
    # Split off as `rights_notice` (line scope): each is its own whole sentence.
    for notice in (
        "Comments and public postings are copyrighted by their creators.",
        "All other trademarks are the property of their respective owners.",
    ):
        lines = [TITLE_EN, PROSE_EN[0], notice, PROSE_EN[1]]
        assert removed_by(lines).get(notice) == "rights_notice", notice


def test_the_associated_press_line_goes_between_two_paragraphs() -> None:
    # AP's fixed line is one sentence, so the notice scope would keep it among the story's
    # prose; it is `rights_notice`'s, which goes wherever it stands (blind probe session26b).
    line = "This material may not be published, broadcast, rewritten or redistributed."
    removed = removed_by([TITLE_EN, PROSE_EN[0], line, *PROSE_EN[1:]])
    assert removed.get(line) == "rights_notice"


# Japanese and Chinese (precision27): sentences of a story written for this test, each opening
# with a notice's or a banner's words and going on; the notices are the case files' and the
# Readability pages' own.
CJK_SENTENCES = {
    "ja": [
        "©マークの扱いを巡って、出版社と写真家の団体が長く争ってきた。",
        "会社は all rights reserved と表示していたが、裁判所はその主張を認めなかった。",
        "当サイトではクッキーを使っていないという運営会社の説明は、調査で覆された。",
    ],
    "zh": [
        "©标识的使用规则由基金会制定，多家出版社表示反对。",
        "未经授权的拆迁涉及数百户居民，市政府已展开调查。",
        "我们使用cookie的情况从未告知用户，公司在法庭上承认。",
    ],
}
CJK_NOTICES = {
    "ja": {
        "記事・写真の無断転載を禁じます。": "rights_notice",
        "Copyright © 2017 Yahoo Japan Corporation. All Rights Reserved.": "copyright_notice",
        "当サイトではCookieを使用しています。サイトを閲覧し続けることで、Cookieの使用に同意した"
        "ものとみなされます。": "cookie_notice",
    },
    "zh": {
        "版权所有，未经许可不得转载。": "rights_notice",
        "转载请注明出处。": "rights_notice",
        "本网站使用cookies以提升您的浏览体验。继续浏览即表示您同意我们使用cookies。": (
            "cookie_notice"
        ),
    },
}


def cjk_prose(code: str) -> list[str]:
    path = Path(__file__).parent / "cases" / f"rules_{code}.json"
    return list(json.loads(path.read_text(encoding="utf-8"))["prose"])


def cjk_removed(code: str, lines: list[str]) -> dict[str, str]:
    article = Cleaner(Config(language=code)).clean("\n".join(lines))
    return {removal.text: removal.rule for removal in article.removed}


def test_a_japanese_or_chinese_story_sentence_stays_between_two_paragraphs() -> None:
    for code, sentences in CJK_SENTENCES.items():
        prose = cjk_prose(code)
        for sentence in sentences:
            removed = cjk_removed(code, [*prose[:3], sentence, *prose[3:6]])
            assert sentence not in removed, (code, sentence)


def test_a_japanese_or_chinese_notice_goes_between_two_paragraphs() -> None:
    # A ban or claim alone is `rights_notice`'s; a notice or banner of two sentences is its
    # own rule's, wherever it stands.
    for code, notices in CJK_NOTICES.items():
        prose = cjk_prose(code)
        for notice, rule in notices.items():
            removed = cjk_removed(code, [*prose[:3], notice, *prose[3:6]])
            # The cleaner's text has the normalised comma ("，" -> ",").
            assert removed.get(normalize_text(notice)) == rule, (code, notice)

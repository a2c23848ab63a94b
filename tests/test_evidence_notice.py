"""The `notice` scope and the `copyright_notice` rule (issue #12, tails26b): one sentence of the
story among its paragraphs that opens with a notice's words ("Copyright 2024 was a record year,
...") stays; a page's notice still goes wherever it stands: at the page's end, as a credit under
a picture, beside other notices, or among paragraphs when it strings its fixed sentences
("Copyright 2023 The Associated Press. All rights reserved."). Article text written for these
tests; the notices' shapes are those of the dev sets and the junk probe.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, Rule, Scope
from corpusclean.rules import builtin_languages, load_builtin_rules, parse_rules
from strategies import examples, headings, prose_stories
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
    assert parse_rules(text, "<test>")[0].scope is Scope.NOTICE
    path = tmp_path / "fees.toml"
    path.write_text(text, encoding="utf-8")
    cleaner = Cleaner(Config(builtin_rules=False, rule_files=(str(path),)))
    line = "Licence fee rises were blocked by the court in the spring."
    between = cleaner.clean("\n".join([PROSE_EN[0], line, PROSE_EN[1]]))
    assert line in between.paragraphs
    at_end = cleaner.clean("\n".join([*PROSE_EN, line]))
    assert [removal.rule for removal in at_end.removed] == ["fee_line"]
    # Without the context pass the rule removes its line anywhere, as a line rule does.
    bare = Cleaner(Config(builtin_rules=False, rule_files=(str(path),), evidence=False))
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
    at = data.draw(st.integers(min_value=1, max_value=len(story) - 1))
    article = clean_keeping_story([title, *story[:at], sentence, *story[at:]], story)
    assert all(removal.rule != "copyright_notice" for removal in article.removed)


def test_the_copyright_rule_is_notice_scoped_in_every_alphabetic_language() -> None:
    # Japanese and Chinese keep a line scope: a ban of one sentence ("記事・写真の無断転載を禁じ
    # ます。") is a page's notice there.
    for language in builtin_languages():
        rules: list[Rule] = load_builtin_rules(language)
        found = [r.scope for r in rules if r.name == "copyright_notice"]
        expected = Scope.LINE if language in ("ja", "zh") else Scope.NOTICE
        assert found == [expected], language


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

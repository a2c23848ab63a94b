"""`cookie_notice` under the `notice` scope (issue #12, precision27): one sentence of the story
among its paragraphs that holds a banner's words ("We use cookies ..., the bank admitted in
court.") stays; a banner still goes at the page's top or end, beside its own button, or when it
strings two sentences. The story sentences were written for these tests (a GDPR story, a court
report); the banners are the dev sets' pages' own (Scrapinghub fullpage inputs).
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, Rule, Scope
from corpusclean.rules import builtin_languages, load_builtin_rules
from strategies import examples, headings, prose_stories
from test_evidence_notice import assert_stays_between_paragraphs
from test_properties import clean_keeping_story, removed_by

CASES = Path(__file__).parent / "cases"

TITLE_EN = "Regulator fines publisher over tracking on its news site"
PROSE_EN = [
    "The data protection authority fined the publisher two million euros on Tuesday, saying "
    "that its news site had tracked readers for years without a valid legal basis.",
    "The publisher said it would appeal the decision, and its shares fell by almost four per "
    "cent in early trading before recovering most of the loss by the close.",
]
# Sentences of the story that hold a banner's words, with a verb no `speech` guard reads.
SENTENCES_EN = [
    "This website uses cookies from forty advertising firms, the bank admitted in court.",
    "We use cookies only to count visitors and nothing more, the publisher's lawyer maintained "
    "before the judges.",
    "By continuing to use this site after the banner appeared, most readers gave no valid "
    "consent to cookies under the law.",
]
# Banners as the dev sets' pages print them: two sentences, or one with its button.
BANNERS_EN = [
    "This website uses cookies to improve your experience. We'll assume you're ok with this, "
    "but you can opt-out if you wish.",
    "We use cookies to improve your experience on our website. By browsing this website, you "
    "agree to our use of cookies.",
]
ONE_SENTENCE_BANNER = (
    "This site uses cookies to assist with navigation, analyse your use of our services, and "
    "provide content from third parties."
)
BUTTON = "Accept all cookies"

# One sentence of a court report or a privacy story per language, each opening with the
# language's banner words (written for this test; at 281e4b9 the rule removed every one).
SENTENCES = {
    "de": "Wir verwenden Cookies nur für die Reichweitenmessung, räumte der Verlag vor dem "
    "Landgericht ein.",
    "fr": "Nous utilisons des cookies de mesure d'audience depuis des années, a reconnu "
    "l'éditeur devant le tribunal administratif.",
    "es": "Utilizamos cookies de seguimiento desde hace años, admitió el director de la cadena "
    "ante el juez.",
    "it": "Utilizziamo cookie di profilazione da anni, ha ammesso il direttore del quotidiano "
    "davanti al giudice.",
    "nl": "Wij gebruiken cookies alleen voor statistieken, gaf de uitgever toe tegenover de "
    "rechter in Amsterdam.",
    "pt": "Utilizamos cookies de rastreamento há anos, admitiu o diretor do jornal perante o juiz.",
}


def language_prose(code: str) -> list[str]:
    data = json.loads((CASES / f"rules_{code}.json").read_text(encoding="utf-8"))
    return list(data["prose"])


def removed_in(code: str, lines: list[str]) -> dict[str, str]:
    article = Cleaner(Config(language=code)).clean("\n".join(lines))
    return {removal.text: removal.rule for removal in article.removed}


def test_a_story_sentence_with_a_banner_s_words_stays_among_the_paragraphs() -> None:
    for sentence in SENTENCES_EN:
        lines = [TITLE_EN, PROSE_EN[0], sentence, PROSE_EN[1]]
        assert sentence not in removed_by(lines), sentence


def test_each_language_s_story_sentence_stays_between_two_paragraphs() -> None:
    for code, sentence in SENTENCES.items():
        prose = language_prose(code)
        lines = [*prose[:3], sentence, *prose[3:6]]
        assert sentence not in removed_in(code, lines), (code, sentence)
        # Under the story's last paragraph the same line is the page's banner.
        assert removed_in(code, [*prose[:6], sentence]).get(sentence) == "cookie_notice", code


def test_a_banner_of_two_sentences_goes_between_two_paragraphs() -> None:
    for banner in BANNERS_EN:
        lines = [TITLE_EN, PROSE_EN[0], banner, PROSE_EN[1]]
        assert removed_by(lines).get(banner) == "cookie_notice", banner


def test_a_one_sentence_banner_goes_at_the_page_s_top_and_end() -> None:
    assert (
        removed_by([ONE_SENTENCE_BANNER, TITLE_EN, *PROSE_EN]).get(ONE_SENTENCE_BANNER)
        == "cookie_notice"
    )
    assert (
        removed_by([TITLE_EN, *PROSE_EN, ONE_SENTENCE_BANNER]).get(ONE_SENTENCE_BANNER)
        == "cookie_notice"
    )


def test_a_one_sentence_banner_beside_its_button_goes_between_two_paragraphs() -> None:
    for lines in (
        [TITLE_EN, PROSE_EN[0], ONE_SENTENCE_BANNER, BUTTON, PROSE_EN[1]],
        [TITLE_EN, PROSE_EN[0], BUTTON, ONE_SENTENCE_BANNER, PROSE_EN[1]],
    ):
        removed = removed_by(lines)
        assert removed.get(ONE_SENTENCE_BANNER) == "cookie_notice", lines
        assert removed.get(BUTTON) == "consent_button", lines


def test_a_story_sentence_beside_another_story_sentence_with_banner_words_stays() -> None:
    # A neighbour counts as the banner's control only when it is no sentence itself.
    lines = [TITLE_EN, PROSE_EN[0], *SENTENCES_EN[:2], PROSE_EN[1]]
    removed = removed_by(lines)
    assert not [line for line in SENTENCES_EN[:2] if line in removed], removed


def test_the_dutch_embed_placeholder_goes_between_two_paragraphs() -> None:
    # A placeholder stands where the embed was, among the story's prose: `media_fallback`'s
    # line scope, not the banner rule's notice scope.
    prose = language_prose("nl")
    line = "Om deze inhoud te bekijken moet je sociale media cookies accepteren."
    assert removed_in("nl", [*prose[:3], line, *prose[3:6]]).get(line) == "media_fallback"


def test_the_cookie_rule_is_notice_scoped_in_every_language() -> None:
    for language in builtin_languages():
        rules: list[Rule] = load_builtin_rules(language)
        found = [r.scope for r in rules if r.name == "cookie_notice"]
        assert found == [Scope.NOTICE], language


@settings(max_examples=examples(60), deadline=None)
@given(
    story=prose_stories(),
    sentence=st.sampled_from(SENTENCES_EN),
    title=headings,
    data=st.data(),
)
def test_a_one_sentence_line_between_two_paragraphs_is_never_the_banner_rule_s(
    story: list[str], sentence: str, title: str, data: st.DataObject
) -> None:
    assert_stays_between_paragraphs("cookie_notice", story, sentence, title, data)


@settings(max_examples=examples(60), deadline=None)
@given(story=prose_stories(), banner=st.sampled_from(BANNERS_EN), title=headings, data=st.data())
def test_a_banner_of_two_sentences_goes_wherever_it_stands(
    story: list[str], banner: str, title: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(story)))
    article = clean_keeping_story([title, *story[:at], banner, *story[at:]], story)
    assert any(r.text == banner and r.rule == "cookie_notice" for r in article.removed)


@settings(max_examples=examples(60), deadline=None)
@given(story=prose_stories(), title=headings, data=st.data())
def test_a_one_sentence_banner_with_its_button_goes_wherever_it_stands(
    story: list[str], title: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(story)))
    lines = [title, *story[:at], ONE_SENTENCE_BANNER, BUTTON, *story[at:]]
    article = clean_keeping_story(lines, story)
    assert any(r.text == ONE_SENTENCE_BANNER and r.rule == "cookie_notice" for r in article.removed)

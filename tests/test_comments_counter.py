"""A comment counter that names the post's title (`detect.comments.counter`): WordPress's
comment link with its screen-reader span ("No Comments on <title>", general36's Dutch "Geen
reacties op Onze 1e fietsvakantie") under the post's title. Negatives: sentences and
sub-headings that name a title or an earlier heading, a counter's words far from any title.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments import counter as counter_module
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language, load_thread_words
from corpusclean.model import Block
from strategies import article_texts, examples
from test_comments_tail import assert_paragraphs_in_input_order, cleaned, removed_by

POSTS = {
    "en": (
        "A long spring in the garden",
        [
            "The first tulips came up in March, a full three weeks before the usual time.",
            "By May the vegetable beds were ready, and we sowed beans, peas and carrots.",
        ],
    ),
    "nl": (
        "Onze 1e fietsvakantie",
        [
            "Met de aanschaf van de twee mooie fietsen kon een fietsvakantie niet uitblijven.",
            "Zondag 14 juli was het dan zover, op weg naar de camping in een heuse trekkerspod.",
        ],
    ),
    "de": (
        "Ein Sommer im Schrebergarten",
        [
            "Die ersten Tulpen kamen schon im März, drei Wochen früher als in anderen Jahren.",
            "Im Mai waren die Beete bereit, und wir haben Bohnen, Erbsen und Möhren gesät.",
        ],
    ),
    "es": (
        "Una primavera larga en el huerto",
        [
            "Los primeros tulipanes salieron en marzo, tres semanas antes de lo habitual.",
            "En mayo los bancales estaban listos y sembramos judías, guisantes y zanahorias.",
        ],
    ),
}
# The counters WordPress's comment link prints, with the title in its screen-reader span:
# en from wp-includes/comment-template.php, es from Debian's wordpress-l10n 6.1.9 (es_PE:
# 'Ningún comentario en %s', '%1$s comentarios en %2$s'); nl as general36 prints it.
COUNTERS = {
    "en": ["No Comments on {}", "1 Comment on {}", "12 Comments on {}"],
    "nl": ["Geen reacties op {}", "3 reacties op {}"],
    "de": ["Keine Kommentare zu {}", "2 Kommentare zu {}"],
    "es": ["Ningún comentario en {}", "4 comentarios en {}"],
}


def test_a_counter_naming_the_title_under_it_goes_alone() -> None:
    for language, counters in COUNTERS.items():
        title, body = POSTS[language]
        for counter in counters:
            line = counter.format(title)
            article = cleaned([title, "March 3, 2021", line, *body])
            # Gone (by the counter, or by a rule that knows the count: "12 Comments on"),
            # and the post under it whole.
            assert line not in article.paragraphs, line
            assert [p for p in article.paragraphs if p != "March 3, 2021"] == body, line


def test_a_sentence_naming_the_title_stays() -> None:
    title, body = POSTS["en"]
    said = f"There were no comments on {title}, the editor said on Monday."
    article = cleaned([title, said, *body])
    assert said in article.paragraphs


def test_a_line_naming_the_title_without_a_counter_s_word_stays() -> None:
    title, body = POSTS["en"]
    for line in (f"Photos from {title}", f"More about {title}"):
        assert removed_by(cleaned([title, line, *body]), "comment_thread") == []


def test_a_sub_heading_naming_a_one_word_heading_stays() -> None:
    # "Comments on Budget" under a section "Budget": a one-word title is any heading's word.
    body = POSTS["en"][1]
    lines = ["Budget", body[0], "Comments on Budget", body[1]]
    assert "Comments on Budget" in cleaned(lines).paragraphs


def test_a_counter_s_words_far_below_the_title_stay() -> None:
    title, body = POSTS["en"]
    more = [f"{sentence} It was a good year." for sentence in body]
    line = f"Readers' comments on {title}"
    article = cleaned([title, *body, *more, line, "The garden club meets again in June."])
    assert line in article.paragraphs


@settings(max_examples=examples(60))
@given(text=article_texts(junk=False, damage=False))
def test_an_article_alone_loses_nothing_to_the_counter(text: str) -> None:
    article = corpusclean.clean(text)
    assert not any("counter" in r.reason for r in article.removed if r.rule == "comment_thread")


@settings(max_examples=examples(60))
@given(
    text=article_texts(junk=False, damage=False),
    counter=st.sampled_from([c for cs in COUNTERS.values() for c in cs]),
)
def test_a_counter_under_any_title_takes_only_its_line(text: str, counter: str) -> None:
    title = "A long spring in the garden"
    line = counter.format(title)
    document = "\n".join([title, line, text])
    article = corpusclean.clean(document)
    # The counter's reading takes the counter's input line (1) and nothing else; a drawn text
    # that reads as hard-wrapped may join the counter to its neighbours, and then it is no
    # line of its own and is not read (under the thorough profile, as at the start).
    counted = [r for r in article.removed if r.rule == "comment_thread" and "counter" in r.reason]
    assert all((r.start, r.end) == (1, 2) for r in counted), counted
    # What is left keeps the input's order, and cleaning it again takes no counter.
    assert_paragraphs_in_input_order(article, document)
    again = corpusclean.clean(article.render())
    assert not any("counter" in r.reason for r in again.removed if r.rule == "comment_thread")


@given(
    st.sampled_from(["en", "nl", "de", "sv"]),
    st.lists(
        st.lists(
            st.sampled_from(["Geen", "reacties", "Comments", "no", "op", "Kommentare:", "zu", "x"]),
            min_size=1,
            max_size=12,
        ).map(" ".join),
        max_size=8,
    ),
)
def test_the_counter_openings_screen_finds_what_each_line_finds(
    code: str, lines: list[str]
) -> None:
    """`_counter_openings` screens the document's short lines joined; its reference reads each
    short line."""
    facts = Facts(load_language(code))
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    counts = frozenset(load_thread_words(code).comment_counts)
    most = counter_module.COUNTER_MAX_WORDS + counter_module.TITLE_HEAD_MAX_WORDS
    expected = {
        b.start
        for b in blocks
        if b.words <= most and counter_module._opens_with_a_count_word(b.text, counts)
    }
    assert counter_module._counter_openings(blocks, facts) == expected

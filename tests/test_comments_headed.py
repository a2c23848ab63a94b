"""Blogger's count of a post's comments right over a comment it marks
(`detect.comments.headed`), and readers' signatures under a poem (`detect.comments.recurring`).

The shapes were read on threads23's pages (a one-paragraph post over "1 comment:" and
"harmony said...", "1 Kommentar:" over "1. tolle Mütze ...", "1 commento:" over "Anonimo ha
detto...", a poem in short lines over "1 comment:" and "1. What a bittersweet ...", and over
two "said..." signatures). The negatives are real article shapes under the same short posts: a
numbered list of tips under "3 Tipps:", a recipe's steps, a FAQ's "3 Antworten:", a listicle, a
count with no comment marked under it, numbers beyond the count, a count under the byline, a
page of comments under a one-line post, a column of sayings.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect.comments.headed import marked_comment_start
from corpusclean.detect.comments.recurring import recurring_signatures_start
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import Block, Verdict
from strategies import article_texts, examples
from test_comments_tail import assert_tail_takes_only_its_own_lines, cleaned, removed_by
from test_comments_unshipped import ARTICLE

# A photo post's one paragraph under its title: one prose line, too little for `tail`.
POST = [
    "Photo Finish Friday",
    "Well, this is happening outside right now. It's even starting to stick. The flakes are "
    "big and beautiful and so graceful floating down outside my window. I do love snow.",
]
LONGER_PARAGRAPH = (
    "By the afternoon the whole street was white, the neighbours' children were out with "
    "their sledges, and the dog would not come back inside however often we called him."
)
POEM = [
    "A Baby Shower ~",
    "I just love baby showers ~",
    "especially when there is delicious food around!",
    "But the best thing about this baby shower",
    "wasn't the food, or the beautiful gifts,",
    "or those that came to celebrate,",
    "and to laugh and share memories.",
    "No, the best thing about this particular shower",
    "was knowing that my baby girl",
    "will be giving birth to her baby girl.",
]

MARKED = {
    "signature": ["1 comment:", "harmony said..."],
    "italian": ["1 commento:", "Anonimo ha detto...", "Panna e cioccolato per me, che bella!"],
    "german": [
        "1 Kommentar:",
        "1. tolle Mütze und bei dem Wetter genau das Richtige. Da hat sich die Nachtschicht ja "
        "gelohnt ;-)",
        "LG Sandra",
    ],
    # Blogger prints its reply control under each numbered comment (threads23's
    # gerhardkocht.blogspot.com: "1. Selbst gekochte ..." / "AntwortenLöschen" / "2. ...").
    "numbered": [
        "2 comments:",
        "1. awwww! I love it Marie! I so agree with what you've written!",
        "ReplyDelete",
        "2. I love the graphic feel of this layout. nice job!",
        "ReplyDelete",
    ],
    "french": ["2 commentaires :", "Sophie a dit…", "Trop mignon !", "Anne a dit…", "Bravo !"],
}


def test_a_count_over_a_marked_comment_takes_the_thread_under_a_short_post() -> None:
    for name, thread in MARKED.items():
        for post in (POST, POEM):
            article = cleaned([*post, *thread])
            assert article.paragraphs[-1] == post[-1], name
            # Taken by this detector, or by the comment heading's rule ("1 comment:" over
            # one line, `scopes`) where it already reads the shape.
            assert not set(thread) & set(article.paragraphs), name


def test_marked_comment_start_points_at_the_count() -> None:
    for thread in MARKED.values():
        lines = [*POST, *thread]
        blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
        keep = [Verdict(keep=True)] * len(blocks)
        assert marked_comment_start(blocks, keep, Facts(load_language("en"))) == len(POST)


NEGATIVES = {
    # A list under a heading that counts in other words than a comment count.
    "tips": [
        "3 Tipps:",
        "1. Eine Taschenlampe griffbereit legen.",
        "2. Das Handy laden, sobald eine Warnung kommt.",
        "3. Nach älteren Nachbarn sehen.",
    ],
    "recipe": [
        "Zubereitung:",
        "1. Den Ofen auf 180 Grad vorheizen.",
        "2. Butter und Zucker schaumig rühren.",
        "3. Den Teig in die Form füllen und 40 Minuten backen.",
    ],
    "faq": [
        "3 Antworten:",
        "1. Ja, der Weg ist wieder offen.",
        "2. Nein, die Brücke bleibt gesperrt.",
        "3. Bis Freitag, sagt die Stadt.",
    ],
    "listicle": [
        "5 ideas:",
        "1. Build a snow fort in the yard.",
        "2. Bake cookies for the neighbours.",
        "3. Go sledding on the hill behind the school.",
    ],
}
# A press review or a report's findings under a count that names commentaries: a list numbered
# 1 to the count, one line an item and nothing else (precision22). Apart from NEGATIVES: after
# an article of two prose paragraphs `tail` reads a count over a list (a FAQ's "3 Antworten:"
# too, on main before precision22), which is not this module's guard.
COUNTED_LISTS = {
    "press-review": [
        "2 Kommentare:",
        "1. Die Oberauer Zeitung nennt den Kompromiss überfällig.",
        "2. Der Landbote fürchtet höhere Kosten für Mieter.",
    ],
    "rassegna": [
        "2 commenti:",
        "1. Il Corriere di Borgo parla di un passo avanti.",
        "2. La Gazzetta del Nord teme aumenti delle bollette.",
    ],
    "informe": [
        "2 comentarios:",
        "1. Conviene aclarar el horario de cierre en verano.",
        "2. Las multas deben graduarse según el tamaño del local.",
    ],
    "reacties": [
        "3 reacties:",
        "1. De parkeerplaatsen blijven aan de oostkant.",
        "2. Er komt een extra oversteekplaats bij de school.",
        "3. De bomen aan de Kerkweg blijven staan.",
    ],
}
UNREAD = {
    # A count with nothing marked under it: `tail` reads these under an article, not here.
    "unmarked": ["2 comments:", "We had snow too.", "Beautiful pictures of the flakes."],
    # The numbers go past the count: a list, not the comments it counts.
    "beyond": [
        "1 comment:",
        "1. Keep a torch at hand.",
        "2. Charge your phone.",
        "3. Check on the neighbours.",
    ],
    # The numbers start past one.
    "second": ["2 comments:", "2. Charge your phone.", "3. Check on the neighbours."],
}


def test_article_lists_under_a_short_post_lose_nothing() -> None:
    for name, tail in {**NEGATIVES, **COUNTED_LISTS}.items():
        article = cleaned([*POST, *tail])
        assert removed_by(article, "comment_thread") == [], name
        assert article.paragraphs[-2:] == tuple(tail[-2:]), name


def test_a_count_over_no_mark_or_other_numbers_is_not_read_here() -> None:
    for name, tail in UNREAD.items():
        lines = [*POST, *tail]
        blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
        keep = [Verdict(keep=True)] * len(blocks)
        assert marked_comment_start(blocks, keep, Facts(load_language("en"))) is None, name


def test_a_count_under_the_byline_over_the_story_takes_nothing() -> None:
    lines = [ARTICLE[0], "1 comment:", "1. " + ARTICLE[1], *ARTICLE[2:]]
    assert removed_by(cleaned(lines), "comment_thread") == []


def test_a_count_with_no_post_above_takes_nothing() -> None:
    lines = MARKED["numbered"]
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    keep = [Verdict(keep=True)] * len(blocks)
    assert marked_comment_start(blocks, keep, Facts(load_language("en"))) is None


# ---------------------------------------------------------------- signatures under a poem

SIGNED = [
    "Kelly said...",
    "There's nothing like raising a baby girl!",
    "julie said...",
    "congrats nancy! girls are so fun! your daughter looks great!",
]


def test_signatures_under_a_poem_take_the_thread() -> None:
    article = cleaned([*POEM, *SIGNED])
    assert article.paragraphs[-1] == POEM[-1]
    assert set(SIGNED) <= set(removed_by(article, "comment_thread"))


def test_a_page_of_comments_under_a_one_line_post_is_left() -> None:
    # A title over eleven numbered signatures: a page of comments, left as `runs` leaves it.
    thread = [
        line
        for n in range(1, 12)
        for line in (f"{n}. Reader{n} says:", f"So cute, number {n}! Love the pictures.")
    ]
    lines = ["It's hard to be a puppy.", *thread]
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    keep = [Verdict(keep=True)] * len(blocks)
    assert recurring_signatures_start(blocks, keep, Facts(load_language("en"))) is None


def test_a_column_of_sayings_under_a_short_title_is_left() -> None:
    # No prose, and the sayings under the signatures are the longer part of the page.
    lines = [
        "Was Mama immer sagte",
        "Mama hat gesagt…",
        "Wer nicht hören will, muss fühlen, und wer zu spät kommt, den bestraft das Leben.",
        "Papa hat gesagt…",
        "Morgenstund hat Gold im Mund, und früh übt sich, wer ein Meister werden will.",
    ]
    assert removed_by(cleaned(lines), "comment_thread") == []


# ---------------------------------------------------------------- properties


@settings(max_examples=examples(60))
@given(
    text=article_texts(junk=False, damage=False),
    thread=st.sampled_from(list(MARKED.values())),
)
def test_a_marked_thread_after_any_article_takes_only_its_own_lines(
    text: str, thread: list[str]
) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)


@settings(max_examples=examples(60))
@given(
    count=st.integers(min_value=2, max_value=9),
    head=st.sampled_from(["comments", "Kommentare", "commenti", "comentarios", "reacties"]),
    control=st.sampled_from(["ReplyDelete", "AntwortenLöschen", "LG Sandra"]),
)
def test_a_numbered_list_ending_on_its_count_is_an_article_s(
    count: int, head: str, control: str
) -> None:
    # The same list with a control or a signature under each item is a thread again, under
    # a post that holds a quarter of the words (nine comments of eleven words outweigh
    # POST alone: RECURRING_MIN_WORD_SHARE).
    items = [f"{n}. Item number {n} of the list, on its own line." for n in range(1, count + 1)]
    threaded = [line for item in items for line in (item, control)]
    post = [*POST, LONGER_PARAGRAPH]
    for tail, expected in ((items, None), (threaded, len(post))):
        lines = [*post, f"{count} {head}:", *tail]
        blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
        keep = [Verdict(keep=True)] * len(blocks)
        language = {"comments": "en", "Kommentare": "de", "commenti": "it"}.get(head, "en")
        language = {"comentarios": "es", "reacties": "nl"}.get(head, language)
        start = marked_comment_start(blocks, keep, Facts(load_language(language)))
        assert start == expected, (count, head, control, tail is items)


@settings(max_examples=examples(60))
@given(text=article_texts(junk=False, damage=False))
def test_an_article_alone_loses_nothing_to_a_marked_count(text: str) -> None:
    blocks = [Block(line, n, n + 1) for n, line in enumerate(text.splitlines()) if line.strip()]
    keep = [Verdict(keep=True)] * len(blocks)
    assert marked_comment_start(blocks, keep, Facts(load_language("en"))) is None
    article = cleaned(text.splitlines())
    assert removed_by(article, "comment_thread") == []


@settings(max_examples=examples(60))
@given(
    text=article_texts(junk=False, damage=False),
    tail=st.sampled_from(list(NEGATIVES.values())),
)
def test_an_article_s_list_after_any_article_stays(text: str, tail: list[str]) -> None:
    article = cleaned([*text.splitlines(), *tail])
    assert removed_by(article, "comment_thread") == []
    assert article.paragraphs[-1] == tail[-1]


# ---------------------------------------------------------------- a count the signatures agree with

# A photo post's title and one line, far less than a quarter of the words under it (general
# blogs of threads21's fix half, comments30): the count and as many ellipsis signatures as it
# counts are read; written for the tests, not copied from a page.
SHORT_POSTS = {
    "fr": ["le jardin en avril", "et les pivoines arrivent..."],
    "de": ["Frühling im Garten", "und alles blüht..."],
    "en": ["Spring at last", "and the garden is bursting..."],
}
AGREEING = {
    "fr": [
        "1 commentaire:",
        "Mamie Jo a dit…",
        "Elles arrivent tellement vite, les pivoines, que la nôtre a fleuri en une nuit dans le "
        "jardin de la maison !!",
        "Comme c'est joli...",
    ],
    "de": [
        "2 Kommentare:",
        "Klaus hat gesagt…",
        "Wie schön, bei uns ist es noch kalt und die Tulpen lassen sich Zeit mit dem Blühen, "
        "aber bald ist es so weit.",
        "Anonym hat gesagt…",
        "Herrliche Farben! Ich freue mich schon auf die Fotos vom Sommer und die Rosen am Zaun.",
    ],
    "en": [
        "2 comments:",
        "harmony said...",
        "Oh how lovely, ours are still buried under snow and I can only dream of tulips this "
        "week, enjoy every one of them!",
        "Anonymous said...",
        "Beautiful colours, I could look at these all day long and still want to see more.",
    ],
}


def _blocks(lines: list[str]) -> tuple[list[Block], list[Verdict]]:
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    return blocks, [Verdict(keep=True)] * len(blocks)


def test_a_count_the_signatures_agree_with_takes_the_thread_under_a_two_line_post() -> None:
    for language, thread in AGREEING.items():
        post = SHORT_POSTS[language]
        blocks, keep = _blocks([*post, *thread])
        start = marked_comment_start(blocks, keep, Facts(load_language(language)))
        assert start == len(post), language
        article = cleaned([*post, *thread])
        assert article.paragraphs[-1] == post[-1], language
        assert not set(thread) & set(article.paragraphs), language


def test_a_count_the_signatures_do_not_agree_with_is_left_under_a_short_post() -> None:
    # One signature more or fewer than the count: the two marks do not tell one number.
    for language, thread in AGREEING.items():
        count, rest = thread[0].split(" ", 1)
        for other in (int(count) + 1, int(count) + 3):
            lines = [*SHORT_POSTS[language], f"{other} {rest}", *thread[1:]]
            blocks, keep = _blocks(lines)
            found = marked_comment_start(blocks, keep, Facts(load_language(language)))
            assert found is None, (language, other)


def test_an_agreeing_count_under_a_title_alone_is_left() -> None:
    # A title alone over a count and its comments is a page of comments (`runs`).
    for language, thread in AGREEING.items():
        blocks, keep = _blocks([SHORT_POSTS[language][0], *thread])
        assert marked_comment_start(blocks, keep, Facts(load_language(language))) is None


def test_numbered_signatures_under_a_short_post_still_need_the_share() -> None:
    # A roundup's numbered signatures under a count are guarded by the share as before.
    lines = [
        *SHORT_POSTS["en"],
        "2 comments:",
        "1. Marco says:",
        "Never let the stock boil, only let it shiver, and skim it every quarter of an hour.",
        "2. Aisha says:",
        "Roast the bones first until they are deep brown, then deglaze the pan with water.",
    ]
    blocks, keep = _blocks(lines)
    assert marked_comment_start(blocks, keep, Facts(load_language("en"))) is None


def test_sayings_under_a_count_in_other_words_are_left() -> None:
    # A column's sayings under its own count ("2 Sprüche:"), not a count of comments.
    lines = [
        "Was Mama immer sagte",
        "und Papa auch...",
        "2 Sprüche:",
        "Mama hat gesagt…",
        "Wer nicht hören will, muss fühlen, und wer zu spät kommt, den bestraft das Leben.",
        "Papa hat gesagt…",
        "Morgenstund hat Gold im Mund, und früh übt sich, wer ein Meister werden will.",
    ]
    assert removed_by(cleaned(lines), "comment_thread") == []


@settings(max_examples=examples(60))
@given(
    text=article_texts(junk=False, damage=False),
    language=st.sampled_from(sorted(AGREEING)),
)
def test_an_agreeing_thread_after_any_article_takes_only_its_own_lines(
    text: str, language: str
) -> None:
    assert_tail_takes_only_its_own_lines(text, AGREEING[language])

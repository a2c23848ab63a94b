"""Blogger's ellipsis signature in a language no list holds (`detect.comments.recurring`'s
echoed verb): "Cloudberry sa..." / "Syserine sa..." under the software's thread head, read by
the one unknown word every signature repeats. Seen on general37's Norwegian Blogger thread (a
fix-half page); the sentences below are written for the tests.

The negatives come first: the article shapes that end in short lines, names or trailing
ellipses (a letter signed by its writer, a travel diary's greetings to the reader, an
interview's short exclamations, a poem whose lines trail off on one word, a Q&A, a story
quoting readers, a recipe's steps, a choir's singers) keep every line, with or without
the echo. Those held on the start's code too (properties that must keep holding); the
thread cases fail there.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect.comments.recurring import _echoed_verb, recurring_signatures_start
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import Block, Verdict
from detector_runs import cleaned
from strategies import article_texts, examples
from test_comments_tail import assert_tail_takes_only_its_own_lines, removed_by

NB_POST = [
    "torsdag 19. mars 2009",
    "En genser for vinteren",
    "Denne vinteren har jeg strikket min første genser etter eget mønster, og jeg er "
    "temmelig fornøyd med resultatet.",
    "Garnet er ubehandlet ull fra en liten gård på Vestlandet, og det lukter skikkelig sau "
    "når det blir vått.",
    "På bildet står genseren på en stol i stua, fordi ingen ville være modell i dag.",
]
NB_THREAD = [
    "Cloudberry sa...",
    "Kjempefin genser og flott modell!",
    "Syserine sa...",
    "Jeg elsker garn som lukter sau! Herlige farger!",
    "Anonym sa...",
    "Har du designet den selv? Den er jo kjempefin.",
    "Du er flink!",
    "Gryda sa...",
    "Takk for hyggelige kommentarer! Genseren er blitt en favoritt allerede.",
]
DA_POST = [
    "Elge og grantræer",
    "I weekenden var vi i skoven nord for byen, og for første gang i mange år så vi en elg "
    "mellem grantræerne.",
    "Den stod stille i flere minutter og kiggede på os, før den gik videre ind mellem træerne.",
]
DA_THREAD = [
    "Mette sagde...",
    "Hvor heldige I var! Jeg har aldrig set en elg i Danmark.",
    "Lars sagde...",
    "Flotte billeder, tak for at dele dem.",
]
# Blogger's chrome in English over a blog written in Hungarian (the interface's language is
# the account's): the head is known, the verb is not.
HU_POST = [
    "Őszi kirándulás",
    "Vasárnap a Bükkben jártunk, és a levelek már sárgák és pirosak voltak az egész erdőben.",
    "Délután egy kis forrásnál ebédeltünk, és estig sétáltunk a hegyek között a gyerekekkel.",
]
HU_THREAD = [
    "Anna írta...",
    "Gyönyörű képek, nagyon szép lehetett!",
    "Kovács Péter írta...",
    "Mi is voltunk ott tavaly, csodálatos hely.",
]
THREADS = {
    "nb": (NB_POST, "4 kommentarer:", NB_THREAD),
    "da": (DA_POST, "2 kommentarer:", DA_THREAD),
    "hu": (HU_POST, "2 comments:", HU_THREAD),
}


# ---------------------------------------------------------------- what must stay

# Each ends in short lines a thread could be read in; none is a thread.
NEGATIVES = {
    # A letter signed by its writer.
    "letter": [
        *NB_POST[1:],
        "Kjære venner,",
        "takk for alle brevene dere sendte meg i vinter.",
        "Hilsen",
        "Kari",
    ],
    # A travel diary that ends greeting its readers, twice over two days.
    "diary": [
        *DA_POST,
        "Mandag",
        "Vi er kommet frem til hytten, og det sner.",
        "Kærlig hilsen",
        "Mette",
        "Tirsdag",
        "Sneen ligger en meter høj, og vi kommer ingen steder.",
        "Kærlig hilsen",
        "Mette",
    ],
    # An interview ending with short exclamations.
    "interview": [
        *NB_POST[1:],
        "Hva synes du om resultatet?",
        "Fantastisk!",
        "Og neste genser?",
        "Den er allerede på pinnene!",
    ],
    # A poem whose lines trail off on one word, under the post with no thread head.
    "poem": [
        *NB_POST[1:],
        "Mor sa...",
        "Ta på deg genseren, det er kaldt ute.",
        "Far sa...",
        "Ta på deg luen også.",
        "Bestemor sa...",
        "Ta med deg strikketøyet.",
    ],
    # A Q&A.
    "q-and-a": [
        *DA_POST,
        "Spørgsmål:",
        "Hvor ser man elge i Danmark?",
        "Svar:",
        "I Lille Vildmose, hvor de blev sat ud i 2015.",
    ],
    # A story quoting several readers, each over their words, the story introducing them.
    "readers": [
        *DA_POST,
        "Vi spurgte vores læsere, hvad de havde set i skoven i år. De skrev:",
        "Mette sagde...",
        "En ræv med tre unger.",
        "Lars sagde...",
        "En havørn over søen.",
    ],
    # A recipe's short steps, the last ones trailing off.
    "recipe": [
        *HU_POST,
        "Hozzávalók: liszt, tojás, tej.",
        "Keverd össze...",
        "Süsd ki...",
        "Tálald melegen...",
    ],
    # A choir's singers, one name a line.
    "choir": [
        *NB_POST[1:],
        "Sopran",
        "Kari Nordmann",
        "Anne Hansen",
        "Alt",
        "Ingrid Berg",
        "Tenor",
        "Ola Nordmann",
    ],
}


def test_article_shapes_lose_nothing_to_the_thread_readers() -> None:
    for name, lines in NEGATIVES.items():
        for language in ("nb", "da", "auto"):
            article = cleaned(lines, language)
            assert not [r for r in article.removed if r.rule == "comment_thread"], name


def test_an_echo_without_the_software_s_head_takes_nothing() -> None:
    # The poem's and the readers' shapes are the echo's; only the head tells a thread.
    for post, _, thread in THREADS.values():
        lines = [*post, *thread]
        blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
        keep = [Verdict(keep=True)] * len(blocks)
        assert recurring_signatures_start(blocks, keep, Facts(load_language("en"))) is None


def test_one_name_echoed_is_no_thread() -> None:
    thread = ["Kari sa...", "Flott!", "Kari sa...", "Så fin genser."]
    article = cleaned([*NB_POST, "2 kommentarer:", *thread], "nb")
    assert not set(thread) & set(removed_by(article, "comment_thread"))


def test_echoed_verbs() -> None:
    verbs = {
        "Cloudberry sa...": "sa",
        "Anonym sa…": "sa",
        "Kovács Péter írta...": "írta",
        "Maura @ Lilac Lane sa...": "sa",
        "Kari sa:": None,  # a colon: an interview's or a quote's, read elsewhere
        "And so it goes...": None,  # a function word first: a sentence, not a name
        "Der Bürgermeister sagte...": None,
        "Oliver, 7, sa...": None,  # an age: a vox pop's speaker
        "Hun sa at hun ikke ville komme tilbake i morgen...": None,  # too long
        "Wow...": None,  # a word alone
    }
    for text, verb in verbs.items():
        assert _echoed_verb(Block(text, 0, 1)) == verb, text


# ---------------------------------------------------------------- the threads


def test_an_echoed_thread_under_the_software_s_head_goes() -> None:
    for language, (post, head, thread) in THREADS.items():
        article = cleaned([*post, head, *thread], "auto")
        assert article.paragraphs[-len(post) + 1 :] == tuple(post[1:]), language
        assert set(removed_by(article, "comment_thread")) == set(thread), language
        again = cleaned(list(article.paragraphs), "auto")
        assert again.paragraphs == article.paragraphs, language


def test_a_reader_s_own_trailing_line_does_not_hide_the_echo() -> None:
    # The last comment ends on its own "..." line: the verb is read from every short
    # line near the end, not only the last.
    thread = [*NB_THREAD, "Gleder meg til neste..."]
    article = cleaned([*NB_POST, "4 kommentarer:", *thread], "nb")
    assert set(removed_by(article, "comment_thread")) == set(thread)


@settings(max_examples=examples(40))
@given(
    text=article_texts(junk=False, damage=False),
    thread=st.sampled_from([[head, *thread] for _, head, thread in THREADS.values()]),
)
def test_an_echoed_thread_after_any_article_takes_only_its_own_lines(
    text: str, thread: list[str]
) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)

"""Readers' signatures of one template at the post's end with no head over them
(`detect.comments.unheaded`): "Sandra says:" / a stamp / a comment, "Rheinländer62 meint:",
"Per skrev:", where a scraper dropped the thread's head. Read from the blind probe
session34b (released for fitting this session) and general39; the sentences below are
written for the tests.

The negatives come first: a story quoting people with "sagte:" at a line's end, a vox pop
with unquoted answers, a court report's witnesses, an interview's "Name:" lines, a letter
with its signature, a live ticker with times, a chronology of dated entries, a list of
speakers, a letters page. They held on the start's code too (properties that must keep
holding); the thread cases fail there.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect.comments.unheaded import _template_verb, unheaded_signatures_start
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language, load_thread_words
from corpusclean.model import Block, Verdict
from detector_runs import cleaned
from strategies import article_texts, examples
from test_comments_tail import assert_tail_takes_only_its_own_lines, removed_by

DE_POST = [
    "Neue Bänke am Stadtweiher",
    "Seit dieser Woche stehen am Stadtweiher zwölf neue Bänke aus Eichenholz, die der "
    "Heimatverein mit Spenden aus dem Sommerfest bezahlt hat.",
    "Die alten Bänke waren morsch und wurden im Frühjahr abgebaut. Die neuen haben "
    "Rückenlehnen und stehen etwas weiter vom Ufer entfernt.",
    "Am Samstag um elf Uhr lädt der Verein zu einer kleinen Einweihung mit Kaffee und Kuchen ein.",
]
EN_POST = [
    "The village hall gets a new roof",
    "After three winters of buckets under the leaks, the village hall has a new slate roof, "
    "paid for by two grants and a year of cake sales.",
    "The builders found the old timbers sound under the slates, which saved several thousand "
    "pounds on the estimate.",
    "The hall reopens for the Tuesday lunch club next week.",
]
SV_POST = [
    "Nya bänkar vid badplatsen",
    "I veckan har hembygdsföreningen ställt ut tio nya bänkar vid badplatsen, betalda med "
    "pengar från sommarens loppis.",
    "De gamla bänkarna var ruttna och togs bort i våras. De nya har ryggstöd och står lite "
    "längre från vattnet.",
]
IT_POST = [
    "La nuova biblioteca di quartiere",
    "Da lunedì la biblioteca di quartiere apre anche il sabato pomeriggio, grazie a un gruppo "
    "di volontari che si alternano al prestito.",
    "Gli scaffali sono stati rinnovati e c'è un angolo per i bambini con i cuscini e i libri "
    "illustrati.",
]

# Each thread carries one reader's mark: a handle ending in digits (de), the software's
# stamp under a signature (en, sv), a reply naming another reader (it).
THREADS = {
    "de": (
        DE_POST,
        [
            "Weiherfreund77 meint:",
            "Endlich! Die alten Bänke waren wirklich eine Zumutung.",
            "Gisela M. meint:",
            "Schade nur, dass keine im Schatten stehen.",
            "Stadtspatz meint:",
            "Wir kommen am Samstag gern vorbei.",
        ],
    ),
    "en": (
        EN_POST,
        [
            "Margaret says:",
            "March 3, 2025 at 8:12 pm",
            "Wonderful news, the buckets were becoming part of the decor.",
            "Dave Holt says:",
            "Will the lunch club be back on the same day?",
            "Village Hall Committee says:",
            "Dave, yes, every Tuesday from twelve as before.",
        ],
    ),
    "sv": (
        SV_POST,
        [
            "Lena skrev:",
            "4 juni 2025 kl. 18:40",
            "Så fint! Vi var där i söndags och satt länge i solen.",
            "Bengt O skrev:",
            "Kommer det en bänk vid bryggan också?",
        ],
    ),
    "it": (
        IT_POST,
        [
            "Chiara ha detto:",
            "Finalmente il sabato! Con il lavoro non riuscivo mai ad andarci.",
            "Paolo B. ha detto:",
            "Chiara, anche io. Sabato porto i bambini.",
        ],
    ),
}


# ---------------------------------------------------------------- what must stay

NEGATIVES = {
    # A story quoting people, each speaker on a line ending in "sagte:" over the quote.
    "quotes": [
        *DE_POST,
        "Am Weiher trafen wir Spaziergänger.",
        "Petra Schmidt sagte:",
        "„Wir kommen jeden Tag hierher, jetzt können wir uns endlich setzen.“",
        "Thomas Becker sagte:",
        "„Die Kinder haben die Bänke gleich ausprobiert.“",
    ],
    # A vox pop whose answers are printed without quotation marks: full names, one verb.
    "vox pop": [
        *DE_POST,
        "Wir haben Besucher gefragt, was sie von den Bänken halten.",
        "Petra Schmidt sagt:",
        "Die Bänke sind bequem, aber es fehlt ein Papierkorb.",
        "Thomas Becker sagt:",
        "Ich finde, der Verein hat gute Arbeit geleistet.",
        "Erika Wolf sagt:",
        "Für uns Ältere sind die Rückenlehnen eine große Hilfe.",
    ],
    # A court report's witnesses, each over their statement.
    "court": [
        "Prozess um die beschädigten Bänke",
        "Vor dem Amtsgericht begann am Montag der Prozess gegen zwei junge Männer, die im "
        "Sommer Bänke am Stadtweiher beschädigt haben sollen.",
        "Die Anklage wirft ihnen vor, drei Bänke umgeworfen und eine angezündet zu haben.",
        "Zeugin Anna K. sagt:",
        "Sie habe die beiden Männer in der Nacht am Ufer gesehen.",
        "Zeuge Martin B. sagt:",
        "Er sei sich sicher, einen der Angeklagten wiederzuerkennen.",
    ],
    # An interview in "Name:" lines.
    "interview": [
        *DE_POST,
        "Wir haben mit dem Vorsitzenden gesprochen.",
        "Weiher-Blog:",
        "Wie viel haben die Bänke gekostet?",
        "Klaus Reuter:",
        "Etwa achttausend Euro, alles aus Spenden.",
        "Weiher-Blog:",
        "Kommen noch mehr?",
        "Klaus Reuter:",
        "Im nächsten Jahr vielleicht zwei am Spielplatz.",
    ],
    # A letter, signed by its writer.
    "letter": [
        *DE_POST,
        "Liebe Mitglieder,",
        "vielen Dank für die vielen Spenden, ohne die es die Bänke nicht gäbe.",
        "Herzliche Grüße",
        "Klaus Reuter",
    ],
    # A live ticker: the time above each speaker, the speaker's words unquoted under them.
    "ticker": [
        *DE_POST,
        "14:05",
        "Trainer Jens Kohl sagt:",
        "Wir haben heute gut verteidigt und vorne die Chancen genutzt.",
        "14:20",
        "Kapitän Timo Brandt sagt:",
        "Das war ein wichtiger Sieg für die ganze Mannschaft.",
    ],
    # A chronology of dated entries, each with its speaker under the date.
    "chronology": [
        *DE_POST,
        "3. März 2025, 10:14 Uhr",
        "Bürgermeisterin Heike Lenz sagt:",
        "Die Stadt übernimmt die Kosten für die Fundamente.",
        "4. März 2025, 09:30 Uhr",
        "Vereinschef Klaus Reuter sagt:",
        "Der Verein bezahlt die Bänke selbst.",
    ],
    # A list of speakers, each with the verb of the programme.
    "speakers": [
        *DE_POST,
        "Bei der Einweihung sprechen:",
        "Dr. Hans Vogel sagt:",
        "„Ein Ort zum Ausruhen ist ein Ort für alle.“",
        "Lisa Brandt sagt:",
        "„Jede Bank ist ein Geschenk an die Stadt.“",
    ],
    # A letters page: readers' letters signed with full names, no stamp, no reply.
    "letters page": [
        *DE_POST,
        "Leserbriefe",
        "Anna Berg schreibt:",
        "Die neuen Bänke sind schön, aber warum stehen sie so weit vom Wasser?",
        "Peter Kurz schreibt:",
        "Ich hätte mir Bänke aus Metall gewünscht, die halten länger.",
    ],
}


def test_article_shapes_lose_nothing_to_the_thread_readers() -> None:
    for name, lines in NEGATIVES.items():
        for language in ("de", "auto"):
            article = cleaned(lines, language)
            taken = removed_by(article, "comment_thread")
            assert not taken, (name, language, taken)


def test_template_verbs() -> None:
    shapes = {
        ("de", "Rheinländer62 meint:"): "meint",
        ("de", "Petra K. meint:"): "meint",
        ("en", "Penwortham Orchard Group says:"): "says",
        ("sv", "Lars E skrev:"): "skrev",
        ("nb", "Kari N. skrev:"): "skrev",
        ("it", "Marco R. ha detto:"): "ha detto",
        ("de", "Der Verteidiger meint:"): None,  # a role
        ("en", "Tom Reilly, 71, says:"): None,  # an age and a comma: the article's apposition
        ("en", "Tom Reilly, volunteer, says:"): None,  # an apposition: a comma in the name
        ("pt", "Lurdes Moreira limpou as mãos ao avental e disse:"): None,  # a clause
        ("de", "1. waldkauz sagt:"): None,  # numbered: `recurring` reads it under a head
        ("pt", "ROSA disse..."): None,  # Blogger's ellipsis: `recurring` reads it
        ("de", "Anna sagt, dass sie kommt."): None,
    }
    for (language, text), expected in shapes.items():
        words = load_thread_words(language)
        assert _template_verb(Block(text, 0, 1), words) == expected, (language, text)


def _start(lines: list[str], language: str) -> int | None:
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    keep = [Verdict(keep=True)] * len(blocks)
    return unheaded_signatures_start(blocks, keep, Facts(load_language(language)))


def test_a_thread_with_no_reader_s_mark_is_not_read() -> None:
    # The English thread with its stamp and its reply taken out: the vox pop's shape.
    post, thread = THREADS["en"]
    assert _start([*post, *thread], "en") == len(post)
    bare = [line for line in thread if not line[0].isdigit() and not line.startswith("March")]
    bare[-1] = "Yes, every Tuesday from twelve as before."
    assert _start([*post, *bare], "en") is None


def test_two_verbs_or_a_quoted_comment_are_not_read() -> None:
    post, thread = THREADS["de"]
    assert _start([*post, *thread], "de") == len(post)
    mixed = [line.replace("Gisela M. meint:", "Gisela M. sagt:") for line in thread]
    assert _start([*post, *mixed], "de") is None
    quoted = [*thread[:-1], "„Wir kommen am Samstag gern vorbei.“"]
    assert _start([*post, *quoted], "de") is None


# ---------------------------------------------------------------- the threads


def test_unheaded_threads_go_whole() -> None:
    for language, (post, thread) in THREADS.items():
        for named in (language, "auto"):
            article = cleaned([*post, *thread], named)
            removed = {line for r in article.removed for line in r.text.split("\n")}
            # A stamp may go by a date rule first; the signatures and comments by the reading.
            assert removed == set(thread), (language, named)
            assert {line for line in thread if line[-1] == ":"} <= set(
                removed_by(article, "comment_thread")
            ), (language, named)
            assert list(article.paragraphs) == post[1:], (language, named)
            again = cleaned(list(article.paragraphs), named)
            assert again.paragraphs == article.paragraphs, (language, named)


@settings(max_examples=examples(40))
@given(
    text=article_texts(junk=False, damage=False),
    thread=st.sampled_from([thread for code, (_, thread) in THREADS.items() if code != "sv"]),
)
def test_an_unheaded_thread_after_any_article_takes_only_its_own_lines(
    text: str, thread: list[str]
) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)

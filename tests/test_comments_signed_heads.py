"""Readers' signatures right under a thread head a rule removed (`detect.comments.signed`):
"2 Antworten auf ..." over "1. Name sagt:" / "• Name sagt:", "4 comentários:" over "NAME
disse..." with comments printed a sentence a line. Seen on general38's German WordPress and
Portuguese Blogger threads (threads34's fix set); the sentences below are written for the
tests.

The negatives come first: a story quoting people with "sagte:" at a line's end, a court
report's witnesses, an interview's "Name:" lines, a letter, a list of speakers; each alone,
over a comment form the rules remove, and under a head at the story's top. They held on the
start's code too (properties that must keep holding); the thread cases fail there.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect.comments.signed import _reader_signature, signed_under_head_start
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language, load_thread_words
from corpusclean.model import Block, Verdict
from detector_runs import cleaned
from strategies import article_texts, examples
from test_comments_tail import assert_tail_takes_only_its_own_lines, removed_by

DE_POST = [
    "Sommer im Zoo",
    "Im Sommer waren wir wieder im Zoo und haben die jungen Tiere besucht, die im Frühjahr "
    "geboren wurden.",
    "Die kleinen Bären spielten den ganzen Nachmittag am Wasser, und die Kinder konnten sich "
    "nicht sattsehen.",
]
# WordPress's numbered thread: the reply printed with a bullet, each comment two lines.
DE_THREAD = [
    "1. waldkauz sagt:",
    "Die Bären hätte ich auch gern gesehen. Im Frühjahr war das Gehege noch geschlossen, "
    "als wir dort waren, und die Pfleger sagten, es werde umgebaut.",
    "Nächstes Jahr fahren wir bestimmt wieder hin, dann mit den Großeltern.",
    "• lurchi sagt:",
    "Bei uns im Tierpark gibt es dieses Jahr zwei kleine Luchse, die man morgens beim "
    "Füttern beobachten kann, wenn man früh genug kommt.",
    "Vielleicht schreibst du darüber auch einmal einen Beitrag?",
]
PT_POST = [
    "Festa de verão",
    "Todos os anos a aldeia enfeita as ruas com flores de papel para a festa de verão.",
    "À tarde passa o cortejo com a banda e as mulheres que levam os tabuleiros à cabeça.",
]
# Blogger's thread, a reader's greeting and each sentence on a line of its own: six lines a
# comment, more than a signature shape read alone allows between two.
PT_THREAD = [
    "ROSA disse...",
    "JOANA",
    "QUE SAUDADES DA FESTA DA MINHA TERRA!!!",
    "AS FLORES DE PAPEL SÃO LINDAS.",
    "LEMBRO-ME DA BANDA E DO CORTEJO.",
    "A MINHA AVÓ TAMBÉM LEVAVA O TABULEIRO.",
    "BEIJINHOS DA ROSA!!!",
    "MANUEL disse...",
    "JOANA",
    "QUE BELAS FOTOGRAFIAS DA ALDEIA.",
    "NO PRÓXIMO ANO VOU À FESTA.",
    "JÁ NÃO VOU HÁ MUITOS ANOS.",
    "A MÚSICA DA BANDA É A MELHOR.",
    "ABRAÇO DO MANUEL!!!",
    "Teresa Lopes disse...",
    "Joana, também gosto muito destas festas, pela tradição e pelo trabalho de tantas pessoas.",
]
FR_POST = [
    "Un été au zoo",
    "Cet été, nous sommes retournés au zoo pour voir les petits nés au printemps.",
    "Les oursons ont joué tout l'après-midi au bord de l'eau sous les yeux des enfants.",
]
FR_THREAD = [
    "1. Mirabelle a dit :",
    "Quelle belle journée ! Nous y étions au printemps, mais l'enclos des ours était fermé "
    "pour des travaux.",
    "Nous y retournerons l'an prochain avec les grands-parents.",
    "• Colibri a dit :",
    "Chez nous, deux petits lynx sont nés cette année, on les voit le matin au moment du "
    "repas si l'on vient tôt.",
    "Peut-être en feras-tu un article ?",
]
THREADS = {
    "de": (DE_POST, "2 Antworten auf Sommer im Zoo", DE_THREAD, "Kommentar verfassen"),
    "pt": (PT_POST, "3 comentários:", PT_THREAD, "Postar um comentário"),
    "fr": (FR_POST, "2 réponses à « Un été au zoo »", FR_THREAD, "Laisser un commentaire"),
}


# ---------------------------------------------------------------- what must stay

NEGATIVES = {
    # A story quoting people, each speaker on a line ending in "sagte:" over the quote.
    "quotes": [
        *DE_POST,
        "Am Abend sprachen wir mit den Besuchern am Ausgang.",
        "Petra Schmidt sagte:",
        "„Wir kommen jedes Jahr, aber so viele Jungtiere gab es noch nie.“",
        "Thomas Becker sagte:",
        "„Die Kinder wollten gar nicht mehr nach Hause.“",
    ],
    # A court report's witnesses, each over their statement.
    "court": [
        "Prozess um den Einbruch im Zoo",
        "Vor dem Amtsgericht begann am Montag der Prozess gegen zwei Männer, die im Winter in "
        "das Verwaltungsgebäude des Zoos eingebrochen sein sollen.",
        "Die Anklage wirft ihnen vor, die Kasse geleert und zwei Computer mitgenommen zu haben.",
        "Zeugin Anna K. sagt:",
        "Sie habe die beiden Männer in der Nacht am Zaun gesehen.",
        "Zeuge Martin B. sagt:",
        "Er sei sich sicher, einen der Angeklagten wiederzuerkennen.",
        "Das Urteil soll nächste Woche fallen.",
    ],
    # An interview in "Name:" lines.
    "interview": [
        *DE_POST,
        "Wir haben mit der Tierpflegerin gesprochen.",
        "Zoo-Blog:",
        "Wie geht es den kleinen Bären?",
        "Maria Weber:",
        "Sehr gut, sie wachsen schnell und fressen schon Obst.",
        "Zoo-Blog:",
        "Und wann dürfen sie ins große Gehege?",
        "Maria Weber:",
        "Im Herbst, wenn sie kräftig genug sind.",
    ],
    # A letter, signed by its writer.
    "letter": [
        *DE_POST,
        "Liebe Leserinnen und Leser,",
        "vielen Dank für die vielen Briefe, die uns nach dem letzten Beitrag erreicht haben.",
        "Herzliche Grüße",
        "Anna",
    ],
    # A list of speakers, each with the verb of the programme.
    "speakers": [
        *DE_POST,
        "Beim Zoofest am Samstag sprechen:",
        "Dr. Hans Vogel sagt:",
        "„Artenschutz beginnt vor der Haustür.“",
        "Lisa Brandt sagt:",
        "„Jedes Jungtier ist ein Erfolg für die Zucht.“",
    ],
}
FORM = "Schreibe einen Kommentar"
TOP_HEAD = "Kommentare"


def test_article_shapes_lose_nothing_to_the_thread_readers() -> None:
    for name, lines in NEGATIVES.items():
        variants = {
            "alone": lines,
            "over a form": [*lines, FORM],
            "under a head at the top": [lines[0], TOP_HEAD, *lines[1:]],
            # A comment link's line removed under the lead: the story goes on under it,
            # its first line no signature.
            "under a head after the lead": [*lines[:2], TOP_HEAD, *lines[2:]],
        }
        for variant, text in variants.items():
            for language in ("de", "auto"):
                article = cleaned(text, language)
                taken = removed_by(article, "comment_thread")
                assert not taken, (name, variant, language, taken)


def test_a_count_that_disagrees_with_the_signatures_is_not_read() -> None:
    post, _, thread, form = THREADS["de"]
    lines = [*post, "5 Antworten auf Sommer im Zoo", *thread, form]
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    keep = [Verdict(keep=True)] * len(blocks)
    head = len(post)
    keep[head] = keep[-1] = Verdict(keep=False, rule="comment_section", family="comments")
    facts = Facts(load_language("de"))
    assert signed_under_head_start(blocks, keep, facts) is None
    blocks[head] = Block("2 Antworten auf Sommer im Zoo", head, head + 1)
    assert signed_under_head_start(blocks, keep, facts) == head + 1


def test_no_head_no_thread() -> None:
    # The same lines with nothing removed over them: the head is the evidence.
    for post, _, thread, _ in THREADS.values():
        lines = [*post, *thread]
        blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
        keep = [Verdict(keep=True)] * len(blocks)
        assert signed_under_head_start(blocks, keep, Facts(load_language("en"))) is None


def test_reader_signatures() -> None:
    shapes = {
        ("de", "1. waldkauz sagt:"): True,
        ("de", "• lurchi sagt:"): True,
        ("de", "Anna Berg meint:"): True,
        ("de", "Der Bürgermeister sagt:"): False,  # a role, not a reader
        ("de", "Oliver, 7, sagt:"): False,  # an age: a vox pop
        ("de", "Anna sagt, dass sie kommt."): False,  # a sentence
        ("pt", "TIA ROSA disse..."): True,
        ("pt", "Ana disse"): False,  # no colon, no ellipsis
        ("fr", "• Colibri a dit :"): True,
        ("es", "Juan dijo..."): True,
        ("it", "Marco ha detto..."): True,
        ("nl", "Piet zegt:"): True,
        ("sv", "Karin skriver:"): True,
        ("fi", "Matti kirjoitti:"): True,
        ("pl", "Jan pisze:"): True,
        ("da", "Mette siger:"): True,
    }
    for (language, text), expected in shapes.items():
        words = load_thread_words(language)
        assert _reader_signature(Block(text, 0, 1), words) is expected, (language, text)


# ---------------------------------------------------------------- the threads


def test_signatures_under_a_removed_head_go_with_it() -> None:
    for language, (post, head, thread, form) in THREADS.items():
        for named in (language, "auto"):
            article = cleaned([*post, head, *thread, form], named)
            removed = {line for r in article.removed for line in r.text.split("\n")}
            assert removed == {head, *thread, form}, (language, named)
            assert set(removed_by(article, "comment_thread")) == set(thread), (language, named)
            again = cleaned(list(article.paragraphs), named)
            assert again.paragraphs == article.paragraphs, (language, named)


@settings(max_examples=examples(40))
@given(
    text=article_texts(junk=False, damage=False),
    thread=st.sampled_from([[head, *thread, form] for _, head, thread, form in THREADS.values()]),
)
def test_a_headed_thread_after_any_article_takes_only_its_own_lines(
    text: str, thread: list[str]
) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)

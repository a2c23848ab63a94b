"""Comment threads as French, Spanish, Italian, Portuguese and Dutch sites print them
(`benchmarks/comments_eval.py --shapes E`).

The threads of half E taught four guards (precision) and a few readings (recall): a comment
widget's head ("Reacties (84)") is no comment's control row, so no period is read from it;
a comment prints one timestamp, so a signature line above it in the window is the
article's (a tour date, a tweet's attribution, a film's "1h34"); an address is no reader's
name, and one line over every later signature is the layout's. Beside each must-go case,
what must stay: the article's last short lines, a French live page ("14h05"), interviews
("Domanda:" / "Risposta:", "P:" / "R:").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.detect.comments.stamps import _CLOCK, _CLOCK_IN_ASCII
from corpusclean.language import load_thread_words
from thread_helpers import assert_thread_goes_whole, clean, taken_above, thread_of

ARTICLE = [
    "La mairie a annoncé mardi que les travaux du nouveau pont commenceraient au printemps, "
    "avec deux ans d'avance sur le calendrier prévu.",
    "Le conseil municipal avait approuvé le projet en mars, après qu'une expertise a relevé "
    "des fissures dans l'ancien ouvrage.",
    "Le coût est estimé à 80 millions d'euros, dont la plus grande partie sera prise en charge "
    "par la région.",
    "Les riverains craignent davantage de circulation dans les rues voisines pendant les "
    "travaux, selon une association du quartier.",
]
BODIES = [
    "C'était attendu depuis longtemps, et je suis content que le conseil se soit enfin décidé.",
    "Je traverse ce pont tous les jours et les nids-de-poule sont là depuis dix ans au moins.",
    "Qui paiera les bus de remplacement tant que le pont restera fermé à la circulation ?",
]
READERS = ["Jean-Pierre D.", "citoyen_libre", "Hélène"]


def widget_head_nl(n: int, name: str, body: str) -> list[str]:
    # Tweakers: the widget's head ("Reacties (84)") is printed once, over the first comment,
    # here by an anonymous reader (a cue too: the period read from the head was 2).
    head = ["Reacties (84)", "Sorteer op: nieuwste", "Anoniem"] if n == 0 else [name]
    stamp = ["2 uur geleden", "45 minuten geleden", "12 maart 2024 14:05"][n]
    return [*head, stamp, body, f"+{n + 3} | -1", "Reageer", "Melden"]


def paragraphs(n: int) -> list[str]:
    """The n-th comment's paragraphs after its first: one more each comment, so the
    comments' period read from the first two is shorter than the later ones."""
    return [BODIES[(n + k + 1) % 3] for k in range(n)]


# Newest first, as "les plus récents" sorts them: the path that reads a thread from its
# ordered stamps leaves it, and the window above the first control row is read instead.
def wordpress_nl(n: int, name: str, body: str) -> list[str]:
    stamp = f"{20 - n} maart 2024 om 14:0{n}"
    return [f"{name} zegt:", stamp, body, *paragraphs(n), "Beantwoorden"]


def wordpress_it(n: int, name: str, body: str) -> list[str]:
    stamp = f"{20 - n} marzo 2024 alle 14:0{n}"
    return [f"{name} scrive:", stamp, body, *paragraphs(n), "Rispondi"]


def report_abuse_pt(n: int, name: str, body: str) -> list[str]:
    stamp = f"{20 - n} de março de 2024 às 14h0{n}"
    return [f"{name} diz:", stamp, body, "Responder", "Denunciar abuso"]


def wordpress_fr(n: int, name: str, body: str) -> list[str]:
    # French typography's spaced clock time, "14 h 05", as WordPress fr_FR prints it.
    stamp = f"{12 + n} mars 2024 à 14 h 0{n}{' min' if n % 2 else ''}"
    return [f"{name} dit :", stamp, body, *paragraphs(n), "Répondre"]


def sorted_heads_fr(n: int, name: str, body: str) -> list[str]:
    # A sort order with its article under the count ("les plus récents"), and a later
    # comment by an anonymous reader, whose name is a cue.
    head = ["128 commentaires", "Trier par : les plus récents"] if n == 0 else []
    reader = "Anonyme" if n == 1 else name
    stamp = f"le {12 + n:02d}/03/2024 à 14:0{n}"
    return [*head, reader, stamp, body, f"J'aime ({n + 4})", "Répondre", "Signaler"]


def sorted_heads_it(n: int, name: str, body: str) -> list[str]:
    head = ["87 commenti", "Ordina per: i più votati"] if n == 0 else []
    reader = "Anonimo" if n == 2 else name
    stamp = [f"{12 + n} marzo 2024 alle 14:05", "3 ore fa", "53 minuti fa"][n]
    return [*head, reader, stamp, body, f"Mi piace {n + 7}", "Rispondi", "Segnala"]


def numbered_es(n: int, name: str, body: str) -> list[str]:
    # El Mundo: the comment's number over its reader's name over the stamp.
    head = ["Comentarios (57)", "Ordenar por: Más recientes"] if n == 0 else []
    stamp = f"{20 - n:02d}/03/2024 a las 14:0{n}"
    return [*head, f"#{125 - 17 * n}", name, stamp, body, "Responder · Denunciar"]


def numbered_anonymous_es(n: int, name: str, body: str) -> list[str]:
    # The same, the first comment by an anonymous reader: the thread is read from its name
    # (a cue), and the number above it is printed alike over every later comment.
    return numbered_es(n, "Anónimo" if n == 0 else name, body)


def handles_it(n: int, _name: str, body: str) -> list[str]:
    # A reader's handle with digits on the undated signature line ("Lettore78 scrive:"):
    # the comment's, where a line with a date or a time above a stamp is not.
    stamp = f"{12 + n}/03/2024 alle 14:0{n}"
    return [f"Lettore{78 + n} scrive:", stamp, body, *paragraphs(n), "Rispondi"]


SHAPES = {
    "handles with digits (it)": handles_it,
    "WordPress fr_FR, '14 h 05'": wordpress_fr,
    "sorted heads, an anonymous reader (fr)": sorted_heads_fr,
    "sorted heads, an anonymous reader (it)": sorted_heads_it,
    "numbered comments (es)": numbered_es,
    "numbered comments, an anonymous first reader (es)": numbered_anonymous_es,
    "a widget's head over the first comment (nl)": widget_head_nl,
    "WordPress nl_NL": wordpress_nl,
    "WordPress it_IT": wordpress_it,
    "Portuguese, 'Denunciar abuso'": report_abuse_pt,
}

# The article's last lines that must stay, each seen taken in half E before its guard: an
# address, a film's running time ("1h34" reads as a clock time), dated lines a window
# above the first comment reaches (a tour date, a tweet's attribution).
LAST_LINES = [
    "www.autoracing.com.br",
    "http://amzn.to/2A6mxCW",
    "6 Days (film, 1h34, Netflix)",
    "10 octobre – Houston, TX @ The Cynthia Woods Mitchell Pavilion",
    "— Le Sénat (@Senat) 9 octobre 2018",
]


def thread(shape: str) -> list[str]:
    return thread_of(SHAPES[shape], READERS, BODIES)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_romance_thread_goes_whole(shape: str) -> None:
    assert_thread_goes_whole(ARTICLE, thread(shape))


@pytest.mark.parametrize("last", LAST_LINES)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_article_s_last_lines_above_a_romance_thread_stay(shape: str, last: str) -> None:
    above = [*ARTICLE, last]
    article = clean([*above, *thread(shape)])
    assert not taken_above(article, len(above))


@given(
    st.sampled_from(sorted(SHAPES)),
    st.permutations(ARTICLE),
    st.sampled_from(["", *LAST_LINES]),
)
def test_the_article_above_a_romance_thread_is_kept_whole(
    shape: str, lines: list[str], last: str
) -> None:
    above = [*lines, last] if last else list(lines)
    article = clean([*above, *thread(shape)])
    assert not taken_above(article, len(above))
    assert article.paragraphs[: len(lines)] == tuple(lines)


ENTRIES = [
    "Les pompiers indiquent que la route nationale est de nouveau ouverte à la circulation.",
    "Météo-France lève la vigilance orange pour les départements de l'ouest du pays.",
    "La SNCF prévoit des retards jusqu'à ce soir sur toutes les lignes du nord.",
    "Le président de région remercie les secours et annonce des aides rapides.",
]


@pytest.mark.parametrize("under", [(), ("Partager",)])
def test_a_french_live_page_keeps_every_entry(under: tuple[str, ...]) -> None:
    lines = list(ARTICLE[:2])
    for stamp, entry in zip(["14h05", "13h40", "12h15", "11h02"], ENTRIES, strict=True):
        lines += [stamp, entry, *under]
    article = clean(lines)
    assert not [r for r in article.removed if r.rule == "comment_thread"]
    assert [p for p in article.paragraphs if p in ENTRIES] == ENTRIES


@pytest.mark.parametrize("speakers", [("Domanda:", "Risposta:"), ("P:", "R:")])
def test_an_interview_keeps_every_turn(speakers: tuple[str, str]) -> None:
    turns = [f"{who} {text}" for who, text in zip(speakers * 2, ENTRIES, strict=True)]
    article = clean([*ARTICLE[:2], *turns])
    assert article.paragraphs == (*ARTICLE[:2], *turns)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12 mars 2024 à 14 h 05", True),
        ("12 mars 2024 à 14 h 05 min", True),
        ("à 9 h 30", True),
        ("12 mars 2024 à 14h05", True),
        ("Un film de 2 h et 10 minutes", False),
        ("Il a couru 3 h 5 fois", False),
    ],
)
def test_a_french_spaced_clock_time(line: str, expected: bool) -> None:
    assert (_CLOCK.search(line) is not None) is expected
    # The ASCII lines' pattern reads the same clock times (`tests/test_facts.py` checks it).
    assert (_CLOCK_IN_ASCII.search(line) is not None) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trier par : les plus récents", True),
        ("Ordina per: i più votati", True),
        ("Ordenar por: Más recientes", True),
        ("Reacties (84)", True),
        ("Escribe tu comentario", True),
        ("Trier par ordre alphabétique tous les noms", False),
        ("Les commentaires des lecteurs sur la réforme des retraites", False),
    ],
)
def test_a_widget_s_head(line: str, expected: bool) -> None:
    words = load_thread_words("fr")
    assert (words.thread_head.fullmatch(line) is not None) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Reageer", True), ("Denunciar abuso", True), ("Reageer op dit artikel", False)],
)
def test_controls_of_half_e(line: str, expected: bool) -> None:
    words = load_thread_words("en")
    assert (words.comment_control.fullmatch(line) is not None) is expected

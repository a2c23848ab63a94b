"""A thread head between two posts of an archive page (`detect.listings.listing_heads`).

A club's tag archive prints each post with its own thread head ("2 commentaires", "Laisser un
commentaire") and goes on with the next post's title and paragraphs; `comment_section` took
the head late in the page for the page's end, and the next post with it. Another head above,
after a post's text and over another post's shape, says the page is a listing: the heads go,
the posts stay. Negatives: one article with its thread under one head (a name over a comment
has a title's shape too) still loses the thread.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detector_runs import kept_and_removed
from strategies import examples

FR_POSTS = [
    [
        "Tournoi rapide de la Saint-Nicolas",
        "Samedi dernier, notre salle de la rue des Tanneurs a accueilli 34 joueurs pour le "
        "traditionnel tournoi rapide. Sept rondes en 15 minutes plus 5 secondes par coup ont "
        "départagé les participants.",
        "Victoire de Julien Marchal avec 6,5 points, devant Hélène Gaudin et le jeune Tom "
        "Ferrand, 12 ans, qui signe là sa meilleure performance.",
    ],
    [
        "Rapide de printemps : les inscriptions sont ouvertes",
        "Le club organise le dimanche 14 avril son rapide de printemps, ouvert à tous les "
        "joueurs licenciés. Neuf rondes sont prévues, avec une cadence de 10 minutes.",
        "Les inscriptions se font jusqu'au 10 avril auprès de notre secrétaire, au tarif de "
        "8 euros pour les adultes et 4 euros pour les jeunes.",
    ],
    [
        "Retour sur le rapide d'automne",
        "Vingt-huit joueurs ont participé dimanche à notre rapide d'automne. La victoire "
        "revient à Marc Olivier, qui a remporté ses sept parties sans en perdre une seule.",
        "Les prochains rendez-vous du club seront annoncés sur cette page dès que le "
        "calendrier de la ligue sera connu.",
    ],
]
DE_POSTS = [
    [
        "Vereinsmeisterschaft: Titel geht an Jonas Hartl",
        "Nach neun Runden stand der neue Vereinsmeister fest: Jonas Hartl gewann die "
        "Meisterschaft mit sieben Punkten vor Sabine Lorenz und Titelverteidiger Uwe Brandt.",
        "Die Siegerehrung fand im Anschluss im Vereinsheim statt, wo auch die Jugendspieler "
        "für ihre Leistungen in der Saison geehrt wurden.",
    ],
    [
        "Schnupperabend für Einsteiger im Januar",
        "Am 15. Januar lädt der Verein alle Interessierten zu einem Schnupperabend ins "
        "Vereinsheim ein. Vorkenntnisse sind nicht nötig, Bretter und Uhren werden gestellt.",
        "Los geht es um 19 Uhr, eine Anmeldung ist nicht erforderlich. Für Getränke und "
        "einen kleinen Imbiss ist gesorgt.",
    ],
]
FR_THREAD = [
    "Marie Dubois",
    "Bravo à Tom pour sa performance, il a beaucoup progressé depuis la rentrée et cela se "
    "voit sur l'échiquier.",
    "Paul Renard",
    "Merci aux organisateurs pour cette belle journée, vivement le prochain tournoi du club.",
]


def test_a_french_archive_keeps_the_posts_under_each_head() -> None:
    heads = ["2 commentaires", "Laisser un commentaire"]
    lines = [
        "Étiquette : tournoi rapide",
        *FR_POSTS[0],
        heads[0],
        *FR_POSTS[1],
        heads[1],
        *FR_POSTS[2],
    ]
    kept, removed = kept_and_removed(lines, "fr")
    for post in FR_POSTS[1:]:
        assert all(line in kept for line in post[1:])
    assert set(heads) <= set(removed)


def test_a_german_archive_keeps_the_last_post() -> None:
    lines = [*DE_POSTS[0], "3 Kommentare", *DE_POSTS[1], "Kommentar schreiben", *DE_POSTS[0]]
    lines[-3] = "Blitzturnier am Sonntag: Hartl auch hier vorn"
    kept, _removed = kept_and_removed(lines, "de")
    assert all(line in kept for line in DE_POSTS[1][1:])
    assert lines[-2] in kept and lines[-1] in kept


def test_one_article_s_thread_under_one_head_still_goes() -> None:
    # A name over a comment has a post's shape; with no head above, it is the thread.
    story = [line for post in FR_POSTS for line in post[1:]]
    kept, removed = kept_and_removed([FR_POSTS[0][0], *story, "2 commentaires", *FR_THREAD], "fr")
    assert all(line not in kept for line in FR_THREAD)
    assert removed[-len(FR_THREAD) :] == FR_THREAD


@settings(max_examples=examples(20), deadline=None)
@given(
    order=st.permutations(range(3)),
    heads=st.lists(
        st.sampled_from(["2 commentaires", "Laisser un commentaire", "1 commentaire"]),
        min_size=2,
        max_size=2,
    ),
)
def test_no_post_s_paragraph_of_a_listing_is_removed(order: list[int], heads: list[str]) -> None:
    # Whatever the order of the posts and the heads printed between them, every post's
    # paragraphs stay: a head between two posts is not the page's end.
    posts = [FR_POSTS[i] for i in order]
    lines = [*posts[0], heads[0], *posts[1], heads[1], *posts[2]]
    kept, _removed = kept_and_removed(lines, "fr")
    assert all(line in kept for post in posts for line in post[1:])

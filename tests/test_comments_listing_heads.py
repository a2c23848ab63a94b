"""A listing's first comment heading (`detect.listings.listing_heads`, `talks_under`).

An archive, tag or blog front page prints several posts in a row, each closed by its comment
count or link ("3 Kommentare", "Leave a comment", "5 kommentarer:" with Blogger's "Innlagt av
... kl." footer). The first such heading has no heading above it; read alone it looked like
the head of a thread and took every later post with it. A listing repeats the unit (post,
heading, next post) at least twice and its posts carry no conversational evidence: those
headings go, the posts stay. Negatives: a thread under one heading (a commenter's name over
the comment has a post's shape), a thread with dated signatures or controls after a listing.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detector_runs import kept_and_removed
from strategies import examples

EN_POSTS = [
    [
        "Pruning the old pear tree",
        "The pear by the shed has not been pruned for a decade. I took out the crossing "
        "branches and one dead limb, and left the rest for next winter.",
    ],
    [
        "Compost bins from pallets",
        "Four pallets from the builders' merchant, a box of screws and an afternoon: the "
        "new bays hold three times what the plastic bin did.",
    ],
    [
        "Garlic in before the frost",
        "Forty cloves of a hardneck variety went in on Saturday, a hand's width apart, "
        "with a mulch of leaf mould on top.",
    ],
    [
        "Open day at the allotments",
        "The site is open to visitors on the first Sunday of June. The committee is "
        "looking for volunteers to run the plant stall and the tea hut.",
    ],
]
DE_POSTS = [
    [
        "Jahreshauptversammlung im März",
        "Die Jahreshauptversammlung findet am 14. März im Gasthaus Krone statt. Auf der "
        "Tagesordnung stehen die Wahl des Vorstands und der Kassenbericht.",
    ],
    [
        "Neue Bänke am Wanderweg",
        "Entlang des Rundwegs am Stausee hat die Ortsgruppe sechs neue Bänke aufgestellt. "
        "Das Holz stammt aus dem Gemeindewald.",
    ],
    [
        "Frühjahrsputz am Vereinsheim",
        "Am Samstag nach Ostern treffen wir uns um neun Uhr zum Frühjahrsputz. Werkzeug "
        "und Handschuhe bitte selbst mitbringen.",
    ],
]
ES_POSTS = [
    [
        "Ruta por la sierra de Grazalema",
        "Salimos de Benamahoma a las ocho y llegamos al nacimiento del río antes de comer. "
        "El camino estaba embarrado pero mereció la pena.",
    ],
    [
        "Pan de masa madre, segundo intento",
        "Esta vez dejé fermentar la masa toda la noche en la nevera y la miga salió mucho "
        "más abierta que la semana pasada.",
    ],
    [
        "Vuelta al cole",
        "Mañana empiezan las clases y en casa ya está todo preparado: mochilas, libros "
        "forrados y el horario pegado en la nevera.",
    ],
]
NB_POSTS = [
    [
        "Skitur i Nordmarka",
        "Vi gikk fra Frognerseteren til Ullevålseter og tilbake. Sporene var nylagt og det "
        "var nesten ingen folk i løypa.",
    ],
    [
        "Strikkeprosjekt: lusekofte",
        "Jeg har endelig begynt på lusekofta jeg har drømt om i flere år. Mønsteret er fra "
        "et gammelt blad jeg fant hos mormor.",
    ],
    [
        "Juleverksted med barna",
        "I helgen laget vi julekurver og pepperkakefigurer på kjøkkenbordet. Det ble mye "
        "glitter over alt, men barna koste seg.",
    ],
]
NL_POSTS = [
    [
        "Snoeiochtend in de boomgaard",
        "Zaterdag snoeien we met vrijwilligers de appelbomen in de dorpsboomgaard. Koffie en "
        "snoeischaren staan vanaf negen uur klaar bij de schuur.",
    ],
    [
        "Nieuwe bankjes langs het fietspad",
        "De gemeente heeft vier nieuwe bankjes geplaatst langs het fietspad naar Ommen. Ze "
        "zijn gemaakt van eikenhout uit het eigen bos.",
    ],
    [
        "Kledinginzameling voor de kerk",
        "Op woensdagmiddag kunt u schone kleding en schoenen inleveren in het zaaltje achter "
        "de kerk. De opbrengst gaat naar de voedselbank.",
    ],
]
# A thread under one article: each comment's first line is its writer's name (a title's
# shape), then the comment; dated signatures and a reply control give it away.
EN_THREAD = [
    "Margaret Ellis",
    "March 3, 2026 at 8:14 pm",
    "We did the same with our old Conference pear and it cropped twice as well the year "
    "after. Do you paint the cuts or leave them?",
    "Reply",
    "Tom Hardy",
    "March 4, 2026 at 9:02 am",
    "Leave them, the tree seals them itself if you cut just outside the collar.",
]


def _listing(posts: list[list[str]], heads: list[str], opening: str) -> list[str]:
    """An opening line, then each post with the heading after it (the last post has none)."""
    lines = [opening]
    for number, post in enumerate(posts):
        lines.extend(post)
        if number < len(heads):
            lines.append(heads[number])
    return lines


def test_an_english_tag_page_keeps_every_post() -> None:
    heads = ["3 Comments", "Leave a comment", "1 Comment"]
    kept, removed = kept_and_removed(_listing(EN_POSTS, heads, "Tag: allotment"), "en")
    assert all(line in kept for post in EN_POSTS for line in post)
    assert "Leave a comment" in removed


def test_a_german_club_archive_keeps_every_post() -> None:
    heads = ["2 Kommentare", "Keine Kommentare"]
    kept, removed = kept_and_removed(_listing(DE_POSTS, heads, "Archiv: Ortsgruppe"), "de")
    assert all(line in kept for post in DE_POSTS for line in post)
    assert "2 Kommentare" in removed


def test_a_spanish_blog_front_page_keeps_every_post() -> None:
    heads = ["4 comentarios", "Deja un comentario"]
    kept, _removed = kept_and_removed(_listing(ES_POSTS, heads, "Mi cuaderno"), "es")
    assert all(line in kept for post in ES_POSTS for line in post)


def test_a_blogger_front_page_with_post_footers_keeps_every_post() -> None:
    # Blogger prints "Innlagt av <name> kl. <time>" over each post's count: a footer beside
    # a heading, not a comment's signature.
    lines = ["Hjemme hos oss"]
    counts = ["3 kommentarer:", "1 kommentarer:"]
    times = ["21:40", "07:55"]
    for post, count, time in zip(NB_POSTS, counts, times, strict=False):
        lines.extend([*post, f"Innlagt av Kari kl. {time}", count])
    lines.extend(NB_POSTS[2])
    kept, _removed = kept_and_removed(lines, "nb")
    assert all(line in kept for post in NB_POSTS for line in post)


def test_a_dutch_archive_with_a_bare_comment_link_keeps_every_post() -> None:
    # "Reageer" is the post's comment link here, a reply control under a comment elsewhere:
    # the counts beside it make the listing.
    heads = ["2 reacties", "Reageer", "Geen reacties"]
    posts = [*NL_POSTS, EN_POSTS[0]]
    posts[3] = [
        "Oud papier in januari",
        "De container voor oud papier staat er weer op 10 januari.",
    ]
    kept, removed = kept_and_removed(_listing(posts, heads, "Archief januari"), "nl")
    assert all(line in kept for post in posts for line in post)
    assert "Reageer" in removed


def test_a_dutch_thread_with_a_reply_link_under_each_named_comment_still_goes() -> None:
    thread = [
        "3 reacties",
        "Gerrit Jansen",
        "Mooi initiatief, ik kom zaterdag met mijn eigen snoeischaar en een thermoskan.",
        "Reageer",
        "Ineke de Vries",
        "Wij hebben vorig jaar meegedaan en de bomen droegen dit najaar veel meer appels.",
        "Reageer",
    ]
    story = [line for post in NL_POSTS for line in post]
    kept, _removed = kept_and_removed([*story, *thread], "nl")
    assert all(line not in kept for line in thread)


def test_one_article_s_thread_under_one_head_still_goes() -> None:
    story = [line for post in EN_POSTS[:2] for line in post]
    kept, _removed = kept_and_removed([*story, "2 Comments", *EN_THREAD], "en")
    assert all(line not in kept for line in EN_THREAD)


def test_an_undated_thread_under_a_count_and_a_form_head_still_goes() -> None:
    # Names over comments, then the form's head with its fields: one head closes a "post"
    # (the article), the form's head closes none; no listing.
    thread = [
        "Anna Berg",
        "Lovely write-up, we are trying the pallet bays this spring on our plot in Leeds.",
        "Rob",
        "Great post!",
    ]
    form = ["Leave a Reply", "Your email address will not be published.", "Post Comment"]
    story = [line for post in EN_POSTS for line in post]
    kept, _removed = kept_and_removed([*story, "2 Comments", *thread, *form], "en")
    assert all(line not in kept for line in thread)


def test_a_dated_thread_after_a_listing_still_goes() -> None:
    heads = ["3 Comments", "Leave a comment", "2 Comments"]
    lines = [*_listing(EN_POSTS[:3], heads[:2], "Tag: allotment"), heads[2], *EN_THREAD]
    kept, _removed = kept_and_removed(lines, "en")
    assert all(line in kept for post in EN_POSTS[:3] for line in post)
    assert all(line not in kept for line in EN_THREAD)


def test_a_thread_with_reply_controls_between_named_comments_still_goes() -> None:
    # Two counted heads ("3 Comments", a nested "2 Replies"), each over a name and a comment:
    # the shape repeats, but the controls under them are a thread's.
    thread = [
        "3 Comments",
        "Margaret Ellis",
        "We did the same with our old pear and it cropped twice as well the year after.",
        "Reply",
        "2 Replies",
        "Tom Hardy",
        "Leave the cuts unpainted, the tree seals them itself if you cut outside the collar.",
        "Like · Reply",
    ]
    story = [line for post in EN_POSTS[:2] for line in post]
    kept, _removed = kept_and_removed([*story, *thread], "en")
    assert all(line not in kept for line in thread[1:3] + thread[5:7])


def test_a_thread_with_a_reply_control_under_each_named_comment_still_goes() -> None:
    # "Reply" under each comment, a name and the next comment under it: a control is no
    # post's count, so the thread's one head stays one head.
    thread = [
        "2 Comments",
        "Margaret Ellis",
        "We did the same with our old pear and it cropped twice as well the year after.",
        "Reply",
        "Tom Hardy",
        "Leave the cuts unpainted, the tree seals them itself if you cut outside the collar.",
        "Reply",
    ]
    story = [line for post in EN_POSTS for line in post]
    kept, _removed = kept_and_removed([*story, *thread], "en")
    assert all(line not in kept for line in thread)


@settings(max_examples=examples(20), deadline=None)
@given(
    order=st.permutations(range(4)),
    heads=st.lists(
        st.sampled_from(["3 Comments", "Leave a comment", "1 Comment", "No comments"]),
        min_size=3,
        max_size=3,
    ),
    thread=st.booleans(),
)
def test_posts_stay_in_order_and_a_thread_after_them_goes(
    order: list[int], heads: list[str], thread: bool
) -> None:
    posts = [EN_POSTS[i] for i in order]
    lines = _listing(posts, heads, "Category: allotment")
    if thread:
        lines = [*lines, "2 Comments", *EN_THREAD]
    kept, _removed = kept_and_removed(lines, "en")
    post_lines = [line for post in posts for line in post]
    assert [line for line in kept if line in post_lines] == post_lines
    if thread:
        assert all(line not in kept for line in EN_THREAD)
    again, _ = kept_and_removed(kept, "en")
    assert again == kept

"""Blogger's numbered comments whose first comment is a paragraph of prose, found by the
controls under every comment (`detect.comments.layout._numbered_first_comment`).

A thread found by its recurring controls ("BeantwoordenVerwijderen", "ReplyDelete" on a line
of their own) starts at the first comment above the first control; where that comment is
prose as long as the post's paragraphs, the layout read from the shortest distance between
the controls reached no line of it, and the comment and the count over it ("36 opmerkingen:")
stayed (general40, a Dutch Blogger post). Blogger numbers its comments: the comments under
the next controls going on "2.", "3." show that the "1." above the first control opens the
thread. The negatives: a post's numbered list with no thread control between its items, a
recipe's steps over a thread whose comments are not numbered, a list whose items are each
followed by a control the page prints beside its own sections ("Share"), and a numbered
list over a thread whose comments count on but lies further above its first control than a
comment's length. Lines written for the tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import article_texts, examples
from test_comments_tail import assert_tail_takes_only_its_own_lines, cleaned, removed_by

POST = [
    "Vorige week zijn we met de kinderen naar de zee geweest en hebben we de hele dag op het "
    "strand gespeeld.",
    "Het water was nog koud, maar de zon scheen en iedereen had het naar zijn zin. Daarna aten "
    "we patat op de dijk.",
    "Volgend jaar gaan we zeker terug, misschien dan wel een hele week in een huisje aan de "
    "duinen.",
    "Liefs,",
    "Carolien",
]

# The first comment a paragraph of prose, the next ones shorter: the layout's period is read
# from the shortest distance between the controls (two lines), so it reaches one line above
# the first control, the comment's last.
THREADS = {
    "nl": [
        "4 opmerkingen:",
        "1. Wat een prachtige foto's van het strand, daar word ik echt blij van op zo'n grijze "
        "dag als vandaag. Wij gaan in de zomer ook weer, de kinderen vragen er nu al naar.",
        "Groetjes, Ineke",
        "BeantwoordenVerwijderen",
        "2. Heerlijk zeg, zo'n dag aan zee met het hele gezin!",
        "BeantwoordenVerwijderen",
        "3. Patat op de dijk hoort er gewoon bij, vind ik.",
        "BeantwoordenVerwijderen",
        "4. Mooi verslag, en wat een geluk met het weer.",
        "BeantwoordenVerwijderen",
    ],
    "en": [
        "4 comments:",
        "1. What a lovely day you had at the sea, the children look so happy on the sand and "
        "the light in the last picture is just beautiful. We will go again in the summer.",
        "ReplyDelete",
        "2. Chips on the dike, now that is a proper seaside lunch!",
        "ReplyDelete",
        "3. Such fun, thank you for taking us along.",
        "ReplyDelete",
        "4. The water looks cold but the sky is glorious.",
        "ReplyDelete",
    ],
}


def test_the_first_numbered_comment_goes_with_the_thread_and_the_post_stays() -> None:
    for name, thread in THREADS.items():
        article = cleaned([*POST, *thread])
        assert article.paragraphs == tuple(POST), name
        assert thread[1] in removed_by(article, "comment_thread"), name


def test_the_first_comment_goes_when_it_is_cleaned_again() -> None:
    for name, thread in THREADS.items():
        once = cleaned([*POST, *thread])
        assert cleaned(list(once.paragraphs)).paragraphs == once.paragraphs, name


# ---------------------------------------------------------------- negatives

STEPS = [
    "1. Verwarm de oven voor op 180 graden en vet een ronde bakvorm in met boter en bloem, "
    "zodat de taart er later makkelijk uit komt.",
    "2. Klop de eieren met de suiker luchtig.",
    "3. Spatel de bloem erdoor en giet het beslag in de vorm.",
    "4. Bak de taart in ongeveer veertig minuten gaar.",
]
# A thread whose comments are not numbered, under the recipe's steps.
UNNUMBERED = [
    "Anneke",
    "Die ga ik dit weekend proberen, hij ziet er heerlijk uit!",
    "Beantwoorden",
    "Joost",
    "Lukt hij ook met spelt?",
    "Beantwoorden",
    "Anneke",
    "Joost, dat denk ik wel, probeer het gewoon.",
    "Beantwoorden",
]


def test_a_recipe_s_steps_over_an_unnumbered_thread_stay() -> None:
    article = cleaned([*POST[:3], *STEPS, *UNNUMBERED])
    for line in [*POST[:3], *STEPS]:
        assert line in article.paragraphs


def test_a_numbered_list_with_a_shared_control_under_each_item_loses_nothing() -> None:
    tips = [
        "1. Neem altijd een extra trui mee, want aan zee is het vaak kouder dan je denkt en de "
        "wind steekt 's middags op.",
        "Delen",
        "2. Smeer de kinderen elk uur opnieuw in.",
        "Delen",
        "3. Ga vroeg, dan heb je nog een plekje.",
        "Delen",
        "4. Neem genoeg water mee voor iedereen.",
        "Delen",
    ]
    article = cleaned([*POST[:3], *tips])
    # The share links may go as the page's buttons; the items stay, and no thread is read.
    for line in [*POST[:3], *tips[::2]]:
        assert line in article.paragraphs
    assert not removed_by(article, "comment_thread")


def test_a_numbered_list_farther_above_the_first_control_than_a_comment_stays() -> None:
    # The post's own list ends on "1." more than a comment's length above the first control:
    # the thread starts below it, as before.
    listed = [
        "1. Het strand bij Domburg is het mooiste van Zeeland, vinden wij.",
        "Daar gaan we ieder jaar heen met de hele familie en de hond.",
        "De kinderen bouwen er altijd een grote zandburcht bij de strandpaal.",
        "En 's avonds eten we samen vis in het dorp, dat hoort erbij.",
        "Wie weet zien we jullie daar deze zomer!",
    ]
    thread = [
        "Mooi!",
        "BeantwoordenVerwijderen",
        "2. Heerlijk zeg, zo'n dag aan zee met het hele gezin!",
        "BeantwoordenVerwijderen",
        "3. Patat op de dijk hoort er gewoon bij, vind ik.",
        "BeantwoordenVerwijderen",
    ]
    article = cleaned([*POST[:3], *listed, *thread])
    for line in [*POST[:3], *listed]:
        assert line in article.paragraphs


@settings(max_examples=examples(30))
@given(
    text=article_texts(junk=False, damage=False),
    thread=st.sampled_from([THREADS["en"]]),
)
def test_a_numbered_thread_after_any_article_takes_only_its_own_lines(
    text: str, thread: list[str]
) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)

"""Dutch reader threads and the Dutch article shapes that look like them (issue #12, threads26).

The thread shapes are the ones Dutch blogs print (WordPress nl_NL "zegt:" with a date and
"Beantwoorden", Blogger's "zei..." and its count "4 opmerkingen:", its controls glued to the
next comment, "BeantwoordenVerwijderen", and a pingback under the post). The negatives are
Dutch articles that end in lines a thread also has: an interview, readers quoted with
"schreef:", a numbered list of tips, a vox pop with each speaker's name under the answer, a
Q&A, and a post whose own last lines exclaim. Written with threads26 (precision first: a
thread with no marker at all is left, see docs/benchmarks.md).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from strategies import article_texts, examples
from test_comments_tail import assert_tail_takes_only_its_own_lines, cleaned, removed_by

POST = [
    "Vorige week zijn we met de kinderen naar de zee geweest en hebben we de hele dag op het "
    "strand gespeeld.",
    "Het water was nog koud, maar de zon scheen en iedereen had het naar zijn zin. Daarna aten "
    "we patat op de dijk.",
    "Volgend jaar gaan we zeker terug, misschien dan wel een hele week in een huisje aan de "
    "duinen.",
]

THREADS = {
    "wordpress": [
        "2 reacties op “Een dagje zee”",
        "Marieke zegt:",
        "12 juni 2015 om 10:15",
        "Wat een heerlijke dag moet dat geweest zijn!",
        "Beantwoorden",
        "Joke zegt:",
        "13 juni 2015 om 08:02",
        "Leuk om te lezen, groetjes.",
        "Beantwoorden",
        "Geef een reactie Reactie annuleren",
        "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
    ],
    "blogger": [
        "2 opmerkingen:",
        "Marieke zei...",
        "Wat een heerlijke dag!",
        "12 juni 2015 om 10:15",
        "Joke zei...",
        "Leuk om te lezen.",
        "13 juni 2015 om 08:02",
        "Een reactie posten",
    ],
    "glued": [
        "2 opmerkingen:",
        "Wat een heerlijke dag!BeantwoordenVerwijderen",
        "Leuk om te lezen.BeantwoordenVerwijderen",
        "Een reactie posten",
    ],
    "numbered": [
        "3 opmerkingen:",
        "1. wauw, wat een mooie foto's van het strand! daar word ik blij van",
        "BeantwoordenVerwijderen",
        "2. @Marieke: ja hè, het was echt een heerlijke dag met z'n allen",
        "BeantwoordenVerwijderen",
        "3. ge zijt een bofkont met zo'n strand in de buurt :)",
        "BeantwoordenVerwijderen",
    ],
    "pingback": [
        "Pingback: Zomer aan zee, deel twee | Het groene huis",
        "Pingback: Uitjes met kinderen – Mamablog Utrecht",
    ],
}


def test_a_dutch_thread_goes_and_the_post_stays() -> None:
    for name, thread in THREADS.items():
        article = cleaned([*POST, *thread])
        assert article.paragraphs == tuple(POST), name


def test_pingbacks_under_a_post_go_by_the_platform_rule() -> None:
    article = cleaned([*POST, *THREADS["pingback"]])
    assert removed_by(article, "platform_pingback") == THREADS["pingback"]


# ---------------------------------------------------------------- what must stay

INTERVIEW = [
    *POST,
    "Hoe begon het allemaal?",
    "Jan de Vries: Ik was twaalf toen mijn opa me voor het eerst meenam naar de haven.",
    "Wat vond je moeder daarvan?",
    "Jan de Vries: Ze vond het prachtig, al was ze elke keer bang dat ik in het water viel!",
]
QUOTED_READERS = [
    *POST,
    "Veel lezers reageerden op het stuk van vorige week.",
    "Marieke schreef:",
    "Wij gaan elk jaar naar Zeeland en de kinderen vinden het nog steeds geweldig.",
    "Joke schreef:",
    "Bij ons is het strand in de zomer te druk, wij gaan liever in het voorjaar.",
]
TIPS = [
    *POST,
    "Vijf tips voor een dagje strand met kinderen:",
    "1. Neem genoeg water mee, ook als het niet warm lijkt.",
    "2. Smeer de kinderen om de twee uur opnieuw in.",
    "3. Zet een windscherm op, dan blijven de broodjes zandvrij.",
    "4. Spreek een vaste plek af voor als iemand kwijtraakt.",
    "5. Ga vroeg, dan heb je nog een parkeerplek.",
]
VOX_POP = [
    "We vroegen onze lezers hoe zij de zomervakantie doorbrengen.",
    "Op de fiets ontdekken wij mooie plekjes in Nederland. We vinden het fijn om in de "
    "Schoorlse Duinen en op de Veluwe te zijn. Maar dan moet het weer natuurlijk meezitten.",
    "Henk van Zanten",
    "Wij brengen de vakantie door op een vakantiepark op Ameland. Nu maar hopen dat het weer "
    "ons goed gezind is!",
    "P. Miedema",
    "Dit jaar blijven we thuis, in en om het huis is genoeg te doen, dus dat pakken we eerst op!",
    "Leo Verkerk",
]
QUESTIONS = [
    *POST,
    "Vraag: Mag mijn hond mee op het strand?",
    "Antwoord: Van oktober tot mei mag dat op bijna alle stranden, in de zomer alleen op de "
    "hondenstranden.",
    "Vraag: Waar kan ik parkeren?",
    "Antwoord: Bij de boulevard zijn drie parkeerterreinen, het grootste ligt achter de vuurtoren.",
]
EXCLAIMED_POST = [
    *POST,
    "Het past perfect en de kinderen waren er heel blij mee!",
    "Volgende keer neem ik de vlieger mee!",
    "Fijn weekend allemaal!",
]


def test_dutch_articles_that_end_like_a_thread_lose_nothing() -> None:
    for name, page in {
        "interview": INTERVIEW,
        "quoted readers": QUOTED_READERS,
        "tips": TIPS,
        "vox pop": VOX_POP,
        "questions": QUESTIONS,
        "exclaimed post": EXCLAIMED_POST,
    }.items():
        article = cleaned(page)
        assert removed_by(article, "comment_thread") == [], name
        assert removed_by(article, "platform_pingback") == [], name
        assert article.paragraphs == tuple(page), name


# ---------------------------------------------------------------- properties


@settings(max_examples=examples(30))
@given(
    text=article_texts(junk=False, damage=False),
    # Not the glued thread: the normaliser splits "dag!BeantwoordenVerwijderen" on its
    # way in, so its lines are no longer the input's to compare.
    thread=st.sampled_from([THREADS[name] for name in ("wordpress", "blogger", "numbered")]),
)
def test_a_dutch_thread_after_any_article_takes_only_its_own_lines(
    text: str, thread: list[str]
) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)


@settings(max_examples=examples(30))
@given(text=article_texts(junk=False, damage=False))
def test_a_pingback_takes_only_itself_and_is_taken_once(text: str) -> None:
    """After any article the pingback lines go, no line of the article does, the order is
    kept, and cleaning the result again removes nothing more."""
    # A blank line between the pingbacks, as between the items of the thread's list.
    article = corpusclean.clean("\n\n".join([text, *THREADS["pingback"]]))
    assert removed_by(article, "platform_pingback") == THREADS["pingback"]
    assert not any("Pingback:" in paragraph for paragraph in article.paragraphs)
    again = corpusclean.clean(article.render())
    assert removed_by(again, "platform_pingback") == []
    assert again.paragraphs == article.paragraphs

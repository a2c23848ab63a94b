"""An article's roundup of quotes at its end is not a reader thread (issue #12, roundup25).

An article that ends with a roundup ("We asked six chefs for their one rule for a good
stock." over "1. Marco says:" / a tip / "2. Aisha says:" / ...) prints numbered signatures of
one shape over short lines to the end of the document, as a reader thread does; after an
article long enough for `recurring._post_above` the `recurring` reading took 7 to 14 of its
lines (threads27b). A numbered signature is the article's as much as the software's, so it
is read as a thread's only with the thread's other evidence: a thread head right above the
first signature, a line of the thread's furniture a comment rule removed (a head above, a
form or control under), or a stamp among the comments. Blogger's "Name said..." (the
ellipsis right after the verb) is the software's signature and still read alone.

The roundups are written in the shapes the issue names (experts, a readers' survey the
editors print, a class's and a panel's answers, what the candidates say), with and without
numbers, short and long answers, after short and long articles, in English, German, French
and Spanish. The positives are the real thread shapes `recurring` reads on threads22-27.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpusclean.detect.comments.recurring import recurring_signatures_start
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import Block, Verdict
from strategies import article_texts, examples
from test_comments_tail import cleaned, removed_by
from test_comments_threads27 import CHEFS, GERMAN_ARTICLE, MORE_DE, ROUNDUPS, STOCK, roundup
from test_comments_unshipped import ARTICLE

# ---------------------------------------------------------------- the articles above

LONG_ARTICLE = [
    *ARTICLE,
    "Forecasters expect the wind to ease on Sunday evening, but warn of more rain next week.",
    "The council has opened two halls for families whose homes have been flooded overnight.",
    "Insurers said it was too early to estimate the cost of the damage across the region.",
]
SHORT_ARTICLE = ARTICLE[:2]
FRENCH_ARTICLE = [
    "Le pain de campagne revient à la mode dans les boulangeries de quartier de la ville.",
    "Les clients demandent des pâtes plus longues, des farines locales et moins de levure.",
    "Plusieurs artisans ont ouvert leur fournil au public pour montrer comment ils travaillent.",
    "La chambre des métiers organise même un concours du meilleur pain au printemps prochain.",
    "Les prix ont augmenté de dix pour cent en un an, à cause de l'énergie et de la farine.",
]
SPANISH_ARTICLE = [
    "El precio del aceite de oliva ha bajado por primera vez en tres años en los mercados.",
    "Los productores esperan una cosecha mejor tras las lluvias de la primavera pasada.",
    "Las cooperativas de Jaén calculan que la producción crecerá un treinta por ciento.",
    "Los consumidores, sin embargo, todavía no notan la bajada en los supermercados.",
    "Las cadenas de distribución dicen que los precios bajarán en las próximas semanas.",
]
ARTICLES = {"en": ARTICLE, "de": [*GERMAN_ARTICLE, *MORE_DE], "fr": FRENCH_ARTICLE}
ARTICLES["es"] = SPANISH_ARTICLE


def language_of(name: str) -> str:
    return next((code for code in ("de", "fr", "es") if name.endswith(f"_{code}")), "en")


# ---------------------------------------------------------------- the roundups

# Each kind of roundup the issue names, beyond threads27's: without numbers (a colon or a
# dash after the verb, or no sign at all), with the software's numbering's shape but no
# colon ("1. Marco says"), long answers of two and three paragraphs, an article's closing
# line after the roundup, and Spanish.
OWN_ROUNDUPS = {
    "unnumbered": [STOCK, *(line for name, tip in CHEFS for line in (f"{name} says:", tip))],
    "numbered_no_colon": roundup([STOCK], "says", CHEFS),
    "long_answers": [
        "We asked four head teachers what they would change first.",
        "1. Margaret Hill says:",
        "Smaller classes in the first two years, before anything else.",
        "A child who cannot read by seven spends the next ten years catching up.",
        "2. David Osei says:",
        "Time for teachers to plan together: one afternoon a week would do it.",
        "3. Ruth Evans says:",
        "I would bring back the school nurse.",
        "Half of what lands on my desk is a health problem nobody else sees in time.",
        "The other half is the family's, and the nurse sees that too.",
        "4. Omar Khan says:",
        "Better pay for teaching assistants, who hold most classrooms together.",
    ],
    "closing_line": [
        *roundup([STOCK], "says:", CHEFS),
        "Do you have a rule of your own? Tell us at food@example.com.",
    ],
    "wrote_survey": roundup(
        ["We asked readers for the one book they reread every year."],
        "wrote:",
        [
            ("Helen", "Middlemarch. It is a different book at every age."),
            ("David", "The Hobbit, every December, by the fire."),
            ("Priya", "Pride and Prejudice."),
            ("Gareth", "A book of walks my father gave me, with his notes in the margins."),
            ("Joan", "Persuasion, because it is about second chances."),
        ],
    ),
    "experts_es": roundup(
        ["Preguntamos a cinco cocineros por su truco para una buena tortilla."],
        "dice:",
        [
            ("Lucía", "La patata, confitada y nunca frita a fuego fuerte."),
            ("Javier", "Dejar reposar la mezcla diez minutos antes de cuajarla."),
            ("Carmen", "Poca sal y al final."),
            ("Andrés", "Una sartén pequeña para que quede alta."),
            ("Marta", "Con cebolla, siempre, bien pochada."),
        ],
    ),
    "readers_es": roundup(
        ["Qué piden nuestros lectores al nuevo alcalde"],
        "escribe:",
        [
            ("Pilar", "Más autobuses por la noche y los domingos."),
            ("Raúl", "Que arreglen las aceras del casco antiguo."),
            ("Ana", "Un parque para perros en el barrio norte."),
            ("Jorge", "Menos ruido en verano en las terrazas."),
        ],
    ),
    "candidates_fr": roundup(
        ["Ce que disent les candidats sur le tramway."],
        "dit :",
        [
            ("Marie Dupont", "Le tramway doit aller jusqu'à l'hôpital."),
            ("Karim Benali", "Nous n'avons pas les moyens tant que les écoles attendent."),
            ("Sophie Martin", "Oui, mais avec des pistes cyclables le long du tracé."),
            ("Luc Bernard", "Les bus électriques coûtent moins cher et vont partout."),
        ],
    ),
    "class_de": roundup(
        ["Die Klasse 4b über die Frage, was einen guten Freund ausmacht."],
        "sagt:",
        [
            ("Lena", "Einer, der sein Pausenbrot teilt."),
            ("Jonas", "Ein Freund hilft dir, wenn du hinfällst."),
            ("Mia", "Er verrät keine Geheimnisse!"),
            ("Emre", "Man darf auch mal zuerst schaukeln."),
            ("Paul", "Jemand, der nett ist, auch wenn man schlecht gelaunt ist."),
        ],
    ),
}
ALL_ROUNDUPS = {**ROUNDUPS, **OWN_ROUNDUPS}


def article_over(name: str, article: str) -> list[str]:
    """The article ``article`` ("short", "article", "long") of the roundup's language."""
    language = language_of(name)
    lines = ARTICLES[language]
    if article == "short":
        return lines[:2]
    if article == "long" and language == "en":
        return LONG_ARTICLE
    return lines


def lost(lines: list[str], roundup_lines: list[str]) -> list[str]:
    """The roundup's lines the cleaner did not keep as they were."""
    article = cleaned(lines)
    return [line for line in roundup_lines if line not in article.paragraphs]


@pytest.mark.parametrize("article", ["short", "article", "long"])
@pytest.mark.parametrize("name", sorted(ALL_ROUNDUPS))
def test_a_roundup_after_an_article_stays_whole(name: str, article: str) -> None:
    lines = ALL_ROUNDUPS[name]
    document = [*article_over(name, article), *lines]
    assert removed_by(cleaned(document), "comment_thread") == [], name
    assert lost(document, lines) == [], name


@pytest.mark.parametrize("name", sorted(ALL_ROUNDUPS))
def test_recurring_signatures_read_no_roundup_after_an_article(name: str) -> None:
    # Read on the lines as they stand, every one kept (no rule removes a roundup's line).
    lines = [*article_over(name, "article"), *ALL_ROUNDUPS[name]]
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    keep = [Verdict(keep=True)] * len(blocks)
    facts = Facts(load_language(language_of(name)))
    assert recurring_signatures_start(blocks, keep, facts) is None


@pytest.mark.xfail(strict=True, reason="Blogger's ellipsis signature is read alone (roundup25)")
def test_a_roundup_printed_with_blogger_s_ellipsis_is_read_as_a_thread() -> None:
    # A known risk, left: "Marco said..." over each answer is Blogger's signature's shape,
    # which the real threads of threads22-27 print with nothing else (nine pages).
    lines = [STOCK, *(line for name, tip in CHEFS for line in (f"{name} said...", tip))]
    assert lost([*ARTICLE, *lines], lines) == []


# ---------------------------------------------------------------- what must still go

READERS = ["Andria", "Megan", "patrice", "Colleen C.", "Rose in Vermont"]
REPLIES = [
    "precious. how can they look so big and grown up at the same time?!",
    "Girls are so fun! I like the look of having her hair all pulled back.",
    "We have a puppy too. It is hard to keep up with him some days.",
    "I had no clue there was a puppy day…",
    "Awww!!! Thank you for the cutness.",
]


def numbered_comments(verb: str = "says:", stamp: str | None = None) -> list[str]:
    lines: list[str] = []
    for n, (reader, reply) in enumerate(zip(READERS, REPLIES, strict=True), 1):
        lines += [f"{n}. {reader} {verb}", reply, *([stamp] if stamp else [])]
    return lines


# Real thread shapes the `recurring` reading takes on threads22-27 (calicodaisy, itsjennytime,
# sharonfruit23, wurzerlsgarten: Blogger's ellipsis) and numbered signatures with a thread's
# other evidence: a head the thread words know, a comment form under them, time stamps.
THREADS = {
    "blogger_en": [
        "kristie said...",
        "yea for finished projects!",
        "Andie Johnson said...",
        "Love it!! The colors are so juicy and the pattern is so striking. Good stuff lady.",
        "Michelle said...",
        "It's so, so beautiful! Bright, cheery, colorful, happy. And *done*! Love the back.",
    ],
    "blogger_timed": [
        "Blogger Heather said...",
        "Lovin' the layout, Sharon! And being reminded of the feel of grass on barefeet.",
        "12:14 pm",
        "Blogger Kat said...",
        "wow... LOVE the colours normally would say orange is a no go but definitely works!!!",
        "5:12 pm",
        "Post a Comment",
    ],
    "blogger_de": [
        "Anonym hat gesagt…",
        "Wurzis die aus dem Fleischwolf wachsen... Auf so eine Idee muss man erstmal kommen!",
        "Naturwanderer hat gesagt…",
        "Hallo Wurzel,",
        "dein Frühlingsgarten sieht noch so frisch aus, bei uns ist vieles schon verblüht.",
    ],
    "numbered_headed": ["5 Comments", *numbered_comments()],
}


@pytest.mark.parametrize("name", sorted(THREADS))
def test_a_thread_after_an_article_still_goes(name: str) -> None:
    article = ARTICLES["de"] if name.endswith("_de") else LONG_ARTICLE
    thread = THREADS[name]
    result = cleaned([*article, *thread])
    assert result.paragraphs == tuple(line for line in article if line != result.title), name
    # The signatures and comments go as the thread; its head or form may go by a rule.
    assert removed_by(result, "comment_thread"), name
    assert set(thread).isdisjoint(result.paragraphs), name


def test_numbered_signatures_under_a_removed_thread_head_are_read() -> None:
    # The head ("Comments:") is removed by a rule before the readings: the verdicts carry it.
    lines = [*LONG_ARTICLE, "Comments:", *numbered_comments()]
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    head = Verdict(keep=False, rule="comment_section", family="comments")
    verdicts = [Verdict(keep=True)] * len(lines)
    verdicts[len(LONG_ARTICLE)] = head
    facts = Facts(load_language("en"))
    assert recurring_signatures_start(blocks, verdicts, facts) == len(LONG_ARTICLE) + 1
    # A writer's invitation removed there is no thread's head.
    verdicts[len(LONG_ARTICLE)] = Verdict(keep=False, rule="comment_prompt", family="comments")
    assert recurring_signatures_start(blocks, verdicts, facts) is None
    # Kept, the head reads as one (`_is_thread_head`); without it, nothing heads them.
    keep = [Verdict(keep=True)] * len(lines)
    assert recurring_signatures_start(blocks, keep, facts) == len(LONG_ARTICLE)
    del blocks[len(LONG_ARTICLE)], keep[0]
    blocks = [Block(block.text, n, n + 1) for n, block in enumerate(blocks)]
    assert recurring_signatures_start(blocks, keep, facts) is None


FORM = ["Leave a Reply", "Your email address will not be published. Required fields are marked *"]


def test_a_roundup_over_an_empty_comment_form_stays() -> None:
    # A page that takes comments prints its form under the article, with none yet: the form
    # goes by its rule, the roundup stays (`numbered` read it as comments at 12d2791).
    for name in ("chefs", "readers_survey", "chefs_de", "bakers_fr"):
        lines = ROUNDUPS[name]
        document = [*article_over(name, "article"), *lines, *FORM]
        assert removed_by(cleaned(document), "comment_thread") == [], name
        assert lost(document, lines) == [], name


# Numbered signatures with a thread's form only under them (threads23's jiannecarlo page:
# "1. Colleen C. says" / a comment / ... / "Speak Your Mind", a head the rules do not know,
# 6 junk lines), the shape of a roundup over an empty comment form: left (roundup25).
KNOWN_MISSES = {
    "form_under": [*numbered_comments(), *FORM],
    "jiannecarlo": [
        "1. Colleen C. says",
        "I had no clue there was a puppy day…",
        "2. Cindy Hazelwood says",
        "Awww!!! Thank you for the cutness.",
        "• You’re welcome, Cindy. I love puppies. Do you have a pet?",
        "Speak Your Mind",
    ],
}


@pytest.mark.xfail(strict=True, reason="a roundup over an empty form prints the same shape")
@pytest.mark.parametrize("name", sorted(KNOWN_MISSES))
def test_numbered_signatures_with_only_a_form_under_them_are_taken(name: str) -> None:
    thread = KNOWN_MISSES[name]
    result = cleaned([*LONG_ARTICLE, *thread])
    assert set(thread).isdisjoint(result.paragraphs), name


# ---------------------------------------------------------------- properties

VERBS = {"en": ["says:", "said:", "wrote:", "writes:", "says"], "de": ["sagt:", "schreibt:"]}
NAMES = ["Marco", "Aisha", "Tom Baker", "Lena", "Dr Raj Patel", "Sofia", "Ruth Osei", "Ben"]
ANSWERS = [
    "Salt the water late.",
    "Roast the bones until they are dark brown, then deglaze the tray with a little wine.",
    "Never let it boil!",
    "Skim the foam off in the first half hour and keep the lid off.",
    "I start with cold water, always. Then I wait.",
    "Strain it twice.",
]
ORDINALS = "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth"
ORDINALS = ORDINALS.split()


# The thorough profile's draws (thorough26). A short article of one-line paragraphs, one
# blank line above the roundup: the two groups' lines shared a length, the document was read
# as hard-wrapped and the roundup's lines joined in pairs ("... stock. Marco says:").
SHORT_LINES = (
    "Government the the the the the minister.\nGovernment Government Government\n"
    "Government Government\n"
)
# Numbered signatures with no colon: `trailing_headlines` read them as headlines and the
# answers as their teasers, a related list (after `ARTICLE` too:
# `test_numbered_quotes_are_no_related_list`).
SAME_LINES = (
    "Government Government\nGovernment Government\nKUALA LUMPUR:\n"
    "Government the the the the the.\nGovernment the the the.\nGovernment the the the.\n"
    "Government the the the the the the. Government the the the the.\n"
    "Government the the the.\nGovernment the the the.\n"
)
ONES = [1] * 12


@settings(max_examples=examples(60))
@example(SHORT_LINES, 2, "says:", False, False, ONES)
@example(SAME_LINES, 2, "says", True, False, [1, 2, *ONES[2:]])
@given(
    text=article_texts(junk=False, damage=False),
    count=st.integers(min_value=2, max_value=12),
    verb=st.sampled_from(VERBS["en"]),
    numbered=st.booleans(),
    counted=st.booleans(),
    lengths=st.lists(st.integers(min_value=1, max_value=3), min_size=12, max_size=12),
)
def test_a_roundup_of_n_quotes_after_any_article_stays_whole(
    text: str, count: int, verb: str, numbered: bool, counted: bool, lengths: list[int]
) -> None:
    intro = [f"{count} chefs on stock:"] if counted else [STOCK]
    lines = list(intro)
    for n in range(count):
        number = f"{n + 1}. " if numbered else ""
        # Each answer's lines told apart by its number, so no line repeats for a duplicate
        # rule to judge.
        answer = [f"{ORDINALS[n]}: {ANSWERS[(n + k) % len(ANSWERS)]}" for k in range(lengths[n])]
        lines += [f"{number}{NAMES[n % len(NAMES)]} {verb}", *answer]
    article = cleaned([text, *lines])
    assert removed_by(article, "comment_thread") == []
    kept = set(article.paragraphs)
    assert [line for line in lines if line not in kept] == []


def test_numbered_quotes_are_no_related_list() -> None:
    """A roundup's "1. Marco says" over an answer is a quote's signature, not another
    story's headline: the roundup stays whole after a real article (thorough26)."""
    lines = [STOCK, "1. Marco says", "First: Salt the water late.", "2. Aisha says"]
    lines += ["Second: Roast the bones until they are dark brown.", "Second: Never let it boil!"]
    article = cleaned([*ARTICLE, *lines])
    assert removed_by(article, "trailing_headlines") == []
    assert article.paragraphs[-len(lines) :] == tuple(lines)

"""What stands above the headline: a breadcrumb ending in it, its own first copy, the site's
name or tagline. The headline under such a line is never a standfirst (issue #12: real pages
lost their title so), while a standfirst under the real headline still goes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from strategies import CAPITALISED, WORDS, distinct_paragraphs
from test_properties import clean_keeping_story

BODY_DE = [
    "Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr mit großer Mehrheit "
    "verabschiedet. Nur zwei Mitglieder der Opposition stimmten dagegen.",
    "Kämmerin Petra Lange sprach von einem soliden Zahlenwerk, das trotz steigender "
    "Energiekosten ohne neue Schulden auskomme. Die Rücklagen würden allerdings sinken.",
    "Größter Posten bleibt die Sanierung der Grundschule am Markt, für die in diesem Jahr 3,4 "
    "Millionen Euro eingeplant sind.",
]
HEADLINE_DE = "Stadtrat beschließt den Haushalt für das kommende Jahr ohne neue Schulden"
BODY_EN = [
    "The city council voted 9-2 on Tuesday night to approve a $48 million budget for the "
    "coming fiscal year, ending weeks of debate over road repairs and library hours.",
    "Finance director Maria Lopez said the plan avoids new borrowing despite rising energy "
    "costs, though it draws about $1.5 million from reserves.",
]
HEADLINE_EN = "Council approves a $48 million budget for next year without new borrowing"
BODY_ES = [
    "El pleno del Ayuntamiento aprobó el martes por la noche el presupuesto municipal para el "
    "próximo año con los votos a favor del equipo de gobierno.",
    "La concejala de Hacienda explicó que las cuentas no incluyen nuevos préstamos pese al "
    "aumento del coste de la energía.",
]
HEADLINE_ES = "El Ayuntamiento aprueba el presupuesto del próximo año sin nuevos préstamos"
BODY_FR = [
    "Le conseil municipal a adopté mardi soir le budget de l'année prochaine par 25 voix "
    "contre 4. L'opposition a dénoncé un manque d'ambition pour les transports.",
    "Selon l'adjointe aux finances, le budget ne prévoit aucun nouvel emprunt malgré la hausse "
    "des coûts de l'énergie, mais puisera 1,8 million d'euros dans les réserves.",
]
HEADLINE_FR = "Le conseil municipal adopte le budget de l'année prochaine sans nouvel emprunt"
CASES = {
    "de": (HEADLINE_DE, BODY_DE, "Home › Lokales › ", "Ihre Zeitung für die Region"),
    "en": (HEADLINE_EN, BODY_EN, "Home / Local news / ", "The Riverside Gazette"),
    "es": (HEADLINE_ES, BODY_ES, "Portada » Local » ", "El diario de la comarca desde 1910"),
    "fr": (HEADLINE_FR, BODY_FR, "Accueil › Actualité › ", "Le quotidien de votre région"),
}


def kept(article: corpusclean.Article) -> tuple[str, ...]:
    return (article.title or "", *article.paragraphs)


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


def test_the_headline_under_a_breadcrumb_ending_in_it_stays() -> None:
    for language, (headline, body, crumbs, _) in CASES.items():
        article = corpusclean.clean("\n".join([crumbs + headline, headline, *body]))
        assert headline in kept(article), language
        assert "standfirst" not in rules_of(article), language


def test_the_headline_under_the_sites_tagline_stays() -> None:
    for language, (headline, body, _, tagline) in CASES.items():
        article = corpusclean.clean("\n".join([tagline, headline, *body]))
        assert headline in kept(article), language


def test_one_copy_of_a_headline_printed_twice_under_a_tagline_stays() -> None:
    for language, (headline, body, _, tagline) in CASES.items():
        article = corpusclean.clean("\n".join([tagline, headline, headline, *body]))
        assert kept(article).count(headline) == 1, language


# --- what still goes --------------------------------------------------------------------------

DEK_EN = "Rising energy costs will be covered from reserves, the finance director said"


def test_a_standfirst_under_the_headline_still_goes() -> None:
    article = corpusclean.clean("\n".join([HEADLINE_EN, DEK_EN, *BODY_EN]))
    assert article.title == HEADLINE_EN
    assert [r.text for r in article.removed if r.rule == "standfirst"] == [DEK_EN]


def test_a_standfirst_under_a_headline_printed_twice_still_goes() -> None:
    article = corpusclean.clean("\n".join([HEADLINE_EN, HEADLINE_EN, DEK_EN, *BODY_EN]))
    assert kept(article).count(HEADLINE_EN) == 1
    assert DEK_EN not in kept(article)


def test_a_title_that_shares_only_short_words_with_the_story_is_a_site_line() -> None:
    # "the", "for", "new" are in every English line: only words of four letters or more tell
    # the story's headline from the site's line over it.
    article = corpusclean.clean("\n".join(["The best for you", HEADLINE_EN, *BODY_EN]))
    assert HEADLINE_EN in kept(article)


# --- properties -------------------------------------------------------------------------------

# A sentence-case headline long enough to be read as a standfirst: a capitalised word, then
# six to twelve lower-case words, no full stop.
sentence_case_headlines = st.tuples(
    st.sampled_from(CAPITALISED), st.lists(st.sampled_from(WORDS), min_size=6, max_size=12)
).map(lambda parts: " ".join([parts[0], *parts[1]]))


@given(headline=sentence_case_headlines, story=distinct_paragraphs(2, min_size=1, max_size=4))
def test_a_headline_printed_twice_keeps_one_copy(headline: str, story: list[str]) -> None:
    article = clean_keeping_story([headline, headline, *story], story)
    assert headline in kept(article)


@given(
    headline=sentence_case_headlines,
    crumbs=st.lists(st.sampled_from(CAPITALISED), min_size=1, max_size=3),
    separator=st.sampled_from((" › ", " / ", " > ", " | ", " » ")),
    story=distinct_paragraphs(2, min_size=1, max_size=4),
)
def test_the_last_crumb_is_never_a_standfirst(
    headline: str, crumbs: list[str], separator: str, story: list[str]
) -> None:
    lines = [separator.join([*crumbs, headline]), headline, *story]
    article = clean_keeping_story(lines, story)
    assert headline in kept(article)
    assert "standfirst" not in rules_of(article)

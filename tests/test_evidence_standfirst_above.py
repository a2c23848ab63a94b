"""What stands above a headline that is not the headline: an archive's heading, a blog's name,
a category, a date line, an author, another page's breadcrumb, a site's sentence-case line.
The headline under such a line is the page's, never its standfirst (issue #12, blind probe
session36d: "La cuesta de enero en el huerto" under "Archivo de enero de 2026"), while a
standfirst under the headline still goes, under a long headline or a short one it outdoes
(`standfirst._is_headline_over`). Article text written for these tests, no page text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from strategies import CAPITALISED, WORDS, distinct_paragraphs
from test_properties import clean_keeping_story

# Each case: the line above, the headline under it, the story. Every line above shares a word
# of four letters or more with the headline or the story, so that it is not read as a site's
# name with nothing of the story (`_above_is_not_the_headline`, which kept these already).
NOT_THE_HEADLINE = {
    "es-archive-heading": (
        "Archivo de enero de 2026",
        "La cuesta de enero en el huerto",
        [
            "Enero es el mes de los ajos. Los plantamos en luna menguante, a cuatro dedos de "
            "profundidad y con la punta hacia arriba, como hacía mi abuelo.",
            "Las habas sembradas en noviembre ya asoman y las protegemos con una malla contra "
            "los mirlos, que este invierno se comen todo lo que brota en el huerto.",
        ],
    ),
    "en-blog-name": (
        "The Allotment Diaries",
        "A map of the old mill leats along the brook",
        [
            "Using the tithe map and a lot of walking, we have traced the leats that fed the "
            "three mills along the brook behind the allotment. Two are still wet in winter.",
            "The lower leat runs under the footpath in a stone culvert that the parish "
            "repaired last year, and you can hear the water from the stile.",
        ],
    ),
    "de-category": (
        "Kategorie: Garten und Balkon",
        "Tomaten im Kübel brauchen im Sommer jeden Tag Wasser",
        [
            "Wer Tomaten auf dem Balkon zieht, sollte morgens gießen. Im Kübel trocknet die "
            "Erde an heißen Tagen schneller aus als im Beet, und die Früchte platzen.",
            "Eine Schicht Rasenschnitt auf der Erde hält die Feuchtigkeit länger im Kübel, "
            "sagt die Gärtnerin vom Garten am Stadtpark.",
        ],
    ),
    "fr-date-line": (
        "Lundi 12 janvier 2026",
        "Le conseil municipal adopte le budget sans nouvel emprunt",
        [
            "Le conseil municipal a adopté lundi soir, 12 janvier, le budget de l'année par 25 "
            "voix contre 4. L'opposition a dénoncé un manque d'ambition pour les transports.",
            "Selon l'adjointe aux finances, le budget ne prévoit aucun nouvel emprunt malgré la "
            "hausse des coûts de l'énergie.",
        ],
    ),
    "it-author-line": (
        "Di Marco Bianchi",
        "Il comune approva il bilancio senza nuovi prestiti per la scuola",
        [
            "Il consiglio comunale ha approvato ieri sera il bilancio con i voti della "
            "maggioranza. Marco Bianchi, capogruppo dell'opposizione, ha votato contro.",
            "La spesa più grande resta il restauro della scuola elementare in piazza, per cui "
            "sono previsti tre milioni di euro.",
        ],
    ),
    "en-breadcrumb-other-crumb": (
        "Home › Garden › Seed swap on Saturday",
        "How we saved our leeks from the rust this winter",
        [
            "Rust came to the garden in October, orange spots on every leaf of the leeks. We "
            "cut the worst leaves off and burnt them rather than composting them.",
            "By December the new growth was clean, and we lifted the last leeks for the soup "
            "at the seed swap on Saturday.",
        ],
    ),
    "nl-site-line": (
        "Het laatste nieuws uit de regio",
        "Gemeenteraad stemt in met de begroting voor het komende jaar",
        [
            "De gemeenteraad heeft dinsdagavond de begroting voor het komende jaar aangenomen. "
            "Alleen twee partijen uit de oppositie stemden tegen.",
            "De wethouder van financiën sprak van een solide begroting voor de hele regio, "
            "ondanks de gestegen energiekosten.",
        ],
    ),
    "nl-section-label": (
        "Binnenland",
        "Kabinet wil de huurverhoging in het binnenland beperken tot de inflatie",
        [
            "Het kabinet wil de jaarlijkse huurverhoging voor sociale huurwoningen beperken tot "
            "de inflatie. Dat schrijft de minister dinsdag aan de Tweede Kamer.",
            "Huurders in het binnenland betalen volgens het ministerie gemiddeld een derde van "
            "hun inkomen aan huur.",
        ],
    ),
    "nl-cut-title-tag": (
        "Twee imkers uit het dorp onderscheiden voor veertig jaar werk |",
        "Imkers uit Warmond krijgen een koninklijke onderscheiding in het gemeentehuis",
        [
            "Twee imkers uit het dorp zijn vrijdag in het gemeentehuis koninklijk onderscheiden. "
            "Samen houden ze al veertig jaar bijen aan de rand van het dorp.",
            "De burgemeester prees hun werk voor de imkersvereniging en de lessen die ze op de "
            "basisschool geven.",
        ],
    ),
    "de-menu-entry": (
        "Zwei Imker aus dem Dorf für vierzig Jahre Arbeit geehrt –",
        "Die Imker aus Steinach erhalten im Rathaus eine Ehrung des Landes",
        [
            "Zwei Imker aus dem Dorf sind am Freitag im Rathaus geehrt worden. Gemeinsam halten "
            "sie seit vierzig Jahren Bienen am Rand des Dorfes.",
            "Der Bürgermeister lobte ihre Arbeit für den Imkerverein und den Unterricht, den sie "
            "an der Grundschule geben.",
        ],
    ),
}


def kept(article: corpusclean.Article) -> tuple[str, ...]:
    return (article.title or "", *article.paragraphs)


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


def test_a_headline_under_a_line_that_is_not_the_headline_stays() -> None:
    for name, (above, headline, story) in NOT_THE_HEADLINE.items():
        article = corpusclean.clean("\n".join([above, headline, *story]))
        assert headline in kept(article), name
        assert removed_by(article, "standfirst") == [], name


def test_the_first_post_title_under_an_archive_heading_stays() -> None:
    # The listing of the blind probe's shape: the archive's heading, then posts, each a title
    # over its text, with a comment count under it.
    above, headline, story = NOT_THE_HEADLINE["es-archive-heading"]
    lines = [
        above,
        headline,
        story[0],
        "2 comentarios",
        "Cómo proteger los limoneros de las heladas",
        "Los limoneros en maceta los hemos metido bajo el porche y el naranjo lo envolvemos "
        "por la noche con una manta térmica.",
    ]
    article = corpusclean.clean("\n".join(lines))
    assert headline in kept(article)
    assert lines[4] in kept(article)


# --- what still goes --------------------------------------------------------------------------

# Each case: a headline, its standfirst (a summary that says more than the headline, or a
# shorter one under a long headline), the story.
STANDFIRSTS = {
    "en-short-headline": (
        "Nelson's late goal lifts the Islanders",
        "New York completes a frantic comeback to extend its unbeaten streak to fifteen games",
        [
            "Brock Nelson scored his second goal of the game early in overtime to lift the "
            "Islanders over the Penguins on Tuesday night.",
            "The Islanders trailed by two late in the third period before Josh Bailey and Ryan "
            "Pulock scored in the final minutes of regulation.",
        ],
    ),
    "de-short-headline": (
        "Stadtrat kippt die Parkgebühren",
        "Die Innenstadt bleibt für Autofahrer nach einer langen Debatte im Rathaus kostenlos",
        [
            "Der Stadtrat hat am Dienstagabend die geplanten Parkgebühren in der Innenstadt "
            "gekippt. Nur die Fraktion der Grünen stimmte für die Gebühren.",
            "Die Händler hatten vor weniger Kunden gewarnt, sagte der Bürgermeister nach der "
            "Sitzung im Rathaus.",
        ],
    ),
    "es-long-headline": (
        "El Ayuntamiento aprueba el presupuesto del próximo año sin nuevos préstamos",
        "La oposición critica la falta de inversión en transporte",
        [
            "El pleno del Ayuntamiento aprobó el martes por la noche el presupuesto municipal "
            "para el próximo año con los votos del equipo de gobierno.",
            "La concejala de Hacienda explicó que las cuentas no incluyen nuevos préstamos pese "
            "al aumento del coste de la energía.",
        ],
    ),
    "nl-long-headline": (
        "Gemeenteraad stemt na lang debat in met de begroting voor het komende jaar",
        "De schulden van de gemeente stijgen ondanks hogere belastinginkomsten verder",
        [
            "De gemeenteraad heeft dinsdagavond de begroting voor het komende jaar aangenomen. "
            "De schuld van de gemeente stijgt daarmee tot 84 miljoen euro.",
            "De wethouder van financiën sprak van een solide begroting, ondanks de gestegen "
            "energiekosten.",
        ],
    ),
    "sv-headline-closing-a-quote": (
        "Rektorn om den nya skolan: »Vi måste bygga nu»",
        "Kommunen har skjutit upp bygget av skolan i Gamlestaden tre gånger sedan 2019",
        [
            "Kommunfullmäktige beslutade på torsdagen att skjuta upp bygget av den nya skolan "
            "ännu en gång. Rektorn säger att lokalerna inte räcker till hösten.",
            "Enligt förvaltningen beror förseningen på höjda byggkostnader och ett överklagat "
            "bygglov.",
        ],
    ),
}


def test_a_standfirst_under_the_headline_still_goes() -> None:
    for name, (headline, dek, story) in STANDFIRSTS.items():
        article = corpusclean.clean("\n".join([headline, dek, *story]))
        assert article.title == headline, name
        assert removed_by(article, "standfirst") == [dek], name


# --- properties -------------------------------------------------------------------------------

# A sentence-case headline long enough to be read as a standfirst: a capitalised word, then
# six to twelve lower-case words, no full stop.
sentence_case_headlines = st.tuples(
    st.sampled_from(CAPITALISED), st.lists(st.sampled_from(WORDS), min_size=6, max_size=12)
).map(lambda parts: " ".join([parts[0], *parts[1]]))

# Lines above that are no headline: a label of one or two words, a date with its year, a
# category's field, a name in capitals.
not_headlines = st.one_of(
    st.lists(st.sampled_from(CAPITALISED), min_size=1, max_size=2).map(" ".join),
    st.tuples(st.sampled_from(CAPITALISED), st.integers(1990, 2030)).map(
        lambda parts: f"{parts[0]} {parts[1]}"
    ),
    st.tuples(st.sampled_from(CAPITALISED), st.sampled_from(WORDS)).map(
        lambda parts: f"{parts[0]}: {parts[1]}"
    ),
    st.lists(st.sampled_from(CAPITALISED), min_size=3, max_size=5).map(" ".join),
)


@given(
    above=not_headlines,
    headline=sentence_case_headlines,
    story=distinct_paragraphs(2, min_size=1, max_size=4),
)
def test_a_headline_under_a_line_that_is_no_headline_is_never_a_standfirst(
    above: str, headline: str, story: list[str]
) -> None:
    article = clean_keeping_story([above, headline, *story], story)
    assert headline not in removed_by(article, "standfirst")

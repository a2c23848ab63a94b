"""A lone byline by its language's label, in a language with no rule file (issue #12, bylines36).

`detect.bylines.mark_labelled_bylines` reads a line that is only a byline's label and the
author's names ("Tekst og foto Jørn Kildall", "Oprac. Magdalena Pawlik", "Af redaktionen") above
the story's first prose paragraph, just under it (a byline under the standfirst) or below its
last, for Danish, Norwegian, Swedish, Polish, Czech and Finnish: the labels are in
`data/lang/<code>.toml` (`byline_labels`, `newsroom_names`).

Negatives, in each language: a sentence that opens with the label's word and goes on in lower
case or with digits ("Af de 30 deltagere ..."), the byline among the story's paragraphs, a
sub-heading that is a person's name in an interview (no label), a label without its colon where
the language's label needs one ("Autor książki ..."). The rule-file languages' new shapes
(a glued "Von", a theme's date-von-name line, Joomla's "Scritto da X il", a clock-first
published/updated pair) are tested in the same way, with their look-alikes.
Properties: the story kept, removals in order, a second clean the same.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.detect.bylines import LABELLED_NAME, is_labelled_byline
from corpusclean.language import load_language
from strategies import examples
from test_properties import assert_idempotent

#: A headline and a story of two prose paragraphs in each language read here.
PAGE = {
    "da": (
        "Kagehuset fejrer sin fødselsdag",
        [
            "I den lille by Hovedgård har en særlig tradition fundet vej til borgernes hjerter, "
            "og hvert år samles mange mennesker foran bageriet for at se den nye kage.",
            "Bageren og hans hold af konditorer har igen i år overrasket med en kage, som de har "
            "arbejdet på i flere uger, og køen var lang allerede fra morgenstunden.",
        ],
    ),
    "nb": (
        "Bakeriet feirer bursdag",
        [
            "I den lille bygda har en spesiell tradisjon funnet veien til innbyggernes hjerter, "
            "og hvert år samles mange mennesker utenfor bakeriet for å se den nye kaken.",
            "Bakeren og hans lag av konditorer har igjen i år overrasket med en kake som de har "
            "jobbet med i flere uker, og køen var lang allerede fra morgenen av.",
        ],
    ),
    "sv": (
        "Bageriet firar födelsedag",
        [
            "I den lilla byn har en särskild tradition hittat vägen till invånarnas hjärtan, och "
            "varje år samlas många människor utanför bageriet för att se den nya tårtan.",
            "Bagaren och hans lag av konditorer har även i år överraskat med en tårta som de har "
            "arbetat med i flera veckor, och kön var lång redan från morgonen.",
        ],
    ),
    "pl": (
        "KGW Kalno z wizytą w Wojsławicach",
        [
            "Koło Gospodyń Wiejskich w Kalnie to grupa aktywnie działających kobiet, które "
            "organizują mnóstwo spotkań i wycieczek dla mieszkańców całej gminy.",
            "Wizyta w Wojsławicach była spacerem w bardzo urokliwym miejscu, a naszym oczom "
            "ukazał się krajobraz jak z obrazka, pełen kwiatów i starych drzew.",
        ],
    ),
    "cs": (
        "Obec opravila náves",
        [
            "Obecní zastupitelstvo schválilo na svém posledním zasedání opravu návsi, která "
            "bude stát několik milionů korun a potrvá až do konce letošního roku.",
            "Starosta obce uvedl, že se na opravu čekalo dlouhé roky a že lidé se mohou těšit "
            "na nové lavičky, stromy a také na dětské hřiště u rybníka.",
        ],
    ),
    "fi": (
        "Kylän kirjasto avattiin uudelleen",
        [
            "Kylän kirjasto avattiin uudelleen pitkän remontin jälkeen, ja ensimmäisenä "
            "päivänä sen ovista kävi sisään satoja uteliaita asukkaita ympäri kuntaa.",
            "Kirjastonhoitajan mukaan uusissa tiloissa on paljon enemmän tilaa lapsille ja "
            "nuorille, ja lukupiirit alkavat taas heti ensi viikon maanantaina.",
        ],
    ),
}
#: A third paragraph of each story, to stand below a line deep in the story.
MORE = {
    "da": (
        "Næste år vil bageriet gentage festen, og borgmesteren har allerede lovet at komme forbi "
        "for at smage på den nye kage sammen med byens børn."
    ),
    "nb": (
        "Neste år vil bakeriet gjenta festen, og ordføreren har allerede lovet å komme innom for å"
        " smake på den nye kaken sammen med bygdas barn."
    ),
    "sv": (
        "Nästa år ska bageriet upprepa festen, och kommunalrådet har redan lovat att komma förbi "
        "för att smaka på den nya tårtan tillsammans med byns barn."
    ),
    "pl": (
        "W przyszłym roku panie planują kolejne wyjazdy, a wójt gminy obiecał, że pomoże w "
        "organizacji wycieczki dla dzieci i seniorów z całej okolicy."
    ),
    "cs": (
        "Příští rok chce obec opravit také hasičskou zbrojnici a místní spolky už slíbily, že při "
        "práci pomohou, jak jen to bude možné."
    ),
    "fi": (
        "Ensi vuonna kirjasto aikoo järjestää myös kirjailijavierailuja, ja kunnan sivistysjohtaja"
        " lupasi, että aukioloaikoja pidennetään syksyllä."
    ),
}
#: Bylines each language prints alone, by its label.
BYLINES = {
    "da": [
        "Tekst og foto Jørn Kildall",
        "Af redaktionen",
        "Af Mette Frederiksen",
        "Tekst: Anna Berg",
    ],
    "nb": ["Av Kari Nordmann", "Tekst og foto: Ola Hansen", "Av redaksjonen"],
    "sv": ["Av Anna Lindqvist", "Text och foto: Erik Berg"],
    "pl": ["Oprac. Magdalena Pawlik", "Tekst i zdjęcia: Jan Kowalski", "Autor: Anna Nowak"],
    "cs": ["Text: Jana Nováková", "Autor: redakce"],
    "fi": ["Teksti: Anna Virtanen", "Teksti ja kuvat: Mikko Laine"],
}
#: Lines that open with a label's word and stay wherever they stand: a sentence, an
#: interview's sub-heading that is a name, a label without the colon it needs.
KEPT = {
    "da": ["Af de 30 deltagere kom 12 fra Ballerup.", "Af og til", "Mette Frederiksen"],
    "nb": ["Av de 30 deltakerne kom 12 fra Bergen.", "Kari Nordmann"],
    "sv": ["Av alla som kom var de flesta från Malmö.", "Text"],
    "pl": ["Autor książki mieszka w Krakowie.", "Tekst ustawy mówi o podatkach."],
    "cs": ["Text zákona mluví o daních.", "Autor knihy žije v Brně."],
    "fi": ["Teksti kertoo kylän historiasta."],
}


def _removed(code: str, lines: list[str], story: list[str]) -> list[str]:
    """Clean ``lines`` as the language, check the story kept and a second clean the same,
    and give the lines `mark_labelled_bylines` removed."""
    cleaner = Cleaner(Config(language=code))
    article = cleaner.clean("\n\n".join(lines))
    starts = [removal.start for removal in article.removed]
    assert starts == sorted(starts)
    kept = {article.title, *article.paragraphs}
    assert all(paragraph in kept for paragraph in story)
    assert_idempotent(cleaner, article)
    return [r.text for r in article.removed if r.rule == LABELLED_NAME]


CASES = [(code, line) for code, lines in BYLINES.items() for line in lines]


@pytest.mark.parametrize(("code", "line"), CASES)
def test_a_labelled_byline_goes_above_under_the_lead_and_at_the_foot(code: str, line: str) -> None:
    headline, story = PAGE[code]
    assert is_labelled_byline(line, load_language(code))
    assert _removed(code, [headline, line, *story], story) == [line]
    assert _removed(code, [headline, story[0], line, story[1], MORE[code]], story) == [line]
    assert _removed(code, [headline, *story, line], story) == [line]


@pytest.mark.parametrize(("code", "line"), CASES)
def test_a_labelled_byline_deep_in_the_story_stays(code: str, line: str) -> None:
    # Past the lead's edge (`LEAD_EDGE_BLOCKS`): a list of contributors among the paragraphs.
    headline, story = PAGE[code]
    body = [story[0], story[1], MORE[code], line, story[0] + " " + MORE[code]]
    assert _removed(code, [headline, *body], story) == []


@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in KEPT.items() for line in lines]
)
def test_a_sentence_or_a_name_alone_stays(code: str, line: str) -> None:
    headline, story = PAGE[code]
    assert not is_labelled_byline(line, load_language(code))
    assert _removed(code, [headline, line, *story], story) == []
    assert _removed(code, [headline, *story, line], story) == []


def test_two_labelled_bylines_under_the_lead_are_the_storys_list() -> None:
    # As the rules' `_under_first_paragraph`: a byline under the standfirst is the only one in
    # the body; two there are the story's own list of contributors, and stay.
    headline, story = PAGE["da"]
    lines = [
        headline,
        story[0],
        "Af Jørn Kildall",
        "Tekst og foto Anna Berg",
        *story[1:],
        MORE["da"],
    ]
    assert _removed("da", lines, story) == []


def test_a_language_with_a_rule_file_reads_no_labels() -> None:
    # German writes its bylines in news_de.toml's `byline`, whose edge scope decides.
    assert not is_labelled_byline("Text: Anna Berg", load_language("de"))


@settings(max_examples=examples(30), deadline=None)
@given(
    extra=st.lists(
        st.sampled_from(
            ("Tekst og foto Jørn Kildall", "Af redaktionen", "Af de 30 deltagere kom 12.", "Af")
        ),
        max_size=3,
    ),
    at=st.integers(min_value=0, max_value=2),
)
def test_labelled_bylines_anywhere_never_take_the_story(extra: list[str], at: int) -> None:
    headline, story = PAGE["da"]
    removed = _removed("da", [headline, *story[:at], *extra, *story[at:]], story)
    assert all(is_labelled_byline(line, load_language("da")) for line in removed)


#: Rule-file languages: (language, line, removed under a headline over a story).
RULE_LINES = [
    ("de", "VonAndreas Meier", True),
    ("de", "8. März 2017 von Christine Hassler - 2 Comments", True),
    ("de", "8. März 2017 von Christine Hassler", True),
    ("de", "12. Juni 2021 von 14 bis 17", False),
    ("de", "1. Mai 2020 von der Stadt", False),
    ("de", "Vonovia Wohnungen", False),
    ("it", "Scritto da Pro Loco il .", True),
    ("it", "Scritto da Mario Rossi il 12 marzo 2014", True),
    ("it", "Scritto da un autore anonimo, il libro", False),
    ("it", "Scritto da Umberto Eco il romanzo", False),
    ("es", "Publicado por Ana Pérez", True),
    ("es", "Publicado por primera vez en 1605", False),
    ("pt", "Publicado por Ana Silva", True),
    ("pt", "Publicado por engano no jornal", False),
    ("en", "PUBLISHED: 15:22 17 September 2018 | UPDATED: 15:22 17 September 2018", True),
    ("en", "PUBLISHED: 15:22 17 September 2018 | UPDATED the rules for the lifeboat", False),
]
RULE_STORY = {
    "de": [
        "Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, "
        "mit neuen Mitteln für die Schulen und die Feuerwehr.",
        "Die Opposition kritisierte die Pläne als zu teuer, stimmte am Ende aber mit, weil die "
        "Schulen dringend renoviert werden müssen.",
    ],
    "it": [
        "Conclusa la sagra, terminato il lungo lavoro di sistemazione del materiale e pagati i "
        "fornitori, possiamo fare un primo bilancio della festa di quest'anno.",
        "Buona la partecipazione, con una forte affluenza di visitatori fin dalla prima sera, "
        "superiore a quella delle edizioni precedenti.",
    ],
    "es": [
        "El ayuntamiento aprobó ayer el presupuesto para el próximo año, con nuevos fondos para "
        "las escuelas y los bomberos de la ciudad.",
        "La oposición criticó los planes por considerarlos demasiado caros, pero al final votó a "
        "favor de las obras.",
    ],
    "pt": [
        "A câmara aprovou ontem o orçamento para o próximo ano, com novos fundos para as escolas "
        "e os bombeiros da cidade inteira.",
        "A oposição criticou os planos por serem demasiado caros, mas no fim votou a favor das "
        "obras nas escolas.",
    ],
    "en": [
        "In this column a volunteer from the lifeboat station explains what happens when the "
        "crew is called out to rescue people at sea.",
        "It is called many different things, a call-out, a rescue or a shout, but what it means "
        "is the same: someone is in trouble and needs help.",
    ],
}


@pytest.mark.parametrize(("code", "line", "goes"), RULE_LINES)
def test_rule_file_bylines_at_the_head(code: str, line: str, goes: bool) -> None:
    story = RULE_STORY[code]
    cleaner = Cleaner(Config(language=code))
    article = cleaner.clean("\n\n".join(["Headline of the story", line, *story]))
    removed = [r.text for r in article.removed]
    assert (line in removed) is goes
    assert all(paragraph in article.paragraphs for paragraph in story)

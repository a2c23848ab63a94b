"""A related box whose stories each carry their section's tag (issue #12, general28).

`tagged_cards` reads, under a related box's label, a run of headline-and-tag pairs whose tags
repeat ("Mercadona abre supermercado em Leiria" / "Retalho" / ...), the shape of general28's
half A, and makes their removal certain, so the removal budget no longer keeps the box when
the story under it is short. What stays: an article's own lists of names with a category under
each (no related label over them), a label used as the story's sub-heading, pairs whose tags
never repeat (a programme's days), two pairs only, a quoted slogan and a short sub-heading
between paragraphs, a list under an information heading a rule reads as a label ("Más
información"). Properties: article-only input loses nothing, order kept, idempotent; a
box added under any story goes and the story stays.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from corpusclean.detect.facts import Facts
from corpusclean.detect.tagged import NAME, mark_tagged_cards
from corpusclean.language import load_language, load_related_words
from corpusclean.model import KEEP, Block, Verdict
from strategies import CAPITALISED, WORDS, distinct_paragraphs, examples, headings
from test_properties import clean_keeping_story, removed_by

PT_STORY = [
    "Como veem as crianças as lojas em 2040? Desafiamos os mais pequenos a partilharem as "
    "suas ideias sobre o futuro das lojas. O resultado é surpreendente.",
    "Na sua grande maioria com oito anos, as crianças do terceiro ano da escola básica "
    "abraçaram o desafio visivelmente empenhadas e responderam depois de alguma hesitação.",
]

TITLE = "Crianças adivinham como serão as lojas em 2040"

STORY_PT_LONG = (
    "A Câmara Municipal aprovou na noite de terça-feira o orçamento do próximo ano com os "
    "votos da maioria, depois de um longo debate que durou mais de quatro horas e meia na "
    "sala do plenário."
)

PT_BOX = [
    "Artigos relacionados",
    "Mercadona abre supermercado em Leiria",
    "Retalho",
    "MO reabre loja remodelada em Sintra",
    "Retalho",
    "Estudo da GS1 sinaliza necessidade de maior colaboração",
    "Logística",
    "Portfolio Vinhos com a representação exclusiva de Marqués de Riscal",
    "Bebidas",
    "Grupo os Mosqueteiros reforça apoio aos bombeiros",
    "Retalho",
    "InPost supera os 11 mil pontos pack e lockers em Portugal",
    "Logística",
]

DE_STORY = [
    "Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr mit großer "
    "Mehrheit verabschiedet. Nur zwei Mitglieder der Opposition stimmten dagegen.",
    "Kämmerin Petra Lange sprach von einem soliden Zahlenwerk, das trotz steigender "
    "Energiekosten ohne neue Schulden auskomme.",
]

EN_STORY = [
    "Alibaba has won approval for its secondary listing in Hong Kong, people familiar with "
    "the matter said on Tuesday, clearing the way for the largest share sale of the year.",
    "The company plans to raise about 13 billion dollars, according to the filing.",
]


def _certain_after(texts: list[str], first: Verdict = KEEP) -> list[bool]:
    """Which blocks `mark_tagged_cards` makes certain removals, the first block's verdict
    given (a rule's removal of a label, or KEEP)."""
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    verdicts = [first] + [KEEP] * (len(texts) - 1)
    mark_tagged_cards(blocks, verdicts, Facts(load_language("en")))
    return [v.certain and not v.keep for v in verdicts]


RULE_LABEL = Verdict(keep=False, rule="related_list", family="related")


# --- what stays -----------------------------------------------------------------------------


def test_an_articles_list_of_shops_with_their_trade_stays() -> None:
    # The pair shape with repeated tags, but no related label over it: the story's own list.
    shops = [
        "Fran abriu uma loja de moda na via Muzzi",
        "Moda",
        "Klabaus abriu um centro diurno para cães",
        "Serviços",
        "Dragonia abriu para os fãs de jogos de tabuleiro",
        "Lazer",
        "Machete abriu uma barbearia no Corso Mazzoni",
        "Serviços",
    ]
    removed = removed_by([PT_STORY[0], "As novas lojas do centro", *shops, PT_STORY[1]])
    assert not set(shops) & set(removed)
    assert not any(_certain_after(["As novas lojas do centro", *shops]))


def test_a_label_used_as_the_storys_sub_heading_stays() -> None:
    # Prose under the label is no pair.
    texts = ["Artigos relacionados", PT_STORY[0], "Retalho", PT_STORY[1], "Retalho"]
    assert not any(_certain_after(texts, RULE_LABEL))


def test_pairs_whose_tags_never_repeat_are_not_certain() -> None:
    # A programme under a related-like heading prints a different day under each talk.
    programme = [
        "Related articles",
        "Opening talk by the minister of finance",
        "Monday",
        "Panel on the budget of the coming year",
        "Tuesday",
        "Closing remarks by the mayor of the city",
        "Wednesday",
    ]
    assert not any(_certain_after(programme))


def test_an_information_heading_a_rule_took_is_no_box_label() -> None:
    # Probe session24c: an article's own list of names with a repeated category under an
    # information heading that a list rule reads as a box's label ("Más información", "See
    # also"). The rule's removal stays ambiguous, so the removal budget still decides.
    museums = [
        "Más información",
        "Museo de la Imprenta y el Grabado",
        "Madrid",
        "Centro de Arte Contemporáneo del Puerto",
        "Bilbao",
        "Museo del Ferrocarril y la Minería",
        "Madrid",
    ]
    shows = [
        "See also",
        "The Last Laugh at the Lighthouse",
        "Comedy",
        "A Dog Called Hamlet",
        "Theatre",
        "Twelve Minutes in a Broken Lift",
        "Comedy",
    ]
    assert not any(_certain_after(museums, RULE_LABEL))
    assert not any(_certain_after(shows, RULE_LABEL))
    # The same pairs under a related box's own label go.
    assert all(_certain_after(["Lesen Sie auch", *shows[1:]], RULE_LABEL))


def test_two_pairs_are_not_a_box() -> None:
    texts = PT_BOX[:5]
    assert not any(_certain_after(texts, RULE_LABEL))


def test_a_short_sub_heading_and_a_quoted_slogan_stay() -> None:
    # A campaign's slogans, each with the party that printed it, between two paragraphs:
    # the pair shape and a repeated tag, but no related label over them.
    lines = [
        DE_STORY[0],
        "Die Slogans im Wahlkampf",
        "„Wir sind eine Zukunftsregion für alle“",
        "CSU",
        "„Mehr Busse für die Dörfer im Landkreis“",
        "Grüne",
        "„Sichere Arbeitsplätze in der Region“",
        "CSU",
        DE_STORY[1],
    ]
    assert not any(_certain_after(lines))
    assert not set(lines) & set(removed_by(lines))


def test_a_tag_has_no_digit_no_stop_and_a_capital() -> None:
    # Scores, dates and sentences under each headline are no section tags.
    for tags in (
        ["3-1", "2-2", "3-1"],
        ["Monday, 12", "Monday, 12", "Monday, 12"],
        ["Retail.", "Retail.", "Retail."],
        ["retail", "retail", "retail"],
    ):
        texts = ["Related articles"]
        for number, tag in enumerate(tags):
            texts += [f"Another headline about the market number {number}", tag]
        assert not any(_certain_after(texts)), tags


def test_a_storys_sub_heading_and_short_paragraph_under_a_box_stay() -> None:
    # Left to the pass after the certain removals, the label's list scope would take, from
    # the label on, the story's lines under the box that the box's pairs had filled before.
    pairs = []
    for number in range(8):
        pairs += [
            f"Nova loja abre as portas no centro comercial número {number}",
            ("Retalho", "Logística")[number % 2],
        ]
    under = [
        "O que disseram os vereadores",
        "A oposição votou contra e disse que o orçamento não responde aos bairros.",
        "As próximas etapas",
        "O documento segue agora para publicação no diário oficial do município.",
    ]
    lines = [TITLE, STORY_PT_LONG, "Artigos relacionados", *pairs, *under, PT_STORY[1]]
    removed = removed_by(lines)
    assert not set(under) & set(removed)
    assert set(pairs) <= set(removed)


def test_only_tag_shaped_lines_a_rule_removed_go_with_the_box() -> None:
    # After the pairs: a menu of sections the list rule took goes with the box; a line the
    # rules kept, or a longer one, stops the reading.
    texts = [*PT_BOX, "Business", "Markets", "Follow us for breaking news:", "Sport"]
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    verdicts = [RULE_LABEL] * len(texts)
    mark_tagged_cards(blocks, verdicts, Facts(load_language("pt")))
    assert [v.certain for v in verdicts] == [True] * (len(PT_BOX) + 2) + [False, False]
    verdicts = [RULE_LABEL] * len(PT_BOX) + [KEEP, RULE_LABEL, RULE_LABEL, RULE_LABEL]
    mark_tagged_cards(blocks, verdicts, Facts(load_language("pt")))
    assert [v.certain for v in verdicts[len(PT_BOX) :]] == [False, False, False, False]


# --- what goes ------------------------------------------------------------------------------


def test_the_pairs_under_a_portuguese_box_go_for_certain() -> None:
    certain = _certain_after(PT_BOX, RULE_LABEL)
    assert certain == [True] * len(PT_BOX)


def test_a_box_over_a_short_story_goes_despite_the_budget() -> None:
    # The story is short (an excerpt cut after its head): the related_list rule alone was
    # kept by the removal budget; the pairs' shape makes it certain.
    lines = [PT_STORY[0], *PT_BOX, PT_STORY[1]]
    removed = removed_by(lines)
    assert set(PT_BOX[1:]) <= set(removed)


def test_an_english_box_with_each_writers_name_goes() -> None:
    box = [
        "Related articles",
        "Alibaba's secondary Hong Kong listing gets exchange approval",
        "Anna Menin",
        "Chinese e-commerce giant Alibaba eyes Hong Kong listing",
        "James Booth",
        "Alibaba poised to launch record-breaking Hong Kong listing",
        "Anna Menin",
    ]
    assert _certain_after(box) == [True] * 7
    removed = removed_by([*EN_STORY, *box])
    assert set(box[1:]) <= set(removed)


def test_a_kept_pair_is_named_after_the_detector() -> None:
    # A label of any shipped language's list, kept by the rules: the pairs are ours.
    blocks = [
        Block(text, i, i + 1) for i, text in enumerate(["Notícias relacionadas", *PT_BOX[1:]])
    ]
    verdicts = [KEEP] * len(blocks)
    mark_tagged_cards(blocks, verdicts, Facts(load_language("pt")))
    assert {v.rule for v in verdicts[1:]} == {NAME}


# --- properties -----------------------------------------------------------------------------

_tags = st.sampled_from(("Retalho", "Bebidas", "Politik", "Sport", "Economia", "Cultuur"))
_headlines = st.lists(st.sampled_from(CAPITALISED + WORDS), min_size=4, max_size=12).map(" ".join)


@settings(max_examples=examples(60))
@given(
    pairs=st.lists(st.tuples(_headlines, _tags), min_size=3, max_size=8),
    story=distinct_paragraphs(min_size=0, max_size=3),
    heading=headings,
)
def test_without_a_related_label_nothing_changes(
    pairs: list[tuple[str, str]], story: list[str], heading: str
) -> None:
    # An article's own lists and sub-headings, whatever their tags: no verdict changes.
    assume(load_related_words().related_label.fullmatch(heading) is None)
    texts = [*story, heading, *(line for pair in pairs for line in pair)]
    assert not any(_certain_after(texts))


@settings(max_examples=examples(40))
@given(story=distinct_paragraphs(min_size=1, max_size=5))
def test_a_box_under_any_story_goes_and_the_story_stays(story: list[str]) -> None:
    # Whatever language the story makes the document read as, the label is one every
    # shipped language knows ("Notícias relacionadas"); a title stands first.
    lines = [TITLE, *PT_STORY, *story, "Notícias relacionadas", *PT_BOX[1:]]
    article = clean_keeping_story(lines, [*PT_STORY, *story])
    assert {r.text for r in article.removed} >= set(PT_BOX[1:])


@settings(max_examples=examples(40))
@given(story=distinct_paragraphs(min_size=1, max_size=6))
def test_article_only_input_loses_nothing(story: list[str]) -> None:
    article = clean_keeping_story([TITLE, *story], story)
    assert not any(r.rule == NAME for r in article.removed)

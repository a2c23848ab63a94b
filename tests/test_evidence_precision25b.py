"""Content the cleaner removed on the real-pages sets' held-out halves (issue #12,
precision25b): a paragraph's first part broken onto its own line under the title is not a
standfirst. What each reading keeps and, beside it, the junk its rule exists for."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import corpusclean
from strategies import CAPITALISED, WORDS, examples, words_of

TITLE = "City council approves the budget for the coming fiscal year"
# A local paper's story whose first paragraph the page printed over two lines, broken mid-
# sentence: the first part has a standfirst's length and no sentence end.
OPENING = (
    "The wait is over for the town's spending plan for next year. After the council "
    "delayed its vote on the"
)
RUN_ON = "plan at last month's meeting, members voted for it without debate on Tuesday."
STORY = [
    "The council had called the special session in advance, so that the budget would be its "
    "only item rather than one of dozens on a regular agenda.",
    "The mayor said there were many things in the plan to be proud of, starting with the "
    "money set aside for road repairs and the new library hours.",
]
LOWER_WORDS = tuple(word for word in WORDS if word.islower())
DEK = "Members back the spending plan after a month of delay over road repairs"


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


def test_a_paragraphs_first_part_under_the_title_stays() -> None:
    article = corpusclean.clean("\n".join([TITLE, OPENING, RUN_ON, *STORY]))
    assert removed_by(article, "standfirst") == []
    assert article.paragraphs[:2] == (OPENING, RUN_ON)


def test_a_standfirst_over_a_story_that_opens_with_a_capital_still_goes() -> None:
    opening = "After the council delayed its vote last month, members approved the plan."
    article = corpusclean.clean("\n".join([TITLE, DEK, opening, *STORY]))
    assert removed_by(article, "standfirst") == [DEK]


@settings(max_examples=examples(60))
@given(
    head=st.lists(st.sampled_from(WORDS), min_size=7, max_size=14),
    run=st.sampled_from(LOWER_WORDS),
    tail=st.lists(st.sampled_from(WORDS), min_size=5, max_size=14),
    first=st.sampled_from(CAPITALISED),
)
def test_a_sentence_broken_under_the_title_is_never_a_standfirst(
    head: list[str], run: str, tail: list[str], first: str
) -> None:
    """Invariant: a line whose sentence runs on into a lower-case line is a paragraph's part.

    A lower-case line with the opening's words ("Council the the ..." over "council the
    the ... .") runs nothing on: it is the opening printed again, which duplicate repair
    removes (`test_the_opening_printed_again_is_a_copy_not_a_run_on`), and is drawn out.
    """
    opening = " ".join([first, *head])
    run_on = " ".join([run, *tail]) + "."
    assume(words_of(run_on) != words_of(opening))
    article = corpusclean.clean("\n".join([TITLE, opening, run_on, *STORY]))
    assert opening not in removed_by(article, "standfirst")


def test_the_opening_printed_again_is_a_copy_not_a_run_on() -> None:
    """The thorough profile's draw (thorough26): the same words on both lines. The second
    is the first printed again, and goes as a copy; with no run-on under it, the first line
    is the standfirst's shape over the story."""
    opening = "Council " + " ".join(["the"] * 14)
    copy = opening.lower() + "."
    article = corpusclean.clean("\n".join([TITLE, opening, copy, *STORY]))
    assert removed_by(article, "duplicate_paragraph") == [copy]
    # A line that runs on with other words stays, as the property says.
    run_on = "council " + " ".join(["the"] * 13) + " people."
    article = corpusclean.clean("\n".join([TITLE, opening, run_on, *STORY]))
    assert article.paragraphs[:2] == (opening, run_on)


# --- a fact box's date row ------------------------------------------------------------------

REPORT_TITLE = "Reisebus muss wegen defekter Bremsen auf dem Rastplatz bleiben"
REPORT = [
    "Die Polizei hat am Donnerstag auf der Autobahn zahlreiche Reisebusse und Lastwagen "
    "kontrolliert und dabei viele Mängel festgestellt.",
    "Einem Busfahrer wurde die Weiterfahrt untersagt, weil die Bremsanlage seines Fahrzeugs "
    "defekt war, wie ein Sprecher der Polizei mitteilte.",
]
DATE_ROW = "Datum: Donnerstag, 26. Mai 2016"
PLACE_ROW = "Ort: A24, Raststätte Linumer Bruch, Fehrbellin"
EVENT_TITLE = "Volunteers to plant trees along the river"
EVENT = [
    "Volunteers will plant two hundred trees along the river path on Saturday morning, the "
    "parks department said on Monday.",
    "The council has asked residents to bring gloves and spades, and it will provide the "
    "trees, water and lunch for every helper.",
]


def test_a_reports_date_row_over_its_place_row_stays() -> None:
    for title, rows, story in (
        (REPORT_TITLE, [DATE_ROW, PLACE_ROW], REPORT),
        (REPORT_TITLE, [PLACE_ROW, DATE_ROW], REPORT),
        (EVENT_TITLE, ["Date: Saturday, May 4, 2024", "Venue: Riverside Park, north gate"], EVENT),
    ):
        article = corpusclean.clean("\n".join([title, *rows, *story]))
        assert removed_by(article, "date_line") == [], rows
        assert article.paragraphs[: len(rows)] == tuple(rows)


def test_a_date_stamp_still_goes_alone_or_beside_meta_rows() -> None:
    for rows, stamp in (
        ([DATE_ROW], DATE_ROW),  # a stamp alone
        ([DATE_ROW, "Autor: Hans Meier"], DATE_ROW),  # beside a byline its rule removes
        ([DATE_ROW, "Lesezeit: 3 Minuten"], DATE_ROW),  # beside a reading time
        (["Veröffentlicht: 12.03.2020", "Von: Hans Meier"], "Veröffentlicht: 12.03.2020"),
        (["Donnerstag, 26. Mai 2016", PLACE_ROW], "Donnerstag, 26. Mai 2016"),  # no label
    ):
        article = corpusclean.clean("\n".join([REPORT_TITLE, *rows, *REPORT]))
        assert removed_by(article, "date_line") == [stamp], rows


# --- a copy of the title that the story's sentence announces ----------------------------------

POST_TITLE = "Leistungsbeschreibung für Root-Server"
POST = [
    "Unsere Geschäftsbedingungen sind über die Jahre sehr lang geworden, und viele Kunden "
    "haben uns gefragt, was darin eigentlich zu den Servern steht.",
    "Deshalb haben wir für unsere Root-Server eine eigene Beschreibung der Leistungen "
    "geschrieben, die ab sofort Teil jedes Vertrags ist:",
    POST_TITLE,
    "Sie ist lang geworden, aber sie ist auch für Leser ohne juristische Kenntnisse gut "
    "verständlich, und für die anderen Produkte folgt sie bald.",
]


def test_a_title_copy_that_the_story_announces_stays() -> None:
    article = corpusclean.clean("\n".join([POST_TITLE, *POST]))
    assert removed_by(article, "duplicate_title") == []
    assert POST_TITLE in article.paragraphs


def test_a_title_copy_under_a_boxs_label_or_in_the_story_still_goes() -> None:
    for above in ("Teilen Sie diesen Beitrag:", POST[0]):
        lines = [POST_TITLE, *POST[:1], above, POST_TITLE, POST[3]]
        article = corpusclean.clean("\n".join(lines))
        assert removed_by(article, "duplicate_title") == [POST_TITLE], above


# --- the headline under a related label at the document's head ---------------------------------

BLOG_HEADLINE = "SANTA CECÍLIA - RETOMADA DAS OBRAS DO PORTAL DA AVENIDA"
BLOG_POST = [
    "O prefeito se reuniu nesta sexta-feira em seu gabinete com o secretário de Obras para "
    "definir metas e a retomada das obras do Portal da Avenida, paradas desde janeiro.",
    "A Secretaria de Obras também vai recuperar as ruas prejudicadas pelas chuvas, começando "
    "pelas esquinas do centro da cidade na próxima semana.",
]


def test_a_headline_under_a_related_label_at_the_head_stays() -> None:
    article = corpusclean.clean("\n".join(["Posts relacionados", BLOG_HEADLINE, *BLOG_POST]))
    assert BLOG_HEADLINE in (article.title, *article.paragraphs)
    assert "Posts relacionados" in [removal.text for removal in article.removed]


def test_another_storys_headline_under_a_related_label_at_the_head_still_goes() -> None:
    other = "Prefeitura abre inscrições para a feira de artesanato de julho"
    article = corpusclean.clean("\n".join(["Posts relacionados", other, *BLOG_POST]))
    assert other in [removal.text for removal in article.removed]

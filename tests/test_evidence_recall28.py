"""Three kinds of junk read on the general sets' half A (issue #12, recall28), caught by shape
and position on any site: a weather widget's readings outside the story
(`weather.WEATHER`), a photo's upload name from a messenger, a phone's screenshot or a
social network (`identifiers.FILE_NAME`), and a byline ending in a footnote mark
(`run.footnoted_text`). What stays first, then what goes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect.identifiers import FILE_NAME
from corpusclean.detect.weather import WEATHER, is_weather_reading
from corpusclean.run import footnoted_text
from strategies import examples, prose_stories
from test_properties import clean_keeping_story, removed_by

DE_STORY = [
    "Die Schülerinnen und Schüler liefen am Freitag mehr als tausend Runden um den Sportplatz "
    "und sammelten so Geld für eine Partnerschule in Afrika, sagte die Rektorin.",
    "Der Spendentag klang für die fleißigen Sammler später mit einem Schulfest neben dem Ziel "
    "aus, zu dem auch viele Eltern und Großeltern kamen.",
]
EN_STORY = [
    "Hundreds of cyclists took to the roads on Sunday to raise money for the hospice, "
    "riding routes of between 23 and 80 miles across the county.",
    "The charity said the event had raised more than it did last year, and thanked the "
    "volunteers who kept the riders fed and watered along the way.",
]
ES_STORY = [
    "Esta semana han quedado abiertos al público los tres parques financiados con cargo al "
    "programa de la Diputación Provincial, informó el ayuntamiento.",
    "Esperamos que nuestras niñas, niños y jóvenes disfruten de estas nuevas instalaciones, "
    "dijo la alcaldesa durante la visita del jueves.",
]
# A weather report: the story talks about temperatures, so its readings are its own.
DE_FORECAST = [
    "Der Deutsche Wetterdienst erwartet für das Wochenende einen deutlichen Temperatursturz, "
    "nachdem es am Freitag noch bis zu 24 °C warm werden soll.",
    "Am Sonntag ziehen von Westen her kräftige Schauer auf, teils mit Gewitter, sagte ein "
    "Sprecher des Wetterdienstes in Offenbach.",
]
FORECAST_ROWS = ["Samstag: 9 / 14° C, Regen 80 %", "Sonntag: 7 / 11° C, Wind 40 km/h"]
# Lines the change must not touch, next to its junk: a credited quote, a short sub-heading,
# a dateline, a list inside the article, a sentence that mentions a photo.
KEEPERS = [
    "„Wir sind stolz auf jeden einzelnen Läufer“, sagte Schulleiterin Anna Berger.",
    "Die Sieger",
    "REUTLINGEN (dpa) -",
    "- 1. Platz: Klasse 7b",
    "- 2. Platz: Klasse 9a",
    "Das Foto zeigt die Läufer kurz vor dem Start am Freitagmorgen vor der Turnhalle.",
]
DE_READINGS = [
    "Bedeckt 9 / 12° C Luftfeuchte: 75% |",
    "Bedeckt 11 / 12° C Luftfeuchte: 75% |",
]


# --- what stays -----------------------------------------------------------------------------


def test_a_forecast_inside_a_weather_report_stays() -> None:
    # Between the paragraphs (a list inside the article) and after them: the story holds a
    # degree sign, so its rows are its own.
    for lines in (
        [DE_FORECAST[0], *FORECAST_ROWS, DE_FORECAST[1]],
        [*DE_FORECAST, *FORECAST_ROWS],
    ):
        removed = removed_by(lines)
        assert not any(row in removed for row in FORECAST_ROWS), removed


def test_a_reading_inside_the_story_stays() -> None:
    # Between two prose paragraphs of a story that does not talk about the weather.
    line = DE_READINGS[0]
    assert line not in removed_by([DE_STORY[0], line, DE_STORY[1]])


def test_one_temperature_a_sentence_an_oven_and_an_ordinal_stay() -> None:
    for line in (
        "Berlin 12°C",
        "Am Freitag war es mit 35° C der heißeste Tag des Jahres, 60% mehr Besucher kamen.",
        "Backofen: 180 °C / 160 °C Umluft",
        "2° trimestre: +5%",
        "Cloudy 48°F",
    ):
        assert not is_weather_reading(line, len(line.split())), line
        assert removed_by([*DE_STORY, line]).get(line) != WEATHER, line


def test_a_page_of_readings_with_no_story_stays() -> None:
    lines = ["Wetter in Reutlingen", *DE_READINGS]
    assert not any(line in removed_by(lines) for line in DE_READINGS)


def test_lines_near_the_new_junk_stay() -> None:
    lines = [*DE_STORY[:1], *KEEPERS, DE_STORY[1], *DE_READINGS, "IMG-20230512-WA0007"]
    removed = removed_by(lines)
    assert not any(line in removed for line in KEEPERS), removed
    assert all(removed.get(line) == WEATHER for line in DE_READINGS), removed


def test_numbers_that_are_no_upload_name_stay() -> None:
    # Groups too short for a network's ids, too few of them, a prefix with no serial.
    for line in ("1234_5678_9012_a", "12345_678_9_x", "IMG-2021-WAX", "16244372_436922_o"):
        assert line not in removed_by([*ES_STORY, line]), line
    inside = (
        "La foto 162443729_4369220303107788_2058680206762677194_o circuló en redes, según "
        "el ayuntamiento."
    )
    assert inside not in removed_by([*ES_STORY, inside])


PT_STORY = [
    "Na sua grande maioria com oito anos, as crianças do terceiro ano da escola abraçaram o "
    "desafio visivelmente empenhadas e responderam depois de alguma hesitação.",
    "Com as crianças de olhos fechados, o workshop avança e todos querem dizer alguma coisa "
    "sobre o futuro das lojas e dos supermercados.",
]


def test_lines_ending_in_a_mark_that_are_no_byline_stay() -> None:
    # A price's footnote, a sentence's, a quote's: the story's own, kept.
    for line in (
        "Preço: 19,99 €*",
        "As lojas vão mudar muito até 2040, disse a diretora da escola.*",
        "„Vamos fechar os olhos e imaginar que estamos em 2040!“*",
    ):
        assert line not in removed_by(["Crianças imaginam as lojas", *PT_STORY, line]), line
    # A form's required field and a section mark: whatever goes, no byline does.
    for line in ("Nome *", "* * *"):
        assert removed_by(["Crianças imaginam as lojas", *PT_STORY, line]).get(line) != "byline"


def test_a_footnote_mark_is_stripped_only_at_the_end() -> None:
    assert footnoted_text("Por Rita Gonçalves*") == "Por Rita Gonçalves"
    assert footnoted_text("*Por Rita Gonçalves") is None
    assert footnoted_text("By Jane Doe****") is None  # more marks than a footnote's


# --- what goes ------------------------------------------------------------------------------


def test_a_weather_widget_after_the_story_goes_in_german_and_english() -> None:
    removed = removed_by([*DE_STORY, *DE_READINGS])
    assert all(removed.get(line) == WEATHER for line in DE_READINGS), removed
    en = ["Cloudy 48 / 54°F Humidity: 80%", "Rain 45°F Wind 12 mph"]
    removed = removed_by([*en, "Cyclists raise money for hospice", *EN_STORY])
    assert all(removed.get(line) == WEATHER for line in en), removed


def test_upload_names_go_in_spanish_and_english() -> None:
    facebook = "162443729_4369220303107788_2058680206762677194_o"
    removed = removed_by(["APERTURA DE PARQUES", facebook, "19/03/2021", *ES_STORY])
    assert removed.get(facebook) == FILE_NAME, removed
    for line in ("IMG-20230512-WA0007.jpg", "Screenshot_20230512-101530", "• IMG-20230512-WA0007"):
        assert removed_by([*EN_STORY, line]).get(line) == FILE_NAME, line


def test_a_byline_with_a_footnote_mark_goes_in_portuguese_and_english() -> None:
    line = "Por Rita Gonçalves*"
    assert removed_by(["Crianças imaginam as lojas", line, *PT_STORY]).get(line) == "byline"
    line = "By John Smith†"
    removed = removed_by(["Cyclists raise money for hospice", line, *EN_STORY])
    assert removed.get(line) == "byline", removed


# --- properties -----------------------------------------------------------------------------


@settings(max_examples=examples(40))
@given(prose_stories(), st.integers(min_value=0, max_value=2))
def test_a_story_loses_only_the_widget_and_the_names(story: list[str], where: int) -> None:
    junk = [DE_READINGS[0], "IMG-20230512-WA0007", "Screenshot_20230512-101530"]
    lines = [*story[:where], *story[where:], *junk] if where else [*junk[1:], *story, junk[0]]
    article = clean_keeping_story(lines, story)
    assert {r.text for r in article.removed} >= set(junk)


@settings(max_examples=examples(40))
@given(prose_stories(), st.sampled_from(FORECAST_ROWS), st.booleans())
def test_a_weather_story_keeps_its_readings(story: list[str], row: str, inside: bool) -> None:
    # The story mentions a temperature in prose: no reading of it goes, inside or after.
    told = [*story, "Am Freitag stiegen die Temperaturen auf 24 °C, so warm wie nie im Mai."]
    lines = [told[0], row, *told[1:]] if inside else [*told, row]
    article = clean_keeping_story(lines, told)
    assert row not in {r.text for r in article.removed}


@settings(max_examples=examples(40))
@given(prose_stories(), st.sampled_from(("*", "**", "†", " *")))
def test_a_footnoted_byline_goes_and_the_story_stays(story: list[str], mark: str) -> None:
    byline = "By John Smith" + mark
    article = clean_keeping_story(["Council approves new budget", byline, *story], story)
    assert byline in {r.text for r in article.removed}

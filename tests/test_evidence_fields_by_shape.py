"""Byline fields, stamps and photo file names by shape, in any language (issue #12): each
shape with the real content it must leave (article text written for these tests, no page
text).

- an empty field: a label and a colon alone, beside other metadata, or split over the
  document's last two lines with its value (`fields.EMPTY_FIELD`);
- a date stamp with its dates stripped ("Posted , updated"; `fields._is_stripped_stamp`);
- a camera's or an upload's image file name alone on its line, and a short gallery item
  between two (`identifiers.FILE_NAME`).
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.fields import EMPTY_FIELD, FIELDS_MIN_LABELS, _colon_rich
from corpusclean.detect.identifiers import FILE_NAME
from corpusclean.model import Block
from corpusclean.text import is_prose, word_count
from strategies import CAPITALISED, article_texts, examples
from test_properties import clean_keeping_story, removed_by

NEW_RULES = (EMPTY_FIELD, FILE_NAME)

STORY = {
    "de": [
        "Die Polizei hat am Dienstag in der Innenstadt einen Mann festgenommen, der zuvor "
        "mehrere Autos beschädigt haben soll. Die Beamten fanden ihn kurz darauf im Hinterhof.",
        "Nach Angaben eines Sprechers war der Mann stark alkoholisiert. Gegen ihn wird nun "
        "wegen Sachbeschädigung in mehreren Fällen ermittelt, der Schaden liegt bei 12.000 Euro.",
    ],
    "en": [
        "Floods this week caught residents off guard as waters rose through homes and shops "
        "across the valley, and dozens of families spent the night in the town hall.",
        "Emergency crews said the river would stay high until the weekend, and asked people "
        "in the lower streets to keep their cars and valuables on higher ground.",
    ],
    "pt": [
        "Um incêndio, esta madrugada, na rua do extremo da vila, provocou danos materiais numa "
        "habitação, mas os dois residentes saíram ilesos pelos próprios meios.",
        "O fogo terá começado pouco depois das duas da manhã nos arrumos e propagou-se à "
        "cozinha, segundo o comandante dos bombeiros voluntários da localidade.",
    ],
    "nl": [
        "In de nacht van maandag op dinsdag woedde een brand in een woning aan de Dorpsstraat. "
        "De politie doet onderzoek naar de oorzaak en sluit brandstichting niet uit.",
        "Rond twee uur kwam een melding van een mogelijke brand binnen. Hulpdiensten zagen veel "
        "rook aan de achterkant van de woning en de brandweer was snel ter plaatse.",
    ],
    "es": [
        "Mañana sábado darán comienzo de forma oficial las fiestas en honor al patrón, que cada "
        "año reúnen a cientos de vecinos en la plaza mayor del pueblo.",
        "Por la noche, a partir de las nueve, tendrá lugar el pregón de las fiestas, a cargo de "
        "una vecina que ha dedicado toda su vida a la asociación cultural.",
    ],
    "fr": [
        "Les bénévoles du festival ont monté les scènes pendant trois jours, sous un soleil de "
        "plomb, avant l'arrivée des premiers festivaliers vendredi soir.",
        "Selon les organisateurs, plus de quatre cents personnes se sont relayées cette année "
        "pour l'accueil, la buvette et le nettoyage du site après les concerts.",
    ],
}


# --- empty fields -----------------------------------------------------------------------------


def test_empty_labels_beside_a_removed_stamp_go_in_any_language() -> None:
    pt = removed_by(
        [
            "Incêndio colocou em risco habitação com casal de idosos",
            "2018-11-27 10:52",
            "Categoria:",
            "Concelho:",
            *STORY["pt"],
        ]
    )
    assert pt.get("Categoria:") == EMPTY_FIELD and pt.get("Concelho:") == EMPTY_FIELD
    nl = removed_by(
        ["Brand is mogelijk brandstichting", "Laatste update:", "12-04-2016 | 11:30", *STORY["nl"]]
    )
    assert nl.get("Laatste update:") == EMPTY_FIELD


def test_a_headline_ending_with_a_full_stop_does_not_hide_the_fields_under_it() -> None:
    # The headline reads as prose (twelve words and a stop), so the fields sit "inside" the
    # body: a label goes there only with metadata on both sides.
    removed = removed_by(
        [
            "Gafanha do Carmo: Incêndio colocou em risco habitação com casal de idosos.",
            "2018-11-27 10:52",
            "Categoria:",
            "Concelho:",
            *STORY["pt"],
        ]
    )
    assert {"Categoria:", "Concelho:"} <= set(removed)


def test_a_field_split_over_the_last_two_lines_goes_with_its_value() -> None:
    removed = removed_by([*STORY["de"], "Quelle:", "Polizeiinspektion Edenkoben"])
    assert removed.get("Quelle:") == EMPTY_FIELD
    assert removed.get("Polizeiinspektion Edenkoben") == EMPTY_FIELD


def test_empty_share_labels_in_a_row_after_the_story_go() -> None:
    removed = removed_by(
        ["Fiestas patronales en Villamayor", *STORY["es"], "Facebook:", "Twitter:"]
    )
    assert removed.get("Facebook:") == EMPTY_FIELD and removed.get("Twitter:") == EMPTY_FIELD


def test_a_colon_that_introduces_a_list_stays_in_any_language() -> None:
    cases = [
        ("de", "Zutaten:", ["- 200 g Mehl", "- 100 g Butter", "- 2 Eier"]),
        ("de", "Im Detail:", ["• 4,2 Millionen Euro für Schulen", "• 1,1 Millionen für Straßen"]),
        ("en", "Key points:", ["- Ten years on, towns are still at risk", "- Levees were delayed"]),
        ("fr", "Ingrédients :", ["- 250 g de farine", "- 3 oeufs"]),
        ("es", "Resultados:", ["1. Atlético Villamayor 3-1 CD Peñaranda", "2. Real Ávila 0-0"]),
        ("pt", "Classificação:", ["1. Gafanha 12 pontos", "2. Ílhavo 10 pontos"]),
    ]
    for language, label, items in cases:
        story = STORY[language]
        # Beside a removed line (a date stamp above), before and after the story.
        for lines in (
            ["Headline of the day here", "12.03.2024 10:15", label, *items, *story],
            [*story, "12.03.2024 10:15", label, *items],
        ):
            kept = [label, *items]
            article = clean_keeping_story(lines, story)
            assert all(line in article.paragraphs for line in kept), (label, article.paragraphs)


def test_an_interviews_labels_and_a_colon_over_prose_stay() -> None:
    cases = [
        (
            "de",
            [
                "Frage:",
                "Frau Meier, wie geht es mit dem Hallenbad weiter, nachdem der "
                "Gemeinderat die Sanierung verschoben hat?",
                "Antwort:",
                "Wir prüfen gerade alle Möglichkeiten und werden im Frühjahr eine Entscheidung "
                "treffen, das verspreche ich Ihnen.",
            ],
        ),
        (
            "en",
            [
                "Q:",
                "What did you see when the water reached the main street of the town on "
                "Tuesday night?",
                "A:",
                "We saw cars floating past the bakery, and people "
                "carrying their children to the church on the hill.",
            ],
        ),
        (
            "es",
            [
                "Pregunta:",
                "¿Cómo se prepara el pueblo para unas fiestas con tantos "
                "visitantes este año, después de la lluvia?",
                "Respuesta:",
                "Con muchos voluntarios y con la ayuda de la asociación cultural, que lleva "
                "meses organizando cada detalle.",
            ],
        ),
    ]
    for language, interview in cases:
        story = STORY[language]
        for lines in (
            ["Ein Gespräch über das Hallenbad", "Von Hans Müller", *interview, *story],
            [*story, "12.03.2024 10:15", *interview],
        ):
            article = clean_keeping_story(lines, story)
            assert all(line in article.paragraphs for line in interview), article.paragraphs


def test_a_winners_list_and_a_dateline_under_a_colon_stay() -> None:
    winners = ["Die Sieger:", "„Anna Roth“", "Max Popp"]
    lines = [*STORY["de"], "Foto: Hans Müller", *winners, STORY["de"][0][:40] + " Ende."]
    article = corpusclean.clean("\n".join(lines))
    assert EMPTY_FIELD not in {removal.rule for removal in article.removed}
    dateline = ["BERLIN:", *STORY["de"]]
    assert EMPTY_FIELD not in removed_by(dateline).values()


# --- stripped stamps --------------------------------------------------------------------------


def test_stamps_with_their_dates_stripped_go() -> None:
    for language, title, stamp in (
        ("en", "Victorians share stories of hope and despair", "Posted , updated"),
        ("en", "Police nab suspect after chase", "Posted: Updated:"),
        ("de", "Autos in der Innenstadt beschädigt", "Veröffentlicht am , aktualisiert am"),
    ):
        removed = removed_by([title, "By Melissa Brown", stamp, *STORY[language]])
        assert removed.get(stamp) == EMPTY_FIELD, (stamp, removed)


def test_day_names_and_stamps_with_their_values_are_not_stripped_stamps() -> None:
    for language, line in (
        ("de", "Montag, Dienstag:"),
        ("de", "Heute am Montag"),
        ("en", "On a Sunday, at last"),
        ("en", "Monday, Tuesday and Friday"),
    ):
        story = STORY[language]
        article = clean_keeping_story([story[0], line, story[1]], story)
        assert EMPTY_FIELD not in {r.rule for r in article.removed}, line


# --- image file names -------------------------------------------------------------------------


def test_a_gallerys_file_names_go_with_its_short_items() -> None:
    gallery = ["• DSC_0160", "• DSC_0163", "• Spatenstichfeier 01", "• DSC_0004", "• P1010234.JPG"]
    removed = removed_by(["Spatenstich für die neue Schule", *STORY["de"], *gallery])
    assert all(removed.get(item) == FILE_NAME for item in gallery), removed
    lone = removed_by([*STORY["en"][:1], "IMG_7036", *STORY["en"][1:]])
    assert lone.get("IMG_7036") == FILE_NAME
    assert removed_by([*STORY["fr"], "20190312_104512.jpg"]).get("20190312_104512.jpg") == FILE_NAME


def test_model_numbers_tables_and_short_items_stay() -> None:
    story = STORY["en"]
    for lines, kept in (
        (
            [
                story[0],
                "The Sony DSC-RX100 fits in a coat pocket and shoots 20 megapixels.",
                story[1],
            ],
            ["The Sony DSC-RX100 fits in a coat pocket and shoots 20 megapixels."],
        ),
        ([story[0], "DSC-RX100", "DSC-RX100 II", story[1]], ["DSC-RX100", "DSC-RX100 II"]),
        (
            [story[0], "Spatenstich 2019", "Bauabschnitt 02", story[1]],
            ["Spatenstich 2019", "Bauabschnitt 02"],
        ),
        ([story[0], "| IMG 2019 | 3 | 1 |", story[1]], ["| IMG 2019 | 3 | 1 |"]),
    ):
        article = corpusclean.clean("\n".join(lines))
        assert FILE_NAME not in {r.rule for r in article.removed}, lines
        assert all(line in article.paragraphs for line in kept), article.paragraphs


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=examples(40), deadline=None)
@given(text=article_texts(junk=False, damage=False))
def test_article_only_text_loses_nothing_to_the_new_shapes(text: str) -> None:
    # An article has a paragraph of prose (`text.is_prose`). Drawn under the thorough profile:
    # "KUALA LUMPUR:" over a headline printed twice and "Government the the the.": a label
    # over a title, with no story under them, goes as an empty field; over a story's
    # paragraph the dateline stays (`test_a_dateline_over_the_story_stays`).
    assume(any(is_prose(line.strip(), word_count(line.strip())) for line in text.splitlines()))
    article = corpusclean.clean(text)
    assert not {removal.rule for removal in article.removed} & set(NEW_RULES)


@settings(max_examples=examples(25), deadline=None)
@given(
    labels=st.lists(st.sampled_from(CAPITALISED), min_size=1, max_size=3),
    numbers=st.lists(st.integers(100, 99999), min_size=1, max_size=4),
    language=st.sampled_from(sorted(STORY)),
    at_end=st.booleans(),
)
def test_fields_and_file_names_go_in_order_and_the_story_stays(
    labels: list[str], numbers: list[int], language: str, at_end: bool
) -> None:
    story = STORY[language]
    fields = ["2024-03-12 10:15", *(f"{label}:" for label in labels)]
    names = [f"• DSC_{number:04d}" for number in numbers]
    lines = [*story, *fields, *names] if at_end else [*fields, *story, *names]
    article = clean_keeping_story(lines, story)
    gone = {removal.text for removal in article.removed}
    assert set(names) <= gone


# --- the colon gate answers as the count (issue #8) -------------------------------------------


@given(texts=st.lists(st.text(alphabet=": a\n", max_size=8), max_size=6))
def test_the_colon_gate_answers_as_counting_every_blocks_colons(texts: list[str]) -> None:
    blocks = [Block(text, n, n + 1) for n, text in enumerate(texts)]
    expected = [block for block in blocks if block.text.count(":") >= FIELDS_MIN_LABELS]
    assert _colon_rich(blocks) == expected


def test_a_dateline_over_the_story_stays() -> None:
    for lines in (
        [
            "KUALA LUMPUR:",
            "The government said on Monday it would raise fuel subsidies for "
            "farmers next year, officials said.",
        ],
        [
            "KUALA LUMPUR:",
            "Markets Rally",
            "Shares rose on Monday after the central bank held "
            "rates, traders said, and the ringgit gained.",
        ],
    ):
        article = corpusclean.clean("\n".join(lines))
        assert not article.removed, article.removed
        assert "KUALA LUMPUR:" in article.paragraphs

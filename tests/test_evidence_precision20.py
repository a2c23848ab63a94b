"""Precision audit of the eighteenth session's shapes (issue #12, precision20): the article's
own lines each shape took on `benchmarks/data/precision/session20.json`, and the junk it still
removes (article text written for these tests, no page text).

- a fact row whose label holds a glued brand ("Aktie ThyssenKrupp: 8,12 Euro") is no pager's
  label (`pager._FIELD_AFTER_GLUE`);
- a table printed by columns (labels in a row, then their values) is no record of empty
  fields (`fields._column_labels`), a field split over the last two lines whose value holds
  a digit is practical information, and inside the story a label over a paragraph stays;
- an image file name the story announces with a colon, or names inside a running sentence,
  stays (`identifiers._is_named_in_prose`);
- a comma line whose neighbour is a verse line of the same stanza is no cut caption, whatever
  the case of its first letter (`captions._is_stanza_line`).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect.fields import EMPTY_FIELD
from corpusclean.detect.identifiers import FILE_NAME
from corpusclean.detect.pager import NAME as GLUED_PAGER
from strategies import examples
from test_properties import clean_keeping_story, removed_by

STORY_DE = [
    "Stahlaktien legen nach Zollentscheidung zu",
    "Die Aktien europäischer Stahlkonzerne haben am Dienstag kräftig zugelegt, nachdem die "
    "US-Regierung angekündigt hatte, die Zölle auf Stahl aus der EU zu senken.",
    "Händler sprachen von einer Erleichterung für die Branche, die seit Monaten unter hohen "
    "Energiepreisen leidet.",
]
STORY_EN = [
    "Choir marks 50 years with free concert",
    "The Oakfield Community Choir will celebrate its fiftieth anniversary with a free concert "
    "of songs from every decade it has sung, the choir's chairman said on Tuesday.",
    "More than 60 singers will take part, some of them members since the first rehearsal in "
    "a church hall in 1975.",
]


def assert_kept(lines: list[str], story: list[str], kept: list[str]) -> None:
    article = clean_keeping_story(lines, story)
    assert all(line in article.paragraphs for line in kept), article.paragraphs


# --- glued_pager --------------------------------------------------------------------------------


def test_fact_rows_with_glued_brands_are_no_pager() -> None:
    for story, rows in (
        (STORY_DE, ["Aktie ThyssenKrupp: 8,12 Euro (+4,1 %)", "Aktie ArcelorMittal: 24,50 Euro"]),
        (STORY_EN, ["Microsoft PowerPoint: £1.20 per pupil", "Microsoft SharePoint: £0.80"]),
        (STORY_EN, ["Through LinkedIn: 41 per cent", "Not LinkedIn: 59 per cent"]),
        (STORY_EN, ["Action ExxonMobil : 112,40 dollars", "Action ArcelorMittal : 24,50 euros"]),
    ):
        assert_kept([*story, *rows], story[1:], rows)


def test_a_pager_whose_headlines_go_on_in_words_still_goes() -> None:
    pager = [
        "Vorheriger ArtikelStadtrat vertagt die Entscheidung über das Hallenbad",
        "Nächster ArtikelBäckerei aus dem Ort gewinnt einen Preis für ihr Brot",
    ]
    removed = removed_by([*STORY_DE, *pager])
    assert all(removed.get(line) == GLUED_PAGER for line in pager), removed


# --- empty_field ----------------------------------------------------------------------------------


COLUMNS = [
    ["Ort:", "Zeit:", "Eintritt:", "Rathaussaal", "20 Uhr", "12 Euro"],
    ["Where:", "When:", "Tickets:", "St Mary's Church", "Saturday 7pm", "Free"],
    ["Das Ergebnis:", "Ja:", "Nein:", "Enthaltungen:", "11", "9", "1"],
    ["Lundi :", "Mardi :", "Dimanche :", "fermé", "10 h – 18 h", "10 h – 12 h"],
]


def test_a_table_printed_by_columns_stays() -> None:
    for table in COLUMNS:
        story = STORY_EN if table[0] == "Where:" else STORY_DE
        assert_kept([*story, *table], story[1:], table)


def test_a_split_field_with_a_digit_in_its_value_stays_and_a_source_goes() -> None:
    story = STORY_DE
    assert_kept([*story, "Anmeldung:", "Tel. 08031 44550"], story[1:], ["Anmeldung:"])
    removed = removed_by([*story, "Quelle:", "Polizeiinspektion Edenkoben"])
    assert removed.get("Quelle:") == EMPTY_FIELD


def test_a_speaker_under_a_silent_one_inside_the_story_stays() -> None:
    lines = [
        "Schüler spielen „Die Physiker“",
        "Die Theatergruppe des Gymnasiums Oberau zeigt in diesem Jahr Dürrenmatts Komödie. "
        "Wir drucken einen kurzen Ausschnitt der Schlussszene.",
        "MÖBIUS:",
        "Ich bin Salomo. Ich bin der arme König Salomo.",
        "NEWTON:",
        "EINSTEIN:",
        "Wir sind wilde Tiere, die man nicht auf die Menschheit loslassen darf.",
        "Aufführungen sind am 12. und 13. April in der Aula des Gymnasiums zu sehen.",
    ]
    assert_kept(lines, [lines[1], lines[-1]], ["MÖBIUS:", "EINSTEIN:"])


def test_stacked_labels_with_no_values_under_them_still_go() -> None:
    removed = removed_by([*STORY_EN, "12.03.2024 10:15", "Facebook:", "Twitter:", "Email:"])
    assert all(removed.get(label) == EMPTY_FIELD for label in ("Facebook:", "Twitter:"))


# --- image_file_name ---------------------------------------------------------------------------


def test_a_file_name_the_story_announces_or_names_stays() -> None:
    story = STORY_EN[1:]
    for around in (
        ["A typical name that a camera gives a photo looks like this:", "DSC_0160.JPG"],
        [
            "The picture was saved on his phone under the name",
            "IMG_7036.HEIC",
            "and the same number appeared in the photos of the garden that night.",
        ],
        [
            "Put three pictures into the folder next to your page:",
            "header.jpg",
            "background",
            "footer.jpg",
        ],
        ["Sein Lieblingsbild trägt bis heute den Namen, den ihm die Kamera gab:", "P1010234.JPG"],
    ):
        assert_kept([story[0], *around, story[1]], story, around)


def test_a_gallery_under_a_colon_line_and_a_lone_name_after_a_paragraph_still_go() -> None:
    gallery = ["• DSC_0160", "• DSC_0163", "• DSC_0170"]
    removed = removed_by([*STORY_DE, "Hier einige Bilder von der Feier:", *gallery])
    assert all(removed.get(item) == FILE_NAME for item in gallery), removed
    lone = removed_by([*STORY_EN[:2], "IMG_7036", STORY_EN[2]])
    assert lone.get("IMG_7036") == FILE_NAME


# --- caption_fragment ---------------------------------------------------------------------------


def test_capitalised_verse_beside_a_credit_stays() -> None:
    verse = [
        "Das Wasser springt aus Stein und Erz,",
        "Kinder lachen, Tauben fliegen,",
        "Sonne wärmt das alte Herz,",
        "Stunden, die im Brunnen liegen.",
    ]
    lines = [
        "Gedicht am neuen Brunnen",
        "Am neuen Brunnen auf dem Marktplatz steht seit Samstag ein Gedicht, das eine "
        "Oberauer Schülerin geschrieben hat.",
        verse[0],
        "Das Wasser springt aus Stein und Erz, Foto: Anna Huber",
        *verse[1:],
        "Bürgermeister Thomas Reiter enthüllte die Tafel am Samstagvormittag vor vielen Gästen.",
    ]
    assert_kept(lines, [lines[1], lines[-1]], verse)


def test_a_gallerys_captions_cut_at_a_comma_still_go() -> None:
    lines = [
        *STORY_DE,
        "Die Feuerwehr rückte mit drei Fahrzeugen an,",
        "Die Feuerwehr rückte an. Foto: Anna Huber",
        "Der Bürgermeister dankte den Helfern,",
        "Der Bürgermeister dankte den Helfern. Foto: Anna Huber",
    ]
    removed = removed_by(lines)
    assert removed.get("Die Feuerwehr rückte mit drei Fahrzeugen an,") == "caption_fragment"
    assert removed.get("Der Bürgermeister dankte den Helfern,") == "caption_fragment"


# --- properties ---------------------------------------------------------------------------------


@settings(max_examples=examples(25), deadline=None)
@given(
    table=st.sampled_from(COLUMNS),
    at_end=st.booleans(),
)
def test_a_column_table_anywhere_after_the_lead_loses_nothing(
    table: list[str], at_end: bool
) -> None:
    story = STORY_DE
    lines = [*story, *table] if at_end else [*story[:2], *table, story[2]]
    article = clean_keeping_story(lines, story[1:])
    assert all(line in article.paragraphs for line in table)


@settings(max_examples=examples(25), deadline=None)
@given(number=st.integers(100, 9999), prefix=st.sampled_from(["DSC_", "IMG_", "P101"]))
def test_an_announced_file_name_stays_and_removals_keep_their_order(
    number: int, prefix: str
) -> None:
    name = f"{prefix}{number:04d}.JPG"
    story = STORY_EN[1:]
    lines = [STORY_EN[0], story[0], "The file it was saved under is called:", name, story[1]]
    article = clean_keeping_story(lines, story)
    assert name in article.paragraphs

"""The caption_context detector (`detect/captions.py`, captions21, issue #12): a photo's caption
without a credit word, found by its shape **and** an image beside it, and a photographer's
credit by the trade's word. Negatives first: the same shapes in the running text stay.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.captions import CONTEXT_NAME
from corpusclean.detect.identifiers import FILE_NAME
from strategies import article_texts, examples, sentences
from test_properties import clean_keeping_story, removed_by

STORY_EN = [
    "Library reopens after two-year refit",
    "The Oakfield public library reopened on Saturday after a two-year refit that added a "
    "children's wing, a café and a room for the local history society, the council said.",
    "More than 400 people came to the opening, and the first hundred borrowers were given a "
    "tote bag printed with the library's new logo.",
]
STORY_DE = [
    "Feuerwehr ehrt langjährige Mitglieder",
    "Bei der Jahreshauptversammlung der Freiwilligen Feuerwehr im Gerätehaus wurden am "
    "Freitagabend zwölf Mitglieder für ihre langjährige Treue geehrt.",
    "Kommandant Peter Maier dankte allen Helfern und erinnerte an die vielen Einsätze des "
    "vergangenen Jahres, darunter den Großbrand im Gewerbegebiet.",
]


def assert_kept(lines: list[str], story: list[str], kept: list[str]) -> None:
    article = clean_keeping_story(lines, story)
    assert all(line in article.paragraphs for line in kept), article.paragraphs


# --- what goes ----------------------------------------------------------------------------------


def test_people_named_by_their_place_beside_a_credit_go() -> None:
    caption = "Mayor Jane Doe (left) and librarian Tom Roe cut the ribbon"
    removed = removed_by([*STORY_EN[:2], caption, "Photo: Ann Smith", STORY_EN[2]])
    assert removed.get(caption) == CONTEXT_NAME, removed
    german = "Kommandant Peter Maier (2. v. l.) mit den Geehrten"
    removed = removed_by([*STORY_DE[:2], "Foto: privat", german, STORY_DE[2]])
    assert removed.get(german) == CONTEXT_NAME, removed


def test_a_photographers_credit_and_a_lower_case_camera_name_go() -> None:
    removed = removed_by([*STORY_EN[:2], "Chastity Brunner, Photographer", STORY_EN[2]])
    assert removed.get("Chastity Brunner, Photographer") == CONTEXT_NAME, removed
    removed = removed_by([*STORY_EN[:2], "img_4619", STORY_EN[2]])
    assert removed.get("img_4619") == FILE_NAME, removed
    dutch = "Fotograaf: Hayo Bethlehem"
    story = [
        "Raad stemt in met nieuwe rotonde",
        "De gemeenteraad van Rijnwoude heeft dinsdagavond na een lang debat ingestemd met de "
        "aanleg van een rotonde op het kruispunt in Hazerswoude-Dorp.",
        "De werkzaamheden beginnen volgens de wethouder in het voorjaar en duren ongeveer drie "
        "maanden.",
    ]
    assert removed_by([*story[:2], dutch, story[2]]).get(dutch) == CONTEXT_NAME


# --- what stays (negatives) ---------------------------------------------------------------------


def test_a_headline_or_sub_heading_over_a_credit_stays() -> None:
    headline = "CDU-Politiker fordern Ferienangebote für Schüler mit Behinderungen im Kreis Unna"
    assert_kept(
        [*STORY_DE, headline, "Hubert Hüppe. Foto: Stella von Saldern", STORY_DE[1]],
        STORY_DE[1:],
        [headline],
    )
    sub = "Die Lage am Montag"
    assert_kept([*STORY_DE[:2], sub, "Foto: dpa", STORY_DE[2]], STORY_DE[1:], [sub])


def test_a_place_in_brackets_in_the_running_text_stays() -> None:
    line = "Mayor Jane Doe (left) and librarian Tom Roe cut the ribbon"
    assert_kept([*STORY_EN[:2], line, STORY_EN[2]], STORY_EN[1:], [line])


def test_quotes_datelines_one_line_paragraphs_and_sign_offs_beside_a_credit_stay() -> None:
    lines = [
        "„Wir machen weiter“, sagte Kommandant Peter Maier (links im Bild).",
        "BERLIN (dpa) - Die Bundesregierung will die Feuerwehren im ländlichen Raum stärken",
        "Das Fest beginnt um 14 Uhr.",
    ]
    for line in lines:
        assert_kept(
            [*STORY_DE[:2], "Foto: privat", line, "Foto: privat", STORY_DE[2]], STORY_DE[1:], [line]
        )
    sign_off = "Mario Ciofi"
    assert_kept([*STORY_EN, "Photo: Ann Smith", sign_off], STORY_EN[1:], [sign_off])


def test_unstopped_lines_list_items_and_table_rows_between_credits_stay() -> None:
    for line in (
        "• A new crossing outside the primary school and a second bus stop on Mill Lane",
        "Bayern München 12 9 2 1 29 10 29 and Borussia Dortmund 12 8 2 2 25",
        # A caption's length with no stop between two photos may be the next story's headline.
        "Volunteers carry the first boxes of books into the new children's wing",
    ):
        lines = [*STORY_EN[:2], "Photo: Ann Smith", line, "Photo: Ann Smith", STORY_EN[2]]
        assert_kept(lines, STORY_EN[1:], [line])


def test_a_list_of_people_with_their_trades_stays() -> None:
    jury = ["Anna Huber, Fotografin", "Peter Maier, Maler", "Eva Kern, Bildhauerin"]
    assert_kept([*STORY_DE[:2], "Die Jury:", *jury, STORY_DE[2]], STORY_DE[1:], jury)


# --- properties ---------------------------------------------------------------------------------


@settings(max_examples=examples(40), deadline=None)
@given(text=article_texts(junk=False, damage=False))
def test_article_only_input_loses_nothing_to_caption_context(text: str) -> None:
    article = corpusclean.clean(text)
    assert not [r for r in article.removed if r.rule == CONTEXT_NAME]


@settings(max_examples=examples(25), deadline=None)
@given(
    name=st.sampled_from(["Jane Doe", "Tom Roe", "Ann-Marie O'Neill"]),
    place=st.sampled_from(["left", "right", "second from left"]),
    tail=sentences(min_words=3, max_words=10),
    credit_first=st.booleans(),
)
def test_a_placed_caption_goes_in_order_and_a_second_clean_changes_nothing(
    name: str, place: str, tail: str, credit_first: bool
) -> None:
    caption = f"{name} ({place}) {tail.rstrip('.')}"
    pair = ["Photo: Ann Smith", caption] if credit_first else [caption, "Photo: Ann Smith"]
    article = clean_keeping_story([*STORY_EN[:2], *pair, STORY_EN[2]], STORY_EN[1:])
    assert caption not in article.paragraphs

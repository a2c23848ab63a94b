"""Precision audit of the seventeenth session's shapes (issue #12, precision19): the article's
own lines each shape took on `benchmarks/data/precision/session19.json`, and the junk it still
removes (article text written for these tests, no page text).

- a list under a short line ending in a colon that names what the headline names is the
  story's, never a related-headlines run (`headlines._names_the_story`);
- the items of a list the article announces with a colon are matched with their bullets only
  (`run._announces_items`);
- a verse line ending in a comma beside a photo credit, and any line printed again, is no
  caption (`captions._is_verse_line`).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import examples
from test_properties import clean_keeping_story, removed_by

SHORTLIST = [
    "Harbor library names its book prize shortlist",
    "The harbor library's book prize, now in its tenth year, received 140 entries from "
    "writers in the county. A jury of three librarians and a fisherman read every one.",
    "The shortlisted books are:",
    "The Salt Year by Ellen Marsh",
    "Nets and Other Stories by Tom Quinlan",
    "A History of Water Street by Ruth Abbott",
    "Low Tide at Six by Sam Okafor",
]
DEMANDS = [
    "Bürgerinitiative stellt Forderungen zum Hallenbad",
    "Die Bürgerinitiative „Rettet das Hallenbad“ hat dem Gemeinderat am Mittwoch mehr als "
    "2.000 Unterschriften übergeben. Das Bad soll nach dem Willen der Verwaltung Ende des "
    "Jahres schließen.",
    "Die Forderungen im Einzelnen:",
    "Das Bad bleibt bis zur Eröffnung eines Neubaus geöffnet",
    "Schulen und Vereine behalten ihre Schwimmzeiten",
    "Ein Gutachten zu den Sanierungskosten wird veröffentlicht",
]
WINNERS_FR = [
    "Le prix littéraire de Montbrison dévoile ses lauréats",
    "Le jury du prix littéraire de Montbrison a rendu son verdict samedi, après avoir lu une "
    "centaine de romans publiés cette année par des auteurs de la région.",
    "Les lauréats :",
    "L'Été des digues de Claire Martin",
    "Un hiver à Saint-Just de Paul Roche",
    "La Maison du passeur d'Anne Girard",
]
STORY_EN = [
    "Town votes to rebuild the sea wall",
    "The town council voted 5-2 on Tuesday to rebuild the harbor's sea wall, ending a debate "
    "that began after the storm of 2023 flooded forty homes on Water Street.",
    "The new wall will be four feet higher than the old one and will cost $6.8 million, most "
    "of it paid by a state grant. Work is due to start in April.",
]
RELATED = [
    "Ferry Fares Rise for the First Time in a Decade",
    "Harbor Master Anna Berger Plans to Retire in Spring",
    "Library Opens Its New Reading Room on Water Street",
]


# --- a list under a short colon line naming the headline's subject ---------------------------


def test_a_list_under_a_colon_line_naming_the_headline_stays() -> None:
    # On 4341cbf each list's rows went as trailing_headlines (short announcing lines).
    for doc in (SHORTLIST, DEMANDS, WINNERS_FR):
        removed = removed_by(doc)
        assert not set(doc) & set(removed), removed


def test_related_headlines_under_a_label_not_naming_the_story_still_go() -> None:
    # Labels whose long words are not the headline's ("harbor" is the story's body's only):
    # the headlines still go (the label's list rule, or trailing_headlines; "More games
    # news:" in test_evidence_set2_shapes.py is one no rule knows).
    for label in ("Elsewhere on the coast:", "Stories from the harbor:"):
        removed = removed_by([*STORY_EN, label, *RELATED])
        assert set(RELATED) <= set(removed), removed


@settings(max_examples=examples(25), deadline=None)
@given(
    rows=st.lists(
        st.sampled_from(
            [
                "The Salt Year by Ellen Marsh",
                "Nets and Other Stories by Tom Quinlan",
                "A History of Water Street by Ruth Abbott",
                "Low Tide at Six by Sam Okafor",
                "Winter Boats by Jane Ashby",
                "The Lighthouse Keeper's Daughter by Ana Ruiz",
            ]
        ),
        min_size=3,
        max_size=6,
        unique=True,
    ),
    lead_in=st.sampled_from(["The shortlisted books are:", "Shortlisted:", "The shortlist:"]),
)
def test_a_list_the_lead_in_names_is_never_trailing_headlines(
    rows: list[str], lead_in: str
) -> None:
    # Generated lists under a colon line sharing the headline's word: every row stays,
    # removals keep their order and cleaning again changes nothing.
    lines = [*SHORTLIST[:2], lead_in, *rows]
    article = clean_keeping_story(lines, rows)
    assert "trailing_headlines" not in [r.rule for r in article.removed]


# --- a list the article announces -------------------------------------------------------------


def test_items_of_an_announced_list_are_matched_with_their_bullets() -> None:
    workshop = [
        "Teen photography workshop returns to the harbor",
        "The arts council's summer workshop for teenagers will run for two weeks in July, with "
        "sessions on the harbor and in the old net loft. Places are free but limited to twenty.",
        "The sessions are:",
        "- Photo: composition and light",
        "- Photo: editing on a phone",
        "- Video: interviewing a fisherman",
        "- Print: making a zine",
        "Applications close on June 1.",
    ]
    # On 4341cbf the first three items went (image_credit, related_inline) once unbulleted.
    assert not set(workshop) & set(removed_by(workshop))


def test_a_date_behind_a_bullet_under_no_colon_still_goes() -> None:
    story = [
        "Die Polizei hat am Dienstag in der Innenstadt einen Mann festgenommen, der zuvor "
        "mehrere Autos beschädigt haben soll. Die Beamten fanden ihn kurz darauf.",
        "Nach Angaben eines Sprechers war der Mann stark alkoholisiert. Gegen ihn wird nun "
        "wegen Sachbeschädigung ermittelt, der Schaden liegt bei 12.000 Euro.",
    ]
    removed = removed_by(["Autos in der Innenstadt beschädigt", "• 16. Januar 2025", *story])
    assert removed.get("• 16. Januar 2025") == "date_line"


# --- verse and refrains beside a photo credit ---------------------------------------------------

POEM_DE = [
    "Schüler tragen Gedicht über den Fluss vor",
    "Zur Eröffnung der neuen Uferpromenade haben Schülerinnen der Grundschule Oberau am Samstag "
    "ein Gedicht vorgetragen, das ihre Lehrerin für den Tag geschrieben hat.",
    "Der Fluss kennt jeden Stein,",
    "er trägt das Laub ins Tal hinein.",
    "Und wenn der Abend kommt, ganz still,",
    "Foto: Anna Huber",
    "fließt er, wohin er will.",
    "Bürgermeister Thomas Reiter dankte den Kindern und lud alle zum Fest am Abend ein.",
]


def test_a_verse_line_beside_a_credit_stays() -> None:
    # On 4341cbf "Und wenn der Abend kommt, ganz still," went as caption_fragment.
    removed = removed_by(POEM_DE)
    assert "Und wenn der Abend kommt, ganz still," not in removed, removed
    assert removed.get("Foto: Anna Huber") is not None


def test_a_caption_cut_at_a_comma_beside_its_credit_still_goes() -> None:
    lines = [
        "Brand in Lagerhalle",
        "Feuerwehrleute löschen den Brand in der Lagerhalle am Stadtrand,",
        "Foto: Feuerwehr Oberau",
        *POEM_DE[1:2],
        "Der Schaden wird auf mehrere hunderttausend Euro geschätzt, verletzt wurde nach "
        "Angaben der Polizei niemand. Die Ursache ist noch unklar.",
    ]
    removed = removed_by(lines)
    assert removed.get(lines[1]) == "caption_fragment", removed


@settings(max_examples=examples(25), deadline=None)
@given(
    verses=st.lists(
        st.sampled_from(
            [
                ("Der Fluss kennt jeden Stein,", "er trägt das Laub ins Tal hinein."),
                ("Und wenn der Abend kommt, ganz still,", "fließt er, wohin er will."),
                ("Am Ufer stehn die Weiden krumm,", "der Reiher schaut sich um."),
                ("Build it high and build it strong,", "the sea has waited far too long."),
            ]
        ),
        min_size=1,
        max_size=4,
        unique=True,
    ),
    at=st.integers(0, 3),
)
def test_verse_beside_a_credit_never_loses_a_line(verses: list[tuple[str, str]], at: int) -> None:
    # A credit line put after any verse's first line: no verse line goes, removals keep their
    # order and cleaning again changes nothing.
    lines: list[str] = []
    for n, (first, second) in enumerate(verses):
        lines += [first, "Foto: Anna Huber", second] if n == at % len(verses) else [first, second]
    verse = [line for pair in verses for line in pair]
    clean_keeping_story([*POEM_DE[:2], *lines, POEM_DE[-1]], verse)

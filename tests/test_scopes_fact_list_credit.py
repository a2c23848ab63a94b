"""A credit-shaped row of the article's own list stays (issue #12, precision34).

A story may list its facts as "Label: value" rows under a lead-in of its own ("Programm des
Tages:" / "Fotos: 20 Bilder vom Fest" / "Musik: Blaskapelle Lohr"): the row whose label is a
credit's word is one of the list's items, as its neighbour row no rule knows is. What must
still go: a credit beside a byline ("Text: …" / "Fotos: …"), a credit box with no lead-in,
and a list under a lead-in whose other rows are all rules' hits (a credits box).
"""

from __future__ import annotations

import pytest

from test_evidence_credits34 import STORY
from test_properties import clean_keeping_story


def removed(code: str, middle: list[str]) -> list[str]:
    """The texts removed from ``middle`` set between the two paragraphs of the report."""
    story = STORY[code]
    article = clean_keeping_story([story[0], *middle, story[1]], story)
    assert article.metadata.get("detected_language") == code
    return [r.text for r in article.removed]


@pytest.mark.parametrize(
    ("code", "rows"),
    [
        ("de", ["Programm des Tages:", "Fotos: 20 Bilder vom Fest", "Musik: Blaskapelle Lohr"]),
        ("de", ["Das Fest auf einen Blick:", "Ort: Festwiese am See", "Bilder: im Rathaus"]),
        ("nl", ["De dag in het kort:", "Muziek: de harmonie", "Foto's: in de bibliotheek"]),
        ("fr", ["La journée en bref:", "Musique: la fanfare", "Photos: à la bibliothèque"]),
        ("es", ["El día en breve:", "Música: la banda municipal", "Fotos: en la biblioteca"]),
    ],
)
def test_a_credit_shaped_row_of_a_list_under_a_lead_in_stays(code: str, rows: list[str]) -> None:
    assert not set(rows[1:]) & set(removed(code, rows))


@pytest.mark.parametrize(
    ("code", "rows", "credit"),
    [
        ("de", ["Text: Hans Müller", "Fotos: Anna Schmidt"], "Fotos: Anna Schmidt"),
        ("de", ["Redaktion: Hans Müller", "Fotos: Anna Schmidt"], "Fotos: Anna Schmidt"),
        ("de", ["Mitwirkende:", "Text: Hans Müller", "Fotos: Anna Schmidt"], "Fotos: Anna Schmidt"),
        ("en", ["Photo: Jane Doe/AP", "Music: the town band"], "Photo: Jane Doe/AP"),
    ],
)
def test_a_credit_beside_a_byline_or_with_no_lead_in_still_goes(
    code: str, rows: list[str], credit: str
) -> None:
    assert credit in removed(code, rows)

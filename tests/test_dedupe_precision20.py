"""Losses of duplicate repair on `benchmarks/data/precision/session20.json` (issue #12,
precision20), the other side of within19's two narrowings.

- `_is_credited_copy` (`teasers.py`): a caption that repeats the lead with a credit whose
  label is no "Foto"/"Photo"/"Bild"/"Image" ("Archivfoto:", "Symbolbild:", "Grafik:",
  "Picture:", "Credit:", "Illustration :") was still the block the lead teases, so the lead
  went as `duplicate_teaser`; in German `caption_credit_tail` then took the caption too.
  Fixed: a one-word label ending in a photo or credit word over a name is a credit.
- still a strict xfail with the suggested edit: `find_joined_pair_copies`
  (`duplicate_reflowed`): a poem's closing line that joins two earlier verse lines ending in
  a stop ("The snow came down." / "The town went quiet.").
"""

from __future__ import annotations

import pytest

from test_properties import removed_by

JOINED_REASON = (
    "dedupe.within (precision20, for the lead): a joined pair's parts are prose only when each "
    "holds JOINED_PART_MIN_WORDS words, or ends like a sentence and stands between lines that "
    "are not short verse lines (a stanza of lines under 8 words is no FAQ)"
)

LEADS = [
    (
        "Brücke über die Mangfall bleibt gesperrt",
        "Die Brücke über die Mangfall bei Kirchdorf bleibt bis Ende Oktober für den gesamten "
        "Verkehr gesperrt.",
        "Archivfoto: Staatliches Bauamt",
        "Grund sind Schäden an den Lagern, die bei einer Prüfung im Frühjahr entdeckt wurden. "
        "Eine Umleitung ist ausgeschildert.",
    ),
    (
        "Mehr Wohnungseinbrüche im Landkreis",
        "Die Polizei hat im vergangenen Jahr im Landkreis 214 Wohnungseinbrüche registriert, "
        "fast ein Drittel mehr als im Jahr davor.",
        "Symbolbild: Polizei",
        "Die meisten Taten wurden in der dunklen Jahreszeit zwischen 16 und 21 Uhr verübt, "
        "teilte das Präsidium mit.",
    ),
    (
        "Bridge to stay shut until October",
        "The bridge over the Derwent at Matlock will stay closed to all traffic until the end "
        "of October, the county council said.",
        "Picture: Derbyshire County Council",
        "Engineers found damage to its bearings during an inspection in April. A diversion is "
        "signposted.",
    ),
]


@pytest.mark.parametrize("headline,lead,credit,rest", LEADS)
def test_a_lead_whose_caption_repeats_it_with_a_credit_label_stays(
    headline: str, lead: str, credit: str, rest: str
) -> None:
    removed = removed_by([headline, lead, f"{lead} {credit}", rest])
    assert lead not in removed, removed


@pytest.mark.xfail(strict=True, reason=JOINED_REASON)
def test_a_poems_closing_line_joining_two_stopped_verse_lines_stays() -> None:
    poem = [
        "The snow came down.",
        "The town went quiet.",
        "The children ran out to the park.",
        "The old men watched from the windows.",
        "The snow came down. The town went quiet.",
    ]
    lines = [
        "Pupils' winter poem goes on display",
        "Year 4 at Oakfield Primary wrote a poem about the first snow, and it now hangs in the "
        "town hall.",
        *poem,
        "Their teacher, Ruth Pearce, read it at the opening.",
    ]
    removed = removed_by(lines)
    assert not set(poem) & set(removed), removed

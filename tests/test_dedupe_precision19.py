"""Duplicate repair's losses on `benchmarks/data/precision/session19.json` (issue #12,
precision19), left for `dedupe.within`'s split into a package: each test is the article's
text that must stay, marked ``xfail(strict=True)`` until the finder is narrowed, so a fix
fails loudly here until the mark is removed (both fixed by within19; no mark is left).

- A poem's or song's closing line that joins its first two lines is the poem's, not two
  blocks printed again on one line (`find_joined_pair_copies`, rule `duplicate_reflowed`):
  verse lines are short and end in no stop; a joined pair's parts are blocks of prose.
- A one-sentence paragraph that a photo caption with its credit opens with is the story's
  lead, not a teaser of that caption (`duplicate_teaser`): in German the captioned copy goes
  to a credit rule (`caption_credit_tail`), so both printings went and the sentence was lost.
"""

from __future__ import annotations

import pytest

from test_properties import removed_by

POEM_DE = [
    "Schüler schreiben Gedicht zum Flussfest",
    "Für das Flussfest am Samstag hat die Klasse 6b des Gymnasiums Oberau ein Gedicht "
    "geschrieben, das am Abend am Ufer vorgetragen wird.",
    "Und wenn der Wind vom Inn her weht",
    "dann singen wir das alte Lied",
    "von Flößern, Salz und Weidenholz,",
    "von allem, was der Fluss uns gibt.",
    "Und wenn der Wind vom Inn her weht dann singen wir das alte Lied",
    "Die Schüler haben das Gedicht im Deutschunterricht gemeinsam geschrieben.",
]
SONG_EN = [
    "Fishermen's song for the sea wall",
    "The fishermen's choir will sing a new song at the opening of the sea wall in June. Its "
    "last line, the composer said, joins the first two lines into one.",
    "We will rebuild the wall again",
    "stone by stone and hand by hand",
    "for those who sail and those who wait,",
    "for all who love this land.",
    "We will rebuild the wall again stone by stone and hand by hand",
    "Rehearsals are on Tuesdays at the church hall.",
]
BRIDGE_DE = [
    "Brücke über den Inn ab Montag gesperrt",
    "Die Brücke über den Inn wird ab Montag für vier Wochen gesperrt.",
    "Die Brücke über den Inn wird ab Montag für vier Wochen gesperrt. Foto: Straßenbauamt",
    "Grund sind Schäden an den Lagern, die bei einer Prüfung im Herbst entdeckt wurden. Eine "
    "Umleitung über Unterau ist ausgeschildert, Busse fahren nach einem geänderten Fahrplan.",
    "Fußgänger und Radfahrer können die Brücke weiter benutzen, teilte das Straßenbauamt mit.",
]
FERRY_EN = [
    "Ferry service suspended for repairs",
    "The harbor ferry will not run for two weeks from Monday.",
    "The harbor ferry will not run for two weeks from Monday. Photo: Harbor Ferry Co.",
    "Engineers found cracks in the ramp on the island side during an inspection last month, "
    "and the ferry company decided to fix them before the summer season.",
    "A water taxi will carry passengers in the meantime, at the same fares.",
]

JOINED_REASON = (
    "find_joined_pair_copies takes a poem's closing line joining its first two verse lines "
    "(dedupe.within is being split; the lead narrows it: parts of a joined pair are prose)"
)
TEASER_REASON = (
    "duplicate_teaser takes a one-sentence lead as a teaser of its caption with a credit, "
    "which a credit rule removes too (dedupe.within is being split; the lead narrows it)"
)


@pytest.mark.parametrize("poem", [POEM_DE, SONG_EN], ids=["de", "en"])
def test_a_poems_line_joining_two_verses_stays(poem: list[str]) -> None:
    assert poem[6] not in removed_by(poem)


def test_a_lead_its_credited_caption_opens_with_stays() -> None:
    removed = removed_by(BRIDGE_DE)
    assert BRIDGE_DE[1] not in removed, removed


def test_the_credited_caption_itself_goes() -> None:
    # What the narrowing must keep: the caption with its credit is junk (caption_credit_tail).
    assert BRIDGE_DE[2] in removed_by(BRIDGE_DE)


def test_a_lead_whose_credited_caption_no_rule_takes_stays_and_the_caption_goes() -> None:
    # English: no rule takes this caption with its bare credit; it is the lead's copy, as a
    # bracketed credit's caption is (`_is_credited_copy`), so the lead, printed first, stays
    # and only the caption goes (before: the lead went as its teaser, the caption stayed).
    assert removed_by(FERRY_EN) == {FERRY_EN[2]: "duplicate_paragraph"}

"""An article of dated entries keeps the date lines, bylines and source lines heading each
entry (`detect.entries`), while a story's own head, a listing's teasers and a thread's
signatures still go."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.entries import ENTRY_MIN_HEADS, entry_heads
from corpusclean.model import Block
from corpusclean.rules import Rule
from strategies import distinct_paragraphs, examples

ENTRIES_DE = [
    "Der Kreistag vertagt die Abstimmung über die Geburtsstation, nachdem Tausende eine "
    "Petition unterschrieben haben.",
    "Ein Gutachten empfiehlt, die Notaufnahme nachts zu schließen und die Chirurgie in die "
    "Kreisstadt zu verlegen.",
    "Die Klinikleitung meldet ein Defizit von elf Millionen Euro und kündigt einen "
    "Sanierungsplan für das Haus an.",
    "Der Landrat lädt Beschäftigte und Bürger zu einer Versammlung in die Stadthalle ein, "
    "der Saal ist schnell voll.",
]
DATES_DE = [
    "Mittwoch, 3. Dezember 2025",
    "Dienstag, 25. November 2025",
    "Donnerstag, 6. November 2025",
    "Montag, 13. Oktober 2025",
]


def removed(lines: list[str], language: str = "auto") -> list[str]:
    cleaner = corpusclean.Cleaner(config=corpusclean.Config(language=language))
    return [r.text for r in cleaner.clean("\n".join(lines)).removed]


def chronicle(heads: list[list[str]], entries: list[str], title: str) -> list[str]:
    lines = [title]
    for head, entry in zip(heads, entries, strict=True):
        lines += [*head, entry]
    return lines


def test_a_chronicle_keeps_each_entrys_date_and_source() -> None:
    heads = [[date, "Quelle: eigene Recherche"] for date in DATES_DE]
    lines = chronicle(heads, ENTRIES_DE, "Streit um das Klinikum: Was bisher geschah")
    # The edge rules took the head's and the foot's entries, then the next ones in each round.
    assert removed(lines, "de") == []


def test_a_diary_keeps_each_days_date_and_byline() -> None:
    entries = [
        "Oggi i camion in attesa erano più di trecento, e gli autisti dormono in cabina da "
        "giorni senza acqua corrente.",
        "Nella tenda dell'ospedale da campo un medico egiziano mi ha mostrato le scorte, "
        "che bastano per una settimana.",
        "Sono arrivato al valico all'alba, dopo otto ore di strada nel deserto e quattro "
        "posti di blocco militari.",
    ]
    dates = ["Venerdì 14 novembre 2025", "Giovedì 13 novembre 2025", "Mercoledì 12 novembre 2025"]
    heads = [[date, "Di Marco Bellini, inviato"] for date in dates]
    assert (
        removed(chronicle(heads, entries, "Diario dal Sinai: una settimana al valico"), "it") == []
    )


def test_a_letters_page_keeps_each_letters_date() -> None:
    letters = [
        "Die Radwege sind ein Gewinn für alle. Endlich fahren meine Kinder allein zur Schule. "
        "Hans Meier, Nordstadt",
        "Mit dem Wegfall der Parkplätze verliert die Innenstadt. Wer vom Land kommt, fährt "
        "jetzt ins Einkaufszentrum. Erika Schulz, Oberdorf",
        "Warum wurde der Ausbau nicht mit den Anwohnern besprochen? Eine Versammlung hätte "
        "Ärger erspart. Peter Wagner, Südviertel",
    ]
    heads = [["Leserbrief", date] for date in DATES_DE[:3]]
    assert removed(chronicle(heads, letters, "Leserbriefe zur Verkehrswende"), "de") == []


def test_a_storys_own_byline_and_date_at_its_head_still_go() -> None:
    # Written from a regional story's shape: byline and date under the title, then the text.
    lines = [
        "Klinikum: Kreistag vertagt Entscheidung",
        "Von Julia Brandt",
        DATES_DE[0],
        *ENTRIES_DE,
    ]
    assert removed(lines, "de") == ["Von Julia Brandt", DATES_DE[0]]


def test_a_head_that_reads_unlike_the_timeline_below_it_still_goes() -> None:
    # A story's byline-and-date head over a timeline of bare dates: the head is the page's.
    heads = [[date] for date in DATES_DE[1:]]
    lines = [
        "Klinikum: die Chronologie",
        "Von Julia Brandt",
        DATES_DE[0],
        ENTRIES_DE[3],
        *chronicle(heads, ENTRIES_DE[:3], "")[1:],
    ]
    gone = removed(lines, "de")
    assert gone[:2] == ["Von Julia Brandt", DATES_DE[0]]
    assert not set(DATES_DE[1:]) & set(gone)


def test_a_threads_dated_signatures_are_no_entries() -> None:
    # A blog's open thread: each comment under "Name on date at time said:".
    comments = [
        "We have not yet reviewed the paper, but plan to consider it as part of our year-end "
        "review of cash transfers.",
        "I skimmed your report and did not see any analysis of the trade-off between speed "
        "and safety on the buses.",
        "Have you written anything about giving now versus investing the money and giving "
        "in the future instead?",
    ]
    signatures = [
        "Catherine on September 13, 2018 at 5:23 pm said:",
        "Alex on September 17, 2018 at 6:34 am said:",
        "Gary M on September 17, 2018 at 8:50 pm said:",
    ]
    blocks = [Block(line, i, i + 1) for i, line in enumerate(_interleave(signatures, comments))]
    stamp = Rule(name="timestamp_line", family="attribution", pattern="x", reason="stamp")
    hits = [stamp if i % 2 == 0 else None for i in range(len(blocks))]
    prose = [i % 2 == 1 for i in range(len(blocks))]
    assert not any(entry_heads(blocks, hits, prose))


def test_a_listings_dates_over_teasers_cut_short_are_no_entries() -> None:
    # A review site's section page: each review's date over its teaser, cut by the width.
    teasers = [
        "Die Band meldet sich mit ihrem vierten Studioalbum zurück und präsentiert ein Werk, "
        "das sie auf das nächste Level hebt. Der Opener ist…",
        "Ein Album, mit dem der Songwriter endgültig in der ersten Liga ankommt. Es wirkt wie "
        "der bewusste Schritt nach vorn. Produziert von…",
        "Die Gruppe legt los, als wären wir noch in den 80er-Jahren. Metal, Punk und leichte "
        "Glam-Einflüsse bei den Melodien. Schwer zu…",
    ]
    date = Rule(name="date_line", family="attribution", pattern="x", reason="date")
    lines = _interleave(DATES_DE[:3], teasers)
    blocks = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    hits = [date if i % 2 == 0 else None for i in range(len(blocks))]
    prose = [i % 2 == 1 for i in range(len(blocks))]
    assert not any(entry_heads(blocks, hits, prose))


def test_two_heads_are_no_chronicle() -> None:
    # One story's byline at its head and again at its foot: the edge rules take both.
    lines = ["Klinikum: Kreistag vertagt", "Von Julia Brandt", *ENTRIES_DE[:2], "Von Julia Brandt"]
    assert removed(lines, "de") == ["Von Julia Brandt", "Von Julia Brandt"]


def _interleave(heads: list[str], texts: list[str]) -> list[str]:
    return [line for pair in zip(heads, texts, strict=True) for line in pair]


@settings(max_examples=examples(40))
@given(
    texts=distinct_paragraphs(min_size=1, max_size=8),
    flags=st.lists(st.booleans(), min_size=1, max_size=8),
)
def test_entry_heads_mark_only_hits_and_need_enough_heads(
    texts: list[str], flags: list[bool]
) -> None:
    # Invariant: only blocks a rule hit are entry heads, and only when ENTRY_MIN_HEADS
    # groups read the same: fewer hits than that mark nothing.
    date = Rule(name="date_line", family="attribution", pattern="x", reason="date")
    lines = _interleave((DATES_DE * 2)[: len(texts)], texts)
    blocks = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    hits = [
        date if i % 2 == 0 and flags[(i // 2) % len(flags)] else None for i in range(len(blocks))
    ]
    prose = [i % 2 == 1 for i in range(len(blocks))]
    heads = entry_heads(blocks, hits, prose)
    assert all(hits[i] is not None for i, flag in enumerate(heads) if flag)
    if sum(h is not None for h in hits) < ENTRY_MIN_HEADS:
        assert not any(heads)


def test_a_dated_related_list_still_goes() -> None:
    # Dates over other stories' headlines, labelled or not: no entry's text under them.
    related = [
        DATES_DE[1],
        "Petition für die Geburtsstation übergeben",
        DATES_DE[2],
        "Gutachten: Notaufnahme soll nachts schließen",
        DATES_DE[3],
        "Klinikum meldet Millionendefizit",
    ]
    story = ["Klinikum: Kreistag vertagt Entscheidung", *ENTRIES_DE[:3]]
    assert removed([*story, *related], "de") == related
    assert removed([*story, "Mehr zum Thema", *related], "de") == ["Mehr zum Thema", *related]


TIMELINES = {
    "en": [
        "How the bridge came to be closed",
        "The old bridge over the river has been closed to cars since the spring. Here is what "
        "happened, in brief.",
        "12 March 2024",
        "Cracks are found during a routine inspection.",
        "14 March 2024",
        "The highways agency closes the bridge to heavy traffic.",
        "2 April 2024",
        "The bridge is closed to all cars. People on foot and on bicycles can still cross.",
        "Autumn 2025",
        "A new bridge is due to be finished, according to the plan.",
    ],
    # A language no rule file is written for: the date rule's numbers still hit the dates.
    "sv": [
        "Så gick det till när bron stängdes",
        "Den gamla bron över Ljusnan har varit stängd för biltrafik sedan i våras. Här är "
        "händelserna i korthet.",
        "12 mars 2024",
        "Sprickor upptäcks vid en rutinbesiktning.",
        "14 mars 2024",
        "Trafikverket stänger bron för tung trafik.",
        "2 april 2024",
        "Bron stängs helt för biltrafik. Gående och cyklister får fortfarande passera.",
        "Hösten 2025",
        "En ny bro ska enligt planen stå klar.",
    ],
}


def test_a_timeline_of_short_sentences_keeps_its_dates() -> None:
    # Blind probe session30a: each date heads one short sentence, too short for prose; the
    # first date stood within the edge blocks (English) or every date stood past the last
    # prose block (Swedish), and the date rule took them.
    for lines in TIMELINES.values():
        assert removed(lines) == []


def test_a_timeline_still_loses_the_storys_own_stamp_and_the_share_row() -> None:
    lines = [*TIMELINES["en"][:2], "Published: 3 April 2024", *TIMELINES["en"][2:], "Share"]
    assert removed(lines) == ["Published: 3 April 2024", "Share"]

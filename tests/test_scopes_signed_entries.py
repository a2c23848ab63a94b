"""A chronicle that signs each entry at its foot keeps the dates heading its entries and the
sign-offs over them (`detect.entries._read_past_sign_offs`): the groups between two entries
read sign-off-and-date, the first entry's the date alone, and each reads as the date too.
A story's own byline and date, printed once, still go."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.entries import entry_heads
from corpusclean.model import Block
from corpusclean.rules import Rule
from strategies import distinct_paragraphs, examples

# Written for the test: a title, an introduction, then entries of (date, text, sign-off); the
# last entry is not signed.
CHRONICLES = {
    "en": (
        "A week on the picket line",
        "How the bus drivers' strike unfolded, day by day, as seen by our reporters.",
        ["Monday 10 March 2025", "Wednesday 12 March 2025", "Friday 14 March 2025"],
        [
            "The first buses stay in the depot at dawn, and the union says nine in ten drivers "
            "have walked out.",
            "Talks at the town hall break up after four hours, with both sides blaming the "
            "other for the deadlock.",
            "A deal is struck late at night, and the first buses are back on the roads by "
            "Saturday morning.",
        ],
        ["By Tom Harris", "By Priya Shah"],
    ),
    "de": (
        "Eine Woche Streik im Hafen",
        "Wie der Ausstand der Hafenarbeiter verlief, Tag für Tag aufgeschrieben.",
        ["Montag, 10. März 2025", "Mittwoch, 12. März 2025", "Freitag, 14. März 2025"],
        [
            "Am frühen Morgen bleiben die Kräne stehen, die Gewerkschaft spricht von einer "
            "Beteiligung von neunzig Prozent.",
            "Die Gespräche im Rathaus enden nach vier Stunden ohne Ergebnis, beide Seiten "
            "geben sich gegenseitig die Schuld.",
            "In der Nacht wird eine Einigung unterschrieben, am Samstag laufen die ersten "
            "Schiffe wieder aus.",
        ],
        ["Von Jana Krüger", "Von Felix Brandt"],
    ),
    "fr": (
        "Une semaine de grève au dépôt",
        "Le conflit des chauffeurs de bus, raconté jour après jour par nos journalistes.",
        ["Lundi 10 mars 2025", "Mercredi 12 mars 2025", "Vendredi 14 mars 2025"],
        [
            "Aucun bus ne quitte le dépôt au petit matin, et le syndicat annonce neuf "
            "grévistes sur dix.",
            "Les discussions à la mairie tournent court après quatre heures, chacun accusant "
            "l'autre du blocage.",
            "Un accord est signé dans la nuit, et les premiers bus reprennent la route samedi "
            "matin.",
        ],
        ["Par Claire Morel", "Par Hugo Lambert"],
    ),
}


def chronicle(language: str) -> tuple[list[str], list[str]]:
    title, intro, dates, texts, sign_offs = CHRONICLES[language]
    lines = [title, intro]
    for n, (date, text) in enumerate(zip(dates, texts, strict=True)):
        lines += [date, text, *sign_offs[n : n + 1]]
    return lines, [*dates, *sign_offs]


def removed(lines: list[str], language: str) -> list[str]:
    cleaner = corpusclean.Cleaner(config=corpusclean.Config(language=language))
    return [r.text for r in cleaner.clean("\n".join(lines)).removed]


def test_a_chronicle_signed_at_each_entrys_foot_keeps_its_dates_and_sign_offs() -> None:
    for language in CHRONICLES:
        lines, heads = chronicle(language)
        assert not set(heads) & set(removed(lines, language)), language


def test_a_storys_own_byline_and_date_under_its_introduction_still_go() -> None:
    # The story's head printed once, under a standfirst, over two dated updates: no sign-off
    # is repeated, and two dates are no chronicle.
    title, intro, dates, texts, _ = CHRONICLES["en"]
    lines = [title, intro, "By Tom Harris", dates[0], texts[0], dates[1], texts[1]]
    gone = removed(lines, "en")
    assert "By Tom Harris" in gone
    assert dates[0] in gone


def test_two_signed_entries_are_no_chronicle() -> None:
    # A date alone and one sign-off-and-date: two heads, fewer than a chronicle's three.
    title, intro, dates, texts, sign_offs = CHRONICLES["de"]
    lines = [title, intro, dates[0], texts[0], sign_offs[0], dates[1], texts[1]]
    assert dates[0] in removed(lines, "de")


@settings(max_examples=examples(40))
@given(texts=distinct_paragraphs(min_size=3, max_size=6), signed=st.integers(0, 5))
def test_sign_offs_read_as_date_heads_only_when_repeated(texts: list[str], signed: int) -> None:
    # Entries 1..signed (below the document's start) are signed by the entry above: with two
    # sign-offs or more every head is the chronicle's; with one, its group reads unlike the
    # others (as before the sign-off reading) and only the bare dates head their entries.
    byline = Rule(name="byline", family="attribution", pattern="x", reason="byline")
    date = Rule(name="date_line", family="attribution", pattern="x", reason="date")
    signed = min(signed, len(texts) - 1)
    lines: list[str] = []
    hits: list[Rule | None] = []
    prose: list[bool] = []
    for n, text in enumerate(texts):
        if 0 < n <= signed:
            lines.append("By Somebody")
            hits.append(byline)
            prose.append(False)
        lines += ["1 March 2025", text]
        hits += [date, None]
        prose += [False, True]
    blocks = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    heads = entry_heads(blocks, hits, prose)
    marked = [i for i, hit in enumerate(hits) if hit is not None]
    if signed >= 2 or signed == 0:
        assert all(heads[i] for i in marked)
    else:
        signed_group = {i for i in marked if hits[i] is byline}
        signed_group |= {i + 1 for i in signed_group}
        bare = [i for i in marked if i not in signed_group]
        assert not any(heads[i] for i in signed_group)
        assert all(heads[i] == (len(bare) >= 3) for i in bare)

"""A story that ends in its table of results, each row ranking its entries ("1. Sara Lind 7,
2. Olle Dahl 6½, 3. Nils Ström 5"), with a group's label over each row: the article's own
list, never a related-headlines run (`headlines._ranks_entries`; general41: a chess club's
results by group went to `trailing_headlines`). Related headlines after a story still go,
also those that hold one rank each ("1. FC ...", "zum 1. Januar")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect import headlines
from strategies import CAPITALISED
from test_evidence_coded_rows import STORIES
from test_properties import clean_keeping_story

TOP = [
    "Klubbmästerskapet avgjort efter nio ronder",
    "Årets klubbmästerskap spelades på tisdagar under hösten, och spelarna var som vanligt "
    "indelade i tre grupper efter ratingtal och förra säsongens resultat. Intresset från "
    "toppspelarna var svalt även i år, men de som kom bjöd på jämna partier.",
    "I mästargruppen blev det delad seger, och i kandidatgruppen vann en av klubbens "
    "trotjänare. Prisutdelningen hölls i samband med julfesten, och den som inte har hämtat "
    "sitt pris kan kontakta tävlingsledaren.",
    "Slutresultat",
]
RESULTS = [
    "Mästargruppen",
    "1-2.Karin Holm Per Ek 6, 3. Lars Berg 5½ (8 deltagare)",
    "Kandidatgruppen",
    "1. Sara Lind 7, 2. Olle Dahl 6½, 3. Nils Ström 5 (10 deltagare)",
    "Öppna gruppen",
    "1. Eva Sjö 6, 2. Ali Karim 5½, 3. Bo Nyberg",
]
# Related headlines that hold one rank each: a headline ranks no entries.
ONE_RANK_EACH = [
    "Regionalliga: 1. FC Kaan verliert das Derby deutlich",
    "Freibad bleibt wegen Sanierung auch im Sommer geschlossen",
    "Stadtwerke erhöhen zum 1. Januar die Preise für Fernwärme",
]


def test_a_table_of_results_after_the_story_stays() -> None:
    article = corpusclean.clean("\n".join([*TOP, *RESULTS]))
    removed = [r.text for r in article.removed]
    assert not set(RESULTS) & set(removed), removed


def test_related_headlines_with_one_rank_each_still_go() -> None:
    top, _ = STORIES["de"]
    article = corpusclean.clean("\n".join([*top, *ONE_RANK_EACH]))
    assert [r.text for r in article.removed if r.rule == "trailing_headlines"] == ONE_RANK_EACH


def test_ranks_in_a_line() -> None:
    assert [headlines._ranks_entries(line) for line in RESULTS] == [False, True] * 3
    assert not any(headlines._ranks_entries(line) for line in ONE_RANK_EACH)


@given(
    names=st.lists(st.sampled_from(CAPITALISED), min_size=9, max_size=9, unique=True),
    groups=st.sampled_from(
        (("Group A", "Group B", "Group C"), ("Gruppe 1", "Gruppe 2", "Gruppe 3"))
    ),
)
def test_rows_that_rank_their_entries_are_never_trailing_headlines(
    names: list[str], groups: tuple[str, str, str]
) -> None:
    rows = [
        f"1. {a} Holm 6, 2. {b} Ek 5, 3. {c} Berg 4"
        for a, b, c in zip(names[0::3], names[1::3], names[2::3], strict=True)
    ]
    lines = [line for group, row in zip(groups, rows, strict=True) for line in (group, row)]
    article = clean_keeping_story([*TOP, *lines], TOP[1:3])
    assert not {r.text for r in article.removed} & set(lines)

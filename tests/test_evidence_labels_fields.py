"""A fact box's "Label: value" rows are fields, not repeated credits (issue #12).

Found by half 6 of `benchmarks/repair_eval.py --shapes blind3` (held out, now read, so in
sample): two museums' rows "Geöffnet: Di–So, 10–18 Uhr" lost both printings to
`repeated_label`. A row is a field when its label heads another value in the document, or
when a row of the same shape with another label stands next to it
(`detect.labels._fact_box_keys`). Bare credits printed twice still go.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from block_helpers import blocks
from corpusclean.detect.labels import NAME, _fact_box_keys
from corpusclean.text import FIELD_LABEL_MAX_WORDS, field_label
from strategies import BANK_STORY as BODY

HOURS = "Geöffnet: Di–So, 10–18 Uhr"


def clean(lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines))


def label_removals(lines: list[str]) -> list[str]:
    return [r.text for r in clean(lines).removed if r.rule == NAME]


# --- what must stay: fields ----------------------------------------------------------------


def test_museum_rows_with_a_label_repeated_stay() -> None:
    rows = ["Stadtmuseum", "Eintritt: frei", HOURS, "Kunsthalle", "Eintritt: frei", HOURS]
    rows += ["Naturkundemuseum", "Eintritt: 5 Euro", "Geöffnet: Mi–So, 10–17 Uhr"]
    lines = [BODY[0], *rows, BODY[1], BODY[2]]
    assert label_removals(lines) == []
    assert clean(lines).paragraphs.count(HOURS) == 2


def test_a_label_heading_another_value_is_a_field_alone() -> None:
    # No other field beside them: the value that differs is the evidence.
    rows = ["Stadtmuseum", HOURS, "Kunsthalle", HOURS, "Naturkundemuseum"]
    rows.append("Geöffnet: Mi–So, 10–17 Uhr")
    assert label_removals([BODY[0], *rows, BODY[1], BODY[2]]) == []


def test_rows_beside_another_field_are_fields_alone() -> None:
    # One value, printed twice: the row of another label beside each is the evidence.
    rows = ["Stadtmuseum", "Eintritt: frei", HOURS, "Kunsthalle", "Eintritt: frei", HOURS]
    assert label_removals([BODY[0], *rows, BODY[1], BODY[2]]) == []


# --- what must go: credits -----------------------------------------------------------------


def test_a_bare_credit_under_two_photos_still_goes() -> None:
    credit = "Getty Images Europe"
    lines = [BODY[0], credit, BODY[1], credit, BODY[2]]
    assert label_removals(lines) == [credit, credit]


def test_a_labelled_row_printed_twice_alone_still_goes() -> None:
    # One label, one value, nothing beside it of its shape: no evidence of a fact box.
    row = "Quelle: Stadt Köln"
    lines = [BODY[0], row, BODY[1], row, BODY[2]]
    assert label_removals(lines) == [row, row]


def test_a_headline_series_is_no_field() -> None:
    # A phrase of more than `FIELD_LABEL_MAX_WORDS` words before the colon: a series' name.
    series = "Binge Eating Disorder: Understanding Your Triggers"
    assert len(series.split(":")[0].split()) > FIELD_LABEL_MAX_WORDS
    assert field_label(series) == ""
    other = "Binge Eating Disorder: Symptoms And Causes"
    keys = _fact_box_keys(blocks([series, BODY[0], other, series]), [series.lower(), "", "", ""])
    assert keys == set()


def test_field_label_reads_the_label_before_the_colon() -> None:
    assert field_label(HOURS) == "geöffnet"
    assert field_label("Opening Hours: Tue–Sun") == "opening hours"
    assert field_label("Getty Images") == ""
    assert field_label("Eintritt:") == ""
    assert field_label("10:30 Uhr") == ""


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Eintritt", "Geöffnet", "Adresse", "Telefon", "Preis"]),
            st.sampled_from(["Di–So, 10–18 Uhr", "5 Euro", "Am Markt 1", "Frei", "0221 12345"]),
        ),
        min_size=2,
        max_size=4,
        unique_by=lambda row: row[0],
    ),
    st.sampled_from(["Stadtmuseum", "Kunsthalle", "Museum Ludwig"]),
    st.sampled_from(["Naturkundemuseum", "Römisch-Germanisches Museum"]),
)
def test_a_fact_box_printed_under_two_headings_keeps_every_row(
    rows: list[tuple[str, str]], first: str, second: str
) -> None:
    box = [f"{label}: {value}" for label, value in rows]
    lines = [BODY[0], first, *box, second, *box, BODY[1], BODY[2]]
    article = clean(lines)
    assert label_removals(lines) == []
    for row in box:
        assert article.paragraphs.count(row) == 2

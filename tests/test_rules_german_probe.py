"""The German rules on the fourth German junk probe, as properties (issue 12, precision first).

``benchmarks/data/junk_probe/de4.json`` holds a German story written for the probe, junk lines
of sites unlike the earlier rounds and lines that look like junk but are article content.
Whatever the order of the story's paragraphs and wherever the must-stay lines sit, the
German rules keep every paragraph and every must-stay line; a junk line before or after the
story goes and takes nothing with it; and cleaning the result again removes nothing.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.rules import load_builtin_rules

PROBE = Path(__file__).parent.parent / "benchmarks" / "data" / "junk_probe" / "de4.json"
# Junk lines the rules leave at the story's edges, on purpose: one site's own slogan
# ("Das ist die Europäische Perspektive bei BR24.") that no family describes.
KEPT_AT_EDGES = {"Das ist die Europäische Perspektive bei BR24."}


@cache
def probe() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(PROBE.read_text(encoding="utf-8"))
    return data


@cache
def german() -> Cleaner:
    return Cleaner(Config(language="de"))


@cache
def german_rules() -> frozenset[str]:
    return frozenset(rule.name for rule in load_builtin_rules("de"))


@given(st.data())
def test_story_and_must_stay_lines_come_out_whole(data: st.DataObject) -> None:
    body = data.draw(st.permutations(probe()["body"]))
    stay = data.draw(st.lists(st.sampled_from(probe()["stay"]), max_size=4, unique=True))
    at = data.draw(st.integers(min_value=0, max_value=len(body)))
    lines = [*body[:at], *stay, *body[at:]]
    article = german().clean("\n".join(lines))
    # No rule of the language takes a line. (Several sub-headings stacked above the last
    # paragraph may read as a list of headlines to a detector: that is not the rules' call.)
    assert not [r.text for r in article.removed if r.rule in german_rules()]
    assert set(body) <= set(article.paragraphs)
    again = german().clean(article.text)
    assert not [r.text for r in again.removed if r.rule in german_rules()]


@given(
    st.sampled_from([line for line in probe()["junk"] if line not in KEPT_AT_EDGES]),
    st.booleans(),
)
def test_a_junk_line_at_an_edge_goes_alone(junk: str, at_top: bool) -> None:
    body = probe()["body"]
    article = german().clean("\n".join([junk, *body] if at_top else [*body, junk]))
    assert [removal.text.strip() for removal in article.removed] == [junk]
    assert list(article.paragraphs) == body
    # Cleaning the output again removes nothing more.
    assert german().clean(article.text).removed == ()

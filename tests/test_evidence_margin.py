"""The `margin` scope and the `breadcrumb` rule (issue #12, precision22c): an arrow or guillemet
line among the story's prose (a route, a ranking, between two paragraphs) stays, and a trail over
the headline or under the last paragraph still goes (article text written for these tests, no
page text; the shapes of `benchmarks/data/precision/session22.json`, not its lines).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, Rule, Scope
from corpusclean.rules import builtin_languages, load_builtin_rules, parse_rules
from strategies import distinct_paragraphs, examples, headings, prose_stories
from test_properties import clean_keeping_story, removed_by

STORY_DE = [
    "Was ein Heizungswechsel in Talheim kostet",
    "Die Stadtwerke Talheim haben für ein Einfamilienhaus mit 140 Quadratmetern ausgerechnet, "
    "was die verschiedenen Heizungen im Jahr an Energie und Wartung kosten.",
]
RANKING_DE = ["Kosten im Vergleich:", "Pellets > Wärmepumpe > Gas > Öl", "Gas > Strom"]
CLOSING_DE = "Die Zahlen gelten für das Jahr 2027 und enthalten alle Steuern."
STORY_FR = [
    "Le train de nuit revient entre Lille et Perpignan",
    "Le train de nuit Lille-Perpignan a repris du service vendredi, après huit ans d'arrêt, "
    "et nous avons fait tout le voyage en couchette.",
]
ROUTE_FR = ["Le parcours :", "Lille › Paris › Toulouse › Perpignan"]
CLOSING_FR = "Départ 21 h 10, arrivée 9 h 05. Les voitures étaient complètes dès le jeudi."
PROSE_EN = [
    "The council said on Monday that the new bus route would run every twenty minutes from "
    "early next month, linking the hospital with the station and the town's two schools.",
    "Drivers were recruited over the summer, and the operator expects the buses to carry more "
    "than two thousand passengers a day once the timetable has settled in.",
]


def test_a_ranking_between_paragraphs_stays_with_its_label() -> None:
    # Before precision22c the breadcrumb rule took both rankings (any position).
    lines = [*STORY_DE, *RANKING_DE, CLOSING_DE]
    removed = removed_by(lines)
    assert not any(line in removed for line in RANKING_DE[1:]), removed


def test_a_route_between_a_paragraph_and_a_short_sentence_stays() -> None:
    lines = [*STORY_FR, *ROUTE_FR, CLOSING_FR]
    assert ROUTE_FR[1] not in removed_by(lines)


def test_a_trail_over_the_headline_and_under_the_story_still_goes() -> None:
    trail = "Home > News > Transport"
    assert removed_by([trail, "Bus route to open next month", *PROSE_EN]).get(trail) == (
        "breadcrumb"
    )
    assert removed_by([*PROSE_EN, trail]).get(trail) == "breadcrumb"


def test_a_short_line_that_is_no_sentence_does_not_make_a_trail_the_story_s() -> None:
    # A byline and a headline around a trail, a paragraph only on one side: the page's header.
    trail = "Startseite > Politik > Inland"
    lines = [
        "Von Jana Roth",
        trail,
        "Neue Buslinie startet im Mai",
        *PROSE_EN,
    ]
    assert removed_by(lines).get(trail) == "breadcrumb"


def scoped_rule_cleaner(tmp_path: Path, text: str, scope: Scope) -> Cleaner:
    """A cleaner of one user rule file, written to ``tmp_path``, whose rule parses with
    ``scope``: a scope read from a file acts as a built-in rule's does."""
    assert parse_rules(text, "<test>")[0].scope is scope
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return Cleaner(Config(builtin_rules=False, rule_files=(str(path),)))


def test_a_margin_scope_rule_file_loads_and_acts_by_position(tmp_path: Path) -> None:
    text = (
        '[[rules]]\nname = "route_line"\nfamily = "navigation"\nscope = "margin"\n'
        "reason = \"test\"\npattern = '''\\w+( -> \\w+)+'''\n"
    )
    cleaner = scoped_rule_cleaner(tmp_path, text, Scope.MARGIN)
    between = cleaner.clean("\n".join([PROSE_EN[0], "Leeds -> York", PROSE_EN[1]]))
    assert "Leeds -> York" in between.paragraphs
    on_top = cleaner.clean("\n".join(["Leeds -> York", "A Headline Here", *PROSE_EN]))
    assert [removal.rule for removal in on_top.removed] == ["route_line"]


routes = st.lists(
    st.sampled_from(("Leeds", "York", "Durham", "Coal", "Gas", "Wind", "Kassel", "Lyon")),
    min_size=2,
    max_size=5,
).map(lambda crumbs: st.sampled_from((" > ", " › ", " » ")).map(lambda sep: sep.join(crumbs)))


@settings(max_examples=examples(60), deadline=None)
@given(
    story=prose_stories(),
    trail=routes.flatmap(lambda strategy: strategy),
    title=headings,
    data=st.data(),
)
def test_an_arrow_line_between_two_prose_paragraphs_is_never_the_breadcrumb_rule_s(
    story: list[str], trail: str, title: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=1, max_value=len(story) - 1))
    # Under a headline, as a story is: with none, a short first paragraph ending on a
    # question ("Government the the the. ... the minister?", 14 words) is read as the title,
    # which has nothing to do with the trail (CI's 100 examples found it).
    lines = [title, *story[:at], trail, *story[at:]]
    article = clean_keeping_story(lines, story)
    assert all(removal.rule != "breadcrumb" for removal in article.removed)


@settings(max_examples=examples(30), deadline=None)
@given(story=distinct_paragraphs(min_sentences=3, min_size=1, max_size=4), title=headings)
def test_a_home_trail_over_a_headline_still_goes(story: list[str], title: str) -> None:
    trail = "Home > News > World"
    article = Cleaner(Config()).clean("\n".join([trail, title, *story]))
    assert any(r.text == trail and r.rule == "breadcrumb" for r in article.removed)


def test_the_breadcrumb_rule_is_margin_scoped_in_every_language() -> None:
    for language in builtin_languages():
        rules: list[Rule] = [r for r in load_builtin_rules(language) if r.name == "breadcrumb"]
        assert [r.scope for r in rules] == [Scope.MARGIN], language

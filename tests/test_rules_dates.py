"""The date rules written once (rules/data/dates.toml) and taken by each language's rule file
at its own place with a table that names the rule (``shared = "timestamp_line"``).

Placed, not appended: the first rule that matches a line names its removal, so a file that
takes a date rule must get it exactly where the rule used to be written, with the file's
language, and a name that is not in dates.toml is an error, never a silent skip.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from corpusclean import Cleaner, Config
from corpusclean.compat import tomllib
from corpusclean.rules import builtin_languages, load_builtin_rules, parse_rules
from corpusclean.rules.rule import DATE_RULE_FILE, builtin_rule_file

DATE_TABLES = tomllib.loads(
    files("corpusclean").joinpath("rules", "data", DATE_RULE_FILE).read_text("utf-8")
)["rules"]
DATE_NAMES = [table["name"] for table in DATE_TABLES]


def _file_text(code: str) -> str:
    return (
        files("corpusclean").joinpath("rules", "data", builtin_rule_file(code)).read_text("utf-8")
    )


def _placed_names(code: str) -> list[str]:
    """The date rules a language's file takes by name, in its order."""
    document = tomllib.loads(_file_text(code))
    return [table["shared"] for table in document["rules"] if "shared" in table]


def test_the_date_rules_are_the_ones_the_languages_copied() -> None:
    assert DATE_NAMES == ["timestamp_line", "timestamp_pair_line"]
    takers = {code for code in builtin_languages() if "timestamp_line" in _placed_names(code)}
    assert takers == {"de", "en", "es", "fr", "it", "nl", "pt"}
    # Japanese and Chinese keep a form of their own, in their file (its script's signs)
    for code in ("ja", "zh"):
        own = {rule.name: rule for rule in load_builtin_rules(code)}["timestamp_line"]
        assert own.pattern != DATE_TABLES[0]["pattern"]
        assert "。" in own.pattern
        assert "timestamp_line" not in _placed_names(code)


@pytest.mark.parametrize("code", sorted(builtin_languages()))
def test_a_placed_date_rule_stands_where_the_file_names_it(code: str) -> None:
    document = tomllib.loads(_file_text(code))
    written = [table.get("name", table.get("shared")) for table in document["rules"]]
    rules = load_builtin_rules(code)
    assert [rule.name for rule in rules[: len(written)]] == written
    for rule in rules[: len(written)]:
        if rule.name in _placed_names(code):
            table = DATE_TABLES[DATE_NAMES.index(rule.name)]
            assert rule.pattern == table["pattern"] and rule.max_words == table["max_words"]
            assert rule.language == code  # as a rule the file wrote itself


def test_a_user_file_takes_a_date_rule_by_name(tmp_path: Path) -> None:
    text = (
        "[[rules]]\nname = 'promo'\nfamily = 'shop'\nreason = 'r'\npattern = 'promo code'\n"
        "[[rules]]\nshared = 'timestamp_line'\n"
    )
    assert [rule.name for rule in parse_rules(text, "user.toml")] == ["promo", "timestamp_line"]
    path = tmp_path / "dates.toml"
    path.write_text(text, encoding="utf-8")
    config = Config(builtin_rules=False, rule_files=(str(path),), mode="article")
    body = "The council met on Tuesday and agreed the budget for the coming year after a debate."
    article = Cleaner(config).clean(f"{body}\nMonday, 22.10.2010, 20:13 Uhr")
    assert [removal.rule for removal in article.removed] == ["timestamp_line"]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("shared = 'no_such_rule'", "names one rule of dates.toml"),
        ("shared = 'timestamp_line'\nmax_words = 3", "has no other key"),
        ("shared = ['timestamp_line']", "names one rule of dates.toml"),
    ],
)
def test_a_bad_shared_table_is_refused(table: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_rules(f"[[rules]]\n{table}\n", "user.toml")


# A Swedish story of eight paragraphs: a stamp between its fourth and fifth is inside the body.
_STORY = [
    "Kommunen beslutade i tisdags att bygga en ny bro över älven efter en lång debatt.",
    "Arbetet ska börja nästa vår och pågå i två år, enligt kommunens plan för bygget.",
    "Den gamla bron har varit stängd för tung trafik sedan sprickor hittades i fjol.",
    "Många pendlare har fått köra en omväg på tjugo minuter varje dag sedan dess.",
    "Oppositionen ville först utreda en färja, men förslaget fick inget stöd i fullmäktige.",
    "Kostnaden beräknas till trehundra miljoner kronor, varav staten betalar hälften.",
    "Under byggtiden ska en tillfällig gångbro öppnas för cyklister och gående.",
    "Den nya bron väntas stå klar till sommaren om två år, säger projektledaren.",
]


@pytest.mark.parametrize("code", ["sv", "da", "pl", "fi"])
def test_a_language_without_a_rule_file_gets_the_date_rules(code: str) -> None:
    # A year and a clock time are read in no word of any language, so a page in a language
    # no rule file is written for loses its stamp at the edge as a German page does.
    rules = load_builtin_rules(code)
    names = [rule.name for rule in rules]
    assert names[: len(DATE_NAMES)] == DATE_NAMES
    assert all(rule.language == code for rule in rules[: len(DATE_NAMES)])
    stamp = "tisdag 22 oktober 2024, kl. 20:13"
    cleaner = Cleaner(Config(language=code, mode="article"))
    article = cleaner.clean("\n".join([stamp, *_STORY]))
    assert [removal.rule for removal in article.removed] == ["timestamp_line"]
    # inside the story a timetable's stamp is the story's, as in every language
    inside = cleaner.clean("\n".join([*_STORY[:4], stamp, *_STORY[4:]]))
    assert not inside.removed

"""Rules scoped to one source: the rule-file keys, reading a document's source, applying them."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusclean import Cleaner, Config
from corpusclean.rules import Rule, SourceRules, domain_of, parse_rules, source_key

BODY = (
    "The council approved the new budget on Monday after a long debate about roads, "
    "officials said.\nResidents welcomed the decision, which will fund new schools and parks "
    "across the district."
)
RULES = """
[[rules]]
name = "example_menu"
family = "learned"
source = "example.com"
reason = "the menu of example.com"
pattern = 'zebra lounge specials'

[[rules]]
name = "bbc_menu"
family = "learned"
source_by = "site"
source = "bbc"
reason = "the menu of the bbc records"
pattern = 'zebra lounge specials'

[[rules]]
name = "exact_source"
family = "learned"
source_by = "source"
source = "feed-7"
reason = "a line of feed 7"
pattern = 'from the feed'
"""


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.example.com/a", "example.com"),
        ("HTTP://WWW.EXAMPLE.COM:80/a?b#c", "example.com"),
        ("example.com/news/1", "example.com"),
        ("https://news.example.com/", "news.example.com"),
        ("https://www2.example.com/", "www2.example.com"),
        ("/home/me/file.txt", None),
        ("seeds/002.txt", None),
        ("http://[::1", None),
        ("", None),
    ],
)
def test_domain_of_reads_the_host_without_www(url: str, domain: str | None) -> None:
    assert domain_of(url) == domain


def test_source_key_by_domain_source_and_field() -> None:
    meta = {"site": "bbc", "n": 7, "flag": True, "nested": {"a": 1}}
    assert source_key("domain", "https://www.bbc.co.uk/x", meta) == "bbc.co.uk"
    assert source_key("source", "https://www.bbc.co.uk/x", meta) == "https://www.bbc.co.uk/x"
    assert source_key("site", None, meta) == "bbc"
    assert source_key("n", None, meta) == "7"
    assert source_key("flag", None, meta) is None
    assert source_key("nested", None, meta) is None
    assert source_key("domain", None, meta) is None


def test_scoped_rules_parse_and_apply_only_to_their_source(tmp_path: Path) -> None:
    path = tmp_path / "site-rules.toml"
    path.write_text(RULES, encoding="utf-8")
    rules = parse_rules(RULES, "test")
    assert [(r.source_by, r.source) for r in rules] == [
        ("domain", "example.com"),
        ("site", "bbc"),
        ("source", "feed-7"),
    ]
    cleaner = Cleaner(Config(rule_files=(str(path),)))
    assert all(rule.source is None for rule in cleaner.matcher.rules)
    text = f"Zebra lounge specials\n{BODY}\nFrom the feed"

    def removed(**where: object) -> list[str]:
        article = cleaner.clean(text, **where)  # type: ignore[arg-type]
        return [r.rule for r in article.removed]

    assert removed(source="https://www.example.com/1") == ["example_menu"]
    assert removed(source="https://example.org/1") == []
    assert removed(source=None, metadata={"site": "bbc"}) == ["bbc_menu"]
    assert removed(source="feed-7") == ["exact_source"]
    # A document of two scopes gets both sources' rules.
    assert removed(source="feed-7", metadata={"site": "bbc"}) == ["bbc_menu", "exact_source"]
    assert removed() == []


def test_clean_record_and_explain_read_the_record_source(tmp_path: Path) -> None:
    path = tmp_path / "site-rules.toml"
    path.write_text(RULES, encoding="utf-8")
    cleaner = Cleaner(Config(rule_files=(str(path),)))
    record = {"text": f"Zebra lounge specials\n{BODY}", "source": "https://example.com/2"}
    assert [r.rule for r in cleaner.clean_record(record).removed] == ["example_menu"]
    other = {"text": record["text"], "site": "bbc"}
    assert [r.rule for r in cleaner.clean_record(other).removed] == ["bbc_menu"]
    _, decisions = cleaner.clean_and_explain(record["text"], source=record["source"])
    assert [d.rule for d in decisions if d.verdict == "removed"] == ["example_menu"]


def test_disabled_scoped_rules_do_not_apply(tmp_path: Path) -> None:
    path = tmp_path / "site-rules.toml"
    path.write_text(RULES, encoding="utf-8")
    cleaner = Cleaner(Config(rule_files=(str(path),), disabled_rules={"example_menu"}))
    article = cleaner.clean(f"Zebra lounge specials\n{BODY}", source="https://example.com/1")
    assert article.removed == ()


def test_scoped_rules_respect_max_words_and_file_order() -> None:
    first = Rule(
        name="short_menu", family="x", reason="r", pattern="menu.*", max_words=1, source="a.org"
    )
    second = Rule(name="any_menu", family="x", reason="r", pattern="menu.*", source="a.org")
    matcher = SourceRules([first, second]).for_document("https://a.org/", {})
    assert matcher is not None
    assert matcher.match("Menu", 1) is first
    assert matcher.match("Menu of the day", 4) is second
    assert matcher.match("Nothing", 1) is None


def test_scoped_patterns_with_their_own_group_names_still_match() -> None:
    named = Rule(name="a", family="x", reason="r", pattern="(?P<x>menu)", source="a.org")
    again = Rule(name="b", family="x", reason="r", pattern="(?P<x>more)", source="a.org")
    matcher = SourceRules([named, again]).for_document("https://a.org/", {})
    assert matcher is not None
    assert matcher.match("more", 1) is again


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [("source", "", "source is a non-empty"), ("source_by", "", "source_by is")],
)
def test_bad_source_keys_are_refused(key: str, value: str, message: str) -> None:
    text = "[[rules]]\nname='a'\nfamily='x'\nreason='r'\npattern='a'\nsource='a.org'\n"
    text += f"{key}='{value}'\n"
    with pytest.raises(ValueError, match=message):
        parse_rules(text.replace("source='a.org'\n", "") if key == "source" else text, "t")


def test_hugging_face_batches_read_the_row_source(tmp_path: Path) -> None:
    from corpusclean.integrations.hf import clean_batch

    path = tmp_path / "site-rules.toml"
    path.write_text(RULES, encoding="utf-8")
    cleaner = Cleaner(Config(rule_files=(str(path),)))
    text = f"Zebra lounge specials\n{BODY}"
    batch = {
        "text": [text, text, text],
        "source": ["https://example.com/1", "https://other.org/1", None],
        "site": [None, None, "bbc"],
    }
    removed = clean_batch(batch, cleaner)["removed"]
    assert [[r["rule"] for r in row] for row in removed] == [["example_menu"], [], ["bbc_menu"]]


def test_a_scoped_rule_name_given_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "site-rules.toml"
    path.write_text(RULES, encoding="utf-8")
    with pytest.raises(ValueError, match=r"repeated: .*example_menu"):
        Cleaner(Config(rule_files=(str(path), str(path))))

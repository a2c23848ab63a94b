"""Explanations are read from the run that cleans: they say exactly what `clean` does."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given

import corpusclean
from corpusclean import Article, Cleaner, Config, Decision
from strategies import configs, documents

BODY = [
    "Alibaba opened its first Southeast Asian office in Kuala Lumpur on Monday, officials said.",
    "The company said the office would serve as a hub for the region's small businesses.",
    "Analysts expect the move to strengthen its position against local rivals in the market.",
]


def assert_decisions_match(article: Article, decisions: tuple[Decision, ...]) -> None:
    titles = [d.text for d in decisions if d.verdict == "title"]
    assert titles == ([article.title] if article.title is not None else [])
    assert tuple(d.text for d in decisions if d.verdict == "kept") == article.paragraphs
    removed = [
        (d.start, d.end, d.text, d.rule, d.reason) for d in decisions if d.verdict == "removed"
    ]
    assert removed == [(r.start, r.end, r.text, r.rule, r.reason) for r in article.removed]
    starts = [d.start for d in decisions]
    assert starts == sorted(starts)
    assert all(d.end > d.start for d in decisions)


@given(text=documents, config=configs)
def test_explained_decisions_equal_cleans_output(text: str, config: Config) -> None:
    cleaner = Cleaner(config)
    article, decisions = cleaner.clean_and_explain(text)
    assert article == cleaner.clean(text)
    assert_decisions_match(article, decisions)
    assert corpusclean.explain(text, cleaner) == decisions


def test_explain_shows_a_user_rule(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(
        '[[rules]]\nname = "house_ad"\nfamily = "layout"\nreason = "our house ad"\n'
        'pattern = "buy our mugs"\n',
        encoding="utf-8",
    )
    text = "\n".join([*BODY[:2], "Buy our mugs", BODY[2]])
    decisions = corpusclean.explain(text, config=Config(rule_files=(str(rules),)))
    mug = next(d for d in decisions if d.text == "Buy our mugs")
    assert (mug.verdict, mug.rule, mug.alone, mug.reason) == (
        "removed",
        "house_ad",
        "house_ad",
        "our house ad",
    )


def test_a_kept_line_says_what_kept_it() -> None:
    # A byline pattern in the middle of the body: the edge-only rule is overruled there.
    body = [*BODY, *BODY]
    text = "\n".join([*body[:3], "By Jane Doe", *[f"{line} Again." for line in body[3:]]])
    byline = next(d for d in corpusclean.explain(text) if d.text == "By Jane Doe")
    assert (byline.verdict, byline.alone) == ("kept", "byline")
    assert byline.reason == "edge-only rule inside the body"


def test_a_line_kept_by_the_budget_says_so() -> None:
    # Ambiguous junk (rules that are not `certain`), more words than the budget's floor.
    junk = [
        "Follow us on Facebook and Instagram for the latest updates from the newsroom.",
        "Subscribe to our newsletter and get the day's top stories delivered to your inbox.",
        "If you enjoyed this article, please consider supporting our independent journalism.",
    ]
    text = "\n".join([BODY[0], *junk])
    article, decisions = Cleaner(Config(removal_budget=0.0)).clean_and_explain(text)
    assert "removal-budget-exceeded" in article.flags
    for line in junk:
        kept = next(d for d in decisions if d.text == line)
        assert kept.verdict == "kept"
        assert kept.reason.startswith("kept: removal budget exceeded (")
        assert kept.alone is not None

"""Rebuilding a labelled set's pages file from saved search answers (`benchmarks/rebuild_pages.py`).

Every label and answer here is made up: the real page texts stay out of the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import corpusclean
from script_modules import load_script


def load(name: str) -> ModuleType:
    """A benchmark script, loaded as a module."""
    return load_script(Path("benchmarks") / f"{name}.py")


rebuild_pages = load("rebuild_pages")
real_pages = load("real_pages")

STORY = "A new bridge opens.\n\nThe council voted on Monday.\n\nShare this article"
OTHER = "A quite different page.\n\nWith other lines."


def keys(text: str) -> list[str]:
    """The label keys real_pages.py forms for a text's non-empty lines."""
    config = corpusclean.Config()
    return [real_pages.line_key(line) for line in real_pages.normalised(text, config) if line]


def labelled(url: str, query: str, rank: int, text: str = STORY) -> dict[str, Any]:
    """A labels-file page whose keys are those of `text`."""
    return {
        "url": url,
        "lang": "en",
        "split": "fix",
        "query": query,
        "rank": rank,
        "lines": [{"sha1": k, "label": "content", "family": None} for k in keys(text)],
    }


def result(rank: int, url: str, excerpt: str) -> dict[str, Any]:
    return {"rank": rank, "url": url, "excerpt": excerpt}


def rebuild(page: dict[str, Any], answers: list[dict[str, Any]]) -> Any:
    by_query: dict[str, list[dict[str, Any]]] = {}
    for answer in answers:
        by_query.setdefault(answer["query"], []).extend(answer["results"])
    return rebuild_pages.rebuild_page(page, by_query, corpusclean.Config())


def test_a_page_at_its_rank_is_rebuilt_exactly() -> None:
    page = labelled("https://a.example/1", "bridge council", 2)
    answer = {"query": "bridge council", "results": [result(2, "https://a.example/1", STORY)]}
    got = rebuild(page, [answer])
    assert (got.status, got.note) == ("exact", "")
    assert got.row == {"url": "https://a.example/1", "lang": "en", "text": STORY}


def test_a_page_whose_rank_moved_is_found_by_url_and_the_move_noted() -> None:
    page = labelled("https://a.example/1", "bridge council", 2)
    answer = {
        "query": "bridge council",
        "results": [
            result(2, "https://b.example/", OTHER),
            result(5, "https://a.example/1", STORY),
        ],
    }
    got = rebuild(page, [answer])
    assert got.status == "exact"
    assert got.note == "rank 2 -> 5"


def test_of_two_results_with_the_url_the_one_whose_keys_match_is_taken() -> None:
    page = labelled("https://a.example/1", "bridge council", 3)
    cut = STORY.rsplit("\n\n", 1)[0]  # the same page, its excerpt cut a line short
    answer = {
        "query": "bridge council",
        "results": [result(3, "https://a.example/1", cut), result(4, "https://a.example/1", STORY)],
    }
    got = rebuild(page, [answer])
    assert got.status == "exact"
    assert got.row["text"] == STORY


def test_a_changed_excerpt_is_written_as_it_came_and_reported_partial() -> None:
    page = labelled("https://a.example/1", "bridge council", 1)
    changed = STORY.replace("on Monday", "on Tuesday")
    answer = {"query": "bridge council", "results": [result(1, "https://a.example/1", changed)]}
    got = rebuild(page, [answer])
    assert got.status == "partial"
    assert got.note == "2/3 labelled lines in order, 3 lines rebuilt"
    assert got.row["text"] == changed  # recorded, never edited to fit


def test_a_page_absent_from_its_answer_is_missing_and_an_unsent_query_not_looked_up() -> None:
    page = labelled("https://a.example/1", "bridge council", 1)
    answer = {"query": "bridge council", "results": [result(1, "https://b.example/", OTHER)]}
    missing = rebuild(page, [answer])
    assert (missing.status, missing.row) == ("missing", None)
    unsent = rebuild(page, [{"query": "something else", "results": []}])
    assert (unsent.status, unsent.row) == ("not looked up", None)


@pytest.mark.parametrize(("excerpt", "status"), [(STORY, "exact"), (OTHER, "missing")])
def test_another_querys_copy_is_taken_only_when_every_key_agrees(excerpt: str, status: str) -> None:
    page = labelled("https://a.example/1", "bridge council", 1)
    own = {"query": "bridge council", "results": [result(1, "https://b.example/", OTHER)]}
    other = {"query": "council vote", "results": [result(6, "https://a.example/1", excerpt)]}
    got = rebuild(page, [own, other])
    assert got.status == status
    if status == "exact":
        assert got.note.startswith("cross-query")


def test_the_cli_writes_a_pages_file_real_pages_scores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = [
        labelled("https://a.example/1", "bridge council", 1),
        labelled("https://c.example/2", "bridge council", 2, OTHER),
        labelled("https://d.example/3", "never sent", 1),
    ]
    labels = tmp_path / "labels_made_up.json"
    labels.write_text(json.dumps({"pages": pages}), encoding="utf-8")
    one = tmp_path / "one.json"  # one answer per file ...
    one.write_text(
        json.dumps(
            {
                "query": "bridge council",
                "results": [result(1, "https://a.example/1", STORY)],
            }
        ),
        encoding="utf-8",
    )
    lines = tmp_path / "lines.jsonl"  # ... or one per line
    answer = {"query": "bridge council", "results": [result(2, "https://c.example/2", OTHER)]}
    lines.write_text(json.dumps(answer) + "\n", encoding="utf-8")
    out = tmp_path / "pages.jsonl"
    argv = ["rebuild_pages.py", str(labels), str(one), str(lines), "--out", str(out)]
    monkeypatch.setattr(sys, "argv", argv)
    rebuild_pages.main()
    printed = capsys.readouterr().out
    assert printed.splitlines()[0] == (
        "labels_made_up: 3 pages: exact 2, partial 0, missing 0, not looked up 1"
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["url"] for row in rows] == ["https://a.example/1", "https://c.example/2"]
    cleaner = corpusclean.Cleaner(corpusclean.Config())
    for row, page in zip(rows, pages, strict=False):
        tally = real_pages.Tally()
        assert real_pages.score_page(row, page["lines"], tally, cleaner)

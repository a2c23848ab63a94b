"""`benchmarks/detect_stage.py --facts`: each fact's time, with the detectors' verdicts as
without the timers."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from corpusclean import Cleaner, Config

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import detect_stage

ARTICLE = "\n".join(
    [
        "Council votes to rebuild the harbour wall",
        "The council voted on Monday to rebuild the harbour wall before the winter storms, "
        "after two years of talks with the fishermen who use it.",
        "Jane Doe, Staff Photographer",
        "The work will take eight months and cost about four million pounds, the council said.",
        "Share this article",
        "3 comments:",
        "harmony said...",
        "What a lovely wall it will be, and about time too.",
        "Reply",
    ]
)
POST = "\n".join(
    [
        "Spring in the garden",
        "The tulips came up early this year, and the first of the roses opened in April.",
        "14 thoughts on “Spring in the garden”",
        "Maria K says:",
        "June 10, 2023 at 10:30 am",
        "Lovely photos, thank you for sharing them with us all.",
    ]
)


def _verdicts(documents: Any, make_facts: Any) -> list[Any]:
    """Every round's verdicts of a replay, each document's facts made by ``make_facts``."""
    from corpusclean.detect import scopes

    detectors = Cleaner(Config()).detectors
    found = []
    for _number, facts, blocks, hits in detect_stage.replayed_rounds(documents, make_facts):
        verdicts = scopes.apply_scopes(blocks, hits, facts)
        for mark in detectors:
            mark(blocks, verdicts, facts)
        found.append(verdicts)
    return found


def test_timed_facts_give_every_round_the_verdicts_of_plain_facts() -> None:
    from corpusclean.detect.facts import Facts

    cleaner = Cleaner(Config())
    documents = detect_stage.record(cleaner, [ARTICLE, POST, ARTICLE + "\n" + POST])
    timing = detect_stage.TimedFacts()
    assert _verdicts(documents, timing.facts) == _verdicts(documents, Facts)
    # The timers saw the document values and block facts the detectors asked for, each
    # computed once a document (the wrapper is the key of its store, as the function was).
    assert timing.calls["scrambled._unclear_candidates first"] == len(documents)
    # A reader of lines (`Facts.of_scope`) is timed too, once a document.
    assert timing.calls["captions._credit_shaped_lines first"] == len(documents)
    assert timing.calls["facts.prose first"] > 0
    assert all(seconds >= 0 for seconds in timing.spent.values())


def test_a_value_that_asks_another_fact_is_charged_its_own_time_alone() -> None:
    timing = detect_stage.TimedFacts()

    def inner() -> None:
        sum(range(20000))

    timed_inner = timing.wrap(inner)

    def outer() -> None:
        timed_inner()

    timing.wrap(outer)()
    spent = {key.rsplit(".", 1)[-1]: seconds for key, seconds in timing.spent.items()}
    calls = {key.rsplit(".", 1)[-1]: count for key, count in timing.calls.items()}
    # The outer call's own time excludes the inner call's: it does almost nothing else.
    assert spent["inner first"] > 0
    assert spent["outer first"] < spent["inner first"]
    assert calls == {"inner first": 1, "outer first": 1}


def test_the_facts_table_is_printed_with_the_stage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"text": text}) for text in (ARTICLE, POST)), encoding="utf-8"
    )
    assert detect_stage.main(["--corpus", str(corpus), "--repeat", "1", "--facts"]) == 0
    out = capsys.readouterr().out
    assert "stage " in out
    assert "facts: own CPU ms a pass" in out
    assert "scrambled._unclear_candidates" in out
    # One row a module, though two detectors share the captions module.
    assert sum(line.startswith("captions ") for line in out.splitlines()) == 1

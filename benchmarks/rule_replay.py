"""The rules' matching on recorded calls, for several checkouts in one process.

Usage::

    python benchmarks/rule_replay.py ../shared/devset SRC [SRC ...] [--mode page|auto]
        [--passes 9]
    python benchmarks/rule_replay.py --corpus CORPUS.jsonl [--variant ascii|ordinary]
        SRC [SRC ...]

Each ``SRC`` is a ``src`` folder of a checkout, imported as its own copy of ``corpusclean``
(`page_stages.load_checkout`). A `Cleaner` of the first cleans the texts (the dev full
pages in ``--mode``, or a speed corpus's articles in the default mode, as
`page_speed.chosen_texts` reads them) once, then again while every document's rule matcher
is recorded: the lines and word counts it is made with (`RuleMatcher.for_document`) and
every line it is asked about, in order (`DocumentMatcher.match`), with the language whose
rules it holds. A `Cleaner` of each checkout cleans the texts once (its kept plans made,
as in a warm pass), and the calls are replayed through it: one pass each, whose answers
(the rules' names) are compared with the first checkout's, then ``--passes`` rounds of one
pass of each checkout, the order reversed every other round so that a change of the shared
machine's load falls on all of them alike.

Printed: the median and the least CPU milliseconds of a pass for each checkout, for the
document keywords (`for_document`, the automaton's search) and for the matching (every
`match`), then whether every checkout's answers equal the first's. Made because whole
passes (`benchmarks/page_stages.py`) cannot resolve the rules' few milliseconds on a shared
machine (issue #8; rules42's log section). The replay is warm: a tight loop keeps the
automaton and the patterns in the caches, which a real pass's other stages push out, so a
pass's own rules cost more (on the ASCII speed corpus about 1.5 times).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import add_input_arguments, chosen_texts
from page_stages import _use, load_checkout

# A document's matcher as recorded: its language, the lines and word counts it was made
# with, and the (line, word count) of every question asked of it, in order.
Document = tuple[str, list[str], list[int] | None, list[tuple[str, int]]]


def record_documents(
    modules: dict[str, ModuleType], texts: Sequence[str], mode: str | None
) -> list[Document]:
    """Every document matcher a warm `Cleaner` of ``modules`` makes while cleaning ``texts``."""
    cleaner = _warm_cleaner(modules, texts, mode)
    engine: Any = modules["corpusclean.rules.engine"]
    made = engine.RuleMatcher.for_document
    documents: list[Document] = []

    def recording(matcher: Any, lines: Any, words: Any = None) -> Any:
        lines = list(lines)
        words = None if words is None else list(words)
        language = next(key for key, value in cleaner._matchers.items() if value is matcher)
        asked: list[tuple[str, int]] = []
        documents.append((language, lines, words, asked))
        document = made(matcher, lines, words)
        match = document.match

        def asking(line: str, count: int) -> Any:
            asked.append((line, count))
            return match(line, count)

        document.match = asking
        return document

    engine.RuleMatcher.for_document = recording
    try:
        for text in texts:
            cleaner.clean(text)
    finally:
        engine.RuleMatcher.for_document = made
    return documents


def _warm_cleaner(modules: dict[str, ModuleType], texts: Sequence[str], mode: str | None) -> Any:
    """A `Cleaner` of ``modules`` that cleaned every text once (its matchers' plans made)."""
    _use(modules)
    package: Any = modules["corpusclean"]
    config = package.Config() if mode is None else package.Config(mode=mode)
    cleaner = package.Cleaner(config)
    for text in texts:
        cleaner.clean(text)
    return cleaner


class Replayer:
    """One checkout's warm matchers, and the CPU seconds of its replay passes."""

    def __init__(self, src: Path, texts: Sequence[str], mode: str | None) -> None:
        self.src = src
        self.modules = load_checkout(src)
        self.matchers = _warm_cleaner(self.modules, texts, mode)._matchers
        self.keywords: list[float] = []
        self.matching: list[float] = []

    def run(self, documents: Sequence[Document]) -> list[str | None]:
        """One replay pass: the name of the rule each question found, in order."""
        _use(self.modules)
        answers: list[str | None] = []
        keywords = matching = 0.0
        gc.collect()
        gc.disable()
        try:
            for language, lines, words, asked in documents:
                start = time.process_time()
                document = self.matchers[language].for_document(lines, words)
                made = time.process_time()
                match = document.match
                found = [match(line, count) for line, count in asked]
                keywords += made - start
                matching += time.process_time() - made
                answers.extend(None if rule is None else rule.name for rule in found)
        finally:
            gc.enable()
        self.keywords.append(keywords)
        self.matching.append(matching)
        return answers


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("srcs", nargs="+", type=Path, help="src folders of the checkouts")
    parser.add_argument("--passes", type=int, default=9)
    args = parser.parse_args(argv)
    if args.corpus is not None and args.devset is not None:
        # With --corpus the first checkout lands in ``devset`` (as in `page_stages.py`).
        args.srcs.insert(0, args.devset)
        args.devset = None
    texts, mode, label = chosen_texts(parser, args)
    replayers = [Replayer(src, texts, mode) for src in args.srcs]
    documents = record_documents(replayers[0].modules, texts, mode)
    asked = sum(len(document[3]) for document in documents)
    print(f"{label}: {len(documents)} document matchers, {asked} lines asked")
    first = [replayer.run(documents) for replayer in replayers]
    for replayer in replayers:  # the warm passes above are not timed
        replayer.keywords.clear()
        replayer.matching.clear()
    for round_ in range(args.passes):
        for replayer in replayers if round_ % 2 == 0 else replayers[::-1]:
            replayer.run(documents)
    print("| checkout | keywords ms (median, least) | matching ms (median, least) |")
    print("|---|---:|---:|")
    for replayer in replayers:
        print(f"| {replayer.src} | {_ms(replayer.keywords)} | {_ms(replayer.matching)} |")
    same = all(answers == first[0] for answers in first[1:])
    print("answers equal the first checkout's:", same)
    return 0 if same else 1


def _ms(seconds: Sequence[float]) -> str:
    return f"{statistics.median(seconds) * 1000:.2f}, {min(seconds) * 1000:.2f}"


if __name__ == "__main__":
    raise SystemExit(main())

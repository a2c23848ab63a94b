"""Boilerplate learned per source: lines a site prints on most of its pages become rules.

One pass counts, per source, how many documents hold each normalised line (a count-min
sketch, fixed memory); a second pass counts the candidate lines exactly; the lines in enough
of a source's documents that do not look like article prose become rules scoped to that
source, written as a reviewable rule file (`render_rule_file`), which
``corpusclean clean --rules FILE`` (or `Config.rule_files`) applies.

The state is the caller's (`LineSketch`, `LineCounts`), and two states of two shards merge
into the state of both, so the passes can run as distributed reductions.

>>> chrome = "Example Daily | World | Sport\\n© 2020 Example Daily Ltd"
>>> body = "The council approved the new budget on Monday after a long debate, officials said."
>>> documents = [("https://www.example.com/a/%d" % n, {}, chrome + "\\n" + body + f" Case {n}.")
...              for n in range(6)]
>>> learned = learn_documents(lambda: iter(documents), LearnSettings(sketch_width=1024))
>>> [(item.rule.source, item.rule.pattern) for item in learned.rules]
[('example.com', 'Example Daily \\\\| World \\\\| Sport')]
>>> [(item.covered_by, item.example) for item in learned.left_out]  # a built-in rule has it
[('copyright_notice', '© 2020 Example Daily Ltd')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from ..rules import source_key
from .counts import LearnSettings, LineCounts, LineSketch, LineTally
from .lines import LineSeen, document_lines, line_key, line_pattern
from .parallel import candidates_in_order, cells_in_order
from .rulefile import (
    LEARNED_FAMILY,
    LearnedRule,
    builtin_line_matchers,
    left_out_rules,
    render_rule_file,
    select_rules,
    split_rules,
)
from .sketch import CountMinSketch

__all__ = [
    "LEARNED_FAMILY",
    "CountMinSketch",
    "Document",
    "LearnSettings",
    "Learned",
    "LearnedRule",
    "LineCounts",
    "LineSeen",
    "LineSketch",
    "LineTally",
    "builtin_line_matchers",
    "count_documents",
    "document_lines",
    "learn_documents",
    "left_out_rules",
    "line_key",
    "line_pattern",
    "render_rule_file",
    "select_rules",
    "sketch_documents",
    "split_rules",
]

#: A document for learning: its source (URL or None), its metadata, its text.
Document = tuple[str | None, Mapping[str, Any], str]


@attrs.frozen
class Learned:
    """The outcome of learning: the rules, the exact counts behind them, the rule file."""

    rules: tuple[LearnedRule, ...]
    counts: LineCounts
    #: Documents skipped because no source could be read from them (``--by``).
    without_source: int
    _left_out: tuple[LearnedRule, ...] | None = attrs.field(default=None, alias="left_out")

    @classmethod
    def from_counts(cls, counts: LineCounts, without_source: int) -> Learned:
        """What the exact counts of a corpus teach (the end of every way of learning)."""
        rules, left_out = split_rules(counts)
        return cls(rules, counts, without_source, left_out=left_out)

    @property
    def left_out(self) -> tuple[LearnedRule, ...]:
        """Lines that qualified but that a built-in rule already removes (`left_out_rules`)."""
        return left_out_rules(self.counts) if self._left_out is None else self._left_out

    def rule_file(self) -> str:
        """The reviewable rule file (TOML) of the learned rules, and in comments the lines
        left out because a built-in rule already removes them."""
        return render_rule_file(self.rules, self.counts, self.counts.settings, self.left_out)


def learn_documents(
    documents: Callable[[], Iterable[Document]],
    settings: LearnSettings | None = None,
    *,
    jobs: int = 1,
) -> Learned:
    """Learn the rules of a corpus read twice: ``documents()`` must give the same documents
    each time it is called (in any order: the outcome does not depend on it). ``jobs``
    worker processes find the documents' lines; the rules are the same for any number."""
    settings = settings or LearnSettings()
    sketch = sketch_documents(documents(), settings, jobs=jobs)
    counts, without_source = count_documents(documents(), sketch, jobs=jobs)
    return Learned.from_counts(counts, without_source)


def sketch_documents(
    documents: Iterable[Document], settings: LearnSettings, *, jobs: int = 1
) -> LineSketch:
    """Pass 1 over some documents (all of them, or one shard: sketches merge)."""
    sketch = LineSketch(settings)
    for source, cells in cells_in_order(_sourced(documents, settings, Counter()), settings, jobs):
        sketch.add_cells(source, cells)
    return sketch


def count_documents(
    documents: Iterable[Document], sketch: LineSketch, *, jobs: int = 1
) -> tuple[LineCounts, int]:
    """Pass 2 over some documents: the exact counts of the lines `sketch` (the pass-1 state
    of *all* the documents) makes candidates, and the documents that have no source."""
    counts = LineCounts(sketch.settings)
    skipped: Counter[str] = Counter()
    sourced = _sourced(documents, sketch.settings, skipped)
    for source, lines in candidates_in_order(sourced, sketch, jobs):
        counts.add_candidates(source, lines)
    return counts, skipped["without source"]


def _sourced(
    documents: Iterable[Document], settings: LearnSettings, skipped: Counter[str]
) -> Iterator[tuple[str, str]]:
    """Each document's source key and text; documents without a source are counted in
    ``skipped`` and passed over."""
    for source, metadata, text in documents:
        key = source_key(settings.by, source, metadata)
        if key is None:
            skipped["without source"] += 1
        else:
            yield key, text

"""``clean --dedupe exact|near``: clean and drop duplicate articles in one run.

The cleaned articles are compared, not the inputs, so two copies of a story that differ
only in their boilerplate are exact duplicates. While records are cleaned (in input order,
whatever ``--jobs``), each output line goes to a spool file on disk and the article's text
into a `CorpusIndex`; at the end the spool is read once more and each line is written,
marked or dropped. Memory stays that of the index (it does not grow with the texts), and
the output is the same as ``clean`` then ``dedupe`` on the cleaned file.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from typing import IO

from ..dedupe.corpus import CorpusIndex, DedupeConfig, field_value
from ..io.compression import MissingExtraError
from ..io.records import Record, json_line, write_jsonl
from .dedupe import add_dedupe_options
from .deduped import Locations, listing_entry, marked
from .summary import Summary
from .work import Done

__all__ = ["CleanDedupe", "add_clean_dedupe_options", "dedupe_config", "open_dedupe"]


def add_clean_dedupe_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--dedupe`` and the options that say which copy survives (as ``dedupe`` has)."""
    group = parser.add_argument_group("duplicate documents (clean --dedupe; see docs/dedupe.md)")
    group.add_argument(
        "--dedupe",
        choices=("exact", "near"),
        help="drop duplicate articles after cleaning: exact copies (same words), or near "
        "copies too (MinHash, needs the [dedupe] extra)",
    )
    add_dedupe_options(group)


def dedupe_config(args: argparse.Namespace) -> DedupeConfig | None:
    """The `DedupeConfig` of ``--dedupe``, or None without it; raises ValueError."""
    if args.dedupe is None:
        return None
    return DedupeConfig(mode=args.dedupe, threshold=args.threshold, keep=args.keep)


class CleanDedupe:
    """The duplicates stage of one ``clean`` run: the index, the spool, where records were."""

    def __init__(self, config: DedupeConfig, mark: bool) -> None:
        self.index = CorpusIndex(config)  # raises ImportError without NumPy in near mode
        self.mark = mark
        self._field = config.keep if config.keep not in ("first", "longest") else None
        # Closed (and so deleted) by `close`, when the run ends however it ends.
        self._spool: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self._locations = Locations()

    def close(self) -> None:
        """Delete the spool and the index's spill files."""
        self._spool.close()
        self.index.close()

    def add(self, record: Record, done: Done) -> None:
        """Hold a cleaned record's line until every record is known."""
        assert done.line is not None and done.text is not None and done.id is not None
        self._spool.write(done.line + "\n")
        value = field_value(record.data, self._field) if self._field else None
        self.index.add(done.text, id=done.id, value=value)
        self._locations.add(record)

    def write(self, articles: IO[str], duplicates: IO[str] | None, summary: Summary) -> None:
        """Write each held line, marked with --mark, and drop the duplicates otherwise."""
        result = self.index.finish()
        summary.dedupe, summary.marked = self.index.config.mode, self.mark
        self._spool.seek(0)
        for verdict, line in zip(result, self._spool, strict=True):
            duplicate = self._locations.duplicate(verdict)
            if duplicate is not None and duplicates is not None:
                where = self._locations.of(verdict.index)
                write_jsonl(duplicates, listing_entry(verdict.id, where, duplicate))
            if self.mark:
                line_out = json_line(marked(json.loads(line), duplicate)) + "\n"
                summary.duplicates += duplicate is not None
                summary.bytes_out += len(line_out.encode("utf-8")) - len(line.encode("utf-8"))
                articles.write(line_out)
            elif duplicate is None:
                articles.write(line)
            else:
                summary.drop_duplicate(len(line.encode("utf-8")))


def open_dedupe(args: argparse.Namespace) -> CleanDedupe | str | None:
    """The stage ``--dedupe`` asks for, None without it, or a message saying what is wrong."""
    try:
        config = dedupe_config(args)
    except ValueError as error:
        return str(error)
    if config is None:
        if args.mark or args.duplicates:
            return "--mark and --duplicates go with --dedupe exact or --dedupe near"
        return None
    try:
        return CleanDedupe(config, args.mark)
    except MissingExtraError as error:  # NumPy, for near mode
        return str(error)

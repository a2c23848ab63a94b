"""``corpusclean dedupe``: drop (or mark) duplicate documents, keeping one copy a cluster.

One read of the inputs: every record's text goes into a `CorpusIndex` (whose memory does
not grow with the texts) and the record, as it will be written, into a temporary file; once
the index has decided, that file is copied to the output, each record written, marked or
dropped into the duplicates file. Reading the records once parses each one once, and works
on standard input. Every input record is accounted for: read == written + rejected +
dropped as duplicate.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing
from pathlib import Path
from typing import IO, Any

import attrs

from ..dedupe.corpus import (
    DEFAULT_THRESHOLD,
    CorpusIndex,
    DedupeConfig,
    DedupeResult,
    field_value,
)
from ..io import ReadOptions, Record, Reject, Skipped, atomic_output, read_records
from ..io.compression import MissingExtraError
from ..io.records import json_line, write_jsonl
from ..io.sources import ReadProgress
from .deduped import Locations, listing_entry, marked, record_id
from .options import add_engine_options, add_input_options, add_jobs_option, engine_of
from .progress import Progress

__all__ = [
    "DedupeSummary",
    "add_dedupe_options",
    "add_dedupe_parser",
    "checked_item",
    "report_skipped_file",
    "run_dedupe",
    "text_field_of",
]

_DEFAULT_EXPECTED_DOCS = 100_000
_SAME_FILE = "the output {path} is also an input; write to another file"
_DASK_NEEDS_FILES = (
    "the Dask engine's workers write files: name the output with -o FILE or -o FOLDER/"
)


def add_dedupe_parser(commands: Any) -> None:
    """Add the ``dedupe`` subcommand to the ``corpusclean`` parser's subcommands."""
    parser = commands.add_parser(
        "dedupe",
        help="drop or mark duplicate documents (exact or near copies) in JSONL records",
        description="Find exact and near-duplicate documents among the records of the inputs "
        "(JSONL as `corpusclean clean` writes it, any JSONL with a text field, or text files) "
        "and write one copy of each, or every record marked with --mark.",
    )
    parser.add_argument("inputs", nargs="+", help="files or folders to deduplicate")
    parser.add_argument("-o", "--output", help="JSONL file for the records (default: stdout)")
    parser.add_argument(
        "--rejects", help="JSONL file for unreadable records (default: OUTPUT.rejects.jsonl)"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--near",
        dest="dedupe_mode",
        action="store_const",
        const="near",
        default="near",
        help="exact and near duplicates: MinHash, checked by Jaccard (default)",
    )
    mode.add_argument(
        "--exact",
        dest="dedupe_mode",
        action="store_const",
        const="exact",
        help="only copies with the same words (ignoring case and punctuation)",
    )
    add_dedupe_options(parser)
    parser.add_argument(
        "--expected-docs",
        type=int,
        default=_DEFAULT_EXPECTED_DOCS,
        metavar="N",
        help="size the index for N documents "
        "(default: %(default)s; it grows past N at the cost of a copy)",
    )
    parser.add_argument(
        "--spill-dir",
        metavar="DIR",
        help="folder for the spilled shingle sets (default: the system's temp)",
    )
    add_jobs_option(
        parser,
        "with --engine dask and no --scheduler: the LocalCluster's worker processes "
        "(the local engine dedupes in one process) (default: the cores, %(default)s here)",
    )
    add_engine_options(parser)
    add_input_options(parser)
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print the summary")


def add_dedupe_options(parser: Any) -> None:
    """Add ``--threshold``, ``--keep``, ``--duplicates`` and ``--mark`` (dedupe, clean)."""
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help="Jaccard similarity of word 5-gram sets that makes a near "
        "duplicate (default: %(default)s)",
    )
    parser.add_argument(
        "--keep",
        default="longest",
        metavar="first|longest|FIELD",
        help="which copy of a cluster to keep: the first read, the one with "
        "the most words, or the lowest value of a field such as a date "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--duplicates",
        metavar="PATH",
        help="JSONL file listing every duplicate with dup_of and similarity",
    )
    parser.add_argument(
        "--mark",
        action="store_true",
        help="write every record, adding duplicate_of (null when kept)",
    )


@attrs.define
class DedupeSummary:
    """The counts of a dedupe run: read == written + rejected + dropped as duplicates."""

    read: int = 0
    written: int = 0
    rejected: int = 0
    duplicates: int = 0
    clusters: int = 0
    marked: bool = False
    spilled_bytes: int = 0
    started: float = attrs.field(factory=time.monotonic)

    @property
    def records_in(self) -> int:
        """Records read so far (the progress line's count)."""
        return self.read

    def render(self) -> str:
        clusters = f"{self.duplicates} as duplicates ({self.clusters} clusters)"
        if self.marked:  # nothing dropped: read == written + rejected
            line = f"read {self.read} records: wrote {self.written}, rejected {self.rejected}; "
            line += f"marked {clusters}"
        else:
            line = f"read {self.read} records: wrote {self.written}, rejected {self.rejected}, "
            line += f"dropped {clusters}"
        if self.spilled_bytes:
            spilled = self.spilled_bytes / 2**20
            line += f"\nshingle sets spilled to disk during the run: {spilled:.1f} MiB"
        return line


def _records(
    args: argparse.Namespace, report_skipped: bool, reading: ReadProgress | None = None
) -> Iterator[Record | Reject]:
    """The inputs' records, with a reject for every record without a text.

    Files no reader knows are reported on standard error (on the first pass only), never
    left out silently.
    """
    options = ReadOptions(args.max_bytes, args.encoding_errors, args.input_format)
    for item in read_records(args.inputs, options, reading):
        if isinstance(item, Skipped):
            if report_skipped:
                report_skipped_file(item)
            continue
        yield checked_item(item, args.text_field)


def report_skipped_file(item: Skipped) -> None:
    """Say on standard error that a file was left out, and why."""
    print(f"corpusclean: skipped {item.path}: {item.reason}", file=sys.stderr)


def checked_item(item: Record | Reject, text_field: str) -> Record | Reject:
    """The item, or a reject for a record without a string text."""
    field = text_field_of(item, text_field) if isinstance(item, Record) else text_field
    if isinstance(item, Record) and not isinstance(item.data.get(field), str):
        return Reject(
            item.path,
            item.line,
            f"no text: the record has no string {field!r}"
            " field; name the right one with --text-field",
        )
    return item


def text_field_of(item: Record, text_field: str) -> str:
    """The field that holds a record's text: the reader's (text files, WET), else --text-field."""
    return item.text_field or text_field


def _index_inputs(
    args: argparse.Namespace,
    config: DedupeConfig,
    outputs: tuple[IO[str], IO[str]],
    summary: DedupeSummary,
) -> tuple[DedupeResult, Locations]:
    """The one read: every record into the index and, as a JSON line, into the spill file;
    rejects written as they come, progress shown on a terminal."""
    rejects, spill = outputs
    locations = Locations()
    field = config.keep if config.keep not in ("first", "longest") else None
    reading, progress = ReadProgress(), Progress(enabled=not args.quiet)
    with CorpusIndex(config) as index, closing(progress):
        for item in _records(args, report_skipped=True, reading=reading):
            summary.read += 1
            progress.update(summary, reading)
            if isinstance(item, Reject):
                write_jsonl(rejects, item.to_dict())
                summary.rejected += 1
                continue
            value = field_value(item.data, field) if field else None
            index.add(
                item.data[text_field_of(item, args.text_field)], id=record_id(item), value=value
            )
            locations.add(item)
            spill.write(json_line(item.data) + "\n")
        return index.finish(), locations


def _write_outputs(
    args: argparse.Namespace,
    result: DedupeResult,
    locations: Locations,
    spill: IO[str],
    outputs: tuple[IO[str], IO[str] | None],
    summary: DedupeSummary,
) -> None:
    """Copy the spilled records to the outputs in order: write, mark or drop each (as
    `write_deduped` does for a partition of a distributed run)."""
    articles, duplicates = outputs
    spill.seek(0)
    for verdict, line in zip(result, spill, strict=True):
        duplicate = locations.duplicate(verdict)
        if duplicate is not None and duplicates is not None:
            where = locations.of(verdict.index)
            write_jsonl(duplicates, listing_entry(verdict.id, where, duplicate))
        if args.mark:
            write_jsonl(articles, marked(json.loads(line), duplicate))
        elif duplicate is not None:
            continue
        else:
            articles.write(line)  # json_line of the record, as write_jsonl writes it
        summary.written += 1


def _config(args: argparse.Namespace) -> DedupeConfig | str:
    try:
        return DedupeConfig(
            mode=args.dedupe_mode,
            threshold=args.threshold,
            keep=args.keep,
            expected_docs=args.expected_docs,
            spill_dir=args.spill_dir,
        )
    except ValueError as error:
        return str(error)


def _output_is_an_input(args: argparse.Namespace) -> str | None:
    outputs = [path for path in (args.output, args.rejects, args.duplicates) if path]
    inputs = {path.resolve() for path in _input_files(args.inputs)}
    for output in outputs:
        if Path(output).resolve() in inputs:
            return _SAME_FILE.format(path=output)
    return None


def run_dedupe(args: argparse.Namespace) -> int:
    """Deduplicate the inputs' records into the output (dedupe does not clean)."""
    config = _config(args)
    problem = config if isinstance(config, str) else _output_is_an_input(args)
    if problem or isinstance(config, str):
        print(f"corpusclean: {problem}", file=sys.stderr)
        return 2
    if engine_of(args) == "dask":
        return _run_on_dask(args, config)
    summary = DedupeSummary(marked=args.mark)
    with ExitStack() as stack:
        rejects_path = args.rejects or (f"{args.output}.rejects.jsonl" if args.output else None)
        rejects = stack.enter_context(atomic_output(rejects_path)) if rejects_path else sys.stderr
        # The records as they will be written, until the index has decided (deleted on close).
        spill = stack.enter_context(
            tempfile.TemporaryFile(
                "w+", encoding="utf-8", prefix="corpusclean-records-", dir=args.spill_dir
            )
        )
        try:
            result, locations = _index_inputs(args, config, (rejects, spill), summary)
        except MissingExtraError as error:  # NumPy for --near, or a compression's library
            print(f"corpusclean: {error} (nothing was written)", file=sys.stderr)
            return 2
        articles = stack.enter_context(atomic_output(args.output)) if args.output else sys.stdout
        duplicates = (
            stack.enter_context(atomic_output(args.duplicates)) if args.duplicates else None
        )
        _write_outputs(args, result, locations, spill, (articles, duplicates), summary)
    summary.duplicates, summary.clusters = result.duplicates, result.clusters
    summary.spilled_bytes = result.spilled_bytes
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    return 0 if summary.written or not summary.rejected else 1


def _run_on_dask(args: argparse.Namespace, config: DedupeConfig) -> int:
    if not args.output:
        print(f"corpusclean: {_DASK_NEEDS_FILES}", file=sys.stderr)
        return 2
    options = ReadOptions(args.max_bytes, args.encoding_errors, args.input_format)
    from ..distributed.cluster import connect

    progress = Progress(enabled=not args.quiet)
    with connect(args.scheduler, args.jobs) as client, closing(progress):
        from ..distributed.dedupe import dedupe_files  # NumPy: in the dask extra, like Dask

        summary = dedupe_files(
            client,
            args.inputs,
            args.output,
            config,
            options,
            text_field=args.text_field,
            rejects=args.rejects,
            duplicates=args.duplicates,
            mark=args.mark,
            report=progress.update,
        )
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    return 0 if summary.written or not summary.rejected else 1


def _input_files(inputs: list[str]) -> Iterator[Path]:
    """The files named, and the files inside the folders named."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from (child for child in path.rglob("*") if child.is_file())
        elif name != "-":
            yield path

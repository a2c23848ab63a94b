"""``corpusclean learn``: the lines each source repeats on most of its pages, as a rule file.

Two passes over the inputs (`corpusclean.learn.learn_documents`): a sketch of line counts,
then exact counts of the candidates. The rule file is written atomically; ``clean --rules
FILE`` applies it, and ``clean --learn`` runs both in one command. With ``--engine dask``
the passes run on a cluster (`corpusclean.distributed.learn`), to the same file.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ..config import Config
from ..distributed.storage import atomic_write, is_url
from ..io import ReadOptions, Record, Reject, Skipped, atomic_output, read_records
from ..io.compression import MissingExtraError
from ..io.sources import ReadProgress
from ..learn import Document, Learned, LearnSettings, learn_documents
from ..learn.counts import DEFAULT_MIN_DOCS, DEFAULT_MIN_SHARE
from ..pipeline import Cleaner, record_fields
from .options import (
    add_config_options,
    add_engine_options,
    add_input_options,
    add_jobs_option,
    engine_of,
)
from .progress import Progress

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "ReadCounts",
    "add_clean_learn_options",
    "add_learn_options",
    "add_learn_parser",
    "input_problems",
    "learn_from_inputs",
    "learn_on_cluster",
    "learned_cleaner",
    "record_documents",
    "run_learn",
    "settings_from",
    "summary_line",
]


def add_learn_options(parser: argparse.ArgumentParser | Any) -> None:
    """Add ``--by``, ``--min-docs`` and ``--min-share`` (learn, and clean --learn)."""
    parser.add_argument(
        "--by",
        default="domain",
        metavar="domain|source|FIELD",
        help="what a source is: the host of the record's source URL without www. (domain), "
        "the source value itself (source), or a record field's value (default: domain)",
    )
    parser.add_argument(
        "--min-docs",
        type=int,
        default=DEFAULT_MIN_DOCS,
        metavar="N",
        help="learn a line only when at least N documents of its source hold it "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--min-share",
        type=float,
        default=DEFAULT_MIN_SHARE,
        metavar="X",
        help="... and at least this share of its source's documents (default: %(default)s)",
    )


def add_clean_learn_options(parser: argparse.ArgumentParser) -> None:
    """Add ``clean --learn`` and the learning options it takes."""
    parser.add_argument(
        "--learn",
        action="store_true",
        help="first learn each source's repeated boilerplate lines (as corpusclean learn; "
        "the rules go to OUTPUT.learned.toml) and apply them",
    )
    add_learn_options(parser)


def add_learn_parser(commands: Any) -> None:
    """Add the ``learn`` subcommand to the ``corpusclean`` parser's subcommands."""
    parser = commands.add_parser(
        "learn",
        help="learn each source's repeated boilerplate lines into a rule file",
        description="Count the lines of every record per source and write the lines that "
        "most of a source's documents repeat, and that do not read like article prose, as "
        "rules scoped to that source (a TOML rule file to review, then use with clean --rules).",
    )
    parser.add_argument("inputs", nargs="+", help="files or folders (read twice)")
    parser.add_argument(
        "-o", "--output", default="-", help="the rule file to write (default: standard output)"
    )
    add_learn_options(parser)
    add_jobs_option(
        parser,
        "read lines in N worker processes (with --engine dask and no --scheduler: the "
        "LocalCluster's workers); the rules are the same as with 1 (default: 1)",
        default=1,
    )
    add_engine_options(parser)
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print the summary")
    add_input_options(parser)
    add_config_options(parser)


def settings_from(args: argparse.Namespace, config: Config) -> LearnSettings:
    """The `LearnSettings` the options describe; raises ValueError for a bad value."""
    return LearnSettings(
        by=args.by, min_docs=args.min_docs, min_share=args.min_share, config=config
    )


def record_documents(
    items: Iterable[Record | Reject | Skipped], text_field: str
) -> Iterator[Document]:
    """Every record with a text, as (source, metadata, text); the others are passed over
    (``clean`` rejects them). Also what a Dask worker learns from, a partition's items."""
    for item in items:
        if not isinstance(item, Record):
            continue
        field = item.text_field or text_field
        text = item.data.get(field)
        if isinstance(text, str):
            _, source, metadata = record_fields(item.data, field)
            yield source, metadata, text


def _read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(args.max_bytes, args.encoding_errors, args.input_format)


@attrs.define
class ReadCounts:
    """The progress line's counts for one read of the inputs."""

    started: float = attrs.field(factory=time.monotonic)
    records_in: int = 0
    rejected: int = 0

    def counted(self, item: Record | Reject | Skipped) -> Record | Reject | Skipped:
        """`item`, counted: a record or a reject is a record read (what ``clean`` counts)."""
        self.records_in += not isinstance(item, Skipped)
        self.rejected += isinstance(item, Reject)
        return item


def _label(read: int) -> str:
    return f"learning, read {read} of 2: "


def _documents(args: argparse.Namespace, read: int) -> Iterator[Document]:
    """The inputs' documents, read once more, with a progress line on a terminal."""
    reading, counts = ReadProgress(), ReadCounts()
    with closing(Progress(enabled=not args.quiet, label=_label(read))) as progress:
        for item in read_records(args.inputs, _read_options(args), reading):
            counts.counted(item)
            progress.update(counts, reading)
            yield from record_documents((item,), args.text_field)


class _Reads:
    """The progress lines of the two reads of a run on a cluster: one line a read."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.read = 0
        self.progress = Progress(enabled=False)

    def update(self, read: int, counts: ReadCounts, reading: ReadProgress) -> None:
        if read != self.read:
            self.progress.close()
            self.read, self.progress = read, Progress(self.enabled, label=_label(read))
        self.progress.update(counts, reading)

    def close(self) -> None:
        self.progress.close()


def learn_on_cluster(client: Client, args: argparse.Namespace, settings: LearnSettings) -> Learned:
    """Learn from the inputs on a Dask cluster, with each read's progress line on a terminal
    (counted as each partition is done)."""
    from ..distributed.learn import learn_files

    with closing(_Reads(enabled=not args.quiet)) as reads:
        return learn_files(
            client,
            args.inputs,
            settings,
            _read_options(args),
            text_field=args.text_field,
            report=reads.update,
        )


_STDIN = (
    "learning reads its inputs twice, and standard input can be read only once: "
    "save it to a file and name the file"
)


def input_problems(args: argparse.Namespace) -> list[str]:
    """What stops learning from the inputs: a missing path, or standard input."""
    problems = [
        f"{path}: no such file or folder; check the path"
        for path in args.inputs
        if path != "-" and not is_url(path) and not Path(path).exists()
    ]
    return problems + ([_STDIN] if "-" in args.inputs else [])


def learn_from_inputs(args: argparse.Namespace, settings: LearnSettings) -> Learned:
    """Learn from the inputs the options name, reading them twice."""
    reads = itertools.count(1)
    return learn_documents(lambda: _documents(args, next(reads)), settings, jobs=args.jobs)


def summary_line(learned: Learned) -> str:
    """What learning found, for standard error."""
    counts = learned.counts
    sources = len({item.rule.source for item in learned.rules})
    line = (
        f"learned {len(learned.rules)} rules for {sources} of {len(counts.documents)} sources "
        f"from {sum(counts.documents.values())} documents"
    )
    if learned.without_source:
        line += f"; {learned.without_source} documents have no source (--by) and were not counted"
    return line


def learned_cleaner(
    args: argparse.Namespace,
    cleaner: Cleaner,
    settings: LearnSettings,
    folder: str,
    learned: Learned | None = None,
) -> Cleaner:
    """``clean --learn``: learn from the inputs, write the rule file, and return a Cleaner
    that applies it too. The file goes beside the output (``OUTPUT.learned.toml``), to be
    reviewed; with standard output, into ``folder`` (a temporary one). `learned` is what
    the Dask engine learned, if it did (else learned here)."""
    learned = learned or learn_from_inputs(args, settings)
    # Beside a folder of parts (the Dask engine's ``-o out/``), not inside it.
    beside = args.output.rstrip("/")
    path = f"{beside}.learned.toml" if args.output != "-" else str(Path(folder) / "learned.toml")
    with atomic_write(path) as handle:  # a URL too, beside a Dask run's output
        handle.write(learned.rule_file())
    if not args.quiet:
        print(f"{summary_line(learned)}; rules in {path}", file=sys.stderr)
    config = cleaner.config
    # Any: mypy's attrs plugin cannot type the field's converter (tuple) as a parameter.
    rule_files: Any = (*config.rule_files, path)
    return Cleaner(attrs.evolve(config, rule_files=rule_files))


def run_learn(args: argparse.Namespace, config: Config) -> int:
    """Learn the inputs' per-source boilerplate and write the rule file."""
    problems = input_problems(args)
    for problem in problems:
        print(f"corpusclean: {problem} (nothing was written)", file=sys.stderr)
    if problems:
        return 1
    try:
        settings = settings_from(args, config)
    except ValueError as error:
        print(f"corpusclean: {error}", file=sys.stderr)
        return 2
    try:
        learned = _learn(args, settings)
    except MissingExtraError as error:
        print(f"corpusclean: {error} (nothing was written)", file=sys.stderr)
        return 1
    with atomic_output(args.output) as handle:
        handle.write(learned.rule_file())
    if not args.quiet:
        print(summary_line(learned), file=sys.stderr)
    return 0


def _learn(args: argparse.Namespace, settings: LearnSettings) -> Learned:
    """Learn here, or on a Dask cluster (``--engine dask``, ``--scheduler``)."""
    if engine_of(args) != "dask":
        return learn_from_inputs(args, settings)
    from ..distributed.cluster import connect

    with connect(args.scheduler, args.jobs) as client:
        return learn_on_cluster(client, args, settings)

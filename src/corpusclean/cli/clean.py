"""``corpusclean clean``: every input record cleaned into JSONL articles, or rejected.

Outputs are written atomically (`atomic_output`): an interrupted run leaves the previous
files as they were. Ctrl-C prints the summary so far and exits 130; a closed pipe on
standard output ends the run quietly.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

import attrs

from ..distributed.storage import is_url
from ..io.compression import MissingExtraError
from ..io.records import Record, Reject, Skipped, write_jsonl
from ..io.sources import ReadOptions, ReadProgress, read_records
from ..io.writers import atomic_output
from ..pipeline import Cleaner
from .clean_dedupe import CleanDedupe, dedupe_config, open_dedupe
from .learn import input_problems, learn_on_cluster, learned_cleaner, settings_from
from .options import engine_of, given_fields
from .progress import Progress
from .summary import Summary
from .work import Done, Work, clean_in_order

if TYPE_CHECKING:
    from distributed import Client

    from ..learn import LearnSettings

__all__ = ["ArticleSink", "page_mode_cleaner", "run_clean", "write_outcome"]

_MISSING_INPUT = "corpusclean: {path}: no such file or folder; check the path (nothing was written)"
_DASK_NEEDS_FILES = (
    "the Dask engine's workers write files: name the output with -o FILE or -o FOLDER/ "
    "(standard output is for the local engine)"
)


def run_clean(args: argparse.Namespace, cleaner: Cleaner) -> int:
    """Clean every input record into the output; rejects go to the rejects file."""
    status = _check_inputs(args)
    if status:
        return status
    summary = Summary()
    try:
        settings = settings_from(args, cleaner.config) if args.learn else None
    except ValueError as error:  # a bad --by, --min-docs or --min-share
        print(f"corpusclean: {error} (nothing was written)", file=sys.stderr)
        return 2
    dedupe = open_dedupe(args)
    if isinstance(dedupe, str):
        print(f"corpusclean: {dedupe} (nothing was written)", file=sys.stderr)
        return 2
    if engine_of(args) == "dask":
        if dedupe is not None:
            dedupe.close()  # its options are checked; the cluster builds its own index
        return _run_clean_on_dask(args, cleaner, summary, settings)
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        with tempfile.TemporaryDirectory() as folder:
            if settings is not None:
                cleaner = learned_cleaner(args, cleaner, settings, folder)
            _run(args, _work(args, cleaner, dedupe is not None), summary, dedupe)
    except (KeyboardInterrupt, Terminated) as stop:
        summary.interrupted = "SIGTERM" if isinstance(stop, Terminated) else "Ctrl-C"
        summary.unwritten = _output_files(args)
        _report(args, summary)
        return 143 if isinstance(stop, Terminated) else 130
    except BrokenPipeError:
        # The reader of standard output went away (`| head`): stop, quietly. Point stdout at
        # nothing so the interpreter's last flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except MissingExtraError as error:
        print(f"corpusclean: {error} (nothing was written)", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)
        if dedupe is not None:
            dedupe.close()
    _report(args, summary)
    failed = summary.unreadable or (args.strict and summary.rejected)
    return 1 if failed or (summary.rejected and not summary.written) else 0


def _run_clean_on_dask(
    args: argparse.Namespace, cleaner: Cleaner, summary: Summary, settings: LearnSettings | None
) -> int:
    """`run_clean` on a Dask cluster: the same work, partition by partition."""
    problem = _dask_problem(args)
    if problem:
        print(f"corpusclean: {problem}", file=sys.stderr)
        return 2
    try:
        _run_on_dask(args, cleaner, summary, settings)
    except KeyboardInterrupt:
        summary.interrupted = "Ctrl-C"
        _report(args, summary)
        return 130
    _report(args, summary)
    failed = summary.unreadable or (args.strict and summary.rejected)
    return 1 if failed or (summary.rejected and not summary.written) else 0


def _check_inputs(args: argparse.Namespace) -> int:
    """1 when an input is missing (or, for --learn, is standard input), after saying so."""
    # A URL's files are listed by the workers, which reject a missing one in its place.
    missing = [p for p in args.inputs if p != "-" and not is_url(p) and not Path(p).exists()]
    for path in missing:
        print(_MISSING_INPUT.format(path=path), file=sys.stderr)
    problems = [] if missing or not args.learn else input_problems(args)
    for problem in problems:
        print(f"corpusclean: --learn: {problem} (nothing was written)", file=sys.stderr)
    return 1 if missing or problems else 0


def _work(args: argparse.Namespace, cleaner: Cleaner, keep_text: bool) -> Work:
    page_cleaner = page_mode_cleaner(cleaner, "mode" in given_fields(args))
    return Work(
        cleaner,
        page_cleaner,
        args.text_field,
        args.fields,
        args.reject_empty,
        keep_text=keep_text,
    )


class Terminated(BaseException):
    """SIGTERM arrived: stop as on Ctrl-C (outputs left as they were), exit 143.

    A BaseException, like KeyboardInterrupt, so that no ``except Exception`` catches it.
    """


def _stop_on_sigterm(_signum: int, _frame: object) -> None:
    raise Terminated


def _run(
    args: argparse.Namespace, work: Work, summary: Summary, dedupe: CleanDedupe | None
) -> None:
    options = ReadOptions(args.max_bytes, args.encoding_errors, args.input_format)
    progress = Progress(enabled=not args.quiet)
    with ExitStack() as stack:
        articles = stack.enter_context(atomic_output(args.output))
        rejects = _open_rejects(stack, args)
        duplicates = (
            stack.enter_context(atomic_output(args.duplicates)) if args.duplicates else None
        )
        reading = ReadProgress()
        items = read_records(args.inputs, options, reading)
        try:
            for item, done in clean_in_order(work, items, args.jobs):
                write_outcome(item, done, articles, rejects, summary, dedupe)
                summary.bytes_in = reading.done_bytes
                progress.update(summary, reading)
            summary.bytes_in = reading.done_bytes  # the last file's end, after its last item
        finally:
            progress.close()
        if dedupe is not None:
            dedupe.write(articles, duplicates, summary)


class ArticleSink(Protocol):
    """What takes a cleaned article instead of its output file (``--dedupe``)."""

    def add(self, record: Record, done: Done) -> None:
        """Take one cleaned record (its `Done` holds its line)."""
        ...


def write_outcome(
    item: Record | Reject | Skipped,
    done: Done | None,
    articles: IO[str],
    rejects: IO[str],
    summary: Summary,
    dedupe: ArticleSink | None = None,
) -> None:
    """Write one read item's outcome (its article line, or its reject) and count it.

    The one place an outcome is written, for the local run and for each partition of a
    distributed one, so both write the same bytes. With ``--dedupe`` the article goes to
    the run's dedupe, which writes it at the end.
    """
    reject = item if isinstance(item, Reject) else done and done.reject
    if isinstance(item, Skipped):
        summary.count_skipped(item)
    elif reject:
        write_jsonl(rejects, reject.to_dict())
        summary.count_reject(reject)
    elif done and done.line is not None:
        if dedupe is not None and isinstance(item, Record):
            dedupe.add(item, done)
        else:
            articles.write(done.line + "\n")
        summary.count(done, len(done.line.encode("utf-8")) + 1)


def _run_on_dask(
    args: argparse.Namespace, cleaner: Cleaner, summary: Summary, settings: LearnSettings | None
) -> None:
    """Learn (``--learn``), clean, and drop duplicates (``--dedupe``) on the cluster."""
    from ..distributed.cluster import connect

    progress = Progress(enabled=not args.quiet)
    try:
        with connect(args.scheduler, args.jobs) as client:
            done = _clean_on(client, args, cleaner, settings, progress)
    finally:
        progress.close()
    summary.merge(done)
    summary.dedupe, summary.marked, summary.duplicates = done.dedupe, done.marked, done.duplicates


def _clean_on(
    client: Client,
    args: argparse.Namespace,
    cleaner: Cleaner,
    settings: LearnSettings | None,
    progress: Progress,
) -> Summary:
    """The run on `client`: learning first with ``--learn``, dedupe with ``--dedupe``."""
    from ..distributed.clean import clean_files
    from ..distributed.clean_dedupe import DedupeOutputs, clean_and_dedupe

    options = ReadOptions(args.max_bytes, args.encoding_errors, args.input_format)
    if settings is not None:
        learned = learn_on_cluster(client, args, settings)
        cleaner = learned_cleaner(args, cleaner, settings, "", learned)  # "": -o is a file
    config = dedupe_config(args)
    work = _work(args, cleaner, config is not None)
    if config is None:
        return clean_files(
            client,
            args.inputs,
            args.output,
            work,
            options,
            rejects=args.rejects,
            report=progress.update,
        )
    outputs = DedupeOutputs(args.output, args.rejects, args.duplicates, args.mark)
    return clean_and_dedupe(client, args.inputs, work, options, config, outputs, progress.update)


def _dask_problem(args: argparse.Namespace) -> str | None:
    """Why the options cannot run on the Dask engine, or None."""
    if args.output == "-":
        return _DASK_NEEDS_FILES
    return None


def _open_rejects(stack: ExitStack, args: argparse.Namespace) -> IO[str]:
    """The rejects file: --rejects, else beside the output, else standard error."""
    path = _rejects_path(args)
    if path is None:
        return sys.stderr
    return stack.enter_context(atomic_output(path))


def _rejects_path(args: argparse.Namespace) -> str | None:
    """--rejects, else the file beside the output; None for standard error."""
    return args.rejects or (f"{args.output}.rejects.jsonl" if args.output != "-" else None)


def _output_files(args: argparse.Namespace) -> tuple[str, ...]:
    """The files a local run writes whole (`atomic_output`): the articles, the rejects and
    the duplicates report, those that are files and not standard streams."""
    named = (args.output, _rejects_path(args), args.duplicates)
    return tuple(path for path in named if path and path != "-")


def _report(args: argparse.Namespace, summary: Summary) -> None:
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    if args.stats:
        with atomic_output(args.stats) as handle:
            json.dump(summary.to_json(), handle, indent=2)
            handle.write("\n")


def page_mode_cleaner(cleaner: Cleaner, mode_chosen: bool) -> Cleaner:
    """The cleaner for records whose format implies page mode (WET), unless a mode was chosen."""
    if mode_chosen or cleaner.config.mode == "page":
        return cleaner
    return Cleaner(attrs.evolve(cleaner.config, mode="page"))

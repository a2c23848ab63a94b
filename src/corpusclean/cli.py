"""The ``corpusclean`` command: argument parsing and reporting only; the work is the library's."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import attrs

from . import __version__
from .config import Config
from .explain import explain
from .io import DEFAULT_MAX_BYTES, Record, Reject, read_records, write_jsonl
from .pipeline import Cleaner, RecordError
from .rules import load_builtin_rules

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corpusclean", description="Clean scraped article text into structured JSONL records."
    )
    parser.add_argument("--version", action="version", version=f"corpusclean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser(
        "clean",
        help="clean .txt files or .jsonl records into JSONL articles",
        description="Clean every .txt file (one document) and .jsonl line (one record) "
        "found in the inputs; folders are searched recursively.",
    )
    clean.add_argument("inputs", nargs="+", help="files or folders to clean")
    clean.add_argument("-o", "--output", help="JSONL file for the articles (default: stdout)")
    clean.add_argument(
        "--rejects",
        help="JSONL file for records that could not be cleaned "
        "(default: OUTPUT.rejects.jsonl, or stderr without --output)",
    )
    clean.add_argument(
        "--mode",
        choices=("auto", "article", "page"),
        default="auto",
        help="article text with leftovers, whole-page text, or decide per document (default: auto)",
    )
    clean.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="an extra TOML or JSON rule file (repeatable)",
    )
    clean.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="switch off a rule or detector by name (repeatable)",
    )
    clean.add_argument(
        "--no-builtin-rules", action="store_true", help="do not use the built-in English news rules"
    )
    clean.add_argument(
        "--text-field",
        default="text",
        help="the field holding the text in JSONL records (default: text)",
    )
    clean.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="reject records larger than this (default: %(default)s)",
    )
    clean.add_argument(
        "--encoding-errors",
        choices=("strict", "replace"),
        default="strict",
        help="reject input that is not UTF-8 (strict) or replace bad bytes",
    )
    clean.add_argument("-q", "--quiet", action="store_true", help="do not print the summary")
    commands.add_parser("rules", help="list the built-in rules")
    explain = commands.add_parser(
        "explain",
        help="show, line by line, what the cleaner keeps and removes in one text file",
        description="Print every block of the file with the decision on it: title, kept or "
        "removed, the rule that removed it, and the rule it matches on its own.",
    )
    explain.add_argument("file", help="a UTF-8 text file holding one document")
    explain.add_argument(
        "--mode", choices=("auto", "article", "page"), default="auto", help="as for clean"
    )
    return parser


def _config(args: argparse.Namespace) -> Config:
    return Config(
        mode=args.mode,
        rule_files=tuple(args.rules),
        disabled_rules=frozenset(args.disable),
        builtin_rules=not args.no_builtin_rules,
    )


@attrs.define
class _Summary:
    documents: int = 0
    rejects: int = 0
    removed: Counter[str] = attrs.field(factory=Counter)
    flags: Counter[str] = attrs.field(factory=Counter)

    def render(self) -> str:
        lines = [
            f"cleaned {self.documents} documents, rejected {self.rejects}, "
            f"removed {sum(self.removed.values())} blocks"
        ]
        lines += [f"  {count:6d}  {rule}" for rule, count in self.removed.most_common()]
        lines += [f"  flagged {count} documents: {flag}" for flag, count in self.flags.items()]
        return "\n".join(lines)


def _clean_one(
    cleaner: Cleaner,
    item: Record,
    text_field: str,
    articles: IO[str],
    rejects: IO[str],
    summary: _Summary,
) -> None:
    try:
        # A .txt file is one document whose text is always under "text"; --text-field names
        # the field of JSONL records.
        field = text_field if item.line is not None else "text"
        article = cleaner.clean_record(item.data, index=item.line or 0, text_field=field)
    except RecordError as error:
        _reject(Reject(item.path, item.line, str(error)), rejects, summary)
        return
    except Exception as error:  # one bad record must not end the run
        _reject(
            Reject(
                item.path,
                item.line,
                f"internal error, please report it: {type(error).__name__}: {error}",
            ),
            rejects,
            summary,
        )
        return
    if article.source is None:
        article = attrs.evolve(article, source=item.path)
    write_jsonl(articles, article.to_dict())
    summary.documents += 1
    summary.removed.update(removal.rule for removal in article.removed)
    summary.flags.update(article.flags)


def _reject(reject: Reject, rejects: IO[str], summary: _Summary) -> None:
    write_jsonl(rejects, reject.to_dict())
    summary.rejects += 1


def _run_clean(args: argparse.Namespace) -> int:
    try:
        cleaner = Cleaner(_config(args))
    except (OSError, ValueError) as error:
        print(f"corpusclean: cannot load the rules: {error}", file=sys.stderr)
        return 2
    summary = _Summary()
    with ExitStack() as stack:
        articles = stack.enter_context(_open_output(args.output)) if args.output else sys.stdout
        rejects_path = args.rejects or (f"{args.output}.rejects.jsonl" if args.output else None)
        rejects = stack.enter_context(_open_output(rejects_path)) if rejects_path else sys.stderr
        for item in read_records(
            args.inputs, max_bytes=args.max_bytes, errors=args.encoding_errors
        ):
            if isinstance(item, Reject):
                _reject(item, rejects, summary)
            else:
                _clean_one(cleaner, item, args.text_field, articles, rejects, summary)
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    return 0 if summary.documents or not summary.rejects else 1


def _open_output(path: str) -> IO[str]:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return Path(path).open("w", encoding="utf-8")


def _run_explain(args: argparse.Namespace) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"corpusclean: cannot read {args.file}: {error}", file=sys.stderr)
        return 2
    for d in explain(text, Cleaner(Config(mode=args.mode))):
        rule = d.rule or (f"({d.alone})" if d.alone else "")
        print(f"{d.start + 1:>5}  {d.verdict:8} {rule:24} {d.text[:90]}")
    return 0


def _run_rules() -> int:
    for rule in load_builtin_rules():
        print(f"{rule.name:24} {rule.family:12} {rule.scope.value:5} {rule.reason}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    0 when every record was cleaned or at least one was (rejects are in the rejects file),
    1 when there were records and all of them were rejected, 2 for bad usage or rule files.
    """
    args = _build_parser().parse_args(argv)
    if args.command == "rules":
        return _run_rules()
    if args.command == "explain":
        return _run_explain(args)
    return _run_clean(args)

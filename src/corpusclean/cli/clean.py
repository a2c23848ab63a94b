"""``corpusclean clean``: every input record cleaned into JSONL articles, or rejected."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import attrs

from ..io.records import Record, Reject, read_records, write_jsonl
from ..pipeline import Cleaner, RecordError

__all__ = ["run_clean"]


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


def run_clean(args: argparse.Namespace, cleaner: Cleaner) -> int:
    """Clean every input record into the output; rejects go to the rejects file."""
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

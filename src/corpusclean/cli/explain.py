"""``corpusclean explain``: every block of each input document with the decision on it.

The decisions come from the same run as ``corpusclean clean``'s output with the same
options (`Cleaner.clean_and_explain`), so what explain says is what clean does.
"""

from __future__ import annotations

import argparse
import sys

from ..io.records import Record, read_records
from ..pipeline import Cleaner, RecordError

__all__ = ["run_explain"]


def _explain_record(cleaner: Cleaner, record: Record, text_field: str) -> None:
    field = text_field if record.line is not None else "text"
    text = record.data.get(field)
    if not isinstance(text, str):
        raise RecordError(record.line or 0, f"no {field!r} field holding a str")
    where = record.path if record.line is None else f"{record.path}:{record.line}"
    print(f"== {where}")
    for d in cleaner.clean_and_explain(text)[1]:
        rule = d.rule or (f"({d.alone})" if d.alone else "")
        print(f"{d.start + 1:>5}  {d.verdict:8} {rule:24} {d.text[:90]}")


def run_explain(args: argparse.Namespace, cleaner: Cleaner) -> int:
    """Explain every document of the inputs; 1 when any could not be read or explained."""
    status = 0
    for item in read_records(args.inputs, max_bytes=args.max_bytes, errors=args.encoding_errors):
        if isinstance(item, Record):
            try:
                _explain_record(cleaner, item, args.text_field)
                continue
            except RecordError as error:
                reason = str(error)
            path, line = item.path, item.line
        else:
            path, line, reason = item.path, item.line, item.reason
        where = path if line is None else f"{path}:{line}"
        print(f"corpusclean: cannot explain {where}: {reason}", file=sys.stderr)
        status = 1
    return status

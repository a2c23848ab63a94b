"""``corpusclean explain``: every block of each input document with the decision on it.

The decisions come from the same run as ``corpusclean clean``'s output with the same
options (`Cleaner.clean_and_explain`), so what explain says is what clean does: the same
readers, the same text field, page mode for WET pages unless ``--mode`` says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from ..io.compression import MissingExtraError
from ..io.records import Record, Reject, Skipped
from ..io.sources import ReadOptions, read_records
from ..pipeline import Cleaner, record_fields
from .clean import page_mode_cleaner
from .options import given_fields

__all__ = ["run_explain"]


def _explain_record(cleaner: Cleaner, record: Record, text: str) -> None:
    print(f"== {record.location}")
    _, source, metadata = record_fields(record.data, record.text_field or "text")
    for d in cleaner.clean_and_explain(text, source=source, metadata=metadata)[1]:
        rule = d.rule or (f"({d.alone})" if d.alone else "")
        print(f"{d.start + 1:>5}  {d.verdict:8} {rule:24} {d.text[:90]}")


def _chosen(items: Iterator[Record | Reject | Skipped], pick: str | None) -> Iterator[object]:
    """The items, or only the record ``--record`` picks (by line/record number, or by id)."""
    for item in items:
        if pick is None:
            yield item
        elif isinstance(item, Record) and pick in (str(item.line), str(item.data.get("id"))):
            yield item
            return


def run_explain(args: argparse.Namespace, cleaner: Cleaner) -> int:
    """Explain every document of the inputs; 1 when any could not be read or explained."""
    page_cleaner = page_mode_cleaner(cleaner, "mode" in given_fields(args))
    options = ReadOptions(args.max_bytes, args.encoding_errors, args.input_format)
    status, found = 0, False
    try:
        for item in _chosen(read_records(args.inputs, options), args.record):
            if isinstance(item, Skipped):
                print(f"corpusclean: skipped {item.path}: {item.reason}", file=sys.stderr)
                continue
            found = True
            reason = _explain_item(item, args.text_field, cleaner, page_cleaner)
            if reason:
                print(f"corpusclean: cannot explain {reason}", file=sys.stderr)
                status = 1
    except MissingExtraError as error:
        print(f"corpusclean: {error}", file=sys.stderr)
        return 1
    if args.record is not None and not found:
        print(f"corpusclean: no record has line number or id {args.record}", file=sys.stderr)
        return 1
    return status


def _explain_item(item: object, text_field: str, cleaner: Cleaner, page: Cleaner) -> str | None:
    """Explain a record; return what went wrong instead, for a reject or a record with no text."""
    if isinstance(item, Reject):
        where = item.path if item.line is None else f"{item.path}:{item.line}"
        return f"{where}: {item.reason}"
    assert isinstance(item, Record)
    field = item.text_field or text_field
    text = item.data.get(field)
    if not isinstance(text, str):
        return f"{item.location}: no {field!r} field holding a string; name it with --text-field"
    _explain_record(page if item.mode == "page" else cleaner, item, text)
    return None

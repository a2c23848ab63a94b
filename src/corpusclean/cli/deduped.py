"""How a ``dedupe`` outcome is written: a record kept, marked (``--mark``) or dropped and
listed (``--duplicates``), the same for ``corpusclean dedupe``, ``clean --dedupe`` and each
partition of a run on the Dask engine. The outputs' key names are spelled here only."""

from __future__ import annotations

from array import array
from collections.abc import Mapping
from typing import IO, Any

import attrs

from ..dedupe.corpus import Verdict
from ..io.records import Record, write_jsonl

__all__ = ["Duplicate", "Locations", "listing_entry", "marked", "record_id", "write_deduped"]


@attrs.frozen
class Duplicate:
    """What the outputs say of a record dropped (or marked) as a duplicate: its survivor."""

    of: str
    of_path: str
    of_line: int | None
    similarity: float


def listing_entry(
    record: str, where: tuple[str, int | None], duplicate: Duplicate
) -> dict[str, Any]:
    """The ``--duplicates`` file's line for the dropped record with id `record`, found at
    `where` (path, line): where it and its survivor are, and how similar they are."""
    path, line = where
    return {
        "id": record,
        "path": path,
        "line": line,
        "dup_of": duplicate.of,
        "dup_of_path": duplicate.of_path,
        "dup_of_line": duplicate.of_line,
        "similarity": round(duplicate.similarity, 4),
    }


def marked(data: Mapping[str, Any], duplicate: Duplicate | None) -> dict[str, Any]:
    """A record as ``--mark`` writes it: with ``duplicate_of`` (None when kept) and the
    similarity to the survivor."""
    record = dict(data)
    record["duplicate_of"] = None if duplicate is None else duplicate.of
    record["duplicate_similarity"] = None if duplicate is None else duplicate.similarity
    return record


@attrs.define
class Locations:
    """Where each indexed record came from, to name a survivor in the duplicates file."""

    paths: list[str] = attrs.field(factory=list)
    path_index: dict[str, int] = attrs.field(factory=dict)
    path_of: array[int] = attrs.field(factory=lambda: array("q"))
    line_of: array[int] = attrs.field(factory=lambda: array("q"))

    def add(self, item: Record) -> None:
        index = self.path_index.setdefault(item.path, len(self.paths))
        if index == len(self.paths):
            self.paths.append(item.path)
        self.path_of.append(index)
        self.line_of.append(-1 if item.line is None else item.line)

    def of(self, number: int) -> tuple[str, int | None]:
        line = self.line_of[number]
        return self.paths[self.path_of[number]], None if line < 0 else line

    def duplicate(self, verdict: Verdict) -> Duplicate | None:
        """What the outputs say of the record `verdict` is about: None when it was kept."""
        if verdict.duplicate_index is None or verdict.duplicate_of is None:
            return None
        path, line = self.of(verdict.duplicate_index)
        return Duplicate(verdict.duplicate_of, path, line, verdict.similarity or 0.0)


def record_id(item: Record) -> str:
    """A record's id: its ``id`` field, else where it is (``path:line``)."""
    value = item.data.get("id")
    return item.location if value is None else str(value)


def write_deduped(
    item: Record,
    duplicate: Duplicate | None,
    articles: IO[str],
    duplicates: IO[str] | None,
    mark: bool,
) -> bool:
    """Write one record's outcome (kept, marked or listed as a duplicate); True if written.

    The one place a `corpusclean dedupe` outcome is written, for the local run and for each
    partition of a distributed one.
    """
    if duplicate is not None and duplicates is not None:
        write_jsonl(duplicates, listing_entry(record_id(item), (item.path, item.line), duplicate))
    if mark:
        write_jsonl(articles, marked(item.data, duplicate))
    elif duplicate is not None:
        return False
    else:
        write_jsonl(articles, item.data)
    return True

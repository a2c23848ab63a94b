"""Cleaning one input record into one output line or one reject, in this process or in workers.

`Work` holds everything a record's cleaning needs (the cleaners, the text field, the
policies), so a worker process gets it once, pickled, and returns finished JSON lines:
encoding the output is work too, and it parallelises. `clean_in_order` keeps the input order
whatever the number of workers, so ``--jobs 2`` writes the same bytes as ``--jobs 1``.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any

import attrs

from ..io.records import Record, Reject, json_line
from ..model import Article
from ..pipeline import Cleaner, collector_paused, record_fields

__all__ = ["OUTPUT_FIELDS", "Done", "Work", "available_cores", "clean_in_order"]

#: The fields of an output record, in the order they are written.
OUTPUT_FIELDS = ("id", "text", "metadata", "title", "paragraphs", "source", "removed", "flags")
_NO_TEXT = (
    "no {field!r} field holding a string ({found}); name the field that holds the text "
    "with --text-field"
)
_EMPTY = "the text is empty or only whitespace; without --reject-empty it is written flagged empty"
# Records per task sent to a worker: enough to make pickling overhead small, few enough that
# the workers stay busy to the end and an interrupted run stops soon.
_BATCH = 32
# Inputs of fewer records than this are cleaned in this process whatever --jobs says: a worker
# costs a process start and a Cleaner built again in it (rules compiled), more than a few
# dozen records take to clean.
_RECORDS_WORTH_A_POOL = 4 * _BATCH


@attrs.frozen
class Done:
    """A cleaned record: its output line and what the summary counts, or a reject."""

    line: str | None
    reject: Reject | None = None
    rules: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    chars_in: int = 0
    chars_out: int = 0
    #: The language the record was identified as under ``--language auto`` ("none" when no
    #: language won); "" when the run fixes one.
    language: str = ""
    #: The article's id and text (as rendered), kept only for ``clean --dedupe``.
    id: str | None = None
    text: str | None = None


@attrs.frozen
class Work:
    """How records are cleaned: the cleaner, the one for page-mode formats, the policies."""

    cleaner: Cleaner
    page_cleaner: Cleaner
    text_field: str
    fields: tuple[str, ...] = OUTPUT_FIELDS
    reject_empty: bool = False
    #: Send each article's id and text back with its line (``clean --dedupe`` reads them).
    keep_text: bool = False

    def clean(self, record: Record) -> Done:
        """Clean one record; one bad record gives a reject, it never ends the run."""
        try:
            return self._clean(record)
        except Exception as error:
            reason = f"internal error, please report it: {type(error).__name__}: {error}"
            return Done(None, _reject(record, reason))

    def _clean(self, record: Record) -> Done:
        field = record.text_field or self.text_field
        text = record.data.get(field)
        if not isinstance(text, str):
            found = f"it is {type(text).__name__}" if field in record.data else _keys(record)
            return Done(None, _reject(record, _NO_TEXT.format(field=field, found=found)))
        if not text.strip() and self.reject_empty:
            return Done(None, _reject(record, _EMPTY))
        cleaner = self.page_cleaner if record.mode == "page" else self.cleaner
        # `Cleaner.clean_record` by its parts, to keep the language the run identified: the
        # record's own "detected_language" field stays in the metadata when none is.
        record_id, source, metadata = record_fields(record.data, field, "id", "source")
        # The article assembled and the run freed before the collector resumes, as
        # `Cleaner.clean` does: else its first collection traverses the whole run.
        with collector_paused():
            run = cleaner.run(text, source=source, metadata=metadata)
            article, detected = run.article(record_id, source, metadata), run.detected_language
            del run
        article = _with_location(article, record)
        article = _flag_empty(article, text)
        out = output_record(article, self.fields)
        rendered = article.render()
        return Done(
            json_line(out),
            rules=tuple(removal.rule for removal in article.removed),
            flags=article.flags,
            chars_in=len(text),
            chars_out=len(rendered),
            language=_identified(cleaner, detected),
            id=article.id if self.keep_text else None,
            text=rendered if self.keep_text else None,
        )


def _identified(cleaner: Cleaner, detected: str | None) -> str:
    """The language `cleaner` identified, "none" when none won; "" when its configuration
    names the language."""
    if cleaner.config.language != "auto":
        return ""
    return detected or "none"


def _keys(record: Record) -> str:
    names = ", ".join(sorted(record.data)[:8])
    return f"the record has {names}" if names else "the record is empty"


def _reject(record: Record, reason: str) -> Reject:
    record_id = record.data.get("id")
    return Reject(
        record.path, record.line, reason, id=None if record_id is None else str(record_id)
    )


def _with_location(article: Article, record: Record) -> Article:
    """Ids are never null: the input's id, else where the record was (``file:line``)."""
    return attrs.evolve(
        article,
        id=record.location if article.id is None else article.id,
        source=record.path if article.source is None else article.source,
    )


def _flag_empty(article: Article, text: str) -> Article:
    """Flag ``empty`` input (nothing but whitespace) and text that cleaned to nothing."""
    if not text.strip():
        flag = "empty"
    elif article.title is None and not article.paragraphs:
        flag = "emptied"
    else:
        return article
    return attrs.evolve(article, flags=tuple(sorted((*article.flags, flag))))


def output_record(article: Article, fields: Sequence[str]) -> dict[str, Any]:
    """The output record: ``text`` is the whole document, title, a blank line, paragraphs."""
    record = article.to_dict()
    record["text"] = article.render()
    return {name: record[name] for name in fields}


# --- running the work in order, here or in worker processes ---------------------------------

_WORK: Work | None = None


def _start_worker(work: Work) -> None:
    global _WORK
    _WORK = work
    # Ctrl-C reaches the whole process group; the parent alone decides what happens then.
    # A forked worker also inherits the parent's SIGTERM handler, which is the parent's.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _clean_batch(records: list[Record]) -> list[Done]:
    assert _WORK is not None, "a worker runs _start_worker first"
    return [_WORK.clean(record) for record in records]


def available_cores() -> int:
    """The number of CPU cores this process may run on (its affinity mask, where there is one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity mask
        return os.cpu_count() or 1


def clean_in_order(
    work: Work, records: Iterable[Record | Any], jobs: int
) -> Iterator[tuple[Record | Any, Done | None]]:
    """Yield each item with its `Done` (None for items that are not `Record`s), in input order.

    With ``jobs`` above 1 and an input of more than a few batches, the records are cleaned in
    that many worker processes; at most a few batches per worker are in flight, so memory
    stays bounded on any input size. The output is the same either way.
    """
    items = iter(records)
    head = list(islice(items, _RECORDS_WORTH_A_POOL))
    if jobs <= 1 or len(head) < _RECORDS_WORTH_A_POOL:
        for item in chain(head, items):
            yield item, work.clean(item) if isinstance(item, Record) else None
        return
    yield from _clean_in_pool(work, chain(head, items), jobs)


def _clean_in_pool(
    work: Work, items: Iterator[Record | Any], jobs: int
) -> Iterator[tuple[Record | Any, Done | None]]:
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(work,)) as pool:
        pending: deque[tuple[list[Any], Future[list[Done]]]] = deque()
        try:
            while batch := list(islice(items, _BATCH)):
                wanted = [item for item in batch if isinstance(item, Record)]
                pending.append((batch, pool.submit(_clean_batch, wanted)))
                if len(pending) >= 4 * jobs:
                    yield from _collect(*pending.popleft())
            while pending:
                yield from _collect(*pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _collect(
    batch: list[Any], future: Future[list[Done]]
) -> Iterator[tuple[Record | Any, Done | None]]:
    done = iter(future.result())
    for item in batch:
        yield item, next(done) if isinstance(item, Record) else None

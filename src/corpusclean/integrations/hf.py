"""Cleaning a Hugging Face `datasets.Dataset` with ``Dataset.map`` (the ``hf`` extra).

`clean_batch` is the function for ``Dataset.map(batched=True)``; `article_features` is the
schema of the columns it adds. Pass the schema: without it, ``datasets`` infers each column's
type from the first write batch (1,000 rows), so a column of flags that happen to be empty
there becomes a list of nulls, and the first flagged row after it fails with "Couldn't cast
array of type string to null". `clean_dataset` does both.

>>> from corpusclean.integrations.hf import CLEAN_COLUMNS
>>> CLEAN_COLUMNS
('clean_text', 'title', 'paragraphs', 'removed', 'flags')
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from ..pipeline import Cleaner

if TYPE_CHECKING:  # datasets is an optional extra; imported where used
    import datasets

__all__ = ["CLEAN_COLUMNS", "article_features", "clean_batch", "clean_dataset"]

#: The columns `clean_batch` adds, in order.
CLEAN_COLUMNS = ("clean_text", "title", "paragraphs", "removed", "flags")
_NOT_TEXT = (
    "row {row}: the {column!r} column holds {kind}, not str; drop such rows first, as in "
    "dataset.filter(lambda row: isinstance(row[{column!r}], str)), or name the text column "
    "with text_column="
)


def article_features() -> datasets.Features:
    """The `datasets.Features` of the columns `clean_batch` adds.

    ``clean_text`` is the whole clean document (title, a blank line, the paragraphs, as
    ``Article.render()``); ``title`` is null when the text has no headline.
    """
    from datasets import Features, List, Value

    removal = {
        "text": Value("string"),
        "start": Value("int64"),
        "end": Value("int64"),
        "rule": Value("string"),
        "reason": Value("string"),
    }
    return Features(
        {
            "clean_text": Value("string"),
            "title": Value("string"),
            "paragraphs": List(Value("string")),
            "removed": List(removal),
            "flags": List(Value("string")),
        }
    )


def clean_batch(
    batch: dict[str, list[Any]], cleaner: Cleaner, text_column: str = "text"
) -> dict[str, list[Any]]:
    """Clean a batch of rows; the function for ``Dataset.map(batched=True)``.

    Bind the cleaner with ``functools.partial`` (a `Cleaner` pickles as its `Config`, so the
    same function works with ``num_proc=``). A row's ``source`` column and its other columns
    say which source it is, for rules scoped to one (learned rules).
    """
    columns: dict[str, list[Any]] = {name: [] for name in CLEAN_COLUMNS}
    for row, text in enumerate(batch[text_column]):
        if not isinstance(text, str):
            kind = type(text).__name__
            raise TypeError(_NOT_TEXT.format(row=row, column=text_column, kind=kind))
        source, metadata = _row_source(batch, row, text_column, cleaner)
        article = cleaner.clean(text, source=source, metadata=metadata)
        columns["clean_text"].append(article.render())
        columns["title"].append(article.title)
        columns["paragraphs"].append(list(article.paragraphs))
        columns["removed"].append([removal.to_dict() for removal in article.removed])
        columns["flags"].append(list(article.flags))
    return columns


def _row_source(
    batch: dict[str, list[Any]], row: int, text_column: str, cleaner: Cleaner
) -> tuple[str | None, dict[str, Any] | None]:
    """A row's source and its other columns, read only when some rule is scoped to a source."""
    if not cleaner.source_rules:
        return None, None
    source = batch["source"][row] if "source" in batch else None
    metadata = {name: values[row] for name, values in batch.items() if name != text_column}
    return (source if isinstance(source, str) else None), metadata


def clean_dataset(
    dataset: datasets.Dataset,
    cleaner: Cleaner | None = None,
    *,
    text_column: str = "text",
    num_proc: int | None = None,
    batch_size: int = 256,
) -> datasets.Dataset:
    """The dataset with the `CLEAN_COLUMNS` added, cleaned in ``num_proc`` processes."""
    features = dataset.features.copy()
    features.update(article_features())
    return dataset.map(
        partial(clean_batch, cleaner=cleaner or Cleaner(), text_column=text_column),
        batched=True,
        batch_size=batch_size,
        num_proc=num_proc,
        features=features,
    )

"""A datatrove pipeline step that cleans each `Document` in place (the ``datatrove`` extra).

FineWeb-style pipelines are lists of datatrove steps run by its local, Slurm or Ray
executors. `CorpuscleanFilter` goes anywhere in such a list: it replaces each document's
text by the clean text (``Article.render()``: the title, a blank line, the paragraphs),
records what it found in the document's metadata, and drops the documents that clean to
nothing, through datatrove's own filter mechanism: they are counted in the step's stats
(``dropped_empty``, ``dropped_emptied``) and, given an ``exclusion_writer``, written there
with their original text and ``metadata["filter_reason"]``.

Metadata keys (prefixed, so a reader's own ``title`` column is never overwritten):
``corpusclean_title`` (None when the text has no headline), ``corpusclean_removed`` (one
dict a `Removal`: text, start, end, rule, reason) and ``corpusclean_flags``.

See docs/distributed.md for a pipeline and for running it on Slurm.
"""

from __future__ import annotations

from typing import Any

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from ..config import Config
from ..pipeline import Cleaner

__all__ = ["METADATA_KEYS", "CorpuscleanFilter"]

#: The metadata keys the step sets on every document it keeps.
METADATA_KEYS = ("corpusclean_title", "corpusclean_removed", "corpusclean_flags")


class CorpuscleanFilter(BaseFilter):  # type: ignore[misc]  # datatrove is untyped
    """Clean each document's text in place; drop the ones that clean to nothing.

    `config` is the `Config` of the `Cleaner` (the default one when None). The cleaner is
    built on first use in the process that runs the step, so the step pickles small (as
    datatrove sends steps to Slurm jobs and Ray tasks).
    """

    name = "🧹 corpusclean"

    def __init__(self, config: Config | None = None, exclusion_writer: Any = None) -> None:
        super().__init__(exclusion_writer)
        self.config = config or Config()
        self._cleaner: Cleaner | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_cleaner"] = None  # built again where the step runs
        return state

    @property
    def cleaner(self) -> Cleaner:
        """The step's `Cleaner`, built on first use."""
        if self._cleaner is None:
            self._cleaner = Cleaner(self.config)
        return self._cleaner

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Clean `doc` in place; False with a reason when nothing is left of it."""
        if not doc.text.strip():
            return False, "empty"
        article = self.cleaner.clean(doc.text, id=str(doc.id))
        for removal in article.removed:
            self.stat_update(f"removed_{removal.rule}")
        doc.metadata["corpusclean_removed"] = [removal.to_dict() for removal in article.removed]
        doc.metadata["corpusclean_flags"] = list(article.flags)
        if article.title is None and not article.paragraphs:
            return False, "emptied"  # the original text stays, for the exclusion writer
        doc.metadata["corpusclean_title"] = article.title
        doc.text = article.render()
        return True

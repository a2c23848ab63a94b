"""Duplicates: repeated blocks inside one document (`within`), duplicate documents across a
corpus (`corpus`: exact and near, with `near`, `minhash` and `store` behind it).

The corpus names are imported on first use (`corpusclean.lazy`): every document's duplicate
pass imports `within`, which needs none of the corpus index, its stores or the I/O package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import names_on_first_use

__all__ = ["CorpusIndex", "DedupeConfig", "DedupeResult", "Verdict", "dedupe_corpus"]

if TYPE_CHECKING:
    from .corpus import CorpusIndex, DedupeConfig, DedupeResult, Verdict, dedupe_corpus
else:
    __getattr__ = names_on_first_use(__name__, dict.fromkeys(__all__, ".corpus"))

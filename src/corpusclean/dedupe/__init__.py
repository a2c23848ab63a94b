"""Duplicates: repeated blocks inside one document (`within`), duplicate documents across a
corpus (`corpus`: exact and near, with `near`, `minhash` and `store` behind it)."""

from .corpus import CorpusIndex, DedupeConfig, DedupeResult, Verdict, dedupe_corpus

__all__ = ["CorpusIndex", "DedupeConfig", "DedupeResult", "Verdict", "dedupe_corpus"]

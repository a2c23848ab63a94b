"""The Dask engine: ``corpusclean clean``, ``dedupe`` and ``learn`` on a cluster (``dask``).

Results equal the local engine's on the same input, by construction: a partition is cleaned
by the local code (`corpusclean.cli.work.Work`), and distributed dedupe computes the same
shingle hashes, band keys, Jaccard check and survivor order as `CorpusIndex`, and learning
sums the same counts as `learn_documents` (`distributed.learn`). See
docs/distributed.md.

Dask is imported only when a function of the engine runs, never by ``import corpusclean``
(nor by importing this package).
"""

from __future__ import annotations

from .clean import clean_bag, clean_dataframe, clean_files
from .cluster import connect
from .learn import learn_files

__all__ = ["clean_bag", "clean_dataframe", "clean_files", "connect", "learn_files"]

"""Where a distributed run writes: one file a partition, or one file for the whole run.

* ``-o out/`` (a folder: an existing one, or a name ending in ``/``) writes
  ``out/part-00000.jsonl``, ``out/part-00001.jsonl``... one a partition, Dask's convention;
* ``-o 'out/part-*.jsonl.gz'`` (a name with ``*``) writes one file a partition, ``*``
  replaced by the partition's number, compressed by the suffix;
* any other name is one file: the partitions are written beside it, in a temporary folder,
  then concatenated in input order into the file (atomically, compressed by its suffix), so
  it holds the same bytes as the local engine's.

Rejects always go to one file, in input order: ``--rejects``, else ``OUTPUT.rejects.jsonl``
(for a folder or a pattern, beside the folder: ``out.rejects.jsonl``).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import attrs

from ..io.compression import open_compressed

__all__ = ["OutputLayout", "concatenate", "output_layout", "temporary_folder"]

_PART = "part-*.jsonl"
_DIGITS = 5  # part-00000: sorts in partition order for up to 100,000 partitions


@attrs.frozen
class OutputLayout:
    """The output of a distributed run: one file, or a pattern with ``*`` (one a partition)."""

    target: str
    per_partition: bool

    def part(self, number: int) -> str:
        """The file of partition `number` (per-partition layouts only)."""
        return self.target.replace("*", f"{number:0{_DIGITS}d}")

    @property
    def folder(self) -> Path:
        """The folder the output goes into."""
        return Path(self.target).parent

    def default_rejects(self) -> str:
        """``OUTPUT.rejects.jsonl``; for one file a partition, beside their folder."""
        if self.per_partition:
            return f"{self.folder}.rejects.jsonl"
        return f"{self.target}.rejects.jsonl"

    def stale_parts(self, count: int) -> list[Path]:
        """Files named by the pattern with a number of `count` or more (an earlier, bigger run)."""
        name = Path(self.target).name
        prefix, _, suffix = name.partition("*")
        if not self.folder.is_dir():
            return []
        stale = []
        for path in self.folder.iterdir():
            middle = path.name[len(prefix) : len(path.name) - len(suffix)]
            ours = path.name.startswith(prefix) and path.name.endswith(suffix)
            if ours and middle.isdigit() and int(middle) >= count:
                stale.append(path)
        return stale


def output_layout(output: str) -> OutputLayout:
    """The layout `output` names (see the module's description)."""
    if "*" in Path(output).name:
        return OutputLayout(output, per_partition=True)
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return OutputLayout(str(Path(output) / _PART), per_partition=True)
    return OutputLayout(output, per_partition=False)


@contextmanager
def temporary_folder(beside: str) -> Iterator[Path]:
    """A fresh folder beside `beside` (on the same file system, which the workers share),
    removed with everything in it on the way out, whatever happens."""
    parent = Path(beside).parent
    folder = parent / f".corpusclean-parts-{uuid.uuid4().hex[:12]}"
    folder.mkdir(parents=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def concatenate(paths: Iterable[str | Path], handle: IO[str]) -> None:
    """Copy the text of each file (decompressed by its suffix) to `handle`, in order."""
    for path in paths:
        with open_compressed(path, "rb") as raw:
            text = (line.decode("utf-8") for line in raw)
            handle.writelines(text)

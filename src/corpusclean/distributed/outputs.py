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

Any of these may be a URL (``s3://bucket/out/``): see `storage` for what atomic means there.
A part's temporary file left by a worker that was killed while writing it (its clean-up
never ran) is removed at the end of the run, whether the run succeeded or failed
(`temporary_folder`).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

import attrs

from ..io.compression import decompressing_reader
from . import storage

__all__ = [
    "OutputLayout",
    "concatenate",
    "output_layout",
    "temporary_folder",
]

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
    def folder(self) -> str:
        """The folder the output goes into."""
        return storage.parent(self.target)

    def default_rejects(self) -> str:
        """``OUTPUT.rejects.jsonl``; for one file a partition, beside their folder."""
        if self.per_partition:
            return f"{self.folder}.rejects.jsonl"
        return f"{self.target}.rejects.jsonl"

    def stale_parts(self, count: int) -> list[str]:
        """Files named by the pattern with a number of `count` or more (an earlier, bigger run)."""
        names = storage.list_names(self.folder)
        numbers = (self._number(name) for name in names)
        return [
            storage.join(self.folder, name)
            for name, number in zip(names, numbers, strict=True)
            if number is not None and number >= count
        ]

    def parts(self) -> list[str]:
        """The files the pattern names that exist, in partition order."""
        numbered = [(self._number(name), name) for name in storage.list_names(self.folder)]
        ours = sorted((number, name) for number, name in numbered if number is not None)
        return [storage.join(self.folder, name) for _, name in ours]

    def orphans(self) -> list[str]:
        """Temporary files of parts (``.part-00001.jsonl.4711.tmp``) that no process will
        finish: a worker killed while writing one never ran its clean-up, and Dask ran the
        task again elsewhere, under another process id (so another temporary name)."""
        names = storage.list_names(self.folder)
        return [
            storage.join(self.folder, name)
            for name in names
            if name.startswith(".")
            and name.endswith(".tmp")
            and self._number(_owner(name)) is not None
        ]

    def _number(self, name: str) -> int | None:
        """The partition number of a file the pattern names, or None for another file."""
        prefix, _, suffix = _base_name(self.target).partition("*")
        middle = name[len(prefix) : len(name) - len(suffix)]
        ours = name.startswith(prefix) and name.endswith(suffix)
        return int(middle) if ours and middle.isdigit() else None


def _owner(temporary: str) -> str:
    """The file a temporary file is for: ``.part-00001.jsonl.4711.tmp`` is for
    ``part-00001.jsonl`` (the process id, and on a store a random tag, before ``.tmp``)."""
    return temporary[1:].rsplit(".", 2)[0]


def _base_name(name: str) -> str:
    return name.rstrip("/").rsplit("/", 1)[-1] if storage.is_url(name) else Path(name).name


def output_layout(output: str) -> OutputLayout:
    """The layout `output` names (see the module's description)."""
    output = storage.local_name(output)
    if "*" in _base_name(output):
        return OutputLayout(output, per_partition=True)
    if output.endswith(("/", os.sep)) or storage.is_folder(output):
        return OutputLayout(storage.join(output, _PART), per_partition=True)
    return OutputLayout(output, per_partition=False)


@contextmanager
def temporary_folder(layout: OutputLayout) -> Iterator[str]:
    """A fresh folder beside the output (on the same file system, which the workers share),
    removed with everything in it on the way out, whatever happens; so are the temporary
    files that killed workers left among the parts (`OutputLayout.orphans`)."""
    folder = storage.join(layout.folder, f".corpusclean-parts-{uuid.uuid4().hex[:12]}")
    if not storage.is_url(folder):
        Path(folder).mkdir(parents=True)
    try:
        yield folder
    finally:
        _remove_tree(folder)
        for orphan in layout.orphans() if layout.per_partition else ():
            storage.remove(orphan)


def _remove_tree(folder: str) -> None:
    if not storage.is_url(folder):
        shutil.rmtree(folder, ignore_errors=True)
        return
    fs, path = storage.filesystem(folder)
    with suppress(OSError, FileNotFoundError):
        fs.rm(path, recursive=True)


def concatenate(paths: Iterable[str], handle: IO[str]) -> None:
    """Copy the text of each file (decompressed by its suffix) to `handle`, in order."""
    for path in paths:
        with storage.open_binary(path) as raw, decompressing_reader(raw, path) as reader:
            text = (line.decode("utf-8") for line in reader)
            handle.writelines(text)

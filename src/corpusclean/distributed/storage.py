"""Where the engine reads and writes: local paths, or URLs of any fsspec file system.

A ``file://`` URL is a local path (`local_name`), so it keeps everything local files have:
seeking into JSONL ranges, and atomic writes by rename. Any other URL (``s3://``,
``gs://``, ``memory://``...) is opened through fsspec, with the backend the user's
environment has installed (s3fs, gcsfs...): an unknown protocol or a missing backend is a
`StorageError` that says so.

Writing to a URL is as atomic as the store allows: a file is written locally first, with the
same writers as a local run (compressed by suffix), uploaded under a temporary name beside
its target, then moved onto it. On a file system with a rename (a local disk, HDFS, fsspec's
``memory://``) the move is a rename; on an object store (S3, GCS) it is a server-side copy
then a delete, and an object appears whole when its copy completes (write-once objects: a
reader sees the old object or the new one, never a part). If the run fails, the temporary
object is deleted; a worker killed mid-upload can leave one (``.NAME.*.tmp``), which the
run's clean-up removes (`outputs.OutputLayout.orphans`).

Nothing here imports fsspec until a URL is used; fsspec comes with the ``dask`` extra.
"""

from __future__ import annotations

import io
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urlsplit

from ..io.writers import atomic_output
from .cluster import EngineError

if TYPE_CHECKING:
    from fsspec import AbstractFileSystem

__all__ = [
    "StorageError",
    "atomic_write",
    "filesystem",
    "is_url",
    "local_name",
    "open_binary",
    "remote_problem",
]

_NEEDS_FSSPEC = (
    "{url}: reading and writing URLs needs fsspec: pip install 'corpusclean[dask]' "
    "(or give a local path)"
)
_UNKNOWN_PROTOCOL = (
    "{url}: no file system is known for {protocol}:// (fsspec says: {error}); check the URL, "
    "or give a local path"
)
_MISSING_BACKEND = (
    "{url}: the {protocol}:// file system needs a package that is not installed here "
    "({error}); install it in this environment and on the workers"
)
_LOCAL_ENGINE = (
    "{url}: URLs other than file:// are read and written by the Dask engine only; add "
    "--engine dask (or --scheduler ADDR), or copy the files to a local path"
)


class StorageError(EngineError):
    """A URL names no file system this environment can open; the message says why."""


def local_name(name: str) -> str:
    """`name` with a ``file://`` URL turned into its local path; anything else unchanged.

    >>> local_name("file:///data/crawl.jsonl"), local_name("data/crawl.jsonl")
    ('/data/crawl.jsonl', 'data/crawl.jsonl')
    """
    if not name.startswith("file://"):
        return name
    parts = urlsplit(name)
    path = unquote(parts.path)
    # file://host/path names a host; only the local machine's (no host, or localhost) is a path.
    if parts.netloc not in ("", "localhost"):
        return f"//{parts.netloc}{path}"
    return path + ("/" if name.endswith("/") and not path.endswith("/") else "")


def is_url(name: str) -> bool:
    """Whether `name` is a URL of a file system other than the local one.

    >>> is_url("s3://bucket/crawl/"), is_url("file:///data"), is_url("data/a.jsonl")
    (True, False, False)
    """
    return "://" in name and not name.startswith("file://")


def remote_problem(names: list[str]) -> str | None:
    """Why the local engine cannot take these names (a URL it does not read), or None."""
    for name in names:
        if is_url(name):
            return _LOCAL_ENGINE.format(url=name)
    return None


def filesystem(url: str) -> tuple[AbstractFileSystem, str]:
    """The fsspec file system of `url` and the path in it; `StorageError` when there is none."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise StorageError(_NEEDS_FSSPEC.format(url=url)) from None
    protocol = url.split("://", 1)[0]
    try:
        fs, path = url_to_fs(url)
    except ImportError as error:
        message = _MISSING_BACKEND.format(url=url, protocol=protocol, error=error)
        raise StorageError(message) from None
    except ValueError as error:
        message = _UNKNOWN_PROTOCOL.format(url=url, protocol=protocol, error=error)
        raise StorageError(message) from None
    return fs, str(path)


def open_binary(name: str) -> IO[bytes]:
    """A binary reader of a local file or a URL (the caller closes it)."""
    if not is_url(name):
        return Path(name).open("rb")
    fs, path = filesystem(name)
    # fsspec's files of object stores (s3fs, gcsfs: `AbstractBufferedFile`) have no
    # readline(size), which the JSONL size limit needs; a BufferedReader adds it, and keeps
    # seek and tell (fsspec's memory:// file, a BytesIO, had it: only a real store showed it).
    handle: IO[bytes] = fs.open(path, "rb")
    if isinstance(handle, io.BufferedIOBase):
        return handle
    return io.BufferedReader(cast("io.RawIOBase", handle))


def parent(name: str) -> str:
    """The folder `name` is in (a URL's parent keeps its protocol)."""
    if not is_url(name):
        return str(Path(name).parent)
    protocol, path = name.split("://", 1)
    return f"{protocol}://{PurePosixPath(path).parent}"


def join(folder: str, child: str) -> str:
    """`child` inside `folder`."""
    return f"{folder.rstrip('/')}/{child}" if is_url(folder) else str(Path(folder) / child)


def is_folder(name: str) -> bool:
    """Whether `name` is an existing folder (a prefix with objects under it, on a store)."""
    if not is_url(name):
        return Path(name).is_dir()
    fs, path = filesystem(name)
    return bool(fs.isdir(path))


def list_names(folder: str) -> list[str]:
    """The base names of the files directly in `folder` (none when it does not exist)."""
    if not is_url(folder):
        return [p.name for p in Path(folder).iterdir()] if Path(folder).is_dir() else []
    fs, path = filesystem(folder)
    if not fs.isdir(path):
        return []
    return [PurePosixPath(str(entry)).name for entry in fs.ls(path, detail=False)]


def remove(name: str) -> None:
    """Delete a file, if it is there."""
    if not is_url(name):
        Path(name).unlink(missing_ok=True)
        return
    fs, path = filesystem(name)
    with suppress(FileNotFoundError):
        fs.rm(path)


@contextmanager
def atomic_write(name: str) -> Iterator[IO[str]]:
    """A text handle whose bytes appear under `name` only when the block succeeds.

    A local path is `atomic_output`'s; a URL's file is written locally (the same bytes,
    compressed by its suffix), uploaded beside its target and moved onto it.
    """
    if not is_url(name):
        with atomic_output(name) as handle:
            yield handle
        return
    fs, path = filesystem(name)
    with tempfile.TemporaryDirectory() as folder:
        local = str(Path(folder) / PurePosixPath(path).name)
        with atomic_output(local) as handle:
            yield handle
        _upload(fs, local, path)


def _upload(fs: Any, local: str, path: str) -> None:
    """Put `local` at `path` through a temporary name beside it, removed if anything fails."""
    target = PurePosixPath(path)
    temp = str(target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"))
    try:
        fs.makedirs(str(target.parent), exist_ok=True)
        fs.put_file(local, temp)
        fs.mv(temp, path)
    except BaseException:
        with suppress(OSError, FileNotFoundError):
            fs.rm(temp)
        raise

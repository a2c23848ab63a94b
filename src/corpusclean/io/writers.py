"""Writing JSON Lines atomically: to a temporary file beside the target, renamed when done.

An interrupted run (Ctrl-C, a crash, a full disk) never leaves a truncated file under the
final name, and the file that was there before stays intact until the new one is complete.
``-`` is standard output, written as the records come. Compression follows the suffix.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .compression import open_compressed

__all__ = ["atomic_output"]


@contextmanager
def atomic_output(path: str) -> Iterator[IO[str]]:
    """A text handle on ``path`` that appears under that name only when the block succeeds.

    ``-`` yields standard output. Missing parent folders are created. On an exception
    (KeyboardInterrupt included) the temporary file is removed and the exception goes on.
    """
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Same folder, so the rename is atomic (one file system). Not mkstemp: its files are
    # private (mode 0600), and the output should get the permissions any new file gets.
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with _open_text(temp, target) as handle:
            yield handle
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _open_text(temp: Path, target: Path) -> IO[str]:
    """A UTF-8 text handle on ``temp``, compressed as ``target``'s suffix says."""
    raw = open_compressed(temp, "wb", like=target)
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)

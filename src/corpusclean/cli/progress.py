"""A one-line progress display on standard error, shown only when it is a terminal.

Built in rather than tqdm: one line of counts redrawn a few times a second is all a run
needs, and a dependency for it would be one more thing to install. The share done and the
ETA count bytes of the input files as stored (compressed bytes for a compressed file), the
one measure known ahead for every file; standard input has none, so it shows rates only.
"""

from __future__ import annotations

import sys
import time
from typing import Protocol

from ..io.sources import ReadProgress

__all__ = ["Counts", "Progress"]

_INTERVAL = 0.25  # seconds between redraws


class Counts(Protocol):
    """What the line shows of a command's summary (``clean``'s, ``dedupe``'s)."""

    @property
    def started(self) -> float: ...  # time.monotonic() at the run's start

    @property
    def records_in(self) -> int: ...

    @property
    def rejected(self) -> int: ...


class Progress:
    """Redraws a run's `Counts` on standard error, at most every quarter second."""

    def __init__(self, enabled: bool, label: str = "") -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.label = label  # what is being read, when a command reads its inputs more than once
        self._last = 0.0

    def update(self, summary: Counts, reading: ReadProgress) -> None:
        """Redraw the line if enough time has passed since the last redraw."""
        now = time.monotonic()
        if not self.enabled or now - self._last < _INTERVAL:
            return
        self._last = now
        elapsed = max(now - summary.started, 1e-9)
        line = self.label + (
            f"{summary.records_in} records ({summary.rejected} rejected)  "
            f"{reading.done_bytes / 1e6:.1f} MB read  {reading.done_bytes / 1e6 / elapsed:.2f} "
            f"MB/s  {summary.records_in / elapsed:.0f} records/s  {_eta(reading, elapsed)}"
        )
        sys.stderr.write("\r" + line[:120] + "\x1b[K")
        sys.stderr.flush()

    def close(self) -> None:
        """Clear the line, so the summary starts on a clean one."""
        if self.enabled and self._last:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _eta(reading: ReadProgress, elapsed: float) -> str:
    """Percent done and time left, from bytes read as stored; elapsed time alone without a
    known total (standard input) or before anything was read."""
    total, done = reading.total_bytes, reading.done_bytes
    if not total or not done:
        return f"{elapsed:.0f} s"
    left = elapsed * max(total - done, 0) / done
    return f"{100 * done / total:.0f}%  ETA {left // 60:.0f}:{left % 60:02.0f}"

"""A one-line progress display on standard error, shown only when it is a terminal.

Built in rather than tqdm: one line of counts redrawn a few times a second is all a run
needs, and a dependency for it would be one more thing to install. Input size is not known
ahead for compressed files and standard input, so it shows rates, not an ETA.
"""

from __future__ import annotations

import sys
import time

from .summary import Summary

__all__ = ["Progress"]

_INTERVAL = 0.25  # seconds between redraws


class Progress:
    """Redraws the counts of a `Summary` on standard error, at most every quarter second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._last = 0.0

    def update(self, summary: Summary) -> None:
        """Redraw the line if enough time has passed since the last redraw."""
        now = time.monotonic()
        if not self.enabled or now - self._last < _INTERVAL:
            return
        self._last = now
        elapsed = max(now - summary.started, 1e-9)
        line = (
            f"{summary.records_in} records ({summary.rejected} rejected)  "
            f"{summary.chars_in / 1e6:.1f} M chars  {summary.chars_in / 1e6 / elapsed:.2f} M/s  "
            f"{summary.records_in / elapsed:.0f} records/s  {elapsed:.0f} s"
        )
        sys.stderr.write("\r" + line[:120] + "\x1b[K")
        sys.stderr.flush()

    def close(self) -> None:
        """Clear the line, so the summary starts on a clean one."""
        if self.enabled and self._last:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()

"""The account of a ``clean`` run: every record in is written or rejected, and what was removed.

Printed to standard error at the end (or on Ctrl-C, so far), and written as JSON by
``--stats FILE``. ``records_in == written + rejected`` holds by construction: a record is
counted in only where it is counted written or rejected (plus, with ``--dedupe``, dropped
as a duplicate: a record written is uncounted when it is dropped).
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import attrs

from ..io.records import Reject, Skipped
from .work import Done

__all__ = ["Summary"]


@attrs.define
class Summary:
    """Counts of one run, updated record by record."""

    started: float = attrs.field(factory=time.monotonic)
    written: int = 0
    rejected: int = 0
    unreadable: list[str] = attrs.field(factory=list)
    skipped: list[str] = attrs.field(factory=list)
    removed: Counter[str] = attrs.field(factory=Counter)
    flags: Counter[str] = attrs.field(factory=Counter)
    #: Records by the language identified (``--language auto``; "none": no language won).
    languages: Counter[str] = attrs.field(factory=Counter)
    chars_in: int = 0
    chars_out: int = 0
    #: Bytes of the input files as stored (compressed or not), read so far.
    bytes_in: int = 0
    bytes_out: int = 0
    #: What stopped the run early ("Ctrl-C", "SIGTERM"), or "" when it ran to the end.
    interrupted: str = ""
    #: The output files an interrupted run left as they were (each appears only whole).
    unwritten: tuple[str, ...] = ()
    #: The ``--dedupe`` mode ("exact", "near"), or "" without it.
    dedupe: str = ""
    #: Articles dropped as duplicates (with ``--mark``: written, and marked as duplicates).
    duplicates: int = 0
    marked: bool = False

    @property
    def records_in(self) -> int:
        """Records read: each is written, rejected, or dropped as a duplicate."""
        return self.written + self.rejected + (0 if self.marked else self.duplicates)

    def drop_duplicate(self, line_bytes: int) -> None:
        """Move a counted article from written to dropped as a duplicate."""
        self.written -= 1
        self.duplicates += 1
        self.bytes_out -= line_bytes

    def count(self, done: Done, line_bytes: int) -> None:
        """Count a cleaned record and its output line."""
        self.written += 1
        self.removed.update(done.rules)
        self.flags.update(done.flags)
        if done.language:
            self.languages[done.language] += 1
        self.chars_in += done.chars_in
        self.chars_out += done.chars_out
        self.bytes_out += line_bytes

    def count_reject(self, reject: Reject) -> None:
        """Count a rejected record (a whole file, when it could not be read)."""
        self.rejected += 1
        if reject.unreadable:
            self.unreadable.append(reject.path)

    def count_skipped(self, skipped: Skipped) -> None:
        """Note a file no reader knows."""
        self.skipped.append(skipped.path)

    def merge(self, other: Summary) -> None:
        """Add the counts of another part of the run (a partition cleaned elsewhere)."""
        self.written += other.written
        self.rejected += other.rejected
        self.unreadable += other.unreadable
        self.skipped += other.skipped
        self.removed.update(other.removed)
        self.flags.update(other.flags)
        self.languages.update(other.languages)
        self.chars_in += other.chars_in
        self.chars_out += other.chars_out
        self.bytes_in += other.bytes_in
        self.bytes_out += other.bytes_out

    def to_json(self) -> dict[str, Any]:
        """The summary as a JSON-ready dict (``--stats``)."""
        elapsed = time.monotonic() - self.started
        return {
            "records_in": self.records_in,
            "written": self.written,
            "rejected": self.rejected,
            "empty": self.flags["empty"],
            "emptied": self.flags["emptied"],
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "removed_share": self._removed_share(),
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "removed": dict(self.removed.most_common()),
            "flags": dict(self.flags.most_common()),
            "languages": dict(self.languages.most_common()),
            "skipped_files": self.skipped,
            "unreadable_files": self.unreadable,
            "elapsed_seconds": round(elapsed, 3),
            "records_per_second": round(self.records_in / elapsed, 1) if elapsed else None,
            "interrupted": self.interrupted or None,
            "unwritten_files": list(self.unwritten),
        } | self._dedupe_json()

    def _dedupe_json(self) -> dict[str, Any]:
        if not self.dedupe:
            return {}
        return {"dedupe": self.dedupe, "duplicates": self.duplicates, "marked": self.marked}

    def _removed_share(self) -> float:
        return round(1 - self.chars_out / self.chars_in, 4) if self.chars_in else 0.0

    def _duplicates_text(self) -> str:
        if not self.dedupe:
            return ""
        if self.marked:
            return f", {self.duplicates} of them marked as {self.dedupe} duplicates"
        return f" + {self.duplicates} dropped as {self.dedupe} duplicates"

    def _interrupted_text(self) -> str:
        """What stopped the run, and which output files it left as they were: the counts
        below say what was cleaned, which is not what a file holds when it was not written."""
        if not self.unwritten:
            return f"interrupted by {self.interrupted}; the summary so far:"
        files = ", ".join(self.unwritten)
        return (
            f"interrupted by {self.interrupted}; not written, left as they were: {files} "
            "(an output file appears only whole); the summary so far:"
        )

    def render(self) -> str:
        """The summary as printed on standard error."""
        stats = self.to_json()
        lines = [self._interrupted_text()] if self.interrupted else []
        lines.append(
            f"{self.records_in} records in = {self.written} written + {self.rejected} rejected"
            + self._duplicates_text()
            + f" ({stats['empty']} empty, {stats['emptied']} emptied by cleaning)"
        )
        elapsed = max(stats["elapsed_seconds"], 1e-9)
        lines.append(
            f"{_units(self.bytes_in, 'B')} read, {_units(self.bytes_out, 'B')} written; "
            f"{_units(self.chars_in, ' characters')} in, {_units(self.chars_out, '')} out "
            f"({_share_text(stats['removed_share'])})"
        )
        lines.append(
            f"{stats['elapsed_seconds']:.1f} s: {self.records_in / elapsed:.0f} records/s, "
            f"{self.bytes_in / 1e6 / elapsed:.2f} MB/s read"
        )
        if self.languages:
            found = ", ".join(f"{code} {n}" for code, n in self.languages.most_common())
            lines.append(f"languages identified: {found}")
        lines.append(f"removed {sum(self.removed.values())} blocks")
        lines += [f"  {count:6d}  {rule}" for rule, count in self.removed.most_common()]
        lines += [f"  flagged {count} documents: {flag}" for flag, count in self.flags.items()]
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)} files that no reader knows (by suffix):")
            lines += [f"  {path}" for path in self.skipped]
        if self.unreadable:
            lines.append(f"could not read {len(self.unreadable)} inputs (see the rejects):")
            lines += [f"  {path}" for path in self.unreadable]
        return "\n".join(lines)


def _share_text(removed_share: float) -> str:
    """The net share of characters removed, in words: cleaning may add more than it removes
    (a blank line between paragraphs, a space after a sentence's end), most visibly on a few
    short records, and "-2.5% removed" reads as a fault.

    >>> _share_text(0.125), _share_text(-0.025), _share_text(0.0)
    ('12.5% removed', '2.5% more: breaks and spaces added outweigh removals', '0.0% removed')
    """
    if removed_share < 0:
        return f"{-100 * removed_share:.1f}% more: breaks and spaces added outweigh removals"
    return f"{100 * removed_share:.1f}% removed"


def _units(count: int, name: str) -> str:
    """A count of ``name`` in thousands (k), millions (M) or billions (G).

    >>> _units(950, " characters"), _units(17_512, " characters"), _units(73_400_000, "B")
    ('950 characters', '17.5 k characters', '73.4 MB')
    >>> _units(62, ""), _units(1_500, "")
    ('62', '1.5 k')
    """
    for factor, unit in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if count >= factor:
            return f"{count / factor:.1f} {unit}{name}"
    return f"{count} {name.strip()}".rstrip()

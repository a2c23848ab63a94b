"""The inputs cut into partitions read, one after the other, exactly as the local reader
reads them: the same records, rejects and line numbers, whatever the block size.

No Dask needed: the partitions are plain values, and the newline counts run with ``map``.
"""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.distributed.partitions import Partition, plan_partitions, read_piece
from corpusclean.io import ReadOptions, Reject, Skipped, read_records
from strategies import corpus_lines


def _read_partitioned(inputs: list[Path], options: ReadOptions, block_bytes: int) -> list[object]:
    pieces = plan_partitions(inputs, options, block_bytes)
    return [item for piece in pieces for item in read_piece(piece, options)]


@settings(max_examples=60)
@given(
    lines=corpus_lines(max_records=12),
    newline_at_end=st.booleans(),
    block_bytes=st.integers(1, 400),
    max_bytes=st.sampled_from((20_000_000, 300)),
)
def test_partitions_read_what_the_local_reader_reads(
    lines: list[str], newline_at_end: bool, block_bytes: int, max_bytes: int
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        text = "\n".join(lines) + ("\n" if newline_at_end else "")
        (folder / "a.jsonl").write_text(text, encoding="utf-8")
        options = ReadOptions(max_bytes=max_bytes)
        expected = list(read_records([folder], options))
        assert _read_partitioned([folder], options, block_bytes) == expected


def test_a_plain_jsonl_file_is_cut_in_ranges_and_the_others_are_whole(tmp_path: Path) -> None:
    lines = [f'{{"id": "r{n}", "text": "line {n}"}}' for n in range(50)]
    (tmp_path / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "big.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    (tmp_path / "notes.bin").write_bytes(b"?")
    pieces = plan_partitions([tmp_path, tmp_path / "missing"], ReadOptions(), block_bytes=200)
    ranges = [p for p in pieces if isinstance(p, Partition) and p.stop is not None]
    assert len(ranges) > 5
    assert [p.start for p in ranges] == list(range(0, ranges[-1].start + 1, 200))
    whole = [p for p in pieces if isinstance(p, Partition) and p.stop is None]
    assert [p.file.doc_id for p in whole] == ["big.jsonl.gz"]  # compressed: not cut
    assert isinstance(pieces[-1], Reject) and pieces[-1].unreadable  # the missing input
    assert any(isinstance(p, Skipped) for p in pieces)
    records = _read_partitioned([tmp_path / "big.jsonl"], ReadOptions(), 200)
    assert [r.line for r in records] == list(range(1, 51))  # type: ignore[attr-defined]


def test_standard_input_is_refused_with_advice() -> None:
    (piece,) = plan_partitions(["-"], ReadOptions())
    assert isinstance(piece, Reject) and "write it to a file first" in piece.reason

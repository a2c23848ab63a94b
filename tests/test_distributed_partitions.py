"""The inputs cut into partitions read, one after the other, exactly as the local reader
reads them: the same records, rejects and line numbers, whatever the block size.

No Dask needed: the partitions are plain values, and the newline counts run with ``map``.
"""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.distributed.partitions import Partition, plan_partitions, read_piece
from corpusclean.io import ReadOptions, Reject, Skipped, read_records
from strategies import corpus_lines, examples


def _read_partitioned(inputs: list[Path], options: ReadOptions, block_bytes: int) -> list[object]:
    pieces = plan_partitions(inputs, options, block_bytes)
    return [item for piece in pieces for item in read_piece(piece, options)]


@settings(max_examples=examples(60))
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


@given(
    number=st.integers(0, 99_999),
    pid=st.integers(1, 2**22),
    tag=st.sampled_from(["", "-0a1b2c3d"]),
    other=st.sampled_from([".notes.txt.1.tmp", "part-00001.jsonl", ".part-x.jsonl.1.tmp"]),
)
@settings(max_examples=examples(40))
def test_a_parts_temporary_file_is_an_orphan_and_nothing_else_is(
    number: int, pid: int, tag: str, other: str
) -> None:
    from corpusclean.distributed.outputs import output_layout

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        layout = output_layout(f"{folder}/")
        temporary = folder / f".part-{number:05d}.jsonl.{pid}{tag}.tmp"
        temporary.write_text("half a line")
        (folder / other).write_text("x")
        assert layout.orphans() == [str(temporary)]
        assert layout.parts() == ([str(folder / other)] if other.startswith("part-") else [])


@given(lines=corpus_lines(max_records=8), block_bytes=st.integers(50, 2_000))
@settings(max_examples=20, deadline=None)
def test_carried_records_read_back_as_the_local_index_sees_them(
    lines: list[str], block_bytes: int
) -> None:
    """What `clean --dedupe` carries between its two Dask steps comes back whole: the
    article's id, clean text, --keep value and input location, and its output line."""
    pytest.importorskip("numpy")  # distributed dedupe's arrays (the dask extra)
    from corpusclean import Cleaner
    from corpusclean.cli.work import Work
    from corpusclean.distributed.clean_dedupe import _LINE, Carry, read_carried
    from corpusclean.io import Record

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        cleaner = Cleaner()
        work = Work(cleaner, cleaner, "text", keep_text=True)
        expected = []
        with (folder / "carried.jsonl").open("w", encoding="utf-8") as handle:
            sink = Carry("date").sink(handle)
            for item in read_records([folder / "in.jsonl"], ReadOptions()):
                done = work.clean(item) if isinstance(item, Record) else None
                if done is not None and done.line is not None:
                    sink.add(item, done)
                    date = item.data.get("date")
                    indexed = {"id": done.id, "text": done.text, "date": date, _LINE: done.line}
                    expected.append((indexed, item.path, item.line))
        options = ReadOptions(max_bytes=2**40)
        back = _read_partitioned([folder / "carried.jsonl"], options, block_bytes)
        pieces = plan_partitions([folder / "carried.jsonl"], options, block_bytes)
        got = [item for piece in pieces for item in read_carried(piece, options)]
        assert len(back) == len(expected)
        assert [(dict(r.data), r.path, r.line) for r in got if isinstance(r, Record)] == expected

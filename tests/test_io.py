"""The I/O edge as a library: compression by suffix, atomic writes, decoding, the readers."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from corpusclean.io.compression import open_compressed, split_compression
from corpusclean.io.records import Record, Reject, Skipped
from corpusclean.io.sources import ReadOptions, read_records
from corpusclean.io.text import decode
from corpusclean.io.writers import atomic_output


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jsonl.gz", (".jsonl", "gzip")),
        ("CC-MAIN-1.warc.wet.gz", (".wet", "gzip")),
        ("b.ndjson.ZST", (".ndjson", "zstd")),
        ("c.txt.bz2", (".txt", "bz2")),
        ("d.jsonl.xz", (".jsonl", "xz")),
        ("e.txt", (".txt", None)),
        ("archive.gz", ("", "gzip")),
    ],
)
def test_split_compression(name: str, expected: tuple[str, str | None]) -> None:
    assert split_compression(name) == expected


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.bz2", ".jsonl.xz"])
def test_atomic_output_round_trips_through_each_codec(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"out{suffix}"
    with atomic_output(str(target)) as handle:
        handle.write("café\n")
    with open_compressed(target, "rb") as raw:
        assert raw.read() == "café\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_atomic_output_keeps_the_previous_file_when_the_block_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_output(str(target)) as handle:
        handle.write("half a line")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_gzip_output_is_the_same_bytes_every_run(tmp_path: Path) -> None:
    contents = []
    for folder in ("a", "b"):
        target = tmp_path / folder / "out.jsonl.gz"
        with atomic_output(str(target)) as handle:
            handle.write("{}\n")
        contents.append(target.read_bytes())
    assert contents[0] == contents[1]
    assert gzip.decompress(contents[0]) == b"{}\n"


def test_decode_by_policy() -> None:
    raw = "Café crème".encode("cp1252")
    assert decode(raw, "guess") == ("Café crème", "windows-1252")
    assert decode(raw, "replace") == ("Caf\ufffd cr\ufffdme", "utf-8")
    with pytest.raises(UnicodeDecodeError):
        decode(raw, "strict")
    assert decode("Café".encode(), "guess") == ("Café", "utf-8")


def test_read_records_walks_folders_and_lists_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt.gz").write_bytes(gzip.compress(b"Some text."))
    (tmp_path / "b.jsonl").write_bytes(b'{"text": "x"}\n\n[1]\n')
    (tmp_path / "c.csv").write_bytes(b"a,b\n")
    items = list(read_records([tmp_path], ReadOptions()))
    assert [type(item) for item in items] == [Record, Reject, Skipped, Record]
    assert items[0].line == 1 and items[1].line == 3
    text = items[3]
    assert isinstance(text, Record)
    assert text.data == {"id": "sub/a.txt.gz", "text": "Some text.", "source": text.path}
    missing = list(read_records([tmp_path / "nope.txt"], ReadOptions()))
    assert missing == [
        Reject(str(tmp_path / "nope.txt"), None, "no such file or folder", unreadable=True)
    ]


def test_read_progress_counts_bytes_as_stored(tmp_path: Path) -> None:
    from corpusclean.io import ReadProgress

    lines = b"".join(b'{"text": "record %d"}\n' % i for i in range(2000))
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "b.txt").write_bytes(b"Some text.")
    stored = sum(p.stat().st_size for p in tmp_path.iterdir())
    progress = ReadProgress()
    seen = []
    for _ in read_records([tmp_path], ReadOptions(), progress):
        seen.append(progress.done_bytes)
    assert progress.total_bytes == stored and progress.done_bytes == stored
    assert seen == sorted(seen) and 0 < seen[0] < stored
    stdin = ReadProgress()
    list(read_records([tmp_path / "b.txt", "-"], ReadOptions(input_format="txt"), stdin))
    assert stdin.total_bytes is None  # standard input has no size known ahead

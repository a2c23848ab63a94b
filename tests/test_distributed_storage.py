"""Inputs and outputs named by URL: ``file://`` (local paths) and fsspec's ``memory://``.

``memory://`` lives in one process, so its runs use a real `distributed.Client` on an
in-process cluster (one worker, one thread: fsspec's memory file system hands every reader
of a file the same file object, so two threads reading one file would share its position).
The runs on a cluster of processes keep local paths (tests/test_distributed.py).

Skipped without the ``dask`` extra, except in CI (CORPUSCLEAN_REQUIRE_EXTRAS=1).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import jsonl_bytes, need, records_with_rejects, run, seed_records, without
from corpusclean import Cleaner
from corpusclean.cli import main
from corpusclean.cli.work import Work
from corpusclean.dedupe import DedupeConfig
from corpusclean.io import ReadOptions

distributed = need("distributed")
fsspec = need("fsspec")
need("numpy")
from corpusclean.distributed import clean_files  # noqa: E402
from corpusclean.distributed.clean_dedupe import DedupeOutputs, clean_and_dedupe  # noqa: E402
from corpusclean.distributed.dedupe import dedupe_files  # noqa: E402
from corpusclean.distributed.storage import StorageError, filesystem, local_name  # noqa: E402
from strategies import examples  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.Client(
        processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0"
    ) as client:
        yield client


@pytest.fixture
def memory() -> Iterator[Any]:
    fs = fsspec.filesystem("memory")
    yield fs
    if fs.exists("/t"):
        fs.rm("/t", recursive=True)


def _local(tmp_path: Path, data: bytes, *extra: str) -> Path:
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "a.jsonl").write_bytes(data)
    out = tmp_path / "local.jsonl"
    assert main(["clean", str(tmp_path / "in"), "-o", str(out), "-q", *extra]) == 0
    return out


def _as_local(data: bytes, url: str, path: Path) -> bytes:
    """Bytes written from `url` as they read when the same file was read at `path`."""
    return data.replace(url.encode(), str(path).encode())


@pytest.mark.parametrize("block_bytes", [3_000, 1 << 20])
def test_memory_urls_give_the_local_bytes(
    client: Any, memory: Any, tmp_path: Path, block_bytes: int
) -> None:
    data = records_with_rejects()
    local = _local(tmp_path, data)
    memory.pipe("/t/in/a.jsonl", data)
    cleaner = Cleaner()
    work = Work(cleaner, cleaner, "text")
    out = "memory://t/out/articles.jsonl.gz"
    summary = clean_files(client, ["memory://t/in/"], out, work, block_bytes=block_bytes)
    assert (summary.records_in, summary.written, summary.rejected) == (15, 13, 2)
    url, path = "memory://t/in/a.jsonl", tmp_path / "in" / "a.jsonl"
    written = gzip.decompress(memory.cat("/t/out/articles.jsonl.gz"))
    assert _as_local(written, url, path) == local.read_bytes()
    rejects = memory.cat("/t/out/articles.jsonl.gz.rejects.jsonl")
    assert _as_local(rejects, url, path) == Path(f"{local}.rejects.jsonl").read_bytes()
    # Nothing else is left: no temporary folder of parts, no temporary object.
    assert sorted(memory.find("/t/out")) == [
        "/t/out/articles.jsonl.gz",
        "/t/out/articles.jsonl.gz.rejects.jsonl",
    ]


def test_memory_urls_dedupe_as_the_local_engine(client: Any, memory: Any, tmp_path: Path) -> None:
    data = jsonl_bytes(seed_records(12))
    (tmp_path / "a.jsonl").write_bytes(data)
    local = ["dedupe", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "u.jsonl"), "-q"]
    assert main(local) == 0
    memory.pipe("/t/a.jsonl", data)
    found = dedupe_files(
        client, ["memory://t/a.jsonl"], "memory://t/parts/", DedupeConfig(), block_bytes=4_000
    )
    assert (found.read, found.written, found.duplicates) == (12, 5, 7)
    parts = sorted(memory.find("/t/parts"))
    assert len(parts) > 1 and all(Path(part).name.startswith("part-") for part in parts)
    joined = b"".join(memory.cat(part) for part in parts)
    assert joined == (tmp_path / "u.jsonl").read_bytes()


def test_a_missing_url_is_a_reject_in_its_place(client: Any, memory: Any) -> None:
    cleaner = Cleaner()
    out = "memory://t/out.jsonl"
    work = Work(cleaner, cleaner, "text")
    summary = clean_files(client, ["memory://t/nothing.jsonl"], out, work)
    assert summary.rejected == 1 and summary.unreadable == ["memory://t/nothing.jsonl"]
    reject = json.loads(memory.cat("/t/out.jsonl.rejects.jsonl"))
    assert reject["reason"] == "no such file or folder"


def test_file_urls_are_local_paths_for_both_engines(tmp_path: Path) -> None:
    data = records_with_rejects()
    local = _local(tmp_path, data)
    source = (tmp_path / "in").as_uri()
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}-url.jsonl"
        result = run("clean", source, "-o", out.as_uri(), "--engine", engine, "--jobs", "1")
        assert result.returncode == 0, result.stderr
        assert out.read_bytes() == local.read_bytes(), engine
        assert (
            Path(f"{out}.rejects.jsonl").read_bytes() == Path(f"{local}.rejects.jsonl").read_bytes()
        )


@given(st.lists(st.sampled_from(["a b", "c%20d", "é", "x/y", "z.jsonl"]), min_size=1, max_size=4))
@settings(max_examples=examples(30))
def test_a_file_url_names_the_path_it_was_made_from(parts: list[str]) -> None:
    path = Path("/", *parts)
    assert local_name(path.as_uri()) == str(path)
    assert local_name(str(path)) == str(path)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("nosuchfs://bucket/a.jsonl", "no file system is known for nosuchfs://"),
        ("s3://bucket/a.jsonl", "the s3:// file system needs a package that is not installed"),
    ],
)
def test_an_unknown_protocol_or_a_missing_backend_is_one_clear_line(
    tmp_path: Path, url: str, expected: str
) -> None:
    # With s3fs installed here, the missing backend is the command's, run without it.
    if not url.startswith("s3://") or not importlib.util.find_spec("s3fs"):
        with pytest.raises(StorageError, match=expected.split(" (")[0]):
            filesystem(url)
    env = without(tmp_path / "blocked", "s3fs")  # the backend missing for real, wherever
    result = run("clean", url, "-o", str(tmp_path / "out.jsonl"), "--engine", "dask", env=env)
    message = result.stderr.decode()
    assert result.returncode == 2
    assert expected in message and "Traceback" not in message
    assert not (tmp_path / "out.jsonl").exists()


def test_the_local_engine_names_the_engine_that_reads_urls(tmp_path: Path) -> None:
    result = run("clean", "memory://t/in/", "-o", str(tmp_path / "out.jsonl"))
    message = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in message
    assert "read and written by the Dask engine only" in message


def test_clean_dedupe_between_memory_urls_gives_the_local_bytes(
    client: Any, memory: Any, tmp_path: Path
) -> None:
    data = records_with_rejects()
    options = ["--dedupe", "near", "--duplicates", str(tmp_path / "local.dups")]
    local = _local(tmp_path, data, *options)
    memory.pipe("/t/in/a.jsonl", data)
    cleaner = Cleaner()
    work = Work(cleaner, cleaner, "text", keep_text=True)
    outputs = DedupeOutputs("memory://t/out/a.jsonl", None, "memory://t/out/dups", mark=False)
    summary = clean_and_dedupe(
        client, ["memory://t/in/"], work, ReadOptions(), DedupeConfig(mode="near"), outputs
    )
    assert (summary.written, summary.rejected, summary.duplicates) == (5, 2, 8)
    url, path = "memory://t/in/a.jsonl", tmp_path / "in" / "a.jsonl"
    written = memory.cat("/t/out/a.jsonl")
    assert _as_local(written, url, path) == local.read_bytes()
    assert summary.bytes_out == len(written)
    dups = memory.cat("/t/out/dups")
    assert _as_local(dups, url, path) == (tmp_path / "local.dups").read_bytes()

"""Inputs and outputs on S3: a real S3 server (moto's, on loopback) through s3fs, the backend
users install for ``s3://`` URLs.

``memory://`` (tests/test_distributed_storage.py) is a file system with a rename and files
that are BytesIO objects; S3 is an object store, whose files are fsspec's buffered files and
whose moves are a copy then a delete. Both paths of `corpusclean.distributed.storage` run
here: reading whole objects and byte ranges of them, and writing outputs by upload then move.

Skipped without s3fs and moto, except in CI (CORPUSCLEAN_REQUIRE_EXTRAS=1).
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corpus_files import jsonl_bytes, need, records_with_rejects, run, seed_records
from corpusclean import Cleaner
from corpusclean.cli import main
from corpusclean.cli.work import Work
from corpusclean.dedupe import DedupeConfig

distributed = need("distributed")
s3fs = need("s3fs")
moto_server = need("moto.server")
need("numpy")
from corpusclean.distributed import clean_files  # noqa: E402
from corpusclean.distributed.dedupe import dedupe_files  # noqa: E402

BUCKET = "corpus"


@pytest.fixture(scope="module")
def s3() -> Iterator[dict[str, str]]:
    """A real S3 server on a free loopback port; the environment that points clients at it
    (botocore reads AWS_ENDPOINT_URL), set for this process and its children."""
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://{host}:{port}",
    }
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        yield env
    finally:
        server.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture
def bucket(s3: dict[str, str]) -> Iterator[Any]:
    fs = s3fs.S3FileSystem(skip_instance_cache=True)
    fs.mkdir(BUCKET)
    yield fs
    fs.rm(BUCKET, recursive=True)


@pytest.fixture(scope="module")
def client(s3: dict[str, str]) -> Iterator[Any]:
    # Worker processes, as on a real cluster: they read and write S3 on their own.
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _local(tmp_path: Path, data: bytes, *command: str) -> Path:
    """The local engine's output of ``command`` on `data` saved as ``in/a.jsonl``."""
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "a.jsonl").write_bytes(data)
    out = tmp_path / "local.jsonl"
    assert main([*command, str(tmp_path / "in" / "a.jsonl"), "-o", str(out), "-q"]) == 0
    return out


def _as_local(data: bytes, path: Path) -> bytes:
    """Bytes written from the S3 object as they read when the same file was read at `path`."""
    return data.replace(f"s3://{BUCKET}/in/a.jsonl".encode(), str(path).encode())


@pytest.mark.parametrize("block_bytes", [3_000, 1 << 20])  # byte ranges of the object; whole
def test_s3_urls_give_the_local_bytes_on_a_cluster(
    client: Any, bucket: Any, tmp_path: Path, block_bytes: int
) -> None:
    data = records_with_rejects()
    local = _local(tmp_path, data, "clean")
    bucket.pipe(f"{BUCKET}/in/a.jsonl", data)
    cleaner = Cleaner()
    out = f"s3://{BUCKET}/out/articles.jsonl.gz"
    summary = clean_files(
        client, [f"s3://{BUCKET}/in/"], out, Work(cleaner, cleaner, "text"), block_bytes=block_bytes
    )
    assert (summary.records_in, summary.written, summary.rejected) == (15, 13, 2)
    path = tmp_path / "in" / "a.jsonl"
    written = gzip.decompress(bucket.cat(f"{BUCKET}/out/articles.jsonl.gz"))
    assert _as_local(written, path) == local.read_bytes()
    rejects = bucket.cat(f"{BUCKET}/out/articles.jsonl.gz.rejects.jsonl")
    assert _as_local(rejects, path) == Path(f"{local}.rejects.jsonl").read_bytes()
    # Nothing else is left: no temporary object, no folder of parts.
    assert sorted(bucket.find(f"{BUCKET}/out")) == [
        f"{BUCKET}/out/articles.jsonl.gz",
        f"{BUCKET}/out/articles.jsonl.gz.rejects.jsonl",
    ]


def test_dedupe_writes_its_parts_to_s3_as_the_local_engine_writes_one_file(
    client: Any, bucket: Any, tmp_path: Path
) -> None:
    data = jsonl_bytes(seed_records(12))
    local = _local(tmp_path, data, "dedupe")
    bucket.pipe(f"{BUCKET}/in/a.jsonl", data)
    found = dedupe_files(
        client,
        [f"s3://{BUCKET}/in/a.jsonl"],
        f"s3://{BUCKET}/parts/",
        DedupeConfig(),
        block_bytes=4_000,
    )
    assert (found.read, found.written, found.duplicates) == (12, 5, 7)
    parts = sorted(bucket.find(f"{BUCKET}/parts"))
    assert len(parts) > 1 and all(Path(part).name.startswith("part-") for part in parts)
    assert b"".join(bucket.cat(part) for part in parts) == local.read_bytes()


def test_the_command_reads_and_writes_s3(s3: dict[str, str], bucket: Any, tmp_path: Path) -> None:
    data = records_with_rejects()
    local = _local(tmp_path, data, "clean")
    bucket.pipe(f"{BUCKET}/in/a.jsonl", data)
    out = f"s3://{BUCKET}/out.jsonl"
    command = ["clean", f"s3://{BUCKET}/in/a.jsonl", "-o", out, "--engine", "dask"]
    result = run(*command, "--jobs", "1", env={**os.environ, **s3})
    assert result.returncode == 0, result.stderr  # rejects alone do not fail a run
    assert b"15 records in = 13 written + 2 rejected" in result.stderr
    assert _as_local(bucket.cat(f"{BUCKET}/out.jsonl"), tmp_path / "in" / "a.jsonl") == (
        local.read_bytes()
    )


def test_clean_learn_writes_and_reads_its_rules_beside_an_s3_output(
    s3: dict[str, str], bucket: Any, tmp_path: Path
) -> None:
    from test_cli_learn import records

    data = jsonl_bytes(records())
    (tmp_path / "a.jsonl").write_bytes(data)
    local = tmp_path / "out.jsonl"
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(local), "--learn", "-q"]) == 0
    learned = Path(f"{local}.learned.toml").read_bytes()
    assert b"[[rules]]" in learned  # the records' chrome was learned
    bucket.pipe(f"{BUCKET}/in/a.jsonl", data)
    out = f"s3://{BUCKET}/out.jsonl"
    command = ["clean", f"s3://{BUCKET}/in/a.jsonl", "-o", out, "--learn", "--engine", "dask"]
    result = run(*command, "--jobs", "1", env={**os.environ, **s3})
    assert result.returncode == 0, result.stderr
    assert bucket.cat(f"{BUCKET}/out.jsonl.learned.toml") == learned
    assert b'"rule": "learned_' in bucket.cat(f"{BUCKET}/out.jsonl")  # the workers applied it
    assert bucket.cat(f"{BUCKET}/out.jsonl") == local.read_bytes().replace(
        str(tmp_path / "a.jsonl").encode(), f"s3://{BUCKET}/in/a.jsonl".encode()
    )
    # The rule file at its URL, passed back in with --rules, cleans the same way.
    again = ["clean", f"s3://{BUCKET}/in/a.jsonl", "-o", f"s3://{BUCKET}/again.jsonl"]
    rules = ["--rules", f"s3://{BUCKET}/out.jsonl.learned.toml", "--engine", "dask"]
    result = run(*again, *rules, "--jobs", "1", env={**os.environ, **s3})
    assert result.returncode == 0, result.stderr
    assert bucket.cat(f"{BUCKET}/again.jsonl") == bucket.cat(f"{BUCKET}/out.jsonl")

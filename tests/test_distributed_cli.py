"""The command on a cluster of separate processes: ``dask scheduler`` and ``dask worker``
started on localhost, and ``corpusclean clean|dedupe --scheduler`` run against them.

Skipped without the ``dask`` extra, except in CI (CORPUSCLEAN_REQUIRE_EXTRAS=1).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus_files import jsonl_bytes, need, run, run_on_terminal, seed_records, without

distributed = need("distributed")
need("numpy")

_DASK = str(Path(sys.executable).parent / "dask")
# Seconds to wait for the scheduler's file and for the workers to join it.
_START_TIMEOUT = 60


def _start(*args: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as handle:
        return subprocess.Popen([_DASK, *args], stdout=handle, stderr=subprocess.STDOUT)


def _address_in(address_file: Path, deadline: float) -> str:
    """The scheduler's address, once its file is written whole.

    The scheduler creates the file before it writes it, so under load the file can exist and
    still be empty or half-written: read it until it parses, not only until it exists.
    """
    while True:
        try:
            return str(json.loads(address_file.read_text())["address"])
        except (OSError, ValueError, KeyError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a scheduler with two single-threaded workers, each its own process."""
    folder = tmp_path_factory.mktemp("cluster")
    address_file = folder / "scheduler.json"
    processes = [
        _start(
            "scheduler",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(address_file),
            log=folder / "scheduler.log",
        )
    ]
    try:
        address = _address_in(address_file, time.monotonic() + _START_TIMEOUT)
        processes.append(
            _start(
                "worker",
                address,
                "--nworkers",
                "2",
                "--nthreads",
                "1",
                "--no-dashboard",
                log=folder / "workers.log",
            )
        )
        with distributed.Client(address) as client:
            client.wait_for_workers(2, timeout=_START_TIMEOUT)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=30)


def _records(tmp_path: Path) -> Path:
    records = seed_records(12)
    records[3] = {"id": "no-text"}
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.jsonl").write_bytes(jsonl_bytes(records) + b"{not json\n")
    return data


def test_clean_and_dedupe_with_scheduler_give_the_local_results(
    scheduler: str, tmp_path: Path
) -> None:
    data = _records(tmp_path)
    for name, extra in (("local", []), ("cluster", ["--scheduler", scheduler])):
        result = run("clean", str(data), "-o", str(tmp_path / f"{name}.jsonl"), *extra)
        assert result.returncode == 0, result.stderr
        assert "13 records in = 11 written + 2 rejected" in result.stderr.decode()
        dedupe = [str(tmp_path / f"{name}.jsonl"), "-o", str(tmp_path / f"{name}.unique.jsonl")]
        result = run("dedupe", *dedupe, *extra)
        assert result.returncode == 0, result.stderr
        assert "read 11 records: wrote 5, rejected 0, dropped 6" in result.stderr.decode()
    for suffix in (".jsonl", ".jsonl.rejects.jsonl", ".unique.jsonl"):
        local = (tmp_path / f"local{suffix}").read_bytes()
        assert local == (tmp_path / f"cluster{suffix}").read_bytes(), suffix


def test_without_the_extra_the_engine_names_it(tmp_path: Path) -> None:
    env = without(tmp_path / "blocker", "distributed")
    data = _records(tmp_path)
    out = tmp_path / "out.jsonl"
    result = run("clean", str(data), "-o", str(out), "--engine", "dask", env=env)
    assert result.returncode == 2
    assert "pip install 'corpusclean[dask]'" in result.stderr.decode()
    assert not out.exists()
    result = run("dedupe", str(data), "-o", str(out), "--engine", "dask", env=env)
    assert result.returncode == 2 and "corpusclean[dask]" in result.stderr.decode()
    result = run("learn", str(data), "-o", str(out), "--engine", "dask", env=env)
    assert result.returncode == 2 and "corpusclean[dask]" in result.stderr.decode()
    assert not out.exists()


def test_standard_output_is_for_the_local_engine(tmp_path: Path) -> None:
    result = run("clean", str(_records(tmp_path)), "--engine", "dask")
    assert result.returncode == 2 and "-o FOLDER/" in result.stderr.decode()


def _learn_and_duplicates(tmp_path: Path) -> Path:
    """Two sites' chrome around the seeds (so --learn finds rules, and the cleaned copies
    are duplicates), with a record without a text and a broken line."""
    from test_cli_learn import records

    lines = [json.dumps(record) for record in records()]
    lines[5] = json.dumps({"id": "no-text"})
    lines[7] = "{not json"
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data


def _summary_counts(stderr: bytes) -> list[str]:
    """The summary's lines of counts and bytes (not its timing)."""
    lines = stderr.decode().splitlines()
    start = next(n for n, line in enumerate(lines) if " records in = " in line)
    return lines[start : start + 2]


@pytest.mark.parametrize(
    ("output", "options"),
    [
        ("out.jsonl", ["--learn", "--dedupe", "near", "--duplicates", "DUPS"]),
        ("out.jsonl.gz", ["--dedupe", "exact", "--mark", "--keep", "longest"]),
        ("out.jsonl", ["--dedupe", "near", "--keep", "id", "--duplicates", "DUPS"]),
    ],
)
def test_clean_learn_and_dedupe_on_a_cluster_give_the_local_bytes(
    scheduler: str, tmp_path: Path, output: str, options: list[str]
) -> None:
    data = _learn_and_duplicates(tmp_path)
    results = {}
    for name, extra in (("local", []), ("cluster", ["--scheduler", scheduler])):
        folder = tmp_path / name
        folder.mkdir()
        dups = [str(folder / "dups.jsonl") if option == "DUPS" else option for option in options]
        result = run("clean", str(data), "-o", str(folder / output), *dups, *extra)
        assert result.returncode == 0, result.stderr
        results[name] = _summary_counts(result.stderr)
    assert results["local"] == results["cluster"]
    assert "dropped" in results["local"][0] or "marked" in results["local"][0]
    local = sorted(path.name for path in (tmp_path / "local").iterdir())
    assert local == sorted(path.name for path in (tmp_path / "cluster").iterdir())
    assert len(local) >= 2 + ("--learn" in options) + ("DUPS" in options)
    for name in local:
        expected = (tmp_path / "local" / name).read_bytes()
        assert (tmp_path / "cluster" / name).read_bytes() == expected, name


def test_clean_dedupe_into_a_folder_of_parts_gives_the_local_articles(
    scheduler: str, tmp_path: Path
) -> None:
    data = _learn_and_duplicates(tmp_path)
    local = tmp_path / "local.jsonl"
    assert run("clean", str(data), "-o", str(local), "--dedupe", "near").returncode == 0
    out = tmp_path / "out"
    result = run("clean", str(data), "-o", f"{out}/", "--dedupe", "near", "--scheduler", scheduler)
    assert result.returncode == 0, result.stderr
    assert b"".join(path.read_bytes() for path in sorted(out.iterdir())) == local.read_bytes()
    rejects = (tmp_path / "out.rejects.jsonl").read_bytes()
    assert rejects == Path(f"{local}.rejects.jsonl").read_bytes()


def test_the_dask_engine_shows_the_local_progress_line_on_a_terminal(tmp_path: Path) -> None:
    data = str(_records(tmp_path))
    out = str(tmp_path / "out.jsonl")
    status, _, terminal = run_on_terminal("clean", data, "-o", out, "--engine", "dask")
    assert status == 0, terminal
    assert b"13 records (2 rejected)" in terminal  # the progress line, when the partition is done
    assert b"MB read" in terminal and b"100%" in terminal
    assert b"13 records in = 11 written + 2 rejected" in terminal  # the summary
    piped = run("clean", data, "-o", out, "--engine", "dask")
    assert b"records (2 rejected)" not in piped.stderr  # not a terminal: the summary only
    dedupe = ("dedupe", data, "--exact", "-o", out, "--engine", "dask")
    status, _, terminal = run_on_terminal(*dedupe)
    assert status == 0, terminal
    assert b"13 records (2 rejected)" in terminal and b"100%" in terminal  # as it reads
    assert b"read 13 records: wrote" in terminal


def test_learning_on_the_dask_engine_shows_both_reads_on_a_terminal(tmp_path: Path) -> None:
    data = str(_records(tmp_path))
    learning = ("learn", data, "-o", str(tmp_path / "rules.toml"), "--engine", "dask")
    status, _, terminal = run_on_terminal(*learning)
    assert status == 0, terminal
    # Each read's line, drawn as its one partition is done. One rejected: the broken JSON
    # line; the record without a text is passed over (learning has nothing in it to count).
    for read in (b"1", b"2"):
        assert b"learning, read " + read + b" of 2: 13 records (1 rejected)" in terminal
    assert b"100%" in terminal and b"learned 0 rules" in terminal
    piped = run(*learning)
    assert b"learning, read" not in piped.stderr  # not a terminal: the summary only

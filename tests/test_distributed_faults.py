"""The Dask engine when things go wrong: a worker killed mid-run, a scheduler out of reach.

A worker process of a real `LocalCluster` is killed (SIGKILL, so none of its clean-up runs)
while it writes a part: Dask runs the task again on another worker, the run ends with the
local bytes, and the dead worker's temporary file is not left among the parts.

Skipped without the ``dask`` extra, except in CI (CORPUSCLEAN_REQUIRE_EXTRAS=1).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

from corpus_files import jsonl_bytes, need, run, seed_records
from corpusclean import Cleaner
from corpusclean.cli import main
from corpusclean.cli.work import Work

need("distributed")
from corpusclean.distributed import clean_files, connect  # noqa: E402

# Seconds to wait for a part's temporary file to appear, so that a worker can be killed.
_WATCH_SECONDS = 120


def _corpus(tmp_path: Path, records: int) -> Path:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_bytes(seed_records(records)))
    return source


def _kill_a_writer(folder: Path, killed: list[int], done: threading.Event) -> None:
    """Kill the first worker seen writing a part (its pid is in the temporary name)."""
    deadline = time.monotonic() + _WATCH_SECONDS
    while not done.is_set() and time.monotonic() < deadline:
        for path in folder.glob(".part-*.tmp"):
            pid = int(path.name.rsplit(".", 2)[1])
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
            return
        time.sleep(0.01)


def test_a_worker_killed_while_writing_leaves_no_temporary_file(tmp_path: Path) -> None:
    source = _corpus(tmp_path, 600)
    local = tmp_path / "local.jsonl"
    assert main(["clean", str(source), "-o", str(local), "-q"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    cleaner = Cleaner()
    killed: list[int] = []
    done = threading.Event()
    watcher = threading.Thread(target=_kill_a_writer, args=(out, killed, done))
    with connect(None, 2) as client:
        watcher.start()
        try:
            summary = clean_files(
                client, [source], f"{out}/", Work(cleaner, cleaner, "text"), block_bytes=200_000
            )
        finally:
            done.set()
            watcher.join()
    assert killed, "no worker was seen writing a part"
    assert summary.written == 600
    names = sorted(path.name for path in out.iterdir())
    assert names and all(name.startswith("part-") for name in names), names
    joined = b"".join(path.read_bytes() for path in sorted(out.iterdir()))
    assert joined == local.read_bytes()


def test_temporary_parts_of_a_dead_run_are_removed(tmp_path: Path) -> None:
    source = _corpus(tmp_path, 6)
    out = tmp_path / "out"
    out.mkdir()
    orphan = out / ".part-00000.jsonl.999999.tmp"  # as a killed worker leaves it
    orphan.write_text("half a line")
    unrelated = out / ".notes.txt.1.tmp"  # not a part: not ours to remove
    unrelated.write_text("x")
    result = run("clean", str(source), "-o", f"{out}/", "--engine", "dask", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert not orphan.exists() and unrelated.exists()
    assert (out / "part-00000.jsonl").exists()


def test_an_unreachable_scheduler_is_one_clear_line(tmp_path: Path) -> None:
    source = _corpus(tmp_path, 2)
    out = tmp_path / "out.jsonl"
    # Dask's own setting for how long to wait; its default (30 s) would only slow the test.
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    for command in (["clean"], ["dedupe"], ["learn"]):
        target = str(tmp_path / "rules.toml") if command == ["learn"] else str(out)
        args = [*command, str(source), "-o", target, "--scheduler", "tcp://127.0.0.1:1"]
        result = run(*args, env=env)
        message = result.stderr.decode()
        assert result.returncode == 2, (command, message)
        assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in message
        assert "Traceback" not in message
        assert not Path(target).exists()

"""Helpers for the CLI tests of corpus-scale runs: real input files and the real command."""

from __future__ import annotations

import importlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
BODY = "Alibaba opened its first Southeast Asian office in Kuala Lumpur on Monday, officials said."
PAGE = (
    "Home\nNews\nSport\nWeather\nContact us\nJack Ma opens KL office\n"
    "Alibaba Group executive chairman Jack Ma this week launched the company's first office "
    "in Southeast Asia, in Kuala Lumpur, officials said.\n"
    "The office will serve merchants across the region, the company said in a statement.\n"
    "Privacy policy\nTerms of use\nCopyright 2024 Example Media"
)


def need(module: str) -> ModuleType:
    """Import an optional extra, or skip the test; CI sets CORPUSCLEAN_REQUIRE_EXTRAS=1 after
    installing the extras, so there a missing one fails rather than skips."""
    if os.environ.get("CORPUSCLEAN_REQUIRE_EXTRAS"):
        return importlib.import_module(module)
    return pytest.importorskip(module)


def extras_only() -> bool:
    """Whether this is CI's second run (CORPUSCLEAN_EXTRAS_ONLY=1), which reruns files that
    mix tests needing an extra with tests needing none: those ran in the README's run, on the
    same code, and are skipped here (the extras change no output: `behaviour_hash.py` gives
    the same bytes with and without them)."""
    return bool(os.environ.get("CORPUSCLEAN_EXTRAS_ONLY"))


def without(folder: Path, *modules: str) -> dict[str, str]:
    """An environment in which `modules` cannot be imported: a real missing module, from a
    folder put first on the path whose modules of those names raise ImportError."""
    folder.mkdir(exist_ok=True)
    for module in modules:
        (folder / f"{module}.py").write_text("raise ImportError('not installed')\n")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), *sys.path])}


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m corpusclean`` and wait for it."""
    return subprocess.run(
        [sys.executable, "-m", "corpusclean", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
        env=env,
    )


def run_on_terminal(*args: str) -> tuple[int, bytes, bytes]:
    """Run ``python -m corpusclean`` with standard error on a terminal (a pty): its exit
    status, its standard output, and all it wrote on the terminal."""
    import pty

    command = [sys.executable, "-m", "corpusclean", *args]
    leader, follower = pty.openpty()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower) as process:
        os.close(follower)
        stdout, _ = process.communicate(timeout=300)
        terminal = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            terminal += chunk
    os.close(leader)
    return process.returncode, stdout, terminal


def run_text(
    *args: str,
    stdin: str | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m corpusclean`` with text (UTF-8) standard streams and wait for it."""
    return subprocess.run(
        [sys.executable, "-m", "corpusclean", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=300,
        check=False,
        env=env,
    )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def seed_records(count: int) -> list[dict[str, Any]]:
    """``count`` records cycling through the seed articles, ids r0, r1, ..."""
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    return [{"id": f"r{i}", "text": texts[i % len(texts)]} for i in range(count)]


def records_with_rejects(count: int = 14) -> bytes:
    """JSONL of `count` seed records, the fourth without a text, then a line that is not JSON:
    two rejects, and duplicates among the seeds."""
    records = seed_records(count)
    records[3] = {"id": "no-text"}
    return jsonl_bytes(records) + b"{not json\n"


def jsonl_bytes(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(record) + "\n" for record in records).encode("utf-8")


def write_wet(path: Path, pages: list[tuple[str, str]]) -> None:
    """Write a real WET file (gzip per record, a warcinfo record first) with warcio."""
    need("warcio")
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, text in pages:
            payload = text.encode("utf-8")
            record = writer.create_warc_record(
                url,
                "conversion",
                payload=io.BytesIO(payload),
                length=len(payload),
                warc_content_type="text/plain",
            )
            writer.write_record(record)

"""The Dask engine gives the local engine's results, on a real cluster of two processes.

One `LocalCluster(n_workers=2, processes=True)` for the whole module (starting one costs
seconds). Every distributed result is compared with the local command's on the same files,
which hold rejects (lines that are not JSON, records without a text), empty texts, a text
file, a file no reader knows, a gzipped file, and exact and near duplicates. Small block
sizes cut the JSONL files into many ranges, so records cross partition boundaries.

Skipped without the ``dask`` extra, except in CI (CORPUSCLEAN_REQUIRE_EXTRAS=1).
"""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_files import SEEDS, need, run
from corpusclean import Cleaner, Config
from corpusclean.cli import main
from corpusclean.cli.learn import record_documents
from corpusclean.cli.work import Work
from corpusclean.dedupe import DedupeConfig
from corpusclean.io import ReadOptions, read_records
from corpusclean.learn import Document, LearnSettings, learn_documents
from strategies import corpus_lines

distributed = need("distributed")
need("numpy")
from corpusclean.distributed import clean_files, connect  # noqa: E402
from corpusclean.distributed.clean_dedupe import DedupeOutputs, clean_and_dedupe  # noqa: E402
from corpusclean.distributed.dedupe import dedupe_files  # noqa: E402
from corpusclean.distributed.learn import learn_files  # noqa: E402

BLOCK_SIZES = (700, 5_000)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with connect(None, 2) as client:
        yield client


def _corpus(folder: Path) -> Path:
    """Files with rejects, empties, duplicates, a text file and an unknown suffix."""
    data = folder / "data"
    data.mkdir()
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    lines = []
    for number in range(40):
        text = texts[number % len(texts)]
        if number % 7 == 3:
            words = text.split(" ")
            words[5] = "changed"
            text = " ".join(words)
        record: dict[str, Any] = {"text": text, "date": f"2020-01-{number % 9 + 1:02d}"}
        if number % 5:
            record["id"] = f"r{number}"
        lines.append(json.dumps(record))
    lines[4] = "{not json"
    lines[9] = json.dumps({"id": "no-text", "body": "x"})
    lines[12] = json.dumps({"id": "blank", "text": "  "})
    lines[20] = ""
    (data / "a.jsonl").write_text("\n".join(lines[:25]) + "\n", encoding="utf-8")
    (data / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines[25:]) + "\n").encode()))
    shutil.copy(SEEDS[0], data / "one.txt")
    (data / "notes.bin").write_bytes(b"?")
    return data


@pytest.fixture(scope="module")
def data() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield _corpus(Path(name))


def _local_clean(inputs: list[str], out: Path, *options: str) -> None:
    assert main(["clean", *inputs, "-o", str(out), "-q", *options]) == 0


def _same_bytes(left: Path, right: Path) -> None:
    assert left.read_bytes() == right.read_bytes(), f"{left} != {right}"


@pytest.mark.parametrize("block_bytes", BLOCK_SIZES)
def test_clean_equals_the_local_engine(
    client: Any, data: Path, tmp_path: Path, block_bytes: int
) -> None:
    _local_clean([str(data)], tmp_path / "local.jsonl")
    cleaner = Cleaner()
    work = Work(cleaner, Cleaner(Config(mode="page")), "text")
    out = tmp_path / "dask.jsonl.gz"
    summary = clean_files(client, [data], str(out), work, block_bytes=block_bytes)
    assert gzip.decompress(out.read_bytes()) == (tmp_path / "local.jsonl").read_bytes()
    _same_bytes(tmp_path / "local.jsonl.rejects.jsonl", tmp_path / "dask.jsonl.gz.rejects.jsonl")
    assert summary.records_in == summary.written + summary.rejected == 40 - 1 + 1  # blank line
    assert summary.rejected == 2 and summary.flags["empty"] == 1
    assert summary.skipped == [str(data / "notes.bin")]
    assert not list(tmp_path.glob(".corpusclean-parts-*"))  # the temporaries are gone


def test_clean_into_a_folder_writes_one_file_a_partition(
    client: Any, data: Path, tmp_path: Path
) -> None:
    _local_clean([str(data)], tmp_path / "local.jsonl")
    cleaner = Cleaner()
    work = Work(cleaner, cleaner, "text")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part-00099.jsonl").write_text("stale\n")  # an earlier, bigger run
    clean_files(client, [data], str(tmp_path / "out"), work, block_bytes=2_000)
    parts = sorted((tmp_path / "out").iterdir())
    assert len(parts) > 3 and all(p.name.startswith("part-") for p in parts)
    joined = b"".join(path.read_bytes() for path in parts)
    assert joined == (tmp_path / "local.jsonl").read_bytes()
    _same_bytes(tmp_path / "local.jsonl.rejects.jsonl", tmp_path / "out.rejects.jsonl")


def _local_dedupe(data: Path, out: Path, *options: str) -> None:
    args = ["dedupe", str(data), "-o", str(out), "--duplicates", f"{out}.dup.jsonl", "-q"]
    assert main([*args, *options]) == 0


# A shuffle sends a piece from each partition to each reducer, so the tasks grow as
# partitions times reducers: with 900-byte blocks (88 partitions, above the 64 reducers' cap)
# one run took 44 s exact and 154 s near on a loaded two-core machine, with 3,000-byte blocks
# (28 partitions, records still cut at block ends) 20 s and 38 s. One case keeps the small
# blocks, for the cap.
@pytest.mark.parametrize(
    ("mode", "keep", "mark", "block_bytes"),
    [
        ("near", "longest", False, 3_000),
        ("near", "first", True, 3_000),
        ("near", "date", False, 3_000),
        ("exact", "longest", False, 900),
        ("exact", "date", True, 3_000),
    ],
)
def test_dedupe_equals_the_local_engine(
    client: Any, data: Path, tmp_path: Path, mode: str, keep: str, mark: bool, block_bytes: int
) -> None:
    local = tmp_path / "local.jsonl"
    _local_dedupe(data, local, f"--{mode}", "--keep", keep, *(["--mark"] if mark else []))
    out = tmp_path / "dask.jsonl"
    summary = dedupe_files(
        client,
        [data],
        str(out),
        DedupeConfig(mode=mode, keep=keep),  # type: ignore[arg-type]
        duplicates=f"{out}.dup.jsonl",
        mark=mark,
        block_bytes=block_bytes,
    )
    for suffix in ("", ".dup.jsonl", ".rejects.jsonl"):
        _same_bytes(Path(f"{local}{suffix}"), Path(f"{out}{suffix}"))
    assert summary.duplicates > 5 and summary.clusters >= 1
    dropped = 0 if mark else summary.duplicates
    assert summary.read == summary.written + summary.rejected + dropped


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=corpus_lines(max_records=10))
def test_generated_corpora_give_the_local_results(client: Any, lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "in").mkdir()
        (folder / "in" / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        main(["clean", str(folder / "in"), "-o", str(folder / "local.jsonl"), "-q"])
        cleaner = Cleaner()
        clean_files(
            client,
            [folder / "in"],
            str(folder / "d.jsonl"),
            Work(cleaner, cleaner, "text"),
            block_bytes=300,
        )
        for suffix in ("", ".rejects.jsonl"):
            _same_bytes(folder / f"local.jsonl{suffix}", folder / f"d.jsonl{suffix}")
        main(["dedupe", str(folder / "in"), "-o", str(folder / "ld.jsonl"), "--mark", "-q"])
        dedupe_files(
            client,
            [folder / "in"],
            str(folder / "dd.jsonl"),
            DedupeConfig(),
            mark=True,
            block_bytes=300,
        )
        _same_bytes(folder / "ld.jsonl", folder / "dd.jsonl")


@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=corpus_lines(max_records=10),
    mode=st.sampled_from(["exact", "near"]),
    keep=st.sampled_from(["first", "longest", "date"]),
    mark=st.booleans(),
)
def test_clean_dedupe_on_generated_corpora_gives_the_local_bytes(
    client: Any, lines: list[str], mode: str, keep: str, mark: bool
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "in").mkdir()
        (folder / "in" / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        options = ["--dedupe", mode, "--keep", keep, *(["--mark"] if mark else [])]
        local = [str(folder / "in"), "-o", str(folder / "l.jsonl"), "-q", *options]
        main(["clean", *local, "--duplicates", str(folder / "l.dups")])
        cleaner = Cleaner()
        outputs = DedupeOutputs(str(folder / "d.jsonl"), None, str(folder / "d.dups"), mark)
        config = DedupeConfig(mode=mode, keep=keep)  # type: ignore[arg-type]
        work = Work(cleaner, Cleaner(Config(mode="page")), "text", keep_text=True)
        # 700-byte blocks cut a generated corpus into about 5 partitions (up to 24); 300-byte
        # ones made about 10 (up to 55), and the shuffles' tasks grow as their square.
        summary = clean_and_dedupe(
            client, [str(folder / "in")], work, ReadOptions(), config, outputs, block_bytes=700
        )
        for suffix in (".jsonl", ".jsonl.rejects.jsonl", ".dups"):
            _same_bytes(folder / f"l{suffix}", folder / f"d{suffix}")
        assert summary.records_in == len([line for line in lines if line.strip()])
        written = (folder / "d.jsonl").read_bytes()
        assert summary.bytes_out == len(written) and summary.written == written.count(b"\n")


def test_bag_and_dataframe_apis_clean_partition_by_partition(client: Any) -> None:
    import dask.bag
    import dask.dataframe
    import pandas

    from corpusclean.distributed import clean_bag, clean_dataframe
    from corpusclean.integrations.hf import clean_batch

    texts = [path.read_text(encoding="utf-8") for path in SEEDS[:4]]
    records = [{"id": str(n), "text": text} for n, text in enumerate(texts)] + [{"id": "x"}]
    cleaned = clean_bag(dask.bag.from_sequence(records, npartitions=2)).compute()
    assert [item.get("id") for item in cleaned] == ["0", "1", "2", "3", "x"]
    assert cleaned[0]["title"] == Cleaner().clean(texts[0]).title
    assert "no 'text' field" in cleaned[4]["reason"]  # a reject, not an exception
    frame = dask.dataframe.from_pandas(pandas.DataFrame({"text": texts}), npartitions=2)
    result = clean_dataframe(frame).compute()
    expected = clean_batch({"text": texts}, Cleaner())
    assert result["clean_text"].tolist() == expected["clean_text"]
    assert result["flags"].tolist() == expected["flags"]


def test_the_command_with_engine_dask_writes_the_local_bytes(data: Path, tmp_path: Path) -> None:
    _local_clean([str(data)], tmp_path / "local.jsonl")
    out = tmp_path / "dask.jsonl"
    result = run("clean", str(data), "-o", str(out), "--engine", "dask", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    _same_bytes(tmp_path / "local.jsonl", out)
    assert "40 records in = 38 written + 2 rejected" in result.stderr.decode()


# --- learn -----------------------------------------------------------------------------------


def _learn_corpus(folder: Path) -> list[str]:
    """Two sites' chrome around the seeds (as tests/test_cli_learn.py), in a JSONL file and a
    gzipped one, with a record without a source, a record without a text and a broken line."""
    from test_cli_learn import records

    lines = [json.dumps(record) for record in records()]
    lines[2] = json.dumps({"id": "nowhere", "text": "Okapi Times front desk\nA line."})
    lines[5] = json.dumps({"id": "no-text"})
    lines[7] = "{not json"
    half = len(lines) // 2
    plain, packed = folder / "learn.jsonl", folder / "learn.jsonl.gz"
    plain.write_text("\n".join(lines[:half]) + "\n", encoding="utf-8")
    packed.write_bytes(gzip.compress(("\n".join(lines[half:]) + "\n").encode()))
    return [str(plain), str(packed)]


@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(block=st.integers(min_value=300, max_value=20_000))
def test_learn_files_gives_the_local_rules_for_any_partitioning(client: Any, block: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        inputs = _learn_corpus(Path(name))
        learn_settings = LearnSettings(min_docs=3, sketch_width=4096)
        local = learn_documents(lambda: _read_documents(inputs), learn_settings)
        learned = learn_files(client, inputs, learn_settings, block_bytes=block)
    assert learned.counts == local.counts
    assert learned.without_source == local.without_source == 1
    assert learned.rule_file() == local.rule_file()
    assert local.rules  # the chrome is learned: the comparison is not of two empty files


def _read_documents(inputs: list[str]) -> Iterator[Document]:
    return record_documents(read_records(inputs, ReadOptions()), "text")


def test_learn_with_scheduler_writes_the_local_rule_file(client: Any, tmp_path: Path) -> None:
    inputs = _learn_corpus(tmp_path)
    address = client.scheduler.address
    for name, extra in (("local", []), ("dask", ["--scheduler", address])):
        options = ["-o", str(tmp_path / f"{name}.toml"), "--min-docs", "3", "-q", *extra]
        assert main(["learn", *inputs, *options]) == 0
    local = (tmp_path / "local.toml").read_bytes()
    assert b"Okapi Times front desk" in local
    assert (tmp_path / "dask.toml").read_bytes() == local

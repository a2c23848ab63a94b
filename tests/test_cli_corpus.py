"""Corpus-scale runs of the real command: compressed inputs, folders, stdin, pipes, Ctrl-C.

Each test runs ``python -m corpusclean`` on real files and checks the output, the rejects,
the printed accounting (records in = written + rejected) and the exit status.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_files import BODY, SEEDS, jsonl_bytes, read_jsonl, run, run_on_terminal, seed_records


def test_folder_of_mixed_formats_accounts_for_every_record(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    (crawl / "a").mkdir(parents=True)
    (crawl / "b").mkdir()
    (crawl / "a" / "page.txt").write_text(BODY, encoding="utf-8")
    (crawl / "b" / "page.txt").write_text(BODY, encoding="utf-8")
    good = jsonl_bytes(seed_records(3))
    (crawl / "one.jsonl").write_bytes(good + b"not json\n")
    (crawl / "two.jsonl.gz").write_bytes(gzip.compress(good))
    (crawl / "three.ndjson.bz2").write_bytes(bz2.compress(good))
    (crawl / "four.jsonl.xz").write_bytes(lzma.compress(good))
    (crawl / "notes.pdf").write_bytes(b"%PDF-1.4")
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    result = run("clean", str(crawl), "-o", str(out), "--stats", str(stats))
    assert result.returncode == 0, result.stderr
    articles = read_jsonl(out)
    # Text-file ids are paths relative to the folder named, so the two page.txt differ.
    assert [a["id"] for a in articles if a["id"].endswith(".txt")] == ["a/page.txt", "b/page.txt"]
    assert len(articles) == 2 + 4 * 3
    (reject,) = read_jsonl(Path(f"{out}.rejects.jsonl"))
    assert reject["path"].endswith("one.jsonl") and reject["line"] == 4
    stderr = result.stderr.decode()
    assert "15 records in = 14 written + 1 rejected" in stderr
    assert "skipped 1 files that no reader knows" in stderr and "notes.pdf" in stderr
    summary = json.loads(stats.read_text())
    assert summary["records_in"] == summary["written"] + summary["rejected"] == 15
    assert summary["skipped_files"] == [str(crawl / "notes.pdf")]
    stored = sum(p.stat().st_size for p in crawl.rglob("*.*") if p.suffix != ".pdf")
    assert summary["bytes_in"] == stored  # bytes as stored, compressed files compressed


def test_a_corrupt_gzip_file_is_an_unreadable_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(gzip.compress(jsonl_bytes(seed_records(50)))[:300])
    out = tmp_path / "out.jsonl"
    result = run("clean", str(bad), "-o", str(out), "-q")
    assert result.returncode == 1
    rejects = read_jsonl(Path(f"{out}.rejects.jsonl"))
    assert "cannot be read to its end" in rejects[-1]["reason"]
    assert "truncated" in rejects[-1]["reason"]


def test_stdin_jsonl_and_stdin_text(tmp_path: Path) -> None:
    records = jsonl_bytes([{"id": "a", "text": f"Share this on\n{BODY}"}])
    result = run("clean", "-", "-q", stdin=records)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["id"] == "a" and article["paragraphs"] == [BODY]
    text = run("clean", "-", "--format", "txt", "-q", stdin=BODY.encode())
    assert json.loads(text.stdout)["source"] == "<stdin>"


def test_output_to_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_bytes(seed_records(400)))
    command = [sys.executable, "-m", "corpusclean", "clean", str(source), "-o", "-"]
    producer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None
    first = producer.stdout.readline()
    producer.stdout.close()  # what `| head -n 1` does after its line
    _, stderr = producer.communicate(timeout=120)
    assert json.loads(first)["id"] == "r0"
    assert producer.returncode == 0
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr


def test_latin1_input_is_rejected_with_advice_or_guessed(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café opened in Kuala Lumpur on Monday, officials said.\n".encode("latin-1"))
    strict = run("clean", str(latin))
    assert strict.returncode == 1
    reason = json.loads(strict.stderr.decode().splitlines()[0])["reason"]
    assert "not valid UTF-8" in reason and "--encoding-errors guess" in reason
    guessed = run("clean", str(latin), "--encoding-errors", "guess", "-q")
    article = json.loads(guessed.stdout)
    assert article["paragraphs"] == ["Café opened in Kuala Lumpur on Monday, officials said."]
    assert article["metadata"] == {"charset": "windows-1252"}


def test_wrong_field_types_empty_texts_and_an_empty_file(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        {"id": 7, "text": BODY, "metadata": {"lang": "en"}, "url_host": "example.com"},
        {"id": "num", "text": 42},
        {"id": "blank", "text": "  \n\t "},
        {"id": "list", "text": ["a"]},
    ]
    source.write_bytes(jsonl_bytes(lines) + b'{"id": "cut", "text": \n')
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    inputs = [str(source), str(tmp_path / "empty.jsonl"), str(tmp_path / "empty.txt")]
    result = run("clean", *inputs, "-o", str(out))
    assert result.returncode == 0, result.stderr
    articles = {a["id"]: a for a in read_jsonl(out)}
    assert set(articles) == {"7", "blank", "empty.txt"}
    assert articles["7"]["metadata"] == {"lang": "en", "url_host": "example.com"}  # not nested
    assert articles["blank"]["flags"] == ["empty"] and articles["empty.txt"]["flags"] == ["empty"]
    rejects = {r["line"]: r for r in read_jsonl(Path(f"{out}.rejects.jsonl"))}
    assert sorted(rejects) == [2, 4, 5]
    assert rejects[2]["id"] == "num" and "(it is int)" in rejects[2]["reason"]
    assert "--text-field" in rejects[4]["reason"] and "not valid JSON" in rejects[5]["reason"]
    assert "6 records in = 3 written + 3 rejected (2 empty" in result.stderr.decode()
    strict = run("clean", *inputs, "--reject-empty", "--strict", "-o", str(out), "-q")
    assert strict.returncode == 1
    assert [a["id"] for a in read_jsonl(out)] == ["7"]


def test_a_text_that_cleans_to_nothing_is_flagged_emptied(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_bytes([{"text": "Share this on\nSubscribe to our newsletter"}]))
    result = run("clean", str(source), "-q")
    article = json.loads(result.stdout)
    assert article["flags"] == ["emptied"] and article["text"] == ""
    assert article["id"] == f"{source}:1"  # no input id: the location


def test_a_record_over_the_size_limit_is_rejected_without_reading_it_whole(
    tmp_path: Path,
) -> None:
    source = tmp_path / "big.jsonl"
    with source.open("wb") as handle:
        handle.write(b'{"id": "huge", "text": "')
        handle.write(b"word " * 10_000_000)  # 50 MB on one line
        handle.write(b'"}\n')
        handle.write(jsonl_bytes([{"id": "small", "text": BODY}]))
    out = tmp_path / "out.jsonl"
    result = run("clean", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert [a["id"] for a in read_jsonl(out)] == ["small"]
    (reject,) = read_jsonl(Path(f"{out}.rejects.jsonl"))
    assert reject["line"] == 1 and "over the limit of 20000000 bytes" in reject["reason"]
    assert "2 records in = 1 written + 1 rejected" in result.stderr.decode()


def test_fields_option_writes_a_slim_record_with_the_whole_text(tmp_path: Path) -> None:
    result = run("clean", str(SEEDS[2]), "--fields", "id,text,metadata", "-q")
    article = json.loads(result.stdout)
    assert list(article) == ["id", "text", "metadata"]
    title = "Alibaba opens office in Malaysia, its first in Southeast Asia"
    assert article["text"].startswith(f"{title}\n\nALIBABA")  # the whole document
    assert run("clean", str(SEEDS[2]), "--fields", "id,body").returncode == 2


def test_jobs_2_writes_the_same_bytes_as_jobs_1(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    records = seed_records(300)
    records[150] = {"id": "bad", "text": None}
    source.write_bytes(jsonl_bytes(records))
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl.gz"
        result = run("clean", str(source), "-o", str(out), "--jobs", jobs)
        assert result.returncode == 0, result.stderr
        assert "300 records in = 299 written + 1 rejected" in result.stderr.decode()
        outputs[jobs] = (gzip.decompress(out.read_bytes()), Path(f"{out}.rejects.jsonl"))
    assert outputs["1"][0] == outputs["2"][0]
    assert outputs["1"][1].read_bytes() == outputs["2"][1].read_bytes()


def _default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.parametrize(
    ("stop", "status", "name"),
    [(signal.SIGINT, 130, b"Ctrl-C"), (signal.SIGTERM, 143, b"SIGTERM")],
)
def test_ctrl_c_keeps_the_previous_output_and_prints_the_summary(
    tmp_path: Path, stop: signal.Signals, status: int, name: bytes
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_bytes(seed_records(20_000)))
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    command = [sys.executable, "-m", "corpusclean", "clean", str(source), "-o", str(out)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # As from a terminal: a test runner started in the background inherits SIGINT
        # ignored, and Python then keeps ignoring it.
        preexec_fn=_default_signals,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # some records cleaned
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == status, stderr
    unwritten = f"{out}, {out}.rejects.jsonl"
    told = f"interrupted by {name.decode()}; not written, left as they were: {unwritten}"
    assert told.encode() in stderr
    assert b"the summary so far:" in stderr
    assert b"Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert not Path(f"{out}.rejects.jsonl").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_config_file_and_set_options(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(f"Share this on\n{BODY}\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('builtin_rules = false\nmode = "article"\n', encoding="utf-8")
    result = run("clean", str(text), "--config", str(config), "-q")
    assert json.loads(result.stdout)["removed"] == []
    overridden = run("clean", str(text), "--config", str(config), "--set", "builtin_rules=yes")
    assert json.loads(overridden.stdout)["removed"][0]["rule"] == "share_call"
    config.write_text("removal_budgt = 0.3\n", encoding="utf-8")
    bad = run("clean", str(text), "--config", str(config))
    assert bad.returncode == 2
    message = bad.stderr.decode()
    assert "'removal_budgt' is no Config field (did you mean removal_budget?)" in message
    assert "valid: mode, fix_encoding" in message
    wrong = run("clean", str(text), "--set", "evidence=maybe")
    assert wrong.returncode == 2 and "evidence takes true or false" in wrong.stderr.decode()


def test_progress_goes_to_a_terminal_only(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_bytes(seed_records(20)))
    status, stdout, terminal = run_on_terminal("clean", str(source), "-o", "-")
    assert status == 0
    assert b"records (0 rejected)" in terminal  # the progress line
    assert b"20 records in = 20 written + 0 rejected" in terminal
    assert b"records (0 rejected)" not in stdout
    piped = run("clean", str(source), "-o", "-")
    assert b"records (0 rejected)" not in piped.stderr  # not a terminal: the summary only


def test_explain_picks_a_jsonl_record_by_id(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_bytes(seed_records(3)))
    result = run("explain", str(source), "--record", "r1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith(f"== {source}:2\n")
    assert result.stdout.decode().count("== ") == 1


LANGUAGE_RECORDS = [
    {
        "id": "en",
        "text": "The government said on Monday that it would cut taxes next year, and the "
        "minister said that the cuts would help the families and the firms that had asked.",
    },
    {
        "id": "de",
        "text": "Die Regierung hat am Montag bekannt gegeben, dass sie die Steuern im nächsten "
        "Jahr senkt und dass der Minister das für die Familien als eine gute Nachricht sieht.",
    },
    {"id": "table", "text": "Pos. Team Pts\n1 Palm Bay 70\n2 Rockledge 44"},
]


def test_the_summary_counts_the_languages_identified(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_bytes(LANGUAGE_RECORDS))
    out, stats = tmp_path / "out.jsonl", tmp_path / "stats.json"
    result = run("clean", str(source), "-o", str(out), "--stats", str(stats))
    assert result.returncode == 0, result.stderr
    assert json.loads(stats.read_text())["languages"] == {"en": 1, "de": 1, "none": 1}
    assert "languages identified: " in result.stderr.decode()
    languages = {a["id"]: a["metadata"].get("detected_language") for a in read_jsonl(out)}
    assert languages == {"en": "en", "de": "de", "table": None}
    # A record's own "detected_language" field is its metadata, kept in the output, but
    # what the summary counts is what the run identified.
    tagged = [{**record, "detected_language": "xx"} for record in LANGUAGE_RECORDS]
    source.write_bytes(jsonl_bytes(tagged))
    result = run("clean", str(source), "-o", str(out), "--stats", str(stats))
    assert json.loads(stats.read_text())["languages"] == {"en": 1, "de": 1, "none": 1}
    languages = {a["id"]: a["metadata"].get("detected_language") for a in read_jsonl(out)}
    assert languages == {"en": "en", "de": "de", "table": "xx"}
    source.write_bytes(jsonl_bytes(LANGUAGE_RECORDS))
    # A language named for the run is not identified: nothing to count.
    result = run("clean", str(source), "-o", str(out), "--stats", str(stats), "--language", "en")
    assert result.returncode == 0, result.stderr
    assert json.loads(stats.read_text())["languages"] == {}
    assert "languages identified" not in result.stderr.decode()

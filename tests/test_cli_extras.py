"""The optional formats, through the real command: zstd (``zstd`` extra), WET (``warc``).

Skipped when the extra is missing, except in CI, which installs the extras and sets
CORPUSCLEAN_REQUIRE_EXTRAS=1 so that a missing one fails.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from corpus_files import (
    BODY,
    PAGE,
    jsonl_bytes,
    need,
    read_jsonl,
    run,
    seed_records,
    without,
    write_wet,
)


def test_zstd_input_and_output(tmp_path: Path) -> None:
    zstandard = need("zstandard")
    source = tmp_path / "in.jsonl.zst"
    source.write_bytes(zstandard.ZstdCompressor().compress(jsonl_bytes(seed_records(5))))
    out = tmp_path / "out.jsonl.zst"
    result = run("clean", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = zstandard.ZstdDecompressor().stream_reader(out.read_bytes()).read().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [f"r{i}" for i in range(5)]


def test_zstd_without_the_extra_names_it_and_writes_nothing(tmp_path: Path) -> None:
    # A real missing module: a folder first on the path whose zstandard cannot be imported.
    source = tmp_path / "in.jsonl.zst"
    source.write_bytes(b"(\xb5/\xfd")
    out = tmp_path / "out.jsonl"
    env = without(tmp_path / "blocker", "zstandard")
    result = run("clean", str(source), "-o", str(out), env=env)
    assert result.returncode == 1
    assert "pip install 'corpusclean[zstd]'" in result.stderr.decode()
    assert not out.exists()


def test_wet_file_pages_become_records_in_page_mode(tmp_path: Path) -> None:
    wet = tmp_path / "CC-MAIN-test.warc.wet.gz"
    write_wet(wet, [("https://example.com/a", PAGE), ("https://example.com/b", BODY)])
    out = tmp_path / "out.jsonl"
    result = run("clean", str(wet), "-o", str(out))
    assert result.returncode == 0, result.stderr
    first, second = read_jsonl(out)
    assert first["source"] == "https://example.com/a"
    assert first["id"].startswith("<urn:uuid:")
    assert first["metadata"]["WARC-Type"] == "conversion"
    assert "WARC-Date" in first["metadata"] and "WARC-Target-URI" not in first["metadata"]
    assert "page-mode" in first["flags"]  # WET input defaults to page mode
    assert first["paragraphs"][0].startswith("Alibaba Group executive chairman Jack Ma")
    assert second["text"] == BODY
    assert "2 records in = 2 written + 0 rejected" in result.stderr.decode()
    article = run("clean", str(wet), "--mode", "article", "-q")
    assert "page-mode" not in json.loads(article.stdout.splitlines()[0])["flags"]


def test_a_folder_of_wet_and_gzipped_jsonl_with_two_jobs(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    # More records than one process keeps to itself (128), so --jobs 2 starts workers.
    write_wet(crawl / "a.warc.wet.gz", [(f"https://example.com/{i}", PAGE) for i in range(60)])
    (crawl / "b.jsonl.gz").write_bytes(gzip.compress(jsonl_bytes(seed_records(100))))
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = run("clean", str(crawl), "-o", str(out), "--jobs", jobs)
        assert result.returncode == 0, result.stderr
        assert "160 records in = 160 written + 0 rejected" in result.stderr.decode()
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_explain_picks_one_wet_record(tmp_path: Path) -> None:
    wet = tmp_path / "pages.warc.wet"
    write_wet(wet, [("https://example.com/a", BODY), ("https://example.com/b", PAGE)])
    result = run("explain", str(wet), "--record", "2")
    assert result.returncode == 0, result.stderr
    stdout = result.stdout.decode()
    assert stdout.startswith(f"== {wet}:2\n") and stdout.count("== ") == 1
    assert "page_classifier" in stdout  # page mode, as clean would
    missing = run("explain", str(wet), "--record", "9")
    assert (
        missing.returncode == 1 and "no record has line number or id 9" in missing.stderr.decode()
    )


def test_warc_response_records_are_rejected_with_advice(tmp_path: Path) -> None:
    need("warcio")
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    html = b"<html><body><p>Hello</p></body></html>"
    with warc.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.com/",
                "response",
                payload=io.BytesIO(html),
                length=len(html),
                http_headers=http,
            )
        )
    out = tmp_path / "out.jsonl"
    result = run("clean", str(warc), "-o", str(out))
    assert result.returncode == 1  # nothing written, one record rejected
    (reject,) = read_jsonl(Path(f"{out}.rejects.jsonl"))
    assert reject["line"] == 1 and reject["id"].startswith("<urn:uuid:")
    assert "holds application/http" in reject["reason"] and "WET" in reject["reason"]


def test_parquet_rows_are_records(tmp_path: Path) -> None:
    need("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [*seed_records(3), {"id": "n", "text": None}]
    table = pa.Table.from_pylist([dict(row, lang="en") for row in rows])
    source = tmp_path / "part-0.parquet"
    pq.write_table(table, source)
    out = tmp_path / "out.jsonl"
    result = run("clean", str(tmp_path), "-o", str(out))
    assert "4 records in = 3 written + 1 rejected" in result.stderr.decode()
    articles = read_jsonl(out)
    assert [a["id"] for a in articles] == ["r0", "r1", "r2"]
    assert articles[0]["metadata"] == {"lang": "en", "detected_language": "en"}
    (reject,) = read_jsonl(Path(f"{out}.rejects.jsonl"))
    assert reject["line"] == 4 and reject["id"] == "n"

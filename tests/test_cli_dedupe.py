"""``corpusclean dedupe``, run as a subprocess on real files (the seeds and their copies)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from corpus_files import read_jsonl, run_on_terminal, without
from corpus_files import run_text as run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
needs_numpy = pytest.mark.skipif(
    importlib.util.find_spec("numpy") is None, reason="near dedupe needs the [dedupe] extra"
)


def write_jsonl(path: Path, records: list[Any]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The seeds as `corpusclean clean` writes them."""
    out = tmp_path_factory.mktemp("clean") / "seeds.jsonl"
    assert run("clean", str(SEEDS), "-o", str(out), "-q").returncode == 0
    return read_jsonl(out)


def syndicated(article: dict[str, Any], name: str) -> dict[str, Any]:
    """A copy of a cleaned article as another outlet prints it: byline, no last paragraph."""
    paragraphs = ["By Staff Reporter", *article["paragraphs"][:-1]]
    return {**article, "id": name, "paragraphs": paragraphs, "text": "\n".join(paragraphs)}


def test_exact_mode_drops_copies_and_accounts_for_every_record(
    tmp_path: Path, articles: list[dict[str, Any]]
) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [*articles, {**articles[0], "id": "again"}, '{"broken', {"id": "no-text"}],
    )
    out, dups = tmp_path / "out.jsonl", tmp_path / "dups.jsonl"
    result = run(
        "dedupe",
        str(source),
        "-o",
        str(out),
        "--exact",
        "--keep",
        "first",
        "--duplicates",
        str(dups),
    )
    assert result.returncode == 0, result.stderr
    assert [a["id"] for a in read_jsonl(out)] == [a["id"] for a in articles]
    assert read_jsonl(out)[0] == articles[0]  # records are written as they were read
    [dup] = read_jsonl(dups)
    assert (dup["id"], dup["dup_of"], dup["similarity"], dup["line"], dup["dup_of_line"]) == (
        "again",
        articles[0]["id"],
        1.0,
        6,
        1,
    )
    assert len(read_jsonl(Path(f"{out}.rejects.jsonl"))) == 2
    # read == written + rejected + dropped as duplicates
    assert "read 8 records: wrote 5, rejected 2, dropped 1 as duplicates (1 clusters)" in (
        result.stderr
    )


@needs_numpy
def test_near_mode_drops_syndicated_copies_and_keeps_the_five_seed_reports(
    tmp_path: Path, articles: list[dict[str, Any]]
) -> None:
    copies = [syndicated(articles[1], "copy-1"), syndicated(articles[3], "copy-3")]
    source = write_jsonl(tmp_path / "in.jsonl", [*copies, *articles])
    out, dups = tmp_path / "out.jsonl", tmp_path / "dups.jsonl"
    result = run("dedupe", str(source), "-o", str(out), "--duplicates", str(dups))
    assert result.returncode == 0, result.stderr
    assert sorted(a["id"] for a in read_jsonl(out)) == sorted(a["id"] for a in articles)
    dropped = {d["id"]: d for d in read_jsonl(dups)}
    assert dropped.keys() == {"copy-1", "copy-3"}
    assert dropped["copy-1"]["dup_of"] == articles[1]["id"]  # --keep longest: the full story
    assert 0.5 <= dropped["copy-1"]["similarity"] < 1.0


@needs_numpy
def test_threshold_above_the_copies_similarity_keeps_them(
    tmp_path: Path, articles: list[dict[str, Any]]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [*articles, syndicated(articles[1], "copy")])
    out = tmp_path / "out.jsonl"
    result = run("dedupe", str(source), "-o", str(out), "--near", "--threshold", "0.999")
    assert result.returncode == 0, result.stderr
    assert len(read_jsonl(out)) == 6


def test_mark_keeps_every_record_and_adds_duplicate_of(
    tmp_path: Path, articles: list[dict[str, Any]]
) -> None:
    late = {**articles[0], "id": "late", "metadata": {"date": "2019-06-02"}}
    early = {**articles[0], "id": "early", "metadata": {"date": "2019-06-01"}}
    source = write_jsonl(tmp_path / "in.jsonl", [late, early])
    out = tmp_path / "out.jsonl"
    result = run(
        "dedupe",
        str(source),
        "-o",
        str(out),
        "--exact",
        "--mark",
        "--keep",
        "date",
        "--expected-docs",
        "10",
    )
    assert result.returncode == 0, result.stderr
    marked = read_jsonl(out)
    assert [(r["id"], r["duplicate_of"]) for r in marked] == [("late", "early"), ("early", None)]
    assert marked[0]["duplicate_similarity"] == 1.0
    assert "marked 1 as duplicates" in result.stderr


def test_any_jsonl_with_a_text_field_and_text_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "one.txt").write_text("Rain in Paris.", encoding="utf-8")
    write_jsonl(tmp_path / "docs" / "two.jsonl", [{"body": "RAIN IN PARIS"}, {"body": "Sun."}])
    out = tmp_path / "out.jsonl"
    result = run(
        "dedupe",
        str(tmp_path / "docs"),
        "--exact",
        "--text-field",
        "body",
        "--keep",
        "first",
        "-o",
        str(out),
        "-q",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert [r.get("body", r.get("text")) for r in read_jsonl(out)] == ["Rain in Paris.", "Sun."]


def test_spill_dir_takes_the_shingle_sets(tmp_path: Path, articles: list[dict[str, Any]]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", articles)
    spill = tmp_path / "spill"
    spill.mkdir()
    result = run("dedupe", str(source), "--spill-dir", str(spill), "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode in (0, 2), result.stderr  # 2: no NumPy, said so
    assert list(spill.iterdir()) == []  # the spill file is gone after the run


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--threshold", "0"], "threshold must be in (0, 1]"),
        (["--expected-docs", "0"], "expected_docs must be at least 1"),
        (["--near", "--exact"], "not allowed with argument"),
    ],
)
def test_bad_options_exit_2_with_advice(tmp_path: Path, options: list[str], message: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "Rain."}])
    result = run("dedupe", str(source), *options)
    assert result.returncode == 2
    assert message in result.stderr


def test_an_output_that_is_also_an_input_is_refused(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "Rain."}])
    result = run("dedupe", str(source), "--exact", "-o", str(source))
    assert result.returncode == 2
    assert "is also an input" in result.stderr
    assert read_jsonl(source) == [{"text": "Rain."}]


def test_near_mode_without_numpy_says_how_to_get_it(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "Rain."}])
    out = tmp_path / "out.jsonl"
    result = run(
        "dedupe", str(source), "--near", "-o", str(out), env=without(tmp_path / "blocker", "numpy")
    )
    assert result.returncode == 2 and not out.exists()
    assert "Traceback" not in result.stderr
    assert "pip install 'corpusclean[dedupe]'" in result.stderr
    assert "--exact" in result.stderr or "mode='exact'" in result.stderr


@pytest.mark.parametrize("mark", [False, True])
def test_records_on_standard_input_are_read_once_and_all_accounted_for(
    tmp_path: Path, articles: list[dict[str, Any]], mark: bool
) -> None:
    # The input is read once (standard input cannot be read twice): every record reaches
    # the output or the duplicates file, as from a file.
    records = [*articles, {**articles[1], "id": "again"}]
    stdin = "".join(json.dumps(record) + "\n" for record in records)
    out, dups = tmp_path / "out.jsonl", tmp_path / "dups.jsonl"
    options = ["--exact", "--keep", "first", "--duplicates", str(dups), *(["--mark"] * mark)]
    result = run("dedupe", "-", "-o", str(out), *options, stdin=stdin)
    assert result.returncode == 0, result.stderr
    written = read_jsonl(out)
    assert [record["id"] for record in written] == [
        r["id"] for r in records[: len(records) - (not mark)]
    ]
    assert [d["id"] for d in read_jsonl(dups)] == ["again"]
    if mark:
        assert written[-1]["duplicate_of"] == articles[1]["id"]
        assert {k: v for k, v in written[0].items() if not k.startswith("duplicate_")} == articles[
            0
        ]
    else:
        assert written[0] == articles[0]


def test_progress_goes_to_a_terminal_only(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": f"Rain {i % 3}."} for i in range(9)])
    out = tmp_path / "out.jsonl"
    status, _, terminal = run_on_terminal("dedupe", str(source), "--exact", "-o", str(out))
    assert status == 0
    assert b"records (0 rejected)" in terminal  # the progress line
    assert b"read 9 records: wrote 3, rejected 0, dropped 6" in terminal
    piped = run("dedupe", str(source), "--exact", "-o", str(out))
    assert "records (0 rejected)" not in piped.stderr  # not a terminal: the summary only

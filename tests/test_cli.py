"""The real `corpusclean` command, run as a subprocess on temporary files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from corpus_files import read_jsonl
from corpus_files import run_text as run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BODY = "Alibaba opened its first Southeast Asian office in Kuala Lumpur on Monday."


def test_cleans_the_seeds_folder_into_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "out" / "articles.jsonl"
    result = run("clean", str(SEEDS), "-o", str(out))
    assert result.returncode == 0, result.stderr
    articles = read_jsonl(out)
    assert sorted(a["id"] for a in articles) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(a["source"].endswith(".txt") and a["paragraphs"] for a in articles)
    assert read_jsonl(Path(f"{out}.rejects.jsonl")) == []
    assert "5 records in = 5 written + 0 rejected" in result.stderr
    assert "duplicate_paragraph" in result.stderr  # per-rule counts in the summary


def test_every_jsonl_record_is_cleaned_or_rejected_with_a_reason(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok", "text": f"Jack Ma opens KL office\nShare this on\n{BODY}"}),
        '{"id": "broken", "text": ',
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "body": BODY}),
        json.dumps({"id": "number", "text": 42}),
        '{"id": "surrogate", "text": "lone \\ud800 surrogate in a sentence."}',
        "",
        json.dumps({"id": "big", "text": "x" * 5000}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, rejects = tmp_path / "a.jsonl", tmp_path / "r.jsonl"
    result = run(
        "clean", str(source), "-o", str(out), "--rejects", str(rejects), "--max-bytes", "1000"
    )
    assert result.returncode == 0, result.stderr
    articles = {a["id"]: a for a in read_jsonl(out)}
    assert set(articles) == {"ok", "surrogate"}
    assert articles["ok"]["title"] == "Jack Ma opens KL office"
    assert articles["ok"]["removed"][0]["rule"] == "share_call"
    assert articles["surrogate"]["paragraphs"] == ["lone \ufffd surrogate in a sentence."]
    reasons = {r["line"]: r["reason"] for r in read_jsonl(rejects)}
    assert sorted(reasons) == [2, 3, 4, 5, 8]
    assert "not valid JSON" in reasons[2]
    assert "expected a JSON object, got list" in reasons[3]
    assert "'text'" in reasons[4] and "--text-field" in reasons[4]
    assert "'text' field holding a string (it is int)" in reasons[5]
    assert "over the limit of 1000" in reasons[8] and "--max-bytes" in reasons[8]
    assert "7 records in = 2 written + 5 rejected" in result.stderr


def test_invalid_utf8_text_file_is_rejected_or_replaced(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 opened in Kuala Lumpur on Monday, officials said.\n")
    strict = run("clean", str(bad))
    assert strict.returncode == 1
    reject = json.loads(strict.stderr.splitlines()[0])
    assert "not valid UTF-8" in reject["reason"] and "--encoding-errors" in reject["reason"]
    assert "1 records in = 0 written + 1 rejected" in strict.stderr
    replaced = run("clean", str(bad), "--encoding-errors", "replace", "-q")
    assert replaced.returncode == 0 and replaced.stderr == ""
    article = json.loads(replaced.stdout)
    assert article["paragraphs"] == ["Caf\ufffd opened in Kuala Lumpur on Monday, officials said."]


def test_oversized_text_file_is_rejected(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(BODY * 10, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = run("clean", str(big), "-o", str(out), "--max-bytes", "100")
    assert result.returncode == 1  # nothing written, something rejected
    (reject,) = read_jsonl(Path(f"{out}.rejects.jsonl"))
    assert "over the limit of 100 bytes" in reject["reason"] and "--max-bytes" in reject["reason"]
    assert reject["id"] == "big.txt"


def test_a_missing_input_next_to_a_good_one_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = run("clean", str(good), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.returncode == 1
    assert f"{tmp_path / 'missing.txt'}: no such file or folder; check the path" in result.stderr
    assert not out.exists()


def test_text_field_mode_and_disable_options(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"body": f"{BODY}\nShare this on"}) + "\n", encoding="utf-8")
    result = run(
        "clean",
        str(source),
        "--text-field",
        "body",
        "--disable",
        "share_call",
        "--mode",
        "article",
        "-q",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["paragraphs"] == [BODY, "Share this on"]


def test_bad_rule_file_exits_2_with_message(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text("rules = 3", encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text(BODY, encoding="utf-8")
    result = run("clean", str(source), "--rules", str(rules))
    assert result.returncode == 2
    assert "cannot load the rules" in result.stderr and "'rules' list" in result.stderr


def test_usage_errors_exit_2_and_rules_lists_builtins() -> None:
    assert run("clean").returncode == 2
    assert run("frobnicate").returncode == 2
    listing = run("rules")
    assert listing.returncode == 0
    assert "share_call" in listing.stdout and "related_list" in listing.stdout


def test_explain_prints_every_block_with_its_decision(tmp_path: Path) -> None:
    seed = Path(__file__).parent.parent / "seeds" / "003_bb1383ba038d8c8e.txt"
    result = subprocess.run(
        [sys.executable, "-m", "corpusclean", "explain", str(seed)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header == f"== {seed}"
    assert rows[0].split()[:2] == ["1", "title"]
    assert any("removed" in row and "related_list" in row and "Read also:" in row for row in rows)
    assert sum(1 for row in rows if " kept " in row) == 6


def test_explain_reports_an_unreadable_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \xc3")
    result = subprocess.run(
        [sys.executable, "-m", "corpusclean", "explain", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"cannot explain {bad}: not valid UTF-8" in result.stderr


def test_explain_takes_cleans_options_and_explains_every_jsonl_record(tmp_path: Path) -> None:
    body = "Jack Ma met the prime minister on Monday, officials said in a statement."
    records = tmp_path / "in.jsonl"
    records.write_text(
        json.dumps({"id": "a", "text": f"Share this on\n{body}"})
        + "\n"
        + json.dumps({"id": "b", "text": body})
        + "\n",
        encoding="utf-8",
    )
    default = run("explain", str(records))
    assert default.returncode == 0, default.stderr
    assert default.stdout.count("== ") == 2
    assert "removed  share_call" in default.stdout
    disabled = run("explain", "--disable", "share_call", str(records))
    assert disabled.returncode == 0, disabled.stderr
    assert "share_call" not in disabled.stdout
    assert "removed" not in disabled.stdout.splitlines()[1]
    assert "Share this on" in disabled.stdout.splitlines()[1]


def test_a_mistyped_disable_name_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Some text.", encoding="utf-8")
    result = run("clean", "--disable", "share_cal", str(text))
    assert result.returncode == 2
    assert "--disable share_cal: no rule or detector has this name; did you mean share_call" in (
        result.stderr
    )
    assert run("clean", "-q", "--disable", "trailing_headlines", str(text)).returncode == 0


def test_every_config_field_is_an_option(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Share this on\nJack Ma met the prime minister on Monday, he said.\n")
    out = tmp_path / "out.jsonl"
    result = run(
        "clean", "-q", "--no-builtin-rules", "--removal-budget", "0.1", str(text), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["removed"] == []
    bad = run("clean", "--removal-budget", "2", str(text))
    assert bad.returncode == 2
    assert "removal_budget is a share between 0 and 1" in bad.stderr


def test_rules_lists_every_rule_and_every_detector_with_its_family() -> None:
    from corpusclean.detect import DETECTORS
    from corpusclean.rules import load_builtin_rules

    result = run("rules")
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()[1:]}
    for rule in load_builtin_rules():
        assert rows[rule.name] == rule.family
    for detector in DETECTORS:
        assert rows[detector.name] == detector.family
    assert "share_call" not in run("rules", "--disable", "share_call").stdout

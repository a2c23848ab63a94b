"""``corpusclean learn``, ``clean --rules/--learn`` and ``clean --dedupe``, run as subprocesses
on real files: the seed articles wrapped in two sites' chrome, with source URLs."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest

from corpus_files import need, read_jsonl, run_on_terminal, without
from corpus_files import run_text as run
from corpusclean.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SITES = {
    "https://www.example.com/news/": (
        ["Zebra Daily | World | Business", "Weekend lounge offers for 9 members"],
        ["Zebra Daily Media, all of it", "Talk to the zebra desk"],
    ),
    "https://news.example.org/": (["Okapi Times front desk"], ["Okapi Times archive index"]),
}


def records() -> list[dict[str, Any]]:
    """Every seed under each site: its chrome around the text ("Weekend ... offers" is on
    three of five pages of example.com, with its count changing)."""
    found = []
    for base, (top, bottom) in SITES.items():
        for number, seed in enumerate(SEEDS):
            head = [line.replace("9", str(number)) for line in top]
            if base.endswith("com/news/") and number >= 3:
                head = head[:1]
            text = "\n".join([*head, seed.read_text(encoding="utf-8"), *bottom])
            site = "zebra" if "example.com" in base else "okapi"
            found.append(
                {"id": f"{site}-{number}", "source": f"{base}{number}", "site": site, "text": text}
            )
    return found


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    return path


def learn(corpus: Path, *options: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = corpus.parent / "site-rules.toml"
    return run("learn", str(corpus), "-o", str(out), *options), out


def test_learn_writes_each_sites_chrome_as_rules_scoped_to_it(corpus: Path) -> None:
    result, out = learn(corpus, "--min-docs", "3")
    assert result.returncode == 0, result.stderr
    assert "learned 6 rules for 2 of 2 sources from 10 documents" in result.stderr
    rules = load_rules(out)
    by_source = {(r.source, r.pattern) for r in rules}
    assert ("example.com", r"Weekend lounge offers for \d+ members") in by_source
    assert ("news.example.org", "Okapi Times front desk") in by_source
    assert {r.source_by for r in rules} == {"domain"}
    assert {r.family for r in rules} == {"learned"}
    assert "# in 3 of 5 documents, like prose in 0; example: Weekend" in out.read_text("utf-8")


def test_learning_shows_both_reads_on_a_terminal_only(corpus: Path) -> None:
    out = corpus.parent / "site-rules.toml"
    status, _, terminal = run_on_terminal("learn", str(corpus), "-o", str(out), "--min-docs", "3")
    assert status == 0
    # The first record of each read draws the line; later ones within 0.25 s do not.
    assert b"learning, read 1 of 2: 1 records (0 rejected)" in terminal
    assert b"learning, read 2 of 2: 1 records (0 rejected)" in terminal
    assert b"learned 6 rules for 2 of 2 sources from 10 documents" in terminal
    result, _ = learn(corpus, "--min-docs", "3")
    assert "learning, read" not in result.stderr  # not a terminal: the summary only


def test_learn_gives_the_same_file_whatever_the_order_and_jobs(
    corpus: Path, tmp_path: Path
) -> None:
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    random.Random(3).shuffle(lines)
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("".join(lines), encoding="utf-8")
    first = run("learn", str(corpus), "--min-docs", "3", "-q")
    second = run("learn", str(shuffled), "--min-docs", "3", "-q", "--jobs", "2")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout  # -o - (the default) is standard output
    assert first.stdout.startswith("# Rules learned by `corpusclean learn`")


def test_learn_thresholds_min_docs_and_min_share(corpus: Path) -> None:
    _, out = learn(corpus, "--min-docs", "3", "--min-share", "0.8")
    patterns = {r.pattern for r in load_rules(out)}
    assert "Okapi Times front desk" in patterns
    assert not any(p.startswith("Weekend") for p in patterns)  # on 3 of 5 pages: 60%
    result, out = learn(corpus, "--min-docs", "6")
    assert result.returncode == 0
    assert load_rules(out) == ()
    assert "learned 0 rules" in result.stderr


def test_learn_by_field_and_by_source(corpus: Path) -> None:
    _, out = learn(corpus, "--by", "site", "--min-docs", "3")
    assert {(r.source_by, r.source) for r in load_rules(out)} == {
        ("site", "zebra"),
        ("site", "okapi"),
    }
    result, out = learn(corpus, "--by", "source", "--min-docs", "3")
    assert load_rules(out) == ()  # every record has its own source URL
    assert "from 10 documents" in result.stderr
    result, out = learn(corpus, "--by", "no_such_field", "--min-docs", "3")
    assert "10 documents have no source (--by) and were not counted" in result.stderr


def test_learn_refuses_standard_input_and_missing_inputs(corpus: Path) -> None:
    result = run("learn", "-", "-o", str(corpus.parent / "x.toml"), stdin="{}")
    assert result.returncode == 1
    assert "standard input can be read only once" in result.stderr
    result = run("learn", str(corpus.parent / "missing.jsonl"))
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr
    assert run("learn", str(corpus), "--min-share", "2").returncode == 2


def test_clean_rules_applies_learned_rules_to_their_site_only(corpus: Path) -> None:
    _, rules = learn(corpus, "--min-docs", "3")
    out = corpus.parent / "out.jsonl"
    result = run("clean", str(corpus), "--rules", str(rules), "-o", str(out), "-q")
    assert result.returncode == 0, result.stderr
    articles = read_jsonl(out)
    for article in articles:
        learned = [r for r in article["removed"] if r["rule"].startswith("learned_")]
        domain = "example.com" if article["id"].startswith("zebra") else "news.example.org"
        assert {r["rule"] for r in learned} <= {
            rule.name for rule in load_rules(rules) if rule.source == domain
        }
        chrome = {line for top, bottom in SITES.values() for line in top + bottom}
        assert not chrome & set(article["paragraphs"])
    # The same text under another site keeps the chrome it was not learned from.
    other = corpus.parent / "other.jsonl"
    record = {**records()[0], "source": "https://elsewhere.net/1"}
    other.write_text(json.dumps(record) + "\n", encoding="utf-8")
    run("clean", str(other), "--rules", str(rules), "-o", str(out), "-q")
    [article] = read_jsonl(out)
    assert not any(r["rule"].startswith("learned_") for r in article["removed"])


def test_explain_shows_the_learned_rule_of_the_records_source(corpus: Path) -> None:
    _, rules = learn(corpus, "--min-docs", "3")
    result = run("explain", str(corpus), "--rules", str(rules), "--record", "okapi-0")
    assert result.returncode == 0, result.stderr
    removed = [line for line in result.stdout.splitlines() if "Okapi Times" in line]
    assert all("removed" in line for line in removed)
    assert "learned_news_example_org_" in removed[0]  # the menu line, by its site's rule
    listing = run("rules", "--rules", str(rules)).stdout
    assert "(only domain news.example.org)" in listing


def test_clean_learn_is_learn_then_clean_rules(corpus: Path) -> None:
    _, rules = learn(corpus, "--by", "site", "--min-docs", "3", "--min-share", "0.5")
    apart, together = corpus.parent / "apart.jsonl", corpus.parent / "together.jsonl"
    run("clean", str(corpus), "--rules", str(rules), "-o", str(apart), "-q")
    result = run(
        "clean", str(corpus), "--learn", "--by", "site", "--min-docs", "3",
        "--min-share", "0.5", "-o", str(together),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"rules in {together}.learned.toml" in result.stderr
    assert together.read_bytes() == apart.read_bytes()
    assert Path(f"{together}.learned.toml").read_text("utf-8") == rules.read_text("utf-8")
    # To standard output, the rules go to a temporary file.
    result = run("clean", str(corpus), "--learn", "--min-docs", "3", "-q")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 10
    assert run("clean", "-", "--learn", stdin="{}").returncode == 1


def duplicated(tmp_path: Path) -> Path:
    """The corpus with each zebra article twice (the copy under another id) and a bad line."""
    found = records()
    copies = [{**r, "id": r["id"] + "-copy"} for r in found if r["id"].startswith("zebra")]
    path = tmp_path / "dups.jsonl"
    lines = [json.dumps(r) for r in [*found, *copies]] + ['{"broken']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_clean_dedupe_exact_accounts_for_every_record(tmp_path: Path) -> None:
    source = duplicated(tmp_path)
    out, dups, stats = tmp_path / "out.jsonl", tmp_path / "d.jsonl", tmp_path / "s.json"
    result = run(
        "clean", str(source), "-o", str(out), "--dedupe", "exact", "--keep", "first",
        "--duplicates", str(dups), "--stats", str(stats),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "16 records in = 10 written + 1 rejected + 5 dropped as exact duplicates" in (
        result.stderr
    )
    assert [a["id"] for a in read_jsonl(out)] == [r["id"] for r in records()]
    entries = read_jsonl(dups)
    assert [(e["id"], e["dup_of"], e["similarity"]) for e in entries] == [
        (f"zebra-{n}-copy", f"zebra-{n}", 1.0) for n in range(5)
    ]
    summary = json.loads(stats.read_text("utf-8"))
    assert (summary["records_in"], summary["written"], summary["duplicates"]) == (16, 10, 5)
    assert summary["bytes_out"] == out.stat().st_size


def test_clean_dedupe_gives_the_same_output_with_jobs(tmp_path: Path) -> None:
    source = duplicated(tmp_path)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = run("clean", str(source), "-o", str(out), "--dedupe", "exact", "-j", jobs, "-q")
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_clean_mark_without_dedupe_is_a_usage_error(tmp_path: Path) -> None:
    result = run("clean", str(duplicated(tmp_path)), "--mark", "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 2
    assert "--mark and --duplicates go with --dedupe" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_clean_dedupe_mark_writes_every_article(tmp_path: Path) -> None:
    source = duplicated(tmp_path)
    out = tmp_path / "out.jsonl"
    result = run("clean", str(source), "-o", str(out), "--dedupe", "exact", "--mark")
    assert "16 records in = 15 written + 1 rejected, 5 of them marked" in result.stderr
    marked = {a["id"]: a["duplicate_of"] for a in read_jsonl(out)}
    assert len(marked) == 15
    assert [marked[f"zebra-{n}-copy"] for n in range(5)] == [f"zebra-{n}" for n in range(5)]
    assert marked["okapi-0"] is None


def test_clean_dedupe_near_with_threshold_and_keep_field(tmp_path: Path) -> None:
    need("numpy")  # the [dedupe] extra; CI requires it in its second run
    # The okapi and zebra copies of a seed differ only in their chrome, which cleaning may
    # leave: near duplicates. The survivor is the lowest "site" value, okapi.
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(
        "clean", str(source), "-o", str(out), "--dedupe", "near", "--threshold", "0.6",
        "--keep", "site",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "dropped as near duplicates" in result.stderr
    assert all(a["id"].startswith("okapi") for a in read_jsonl(out))
    assert run("clean", str(source), "--dedupe", "near", "--threshold", "0").returncode == 2


def test_clean_dedupe_near_without_numpy_says_what_to_install(tmp_path: Path) -> None:
    env = without(tmp_path / "blocker", "numpy")
    result = run("clean", str(duplicated(tmp_path)), "--dedupe", "near", env=env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "pip install 'corpusclean[dedupe]'" in result.stderr

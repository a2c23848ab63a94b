"""Measure how well corpusclean keeps article text and drops the rest, against gold text.

Usage::

    python benchmarks/quality.py ../shared/devset/scrapinghub [--input lenient|fullpage|both]
        [--mode auto|article|page] [--per-rule] [--json OUT] [--errors FILE]

The folder is laid out like the Scrapinghub development set: one sub-folder per document with
``gold.txt`` (the article body, one paragraph per line), ``lenient.txt`` and ``fullpage.txt``
(the inputs), plus an optional ``manifest.jsonl`` listing the ids. No text from the folder is
written anywhere except to the ``--errors`` file you name.

Metric (the benchmark's own, on tokens instead of its 4-gram shingles): each document's output
(``Article.text``: paragraphs, no title) and gold are bags of ``\\w+`` tokens with multiplicity;
precision = overlap / output tokens, recall = overlap / gold tokens. P and R are averaged over
documents and F1 = 2PR / (P + R) of the two means.

Empty outputs follow scrapinghub/article-extraction-benchmark's ``evaluate.py``: a document
whose output has no tokens is left out of the precision mean (precision is undefined there)
and scores recall 0. Because that convention rewards giving up, the number of empty outputs is
printed beside every row, and ``P0`` (precision with an empty output counted as 0) is printed
too.

The line-level view explains the token numbers: every removed line and every kept line is
labelled ``gold`` when its token sequence occurs in the gold text (see
:func:`label_line`), so each rule gets a count of the gold lines it removed.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

TOKEN_RE = re.compile(r"\w+")
# A line this short matches gold only as a whole gold line or a gold line's start: a one-word
# line such as "Advertisement" or "Share" occurs inside gold prose by chance.
SHORT_LINE_TOKENS = 4
# A longer line that is not a contiguous run of gold but has this share of its tokens in the
# gold bag is labelled "partial" (a gold paragraph with inline junk, or rewritten by the cleaner).
PARTIAL_SHARE = 0.8
PARTIAL_MIN_TOKENS = 8
INPUT_KINDS = ("lenient", "fullpage")

LineLabel = Literal["gold", "partial", "junk", "empty"]


@dataclass(frozen=True)
class Document:
    """One development document: its id, gold text and the inputs by kind."""

    id: str
    gold: str
    inputs: dict[str, str]


@dataclass(frozen=True)
class Cleaned:
    """What the benchmark needs from one cleaned article, independent of the library's types."""

    text: str
    title: str | None
    removed: tuple[tuple[str, str], ...]  # (rule name, removed text)
    flags: tuple[str, ...]


@dataclass
class Score:
    """Token overlap of one output with its gold."""

    overlap: int
    output_tokens: int
    gold_tokens: int


@dataclass
class RuleStats:
    """Line-level counts for one rule or detector."""

    lines: int = 0
    gold_lines: int = 0
    partial_lines: int = 0
    tokens: int = 0
    gold_tokens: int = 0


@dataclass
class RunReport:
    """Everything measured for one system on one input kind."""

    system: str
    input: str
    scores: list[Score] = field(default_factory=list)
    flagged: Counter[str] = field(default_factory=Counter)
    flagged_docs: int = 0
    rules: dict[str, RuleStats] = field(default_factory=lambda: defaultdict(RuleStats))
    kept: dict[str, int] = field(default_factory=Counter)
    seconds: float = 0.0


# --- data -----------------------------------------------------------------------------------


def load_devset(path: Path, kinds: Sequence[str] = INPUT_KINDS) -> list[Document]:
    """Read every document folder under ``path`` (in manifest order when there is one)."""
    manifest = path / "manifest.jsonl"
    if manifest.exists():
        lines = manifest.read_text(encoding="utf-8").splitlines()
        ids = [json.loads(line)["id"] for line in lines if line.strip()]
    else:
        ids = sorted(p.name for p in path.iterdir() if (p / "gold.txt").exists())
    if not ids:
        raise SystemExit(f"no documents under {path}: expected folders holding gold.txt")
    docs = []
    for doc_id in ids:
        folder = path / doc_id
        inputs = {k: (folder / f"{k}.txt").read_text(encoding="utf-8") for k in kinds}
        docs.append(Document(doc_id, (folder / "gold.txt").read_text(encoding="utf-8"), inputs))
    return docs


# --- metric ---------------------------------------------------------------------------------


def tokenize(text: str) -> list[str]:
    """Split text into ``\\w+`` tokens, as the benchmark does (case kept)."""
    return TOKEN_RE.findall(text)


def score(output: str, gold: str) -> Score:
    """Count the bag-of-tokens overlap between one output and its gold."""
    out, ref = Counter(tokenize(output)), Counter(tokenize(gold))
    overlap = sum((out & ref).values())
    return Score(overlap, sum(out.values()), sum(ref.values()))


def summarize(scores: Sequence[Score]) -> dict[str, float]:
    """Average P and R over documents; F1 of the means; empty outputs per the benchmark.

    >>> summarize([Score(2, 4, 2), Score(0, 0, 3)])["precision"]
    0.5
    """
    precisions = [s.overlap / s.output_tokens for s in scores if s.output_tokens]
    recalls = [s.overlap / s.gold_tokens for s in scores if s.gold_tokens]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    p0 = sum(precisions) / len(scores) if scores else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "precision_empty_as_0": p0,
        "f1_empty_as_0": 2 * p0 * r / (p0 + r) if p0 + r else 0.0,
        "documents": len(scores),
        "empty_outputs": sum(1 for s in scores if not s.output_tokens),
    }


# --- line-level view ------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldIndex:
    """Gold text prepared for line look-ups: a token string, line starts and a token bag."""

    joined: str
    line_starts: frozenset[str]
    whole_lines: frozenset[str]
    bag: Counter[str]

    @classmethod
    def build(cls, gold: str) -> GoldIndex:
        lines = [" ".join(tokenize(line)) for line in gold.splitlines()]
        lines = [line for line in lines if line]
        starts: set[str] = set()
        for line in lines:
            toks = line.split(" ")
            starts.update(" ".join(toks[:n]) for n in range(1, SHORT_LINE_TOKENS))
        return cls(
            joined=" " + " ".join(lines) + " ",
            line_starts=frozenset(starts),
            whole_lines=frozenset(lines),
            bag=Counter(tokenize(gold)),
        )


def label_line(line: str, gold: GoldIndex) -> LineLabel:
    """Say whether an input line is article text, by its tokens' place in the gold text.

    Comparing token sequences instead of raw strings ignores whitespace, punctuation and quote
    changes made by the cleaner's normaliser.

    >>> g = GoldIndex.build("NISSAN SENTRA\\nNissan hopes a sleek redesign will pull in buyers.")
    >>> label_line("a sleek redesign will pull in", g), label_line("NISSAN SENTRA", g)
    ('gold', 'gold')
    >>> label_line("pull", g), label_line("Share this on Facebook", g)
    ('junk', 'junk')
    """
    toks = tokenize(line)
    if not toks:
        return "empty"
    key = " ".join(toks)
    if len(toks) < SHORT_LINE_TOKENS:
        return "gold" if key in gold.whole_lines or key in gold.line_starts else "junk"
    if f" {key} " in gold.joined:
        return "gold"
    if len(toks) >= PARTIAL_MIN_TOKENS:
        inside = sum((Counter(toks) & gold.bag).values())
        if inside >= PARTIAL_SHARE * len(toks):
            return "partial"
    return "junk"


# --- running the cleaner --------------------------------------------------------------------


def make_config(mode: str | None) -> Any:
    """Build the library's default config, with ``mode`` changed when one is given."""
    import attrs

    import corpusclean

    config = corpusclean.Config()
    return attrs.evolve(config, mode=mode) if mode else config


def run_corpusclean(text: str, doc_id: str, config: Any) -> Cleaned:
    """Clean one document and keep only what the benchmark reads."""
    import corpusclean

    art = corpusclean.clean(text, id=doc_id, config=config)
    removed = tuple((str(r.rule), str(r.text)) for r in art.removed)
    return Cleaned(art.text, art.title, removed, tuple(str(f) for f in art.flags))


def no_cleaning(text: str) -> Cleaned:
    """The baseline: the input as it is."""
    return Cleaned(text, None, (), ())


def line_events(cleaned: Cleaned) -> Iterator[tuple[str, str]]:
    """Yield (rule, line) for every removed line, with the title as rule ``title``."""
    if cleaned.title:
        yield "title", cleaned.title
    for rule, text in cleaned.removed:
        for line in text.splitlines():
            if line.strip():
                yield rule, line


def evaluate(
    docs: Sequence[Document],
    kind: str,
    system: str,
    clean: Any,
    errors: list[dict[str, str]] | None = None,
) -> RunReport:
    """Run ``clean`` over every document's ``kind`` input and collect scores and line stats."""
    report = RunReport(system, kind)
    start = time.perf_counter()
    outputs = [(doc, clean(doc.inputs[kind], doc.id)) for doc in docs]
    report.seconds = time.perf_counter() - start
    for doc, cleaned in outputs:
        report.scores.append(score(cleaned.text, doc.gold))
        report.flagged.update(set(cleaned.flags))
        report.flagged_docs += bool(cleaned.flags)
        gold = GoldIndex.build(doc.gold)
        for rule, line in line_events(cleaned):
            label = label_line(line, gold)
            stats = report.rules[rule]
            n = len(tokenize(line))
            stats.lines += 1
            stats.tokens += n
            if label == "gold":
                stats.gold_lines += 1
                stats.gold_tokens += n
            stats.partial_lines += label == "partial"
            if errors is not None and label in ("gold", "partial"):
                errors.append(error_row(doc.id, kind, f"removed_{label}", rule, line))
        for line in cleaned.text.splitlines():
            label = label_line(line, gold)
            report.kept[label] += 1
            if errors is not None and label == "junk":
                errors.append(error_row(doc.id, kind, "kept_junk", "", line))
    return report


def error_row(doc_id: str, kind: str, what: str, rule: str, line: str) -> dict[str, str]:
    """One line of the --errors file."""
    return {"doc": doc_id, "input": kind, "error": what, "rule": rule, "line": line.strip()}


# --- output ---------------------------------------------------------------------------------


def format_summary(reports: Iterable[RunReport]) -> str:
    """A table with one row per system and input."""
    head = f"{'system':<14}{'input':<10}{'P':>7}{'R':>7}{'F1':>7}{'P0':>7}{'F1_0':>7}"
    head += f"{'empty':>7}{'flagged':>9}{'docs':>6}{'sec':>7}"
    rows = [head]
    for rep in reports:
        m = summarize(rep.scores)
        rows.append(
            f"{rep.system:<14}{rep.input:<10}{m['precision']:>7.3f}{m['recall']:>7.3f}"
            f"{m['f1']:>7.3f}{m['precision_empty_as_0']:>7.3f}{m['f1_empty_as_0']:>7.3f}"
            f"{m['empty_outputs']:>7}{rep.flagged_docs:>9}{m['documents']:>6}"
            f"{rep.seconds:>7.2f}"
        )
    return "\n".join(rows)


def format_rules(rep: RunReport) -> str:
    """Per rule: lines and tokens removed, and how many of those lines were gold."""
    rows = [f"per rule, {rep.system} on {rep.input} (removed lines labelled against gold)"]
    rows.append(
        f"  {'rule':<34}{'lines':>7}{'gold':>6}{'part':>6}{'gold%':>7}{'tokens':>8}{'gold_tok':>9}"
    )
    for name, s in sorted(rep.rules.items(), key=lambda kv: (-kv[1].lines, kv[0])):
        share = 100 * s.gold_lines / s.lines if s.lines else 0.0
        rows.append(
            f"  {name:<34}{s.lines:>7}{s.gold_lines:>6}{s.partial_lines:>6}{share:>6.1f}%"
            f"{s.tokens:>8}{s.gold_tokens:>9}"
        )
    kept = rep.kept
    rows.append(
        f"  kept lines: {sum(kept.values())} (gold {kept['gold']}, partial {kept['partial']},"
        f" junk {kept['junk']}, no tokens {kept['empty']})"
    )
    if rep.flagged:
        flags = ", ".join(f"{k}={v}" for k, v in rep.flagged.most_common())
        rows.append(f"  flags: {flags}")
    return "\n".join(rows)


def report_json(rep: RunReport) -> dict[str, Any]:
    """The machine-readable form of one report (for --json)."""
    return {
        "system": rep.system,
        "input": rep.input,
        "metrics": summarize(rep.scores),
        "flagged_docs": rep.flagged_docs,
        "flags": dict(rep.flagged),
        "seconds": rep.seconds,
        "rules": {k: vars(v) for k, v in sorted(rep.rules.items())},
        "kept_lines": dict(rep.kept),
    }


# --- command line ---------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="dev-set folder, e.g. ../shared/devset/scrapinghub")
    parser.add_argument("--input", choices=(*INPUT_KINDS, "both"), default="both")
    parser.add_argument(
        "--mode", default=None, help="Config.mode to use (default: the library's default)"
    )
    parser.add_argument("--per-rule", action="store_true", help="print the per-rule line table")
    parser.add_argument("--json", type=Path, help="write the summary as JSON to this file")
    parser.add_argument(
        "--errors", type=Path, help="write removed gold lines and kept junk lines (JSON lines)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    kinds = INPUT_KINDS if args.input == "both" else (args.input,)
    docs = load_devset(args.path, kinds)
    config = make_config(args.mode)
    errors: list[dict[str, str]] | None = [] if args.errors else None
    reports = []
    for kind in kinds:
        reports.append(evaluate(docs, kind, "no cleaning", lambda text, _id: no_cleaning(text)))
        reports.append(
            evaluate(
                docs,
                kind,
                f"corpusclean/{args.mode or 'default'}",
                lambda text, doc_id: run_corpusclean(text, doc_id, config),
                errors,
            )
        )
    print(format_summary(reports))
    print("P, R, F1: benchmark convention (empty output: left out of P, R = 0);")
    print("P0, F1_0: an empty output counted as precision 0.")
    if args.per_rule:
        for rep in reports[1::2]:
            print()
            print(format_rules(rep))
    if args.json:
        payload = [report_json(r) for r in reports]
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.errors is not None and errors is not None:
        with args.errors.open("w", encoding="utf-8") as fh:
            for row in errors:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"\nwrote {len(errors)} error lines to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

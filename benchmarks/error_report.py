"""Group the lines of a ``quality.py --errors`` file into error classes, with examples.

Usage::

    python benchmarks/quality.py ../shared/devset/scrapinghub --input lenient --errors /tmp/e.jsonl
    python benchmarks/error_report.py /tmp/e.jsonl [--examples 3] [--input lenient]

Two views come out:

* removed gold lines, grouped by the rule that removed them (the rule's false positives);
* kept junk lines, grouped by a rough, site-independent class (comment threads, newsletter
  prompts, share prompts, related links, bylines, credits, dates, ...), to show which kinds
  of boilerplate survive. The classes are heuristics for reading the errors, not a cleaner:
  a line goes to the first class whose pattern matches, and ``pos`` (0 = top, 1 = bottom)
  sorts the unmatched ones into leading, trailing and inline lines.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# First match wins; patterns are matched case-insensitively against the whole line.
JUNK_CLASSES: tuple[tuple[str, str], ...] = (
    (
        "comments / replies",
        r"\bcomments?\b|\brepl(y|ies)\b|\bcomentários?\b|комментари|\bpost a comment"
        r"|join the (conversation|discussion)|\blog ?in to\b|\bmoderat",
    ),
    (
        "newsletter / subscription",
        r"newsletter|subscri|sign(ing)? up|\binbox\b|\bdelivered\b|\bmembership\b|\bpaywall",
    ),
    (
        "share / social / follow",
        r"\bshare\b|facebook|twitter|instagram|linkedin|whatsapp|pinterest|\bemail this"
        r"|\bfollow (us|him|her|me|the|@)|\bon social media\b",
    ),
    (
        "related / read more / teaser label",
        r"^\W*(related|read more|read also|more:|see also|also on|also read|recommended|you may"
        r" also like|popular|trending|most (read|popular|viewed)|more from|more stories|watch:"
        r"|listen:|next:|previous:|up next|top stories|latest)",
    ),
    (
        "ads / sponsorship / affiliate",
        r"advertis|sponsor|affiliate|commission|share of the sale|paid (post|partnership)"
        r"|\bpromoted\b|\bpartner content\b",
    ),
    (
        "byline / author bio / contact",
        r"^\W*by\s+[A-Z]|\bwrites? (for|about)\b|\bis an? ([\w-]+ ){0,3}(reporter|writer|"
        r"editor|correspondent|contributor|columnist|curator)\b|\breached at\b|\bcontact\b"
        r"|\breporting by\b|\bediting by\b|\bwritten by\b|\bhave a (news )?tip\b|@\w+\.\w+",
    ),
    (
        "credit / source / copyright",
        r"©|\bcopyright\b|all rights reserved|^\W*source:|\bphoto(graph)?s?:|\bimage:|\bcredit"
        r"|\bgetty\b|\breuters\b|\bassociated press\b|\(ap\)|\bafp\b|\bfile photo\b",
    ),
    (
        "date / time / reading time",
        r"\b(updated|published|posted)\b|\bmin(ute)?s? read\b|\btempo de leitura\b"
        r"|\b\d{1,2}:\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}"
        r"|\b\d{4}-\d{2}-\d{2}\b",
    ),
    (
        "navigation / UI label",
        r"^\W*(home|menu|search|skip to|back to top|next|previous|print|click here|show more"
        r"|load more|view all|see all|close|open|more)\b.{0,25}$",
    ),
)
COMPILED = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in JUNK_CLASSES)
WORD_RE = re.compile(r"\w+")


def classify_junk(line: str, pos: float) -> str:
    """Name a rough class for a kept junk line (see the module docstring)."""
    for name, pattern in COMPILED:
        if pattern.search(line):
            return name
    words = WORD_RE.findall(line)
    letters = sum(ch.isalpha() for ch in line)
    if letters < 0.3 * max(len(line.strip()), 1):
        return "numbers / table cells / symbols"
    if pos < 0.1:
        return "leading: headline / standfirst / kicker"
    short = len(words) <= 15 and not line.rstrip().endswith((".", "!", "?", '"', "”"))
    if pos > 0.6:
        return "trailing: short teaser / link title" if short else "trailing: prose (comments?)"
    return "inline: short label / caption" if short else "inline: prose"


def load_rows(path: Path, kind: str | None) -> list[dict[str, Any]]:
    """Read the error rows, keeping one input kind when ``kind`` is given."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if kind is None or row["input"] == kind:
                rows.append(row)
    return rows


def group(rows: Sequence[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    """Rows by a field, largest group first."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return dict(sorted(groups.items(), key=lambda kv: -len(kv[1])))


def spread_examples(rows: Sequence[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """Up to ``n`` examples, from different documents where possible."""
    picked, docs = [], set()
    for row in rows:
        if row["doc"] not in docs:
            picked.append(row)
            docs.add(row["doc"])
        if len(picked) == n:
            return picked
    return picked + [r for r in rows if r not in picked][: n - len(picked)]


def format_groups(title: str, groups: dict[str, list[dict[str, Any]]], examples: int) -> str:
    """A heading, then each group's size, document count and examples."""
    out = [title]
    for name, rows in groups.items():
        docs = len({r["doc"] for r in rows})
        tokens = sum(len(WORD_RE.findall(r["line"])) for r in rows)
        out.append(f"  {name}: {len(rows)} lines, {tokens} tokens, in {docs} documents")
        for row in spread_examples(rows, examples):
            text = row["line"] if len(row["line"]) <= 140 else row["line"][:137] + "..."
            out.append(f"      [{row['doc'][-6:]} pos {row['pos']:.2f}] {text}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("errors", type=Path, help="the JSON-lines file quality.py --errors wrote")
    parser.add_argument("--examples", type=int, default=3, help="examples per group")
    parser.add_argument("--input", default=None, help="only this input kind (lenient, fullpage)")
    parser.add_argument("--system", default=None, help="only this system, e.g. cc/default")
    args = parser.parse_args(argv)
    rows = load_rows(args.errors, args.input)
    if args.system:
        rows = [r for r in rows if r.get("system") == args.system]
    removed = [r for r in rows if r["error"].startswith("removed_")]
    kept = [r for r in rows if r["error"] in ("kept_junk", "kept_surplus")]
    for row in kept:
        if row["error"] == "kept_surplus":
            row["class"] = "extra copy of a gold line"
        else:
            row["class"] = classify_junk(row["line"], row["pos"])
    for row in removed:
        row["rule_label"] = f"{row['rule']} ({row['error'].removeprefix('removed_')})"
    print(
        format_groups(
            "removed lines that are in gold, by rule", group(removed, "rule_label"), args.examples
        )
    )
    print()
    print(format_groups("kept lines not in gold, by class", group(kept, "class"), args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())

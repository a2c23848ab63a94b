"""Clean must-stay lines inside a neutral story and report which the rules remove.

Usage::

    python benchmarks/precision_probe.py [--file session13] [--language auto] [--mode auto]
        [--details]

Each ``benchmarks/data/precision/<file>.json`` holds ``risks``: for each rule widening whose
precision is in doubt, a ``language`` and about twelve ``lines`` that are article content in
that language (sub-headings, sentences, list items, quotes using the risky words in their
ordinary sense), written blind to the rules. The body is the 12-paragraph story of
``benchmarks/data/junk_probe/<language>.json`` (written for the probes, no dev-set text).

Every line is put, alone, at the top of the body, after its sixth paragraph and at its end,
and the document is cleaned. The report gives, per risk, the lines removed at any place (with
the rule at each place) and the body paragraphs lost; both should be 0.

A file may also hold ``documents``: per risk, whole short documents (``name``, ``language``,
``lines``) for detectors that act on a line's place and neighbours (a short line above a
headline, a sub-heading under the first paragraph, a list at the end). Every line is article
content; each document is cleaned as it is and each line's fate read as `real_pages.py` reads
it. The report gives, per risk, the lines removed or trimmed (with the rule); 0 is the goal.
A document may list ``junk``: lines a detector needs beside the content (a caption with its
credit beside its bare copy), each ``{"after": i, "line": text}`` put right after content line
``i``; they are not counted as content, and the junk removed is reported apart.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from real_pages import line_fates

import corpusclean

DATA_DIR = Path(__file__).parent / "data"
# Where the line goes: before the first paragraph, in the middle, after the last.
PLACES = {"top": 0, "middle": 6, "end": 12}


def body_of(language: str) -> list[str]:
    """The neutral 12-paragraph story the junk probe uses for this language."""
    data = json.loads((DATA_DIR / "junk_probe" / f"{language}.json").read_text("utf-8"))
    return [str(p) for p in data["body"]]


def verdicts(
    cleaner: corpusclean.Cleaner, body: list[str], line: str
) -> tuple[dict[str, str], int]:
    """The rule that removed the line at each place ("-" if kept) and body paragraphs lost."""
    out: dict[str, str] = {}
    lost = 0
    for place, at in PLACES.items():
        article = cleaner.clean("\n".join([*body[:at], line, *body[at:]]))
        rules = {r.text.strip(): r.rule for r in article.removed}
        out[place] = rules.get(line.strip(), "-")
        lost += sum(p in rules for p in body)
    return out, lost


def with_junk(doc: dict[str, object]) -> tuple[list[str], set[int]]:
    """The document's lines with its junk lines put in, and the junk lines' positions.

    Positions, not texts, say which lines are junk: a junk line may repeat a content line word
    for word (a duplicate to remove after its original), and only the inserted copy is junk.
    """
    lines = [(str(line), False) for line in doc["lines"]]  # type: ignore[attr-defined]
    # From the last place up, and within a place from its last line up, so that several junk
    # lines after one content line keep their order.
    placed = list(enumerate(doc.get("junk", [])))  # type: ignore[call-overload]
    for _, junk in sorted(placed, key=lambda p: (-int(p[1]["after"]), -p[0])):
        lines.insert(int(junk["after"]) + 1, (str(junk["line"]), True))
    return [line for line, _ in lines], {i for i, (_, is_junk) in enumerate(lines) if is_junk}


def document_losses(
    cleaner: corpusclean.Cleaner, docs: list[dict[str, object]]
) -> tuple[int, list[tuple[str, str, str]], tuple[int, int]]:
    """Content lines, (document, rule, line) for each one removed or trimmed, junk (gone, all)."""
    total = junk_gone = junk_all = 0
    lost: list[tuple[str, str, str]] = []
    for doc in docs:
        lines, junk = with_junk(doc)
        total += len(lines) - len(junk)
        junk_all += len(junk)
        for index, (line, fate, rule) in enumerate(line_fates("\n".join(lines), cleaner)):
            if index in junk:
                junk_gone += fate != "kept"
            elif fate != "kept":
                lost.append((str(doc["name"]), f"{rule} ({fate})", line))
    return total, lost, (junk_gone, junk_all)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", default="session13", help="name in benchmarks/data/precision")
    parser.add_argument("--language", default="auto", help="Config.language for the cleaner")
    parser.add_argument("--details", action="store_true", help="each line removed, by rule")
    parser.add_argument(
        "--mode", default="auto", choices=("auto", "article", "page"), help="Config.mode"
    )
    args = parser.parse_args()
    data = json.loads((DATA_DIR / "precision" / f"{args.file}.json").read_text("utf-8"))
    cleaner = corpusclean.Cleaner(corpusclean.Config(language=args.language, mode=args.mode))
    total = removed_total = lost_total = 0
    for risk, spec in data["risks"].items():
        body = body_of(spec["language"])
        removed, lost = [], 0
        for line in spec["lines"]:
            verdict, n = verdicts(cleaner, body, line)
            lost += n
            if set(verdict.values()) != {"-"}:
                removed.append((line, verdict))
        total += len(spec["lines"])
        removed_total += len(removed)
        lost_total += lost
        print(f"{risk}: removed {len(removed)}/{len(spec['lines'])} | body lost {lost}")
        if args.details:
            for line, verdict in removed:
                places = " | ".join(f"{verdict[p]:<18}" for p in PLACES)
                print(f"  LOST  {places}  {line!r}")
    for risk, docs in data.get("documents", {}).items():
        n, lost_lines, (junk_gone, junk_all) = document_losses(cleaner, docs)
        total += n
        removed_total += len(lost_lines)
        junk_note = f" | junk removed {junk_gone}/{junk_all}" if junk_all else ""
        print(f"{risk}: removed {len(lost_lines)}/{n} in {len(docs)} documents{junk_note}")
        if args.details:
            for name, rule, line in lost_lines:
                print(f"  LOST  {name}: {rule:<28}  {line!r}")
    print(f"all: removed {removed_total}/{total} | body lost {lost_total}")


if __name__ == "__main__":
    main()

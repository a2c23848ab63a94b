"""Rebuild a labelled set's private pages file from saved ``search`` answers, verified by hash.

Usage::

    python benchmarks/rebuild_pages.py LABELS ANSWERS [ANSWERS ...] --out PAGES.jsonl

The page texts ``benchmarks/real_pages.py`` scores are third-party and never committed; its
labels record, per page, the ``query`` sent to the ``search`` tool's ``pages`` corpus, the
``rank`` the page came back at and one key per non-empty line. Re-run each distinct query once,
save the answer's JSON (``{"query": ..., "results": [{"rank", "url", "excerpt"}, ...]}``, one
answer per file or one per line; results the labels do not need may be left out), and this
script writes the pages file real_pages.py reads (JSON lines of ``{url, lang, text}``) and
reports, per page, whether the excerpt's line keys are the labels' exactly.

A page is taken from its own query's answer, by url (the rank may have moved: the labelled
rank is preferred, and among several results with the url the one whose keys match). Only when
the url is absent from its own query's answer is a same-url result of another saved answer
taken, and then only if its keys equal the labels' exactly ("cross-query" in the report). A
page whose keys differ is still written (real_pages.py skips it and says so) and reported as
partial, with how many labelled keys the rebuilt lines hold in order, so a cut or changed
excerpt is recorded rather than edited: never edit a text to make its keys match.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_pages import line_key, normalised

import corpusclean

Result = dict[str, Any]


@dataclass(frozen=True)
class Rebuilt:
    """One labelled page's outcome: its row for the pages file (None when missing) and a note."""

    url: str
    status: str  # exact, partial, missing or not looked up
    row: dict[str, str] | None
    note: str


def load_answers(paths: list[Path]) -> dict[str, list[Result]]:
    """Saved answers' results by query; a file holds one answer, or one answer per line."""
    by_query: dict[str, list[Result]] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8").strip()
        try:
            answers = [json.loads(text)]
        except json.JSONDecodeError:
            answers = [json.loads(line) for line in text.splitlines() if line.strip()]
        for answer in answers:
            by_query.setdefault(answer["query"], []).extend(answer["results"])
    return by_query


def page_keys(text: str, config: corpusclean.Config) -> list[str]:
    """The keys of a text's non-empty normalised lines, as real_pages.py forms them."""
    return [line_key(line) for line in normalised(text, config) if line.strip()]


def keys_in_order(keys: list[str], wanted: list[str]) -> int:
    """How many of the labelled keys the rebuilt keys hold in order: their longest common
    subsequence, so one changed line in the middle costs one, not the rest of the page."""
    previous = [0] * (len(wanted) + 1)
    for key in keys:
        current = [0]
        for index, label in enumerate(wanted):
            current.append(
                previous[index] + 1 if key == label else max(previous[index + 1], current[index])
            )
        previous = current
    return previous[-1]


def choose(candidates: list[Result], wanted: list[str], rank: int | None, config: Any) -> Result:
    """The candidate whose keys match the labels, else the one at the labelled rank, else first."""
    for result in candidates:
        if page_keys(result["excerpt"], config) == wanted:
            return result
    at_rank = [r for r in candidates if r.get("rank") == rank]
    return (at_rank or candidates)[0]


def rebuild_page(
    page: dict[str, Any], by_query: dict[str, list[Result]], config: corpusclean.Config
) -> Rebuilt:
    """Rebuild one labelled page from the saved answers and check its keys."""
    url, wanted = page["url"], [item["sha1"] for item in page["lines"]]
    if page["query"] not in by_query:
        return Rebuilt(url, "not looked up", None, "its query has no saved answer")
    own = [r for r in by_query[page["query"]] if r["url"] == url]
    note = ""
    if own:
        result = choose(own, wanted, page.get("rank"), config)
    else:
        # A same-url excerpt from another query is the labelled copy only if every key agrees.
        elsewhere = [
            r
            for query, results in by_query.items()
            if query != page["query"]
            for r in results
            if r["url"] == url and page_keys(r["excerpt"], config) == wanted
        ]
        if not elsewhere:
            return Rebuilt(url, "missing", None, "url not in its query's answer")
        result, note = elsewhere[0], "cross-query: taken from another query's answer"
    if page.get("rank") is not None and result.get("rank") != page["rank"]:
        note = note or f"rank {page['rank']} -> {result.get('rank')}"
    row = {"url": url, "lang": page["lang"], "text": result["excerpt"]}
    keys = page_keys(result["excerpt"], config)
    if keys == wanted:
        return Rebuilt(url, "exact", row, note)
    held = keys_in_order(keys, wanted)
    detail = f"{held}/{len(wanted)} labelled lines in order, {len(keys)} lines rebuilt"
    return Rebuilt(url, "partial", row, f"{detail}; {note}" if note else detail)


def report(name: str, rebuilt: list[Rebuilt]) -> list[str]:
    """A count per status, then a line for every page that is not a plain exact match."""
    counts = dict.fromkeys(("exact", "partial", "missing", "not looked up"), 0)
    for page in rebuilt:
        counts[page.status] += 1
    head = f"{name}: {len(rebuilt)} pages: " + ", ".join(f"{s} {n}" for s, n in counts.items())
    notes = [f"  {p.status}: {p.url} ({p.note})" for p in rebuilt if p.note]
    return [head, *notes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", type=Path, help="a labels file with query and rank per page")
    parser.add_argument("answers", type=Path, nargs="+", help="saved search answers (JSON)")
    parser.add_argument("--out", type=Path, required=True, help="pages file to write (JSONL)")
    args = parser.parse_args()
    pages = json.loads(args.labels.read_text(encoding="utf-8"))["pages"]
    by_query = load_answers(args.answers)
    config = corpusclean.Config()
    rebuilt = [rebuild_page(page, by_query, config) for page in pages]
    rows = [page.row for page in rebuilt if page.row is not None]
    args.out.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    print("\n".join(report(args.labels.stem, rebuilt)))


if __name__ == "__main__":
    main()

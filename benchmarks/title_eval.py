"""Whether `Article.title` is the page's headline, a junk line, or None, on labelled real pages.

Usage::

    python benchmarks/title_eval.py [PAGES_DIR] [--set NAME ...] [--list]

Reads each labelled real-pages set (``SETS``: the set's name, the labels file under
``benchmarks/data``) whose private pages file ``PAGES_DIR/NAME.jsonl`` exists (default
``/tmp/cc/pages``; rebuild one with ``benchmarks/rebuild_pages.py``), cleans each page as
``benchmarks/real_pages.py`` does (``mode="auto"``) and sorts its title slot:

- ``content``: the title is a line labelled content (a headline, a kicker, a section label);
- ``junk``: the title is a line labelled junk (a masthead's date, a follow call, a menu item);
  ``junk, headline below`` counts those whose first paragraph is a content line shaped like a
  title (`text.looks_like_title`): the page's headline, pushed down to the body;
- ``none``: no title (``none, headline below``: the first paragraph is such a headline: the
  page's text in auto mode, whose title is found by evidence or not at all).

`real_pages.py` cannot see this: a title line is neither kept as a paragraph nor a removal,
so it scores a junk title as junk kept and a content one as content kept. Counts are split by
each set's own ``split`` field (``fix`` / ``held-out``). ``--list`` prints every junk title
with its first paragraph (page text: for reading, never for committing).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

import corpusclean
from corpusclean.text import looks_like_title

sys.path.insert(0, str(Path(__file__).parent))
from real_pages import line_key, normalised, squeeze

DATA = Path(__file__).parent / "data"
# Every labelled set with a rebuildable pages file (`/tmp/cc/pages`), by its pages file's name.
SETS = {
    "general43": "realpages/labels_general43.json",
    "general42": "realpages/labels_general42.json",
    "general41": "realpages/labels_general41.json",
    "general40": "realpages/labels_general40.json",
    "general39": "realpages/labels_general39.json",
    "general38": "realpages/labels_general38.json",
    "general37": "realpages/labels_general37.json",
    "general36": "realpages/labels_general36.json",
    "general35": "realpages/labels_general35.json",
    "general34": "realpages/labels_general34.json",
    "general33": "realpages/labels_general33.json",
    "labels_general32": "realpages/labels_general32.json",
    "general31": "realpages/labels_general31.json",
    "general30": "realpages/labels_general30.json",
    "general29": "realpages/labels_general29.json",
    "general28": "realpages/labels_general28.json",
    "general27": "realpages/labels_general27.json",
    "threads27": "threads27.json",
    "threads26": "threads26.json",
    "threads25": "threads25.json",
    "threads24": "threads24.json",
    "threads23": "threads23.json",
    "threads22": "threads22.json",
    "threads21": "threads21.json",
    "labels7b": "realpages/labels7b.json",
    "labels7a": "realpages/labels7a.json",
    "labels_related25": "realpages/labels_related25.json",
    "labels_nav25": "realpages/labels_nav25.json",
    "labels_nav21": "realpages/labels_nav21.json",
    "labels_captions21": "realpages/labels_captions21.json",
}
# The key of a junk title's family count: (split, FAMILY, family).
FAMILY = "family"
KINDS = ("content", "junk, headline below", "junk", "none, headline below", "none", "unmatched")


def line_of(text: str, lines: list[str]) -> int | None:
    """The index of the labelled line a title or paragraph starts with (None: not found)."""
    block = squeeze(text)
    for index, line in enumerate(lines):
        if squeeze(line) and block.startswith(squeeze(line)):
            return index
    return None


def title_kind(article: corpusclean.Article, lines: list[str], labels: list[str]) -> str:
    """Which of `KINDS` the article's title is, by the label of the line it was taken from."""
    if article.title is None:
        return "none, headline below" if headline_below(article, lines, labels) else "none"
    index = line_of(article.title, lines)
    if index is None:
        return "unmatched"
    if labels[index] == "content":
        return "content"
    return "junk, headline below" if headline_below(article, lines, labels) else "junk"


def headline_below(article: corpusclean.Article, lines: list[str], labels: list[str]) -> bool:
    """Whether the first paragraph is a content line shaped like a title."""
    if not article.paragraphs:
        return False
    index = line_of(article.paragraphs[0], lines)
    return index is not None and labels[index] == "content" and looks_like_title(lines[index])


def score_set(path: Path, labels_file: Path, cleaner: Any, listing: list[str]) -> Counter[Any]:
    """(split, kind) -> pages of one set; junk titles appended to ``listing``."""
    labelled = {p["url"]: p for p in json.loads(labels_file.read_text("utf-8"))["pages"]}
    counts: Counter[Any] = Counter()
    for raw in path.read_text(encoding="utf-8").splitlines():
        page = json.loads(raw)
        meta = labelled.get(page["url"])
        if meta is None:
            continue
        lines = [line for line in normalised(page["text"], cleaner.config) if line.strip()]
        if [line_key(line) for line in lines] != [item["sha1"] for item in meta["lines"]]:
            counts[meta["split"], "stale"] += 1
            continue
        article = cleaner.clean(page["text"])
        kind = title_kind(article, lines, [item["label"] for item in meta["lines"]])
        counts[meta["split"], kind] += 1
        if kind.startswith("junk"):
            assert article.title is not None
            index = line_of(article.title, lines)
            counts[meta["split"], FAMILY, meta["lines"][index]["family"]] += 1
            first = article.paragraphs[0][:80] if article.paragraphs else ""
            listing.append(f"{path.stem} {meta['split']} | {article.title[:80]!r} | {first!r}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages_dir", type=Path, nargs="?", default=Path("/tmp/cc/pages"))
    parser.add_argument("--set", action="append", choices=sorted(SETS), help="only these sets")
    parser.add_argument("--mode", default="auto", help="Config.mode (default auto)")
    parser.add_argument("--list", action="store_true", help="print each junk title (page text)")
    args = parser.parse_args()
    cleaner = corpusclean.Cleaner(attrs.evolve(corpusclean.Config(), mode=args.mode))
    total: Counter[Any] = Counter()
    listing: list[str] = []
    print("| set | half | pages | " + " | ".join(KINDS) + " |")
    print("|---|---|---:|" + "---:|" * len(KINDS))
    for name in args.set or SETS:
        path = args.pages_dir / f"{name}.jsonl"
        if not path.exists():
            print(f"{name}: no pages file {path}", file=sys.stderr)
            continue
        counts = score_set(path, DATA / SETS[name], cleaner, listing)
        total.update(counts)
        print_rows(name, counts)
    print_rows("**all**", total)
    print_families(total)
    if args.list:
        print("\n".join(["", "junk titles (set half | title | first paragraph):", *listing]))


def print_families(counts: Counter[Any]) -> None:
    """The junk titles' families (the labels' junk family of the title's line), a half a line."""
    for split in ("fix", "held-out"):
        found = {key[2]: n for key, n in counts.items() if key[:2] == (split, FAMILY)}
        listed = ", ".join(
            f"{family} {n}" for family, n in sorted(found.items(), key=lambda x: -x[1])
        )
        print(f"\njunk titles by family, {split}: {listed or '-'}")


def print_rows(name: str, counts: Counter[Any]) -> None:
    """One table row a half of the counts."""
    for split in ("fix", "held-out"):
        row = [counts[split, kind] for kind in KINDS]
        pages = sum(row) + counts[split, "stale"]
        if pages:
            cells = " | ".join(str(n) for n in row)
            print(f"| {name} | {split} | {pages} | {cells} |")


if __name__ == "__main__":
    main()

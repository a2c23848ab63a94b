"""Clean each real page's gold text on its own: how much of it survives, and what removes it.

Usage::

    python benchmarks/gold_retention.py ../shared/devset [--language auto|en|...] [--details]

A clean article should come out whole. For each dev set (``scrapinghub/``, ``readability/``;
real pages only, no test fixtures) this prints the share of the gold tokens (``\\w+``) left in
``Article.text``, over the whole set and as a mean per document, and the lines and tokens
removed per rule. A title counts as removed (it leaves ``Article.text`` for ``Article.title``).

``--details`` also prints every removed gold line as ``page<TAB>rule<TAB>line number<TAB>text``
(line numbers are 0-based input lines; a title has none), the list to read when sorting removals
into junk the gold keeps and article content lost. It prints dev-set text to the terminal only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from quality import load_devset, select_docs, tokenize

import corpusclean


def removed_lines(article: corpusclean.Article) -> list[tuple[str, str, str]]:
    """(rule, first input line or "-", text) of everything that left ``article.text``."""
    gone = [(r.rule, str(r.start), r.text) for r in article.removed]
    return gone + ([("title", "-", article.title)] if article.title else [])


def report(folder: Path, config: corpusclean.Config, details: bool = False) -> list[str]:
    """The retention lines for one dev set, then each removed line when ``details``."""
    docs = select_docs(load_devset(folder, ()), "real")
    cleaner = corpusclean.Cleaner(config)
    total = kept = 0
    shares: list[float] = []
    lines: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    listed: list[str] = []
    for doc in docs:
        article = cleaner.clean(doc.gold)
        before, after = len(tokenize(doc.gold)), len(tokenize(article.text))
        total, kept = total + before, kept + after
        shares.append(after / before if before else 1.0)
        for rule, where, text in removed_lines(article):
            lines[rule] += 1
            removed[rule] += len(tokenize(text))
            one_line = text.replace("\n", " / ")
            listed.append(f"   {doc.id}\t{rule}\t{where}\t{one_line}")
    out = [
        f"{folder.name} ({len(docs)} gold texts, language={config.language}): kept "
        f"{kept}/{total} tokens = {kept / total:.4f}; mean per document "
        f"{sum(shares) / len(shares):.4f}"
    ]
    out += [f"   {rule:24} {lines[rule]:4} lines {n:6} tokens" for rule, n in removed.most_common()]
    return out + (["   removed gold lines (page, rule, line, text):", *listed] if details else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "devset", type=Path, help="the folder holding scrapinghub/ and readability/"
    )
    default = corpusclean.Config().language
    parser.add_argument("--language", default=default, help=f"Config.language (default: {default})")
    parser.add_argument(
        "--details", action="store_true", help="also print every removed gold line, by page"
    )
    args = parser.parse_args(argv)
    config = corpusclean.Config(language=args.language)
    for name in ("scrapinghub", "readability"):
        print("\n".join(report(args.devset / name, config, args.details)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

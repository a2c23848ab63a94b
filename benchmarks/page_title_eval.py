"""How often page mode's title (`page.title`) is the page's title, on the dev pages.

Usage::

    python benchmarks/page_title_eval.py ../shared/devset [--fit]

For every real dev page with both inputs (Scrapinghub, and Readability less its test
fixtures), the title page mode finds in ``fullpage.txt`` is set against two references:
the title article mode finds in the same page's ``lenient.txt`` (the extractor's text
starts with the headline on most pages), and the gold's first line (Scrapinghub's gold is
the article body without its headline, and Readability's starts with its first paragraph on
90 of its 93 real pages: a page title equal to it took the story's first paragraph). Each
is counted as ``same``, ``other`` (a title that differs from the reference's), ``none``
(page mode found none), and, against article mode, ``found, ref none`` (page mode found a
title where article mode found none: not scored, listed with ``--list``). By set, with
Readability's non-English pages apart.

``--fit`` runs the leave-site-out check of the thresholds (`page.title.TitleEvidence`):
each site's pages fall in one half by a hash of the site (`quality.half_of`); the
thresholds that score best on one half (same - PENALTY x other, against article mode's
title) are reported on the other half, and the halves swapped. Each page is cleaned once;
only the title's search runs per threshold (the evidence alone: the cleaner's check that
the article cleans to the same title, `Cleaner._title_if_stable`, runs for the shipped
thresholds only).
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import attrs
from quality import Document, half_of, language_of, load_devset

import corpusclean
from corpusclean.language import any_stopword
from corpusclean.page.title import DEFAULT_EVIDENCE, TitleEvidence, content_words
from corpusclean.pipeline import Run

# A wrong title costs this many right ones when the halves fit: precision first.
PENALTY = 3
GRID = {
    "window": (10, 20, 40),
    "min_content_words": (2, 3),
    "min_shared_words": (1, 2, 3),
    "min_shared_share": (0.3, 0.4, 0.5, 0.6),
    "twice_min_words": (3, 5),
}
_SPACES = re.compile(r"\s+")
_URL_WORD = re.compile(r"[^\W_]{2,}")
# A URL path of this many words is a slug that may spell the headline.
URL_MIN_WORDS = 3
URL_YES, URL_NO = 0.5, 0.2


@dataclass
class Page:
    """One dev page: where it comes from, its references, and its page-mode run."""

    name: str
    group: str  # "scrapinghub", "readability en", "readability other"
    half: str
    article_title: str | None
    gold_first: str
    run: Run
    url_words: frozenset[str]

    def title(self, evidence: TitleEvidence) -> str | None:
        """The title page mode finds with these thresholds: with the shipped ones, the
        cleaner's own (`Run.title`, checked stable); with others, the evidence's alone."""
        found = (
            self.run.title
            if evidence == DEFAULT_EVIDENCE
            else self.run.document.title(self.run.outcome, evidence)
        )
        return found.block.text if found is not None else None

    def reason(self) -> str:
        """Why the cleaner's title is the title ("" for none)."""
        found = self.run.title
        return found.reason if found is not None else ""

    def unstable(self) -> bool:
        """Whether the evidence found a title that cleaning the article again lost."""
        raw = self.run.document.title(self.run.outcome)
        return raw is not None and self.run.title is None


def same_text(a: str, b: str) -> bool:
    """Whether two lines are the same text, case and spacing aside."""
    return _SPACES.sub(" ", a).strip().casefold() == _SPACES.sub(" ", b).strip().casefold()


def verdict(found: str | None, reference: str | None) -> str:
    """How a found title stands against a reference title."""
    if found is None:
        return "none"
    if reference is None or not reference.strip():
        return "found, ref none"
    return "same" if same_text(found, reference) else "other"


def load_pages(devset: Path) -> list[Page]:
    """Every real dev page with both inputs, cleaned once in page mode."""
    page = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    article = corpusclean.Cleaner(corpusclean.Config(mode="article"))
    pages = []
    for name in ("scrapinghub", "readability"):
        docs: Iterable[Document] = load_devset(devset / name)
        for doc in docs:
            if doc.meta.get("fixture", False):
                continue
            group = name
            if name == "readability":
                group += " en" if language_of(doc, {}) == "en" else " other"
            gold = doc.gold.strip().splitlines()
            pages.append(
                Page(
                    f"{name}/{doc.id}",
                    group,
                    half_of(doc),
                    article.clean(doc.inputs["lenient"]).title,
                    gold[0] if gold else "",
                    page.run(doc.inputs["fullpage"]),
                    url_words(str(doc.meta.get("url") or "")),
                )
            )
    return pages


def url_words(url: str) -> frozenset[str]:
    """The casefolded words of a URL's path: news sites spell the headline there."""
    return frozenset(_URL_WORD.findall(urlparse(url).path.casefold()))


def url_support(title: str, words: frozenset[str]) -> str:
    """Whether a page's URL names its found title: "yes" when half of the title's content
    words are words of the URL's path, "no" when under a fifth are, "-" when the path has
    fewer than `URL_MIN_WORDS` words (an id, no slug) or it is in between."""
    if len(words) < URL_MIN_WORDS:
        return "-"
    mine = content_words(title, any_stopword())
    share = len(mine & words) / len(mine) if mine else 0.0
    return "yes" if share >= URL_YES else "no" if share < URL_NO else "-"


def counts(pages: Sequence[Page], evidence: TitleEvidence, against: str) -> Counter[str]:
    """The verdicts of the pages' titles against article mode's title or the gold's line."""
    found: Counter[str] = Counter()
    for page in pages:
        reference = page.article_title if against == "article" else page.gold_first
        found[verdict(page.title(evidence), reference)] += 1
    return found


def score(found: Counter[str]) -> int:
    """What a fit maximises: right titles, less PENALTY for each wrong one."""
    return found["same"] - PENALTY * found["other"]


def fit(pages: Sequence[Page]) -> TitleEvidence:
    """The grid's thresholds that score best on ``pages`` (ties: the earliest)."""
    best, best_score = DEFAULT_EVIDENCE, None
    for values in itertools.product(*GRID.values()):
        evidence = attrs.evolve(DEFAULT_EVIDENCE, **dict(zip(GRID, values, strict=True)))
        got = score(counts(pages, evidence, "article"))
        if best_score is None or got > best_score:
            best, best_score = evidence, got
    return best


def row(label: str, found: Counter[str], total: int) -> str:
    keys = ("same", "other", "none", "found, ref none")
    return f"| {label} | {total} | " + " | ".join(str(found[k]) for k in keys) + " |"


HEADER = "| pages | n | same | other | none | found, ref none |\n|---|---:|---:|---:|---:|---:|"


def report(pages: Sequence[Page], evidence: TitleEvidence) -> None:
    groups = sorted({page.group for page in pages})
    for against in ("article", "gold"):
        name = "article mode's title (lenient)" if against == "article" else "gold's first line"
        print(f"\nagainst {name}")
        print(HEADER)
        for group in groups:
            chosen = [page for page in pages if page.group == group]
            print(row(group, counts(chosen, evidence, against), len(chosen)))
        print(row("all", counts(pages, evidence, against), len(pages)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--fit", action="store_true", help="leave-site-out fit of the thresholds")
    parser.add_argument("--list", action="store_true", help="list every title found")
    args = parser.parse_args()
    pages = load_pages(args.devset)
    print(f"{len(pages)} pages; shipped thresholds: {DEFAULT_EVIDENCE}")
    report(pages, DEFAULT_EVIDENCE)
    print("\nfound titles by why (the first kept line, article mode's rule, is all main")
    print("found), verdict against article mode, and whether the URL names them")
    support: Counter[tuple[str, str, str]] = Counter()
    for page in pages:
        title = page.title(DEFAULT_EVIDENCE)
        if title is not None:
            mark, named = verdict(title, page.article_title), url_support(title, page.url_words)
            support[page.reason(), mark, named] += 1
            if args.list:
                print(f"{mark:>16} url:{named:>3} {page.name}: {title!r}")
                print(f"{'':>24} article: {page.article_title!r}")
    for (why, mark, named), n in sorted(support.items()):
        print(f"{why[:40]:<40} {mark:>16}  URL {named:>3}: {n}")
    unstable = [page.name for page in pages if page.unstable()]
    print(f"\nfound by the evidence, left None as cleaning the article lost it: {len(unstable)}")
    for name in unstable:
        print(f"  {name}")
    if args.fit:
        for fit_half, test_half in (("A", "B"), ("B", "A")):
            train = [page for page in pages if page.half == fit_half]
            test = [page for page in pages if page.half == test_half]
            evidence = fit(train)
            print(f"\nfit on half {fit_half} ({len(train)} pages): {evidence}")
            print(f"on half {fit_half}: {dict(counts(train, evidence, 'article'))}")
            print(f"on half {test_half} ({len(test)} pages), fitted: ", end="")
            print(dict(counts(test, evidence, "article")))
            print(
                f"on half {test_half}, shipped: {dict(counts(test, DEFAULT_EVIDENCE, 'article'))}"
            )


if __name__ == "__main__":
    main()

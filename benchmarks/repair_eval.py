"""How duplicate repair does on copies it has never seen: titles, title tags, pasted bodies.

Usage::

    python benchmarks/repair_eval.py ../shared/devset [--docs 60]

Each Scrapinghub gold article gets a headline made from its address (the slug's words, first
letter capitalised: the gold text holds no headline), then a copy of the headline or of the
body in one of the shapes below. Both the article alone and the article with the copy are
cleaned; lines the copy's version keeps beyond the article's are copies left (recall), lines
it loses are article lost (must stay 0). The shapes are written from how pages print titles
and pastes, not from the dev set's texts, which hold no title tag.
"""

from __future__ import annotations

import argparse
import json
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import corpusclean

Case = tuple[list[str], int]  # the lines, and how many of them are the copy
Shape = Callable[[str, list[str]], Case]
SLUG_WORDS = re.compile(r"[A-Za-z]+")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
NOT_WORDS = {"html", "htm", "php", "aspx", "amp", "index"}
# A headline of fewer words than this is not worth the name ("Live", "Home").
MIN_HEADLINE_WORDS = 4
# Junk set between the copies. English: on an article in another language it may stay,
# which is not what this measures, so these lines are left out of the counts.
BYLINE = "By Jane Roe"
AD_MARKER = "Advertisement"


def headline_of(url: str) -> str | None:
    """The slug's words as a headline, or None when the address has too few."""
    slug = url.rstrip("/").split("/")[-1].split("?")[0]
    words = [w for w in SLUG_WORDS.findall(slug) if w.lower() not in NOT_WORDS][:12]
    if len(words) < MIN_HEADLINE_WORDS:
        return None
    text = " ".join(words)
    return text[0].upper() + text[1:]


def titled(tag: Callable[[str], str], adjacent: bool) -> Shape:
    def shape(title: str, body: list[str]) -> Case:
        between = [] if adjacent else [BYLINE]
        return [title, *between, tag(title), *body], 1

    return shape


def tag_above(title: str, body: list[str]) -> Case:
    return [f"{title} - Example News", title, *body], 1


def tag_below(title: str, body: list[str]) -> Case:
    return [title, *body, f"{title} | The Daily Post"], 1


def body_twice(title: str, body: list[str]) -> Case:
    return [title, *body, *body], len(body)


def body_twice_after_junk(title: str, body: list[str]) -> Case:
    return [title, *body, AD_MARKER, *body], len(body)


def body_half_again(title: str, body: list[str]) -> Case:
    half = body[: max(2, len(body) // 2)]
    return [title, *body, *half], len(half)


def body_rewrapped(title: str, body: list[str]) -> Case:
    # The second copy joins paragraphs two by two (another extraction of the same page).
    joined = [" ".join(body[i : i + 2]) for i in range(0, len(body), 2)]
    return [title, *body, *joined], len(joined)


def body_hard_wrapped(title: str, body: list[str]) -> Case:
    # The second copy is hard-wrapped at 72 columns (a plain-text or e-mail version).
    wrapped = [line for paragraph in body for line in textwrap.wrap(paragraph, 72)]
    return [title, *body, AD_MARKER, *wrapped], len(wrapped)


def body_by_sentence(title: str, body: list[str]) -> Case:
    # The second copy sets each sentence on a line of its own (an app's or a reader view's).
    sentences = [s for paragraph in body for s in SENTENCE_END.split(paragraph) if s]
    return [title, *body, *sentences], len(sentences)


def truncated_lede_above(title: str, body: list[str]) -> Case:
    # The page's description above the story: its first paragraph cut at a word near 150
    # characters, with an ellipsis.
    cut = body[0][:150].rsplit(" ", 1)[0] if len(body[0]) > 150 else body[0][:-1]
    return [title, f"{cut}...", *body], 1


def first_sentence_above(title: str, body: list[str]) -> Case:
    # The page's description is the first paragraph's first sentence, set above it.
    first = SENTENCE_END.split(body[0])[0]
    if first == body[0]:
        return [title, *body], 0
    return [title, first, *body], 1


def pull_quote(title: str, body: list[str]) -> Case:
    # A sentence of the third paragraph printed again as a block of its own, after it.
    sentences = [s for s in SENTENCE_END.split(body[2]) if len(s.split()) >= 8]
    if not sentences:
        return [title, *body], 0
    return [title, *body[:3], sentences[-1], *body[3:]], 1


def lede_as_standfirst(title: str, body: list[str]) -> Case:
    return [title, body[0], *body], 1


SHAPES: dict[str, Shape] = {
    "title twice": titled(lambda t: t, adjacent=False),
    "title twice, in capitals": titled(str.upper, adjacent=False),
    "title twice, quoted": titled(lambda t: f"“{t}”", adjacent=False),
    "title tag: | site": titled(lambda t: f"{t} | The Daily Post", adjacent=True),
    "title tag: - site, after a byline": titled(lambda t: f"{t} - Example News", adjacent=False),
    "title tag: section | site": titled(lambda t: f"{t} – Politics | The Times", adjacent=True),
    "title tag: site | headline": titled(lambda t: f"The Daily Post | {t}", adjacent=True),
    "title tag: LABEL: headline": titled(lambda t: f"VIDEO: {t}", adjacent=True),
    "title tag above the headline": tag_above,
    "title tag at the end": tag_below,
    "body pasted twice": body_twice,
    "body pasted twice after junk": body_twice_after_junk,
    "first half pasted again": body_half_again,
    "body again, paragraphs joined": body_rewrapped,
    "body again, hard-wrapped": body_hard_wrapped,
    "body again, a sentence a line": body_by_sentence,
    "lede printed twice": lede_as_standfirst,
    "lede cut short above it": truncated_lede_above,
    "first sentence above the lede": first_sentence_above,
    "a sentence again as a pull quote": pull_quote,
}


def nonblank(text: str) -> Counter[str]:
    return Counter(line for line in text.split("\n") if line and line not in (BYLINE, AD_MARKER))


def articles(devset: Path, limit: int) -> list[tuple[str, list[str]]]:
    root = devset / "scrapinghub"
    found = []
    for line in (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        title = headline_of(record["url"])
        gold = (root / record["id"] / "gold.txt").read_text(encoding="utf-8")
        body = [line for line in gold.split("\n") if line.strip()]
        if title and len(body) >= 4:
            found.append((title, body))
    return found[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--docs", type=int, default=60, help="articles per shape")
    args = parser.parse_args()
    if not (args.devset / "scrapinghub" / "manifest.jsonl").exists():
        parser.error(f"no scrapinghub/manifest.jsonl under {args.devset}")
    cleaner = corpusclean.Cleaner()
    docs = articles(args.devset, args.docs)
    print(f"{'shape':36s} {'copies removed':>15s} {'article lost':>13s}   ({len(docs)} articles)")
    for name, shape in SHAPES.items():
        copies = left = lost = 0
        for title, body in docs:
            lines, copy = shape(title, body)
            alone = nonblank(cleaner.clean("\n".join([title, *body])).render())
            with_copy = nonblank(cleaner.clean("\n".join(lines)).render())
            copies += copy
            left += min(copy, sum((with_copy - alone).values()))
            lost += sum((alone - with_copy).values())
        print(f"{name:36s} {1 - left / copies:15.3f} {lost:13d}")


if __name__ == "__main__":
    main()

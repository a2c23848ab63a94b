"""How the comment-thread detector does on threads it has never seen, and on clean articles.

Usage::

    python benchmarks/comments_eval.py ../shared/devset [--seed 7]

1. Clean articles: every gold text of both dev sets (real pages only) is cleaned; any line
   the `comment_thread` detector removes from them is an error (they hold no thread).
2. Articles with a thread: each Scrapinghub gold article gets a reader thread appended in one
   of five shapes seen on real sites (WordPress "X says: / date at time / Reply", Disqus
   "name / N days ago / Reply · Share", rated "name / age / Rating: N Votes", Facebook-style
   "Like · Reply · 3y", numbered "#1 name date"), or two in another language on a page
   cleaned with the default English rules (WordPress de_DE "X sagt: / 4. März 2019 um 13:38
   Uhr / Antworten", Disqus in French "il y a 3 jours / Répondre · Partager ›"), without
   any heading a rule knows. The
   comments' text is sentences of *another* article of the set, so nothing marks them but
   their shape. Reported per shape: the share of thread lines removed (recall) and gold lines
   removed (must stay 0). The thresholds of the detector were set from these shapes, not
   tuned on this data; no site of the dev set was read to write it.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import corpusclean

Shape = Callable[[random.Random, str, str], list[str]]
NAMES = ["Maria K", "jdoe_77", "Tom", "Anonymous", "Priya Shah", "old_reader", "Lukas"]


def wordpress(rng: random.Random, name: str, body: str) -> list[str]:
    return [
        f"{name} says:",
        f"March {rng.randint(1, 28)}, 2019 at {rng.randint(1, 12)}:{rng.randint(10, 59)} pm",
        body,
        "Reply",
    ]


def disqus(rng: random.Random, name: str, body: str) -> list[str]:
    return [name, f"{rng.randint(2, 11)} days ago", body, f"{rng.randint(0, 40)} Reply · Share ›"]


def rated(rng: random.Random, name: str, body: str) -> list[str]:
    return [
        name,
        f"{rng.randint(2, 9)} days ago at {rng.randint(1, 12):02d}:{rng.randint(10, 59)} am",
        body,
        f"Rating: {rng.randint(1, 60)} Votes",
    ]


def facebook(rng: random.Random, name: str, body: str) -> list[str]:
    return [name, body, f"Like · Reply · {rng.randint(1, 9)}y"]


def numbered(rng: random.Random, name: str, body: str) -> list[str]:
    return [
        f"#{rng.randint(1, 99)} {name} {rng.randint(1, 28)}/{rng.randint(1, 12)}/2019 "
        f"{rng.randint(10, 23)}:{rng.randint(10, 59)}",
        body,
        "Report",
    ]


def wordpress_de(rng: random.Random, name: str, body: str) -> list[str]:
    """WordPress de_DE, on a page cleaned with the default (English) rules."""
    return [
        f"{name} sagt:",
        f"{rng.randint(1, 28)}. März 2019 um {rng.randint(10, 23)}:{rng.randint(10, 59)} Uhr",
        body,
        "Antworten",
    ]


def disqus_fr(rng: random.Random, name: str, body: str) -> list[str]:
    """Disqus in French, on a page cleaned with the default (English) rules."""
    return [name, f"il y a {rng.randint(2, 11)} jours", body, "Répondre · Partager ›"]


SHAPES: dict[str, Shape] = {
    "wordpress": wordpress,
    "disqus": disqus,
    "rated": rated,
    "facebook": facebook,
    "numbered": numbered,
    "wordpress_de": wordpress_de,
    "disqus_fr": disqus_fr,
}


def gold_texts(devset: Path) -> list[tuple[str, str]]:
    found = []
    for name in ("scrapinghub", "readability"):
        for line in (devset / name / "manifest.jsonl").read_text("utf-8").splitlines():
            entry = json.loads(line)
            path = devset / name / entry["id"] / "gold.txt"
            if not entry.get("fixture") and path.exists():
                found.append((f"{name}/{entry['id']}", path.read_text("utf-8")))
    return found


def thread_lines_removed(article: corpusclean.Article, first_thread_line: int) -> tuple[int, int]:
    """Article lines the detector removed, and thread lines removed by any rule or detector."""
    gold = thread = 0
    for removal in article.removed:
        span = removal.end - removal.start
        if removal.start >= first_thread_line:
            thread += span
        elif removal.rule == "comment_thread":
            gold += span
    return gold, thread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    golds = gold_texts(args.devset)
    lost = Counter()
    for label, text in golds:
        article = corpusclean.clean(text)
        lost[label] += sum(1 for r in article.removed if r.rule == "comment_thread")
    print(
        f"clean articles: {len(golds)} gold texts; comment_thread removed "
        f"{sum(lost.values())} lines from {sum(1 for v in lost.values() if v)} of them"
    )
    english = [(label, text) for label, text in golds if label.startswith("scrapinghub")]
    print("| thread shape | articles | thread lines removed | article lines removed as thread |")
    print("|---|---:|---:|---:|")
    for shape_name, shape in SHAPES.items():
        removed = total = gold_lost = 0
        for index, (_, text) in enumerate(english):
            other = english[(index + 1) % len(english)][1].splitlines()
            sentences = [s for s in other if 4 <= s.count(" ") < 40] or ["I agree."]
            thread = []
            for _ in range(rng.randint(2, 5)):
                thread += shape(rng, rng.choice(NAMES), rng.choice(sentences))
            lines = [line for line in text.splitlines() if line.strip()]
            article = corpusclean.clean("\n".join([*lines, *thread]))
            gold, taken = thread_lines_removed(article, len(lines))
            removed, total, gold_lost = removed + taken, total + len(thread), gold_lost + gold
        share = f"{removed / total:.3f} ({removed}/{total})"
        print(f"| {shape_name} | {len(english)} | {share} | {gold_lost} |")


if __name__ == "__main__":
    main()

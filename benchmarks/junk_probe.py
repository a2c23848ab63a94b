"""Probe the rules of each language with one junk line in a clean news story.

Usage::

    python benchmarks/junk_probe.py [--languages de,fr] [--language auto] [--details]

Each ``benchmarks/data/junk_probe/<code>.json`` holds a 12-paragraph news body written for the
probe in that language (no dev-set text), ``junk`` lines a site of that language prints around
a story (share, follow, newsletter, paywall, comments, related links, credits, cookie banners,
page controls, error reports, bylines, dates) and ``stay`` lines that look like junk but are
article content (sub-headings, short quotes, list items, Q&A lines, datelines, sentences that
use a junk word in another sense).

Every line is put, alone, at the top of the body, after its sixth paragraph and at its end, and
the document is cleaned. The report gives, per language, the share of junk lines removed at
each place, the must-stay lines removed (any place), and the body paragraphs lost over all
runs, which must be 0: a junk line that takes the story with it is the worst outcome. The
middle place sits at about half of the body's words; a comment-section heading there took the
prose below it as a thread until ``detect.restscope.REST_MIN_WORDS_BEFORE`` was raised to two
thirds (docs/benchmarks-log.md, "The comment-heading threshold, after the probe").
Edge-scoped rules (bylines, date lines, source lines) act only near the top and the end by
design, so their lines count as kept in the middle.
``--details`` lists each junk line kept and each must-stay line removed, with the rule.

The lists were written from knowledge of each language's big sites, blind to the rules, so the
first measurement of a list is a held-out result; once rules are written from a list it is not.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

import corpusclean

DATA_DIR = Path(__file__).parent / "data" / "junk_probe"

# Where the probe line goes: before the first paragraph, in the middle, after the last.
PLACES = {"top": 0, "middle": 6, "end": 12}
BODY_PARAGRAPHS = 12


@dataclass
class Outcome:
    """What happened to the probe lines of one list (junk or stay) in one language."""

    removed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PLACES, 0))
    body_lost: int = 0
    # line -> {place: rule or "-"}
    verdicts: dict[str, dict[str, str]] = field(default_factory=dict)
    # (line, place, rule) -> body paragraphs that run lost
    losses: dict[tuple[str, str, str], int] = field(default_factory=dict)


def load(code: str) -> dict[str, list[str]]:
    """One language's body, junk and stay lines, checked for shape."""
    data = json.loads((DATA_DIR / f"{code}.json").read_text(encoding="utf-8"))
    if len(data["body"]) != BODY_PARAGRAPHS:
        raise SystemExit(f"{code}.json: body must have {BODY_PARAGRAPHS} paragraphs")
    return {key: [str(line) for line in data[key]] for key in ("body", "junk", "stay")}


def probe(cleaner: corpusclean.Cleaner, body: list[str], lines: list[str]) -> Outcome:
    """Clean the body with each line at each place; record the rule that removed what."""
    out = Outcome()
    for line in lines:
        out.verdicts[line] = {}
        for place, at in PLACES.items():
            article = cleaner.clean("\n".join([*body[:at], line, *body[at:]]))
            rules = {r.text.strip(): r.rule for r in article.removed}
            out.verdicts[line][place] = rules.get(line.strip(), "-")
            out.removed[place] += line.strip() in rules
            for rule in {rules[p] for p in body if p in rules}:
                lost = sum(rules.get(p) == rule for p in body)
                out.losses[line, place, rule] = lost
                out.body_lost += lost
    return out


def report(code: str, config: corpusclean.Config, details: bool) -> list[str]:
    """The report lines of one language."""
    data = load(code)
    cleaner = corpusclean.Cleaner(config)
    junk = probe(cleaner, data["body"], data["junk"])
    stay = probe(cleaner, data["body"], data["stay"])
    n_junk, n_stay = len(data["junk"]), len(data["stay"])
    shares = " ".join(f"{p} {junk.removed[p] / n_junk:.2f}" for p in PLACES)
    stay_gone = sum(any(v != "-" for v in verdict.values()) for verdict in stay.verdicts.values())
    rows = [
        f"{code}: junk removed ({n_junk} lines) {shares} | must-stay removed "
        f"{stay_gone}/{n_stay} | body paragraphs lost {junk.body_lost + stay.body_lost}"
    ]
    return rows + (detail_rows(junk, stay) if details else [])


def detail_rows(junk: Outcome, stay: Outcome) -> list[str]:
    """Each junk line kept, must-stay line removed and body loss, then the junk removed."""
    kept = [(line, v) for line, v in junk.verdicts.items() if "-" in v.values()]
    lost = [(line, v) for line, v in stay.verdicts.items() if set(v.values()) != {"-"}]
    done = [(line, v) for line, v in junk.verdicts.items() if "-" not in v.values()]
    rows = [f"  kept junk  {_places(v)}  {line!r}" for line, v in kept]
    rows += [f"  LOST stay  {_places(v)}  {line!r}" for line, v in lost]
    rows += [
        f"  BODY LOST  {n} paragraph(s) by {rule} with {line!r} at {place}"
        for (line, place, rule), n in {**junk.losses, **stay.losses}.items()
    ]
    return rows + [f"  removed    {_places(v)}  {line!r}" for line, v in done]


def _places(verdict: dict[str, str]) -> str:
    return " | ".join(f"{verdict[p]:<20}" for p in PLACES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    codes = sorted(p.stem for p in DATA_DIR.glob("*.json"))
    parser.add_argument("--languages", default=",".join(codes), help="comma-separated codes")
    parser.add_argument("--language", default="auto", help="Config.language for the cleaner")
    parser.add_argument("--details", action="store_true", help="each line kept or lost, by rule")
    args = parser.parse_args()
    config = corpusclean.Config(language=args.language)
    for code in args.languages.split(","):
        print("\n".join(report(code, config, args.details)))


if __name__ == "__main__":
    main()

"""Derive the built-in rules' pattern readings into src/corpusclean/rules/data/readings.tsv.

The table spares every process reading the shipped patterns with the regular-expression
parser (`corpusclean.rules.readings` says why). It holds, for every built-in rule of every
language, each reading the rule matcher asks of its pattern (`corpusclean.rules.engine`):
the parts a line must hold, the top-level and leading alternatives, the pattern without
its leading lookaheads (and each leading alternative's, for the start oracle), those
lookaheads read apart (of the pattern and of each top-level alternative), the ASCII
starts of each pattern the start oracle asks (`corpusclean.rules.starts`), and the
keywords, read within the declared ones and alone, of the pattern and of each top-level
alternative, whether every match of the pattern holds a letter; and the literals of the page
features' split patterns' alternatives (which needs NumPy, as the page features' vector path
does). A reading not in the table is derived at run time, so the table may hold more than a
run asks, never a different answer: each entry is derived here by the same function.

    python scripts/gen_readings.py                  # rewrite the table for this Python
    python scripts/gen_readings.py --add-version    # list this Python too, if its readings agree
    python scripts/gen_readings.py --check          # exit 1 if the table is out of date here

The table lists the Python versions it is used on (`corpusclean.rules.readings`). Writing it
lists the running version only; ``--add-version``, run on another version with NumPy
installed, derives every reading there and adds that version when they are all the same
(else it changes nothing and exits 1). ``--check`` exits 1 when this version is not listed or
a reading derived here differs from the table's. Without NumPy the page features' literals
cannot be derived (`page_keys`), and ``--check`` compares the rules' readings only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from corpusclean.rules import Rule, builtin_languages, load_builtin_rules
from corpusclean.rules.fold import fold_case
from corpusclean.rules.literals import (
    LOOKAHEAD_OPENERS,
    alternatives,
    derived_now,
    leading_alternatives,
    reading_of,
    without_leading_lookarounds,
)
from corpusclean.rules.readings import READINGS_FILE, pattern_key, python_version

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "corpusclean" / "rules" / "data" / READINGS_FILE

Key = tuple[str, str, int, frozenset[str] | None]


def _flags(rule: Rule) -> int:
    # As the engine's `_re_flags`: the stdlib flags the trusted rules are read with.
    return (re.IGNORECASE if rule.ignore_case else 0) | (re.VERBOSE if rule.verbose else 0)


def keys_of(rule: Rule) -> Iterator[Key]:
    """The readings the rule matcher may ask of one built-in rule's pattern, as it reads
    it: behind the rule's guards (`Rule.with_guards_inlined`)."""
    pattern, flags = rule.guarded_pattern, _flags(rule)
    yield from (("parts", pattern, flags, None), ("alternatives", pattern, flags, None))
    yield ("letter", pattern, flags, None)  # `engine.RuleMatcher.letterless_plan`
    yield ("leading", pattern, flags, None)
    yield ("lookarounds", pattern, flags, None)
    yield ("starts", without_leading_lookarounds(pattern, flags), flags, None)
    head, leading, tail = leading_alternatives(pattern, flags)
    if len(leading) > 1:
        for part in leading:
            yield ("lookarounds", head + part + tail, flags, None)
            yield ("starts", without_leading_lookarounds(head + part + tail, flags), flags, None)
    # The leading lookaheads `engine._BodyFirst` reads of the pattern or an alternative it
    # is compiled by (only a source that opens with one is asked).
    for part in {pattern, *alternatives(pattern, flags)}:
        if part.startswith(LOOKAHEAD_OPENERS):
            yield ("lookaheads", part, flags, None)
    declared = frozenset(fold_case(k) for k in rule.keywords)
    if declared:
        for part in {pattern, *alternatives(pattern, flags)}:
            yield from (("keywords", part, flags, declared), ("keywords", part, flags, None))
    else:  # an anchored rule may be tried on its keywords (`engine._anchored_keywords`)
        yield ("keywords", pattern, flags, None)


def page_keys() -> Iterator[Key]:
    """The readings the page features ask: the literals of their split patterns'
    alternatives (`corpusclean.page.batch.literal_readers`). None without NumPy, which the
    page features' vector path needs: the table is derived where it is installed."""
    try:
        from corpusclean.page.batch import literal_readers
    except ImportError:
        return
    for reader in literal_readers():
        for source, flags in reader.literal_sources:
            yield ("literals", source, flags, None)


def derive_table() -> dict[str, Any]:
    """The table as JSON holds it, derived now from the shipped rule files: its keys too are
    read without the shipped table (`literals.derived_now`), so one run reaches the table
    that ``--check`` accepts, whatever the table on disk holds."""
    with derived_now():
        keys = {key for language in builtin_languages() for rule in load_builtin_rules(language)
                for key in keys_of(rule)} | set(page_keys())  # fmt: skip
        ordered = sorted(keys, key=lambda k: (k[0], k[1], k[2], sorted(k[3] or ()), k[3] is None))
        readings = [
            [kind, pattern, flags, None if within is None else sorted(within), reading]
            for kind, pattern, flags, within in ordered
            for reading in [reading_of(kind, pattern, flags, within)]
        ]
    return {"python": [python_version()], "readings": readings}


def render(table: dict[str, Any]) -> str:
    """The table's file text (`readings.READINGS_FILE`): one pattern a line, its key
    (`readings.pattern_key`), a tab and its readings in the table's order, so that a process
    decodes the readings of the patterns it asks for only, and a change shows in a diff."""
    by_pattern: dict[str, list[Any]] = {}
    for kind, pattern, flags, within, reading in table["readings"]:
        by_pattern.setdefault(pattern, []).append([kind, flags, within, reading])
    lines = [f"python\t{json.dumps(sorted(table['python']))}"] + [
        pattern_key(pattern).decode("utf-8") + "\t" + json.dumps(readings, ensure_ascii=False)
        for pattern, readings in by_pattern.items()
    ]
    return "\n".join(lines) + "\n"


def split_table(text: str) -> tuple[list[str], str]:
    """A table's file text as its listed versions and the lines after the first."""
    head, _, body = text.partition("\n")
    name, _, versions = head.partition("\t")
    return (json.loads(versions) if name == "python" else []), body


def rules_readings_only(body: str) -> str:
    """The table's lines after the first without the page features' literals (the readings
    of kind ``literals``, `page_keys`): the lines a run without NumPy derives, in another
    order."""
    kept = []
    for line in body.splitlines():
        key, _, readings = line.partition("\t")
        rules = [reading for reading in json.loads(readings) if reading[0] != "literals"]
        if rules:
            kept.append(key + "\t" + json.dumps(rules, ensure_ascii=False))
    return "\n".join(kept) + "\n"


def _has_page_keys() -> bool:
    return next(page_keys(), None) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    action.add_argument(
        "--add-version",
        action="store_true",
        help="list this Python version too when every reading derived here is the table's",
    )
    args = parser.parse_args(argv)
    versions, body = split_table(TABLE.read_text("utf-8") if TABLE.is_file() else "")
    derived = derive_table()
    _derived_versions, derived_body = split_table(render(derived))
    here = python_version()
    if args.check:
        if _has_page_keys():
            same = body == derived_body
        else:
            # A pattern's line stands where its first reading sorts, a page literal's too:
            # without them the lines are compared as a set.
            rules = rules_readings_only(body)
            same = sorted(rules.splitlines()) == sorted(derived_body.splitlines())
        if here not in versions or not same:
            print(
                f"{TABLE} is stale on Python {here}: run python scripts/gen_readings.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if args.add_version:
        if not _has_page_keys() or body != derived_body:
            print(
                f"Python {here} reads the patterns otherwise (or lacks NumPy): not listed",
                file=sys.stderr,
            )
            return 1
        derived["python"] = sorted({*versions, here})
    text = render(derived)
    TABLE.write_text(text, "utf-8")
    print(f"wrote {TABLE} ({len(text):,} characters, Python {', '.join(derived['python'])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

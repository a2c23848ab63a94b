"""Rewrite the built-in rule tables in docs/rules.md from src/corpusclean/rules/data/*.toml.

Four tables, each between two HTML comment markers in docs/rules.md (everything outside them is
left alone): the English rules in file order, the shape rules and the platform rules (shapes.toml
and platforms.toml, which every language gets) in file order, and which rule names each
language's file has.
The rule files are read through corpusclean's own loader, so a rule's defaults (scope "line",
not certain, 40 words) appear in the table exactly as the cleaner applies them.

    python scripts/gen_rules_doc.py           # rewrite the table
    python scripts/gen_rules_doc.py --check   # exit 1 if the table is out of date
    python scripts/gen_rules_doc.py --rules-file OTHER.toml   # another version of the file
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from corpusclean.rules import Rule, parse_rules
from corpusclean.rules.rule import PLATFORM_RULE_FILE, SHAPE_RULE_FILE

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "src" / "corpusclean" / "rules" / "data"
RULES_TOML = RULES_DIR / "news_en.toml"
RULES_DOC = ROOT / "docs" / "rules.md"
BEGIN = "<!-- BEGIN GENERATED RULE TABLE: scripts/gen_rules_doc.py rewrites this section -->"
END = "<!-- END GENERATED RULE TABLE -->"
LANG_BEGIN = (
    "<!-- BEGIN GENERATED LANGUAGE TABLE: scripts/gen_rules_doc.py rewrites this section -->"
)
LANG_END = "<!-- END GENERATED LANGUAGE TABLE -->"
PLATFORM_BEGIN = (
    "<!-- BEGIN GENERATED PLATFORM TABLE: scripts/gen_rules_doc.py rewrites this section -->"
)
PLATFORM_END = "<!-- END GENERATED PLATFORM TABLE -->"
SHAPE_BEGIN = "<!-- BEGIN GENERATED SHAPE TABLE: scripts/gen_rules_doc.py rewrites this section -->"
SHAPE_END = "<!-- END GENERATED SHAPE TABLE -->"

_MISSING_MARKERS = (
    "{doc} must contain the lines\n{begin}\n{end}\nonce each, in that order; "
    "add them where the rule table belongs and run this script again."
)


def _cell(text: str) -> str:
    """Escape a table cell: a pipe would end the cell."""
    return text.replace("|", "\\|")


def render_table(rules: Iterable[Rule]) -> str:
    """The Markdown table of rules, in file order, one row per rule."""
    lines = [
        "| Rule | Family | Scope | Certain | Max words | Reason |",
        "| --- | --- | --- | --- | ---: | --- |",
    ]
    lines += [
        f"| `{rule.name}` | {rule.family} | {rule.scope.value} | "
        f"{'yes' if rule.certain else 'no'} | {rule.max_words} | {_cell(rule.reason)} |"
        for rule in rules
    ]
    return "\n".join(lines)


def render_language_table(rule_sets: dict[str, list[Rule]]) -> str:
    """Which rule names each language's file has: one row per name, English's order first."""
    codes = sorted(rule_sets, key=lambda code: (code != "en", code))
    names: list[str] = []
    for code in codes:
        names += [rule.name for rule in rule_sets[code] if rule.name not in names]
    families = {rule.name: rule.family for code in codes for rule in rule_sets[code]}
    lines = [
        "| Rule | Family | " + " | ".join(f"`{code}`" for code in codes) + " |",
        "| --- | --- | " + " | ".join(":---:" for _ in codes) + " |",
    ]
    for name in names:
        cells = ["yes" if name in {r.name for r in rule_sets[code]} else "" for code in codes]
        lines.append(f"| `{name}` | {families[name]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def load_rule_sets(folder: Path = RULES_DIR) -> dict[str, list[Rule]]:
    """Every built-in rule file in ``folder``, by language code."""
    return {
        path.stem.removeprefix("news_"): parse_rules(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(folder.glob("news_*.toml"))
    }


def rewrite(doc: str, table: str, begin: str = BEGIN, end: str = END) -> str:
    """Return ``doc`` with the text between the markers replaced by ``table``."""
    head, found_begin, rest = doc.partition(begin)
    _, found_end, tail = rest.partition(end)
    if not found_begin or not found_end or begin in tail:
        raise ValueError(_MISSING_MARKERS.format(doc=RULES_DOC, begin=begin, end=end))
    return f"{head}{begin}\n\n{table}\n\n{end}{tail}"


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or with --check, verify) the generated section of docs/rules.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 when docs/rules.md is out of date",
    )
    parser.add_argument(
        "--rules-file",
        type=Path,
        default=RULES_TOML,
        help="the rule file to document (default: the built-in news_en.toml)",
    )
    args = parser.parse_args(argv)
    rules = parse_rules(args.rules_file.read_text(encoding="utf-8"), str(args.rules_file))
    current = RULES_DOC.read_text(encoding="utf-8")
    updated = rewrite(current, render_table(rules))
    languages = render_language_table(load_rule_sets(args.rules_file.parent))
    updated = rewrite(updated, languages, LANG_BEGIN, LANG_END)
    for name, begin, end in (
        (SHAPE_RULE_FILE, SHAPE_BEGIN, SHAPE_END),
        (PLATFORM_RULE_FILE, PLATFORM_BEGIN, PLATFORM_END),
    ):
        shared = args.rules_file.parent / name
        shared_rules = parse_rules(shared.read_text(encoding="utf-8"), str(shared))
        updated = rewrite(updated, render_table(shared_rules), begin, end)
    if args.check:
        if updated != current:
            print(
                f"{RULES_DOC} is out of date; run python scripts/gen_rules_doc.py", file=sys.stderr
            )
            return 1
        return 0
    if updated != current:
        RULES_DOC.write_text(updated, encoding="utf-8")
        print(f"rewrote the rule tables in {RULES_DOC} ({len(rules)} English rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

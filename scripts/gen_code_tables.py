"""Derive the page features' code-point tables into src/corpusclean/page/data/code_tables.json.

The tables (`corpusclean.page.chars`: each code point's category and case codes, and the
runs of word characters) are derived by testing every code point, about 55 CPU ms of every
page-mode process's first page. They depend only on the Python version, its Unicode version
and the character sets of `chars`, so this script derives them once and ships them, with
those values (`chars.code_tables_key`): a process whose values differ derives the tables
itself, with the same result.

    python scripts/gen_code_tables.py           # rewrite the file
    python scripts/gen_code_tables.py --check   # exit 1 if the file is out of date

Run it with the Python version the project ships the tables for.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from corpusclean.page.chars import CODE_TABLES_FILE, derived_code_tables

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "src" / "corpusclean" / "page" / "data" / CODE_TABLES_FILE


def render(tables: dict[str, Any]) -> str:
    """The file's text: one JSON object, a member a line, so that a change shows in a diff."""
    members = [
        f"{json.dumps(name)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}"
        for name, value in tables.items()
    ]
    return "{\n" + ",\n".join(members) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render(derived_code_tables())
    if args.check:
        current = TABLES.read_text("utf-8") if TABLES.is_file() else ""
        if current != text:
            print(f"{TABLES} is stale: run python scripts/gen_code_tables.py", file=sys.stderr)
            return 1
        return 0
    TABLES.write_text(text, "utf-8")
    print(f"wrote {TABLES} ({len(text):,} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

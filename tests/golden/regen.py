"""Rewrite the golden files from the cleaner's current output on the seeds.

Usage: python tests/golden/regen.py [--check]

The checked-in golden files are reviewed truth, not a snapshot: after regenerating, read the
diff line by line against the seed text (every junk line gone, every real line kept) before
committing. With --check, only report which seeds differ from their golden file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).resolve().parent
SEEDS = GOLDEN.parent.parent / "seeds"


def golden_record(text: str) -> dict[str, Any]:
    """The golden form of the cleaner's output: title, paragraphs, removed [text, rule]."""
    import corpusclean

    article = corpusclean.clean(text)
    return {
        "title": article.title,
        "paragraphs": list(article.paragraphs),
        "removed": [[removal.text, removal.rule] for removal in article.removed],
    }


def main(argv: list[str]) -> int:
    check = "--check" in argv
    differing = []
    for seed in sorted(SEEDS.glob("*.txt")):
        record = golden_record(seed.read_text(encoding="utf-8"))
        path = GOLDEN / f"{seed.stem}.json"
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        if old is not None and {k: old.get(k) for k in record} == record:
            continue
        differing.append(seed.stem)
        if not check:
            if old is not None and "xfail" in old:
                record["xfail"] = old["xfail"]
            path.write_text(
                json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    print(("differ: " if check else "rewrote: ") + (", ".join(differing) or "none"))
    return 1 if check and differing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

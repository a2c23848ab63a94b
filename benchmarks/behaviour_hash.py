"""Hash what the cleaner outputs on the dev set, to check that a speed-up changes nothing.

Usage::

    python benchmarks/behaviour_hash.py ../shared/devset [--verbose]

For every ``gold.txt``, ``lenient.txt`` and ``fullpage.txt`` of both dev sets, and for the
page-speed benchmark's adversarial inputs at a small size, the cleaner runs in modes auto,
page and article and with ``Config.minimal()``; the SHA-256 of every ``Article.to_dict()``
(as sorted-key JSON) is folded into one digest per mode for the dev-set files and one for
the adversarial inputs, printed with the total. A pure speed-up leaves every digest
unchanged; ``--verbose`` prints one digest per input as well,
to find which inputs a change moved.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from page_speed import ADVERSARIAL, DEV_SETS

FILES = ("gold.txt", "lenient.txt", "fullpage.txt")
# Small enough to run in seconds, large enough that every adversarial shape has many lines.
ADVERSARIAL_SIZE = 6000


def inputs(root: Path) -> list[tuple[str, str]]:
    """(name, text) of every dev-set file and adversarial input, in a fixed order."""
    found = [
        (str(path.relative_to(root)), path.read_text(encoding="utf-8"))
        for name in DEV_SETS
        for path in sorted((root / name).glob("*/*.txt"))
        if path.name in FILES
    ]
    if not found:
        raise SystemExit(f"no dev-set files under {root}")
    for kind, make in ADVERSARIAL.items():
        found.append((f"adversarial/{kind}", make(ADVERSARIAL_SIZE, random.Random(13))))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    import corpusclean

    configs = {
        "auto": corpusclean.Config(mode="auto"),
        "page": corpusclean.Config(mode="page"),
        "article": corpusclean.Config(mode="article"),
        "minimal": corpusclean.Config.minimal(),
    }
    texts = inputs(args.devset)
    total = hashlib.sha256()
    for mode, config in configs.items():
        cleaner = corpusclean.Cleaner(config)
        digests = {"dev": hashlib.sha256(), "adversarial": hashlib.sha256()}
        for name, text in texts:
            record = json.dumps(cleaner.clean(text, id=name).to_dict(), sort_keys=True)
            one = hashlib.sha256(record.encode("utf-8", "surrogatepass")).hexdigest()
            part = "adversarial" if name.startswith("adversarial/") else "dev"
            digests[part].update(one.encode())
            if args.verbose:
                print(f"{mode}\t{name}\t{one[:16]}")
        for part, digest in digests.items():
            total.update(digest.hexdigest().encode())
            print(f"{mode:<8} {part:<12} {digest.hexdigest()[:24]}")
    print(f"{'all':<21} {total.hexdigest()[:24]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build a JSON-lines speed corpus from a development-set folder, at run time.

Usage::

    python benchmarks/make_corpus.py ../shared/devset/scrapinghub /tmp/corpus.jsonl
        [--kinds lenient,gold] [--repeat 1]

Each output line is ``{"id": ..., "source": kind, "text": ...}``. The dev-set texts are licensed
separately and must not be committed: write the corpus outside the repository (``/tmp``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

DEFAULT_KINDS = ("lenient", "gold")


def document_ids(devset: Path) -> list[str]:
    """Ids in manifest order, or the sorted folder names when there is no manifest."""
    manifest = devset / "manifest.jsonl"
    if manifest.exists():
        lines = manifest.read_text(encoding="utf-8").splitlines()
        return [json.loads(line)["id"] for line in lines if line.strip()]
    return sorted(p.name for p in devset.iterdir() if (p / "gold.txt").exists())


def iter_records(devset: Path, kinds: Sequence[str], repeat: int = 1) -> Iterator[dict[str, str]]:
    """Yield one record per document, kind and repetition."""
    ids = document_ids(devset)
    if not ids:
        raise SystemExit(f"no documents under {devset}: expected folders holding gold.txt")
    for rep in range(repeat):
        for kind in kinds:
            for doc_id in ids:
                text = (devset / doc_id / f"{kind}.txt").read_text(encoding="utf-8")
                suffix = f"#{rep}" if repeat > 1 else ""
                yield {"id": f"{doc_id}/{kind}{suffix}", "source": kind, "text": text}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="dev-set folder (../shared/devset/scrapinghub)")
    parser.add_argument("out", type=Path, help="JSON-lines file to write (keep it out of the repo)")
    parser.add_argument(
        "--kinds",
        default=",".join(DEFAULT_KINDS),
        help="comma-separated files to take from each document (lenient, gold, fullpage)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="write the corpus this many times")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    count = size = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for record in iter_records(args.devset, kinds, args.repeat):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
            size += len(record["text"].encode("utf-8"))
    print(f"wrote {count} documents, {size / 1e6:.2f} MB of text, to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

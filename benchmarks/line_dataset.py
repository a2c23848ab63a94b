"""Build a labelled line dataset of extracted article text for a junk-line model.

Usage::

    python benchmarks/line_dataset.py /work/shared/devset --out /tmp/lines.jsonl

Two sources, one JSON row per line, in a fixed order (the output is deterministic):

- The junk probe (``benchmarks/data/junk_probe/<round>.json``): every junk and must-stay line
  put alone at the top, after the sixth paragraph and at the end of the round's 12-paragraph
  body, as ``junk_probe.py`` places it; ``junk`` lines are labelled 1, ``stay`` lines and the
  body paragraphs (once per document) 0. ``group`` is ``probe``, ``round`` the file's stem
  (``en``, ``en2``, ... a round is a file), ``lang`` its language.
- The dev sets' ``lenient`` inputs (real pages only; with ``--kinds lenient,fullpage`` also
  the ``fullpage`` inputs, ``group`` ``dev-<set>-fullpage``): each non-empty line labelled by
  ``benchmarks/quality.py``'s :func:`label_line` against the page's gold (``junk`` 1, ``gold``
  0; ``partial``, ``surplus`` and ``empty`` lines are kept with ``label`` null, they are
  neither), with the page's site, leave-site-out ``half`` and language, and ``kept`` (the line
  is still in the output of ``corpusclean.clean`` in auto mode: the lines a new detector would
  act on).

Each row carries its neighbourhood (previous and next line, the line's index and the number of
lines), so context features can be computed from the row alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from junk_probe import DATA_DIR, PLACES
from junk_probe import load as load_probe
from quality import (
    LANG_LABELS,
    GoldIndex,
    half_of,
    label_line,
    language_of,
    line_key,
    load_devset,
    select_docs,
    site_of,
)

import corpusclean

DEV_SETS = ("scrapinghub", "readability")
LABELS = {"junk": 1, "gold": 0}


def context_rows(lines: Sequence[str]) -> Iterator[dict[str, Any]]:
    """One row per line of a document: the line, its neighbours and its place."""
    for i, line in enumerate(lines):
        yield {
            "text": line,
            "prev": lines[i - 1] if i else "",
            "next": lines[i + 1] if i + 1 < len(lines) else "",
            "index": i,
            "n_lines": len(lines),
        }


def probe_rows(code: str) -> Iterator[dict[str, Any]]:
    """The rows of one probe round: each probe line at each place, and the body once."""
    data = load_probe(code)
    lang = json.loads((DATA_DIR / f"{code}.json").read_text("utf-8"))["language"]
    meta = {"group": "probe", "round": code, "lang": lang, "site": f"probe-{code}", "half": ""}
    body = data["body"]
    for row in context_rows(body):
        yield {**row, **meta, "kind": "body", "label": 0, "place": ""}
    for kind, label in (("junk", 1), ("stay", 0)):
        for line in data[kind]:
            for place, at in PLACES.items():
                doc = [*body[:at], line, *body[at:]]
                row = next(r for r in context_rows(doc) if r["index"] == at)
                yield {**row, **meta, "kind": kind, "label": label, "place": place}


def dev_rows(devset: Path, name: str, kind: str) -> Iterator[dict[str, Any]]:
    """The labelled lines of one input kind of one dev set's real pages."""
    docs = select_docs(load_devset(devset / name, (kind,)), pages="real")
    langs = json.loads(LANG_LABELS.read_text("utf-8")) if LANG_LABELS.exists() else {}
    config = corpusclean.Config(mode="auto")
    cleaner = corpusclean.Cleaner(config)
    for doc in docs:
        gold = GoldIndex.build(doc.gold)
        kept = {line_key(x) for x in cleaner.clean(doc.inputs[kind]).text.splitlines()}
        lines = [x for x in doc.inputs[kind].splitlines() if x.strip()]
        meta = {
            "group": f"dev-{name}" if kind == "lenient" else f"dev-{name}-{kind}",
            "round": "",
            "lang": language_of(doc, langs),
            "site": site_of(doc),
            "half": half_of(doc),
            "doc": doc.id,
        }
        for row in context_rows(lines):
            label = label_line(row["text"], gold)
            yield {
                **row,
                **meta,
                "kind": label,
                "label": LABELS.get(label),
                "kept": line_key(row["text"]) in kept,
            }


def build(devset: Path, rounds: Sequence[str], kinds: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Every row: the probe rounds in the order given, then each dev set's inputs."""
    for code in rounds:
        yield from probe_rows(code)
    for name in DEV_SETS:
        for kind in kinds:
            if (devset / name).is_dir():
                yield from dev_rows(devset, name, kind)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("devset", type=Path, help="folder holding scrapinghub/ and readability/")
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    rounds = sorted(p.stem for p in DATA_DIR.glob("*.json"))
    parser.add_argument("--rounds", default=",".join(rounds), help="probe rounds to include")
    parser.add_argument(
        "--kinds",
        default="lenient",
        help="dev inputs: lenient, or lenient,fullpage (page lines as more training data)",
    )
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as out:
        for row in build(args.devset.resolve(), args.rounds.split(","), args.kinds.split(",")):
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()

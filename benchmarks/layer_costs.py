"""What each layer of the article path costs a pass: the cleaner timed with its layers turned
off one after another, against ftfy on the same texts.

Usage::

    python benchmarks/layer_costs.py CORPUS.jsonl [--corpora ascii,ordinary] [--repeat 5]

What it answers (issue #8): how far a target is from what the pipeline costs without the work
that can be turned off. Each row is a `Config` that turns off one more layer than the row above
it (`LAYERS`): the evidence detectors, then the rules, then the in-document duplicates and the
title check, then language identification (the language given). The last row is the floor of
reading, normalising and splitting the text and building the `Article`; a row's ``layer``
column is what the layer it turns off cost (the row above minus this one). Turning a layer off
changes what the later layers read (fewer lines removed, other duplicates), so a layer's cost is
measured in this order only; it is a budget, not an attribution.

One process, the corpus variants of `speed.py` (``ordinary``, ``ascii``, ``dirty``), one
`Cleaner` a row reused over the corpus (as ``Cleaner.clean (reused)`` in `speed.py`), one warm
pass, then ``--repeat`` passes of every row interleaved; each row's median of process CPU time,
and ``x ftfy`` as the ratio of ftfy's median to the row's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ftfy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speed  # the corpora and their variants are speed.py's

# Each layer's name and the Config fields that turn it off, in the order they are turned off:
# a row turns off its layer and every layer above it.
LAYERS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("evidence detectors", {"evidence": False}),
    ("rules", {"builtin_rules": False}),
    ("duplicates and title", {"dedupe_blocks": False, "detect_title": False}),
    ("language identification", {"language": "en"}),
)


@dataclass(frozen=True)
class Row:
    """One timed configuration: its label, the layer it turns off (None for everything on),
    and its median CPU seconds a pass."""

    label: str
    layer: str | None
    seconds: float


def layer_configs(mode: str | None = None) -> list[tuple[str | None, dict[str, Any]]]:
    """The rows' Config fields: everything on, then each layer turned off in turn, keeping
    the layers turned off above it."""
    base: dict[str, Any] = {} if mode is None else {"mode": mode}
    rows: list[tuple[str | None, dict[str, Any]]] = [(None, dict(base))]
    for name, fields in LAYERS:
        base = {**base, **fields}
        rows.append((name, dict(base)))
    return rows


def median_passes(
    funcs: Sequence[Callable[[str], object]], texts: Sequence[str], repeat: int
) -> list[float]:
    """Each function's median CPU seconds over the texts (`speed.time_pass`, as speed.py's
    rows), passes interleaved after a warm one."""
    for func in funcs:
        speed.time_pass(func, texts)
    spent: list[list[float]] = [[] for _ in funcs]
    for _ in range(repeat):
        for func, times in zip(funcs, spent, strict=True):
            times.append(speed.time_pass(func, texts)[0])
    return [statistics.median(times) for times in spent]


def layer_rows(texts: Sequence[str], repeat: int, mode: str | None = None) -> list[Row]:
    """ftfy's row, then the cleaner's with layers turned off (`layer_configs`)."""
    from corpusclean import Cleaner, Config

    configs = layer_configs(mode)
    funcs: list[Callable[[str], object]] = [ftfy.fix_text]
    funcs += [Cleaner(Config(**fields)).clean for _, fields in configs]
    seconds = median_passes(funcs, texts, repeat)
    rows = [Row("ftfy.fix_text", None, seconds[0])]
    for (layer, _), spent in zip(configs, seconds[1:], strict=True):
        rows.append(Row("everything on" if layer is None else f"- {layer}", layer, spent))
    return rows


def format_rows(label: str, rows: Sequence[Row]) -> str:
    """The table of one corpus: CPU s a pass, x ftfy, and what each layer turned off cost."""
    ftfy_seconds = rows[0].seconds
    lines = [f"{label}: {'row':<32} {'CPU s':>7} {'x ftfy':>7} {'layer':>7}"]
    above: float | None = None
    for row in rows:
        layer = "" if above is None or row.layer is None else f"{above - row.seconds:7.3f}"
        ratio = ftfy_seconds / row.seconds if row.seconds else float("inf")
        lines.append(
            f"{'':{len(label) + 1}} {row.label:<32} {row.seconds:7.3f} {ratio:7.2f} {layer:>7}"
        )
        if row.label != "ftfy.fix_text":
            above = row.seconds
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON lines with a 'text' field")
    parser.add_argument(
        "--corpora", default="ascii,ordinary", help="variants: ordinary, dirty, ascii"
    )
    parser.add_argument("--repeat", type=int, default=5, help="timed passes a row (>= 3)")
    parser.add_argument("--mode", default=None, help="Config.mode (default: the library's)")
    parser.add_argument("--seed", type=int, default=13, help="seed of the dirty variant")
    args = parser.parse_args(argv)
    if args.repeat < 3:
        parser.error("--repeat must be at least 3 for a median")
    texts = speed.load_corpus(args.corpus)
    variants: dict[str, Callable[[], list[str]]] = {
        "ordinary": lambda: texts,
        "dirty": lambda: speed.make_dirty(texts, args.seed),
        "ascii": lambda: speed.make_ascii(texts),
    }
    chosen = [name.strip() for name in args.corpora.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(variants))
    if unknown:
        parser.error(f"--corpora: unknown {unknown}; choose from {sorted(variants)}")
    print(f"median of {args.repeat} passes, CPU seconds a pass, {len(texts)} documents")
    for name in chosen:
        print(format_rows(name, layer_rows(variants[name](), args.repeat, args.mode)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

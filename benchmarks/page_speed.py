"""Time page mode against ftfy on whole-page text, and on adversarial inputs at two sizes.

Usage::

    python benchmarks/page_speed.py ../shared/devset [--repeat 5] [--sizes 50000,200000]
        [--json OUT]

The folder holds the dev sets (``scrapinghub/`` and ``readability/``); every
``<id>/fullpage.txt`` in them is one page. One process, one run: rows are timed in
interleaved rounds (one pass of every row per round, after a warm-up pass), each pass on
every text, and a row's time is the median over rounds of process CPU time
(``time.process_time``; the machine is shared). ``x ftfy`` is the row's throughput over
``ftfy.fix_text`` on the same texts, given twice: as the ratio of the medians and as the
median over rounds of the ratio within a round. The warm-up pass is printed too: it is
where the rule patterns and the page features' character classes are compiled.

The adversarial inputs are generated (seeded) at each size of ``--sizes`` (characters), and
cleaned in page mode, the most expensive mode, or the mode ``--adversarial-mode`` names;
``growth`` is the time at the largest size over the time at the smallest, to compare with
the size ratio (linear work grows alike).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import ftfy
from speed import load_corpus, make_ascii, mojibake, time_pass

DEV_SETS = ("scrapinghub", "readability")
# Characters of the control-character input: C0 controls, lone surrogates, carriage returns
# (alone they end lines too), a little text, and line feeds.
CONTROL_POOL = (
    [chr(c) for c in range(32)]
    + ["\r"] * 8
    + [chr(c) for c in range(0xD800, 0xD810)]
    + [chr(c) for c in range(0xDC00, 0xDC10)]
    + list("ab c\n")
)
PARAGRAPH = (
    "The council voted on Tuesday to approve a budget that raises spending on schools, "
    "roads and public transport by almost ten percent next year, officials said."
)


def load_pages(root: Path) -> list[str]:
    """The text of every ``fullpage.txt`` of the dev sets under ``root``, in a fixed order."""
    pages = [
        path.read_text(encoding="utf-8")
        for name in DEV_SETS
        for path in sorted((root / name).glob("*/fullpage.txt"))
    ]
    if not pages:
        raise SystemExit(f"no */fullpage.txt under {root}/{{{','.join(DEV_SETS)}}}")
    return pages


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The input options of the tools that profile one stage: dev full pages or a speed corpus."""
    parser.add_argument(
        "devset", type=Path, nargs="?", help="folder holding scrapinghub/ and readability/"
    )
    parser.add_argument("--mode", choices=("page", "auto"), default="page")
    parser.add_argument("--corpus", type=Path, help="a speed corpus instead of the dev pages")
    parser.add_argument("--variant", choices=("ascii", "ordinary"), default="ascii")


def chosen_texts(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> tuple[list[str], str | None, str]:
    """The texts, the mode (``None``: the library's default) and a label for the input that
    ``add_input_arguments`` parsed.

    A speed corpus (``--corpus``, its ``--variant``) is cleaned in the library's default mode,
    the article path; the dev full pages in ``--mode``.
    """
    if (args.devset is None) == (args.corpus is None):
        parser.error("give the dev set folder or --corpus, not both")
    if args.corpus is not None:
        texts = load_corpus(args.corpus)
        texts = make_ascii(texts) if args.variant == "ascii" else texts
        return texts, None, f"{args.variant} corpus, default mode"
    return load_pages(args.devset), args.mode, f"dev full pages, {args.mode} mode"


def chosen_input(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> tuple[list[str], Any, str]:
    """The texts, a ``Cleaner`` and a label for the input that ``add_input_arguments`` parsed."""
    import corpusclean

    texts, mode, label = chosen_texts(parser, args)
    config = corpusclean.Config() if mode is None else corpusclean.Config(mode=mode)
    return texts, corpusclean.Cleaner(config), label


def one_character_lines(size: int, rng: random.Random) -> str:
    return "\n".join(
        rng.choice("abcdefghijklmnopqrstuvwxyzABC0123456789.,-|>*") for _ in range(size // 2)
    )


def control_characters(size: int, rng: random.Random) -> str:
    return "".join(rng.choice(CONTROL_POOL) for _ in range(size))


def one_long_line(size: int, rng: random.Random) -> str:
    words = PARAGRAPH.split()
    return " ".join(rng.choice(words) for _ in range(size // 6))[:size]


def repeated_paragraph(size: int, rng: random.Random) -> str:
    return "\n".join([PARAGRAPH] * (size // (len(PARAGRAPH) + 1)))


def brackets_and_dots(size: int, rng: random.Random) -> str:
    pieces = ("(", "[", "{", ".", "..", " ", "\n", "a", "http://", "www.", "&#", "@")
    return "".join(rng.choice(pieces) for _ in range(size // 2))[:size]


def unclosed_brackets(size: int, rng: random.Random) -> str:
    line = "".join(rng.choice("([{<") for _ in range(200))
    return "\n".join(line for _ in range(size // 201))


def dots(size: int, rng: random.Random) -> str:
    return "\n".join("." * rng.randint(1, 400) for _ in range(size // 200))[:size]


def url_runs(size: int, rng: random.Random) -> str:
    parts = ("http://", "www.", ".com", "/", "a", "@", "#", ".html", "?q=", "&")
    lines = ("".join(rng.choice(parts) for _ in range(40)) for _ in range(size // 150))
    return "\n".join(lines)[:size]


def short_lines(size: int, rng: random.Random) -> str:
    """Lines of 4 to 8 letters: too long for the tiny-line guard, one token each."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    lines = ("".join(rng.choice(letters) for _ in range(rng.randint(4, 8))) for _ in range(size))
    return "\n".join(lines)[:size]


def digit_column(size: int, rng: random.Random) -> str:
    """An article over a column of lines of digits (a table's column, a page's numbering):
    a comment screen once read the whole column again from each of its lines."""
    article = "\n\n".join([PARAGRAPH] * 4)
    cells = (rng.choice(("\n", "\n\n")) + str(rng.randint(0, 999)) for _ in range(size // 3))
    return (article + "".join(cells))[:size]


def mojibake_runs(size: int, rng: random.Random) -> str:
    line = mojibake("Café “quoted” — naïve résumé, São Paulo, 東京")
    return "\n".join(line for _ in range(size // (len(line) + 1)))


ADVERSARIAL: dict[str, Callable[[int, random.Random], str]] = {
    "one-character lines": one_character_lines,
    "controls, surrogates, CRs": control_characters,
    "one long line": one_long_line,
    "a paragraph repeated": repeated_paragraph,
    "brackets, dots, URL-like runs": brackets_and_dots,
    "unclosed brackets": unclosed_brackets,
    "dots": dots,
    "URL-like runs": url_runs,
    "short lines": short_lines,
    "mojibake lines": mojibake_runs,
    "a column of digit lines": digit_column,
}


def time_rows(
    rows: Sequence[tuple[str, Callable[[str], object]]], texts: Sequence[str], repeat: int
) -> dict[str, dict[str, Any]]:
    """Warm-up pass, then ``repeat`` interleaved rounds; CPU seconds per pass of each row."""
    warm = {name: time_pass(func, texts)[0] for name, func in rows}
    passes: dict[str, list[float]] = {name: [] for name, _ in rows}
    for _ in range(repeat):
        for name, func in rows:
            passes[name].append(time_pass(func, texts)[0])
    return {
        name: {"warm_up": warm[name], "median": statistics.median(p), "passes": p}
        for name, p in passes.items()
    }


def ratios(row: dict[str, Any], ref: dict[str, Any]) -> tuple[float, float]:
    """Throughput over ftfy's: ratio of the medians, and median of the paired ratios."""
    paired = statistics.median(r / t for r, t in zip(ref["passes"], row["passes"], strict=True))
    return ref["median"] / row["median"], paired


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="folder holding scrapinghub/ and readability/")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds (>= 3)")
    parser.add_argument("--sizes", default="50000,200000", help="adversarial input sizes")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="write the results as JSON to this file")
    parser.add_argument("--adversarial-only", action="store_true", help="skip the dev-set pages")
    parser.add_argument("--pages-only", action="store_true", help="skip the adversarial inputs")
    parser.add_argument(
        "--adversarial-mode",
        choices=("page", "auto", "article"),
        default="page",
        help="the mode to clean the adversarial inputs in (default page, the most expensive)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 3:
        parser.error("--repeat must be at least 3 for a median")
    import corpusclean

    page = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    sizes = [int(s) for s in args.sizes.split(",")]
    adversarial_clean = corpusclean.Cleaner(corpusclean.Config(mode=args.adversarial_mode)).clean
    if args.adversarial_only:
        time_adversarial(sizes, args.repeat, args.seed, adversarial_clean, args.adversarial_mode)
        return 0
    auto = corpusclean.Cleaner(corpusclean.Config(mode="auto"))
    pages = load_pages(args.devset)
    nbytes = sum(len(t.encode("utf-8", "surrogatepass")) for t in pages)
    print(
        f"python {sys.version.split()[0]}, ftfy {ftfy.__version__}, corpusclean "
        f"{corpusclean.__version__}; {len(pages)} pages, {nbytes / 1e6:.2f} MB; "
        f"median of {args.repeat} rounds, CPU seconds"
    )
    rows = [("ftfy.fix_text", ftfy.fix_text), ("page mode", page.clean), ("auto mode", auto.clean)]
    pages_result = time_rows(rows, pages, args.repeat)
    ref = pages_result["ftfy.fix_text"]
    print(
        f"{'full pages':<32}{'warm-up s':>10}{'median s':>10}{'MB/s':>8}{'x ftfy':>8}{'paired':>8}"
    )
    for name, row in pages_result.items():
        of_medians, paired = ratios(row, ref)
        print(
            f"  {name:<30}{row['warm_up']:>10.3f}{row['median']:>10.3f}"
            f"{nbytes / row['median'] / 1e6:>8.2f}{of_medians:>8.3f}{paired:>8.3f}"
        )
    adversarial = (
        {}
        if args.pages_only
        else time_adversarial(
            sizes, args.repeat, args.seed, adversarial_clean, args.adversarial_mode
        )
    )
    if args.json:
        payload = {"pages": pages_result, "adversarial": adversarial, "nbytes": nbytes}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


def time_adversarial(
    sizes: Sequence[int],
    repeat: int,
    seed: int,
    clean: Callable[[str], object],
    mode: str = "page",
) -> dict[str, dict[int, float]]:
    """CPU seconds (median) of each adversarial input at each size in one mode, and growth."""
    growth_label = f"growth x{max(sizes) / min(sizes):g}"
    header = "".join(f"{f'{size} chars':>14}" for size in sizes)
    print(f"{f'adversarial, {mode} mode':<32}{header}{growth_label:>12}")
    out: dict[str, dict[int, float]] = {}
    for kind, make in ADVERSARIAL.items():
        times = {}
        for size in sizes:
            text = make(size, random.Random(seed))
            result = time_rows([(kind, clean)], [text], repeat)
            times[size] = result[kind]["median"]
        out[kind] = times
        cells = "".join(f"{times[size]:>14.3f}" for size in sizes)
        print(f"  {kind:<30}{cells}{times[max(sizes)] / times[min(sizes)]:>12.2f}")
    return out


if __name__ == "__main__":
    sys.exit(main())

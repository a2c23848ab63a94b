"""Time corpusclean against ftfy on the same texts, stage by stage: ordinary, dirty, ASCII.

Usage::

    python benchmarks/make_corpus.py ../shared/devset/scrapinghub /tmp/corpus.jsonl
    python benchmarks/speed.py /tmp/corpus.jsonl [--repeat 7] [--seed 13] [--json OUT]
        [--corpora ordinary,dirty,ascii]

One process, one run: every timed function sees the same list of texts. Each row is the median
over ``--repeat`` passes (after one warm-up pass, passes of all rows interleaved) of calling the
function on every text. Throughput is UTF-8 bytes of *input* per second of process CPU time
(``time.process_time``: the benchmark machines are shared, and CPU time is what another load
disturbs least; median wall time is printed beside it). ``x ftfy`` is the row's throughput over
``ftfy.fix_text`` (default settings) on the same corpus, so higher is faster. The target
lines give it twice: as the ratio of the medians, and as the median over rounds of the ratio
within a round (the passes of one round run back to back, so a slow spell of a shared machine
hits both sides alike). A target counts as met only when both reach it.

The dirty corpus is the same texts with seeded damage typical of scraped news: mojibake
(UTF-8 read as Windows-1252) on some paragraphs, no-break spaces, CRLF line ends, a repeated
paragraph, and inserted boilerplate lines.

The ASCII corpus is the same texts with curly quotes and dashes made ASCII and every other
non-ASCII character dropped: a stand-in for older, nearly pure-ASCII news, on which ftfy
takes its fast path (it returns a line of ASCII without entities almost at once), so the
cleaner's own per-line costs show.

Pipeline stages are timed alone: each stage's input is precomputed by running the stages before
it once, so a stage row is the cost of that stage only. ``corpusclean.clean`` is the
module-level function (it reuses one ``Cleaner`` per ``Config``, `shared_cleaner`, and checks
its argument on every call); ``Cleaner.clean (reused)`` is the cost when one cleaner serves
the whole corpus, as ``Cleaner.clean_many`` does.

Peak memory is measured in a separate pass (tracemalloc slows code down, so it is never on
while timing): the tracemalloc peak of cleaning the whole corpus with ``Cleaner.clean_many``
while discarding the articles, and the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ftfy
import ftfy.bad_codecs  # registers the sloppy-windows-1252 codec

# Share of paragraphs (or documents, for CRLF and repeats) given each kind of damage.
MOJIBAKE_SHARE = 0.15
NBSP_SHARE = 0.2
CRLF_SHARE = 0.3
REPEAT_SHARE = 0.25
BOILERPLATE_LINES = (
    "Share this on Facebook",
    "Share this on Twitter",
    "Subscribe to our newsletter",
    "Advertisement",
    "ADVERTISEMENT",
    "Read more: Ten things you missed this week",
    "Sign up for our daily briefing",
    "Click here to comment",
    "© 2019 All rights reserved.",
    "Related Articles",
)
TARGETS = {"ordinary": 1.5, "dirty": 1.2, "ascii": 1.5}
# The ASCII variant: typographic quotes and dashes become their ASCII forms; every other
# character outside ASCII is dropped.
ASCII_FORMS = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)


@dataclass(frozen=True)
class Timing:
    """Median times of one function over the whole corpus; throughput is on CPU time."""

    name: str
    corpus: str
    seconds: float
    wall_seconds: float
    runs: int
    nbytes: int
    docs: int
    #: CPU seconds of each timed pass, in order; pass i of every row ran in the same round.
    passes: tuple[float, ...] = ()

    @property
    def mb_per_s(self) -> float:
        return self.nbytes / self.seconds / 1e6

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds


# --- corpora --------------------------------------------------------------------------------


def load_corpus(path: Path) -> list[str]:
    """Read the ``text`` field of every JSON line."""
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
    if not texts:
        raise SystemExit(f"{path} holds no records; build one with benchmarks/make_corpus.py")
    return texts


def mojibake(paragraph: str) -> str:
    """Garble text the way a UTF-8 page read as Windows-1252 is garbled."""
    return paragraph.encode("utf-8").decode("sloppy-windows-1252")


def add_nbsp(paragraph: str, rng: random.Random) -> str:
    """Turn some spaces into no-break spaces, as HTML ``&nbsp;`` leaves them."""
    words = paragraph.split(" ")
    out = [words[0]]
    for word in words[1:]:
        out.append("\u00a0" if rng.random() < 0.3 else " ")
        out.append(word)
    return "".join(out)


def dirty(text: str, rng: random.Random) -> str:
    """Damage one document with the faults a scraper typically hands over."""
    paragraphs = text.split("\n")
    out = []
    for p in paragraphs:
        if rng.random() < MOJIBAKE_SHARE:
            p = mojibake(p)
        if rng.random() < NBSP_SHARE:
            p = add_nbsp(p, rng)
        out.append(p)
    if len(out) > 1 and rng.random() < REPEAT_SHARE:
        i = rng.randrange(len(out))
        out.insert(rng.randrange(i, len(out)) + 1, out[i])
    for _ in range(rng.randint(1, 3)):
        out.insert(rng.randint(0, len(out)), rng.choice(BOILERPLATE_LINES))
    newline = "\r\n" if rng.random() < CRLF_SHARE else "\n"
    return newline.join(out)


def make_dirty(texts: Sequence[str], seed: int) -> list[str]:
    """The dirty variant of a corpus: same documents, same order, seeded damage."""
    rng = random.Random(seed)
    return [dirty(t, rng) for t in texts]


def asciify(text: str) -> str:
    """Straighten quotes and dashes and drop every other non-ASCII character.

    >>> asciify("“Café” – naïve")
    '"Caf" - nave'
    """
    return text.translate(ASCII_FORMS).encode("ascii", "ignore").decode("ascii")


def make_ascii(texts: Sequence[str]) -> list[str]:
    """The ASCII variant of a corpus: same documents, same order, ASCII only."""
    return [asciify(t) for t in texts]


# --- timing ---------------------------------------------------------------------------------


def time_pass(func: Callable[[Any], object], inputs: Sequence[Any]) -> tuple[float, float]:
    """CPU and wall time of calling ``func`` once on every input."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    for item in inputs:
        func(item)
    return time.process_time() - cpu, time.perf_counter() - wall


@dataclass(frozen=True)
class Stage:
    """One timed row: a function of one item, and how to make its inputs from the texts."""

    name: str
    func: Callable[[Any], object]
    inputs: Sequence[Any]


def pipeline_rows(texts: Sequence[str], config: Any) -> list[Stage]:
    """The whole cleaner and each stage of one run alone, on its own inputs.

    A stage's inputs are made once, before timing, by running the stages before it. The
    boilerplate and duplicate stages are timed twice: one round of each alone, and
    ``DocumentRun.classify``, which repeats both until nothing more is removed. Each stage
    row makes its own ``DocumentRun`` (the per-document state), as a run does.
    """
    import corpusclean
    from corpusclean.normalize import normalize_lines
    from corpusclean.run import DocumentRun, has_title, select_page_blocks
    from corpusclean.segment import split_blocks

    cleaner = corpusclean.Cleaner(config)

    def document(bs: list[Any]) -> Any:
        return DocumentRun(cleaner, bs, cleaner.language_of([b.text for b in bs])[0])

    def normalized(text: str) -> list[str]:
        return normalize_lines(
            text,
            encoding=config.fix_encoding,
            straighten=config.straighten_quotes,
            sentence_spacing=config.fix_sentence_spacing,
        )

    def select(bs: list[Any]) -> tuple[list[Any], list[Any]]:
        page = document(bs).is_page_text()
        return select_page_blocks(bs) if page else (bs, [])

    def rules(bs: list[Any]) -> tuple[list[Any], bool]:
        return document(bs).verdicts(bs)

    def dedupe(bs: list[Any]) -> object:
        return document(bs).remove_duplicates(bs)

    def classify(bs: list[Any]) -> Any:
        return document(bs).classify(bs)

    def assemble(bs: list[Any]) -> object:
        titled = has_title(bs, config)
        paragraphs = [b.text for b in (bs[1:] if titled else bs)]
        return corpusclean.Article(title=bs[0].text if titled else None, paragraphs=paragraphs)

    lines = [normalized(t) for t in texts]
    blocks = [split_blocks(ls, config.join_wrapped_lines) for ls in lines]
    selected = [select(bs)[0] for bs in blocks]
    first_round = [[b for b, v in zip(bs, rules(bs)[0], strict=True) if v.keep] for bs in selected]
    final = [classify(bs).kept for bs in selected]
    return [
        Stage("corpusclean.clean", lambda t: corpusclean.clean(t, config=config), texts),
        Stage("Cleaner.clean (reused)", cleaner.clean, texts),
        Stage("  1 normalize_lines", normalized, texts),
        Stage("  2 split_blocks", lambda ls: split_blocks(ls, config.join_wrapped_lines), lines),
        Stage("  3 page check and select_page_blocks", select, blocks),
        Stage("  4 rules+evidence, 1 round", rules, selected),
        Stage("  5 dedupe, 1 round", dedupe, first_round),
        Stage("  4-5 DocumentRun.classify", classify, selected),
        Stage("  6 assemble", assemble, final),
    ]


def time_corpus(label: str, texts: Sequence[str], repeat: int, config: Any) -> list[Timing]:
    """Time ftfy, the whole cleaner, and each stage alone on one corpus.

    Passes are interleaved (one pass of every row, ``repeat`` times, after a warm-up pass), so
    a change of load on a shared machine hits every row alike instead of a few.
    """
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    rows = [Stage("ftfy.fix_text", ftfy.fix_text, texts), *pipeline_rows(texts, config)]
    for row in rows:
        time_pass(row.func, row.inputs)
    runs: list[list[tuple[float, float]]] = [[] for _ in rows]
    for _ in range(repeat):
        for row, times in zip(rows, runs, strict=True):
            times.append(time_pass(row.func, row.inputs))
    timings = []
    for row, times in zip(rows, runs, strict=True):
        cpu = statistics.median(t[0] for t in times)
        wall = statistics.median(t[1] for t in times)
        passes = tuple(t[0] for t in times)
        timings.append(Timing(row.name, label, cpu, wall, repeat, nbytes, len(texts), passes))
    return timings


def peak_memory(texts: Iterable[str], config: Any) -> dict[str, float]:
    """Tracemalloc peak while streaming the corpus through ``Cleaner.clean_many``."""
    import corpusclean

    cleaner = corpusclean.Cleaner(config)
    gc.collect()
    tracemalloc.start()
    for _article in cleaner.clean_many(texts):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"tracemalloc_peak_mb": peak / 1e6, "max_rss_mb": maxrss_kb / 1024}


# --- output ---------------------------------------------------------------------------------


def format_table(timings: Sequence[Timing]) -> str:
    """One row per function and corpus, with the throughput ratio to ftfy."""
    ref = {t.corpus: t.mb_per_s for t in timings if t.name == "ftfy.fix_text"}
    rows = [
        f"{'corpus':<10}{'function':<30}{'cpu s':>8}{'wall s':>8}{'MB/s':>8}{'docs/s':>9}"
        f"{'x ftfy':>8}"
    ]
    for t in timings:
        rows.append(
            f"{t.corpus:<10}{t.name:<30}{t.seconds:>8.3f}{t.wall_seconds:>8.3f}{t.mb_per_s:>8.2f}"
            f"{t.docs_per_s:>9.0f}{t.mb_per_s / ref[t.corpus]:>8.2f}"
        )
    return "\n".join(rows)


def paired_ratio(row: Timing, ref: Timing) -> float:
    """Median over rounds of ftfy's time over the row's time in the same round.

    A round runs one pass of every row back to back, so a slow spell of a shared machine
    hits both sides of each ratio alike; the median of the ratios moves less than the ratio
    of the medians.
    """
    return statistics.median(r / t for r, t in zip(ref.passes, row.passes, strict=True))


def check_targets(timings: Sequence[Timing]) -> list[str]:
    """Compare the cleaner's throughput with ftfy's against the project's targets."""
    lines = []
    for corpus, target in TARGETS.items():
        by_name = {t.name: t for t in timings if t.corpus == corpus}
        ref = by_name.get("ftfy.fix_text")
        for name in ("corpusclean.clean", "Cleaner.clean (reused)"):
            if ref is None or name not in by_name:
                continue
            ratio = by_name[name].mb_per_s / ref.mb_per_s
            paired = paired_ratio(by_name[name], ref)
            worst = min(ratio, paired)
            verdict = "met" if worst >= target else "NOT met"
            lines.append(
                f"target {corpus}: {name} >= {target}x ftfy: {ratio:.2f}x (ratio of medians), "
                f"{paired:.2f}x (median of paired rounds), {verdict}"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON lines with a 'text' field")
    parser.add_argument("--repeat", type=int, default=7, help="timed passes per row (>= 5)")
    parser.add_argument("--seed", type=int, default=13, help="seed of the dirty variant")
    parser.add_argument("--json", type=Path, help="write the results as JSON to this file")
    parser.add_argument("--mode", default=None, help="Config.mode (default: the library's)")
    parser.add_argument("--language", default=None, help="Config.language (default: the library's)")
    parser.add_argument(
        "--corpora",
        default="ordinary,dirty,ascii",
        help="comma-separated variants to time (ordinary, dirty, ascii)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 5:
        parser.error("--repeat must be at least 5 for a meaningful median")
    import corpusclean

    chosen_fields = {"mode": args.mode, "language": args.language}
    config = corpusclean.Config(**{k: v for k, v in chosen_fields.items() if v is not None})
    texts = load_corpus(args.corpus)
    variants = {
        "ordinary": lambda: texts,
        "dirty": lambda: make_dirty(texts, args.seed),
        "ascii": lambda: make_ascii(texts),
    }
    chosen = [name.strip() for name in args.corpora.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(variants))
    if unknown:
        parser.error(f"--corpora: unknown {unknown}; choose from {sorted(variants)}")
    corpora = {name: variants[name]() for name in chosen}
    timings = []
    for label, corpus in corpora.items():
        timings.extend(time_corpus(label, corpus, args.repeat, config))
    memory = {label: peak_memory(corpus, config) for label, corpus in corpora.items()}
    for label, corpus in corpora.items():
        size = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
        print(f"{label}: {len(corpus)} documents, {size:.2f} MB")
    print(
        f"python {sys.version.split()[0]}, ftfy {ftfy.__version__}, corpusclean "
        f"{corpusclean.__version__} (mode {config.mode}, language {config.language}), median "
        f"of {args.repeat} runs"
    )
    print(format_table(timings))
    for line in check_targets(timings):
        print(line)
    for label, mem in memory.items():
        print(
            f"memory {label}: tracemalloc peak {mem['tracemalloc_peak_mb']:.1f} MB "
            f"(clean_many, streaming), max RSS {mem['max_rss_mb']:.0f} MB"
        )
    if args.json:
        payload = {
            "timings": [{**vars(t), "mb_per_s": t.mb_per_s} for t in timings],
            "memory": memory,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

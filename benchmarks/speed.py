"""Time corpusclean against ftfy on the same texts, stage by stage, ordinary and dirty.

Usage::

    python benchmarks/make_corpus.py ../shared/devset/scrapinghub /tmp/corpus.jsonl
    python benchmarks/speed.py /tmp/corpus.jsonl [--repeat 7] [--seed 13] [--json OUT]

One process, one run: every timed function sees the same list of texts. Each row is the median
wall time over ``--repeat`` passes (after one warm-up pass) of calling the function on every
text. Throughput is UTF-8 bytes of *input* per second; ``x ftfy`` is the row's throughput over
``ftfy.fix_text`` (default settings) on the same corpus, so higher is faster.

The dirty corpus is the same texts with seeded damage typical of scraped news: mojibake
(UTF-8 read as Windows-1252) on some paragraphs, no-break spaces, CRLF line ends, a repeated
paragraph, and inserted boilerplate lines.

Pipeline stages are timed alone: each stage's input is precomputed by running the stages before
it once, so a stage row is the cost of that stage only.

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
TARGETS = {"ordinary": 1.5, "dirty": 1.2}


@dataclass(frozen=True)
class Timing:
    """Median time of one function over the whole corpus."""

    name: str
    corpus: str
    seconds: float
    runs: int
    nbytes: int
    docs: int

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


# --- timing ---------------------------------------------------------------------------------


def time_pass(func: Callable[[Any], object], inputs: Sequence[Any]) -> float:
    """Wall time of calling ``func`` once on every input."""
    start = time.perf_counter()
    for item in inputs:
        func(item)
    return time.perf_counter() - start


def median_time(func: Callable[[Any], object], inputs: Sequence[Any], repeat: int) -> float:
    """Median of ``repeat`` passes after a warm-up pass, with the collector settled first."""
    time_pass(func, inputs)
    runs = []
    for _ in range(repeat):
        gc.collect()
        runs.append(time_pass(func, inputs))
    return statistics.median(runs)


def pipeline_stages(config: Any) -> list[tuple[str, Callable[[Any], Any]]]:
    """The library's stages in order, each as a one-argument function of the previous output."""
    from corpusclean import pipeline

    return [(name, _bind(fn, config)) for name, fn in pipeline.stages(config)]


def _bind(fn: Callable[..., Any], config: Any) -> Callable[[Any], Any]:
    return lambda value: fn(value, config)


def time_corpus(label: str, texts: Sequence[str], repeat: int, config: Any) -> list[Timing]:
    """Time ftfy, the whole cleaner, and each stage alone on one corpus."""
    import corpusclean

    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    rows: list[tuple[str, Callable[[Any], object], Sequence[Any]]] = [
        ("ftfy.fix_text", ftfy.fix_text, texts),
        ("corpusclean.clean", lambda t: corpusclean.clean(t, config=config), texts),
    ]
    inputs: Sequence[Any] = texts
    for name, stage in pipeline_stages(config):
        rows.append((f"  stage {name}", stage, inputs))
        inputs = [stage(item) for item in inputs]
    timings = []
    for name, func, items in rows:
        seconds = median_time(func, items, repeat)
        timings.append(Timing(name, label, seconds, repeat, nbytes, len(texts)))
        print(f"  timed {label:<9}{name:<28}{seconds:8.3f} s", file=sys.stderr)
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
    rows = [f"{'corpus':<10}{'function':<28}{'median s':>9}{'MB/s':>8}{'docs/s':>9}{'x ftfy':>8}"]
    for t in timings:
        rows.append(
            f"{t.corpus:<10}{t.name:<28}{t.seconds:>9.3f}{t.mb_per_s:>8.2f}"
            f"{t.docs_per_s:>9.0f}{t.mb_per_s / ref[t.corpus]:>8.2f}"
        )
    return "\n".join(rows)


def check_targets(timings: Sequence[Timing]) -> list[str]:
    """Compare the whole cleaner's throughput with ftfy's against the project's targets."""
    lines = []
    for corpus, target in TARGETS.items():
        by_name = {t.name: t for t in timings if t.corpus == corpus}
        if "ftfy.fix_text" not in by_name or "corpusclean.clean" not in by_name:
            continue
        ratio = by_name["corpusclean.clean"].mb_per_s / by_name["ftfy.fix_text"].mb_per_s
        verdict = "met" if ratio >= target else "NOT met"
        lines.append(f"target {corpus}: clean >= {target}x ftfy: {ratio:.2f}x, {verdict}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON lines with a 'text' field")
    parser.add_argument("--repeat", type=int, default=7, help="timed passes per row (>= 5)")
    parser.add_argument("--seed", type=int, default=13, help="seed of the dirty variant")
    parser.add_argument("--json", type=Path, help="write the results as JSON to this file")
    args = parser.parse_args(argv)
    if args.repeat < 5:
        parser.error("--repeat must be at least 5 for a meaningful median")
    import corpusclean

    config = corpusclean.Config()
    texts = load_corpus(args.corpus)
    corpora = {"ordinary": texts, "dirty": make_dirty(texts, args.seed)}
    timings = []
    for label, corpus in corpora.items():
        timings.extend(time_corpus(label, corpus, args.repeat, config))
    memory = {label: peak_memory(corpus, config) for label, corpus in corpora.items()}
    for label, corpus in corpora.items():
        size = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
        print(f"{label}: {len(corpus)} documents, {size:.2f} MB")
    print(f"python {sys.version.split()[0]}, ftfy {ftfy.__version__}, {args.repeat} runs each")
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

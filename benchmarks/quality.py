"""Measure how well corpusclean keeps article text and drops the rest, against gold text.

Usage::

    python benchmarks/quality.py ../shared/devset/scrapinghub [--input lenient|fullpage|both]
        [--mode auto|article|page[,...]] [--set FIELD=VALUE ...] [--sweep FIELD=V1,V2,...]
        [--minimal]
        [--per-rule] [--json OUT] [--errors FILE]

The folder is laid out like the Scrapinghub development set: one sub-folder per document with
``gold.txt`` (the article body, one paragraph per line), ``lenient.txt`` and ``fullpage.txt``
(the inputs), plus an optional ``manifest.jsonl`` listing the ids. No text from the folder is
written anywhere except to the ``--errors`` file you name.

Metric (the benchmark's own, on tokens instead of its 4-gram shingles): each document's output
(``Article.text``: paragraphs, no title) and gold are bags of ``\\w+`` tokens with multiplicity;
precision = overlap / output tokens, recall = overlap / gold tokens. P and R are averaged over
documents and F1 = 2PR / (P + R) of the two means.

Empty outputs follow scrapinghub/article-extraction-benchmark's ``evaluate.py``: a document
whose output has no tokens is left out of the precision mean (precision is undefined there)
and scores recall 0. Because that convention rewards giving up, the number of empty outputs is
printed beside every row, and ``P0`` (precision with an empty output counted as 0) is printed
too.

The line-level view explains the token numbers: every removed line and every kept line is
labelled ``gold`` when its token sequence occurs in the gold text (see
:func:`label_line`), so each rule gets a count of the gold lines it removed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

TOKEN_RE = re.compile(r"\w+")
# A line this short matches gold only as a whole gold line or a gold line's start: a one-word
# line such as "Advertisement" or "Share" occurs inside gold prose by chance.
SHORT_LINE_TOKENS = 4
# A longer line that is not a contiguous run of gold but has this share of its token 4-grams in
# the gold text is labelled "partial" (a gold paragraph with inline junk, or one the cleaner
# rewrote). 4-grams, not single tokens: comments reuse the article's words, not its phrases.
PARTIAL_SHARE = 0.5
PARTIAL_MIN_TOKENS = 8
SHINGLE = 4
INPUT_KINDS = ("lenient", "fullpage")

# "surplus": a gold line present more often in the input than in gold (a repeat): removing
# the extra copy is right, keeping it is an error.
LineLabel = Literal["gold", "partial", "junk", "empty", "surplus"]


@dataclass(frozen=True)
class Document:
    """One development document: its id, gold text and the inputs by kind."""

    id: str
    gold: str
    inputs: dict[str, str]
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Cleaned:
    """What the benchmark needs from one cleaned article, independent of the library's types."""

    text: str
    title: str | None
    removed: tuple[tuple[str, str, int], ...]  # (rule name, removed text, first input line)
    flags: tuple[str, ...]
    input_lines: int = 0


@dataclass
class Score:
    """Token overlap of one output with its gold."""

    overlap: int
    output_tokens: int
    gold_tokens: int


@dataclass
class RuleStats:
    """Line-level counts for one rule or detector."""

    lines: int = 0
    gold_lines: int = 0
    partial_lines: int = 0
    surplus_lines: int = 0
    tokens: int = 0
    gold_tokens: int = 0

    def add(self, label: LineLabel, tokens: int) -> None:
        """Count one removed line with its label."""
        self.lines += 1
        self.tokens += tokens
        if label == "gold":
            self.gold_lines += 1
            self.gold_tokens += tokens
        self.partial_lines += label == "partial"
        self.surplus_lines += label == "surplus"


@dataclass
class RunReport:
    """Everything measured for one system on one input kind."""

    system: str
    input: str
    scores: list[Score] = field(default_factory=list)
    flagged: Counter[str] = field(default_factory=Counter)
    flagged_docs: int = 0
    rules: dict[str, RuleStats] = field(default_factory=lambda: defaultdict(RuleStats))
    kept: dict[str, int] = field(default_factory=Counter)
    seconds: float = 0.0
    raised: int = 0
    first_error: str = ""


# --- data -----------------------------------------------------------------------------------


def load_devset(path: Path, kinds: Sequence[str] = INPUT_KINDS) -> list[Document]:
    """Read every document folder under ``path`` (in manifest order when there is one)."""
    manifest = path / "manifest.jsonl"
    metas: dict[str, dict[str, Any]] = {}
    if manifest.exists():
        lines = manifest.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        ids = [row["id"] for row in rows]
        metas = {row["id"]: row for row in rows}
    else:
        ids = sorted(p.name for p in path.iterdir() if (p / "gold.txt").exists())
    if not ids:
        raise SystemExit(f"no documents under {path}: expected folders holding gold.txt")
    docs = []
    for doc_id in ids:
        folder = path / doc_id
        inputs = {k: (folder / f"{k}.txt").read_text(encoding="utf-8") for k in kinds}
        gold = (folder / "gold.txt").read_text(encoding="utf-8")
        docs.append(Document(doc_id, gold, inputs, metas.get(doc_id, {})))
    return docs


# A site is its host without "www." and sub-domains: the last two labels, or three when the
# second-level label is a generic one under a country code ("co.uk", "com.au").
_GENERIC_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "ne", "or"})


def site_of(doc: Document) -> str:
    """The site a document comes from: its URL's registrable domain, else its id's stem.

    >>> site_of(Document("x", "", {}, {"url": "https://www1.folha.uol.com.br/a"}))
    'uol.com.br'
    >>> site_of(Document("nytimes-3", "", {}, {}))
    'nytimes'
    """
    host = urlparse(str(doc.meta.get("url") or "")).hostname or ""
    labels = host.split(".")
    if len(labels) >= 2:
        keep = 3 if labels[-2] in _GENERIC_SECOND_LEVEL and len(labels) >= 3 else 2
        return ".".join(labels[-keep:])
    return re.sub(r"-\d+$", "", doc.id)


def half_of(doc: Document) -> str:
    """Half "A" or "B": the leave-site-out half of a document, fixed by a hash of its site.

    Every page of a site falls in the same half, so a rule tuned on one half has seen no
    page of the other half's sites.
    """
    digest = hashlib.sha256(site_of(doc).encode("utf-8")).digest()
    return "AB"[digest[0] % 2]


def select_docs(
    docs: Sequence[Document],
    pages: str = "all",
    half: str = "",
    lang: str = "",
    exclude: Sequence[str] = (),
) -> list[Document]:
    """The documents a run scores: all, real pages only (no test fixture), one half, one
    language ("en") or every other language ("other"), less the pages of the sites in
    ``exclude`` (the sites read while writing a change)."""
    chosen = [d for d in docs if pages == "all" or not d.meta.get("fixture", False)]
    chosen = [d for d in chosen if site_of(d) not in exclude]
    if half:
        chosen = [d for d in chosen if half_of(d) == half]
    if lang:
        labels = json.loads(LANG_LABELS.read_text("utf-8")) if LANG_LABELS.exists() else {}
        english = lang == "en"
        chosen = [d for d in chosen if (language_of(d, labels) == "en") == english]
    return chosen


# The Scrapinghub manifest has no language; this file holds each page's (checked) language.
LANG_LABELS = Path(__file__).parent / "data" / "scrapinghub_lang.json"


def language_of(doc: Document, labels: dict[str, str]) -> str:
    """A document's language: the manifest's ``lang``, else the labels file's, else "en"."""
    return str(doc.meta.get("lang") or labels.get(doc.id, "en"))


# --- metric ---------------------------------------------------------------------------------


def tokenize(text: str) -> list[str]:
    """Split text into ``\\w+`` tokens, as the benchmark does (case kept)."""
    return TOKEN_RE.findall(text)


def score(output: str, gold: str) -> Score:
    """Count the bag-of-tokens overlap between one output and its gold."""
    out, ref = Counter(tokenize(output)), Counter(tokenize(gold))
    overlap = sum((out & ref).values())
    return Score(overlap, sum(out.values()), sum(ref.values()))


def summarize(scores: Sequence[Score]) -> dict[str, float]:
    """Average P and R over documents; F1 of the means; empty outputs per the benchmark.

    >>> summarize([Score(2, 4, 2), Score(0, 0, 3)])["precision"]
    0.5
    """
    precisions = [s.overlap / s.output_tokens for s in scores if s.output_tokens]
    recalls = [s.overlap / s.gold_tokens for s in scores if s.gold_tokens]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    p0 = sum(precisions) / len(scores) if scores else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "precision_empty_as_0": p0,
        "f1_empty_as_0": 2 * p0 * r / (p0 + r) if p0 + r else 0.0,
        "documents": len(scores),
        "empty_outputs": sum(1 for s in scores if not s.output_tokens),
    }


# --- line-level view ------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldIndex:
    """A text prepared for line look-ups: a token string, line starts and a token bag.

    Built from the gold text to label lines, and from the cleaned output to count how many
    copies of a line were kept.
    """

    joined: str
    line_starts: Counter[str]
    whole_lines: Counter[str]
    bag: Counter[str]
    shingles: frozenset[tuple[str, ...]]

    @classmethod
    def build(cls, text: str) -> GoldIndex:
        lines = [" ".join(tokenize(line)) for line in text.splitlines()]
        lines = [line for line in lines if line]
        starts: Counter[str] = Counter()
        for line in lines:
            toks = line.split(" ")
            starts.update(" ".join(toks[:n]) for n in range(1, min(SHORT_LINE_TOKENS, len(toks))))
        return cls(
            joined=" " + " ".join(lines) + " ",
            line_starts=starts,
            whole_lines=Counter(lines),
            bag=Counter(tokenize(text)),
            shingles=frozenset(shingles(" ".join(lines).split(" "))),
        )

    def occurrences(self, key: str) -> int:
        """How often a line's token sequence (tokens joined by one space) occurs here.

        A short line counts only as a whole line or a line's start: a one-word line such as
        "Advertisement" or "Share" occurs inside prose by chance.
        """
        if key.count(" ") + 1 < SHORT_LINE_TOKENS:
            return self.whole_lines[key] + self.line_starts[key]
        return self.joined.count(f" {key} ")


def line_key(line: str) -> str:
    """A line's tokens joined by single spaces: what lines are compared by."""
    return " ".join(tokenize(line))


def label_line(line: str, gold: GoldIndex) -> LineLabel:
    """Say whether a line is article text, by its tokens' place in the gold text.

    Comparing token sequences instead of raw strings ignores whitespace, punctuation and quote
    changes made by the cleaner's normaliser. A line of eight tokens or more that is not a run
    of gold but has half of its token 4-grams in gold is "partial".

    >>> g = GoldIndex.build("NISSAN SENTRA\\nNissan hopes a sleek redesign will pull in buyers.")
    >>> label_line("a sleek redesign will pull in", g), label_line("NISSAN SENTRA", g)
    ('gold', 'gold')
    >>> label_line("pull", g), label_line("Share this on Facebook", g)
    ('junk', 'junk')
    """
    key = line_key(line)
    if not key:
        return "empty"
    if gold.occurrences(key):
        return "gold"
    toks = key.split(" ")
    if len(toks) >= PARTIAL_MIN_TOKENS:
        grams = shingles(toks)
        inside = sum(1 for gram in grams if gram in gold.shingles)
        if inside >= PARTIAL_SHARE * len(grams):
            return "partial"
    return "junk"


def shingles(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    """The token 4-grams of a sequence, in order."""
    return [tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]


# --- running the cleaner --------------------------------------------------------------------


def parse_setting(item: str) -> tuple[str, Any]:
    """Read one ``--set FIELD=VALUE``; the value is JSON when it parses, else a string.

    >>> parse_setting("removal_budget=0.5"), parse_setting("mode=page")
    (('removal_budget', 0.5), ('mode', 'page'))
    """
    name, sep, raw = item.partition("=")
    if not sep:
        raise SystemExit(f"--set takes FIELD=VALUE, got {item!r}")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    if isinstance(value, list):
        value = tuple(value)
    return name.strip(), value


def make_config(mode: str | None, settings: Sequence[str] = ()) -> Any:
    """Build the library's default config, changed by ``mode`` and ``--set`` items."""
    import attrs

    import corpusclean

    changes = dict(parse_setting(item) for item in settings)
    if mode:
        changes["mode"] = mode
    return attrs.evolve(corpusclean.Config(), **changes)


def run_corpusclean(text: str, doc_id: str, config: Any) -> Cleaned:
    """Clean one document and keep only what the benchmark reads."""
    import corpusclean

    art = corpusclean.clean(text, id=doc_id, config=config)
    removed = tuple((str(r.rule), str(r.text), int(r.start)) for r in art.removed)
    flags = tuple(str(f) for f in art.flags)
    return Cleaned(art.text, art.title, removed, flags, len(text.splitlines()))


def cleaner_for(config: Any) -> Any:
    """A (text, id) -> Cleaned function: the cleaner with ``config``, or no cleaning for None."""
    if config is None:
        return lambda text, _doc_id: no_cleaning(text)
    return lambda text, doc_id: run_corpusclean(text, doc_id, config)


def no_cleaning(text: str) -> Cleaned:
    """The baseline: the input as it is."""
    return Cleaned(text, None, (), (), len(text.splitlines()))


def line_events(cleaned: Cleaned) -> Iterator[tuple[str, str, float]]:
    """Yield (rule, line, relative input position) for every removed line.

    The title counts as a removal by rule ``title`` (it is not in ``Article.text``).
    """
    size = max(cleaned.input_lines, 1)
    if cleaned.title:
        yield "title", cleaned.title, 0.0
    for rule, text, start in cleaned.removed:
        for offset, line in enumerate(text.splitlines()):
            if line.strip():
                yield rule, line, (start + offset) / size


def evaluate(
    docs: Sequence[Document],
    kind: str,
    system: str,
    clean: Any,
    errors: list[dict[str, Any]] | None = None,
) -> RunReport:
    """Run ``clean`` over every document's ``kind`` input and collect scores and line stats."""
    report = RunReport(system, kind)
    start = time.perf_counter()
    outputs = [(doc, guarded(clean, doc, kind, report)) for doc in docs]
    report.seconds = time.perf_counter() - start
    for doc, cleaned in outputs:
        report.scores.append(score(cleaned.text, doc.gold))
        report.flagged.update(set(cleaned.flags))
        report.flagged_docs += bool(cleaned.flags)
        gold = GoldIndex.build(doc.gold)
        kept_index = GoldIndex.build(cleaned.text)
        for rule, line, pos in line_events(cleaned):
            label = label_line(line, gold)
            if label == "gold" and gold.occurrences(line_key(line)) <= kept_index.occurrences(
                line_key(line)
            ):
                label = "surplus"
            report.rules[rule].add(label, len(tokenize(line)))
            if errors is not None and label in ("gold", "partial"):
                errors.append(error_row(doc.id, system, kind, f"removed_{label}", rule, line, pos))
        kept = [line for line in cleaned.text.splitlines() if line.strip()]
        seen: Counter[str] = Counter()
        for index, line in enumerate(kept):
            label = label_line(line, gold)
            key = line_key(line)
            seen[key] += 1
            if label == "gold" and seen[key] > gold.occurrences(key):
                label = "surplus"
            report.kept[label] += 1
            if errors is not None and label in ("junk", "surplus"):
                row = error_row(doc.id, system, kind, f"kept_{label}", "", line, index / len(kept))
                errors.append(row)
    return report


def guarded(clean: Any, doc: Document, kind: str, report: RunReport) -> Cleaned:
    """Clean one document; an exception is counted and scored as an empty output."""
    try:
        result: Cleaned = clean(doc.inputs[kind], doc.id)
    except Exception as exc:  # a benchmark run should survive one bad document
        report.raised += 1
        report.first_error = report.first_error or f"{doc.id}: {type(exc).__name__}: {exc}"
        return Cleaned("", None, (), (), 0)
    return result


def error_row(
    doc_id: str, system: str, kind: str, what: str, rule: str, line: str, pos: float
) -> dict[str, Any]:
    """One line of the --errors file; ``pos`` is the line's place in the document, 0 to 1.

    For a removed line it is measured in the input, for a kept line in the output.
    """
    return {
        "doc": doc_id,
        "system": system,
        "input": kind,
        "error": what,
        "rule": rule,
        "pos": round(pos, 3),
        "line": line.strip(),
    }


# --- output ---------------------------------------------------------------------------------


def format_summary(reports: Sequence[RunReport]) -> str:
    """A table with one row per system and input."""
    width = max([14, *(len(r.system) + 2 for r in reports)])
    head = f"{'system':<{width}}{'input':<10}{'P':>7}{'R':>7}{'F1':>7}{'P0':>7}{'F1_0':>7}"
    head += f"{'empty':>7}{'flagged':>9}{'raised':>8}{'docs':>6}{'sec':>7}"
    rows = [head]
    for rep in reports:
        m = summarize(rep.scores)
        rows.append(
            f"{rep.system:<{width}}{rep.input:<10}{m['precision']:>7.3f}{m['recall']:>7.3f}"
            f"{m['f1']:>7.3f}{m['precision_empty_as_0']:>7.3f}{m['f1_empty_as_0']:>7.3f}"
            f"{m['empty_outputs']:>7}{rep.flagged_docs:>9}{rep.raised:>8}{m['documents']:>6}"
            f"{rep.seconds:>7.2f}"
        )
    rows += [f"{r.system} on {r.input} raised, first: {r.first_error}" for r in reports if r.raised]
    return "\n".join(rows)


def format_rules(rep: RunReport) -> str:
    """Per rule: lines and tokens removed, and how many of those lines were gold."""
    rows = [f"per rule, {rep.system} on {rep.input} (removed lines labelled against gold)"]
    rows.append(
        f"  {'rule':<30}{'lines':>7}{'gold':>6}{'part':>6}{'surpl':>6}{'gold%':>7}"
        f"{'tokens':>8}{'gold_tok':>9}"
    )
    for name, s in sorted(rep.rules.items(), key=lambda kv: (-kv[1].lines, kv[0])):
        share = 100 * s.gold_lines / s.lines if s.lines else 0.0
        rows.append(
            f"  {name:<30}{s.lines:>7}{s.gold_lines:>6}{s.partial_lines:>6}"
            f"{s.surplus_lines:>6}{share:>6.1f}%"
            f"{s.tokens:>8}{s.gold_tokens:>9}"
        )
    kept = rep.kept
    rows.append(
        f"  kept lines: {sum(kept.values())} (gold {kept['gold']}, partial {kept['partial']},"
        f" junk {kept['junk']}, surplus copies of gold {kept['surplus']},"
        f" no tokens {kept['empty']})"
    )
    if rep.flagged:
        flags = ", ".join(f"{k}={v}" for k, v in rep.flagged.most_common())
        rows.append(f"  flags: {flags}")
    return "\n".join(rows)


def report_json(rep: RunReport) -> dict[str, Any]:
    """The machine-readable form of one report (for --json)."""
    return {
        "system": rep.system,
        "input": rep.input,
        "metrics": summarize(rep.scores),
        "flagged_docs": rep.flagged_docs,
        "raised": rep.raised,
        "flags": dict(rep.flagged),
        "seconds": rep.seconds,
        "rules": {k: vars(v) for k, v in sorted(rep.rules.items())},
        "kept_lines": dict(rep.kept),
    }


# --- command line ---------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="dev-set folder, e.g. ../shared/devset/scrapinghub")
    parser.add_argument("--input", choices=(*INPUT_KINDS, "both"), default="both")
    parser.add_argument(
        "--mode",
        default=None,
        help="Config.mode, or several separated by commas for one row each "
        "(default: the library's default)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="change a Config field for the cleaner rows, e.g. --set removal_budget=0.5",
    )
    parser.add_argument(
        "--sweep",
        metavar="FIELD=V1,V2,...",
        help="one cleaner row per value of a Config field, e.g. --sweep removal_budget=0.2,0.5",
    )
    parser.add_argument(
        "--minimal",
        action="store_true",
        help="add a row for Config.minimal() (normalisation only, no rules)",
    )
    parser.add_argument(
        "--pages", choices=("all", "real"), default="all", help="real: leave out test fixtures"
    )
    parser.add_argument(
        "--half",
        choices=("A", "B"),
        default="",
        help="only the leave-site-out half A or B (sites split by a hash of their domain)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "other"),
        default="",
        help="only English pages, or only the others (the manifest's lang; none means en)",
    )
    parser.add_argument(
        "--exclude-sites",
        default="",
        metavar="SITE,...",
        help="leave out the pages of these sites (as site_of names them), e.g. the sites read "
        "while writing a change",
    )
    parser.add_argument("--per-rule", action="store_true", help="print the per-rule line table")
    parser.add_argument("--json", type=Path, help="write the summary as JSON to this file")
    parser.add_argument(
        "--errors", type=Path, help="write removed gold lines and kept junk lines (JSON lines)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    kinds = INPUT_KINDS if args.input == "both" else (args.input,)
    exclude = [site for site in args.exclude_sites.split(",") if site]
    docs = select_docs(load_devset(args.path, kinds), args.pages, args.half, args.lang, exclude)
    modes = args.mode.split(",") if args.mode else [None]
    systems: list[tuple[str, Any]] = [("no cleaning", None)]
    if args.minimal:
        import corpusclean

        systems.append(("minimal", corpusclean.Config.minimal()))
    for m in modes:
        if args.sweep:
            field, _, values = args.sweep.partition("=")
            for value in values.split(","):
                item = f"{field}={value}"
                systems.append((f"cc/{m or 'default'} {item}", make_config(m, [*args.set, item])))
        else:
            systems.append((f"cc/{m or 'default'}", make_config(m, args.set)))
    errors: list[dict[str, Any]] | None = [] if args.errors else None
    reports = []
    for kind in kinds:
        for name, config in systems:
            wanted = errors if name.startswith("cc/") else None
            reports.append(evaluate(docs, kind, name, cleaner_for(config), wanted))
    print(format_summary(reports))
    print("P, R, F1: benchmark convention (empty output: left out of P, R = 0);")
    print("P0, F1_0: an empty output counted as precision 0.")
    if args.per_rule:
        for rep in reports:
            if rep.system in ("no cleaning", "minimal"):
                continue
            print()
            print(format_rules(rep))
    if args.json:
        payload = [report_json(r) for r in reports]
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.errors is not None and errors is not None:
        with args.errors.open("w", encoding="utf-8") as fh:
            for row in errors:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"\nwrote {len(errors)} error lines to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

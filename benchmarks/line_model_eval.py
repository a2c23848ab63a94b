"""Round-out evaluation of a learned junk-line model for extracted article text.

Usage::

    python benchmarks/line_dataset.py /work/shared/devset --out /tmp/lines.jsonl
    python benchmarks/line_model_eval.py /tmp/lines.jsonl [--test-rounds en4,de4]
        [--train-half A|B] [--no-context] [--word-stats] [--chars] [--probe-only]
        [--per-language] [--max-words 15] [--l2 0.001] [--show N]

The question (issue 12, item 5): does a small model of a junk *line* (its lower-cased words
and bigrams, and a handful of shape and position features), trained across many probe rounds
and dev sites, remove junk on a round it never saw without removing must-stay lines or
article text? The split is the decision:

- **train**: the probe rounds not in ``--test-rounds`` (rounds 1-3 of every language) and the
  dev pages of ``--train-half`` (Scrapinghub and Readability ``lenient``, real pages);
- **threshold**: chosen on the training data only, by grouped cross-validation (a fold is a
  set of probe rounds and dev sites, so every held-out score is on a round or site the fold's
  model never saw): the lowest score above every held-out must-stay line (probe ``stay``
  lines and body paragraphs), so must-stay false positives are 0 on the training folds;
- **test**: the ``--test-rounds`` (round 4: ``en4``, ``de4``) and the dev pages of the other
  half. Reported: junk recall at each place (top/middle/end), must-stay lines flagged, and on
  the other half's dev lines the gold lines flagged and the junk lines flagged among those the
  cleaner keeps today (what a detector would add).

Lines longer than ``--max-words`` are never flagged: a detector acting on them could take a
prose paragraph. Needs numpy. Deterministic: fixed folds, full-batch Adam from zero weights.

The answer measured on 2026-12-02 was no (docs/benchmarks-log.md, "A learned junk-line model for
article text, measured round-out"): at the threshold that keeps every held-out must-stay line,
the model flagged 0.02-0.15 of round 4's junk, against the rules' 0.19-0.29 held out, so no
detector ships. The script stays so that the next probe round can re-ask the question.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

STOPWORD_DIR = Path(__file__).resolve().parents[1] / "src" / "corpusclean" / "data" / "stopwords"
# Function words of every shipped language: a line of prose has them, a control or label has
# few ("Share", "Newsletter abonnieren"), in any of those languages.
STOPWORDS = frozenset(
    w.strip().lower()
    for p in sorted(STOPWORD_DIR.glob("*.txt"))
    for w in p.read_text("utf-8").splitlines()
    if w.strip()
)
WORD_RE = re.compile(r"\w+")
# Characters that join page controls and bylines ("Home | News", "Photo: AP · 3 min").
SEPARATORS = "|·»›•/–—:>"
URL_RE = re.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|es|it|nl|pt|br|uk)\b", re.I)
SENTENCE_END = ".!?\"'”“»)…"
# Buckets, not raw counts: a one-hot bucket lets a linear model learn "1-2 words" apart from
# "40 words" without assuming the log-odds grow in a straight line with length.
WORD_BUCKETS = (1, 2, 3, 4, 5, 7, 10, 15, 25, 40)
SHARE_BUCKETS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
# Five grouped folds: each holds out about three probe rounds and a fifth of the dev sites.
FOLDS = 5
PLACES = ("top", "middle", "end")
# A feature seen once in training cannot be weighed; it is left out of the vocabulary.
MIN_COUNT = 2
STEPS = 400
LEARNING_RATE = 0.05


@dataclass(frozen=True)
class Options:
    """What varies between the runs reported in docs/benchmarks.md."""

    test_rounds: frozenset[str] = frozenset({"en4", "de4"})
    train_half: str = "A"
    context: bool = True
    chars: bool = False
    probe_only: bool = False
    max_words: int = 15
    l2: float = 1e-3
    show: int = 0
    #: Add the word-statistics features (see `WordStats`).
    word_stats: bool = False
    #: One threshold per probe language (dev lines of other languages use the global one).
    per_language: bool = False


def bucket(value: float, edges: Sequence[float]) -> str:
    """The first edge at or above a value, as a feature suffix ("+" past the last)."""
    for edge in edges:
        if value <= edge:
            return str(edge)
    return "+"


def end_class(text: str) -> str:
    """What a line ends with: sentence punctuation, colon, digit, letter or other."""
    s = text.rstrip()
    if not s:
        return "none"
    c = s[-1]
    if c in SENTENCE_END:
        return "sent"
    if c == ":":
        return "colon"
    if c.isdigit():
        return "digit"
    return "alpha" if c.isalpha() else "other"


def line_features(row: dict[str, Any], opts: Options) -> list[str]:
    """The named binary features of one line (words, shape and optionally its place)."""
    text = row["text"].strip()
    raw = WORD_RE.findall(text)
    toks = [t.lower() for t in raw]
    n = len(toks)
    feats = {f"w={t}" for t in toks}
    feats.update(f"b={a}_{b}" for a, b in itertools.pairwise(toks))
    if opts.chars:  # word 4-grams of letters: shared stems across languages and compounds
        for t in toks:
            padded = f"<{t}>"
            feats.update(f"c={padded[i : i + 4]}" for i in range(max(1, len(padded) - 3)))
    if toks:
        feats.update({f"first={toks[0]}", f"last={toks[-1]}"})
    nw = bucket(n, WORD_BUCKETS)
    end = end_class(text)
    feats.update({f"nw={nw}", f"end={end}", f"nw_end={nw}_{end}"})
    caps = sum(t[:1].isupper() for t in raw) / n if n else 0.0
    stops = sum(t in STOPWORDS for t in toks) / n if n else 0.0
    feats.update({f"cap={bucket(caps, SHARE_BUCKETS)}", f"stop={bucket(stops, SHARE_BUCKETS)}"})
    feats.add(f"nw_stop={nw}_{bucket(stops, SHARE_BUCKETS)}")
    if any(c.isdigit() for c in text):
        feats.add("digit")
    feats.update(f"sep={c}" for c in SEPARATORS if c in text)
    if URL_RE.search(text):
        feats.add("url")
    if "@" in text:
        feats.add("at")
    if "#" in text:
        feats.add("hash")
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        feats.add("allcaps")
    if opts.context:
        feats.update(context_features(row))
    return sorted(feats)


def context_features(row: dict[str, Any]) -> set[str]:
    """Where the line sits: first/last line, and its neighbours' length and ending."""
    out = set()
    if row["index"] == 0:
        out.add("ctx=first")
    if row["index"] == row["n_lines"] - 1:
        out.add("ctx=last")
    for side in ("prev", "next"):
        words = len(WORD_RE.findall(row[side]))
        out.add(f"{side}nw={bucket(words, WORD_BUCKETS) if row[side] else 'none'}")
        out.add(f"{side}end={end_class(row[side])}")
    return out


# --- training ------------------------------------------------------------------------------


# Log-odds edges of a word's junk score, for the bucketed min/mean features.
SCORE_BUCKETS = (-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0)


def group_of(row: dict[str, Any]) -> str:
    """A row's group for word statistics and folds: its probe round or dev site."""
    return str(row["round"] if row["group"] == "probe" else row["site"])


def content_words(text: str) -> set[str]:
    """A line's distinct lower-cased words less the stopwords of every shipped language."""
    return {t for t in (w.lower() for w in WORD_RE.findall(text)) if t not in STOPWORDS}


class WordStats:
    """Per-word junk log-odds from line counts, each line scored without its own group.

    A sub-heading made of a junk word and an article word ("Newsletter wars") has one word
    never seen in junk; a page control ("Sign up for our newsletter") has none. The minimum
    over a line's words says that, where a sum of word weights cannot. A training line is
    scored from the counts of the other rounds and sites (its own group's counts taken out),
    so the feature's weight is learned as it will be met on an unseen round.
    """

    def __init__(self, rows: Sequence[dict[str, Any]]) -> None:
        self.total: Counter[tuple[str, int]] = Counter()
        self.by_group: dict[str, Counter[tuple[str, int]]] = {}
        for row in rows:
            counts = self.by_group.setdefault(group_of(row), Counter())
            keys = [(w, row["label"]) for w in content_words(row["text"])]
            keys += [("", row["label"])]  # "": the number of lines of each label
            counts.update(keys)
            self.total.update(keys)

    def features(self, row: dict[str, Any], own: bool) -> set[str]:
        """The bucketed min and mean word score and the share of unseen words of a line."""
        minus = self.by_group.get(group_of(row), Counter()) if own else Counter()

        def count(word: str, label: int) -> int:
            return self.total[word, label] - minus[word, label]

        junk_lines, ok_lines = count("", 1), count("", 0)
        scores, unseen = [], 0
        for word in content_words(row["text"]):
            j, n = count(word, 1), count(word, 0)
            unseen += j + n == 0
            scores.append(np.log((j + 0.5) / (junk_lines + 1)) - np.log((n + 0.5) / (ok_lines + 1)))
        if not scores:
            return {"ws=none"}
        share = unseen / len(scores)
        return {
            f"wsmin={bucket(min(scores), SCORE_BUCKETS)}",
            f"wsmean={bucket(float(np.mean(scores)), SCORE_BUCKETS)}",
            f"wsunseen={bucket(share, SHARE_BUCKETS)}",
        }


class Model:
    """A logistic regression over named binary features."""

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self.weights = weights
        self.bias = bias

    def score(self, feats: Iterable[Sequence[str]]) -> np.ndarray:
        w = self.weights
        return np.array([self.bias + sum(w.get(f, 0.0) for f in fs) for fs in feats])


def sample_weights(rows: Sequence[dict[str, Any]]) -> np.ndarray:
    """Each of four cells (probe junk, probe must-stay, dev junk, dev gold) weighs the same."""
    cells = [(r["group"] == "probe", r["label"]) for r in rows]
    counts = Counter(cells)
    return np.array([len(rows) / (len(counts) * counts[c]) for c in cells])


def train(feats: Sequence[Sequence[str]], rows: Sequence[dict[str, Any]], l2: float) -> Model:
    """Fit by full-batch Adam on the mean weighted log-loss plus an L2 penalty."""
    seen = Counter(f for fs in feats for f in fs)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in seen.items() if c >= MIN_COUNT))}
    idx = [[vocab[f] for f in fs if f in vocab] for fs in feats]
    row_ix = np.repeat(np.arange(len(idx)), [len(x) for x in idx])
    col_ix = np.fromiter((c for x in idx for c in x), dtype=np.int64, count=len(row_ix))
    y = np.array([r["label"] for r in rows], dtype=float)
    sw = sample_weights(rows)
    sw /= sw.sum()
    w = np.zeros(len(vocab) + 1)  # last: bias
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        z = np.bincount(row_ix, weights=w[col_ix], minlength=len(idx)) + w[-1]
        p = 1.0 / (1.0 + np.exp(-z))
        g_row = (p - y) * sw
        grad = np.empty_like(w)
        grad[:-1] = np.bincount(col_ix, weights=g_row[row_ix], minlength=len(vocab)) + l2 * w[:-1]
        grad[-1] = g_row.sum()
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    names = sorted(vocab, key=vocab.__getitem__)
    return Model({f: float(w[i]) for i, f in enumerate(names)}, float(w[-1]))


class Scorer:
    """A fitted model and, with ``word_stats``, the word counts of its training rows."""

    def __init__(self, rows: Sequence[dict[str, Any]], opts: Options) -> None:
        self.opts = opts
        self.stats = WordStats(rows) if opts.word_stats else None
        self.model = train([self.features(r, own=True) for r in rows], rows, opts.l2)

    def features(self, row: dict[str, Any], own: bool) -> list[str]:
        feats = line_features(row, self.opts)
        if self.stats is not None:
            feats = sorted({*feats, *self.stats.features(row, own)})
        return feats

    def score(self, rows: Sequence[dict[str, Any]]) -> np.ndarray:
        scores = self.model.score([self.features(r, own=False) for r in rows])
        return gated(scores, rows, self.opts.max_words)


# --- evaluation ----------------------------------------------------------------------------


def fold_of(row: dict[str, Any]) -> int:
    """A row's cross-validation fold: by probe round, or by dev site (never split)."""
    return hashlib.sha256(group_of(row).encode("utf-8")).digest()[0] % FOLDS


def gated(scores: np.ndarray, rows: Sequence[dict[str, Any]], max_words: int) -> np.ndarray:
    """Scores with lines longer than ``max_words`` set to -inf: never flagged."""
    long = np.array([len(WORD_RE.findall(r["text"])) > max_words for r in rows])
    return np.where(long, -np.inf, scores)


def is_must_stay_probe(row: dict[str, Any]) -> bool:
    """A probe ``stay`` line or body paragraph: what must never be flagged."""
    return bool(row["group"] == "probe" and row["label"] == 0)


def cv_threshold(rows: list[dict[str, Any]], opts: Options) -> dict[str, float]:
    """The lowest score above every held-out must-stay probe line, over grouped folds.

    Under the key "*"; with ``per_language`` also one per probe language, from that
    language's must-stay lines only (a language whose look-alikes score low gets a lower bar).
    """
    folds = np.array([fold_of(r) for r in rows])
    held = np.empty(len(rows))
    for k in range(FOLDS):
        tr = [i for i in range(len(rows)) if folds[i] != k]
        te = [i for i in range(len(rows)) if folds[i] == k]
        held[te] = Scorer([rows[i] for i in tr], opts).score([rows[i] for i in te])
    stay = sorted(((held[i], r["text"]) for i, r in enumerate(rows) if is_must_stay_probe(r)))
    threshold = float(np.nextafter(stay[-1][0], np.inf))
    junk = np.array([held[i] for i, r in enumerate(rows) if r["group"] == "probe" and r["label"]])
    gold = np.array(
        [held[i] for i, r in enumerate(rows) if r["group"] != "probe" and r["kind"] == "gold"]
    )
    print(
        f"training folds: threshold {threshold:.3f}; held-out probe junk recall "
        f"{np.mean(junk >= threshold):.3f}; dev gold flagged "
        f"{int(np.sum(gold >= threshold))}/{len(gold)}"
    )
    # The price of each must-stay line given up: the recall a lower threshold would buy.
    for rank, (score, text) in enumerate(reversed(stay[-opts.show :] if opts.show else [])):
        print(
            f"    must-stay #{rank + 1} at {score:.2f}: held-out junk recall above it "
            f"{np.mean(junk > score):.3f} {text[:60]!r}"
        )
    thresholds = {"*": threshold}
    for lang in sorted(
        {r["lang"] for r in rows if r["group"] == "probe"} if opts.per_language else ()
    ):
        top = max(
            held[i] for i, r in enumerate(rows) if is_must_stay_probe(r) and r["lang"] == lang
        )
        thresholds[lang] = float(np.nextafter(top, np.inf))
        mine = [
            held[i]
            for i, r in enumerate(rows)
            if r["group"] == "probe" and r["label"] and r["lang"] == lang
        ]
        print(
            f"    {lang}: threshold {thresholds[lang]:.3f}; held-out junk recall "
            f"{np.mean(np.array(mine) >= thresholds[lang]):.3f}"
        )
    return thresholds


def report_test(
    rows: Sequence[dict[str, Any]], scores: np.ndarray, thresholds: dict[str, float]
) -> None:
    """Round-out probe recall by place, must-stay flagged, and dev precision on the rest."""
    bar = np.array([thresholds.get(r["lang"], thresholds["*"]) for r in rows])
    flagged = scores >= bar
    for code in sorted({r["round"] for r in rows if r["group"] == "probe"}):
        ix = [i for i, r in enumerate(rows) if r["round"] == code]
        junk = {
            p: [i for i in ix if rows[i]["kind"] == "junk" and rows[i]["place"] == p]
            for p in PLACES
        }
        shares = " ".join(f"{p} {np.mean(flagged[junk[p]]):.2f}" for p in PLACES)
        stay = [i for i in ix if rows[i]["label"] == 0]
        lost = sorted({rows[i]["text"] for i in stay if flagged[i]})
        n_stay = len({rows[i]["text"] for i in stay})
        print(f"  {code}: junk flagged {shares} | must-stay flagged {len(lost)}/{n_stay}")
        # An upper bound, not a result: the threshold set on the test round itself.
        ceiling = max(scores[i] for i in stay)
        every = [i for p in PLACES for i in junk[p]]
        print(
            "    (bound, threshold set on this round itself: junk above its top must-stay "
            f"{np.mean(scores[every] > ceiling):.2f})"
        )
        for line in lost:
            print(f"      LOST {line!r}")
    for group in ("dev-scrapinghub", "dev-readability"):
        ix = [i for i, r in enumerate(rows) if r["group"] == group]
        if not ix:
            continue
        gold = [i for i in ix if rows[i]["kind"] == "gold"]
        junk_kept = [i for i in ix if rows[i]["kind"] == "junk" and rows[i]["kept"]]
        gold_kept = [i for i in gold if rows[i]["kept"]]
        print(
            f"  {group}: gold lines flagged {int(flagged[gold].sum())}/{len(gold)} "
            f"(of those the cleaner keeps: {int(flagged[gold_kept].sum())}); junk the cleaner "
            f"keeps flagged {int(flagged[junk_kept].sum())}/{len(junk_kept)}"
        )
        for i in gold_kept:
            if flagged[i]:
                print(f"      GOLD {rows[i]['site']}: {rows[i]['text'][:90]!r}")


def run(rows: list[dict[str, Any]], opts: Options) -> None:
    """Train on the training split, pick the threshold on its folds, report the test split."""
    probe_rows = [r for r in rows if r["group"] == "probe"]
    dev_rows = [] if opts.probe_only else [r for r in rows if r["group"] != "probe"]
    # Full-page lines (``line_dataset.py --kinds lenient,fullpage``) only ever train.
    test_dev = [r for r in dev_rows if not r["group"].endswith("-fullpage")]
    train_rows = [r for r in probe_rows if r["round"] not in opts.test_rounds]
    train_rows += [r for r in dev_rows if r["half"] == opts.train_half and r["label"] is not None]
    test_rows = [r for r in probe_rows if r["round"] in opts.test_rounds]
    test_rows += [r for r in test_dev if r["half"] != opts.train_half]
    shown = {**vars(opts), "test_rounds": ",".join(sorted(opts.test_rounds))}
    print(f"train: {len(train_rows)} lines; {shown}")
    thresholds = cv_threshold(train_rows, opts)
    report_test(test_rows, Scorer(train_rows, opts).score(test_rows), thresholds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lines", type=Path, help="JSONL from benchmarks/line_dataset.py")
    parser.add_argument("--test-rounds", default="en4,de4", help="probe rounds held out")
    parser.add_argument("--train-half", default="A", choices="AB", help="dev half trained on")
    parser.add_argument("--no-context", action="store_true", help="leave out place features")
    parser.add_argument("--chars", action="store_true", help="add letter 4-grams of words")
    parser.add_argument("--probe-only", action="store_true", help="train on probe rounds only")
    parser.add_argument("--max-words", type=int, default=15, help="longer lines never flagged")
    parser.add_argument("--l2", type=float, default=1e-3, help="L2 penalty of the fit")
    parser.add_argument("--word-stats", action="store_true", help="add word junk-score features")
    parser.add_argument("--per-language", action="store_true", help="a threshold per language")
    parser.add_argument("--show", type=int, default=0, help="list the top held-out must-stay")
    args = parser.parse_args()
    opts = Options(
        test_rounds=frozenset(args.test_rounds.split(",")),
        train_half=args.train_half,
        context=not args.no_context,
        chars=args.chars,
        probe_only=args.probe_only,
        max_words=args.max_words,
        l2=args.l2,
        show=args.show,
        word_stats=args.word_stats,
        per_language=args.per_language,
    )
    rows = [json.loads(line) for line in args.lines.read_text("utf-8").splitlines()]
    run(rows, opts)


if __name__ == "__main__":
    main()

"""How well two charset guessers decode real text saved in a legacy charset.

Usage::

    python benchmarks/charset_guess.py

Texts: the seed articles (English with curly quotes and dashes) and, for the other
languages, the package's stop-word lists joined into one text each (real words, with the
letters each language needs). Each text is encoded in the legacy charsets its language was
commonly saved in; a guesser scores when it gives back exactly the original text. Guessers:
ftfy's ``guess_bytes`` (what ``--encoding-errors guess`` uses) and charset-normalizer's
``from_bytes(...).best()`` (not a dependency: install it to run this).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import ftfy
from charset_normalizer import from_bytes

ROOT = Path(__file__).resolve().parent.parent
STOPWORDS = ROOT / "src" / "corpusclean" / "data" / "stopwords"
CHARSETS = {
    "en": ("cp1252", "latin-1"),
    "de": ("cp1252", "latin-1"),
    "fr": ("cp1252", "latin-1"),
    "es": ("cp1252", "latin-1"),
    "it": ("cp1252", "latin-1"),
    "pt": ("cp1252", "latin-1"),
    "nl": ("cp1252", "latin-1"),
    "ru": ("cp1251", "koi8-r"),
}


def texts() -> list[tuple[str, str]]:
    """(language, text) pairs: the seeds, then one text per stop-word list."""
    pairs = [("en", path.read_text(encoding="utf-8")) for path in sorted(ROOT.glob("seeds/*.txt"))]
    for path in sorted(STOPWORDS.glob("*.txt")):
        if path.stem in CHARSETS and path.stem != "en":
            words = path.read_text(encoding="utf-8").split()
            pairs.append((path.stem, " ".join(words).capitalize() + "."))
    return pairs


def ftfy_guess(raw: bytes) -> str:
    return ftfy.guess_bytes(raw)[0]


def normalizer_guess(raw: bytes) -> str:
    best = from_bytes(raw).best()
    return "" if best is None else str(best)


def main() -> None:
    guessers: dict[str, Callable[[bytes], str]] = {
        "ftfy.guess_bytes": ftfy_guess,
        "charset-normalizer": normalizer_guess,
    }
    cases = []
    for language, text in texts():
        for charset in CHARSETS[language]:
            try:
                cases.append((language, charset, text, text.encode(charset)))
            except UnicodeEncodeError:  # curly quotes have no Latin-1 byte: not a real case
                continue
    print(f"{len(cases)} encoded texts")
    for name, guess in guessers.items():
        start = time.perf_counter()
        right: dict[str, list[int]] = {}
        for language, charset, text, raw in cases:
            score = right.setdefault(f"{language}/{charset}", [0, 0])
            score[0] += guess(raw) == text
            score[1] += 1
        elapsed = time.perf_counter() - start
        total = sum(ok for ok, _ in right.values())
        detail = ", ".join(f"{key} {ok}/{n}" for key, (ok, n) in right.items())
        print(f"{name:20} {total}/{len(cases)} exact in {elapsed * 1000:.0f} ms: {detail}")


if __name__ == "__main__":
    main()

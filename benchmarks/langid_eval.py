"""Language identification on the dev sets: the stoplist vote against py3langid.

Usage::

    python benchmarks/langid_eval.py ../shared/devset [--kinds gold,lenient,fullpage]
        [--pages PAGES.jsonl ...]

Every text of both sets is identified by `corpusclean.language.detect_language` (a vote of
the shipped stoplists, no dependency) and, when it is installed, by ``py3langid`` (a
packaged model; ``pip install py3langid``). Truth is the Readability manifest's ``lang``
(real pages only; the fixtures are lorem ipsum) and, for Scrapinghub, whose manifest has no
language, ``benchmarks/data/scrapinghub_lang.json``: py3langid's answer on each page's gold
text, with the six pages where the stoplist vote disagreed checked by eye (py3langid was
right on all six: two Korean, two Japanese, a Portuguese and an English results table).
A language without a shipped stoplist or script rule (`language.SCRIPT_LANGUAGES`: Chinese
and Japanese, told by their script) counts as identified correctly when the vote says None
(no rules ship for it either); py3langid is scored on its raw answer.
Cost is process CPU time per document, the median of three passes.

``--pages`` adds labelled real-page files (JSON lines with ``lang`` and ``text``, as the
private page sets of ``benchmarks/real_pages.py``): their pages are scored the same way, and
a confusion table says which true language came out as what, for both identifiers.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from corpusclean.language import SCRIPT_LANGUAGES, detect_language, stopword_lists

LABELS = Path(__file__).parent / "data" / "scrapinghub_lang.json"


def load(devset: Path, kinds: Sequence[str]) -> list[tuple[str, str, str]]:
    """(set/id/kind, true language, text) for every real page of both dev sets."""
    labels = json.loads(LABELS.read_text("utf-8"))
    items = []
    for name in ("scrapinghub", "readability"):
        for line in (devset / name / "manifest.jsonl").read_text("utf-8").splitlines():
            entry = json.loads(line)
            if entry.get("fixture"):
                continue
            truth = entry.get("lang") or labels[entry["id"]]
            for kind in kinds:
                path = devset / name / entry["id"] / f"{kind}.txt"
                if path.exists():
                    items.append((f"{name}/{entry['id']}/{kind}", truth, path.read_text("utf-8")))
    return items


def load_pages(files: Sequence[Path]) -> list[tuple[str, str, str]]:
    """(file/line number, true language, text) for every page of labelled page files."""
    items = []
    for path in files:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            page = json.loads(line)
            # The page sets label Norwegian "no"; its shipped stoplist is Bokmål's, "nb".
            truth = "nb" if page["lang"] == "no" else page["lang"]
            items.append((f"{path.stem}/{number}", truth, page["text"]))
    return items


def confusion(identify: Callable[[str], str | None], items) -> None:
    """Each true language's pages, by the language they were identified as (None: no vote)."""
    table: dict[str, Counter[str]] = {}
    for _, truth, text in items:
        table.setdefault(truth, Counter())[str(identify(text))] += 1
    for truth in sorted(table):
        said = ", ".join(f"{code} {n}" for code, n in table[truth].most_common())
        print(f"    {truth} ({sum(table[truth].values())}): {said}")


def cpu_per_doc(identify: Callable[[str], object], texts: Sequence[str]) -> float:
    runs = []
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            identify(text)
        runs.append((time.process_time() - start) / len(texts))
    return statistics.median(runs)


def score(name: str, identify: Callable[[str], str | None], items, known: set[str]) -> None:
    right = {"en": [0, 0], "other": [0, 0]}
    wrong = []
    for label, truth, text in items:
        expected = truth if truth in known else None
        answer = identify(text)
        group = right["en" if truth == "en" else "other"]
        group[1] += 1
        if answer == expected:
            group[0] += 1
        else:
            wrong.append((label, truth, answer))
    cost = cpu_per_doc(identify, [text for _, _, text in items])
    print(
        f"| {name} | {right['en'][0]}/{right['en'][1]} | {right['other'][0]}/{right['other'][1]}"
        f" | {cost * 1e3:.3f} ms |"
    )
    for label, truth, answer in wrong[:12]:
        print(f"    miss: {label} truth={truth} said={answer}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--kinds", default="gold,lenient,fullpage")
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="labelled page files")
    args = parser.parse_args()
    items = load(args.devset, args.kinds.split(","))
    pages = load_pages(args.pages)
    known = set(stopword_lists()) | set(SCRIPT_LANGUAGES)
    print(f"{len(items)} texts; identified languages: {sorted(known)}")
    print("| identifier | English right | other languages right | CPU per document |")
    print("|---|---:|---:|---:|")
    score("stoplist vote (corpusclean)", detect_language, items, known)
    if pages:
        print(f"{len(pages)} labelled pages:")
        score("stoplist vote (corpusclean), pages", detect_language, pages, known)
        confusion(detect_language, pages)
    try:
        import py3langid
    except ImportError:
        print("py3langid is not installed: pip install py3langid")
        return
    everything = {truth for _, truth, _ in items + pages}

    def classify(text: str) -> str:
        code: str = py3langid.classify(text)[0]
        return "nb" if code == "no" else code  # its Norwegian is Bokmål's "nb" here

    score("py3langid", classify, items, everything)
    if pages:
        score("py3langid, pages", classify, pages, everything)
        confusion(classify, pages)


if __name__ == "__main__":
    main()

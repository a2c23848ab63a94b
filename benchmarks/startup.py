"""The fixed CPU cost of one corpusclean process, before and around its first record.

Usage::

    python benchmarks/startup.py [--trees src ../ref/src] [--runs 7] [--cases import cli_jsonl]

Each case runs ``--runs`` times in a fresh ``python`` process (``sys.executable``) per tree,
the trees alternating run by run so that a change in the machine's load hits every tree
alike; the cost of a run is the CPU time (user + system) of that child process, read from
``resource.getrusage(RUSAGE_CHILDREN)`` around it, so the wait for a shared core is not
counted. Printed per case and tree: the median and the spread (min-max) in milliseconds.

Cases:

- ``python``: ``python -c pass``, the interpreter alone;
- ``floor``: ``python -c "import ftfy; ftfy.fix_text('x')"``, the peer every run imports;
- ``import``: ``python -c "import corpusclean"``;
- ``cli_jsonl`` / ``cli_txt``: ``python -m corpusclean clean -q FILE`` on a one-record JSONL
  file and on a one-article text file (the English article below), output to /dev/null;
- ``api_en``: ``Cleaner()`` built and one ``clean`` of the short English article;
- ``api_de``: the same for a short German article under the default ``language="auto"``;
- ``cleaner``: ``import corpusclean`` and ``Cleaner()`` (the default configuration);
- ``first_clean``: that and one ``clean`` of a one-line text (`ONE_LINE`), the least a
  worker pays before its first output (issue #8: the three numbers ``import``, ``cleaner``
  and ``first_clean``);
- ``first_page``: ``Cleaner(Config.page())`` and one ``clean`` of a short page (`PAGE`),
  what a page-mode worker pays before its first output.

A tree is a folder put first on ``PYTHONPATH`` (a checkout's ``src``); the interpreter and
its installed packages are this one's. By default the runs read compiled bytecode as an
installed package does: it is written once, by an unmeasured first run per tree, under a
temporary ``PYTHONPYCACHEPREFIX`` (so no ``__pycache__`` lands in the trees). With
``--no-bytecode`` every run compiles every module it imports from source, as under
``PYTHONDONTWRITEBYTECODE=1`` without cached bytecode (a fresh CI checkout).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ENGLISH = """Council approves new bus routes for the east side
Share this article
By Jane Miller, Staff Writer
The city council on Tuesday approved three new bus routes that will connect the east side \
with the downtown transit hub, officials said.
The routes, which start running in March, were requested by residents for years.
"We have listened," said council member Ana Ruiz. "This is a start, not the end."
Advertisement
Read more: Budget talks stall again
Copyright 2024 The Daily Example. All rights reserved.
"""

GERMAN = """Stadtrat beschließt neue Buslinien für den Osten
Artikel teilen
Von Jana Müller
Der Stadtrat hat am Dienstag drei neue Buslinien beschlossen, die den Osten der Stadt mit \
dem Bahnhof verbinden sollen, teilten die Behörden mit.
Die Linien, die im März ihren Betrieb aufnehmen, hatten sich Anwohner seit Jahren gewünscht.
„Wir haben zugehört", sagte die Stadträtin Anna Ruiz. „Das ist ein Anfang, nicht das Ende."
Anzeige
Mehr zum Thema: Haushaltsgespräche stocken erneut
© 2024 Die Beispielzeitung. Alle Rechte vorbehalten.
"""

ONE_LINE = "The council met on Tuesday to discuss the budget."

PAGE = "\n".join(
    [
        "Home | News | Sport | Weather | Business",
        "Council votes to rebuild the harbour wall",
        "The council voted on Monday to rebuild the harbour wall before the winter storms, "
        "after two years of talks with the fishermen who use it.",
        "The work will take eight months and cost about four million pounds, the council said.",
        "Share this article",
        "Privacy policy | Cookies | Contact us",
    ]
)

_API = "from corpusclean import Cleaner; Cleaner().clean(open({path!r}, encoding='utf-8').read())"


def case_commands(folder: Path) -> dict[str, list[str]]:
    """Each case's command line (after the interpreter), its input files written to `folder`."""
    english, german = folder / "article_en.txt", folder / "article_de.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    german.write_text(GERMAN, encoding="utf-8")
    record = folder / "record.jsonl"
    record.write_text(json.dumps({"id": "1", "text": ENGLISH}) + "\n", encoding="utf-8")
    clean = ["-m", "corpusclean", "clean", "-q", "-o", os.devnull]
    return {
        "python": ["-c", "pass"],
        "floor": ["-c", "import ftfy; ftfy.fix_text('x')"],
        "import": ["-c", "import corpusclean"],
        "cli_jsonl": [*clean, str(record)],
        "cli_txt": [*clean, str(english)],
        "api_en": ["-c", _API.format(path=str(english))],
        "api_de": ["-c", _API.format(path=str(german))],
        "cleaner": ["-c", "import corpusclean; corpusclean.Cleaner()"],
        "first_clean": ["-c", f"import corpusclean; corpusclean.Cleaner().clean({ONE_LINE!r})"],
        "first_page": [
            "-c",
            f"import corpusclean; corpusclean.Cleaner(corpusclean.Config.page()).clean({PAGE!r})",
        ],
    }


def cpu_of_run(command: Sequence[str], tree: str, cache: str | None) -> float:
    """CPU seconds (user + system) that one child process running `command` spent;
    bytecode is read and written under `cache`, or never written when it is None."""
    env = {**os.environ, "PYTHONPATH": tree}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.update({"PYTHONPYCACHEPREFIX": cache} if cache else {"PYTHONDONTWRITEBYTECODE": "1"})
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, *command], env=env, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(
    command: Sequence[str], trees: Sequence[str], runs: int, cache: str | None
) -> dict[str, list[float]]:
    """`runs` CPU times of `command` per tree, the trees taking turns, after one unmeasured
    run per tree (which writes the bytecode a cached run reads)."""
    times: dict[str, list[float]] = {tree: [] for tree in trees}
    for tree in trees:
        cpu_of_run(command, tree, cache)
    for _ in range(runs):
        for tree in trees:
            times[tree].append(cpu_of_run(command, tree, cache))
    return times


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, list[float]]]:
    """Print each case's median and spread per tree; return every run's CPU seconds, by
    case and tree."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trees", nargs="+", default=["src"], help="folders for PYTHONPATH")
    parser.add_argument("--runs", type=int, default=7, help="runs per case and tree")
    parser.add_argument("--cases", nargs="+", help="the cases to run (default: all)")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="compile every imported module in every run"
    )
    args = parser.parse_args(argv)
    trees = [str(Path(tree).resolve()) for tree in args.trees]
    found: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        commands = case_commands(Path(folder))
        cache = None if args.no_bytecode else str(Path(folder) / "pycache")
        for name in args.cases or commands:
            times = found[name] = measure(commands[name], trees, args.runs, cache)
            for tree, seconds in times.items():
                ms = [1000 * s for s in seconds]
                print(
                    f"{name:12} {statistics.median(ms):7.0f} ms  "
                    f"({min(ms):.0f}-{max(ms):.0f})  {tree}",
                    flush=True,
                )
    return found


if __name__ == "__main__":
    main()

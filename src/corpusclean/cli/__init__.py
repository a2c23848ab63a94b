"""The ``corpusclean`` command: argument parsing and reporting only; the work is the library's.

One module per command (`clean`, `explain`, `rules`) and the option groups they share
(`options`): every command that cleans takes the same ``Config`` options, so ``explain``
shows what ``clean`` does with them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from ..config import Config
from ..distributed.cluster import EngineError
from ..language import FALLBACK_LANGUAGE
from ..pipeline import Cleaner
from ..rules import Rule, load_builtin_rules
from .clean import run_clean
from .clean_dedupe import add_clean_dedupe_options
from .dedupe import add_dedupe_parser, run_dedupe
from .explain import run_explain
from .learn import add_clean_learn_options, add_learn_parser, run_learn
from .options import (
    add_clean_options,
    add_config_options,
    add_engine_options,
    add_input_options,
    config_from,
    resolve_locations,
    unknown_names,
)
from .rules import run_rules
from .settings import SettingsError

__all__ = ["build_parser", "main"]

# The commands that clean take the Cleaner the cleaning options describe; the others
# (dedupe reads records as they are) take no cleaning options and build no Cleaner.
_CLEANING_COMMANDS: dict[str, Callable[[argparse.Namespace, Cleaner], int]] = {
    "clean": run_clean,
    "explain": run_explain,
    "rules": run_rules,
}
_OTHER_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"dedupe": run_dedupe}
# Commands that read lines as clean would (the Config's normalisation), with no Cleaner.
_CONFIG_COMMANDS: dict[str, Callable[[argparse.Namespace, Config], int]] = {"learn": run_learn}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``corpusclean`` command and its subcommands."""
    parser = argparse.ArgumentParser(
        prog="corpusclean", description="Clean scraped article text into structured JSONL records."
    )
    parser.add_argument("--version", action="version", version=f"corpusclean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser(
        "clean",
        help="clean .txt files or .jsonl records into JSONL articles",
        description="Clean every .txt file (one document) and .jsonl line (one record) "
        "found in the inputs; folders are searched recursively.",
    )
    clean.add_argument("inputs", nargs="+", help="files, folders, or - for standard input")
    add_clean_options(clean)
    add_engine_options(clean)
    add_clean_learn_options(clean)
    add_clean_dedupe_options(clean)
    add_input_options(clean)
    add_config_options(clean)
    explain = commands.add_parser(
        "explain",
        help="show, block by block, what clean keeps and removes, and why",
        description="Print every block of each input document with the decision on it: "
        "title, kept or removed, the rule that removed it, and the rule it matches on its "
        "own. Takes the same inputs and cleaning options as clean.",
    )
    explain.add_argument("inputs", nargs="+", help="files, folders, or - for standard input")
    explain.add_argument(
        "--record",
        metavar="N|ID",
        help="explain only this record: its line (JSONL) or record number (WARC), or its id",
    )
    add_input_options(explain)
    add_config_options(explain)
    rules = commands.add_parser(
        "rules",
        help="list the rules and detectors in use, with their families",
        description="List every rule (in matching order) and every detector (in run order) "
        "that the cleaning options enable.",
    )
    add_config_options(rules)
    add_dedupe_parser(commands)
    add_learn_parser(commands)
    return parser


def _cleaner(args: argparse.Namespace) -> Cleaner | str:
    """The Cleaner the options describe, or a message saying why there is none."""
    try:
        config = config_from(args)
    except (SettingsError, ValueError, TypeError) as error:
        return str(error)
    try:
        cleaner = Cleaner(config)
    except (OSError, ValueError, TypeError) as error:
        return f"cannot load the rules: {error}"
    problems = unknown_names(cleaner.config.disabled_rules, _all_rules(cleaner))
    return "\n".join(problems) if problems else cleaner


def _all_rules(cleaner: Cleaner) -> list[Rule]:
    """The rules the options load, disabled ones included (to check --disable names).

    Read from the rule files the Cleaner has already loaded, not by building a second one.
    """
    config = cleaner.config
    language = FALLBACK_LANGUAGE if config.language == "auto" else config.language
    builtin = load_builtin_rules(language) if config.builtin_rules else ()
    return [*builtin, *cleaner.user_rules]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    0 when every record was cleaned or at least one was (rejects are in the rejects file),
    1 when there were records and all of them were rejected, 2 for bad usage or rule files.
    """
    args = build_parser().parse_args(argv)
    problem = resolve_locations(args)
    if problem:
        print(f"corpusclean: {problem}", file=sys.stderr)
        return 2
    try:
        return _dispatch(args)
    except EngineError as error:  # a scheduler out of reach, a URL no file system opens
        print(f"corpusclean: {error}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    """Run the command `args` names."""
    if args.command in _OTHER_COMMANDS:
        return _OTHER_COMMANDS[args.command](args)
    if args.command in _CONFIG_COMMANDS:
        try:
            config = config_from(args)
        except (SettingsError, ValueError, TypeError) as error:
            print(f"corpusclean: {error}", file=sys.stderr)
            return 2
        return _CONFIG_COMMANDS[args.command](args, config)
    cleaner = _cleaner(args)
    if isinstance(cleaner, str):
        print(f"corpusclean: {cleaner}", file=sys.stderr)
        return 2
    return _CLEANING_COMMANDS[args.command](args, cleaner)

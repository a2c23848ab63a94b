"""Option groups shared by the commands: every `Config` field, and where records come from.

The config options are made from `Config`'s own fields, so a new field is a new option with
no code here: ``--mode``, ``--language``, ``--removal-budget 0.3``, ``--no-evidence``...
Rule files and disabled names keep their short spellings, ``--rules`` and ``--disable``.
"""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Iterable
from typing import Any, get_args

import attrs

from ..config import Config, Mode
from ..detect import DETECTORS
from ..io.records import DEFAULT_MAX_BYTES
from ..io.sources import FORMATS
from ..io.text import ENCODING_ERRORS
from ..rules import Rule
from .settings import fields_from_file, fields_from_sets
from .work import OUTPUT_FIELDS, available_cores

__all__ = [
    "add_clean_options",
    "add_config_options",
    "add_engine_options",
    "add_input_options",
    "config_from",
    "engine_of",
    "given_fields",
    "positive",
    "resolve_locations",
    "unknown_names",
]

# Fields whose option is spelt apart from the field's name, as 0.1's command line had it.
_RENAMED = {"rule_files": "--rules", "disabled_rules": "--disable"}
_METAVARS = {"rule_files": "FILE", "disabled_rules": "NAME"}
_HELP = {
    "rule_files": "an extra TOML or JSON rule file (repeatable)",
    "disabled_rules": "switch off a rule or detector by name (repeatable)",
}


def _option(name: str) -> str:
    return _RENAMED.get(name, "--" + name.replace("_", "-"))


def add_config_options(parser: argparse.ArgumentParser) -> None:
    """Add one option per `Config` field; unset options keep the field's default."""
    group = parser.add_argument_group("cleaning (Config fields; see docs/config.md)")
    group.add_argument(
        "--config",
        metavar="FILE.toml",
        help="a TOML file of Config fields (field = value); options given here override it",
    )
    group.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="set one Config field, as in --set removal_budget=0.3 (repeatable)",
    )
    for field in attrs.fields(Config):
        default = field.default
        kwargs: dict[str, Any] = {"dest": field.name, "default": None}
        help_text = _HELP.get(field.name, f"Config.{field.name} (default: {default})")
        if field.name in _RENAMED:
            kwargs.update(action="append", metavar=_METAVARS[field.name])
        elif isinstance(default, bool):
            kwargs.update(action=argparse.BooleanOptionalAction)
        elif field.name == "mode":
            kwargs.update(choices=get_args(Mode))
        else:
            kwargs.update(type=type(default))
        group.add_argument(_option(field.name), help=help_text, **kwargs)


def given_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The `Config` fields the options set: the --config file, then --set, then each field's
    own option, later ones winning. Raises `SettingsError` for a bad file or --set."""
    options = {
        field.name: getattr(args, field.name)
        for field in attrs.fields(Config)
        if getattr(args, field.name, None) is not None
    }
    from_file = fields_from_file(args.config) if args.config else {}
    return {**from_file, **fields_from_sets(args.settings), **options}


def config_from(args: argparse.Namespace) -> Config:
    """The `Config` the options describe: the fields given, defaults for the rest."""
    return Config(**given_fields(args))


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that say how input files are read."""
    parser.add_argument(
        "--text-field",
        default="text",
        help="the field holding the text in JSONL records (default: text)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="reject records larger than this (default: %(default)s)",
    )
    parser.add_argument(
        "--encoding-errors",
        choices=ENCODING_ERRORS,
        default="strict",
        help="input that is not UTF-8: reject it (strict), replace the bad bytes with U+FFFD "
        "(replace), or decode it as Latin-1/Windows-1252 and record the charset (guess)",
    )
    parser.add_argument(
        "--format",
        dest="input_format",
        choices=FORMATS,
        default="auto",
        help="read every input as this format (default: auto, by suffix; standard input as jsonl)",
    )


def add_clean_options(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``clean``: outputs, the record fields, jobs and policies."""
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        help="JSONL file for the articles, compressed by suffix "
        "(.gz, .bz2, .xz, .zst); - or no option: standard output",
    )
    parser.add_argument(
        "--rejects",
        help="JSONL file for records that could not be cleaned "
        "(default: OUTPUT.rejects.jsonl, or standard error when writing to standard output)",
    )
    parser.add_argument(
        "--fields",
        type=_field_list,
        default=OUTPUT_FIELDS,
        metavar="NAME,...",
        help=f"the fields of each output record, in order (default: {','.join(OUTPUT_FIELDS)})",
    )
    add_jobs_option(
        parser,
        "clean in N worker processes; output is the same as with 1 (default: the cores "
        "this process may use, %(default)s here; inputs of a few dozen records use one)",
    )
    parser.add_argument(
        "--reject-empty",
        action="store_true",
        help="reject empty and whitespace-only texts instead of writing them flagged empty",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when any record is rejected"
    )
    parser.add_argument("--stats", metavar="FILE", help="write the summary to FILE as JSON")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print neither progress nor the summary"
    )


def engine_of(args: argparse.Namespace) -> str:
    """The engine the options choose: --engine, else dask when a scheduler is named."""
    engine: str = args.engine or ("dask" if args.scheduler else "local")
    return engine


#: The options that name files, for `resolve_locations`.
_LOCATIONS = ("inputs", "output", "rejects", "duplicates", "stats")
_HERE_ONLY = (
    "{url}: this file is written by this machine, not by the workers: give a local path "
    "(or a file:// URL)"
)


def resolve_locations(args: argparse.Namespace) -> str | None:
    """Turn ``file://`` URLs into local paths, in place; say why, when another URL names a
    file that this run would read or write here (only the Dask engine's workers use URLs)."""
    from ..distributed.storage import StorageError, filesystem, is_url, local_name, remote_problem

    for name in _LOCATIONS:
        value = getattr(args, name, None)
        if isinstance(value, list):
            setattr(args, name, [local_name(item) for item in value])
        elif isinstance(value, str):
            setattr(args, name, local_name(value))
    named = [*getattr(args, "inputs", []), *(getattr(args, n, None) or "" for n in _LOCATIONS[1:])]
    dask = hasattr(args, "engine") and engine_of(args) == "dask"
    if not dask:
        return remote_problem(named)
    here = [args.stats] if getattr(args, "stats", None) else []
    here += [args.output] if args.command == "learn" else []
    problem = next((_HERE_ONLY.format(url=name) for name in here if is_url(name)), None)
    try:  # before a cluster is started or reached: a URL no file system here opens
        _ = [filesystem(name) for name in named if is_url(name)]
    except StorageError as error:
        return problem or str(error)
    return problem


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that choose where the work runs: here, or on a Dask cluster."""
    group = parser.add_argument_group("engine (see docs/distributed.md)")
    group.add_argument(
        "--engine",
        choices=("local", "dask"),
        default=None,
        help="local: this machine (--jobs processes); dask: a Dask cluster, the one at "
        "--scheduler or a LocalCluster of --jobs workers (default: local, or dask when "
        "--scheduler is given)",
    )
    group.add_argument(
        "--scheduler",
        metavar="ADDR",
        help="run on the Dask cluster whose scheduler is at ADDR (tcp://HOST:PORT); the "
        "workers must see the inputs and outputs under the same names",
    )


def _field_list(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in OUTPUT_FIELDS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"{', '.join(unknown) or 'no field'}: the output fields are {', '.join(OUTPUT_FIELDS)}"
        )
    return names


def add_jobs_option(parser: argparse.ArgumentParser, help: str, default: int | None = None) -> None:
    """Add ``-j/--jobs N``, worker processes, by default the cores this process may use."""
    parser.add_argument(
        "-j",
        "--jobs",
        type=positive,
        default=available_cores() if default is None else default,
        metavar="N",
        help=help,
    )


def positive(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def unknown_names(names: Iterable[str], rules: Iterable[Rule]) -> list[str]:
    """Messages for names given to ``--disable`` that no rule or detector has.

    A typo would otherwise switch nothing off, silently; the message suggests the nearest
    known names.
    """
    known = {rule.name for rule in rules} | {detector.name for detector in DETECTORS}
    messages = []
    for name in sorted(set(names) - known):
        close = difflib.get_close_matches(name, sorted(known), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `corpusclean rules`"
        messages.append(f"--disable {name}: no rule or detector has this name{hint}")
    return messages

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
from ..rules import Rule

__all__ = ["add_config_options", "add_input_options", "config_from", "unknown_names"]

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


def config_from(args: argparse.Namespace) -> Config:
    """The `Config` the options describe: the fields given, defaults for the rest."""
    given = {
        field.name: getattr(args, field.name)
        for field in attrs.fields(Config)
        if getattr(args, field.name, None) is not None
    }
    return Config(**given)


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
        choices=("strict", "replace"),
        default="strict",
        help="reject input that is not UTF-8 (strict) or replace bad bytes",
    )


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

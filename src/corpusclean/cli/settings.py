"""`Config` fields from a TOML file (``--config``) and from ``--set FIELD=VALUE``.

Both are checked against `Config`'s own fields: an unknown key is an error that names the
valid ones, and a value of the wrong kind is an error that says which kind the field takes,
so a typo never switches nothing off silently.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import attrs

from ..compat import tomllib
from ..config import Config

__all__ = ["SettingsError", "fields_from_file", "fields_from_sets"]

_FIELDS = {field.name: field for field in attrs.fields(Config)}
_LIST_FIELDS = ("rule_files", "disabled_rules")
_TRUE = ("true", "yes", "on", "1")
_FALSE = ("false", "no", "off", "0")


class SettingsError(ValueError):
    """A config file or ``--set`` that names no `Config` field or gives a wrong value."""


def fields_from_file(path: str) -> dict[str, Any]:
    """The `Config` fields a TOML file sets, checked; raises `SettingsError`."""
    try:
        document = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise SettingsError(f"--config {path}: cannot read it: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SettingsError(f"--config {path}: not valid TOML: {error}") from None
    return {name: _check(f"--config {path}", name, value) for name, value in document.items()}


def fields_from_sets(settings: list[str]) -> dict[str, Any]:
    """The `Config` fields that ``--set FIELD=VALUE`` options set; raises `SettingsError`."""
    fields: dict[str, Any] = {}
    for setting in settings:
        name, equals, text = setting.partition("=")
        name = name.strip().replace("-", "_")
        if not equals:
            raise SettingsError(f"--set {setting}: expected FIELD=VALUE, as in --set mode=page")
        fields[name] = _check(f"--set {setting}", name, _parse(name, text.strip()))
    return fields


def _parse(name: str, text: str) -> Any:
    """The value a ``--set`` string stands for, by the type of the field's default."""
    field = _FIELDS.get(name)
    if field is None:
        return text  # _check names the valid fields
    default = field.default
    if name in _LIST_FIELDS:
        return [part.strip() for part in text.split(",") if part.strip()]
    if isinstance(default, bool):
        lowered = text.lower()
        return True if lowered in _TRUE else False if lowered in _FALSE else text
    for kind in (int, float):
        if isinstance(default, kind):
            try:
                return kind(text)
            except ValueError:
                return text
    return text


def _check(where: str, name: str, value: Any) -> Any:
    field = _FIELDS.get(name)
    if field is None:
        close = difflib.get_close_matches(name, list(_FIELDS), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        valid = ", ".join(_FIELDS)
        raise SettingsError(f"{where}: {name!r} is no Config field{hint}; valid: {valid}")
    if not _is_kind(field.default, value, name):
        kind = _kind_name(field.default, name)
        raise SettingsError(f"{where}: {name} takes {kind}, got {value!r}")
    return value


def _is_kind(default: Any, value: Any, name: str) -> bool:
    if name in _LIST_FIELDS:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return type(value) is type(default)


def _kind_name(default: Any, name: str) -> str:
    if name in _LIST_FIELDS:
        return "a list of strings (comma-separated with --set)"
    if isinstance(default, bool):
        return "true or false"
    return {int: "a whole number", float: "a number", str: "a string"}[type(default)]

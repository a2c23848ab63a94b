"""Boilerplate rules as data: the `Rule` value and rule-file loading.

A rule file (TOML, or JSON with the same shape) holds ``[[rules]]`` tables::

    [[rules]]
    name = "share_this"          # unique; used in Removal.rule and Config.disabled_rules
    family = "social"            # a group for reports and docs
    scope = "line"               # line | list | rest | edge | margin (see `Scope`)
    certain = true               # unambiguous junk: not limited by the removal budget
    max_words = 8                # longer lines are never tested against this rule
    reason = "a share-button label"
    pattern = '''share (this|on)'''   # must match the WHOLE line; case-insensitive unless
                                      # ignore_case = false
    keywords = ["share"]         # optional: lower-case strings of which a line must contain
                                 # one before the pattern is tried. Give them to a pattern
                                 # that starts by scanning (.{0,100}...); they must be
                                 # necessary for a match, or lines are missed.
    source = "example.com"       # optional: apply only to documents of this source ...
    source_by = "domain"         # ... read as: the host of the record's source URL (domain),
                                 # the source itself (source), or a record field's value
    unless = ["quoted", "reported"]  # optional: lines the rule never takes, whatever its
                                 # pattern says (`corpusclean.rules.guards`): a quotation the
                                 # sentence goes on after, a verb of saying after a comma
                                 # ("speech": a verb of saying anywhere in the line)

A file whose rules use ``unless = ["reported"]`` or ``["speech"]`` names, at its top, the
language whose verbs of saying the guards read: ``language = "pt"``
(``data/lang/<language>.toml``'s ``saying_verbs``); a built-in file's language is the one in
its name.

The built-in news sets ship as package data, one file per language
(``rules/data/news_<language>.toml``), and go through the same loader as a user's files.
Every language also gets the rules that read a line's shape and no word (``rules/data/shapes.toml``,
`SHAPE_RULE_FILE`: a bare address, a separator line) and the publishing platforms' fixed strings
(``rules/data/platforms.toml``, `PLATFORM_RULE_FILE`), all languages together: a platform prints
them in its template's language, not the article's. `load_shared_rules` loads those two.
A date stamp's rules that read no word are written once too (``rules/data/dates.toml``,
`DATE_RULE_FILE`), and a file takes one at its own place with a table that names it alone
(``[[rules]]`` / ``shared = "timestamp_line"``): where it stands decides which rule a line both
match gets, so each language file keeps its rules' order.
The compiled matching engine is `corpusclean.rules.engine`.
"""

from __future__ import annotations

import enum
import functools
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

import attrs
import regex

from ..compat import tomllib
from .fold import fold_case
from .guards import Guard, guard_pattern

__all__ = [
    "DATE_RULE_FILE",
    "PLATFORM_RULE_FILE",
    "RULE_FILE_KEYS",
    "SHAPE_RULE_FILE",
    "Guard",
    "Rule",
    "Scope",
    "builtin_languages",
    "builtin_rule_file",
    "load_builtin_rules",
    "load_platform_rules",
    "load_rules",
    "load_shared_rules",
    "parse_rules",
]

#: The keys a rule table of a rule file may have.
RULE_FILE_KEYS = frozenset(
    {
        "name",
        "family",
        "scope",
        "certain",
        "max_words",
        "reason",
        "pattern",
        "ignore_case",
        "keywords",
        "verbose",
        "source",
        "source_by",
        "unless",
    }
)
_NAME = regex.compile(r"[a-z][a-z0-9_]*")


class Scope(enum.Enum):
    """Where a rule applies and what it removes."""

    #: The matching line alone, anywhere in the document.
    LINE = "line"
    #: A trigger line ("Read also:") plus the run of headline-like lines that follows it.
    LIST = "list"
    #: A trigger line ("Leave a reply") plus everything after it, when it follows the body.
    REST = "rest"
    #: The matching line, only in the leading or trailing region (before the first or after
    #: the last prose paragraph): datelines, bylines and credits that are content elsewhere.
    EDGE = "edge"
    #: The matching line, except among the body's prose (a prose paragraph within a few
    #: blocks above it and within a few below it): a breadcrumb stands over the headline or
    #: under the story, where a route or a ranking between two paragraphs is the story's.
    MARGIN = "margin"
    #: The matching line, except a single sentence among the body's prose (a paragraph no rule
    #: hits within a few blocks above it and within a few below it): a page's notice sits at
    #: the page's end, under a picture or beside other notices, or strings several sentences.
    NOTICE = "notice"


def _lower_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("keywords is a list of strings, not a single string")
    return tuple(fold_case(str(item)) for item in value)


_GUARD_NAMES = ", ".join(repr(guard.value) for guard in Guard)


def _guards(value: Iterable[str | Guard]) -> tuple[Guard, ...]:
    """The guards ``unless`` names, in order and once each."""
    if isinstance(value, str):
        raise TypeError(f"unless is a list of guard names ({_GUARD_NAMES}), not a single string")
    found = []
    for item in value:
        try:
            found.append(Guard(item))
        except ValueError:
            raise ValueError(
                f"unless names an unknown guard {item!r}; the guards are {_GUARD_NAMES}"
            ) from None
    return tuple(dict.fromkeys(found))


@attrs.frozen(slots=True)
class Rule:
    """One named boilerplate rule.

    >>> rule = Rule(name="advert", family="layout", pattern="advertisement", reason="ad label")
    >>> rule.compile().fullmatch("ADVERTISEMENT") is not None
    True
    """

    name: str = attrs.field()
    family: str
    pattern: str
    reason: str
    scope: Scope = attrs.field(default=Scope.LINE, converter=Scope)
    certain: bool = False
    max_words: int = attrs.field(default=40, validator=attrs.validators.ge(1))
    ignore_case: bool = True
    verbose: bool = False
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_lower_tuple)
    #: The one source whose documents the rule applies to (None: every document), read as
    #: `source_by` says: see `corpusclean.rules.sources.source_key`.
    source: str | None = attrs.field(default=None)
    source_by: str = attrs.field(default="domain")
    #: The kinds of line the rule never takes, whatever its pattern says (`Guard`).
    unless: tuple[Guard, ...] = attrs.field(default=(), converter=_guards)
    #: The language whose words the guards read (a ``data/lang`` code): the rule file's.
    language: str | None = attrs.field(default=None)
    #: `pattern` behind the lookaheads of its guards, built once with the rule: what the
    #: rule matches (`compile`) and what the matcher reads; `pattern` itself when unguarded.
    guarded_pattern: str = attrs.field(init=False, eq=False, repr=False)

    @guarded_pattern.default
    def _guard_pattern(self) -> str:
        return guard_pattern(self.pattern, self.unless, self.language, self.verbose)

    @source.validator
    def _check_source(self, _attribute: attrs.Attribute[str | None], source: str | None) -> None:
        if source is not None and (not isinstance(source, str) or not source.strip()):
            raise ValueError(f"source is a non-empty string (a domain or a value), got {source!r}")

    @source_by.validator
    def _check_source_by(self, _attribute: attrs.Attribute[str], source_by: str) -> None:
        if not isinstance(source_by, str) or not source_by.strip():
            raise ValueError(
                f"source_by is 'domain', 'source' or a record field's name, got {source_by!r}"
            )

    @name.validator
    def _check_name(self, _attribute: attrs.Attribute[str], name: str) -> None:
        if not _NAME.fullmatch(name):
            raise ValueError(f"rule name {name!r} must be lower_snake_case (a-z, 0-9, _)")

    def with_guards_inlined(self) -> Rule:
        """The same rule with its guards written into its pattern (`guarded_pattern`), and
        no `unless`: the rule as the matcher reads it, which may cut its pattern apart.

        >>> rule = Rule(name="a", family="b", pattern="follow us", reason="c", unless=["quoted"])
        >>> inlined = rule.with_guards_inlined()
        >>> inlined.pattern == rule.guarded_pattern, inlined.unless
        (True, ())
        """
        if not self.unless:
            return self
        return attrs.evolve(self, pattern=self.guarded_pattern, unless=())

    def compile(self) -> regex.Pattern[str]:
        """Compile the pattern, behind its guards, with the `regex` module, which supports
        match timeouts."""
        flags = (regex.IGNORECASE if self.ignore_case else 0) | (
            regex.VERBOSE if self.verbose else 0
        )
        return regex.compile(self.guarded_pattern, flags | regex.V0)

    def compile_trusted(self) -> re.Pattern[str] | None:
        """Compile a built-in pattern with the standard library, or None if it cannot.

        The stdlib engine costs a fraction of `regex` per call, but has no timeout, so only
        the reviewed, tested built-in rules use it; user rules always run under a timeout.
        """
        flags = (re.IGNORECASE if self.ignore_case else 0) | (re.VERBOSE if self.verbose else 0)
        try:
            return re.compile(self.guarded_pattern, flags)
        except re.error:
            return None


def _rule_from_mapping(
    data: Mapping[str, Any], origin: str, check_pattern: bool = True, language: str | None = None
) -> Rule:
    unknown = set(data) - RULE_FILE_KEYS
    if unknown:
        raise ValueError(
            f"{origin}: rule {data.get('name')!r} has unknown keys "
            f"{sorted(unknown)}; allowed: {sorted(RULE_FILE_KEYS)}"
        )
    try:
        rule = Rule(**data, language=language)
        if check_pattern:
            rule.compile()
    except (TypeError, ValueError, regex.error) as error:
        raise ValueError(f"{origin}: rule {data.get('name')!r} is invalid: {error}") from error
    return rule


def parse_rules(
    text: str, origin: str, fmt: str = "toml", language: str | None = None
) -> tuple[Rule, ...]:
    """Parse the text of a rule file; ``fmt`` is ``"toml"`` or ``"json"``. The guards read
    the words of the file's top-level ``language``, else of ``language``."""
    return _parse_rules(text, origin, fmt, check_patterns=True, language=language)


def _parse_rules(
    text: str, origin: str, fmt: str, check_patterns: bool, language: str | None = None
) -> tuple[Rule, ...]:
    """`parse_rules`, compiling each pattern with `regex` to check it when ``check_patterns``."""
    try:
        document = tomllib.loads(text) if fmt == "toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{origin}: not valid {fmt.upper()}: {error}") from error
    entries = document.get("rules") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ValueError(
            f"{origin}: a rule file needs a top-level 'rules' list ([[rules]] tables in TOML)"
        )
    language = _file_language(document, origin, language)
    return tuple(
        _rule_from_mapping(_placed(entry, origin), origin, check_patterns, language)
        for entry in entries
    )


#: The shipped rule file of the date rules that read no word (a year and a clock time on a
#: line of a stamp's parts), which a language's file takes at its own place (`_placed`): they
#: were copied into seven languages' files (timestamp_line) and two (timestamp_pair_line).
#: Placed, not appended after a language's rules as the shape rules are: the first rule that
#: matches a line names it, and a file orders its rules around them (news_de.toml tries its
#: broadcast_note before timestamp_line, news_en.toml its update_notice after).
DATE_RULE_FILE = "dates.toml"

#: The key of a table that takes a rule of `DATE_RULE_FILE` at its place, and has no other.
SHARED_KEY = "shared"


def _placed(entry: Any, origin: str) -> Any:
    """A rule file's table as a rule's: the rule of `DATE_RULE_FILE` that a table holding
    `SHARED_KEY` alone names (``shared = "timestamp_line"``), else the table itself."""
    if not isinstance(entry, Mapping) or SHARED_KEY not in entry:
        return entry
    tables = _shared_tables()
    name = entry[SHARED_KEY]
    if len(entry) != 1 or not isinstance(name, str) or name not in tables:
        raise ValueError(
            f"{origin}: a table with {SHARED_KEY!r} names one rule of {DATE_RULE_FILE} and "
            f"has no other key; the rules there are {sorted(tables)}, got {dict(entry)!r}"
        )
    return tables[name]


@functools.lru_cache(maxsize=1)
def _shared_tables() -> dict[str, dict[str, Any]]:
    """The rule tables of `DATE_RULE_FILE`, by name, as the file holds them."""
    text = _data_folder().joinpath(DATE_RULE_FILE).read_text("utf-8")
    return {table["name"]: table for table in tomllib.loads(text)["rules"]}


def _file_language(document: Mapping[str, Any], origin: str, default: str | None) -> str | None:
    """The language a rule file names at its top (``language = "pt"``), else ``default``."""
    named = document.get("language", default)
    if named is not None and (not isinstance(named, str) or not _LANGUAGE_CODE.fullmatch(named)):
        raise ValueError(
            f'{origin}: the top-level language is a language code such as "pt", got {named!r}'
        )
    return named


_LANGUAGE_CODE = regex.compile(r"[a-z]{2,3}")


def load_rules(path: str | Path) -> tuple[Rule, ...]:
    """Load a user rule file (``.toml`` or ``.json``) through the built-in set's code path.

    A URL (``s3://bucket/site-rules.toml``) is read through fsspec, as the Dask engine's
    inputs are: a cluster's workers load the rules from where the client names them.
    """
    fmt = "json" if PurePosixPath(str(path)).suffix.lower() == ".json" else "toml"
    return parse_rules(_read_rule_file(str(path)), str(path), fmt)


def _read_rule_file(name: str) -> str:
    from ..distributed.storage import is_url, open_binary  # fsspec only for a URL

    if not is_url(name):
        return Path(name).read_text(encoding="utf-8")
    with open_binary(name) as handle:
        return handle.read().decode("utf-8")


def _data_folder() -> Any:
    return resources.files("corpusclean").joinpath("rules").joinpath("data")


def builtin_rule_file(language: str) -> str:
    """The name of the built-in rule file of a language, under ``corpusclean/rules/data``."""
    return f"news_{language}.toml"


def builtin_languages() -> tuple[str, ...]:
    """The languages that have a built-in rule set, as codes ("en", ...), sorted.

    >>> "en" in builtin_languages()
    True
    """
    names = (entry.name for entry in _data_folder().iterdir())
    return tuple(sorted(n[5:-5] for n in names if n.startswith("news_") and n.endswith(".toml")))


# The shipped rule files do not change while a process runs, and a run loads them more than
# once (the CLI's listing and its cleaner, each `Cleaner`, a learn run's check against them):
# parsing and checking every pattern with `regex` took about 0.25 s a language each time.
# One entry a language code asked for; bounded, as any string may be asked for.
_LOADED_LANGUAGES = 64


@functools.lru_cache(maxsize=_LOADED_LANGUAGES)
def load_builtin_rules(language: str = "en") -> tuple[Rule, ...]:
    """Load the rules shipped with the package for a language (English by default): the
    language's news rule set, then the shape and platform rules every language gets
    (`load_shared_rules`).

    A language without a rule file gets the date rules (`DATE_RULE_FILE`: a stamp's year and
    clock time, read in no word of any language) and the shared rules: they and the detectors
    that read position, shape and context still run on it.

    The shipped patterns are not compiled with `regex` here, as a user's are to check them:
    they run on the stdlib's `re` (`Rule.compile_trusted`), `regex` compiles only those it
    is asked (the line-start test of anchored rules, a pattern `re` cannot read), and
    tests/test_rules_languages.py compiles every shipped pattern with both engines. The
    check cost about 0.13 CPU s at each process start for English (issue #8).
    """
    own = _load_shipped(builtin_rule_file(language), language)
    # A rule file places the date rules among its own (`SHARED_KEY`); with no file they stand
    # first, as in most files, where nothing else can take their lines.
    if not own:
        own = _load_shipped(DATE_RULE_FILE, language)
    return (*own, *load_shared_rules())


#: The shipped rule file of the rules that read a line's shape and no word of any language (a
#: bare address, a line of separators), which every language gets after its own: each was once
#: copied into every language's file, and the ones that were not (a bare web address) left
#: German and French pages their bare links.
SHAPE_RULE_FILE = "shapes.toml"


@functools.lru_cache(maxsize=1)
def load_shared_rules() -> tuple[Rule, ...]:
    """The rules every language gets after its own: the shape rules, then the platform rules.

    >>> names = [rule.name for rule in load_shared_rules()]
    >>> names.index("bare_url") < names.index("blog_platform_furniture")
    True
    """
    return (*_load_shipped(SHAPE_RULE_FILE), *load_platform_rules())


#: The shipped rule file of publishing platforms' fixed strings, which every language gets
#: after its own: a platform prints the same lines on every site, in the language of the
#: site's template, which need not be the article's (a German post on an English theme).
PLATFORM_RULE_FILE = "platforms.toml"


@functools.lru_cache(maxsize=1)
def load_platform_rules() -> tuple[Rule, ...]:
    """The platform rules alone (Blogger, WordPress, ...), as `load_builtin_rules` appends them.

    >>> "blog_platform_furniture" in {rule.name for rule in load_platform_rules()}
    True
    """
    return _load_shipped(PLATFORM_RULE_FILE)


def _load_shipped(name: str, language: str | None = None) -> tuple[Rule, ...]:
    resource = _data_folder().joinpath(name)
    if not resource.is_file():
        return ()
    origin = f"corpusclean/rules/data/{resource.name}"
    text = resource.read_text("utf-8")
    return _parse_rules(text, origin, "toml", check_patterns=False, language=language)

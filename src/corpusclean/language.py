"""Language as data: the word lists of one language that the detectors read.

Each language is a TOML file in the package (``data/lang/<code>.toml``); its built-in rules
are ``rules/data/news_<code>.toml``. `Config.language` picks both. A language without a word
list gets empty lists: the detectors that need words find nothing, the others run as usual.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources

import attrs
import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["Language", "load_language"]

# What may follow a greeting on its line: a name or a few words, then a comma or a stop.
_AFTER_GREETING = r"\b[\w .'’-]{0,30}[,!.]?"
_NEVER = regex.compile(r"(?!)")


@attrs.frozen(slots=True)
class Language:
    """The word lists of one language, and the patterns made from them once.

    >>> load_language("en").greeting.fullmatch("Hi Milan,") is not None
    True
    >>> load_language("xx").greeting.fullmatch("Hi Milan,") is None
    True
    """

    code: str
    greetings: tuple[str, ...] = ()
    #: A whole line that opens a reply in a comment thread ("Hi Milan,", "Thanks!").
    greeting: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    @greeting.default
    def _compile_greeting(self) -> regex.Pattern[str]:
        if not self.greetings:
            return _NEVER
        words = "|".join(regex.escape(word, literal_spaces=True) for word in self.greetings)
        return regex.compile(f"(?i)({words}){_AFTER_GREETING}")


@cache
def load_language(code: str) -> Language:
    """The word lists of a language from the package data; empty lists when it has none."""
    folder = resources.files("corpusclean").joinpath("data").joinpath("lang")
    resource = folder.joinpath(f"{code}.toml")
    if not resource.is_file():
        return Language(code)
    data = tomllib.loads(resource.read_text("utf-8"))
    return Language(code, greetings=tuple(data.get("greetings", ())))

"""corpusclean: turn scraped article text into clean, structured, trustworthy corpus records.

>>> import corpusclean
>>> art = corpusclean.clean("Jack Ma opens KL office\\nShare this on\\n"
...                         "Alibaba opened its first Southeast Asian office on Monday.")
>>> art.title, [r.rule for r in art.removed]
('Jack Ma opens KL office', ['share_call'])
>>> art.text
'Alibaba opened its first Southeast Asian office on Monday.'
"""

from .config import Config
from .model import Article, Decision, Removal
from .normalize import normalize_text
from .pipeline import Cleaner, RecordError, clean, explain
from .rules import Rule, Scope, load_rules

__all__ = [
    "Article",
    "Cleaner",
    "Config",
    "Decision",
    "RecordError",
    "Removal",
    "Rule",
    "Scope",
    "clean",
    "explain",
    "load_rules",
    "normalise",
    "normalize_text",
]


def normalise(
    text: str, *, encoding: bool = True, straighten: bool = False, sentence_spacing: bool = True
) -> str:
    """Deprecated spelling of `normalize_text`, kept for 0.1 code; it warns and calls it."""
    import warnings

    warnings.warn(
        "corpusclean.normalise is renamed corpusclean.normalize_text; the old name goes in 0.3",
        DeprecationWarning,
        stacklevel=2,
    )
    return normalize_text(
        text, encoding=encoding, straighten=straighten, sentence_spacing=sentence_spacing
    )


__version__ = "0.1.0.dev0"

"""corpusclean: turn scraped article text into clean, structured, trustworthy corpus records.

>>> import corpusclean
>>> art = corpusclean.clean("Jack Ma opens KL office\\nShare this on\\n"
...                         "Alibaba opened its first Southeast Asian office on Monday.")
>>> art.title, [r.rule for r in art.removed]
('Jack Ma opens KL office', ['share_call'])
>>> art.text
'Alibaba opened its first Southeast Asian office on Monday.'
"""

from .article import Article, Removal
from .config import Config
from .explain import Decision, explain
from .normalize import normalise
from .pipeline import Cleaner, RecordError, clean
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
]

__version__ = "0.1.0.dev0"

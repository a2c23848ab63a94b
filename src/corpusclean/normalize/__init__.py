"""Normalisation: pure ``str -> str`` fixers (`fixers`) and the ftfy gate (`gate`).

Characters and spacing change, words never do; line numbers are kept one for one.
"""

from .fixers import (
    fix_missing_sentence_space,
    normalize_line,
    normalize_lines,
    normalize_spaces,
    normalize_text,
    split_lines,
    straighten_quotes,
)
from .gate import fix_encoding, needs_ftfy

__all__ = [
    "fix_encoding",
    "fix_missing_sentence_space",
    "needs_ftfy",
    "normalize_line",
    "normalize_lines",
    "normalize_spaces",
    "normalize_text",
    "split_lines",
    "straighten_quotes",
]

"""Page mode: which lines of a whole web page's text belong to the article.

`features` (a line's own shape), `context` (its neighbourhood), `model` (the shipped
two-stage logistic model, weights as data in ``data/page_model.json``), `detect` (whether a
document is a page, and the per-line verdicts), `inset` (lists inside the article that the
model's context would take for menus), `blocks` (code blocks and tables inside the article,
likewise), `subheads` (a sub-heading or one-line paragraph alone between two of its
paragraphs, likewise), `tail` (the story's last lines over the footer of a short page,
likewise).
"""

from .detect import (
    PageVerdict,
    classify_page_lines,
    dropped_page_lines,
    is_page_text,
    looks_like_page,
)
from .features import LineFactsCache

__all__ = [
    "LineFactsCache",
    "PageVerdict",
    "classify_page_lines",
    "dropped_page_lines",
    "is_page_text",
    "looks_like_page",
]

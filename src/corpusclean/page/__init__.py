"""Page mode: which lines of a whole web page's text belong to the article.

`features` (a line's own shape), `context` (its neighbourhood), `model` (the shipped
two-stage logistic model, weights as data in ``data/page_model.json``), `detect` (whether a
document is a page, and the per-line verdicts), `inset` (lists inside the article that the
model's context would take for menus), `blocks` (code blocks and tables inside the article,
likewise), `subheads` (a sub-heading or one-line paragraph alone between two of its
paragraphs, likewise), `tail` (the story's last lines over the footer of a short page,
likewise).

The package's names are imported on first use (`corpusclean.lazy`): `title`, which every
document's run reads, and `shapes`, auto mode's page test, need none of the page classifier
(`detect`), which is imported when a page is classified.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import names_on_first_use

__all__ = [
    "LineFactsCache",
    "PageVerdict",
    "classify_page_lines",
    "dropped_page_lines",
    "is_page_text",
    "looks_like_page",
]

if TYPE_CHECKING:
    from .detect import PageVerdict, classify_page_lines, dropped_page_lines
    from .features import LineFactsCache
    from .shapes import is_page_text, looks_like_page
else:
    __getattr__ = names_on_first_use(
        __name__,
        {
            "PageVerdict": ".detect",
            "classify_page_lines": ".detect",
            "dropped_page_lines": ".detect",
            "is_page_text": ".shapes",
            "looks_like_page": ".shapes",
            "LineFactsCache": ".features",
        },
    )

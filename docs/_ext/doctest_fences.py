"""A griffe extension for the docs build: render docstring doctests as Python code blocks.

The docstrings in src/ carry doctests as plain ``>>>`` paragraphs, outside any "Examples:"
section. Markdown would render them as prose, and mkdocs-autorefs reads output such as
``[('a', 'b')]`` as a cross-reference and fails the strict build. This wraps every run of
doctest lines (prompt, continuation and expected output, up to a blank line) in a ```pycon
fence before mkdocstrings renders the docstring. The source files are not changed.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap each run of doctest lines in a pycon fence; text already fenced is left alone.

    A run starts at a line beginning with the ``>>>`` prompt and ends at the next blank line,
    as in the doctest module.
    """
    out: list[str] = []
    in_fence = in_doctest = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        elif not in_fence and not in_doctest and stripped.startswith(">>>"):
            in_doctest = True
            out.append("```pycon")
        elif in_doctest and not stripped:
            in_doctest = False
            out.append("```")
        out.append(line)
    if in_doctest:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every object's docstring."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)

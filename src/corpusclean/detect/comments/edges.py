"""The lines whose edges a comment thread's line readings read: found once for all of them.

Three readings of the comment thread ask each line of a document first what its edges show,
and read further only the lines that pass: a counted head opens or ends with its count ("1
comment:", "Comentarios: 1": `tail._head_shape`), Blogger's count opens with its digits and
ends in a colon (`headed._comment_counts`), and a signed line opens with a digit or ends in a
colon or an ellipsis ("1. Andria says:", "kristie said...": `_signed_line_readings`). Each
walked every line of the document for its test (issue #8: three walks of a document's lines,
where 787 of the 9,009 lines of the ASCII speed corpus pass). They now walk the lines this
module finds, once a document, by one walk as dear as the costliest of the three was.

Exact: each of the three tests passes only a line whose text, stripped, opens or ends with a
digit (`str.isdigit`) or ends in one of `EDGE_ENDS`, and every such line is one of
`edged_lines`; each reading still tests its lines itself, in the document's order.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block
from ..facts import Facts

__all__ = ["EDGE_ENDS", "edged_lines"]

# The last signs, but for a digit, of a line that a reading of `edged_lines` reads, stripped:
# a colon ("1 comment:", "Sandra says:") or an ellipsis ("kristie said...").
EDGE_ENDS = (":", "...", "…")


def edged_lines(blocks: Sequence[Block], facts: Facts) -> list[Block]:
    """The blocks of ``blocks`` whose text, stripped, opens or ends with a digit or ends in
    one of EDGE_ENDS, in order: the only lines the edge readings read further. Found once a
    document (`Facts.once`) when ``blocks`` are its `Facts.scope`, as the readings that are
    readers of lines (`Facts.of_scope`) are given: kept for the document, as their answers
    are (a page's scope narrows before its first round); else found on ``blocks``.

    >>> from corpusclean.language import load_language
    >>> texts = ["It rained.", "3 Comments", "Jane says:", "Posted 2021", "so cute..."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(texts)]
    >>> [b.text for b in edged_lines(blocks, Facts(load_language("en")))]
    ['3 Comments', 'Jane says:', 'Posted 2021', 'so cute...']
    """
    if blocks is facts.scope:
        return facts.once(_scope_edged_lines)
    return _edged(blocks)


def _scope_edged_lines(facts: Facts) -> list[Block]:
    """`edged_lines` of the document's scope: a document value (`Facts.once`)."""
    return _edged(facts.scope or ())


def _edged(blocks: Sequence[Block]) -> list[Block]:
    """`edged_lines`, one strip and three character tests a line (a search of the lines'
    joined text for the same edges costs more: the lines are long, the edges two a line)."""
    return [
        block
        for block in blocks
        if (text := block.text.strip())
        and (text[0].isdigit() or text[-1].isdigit() or text.endswith(EDGE_ENDS))
    ]

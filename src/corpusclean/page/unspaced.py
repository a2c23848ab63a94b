"""Paragraphs in Chinese and Japanese that the page model drops between kept ones.

The page model counts ``\\w+`` tokens, and a clause of Han or kana is one token however long
it is: a blog post whose paragraphs are lines of 20 to 40 characters without a full stop
(Taiwanese and Japanese blogs write so) reads to the model as a column of one- and two-word
lines, a menu. Its first pass keeps them; once the page's chrome is gone, the re-check sees
a kept set made only of "short" lines and drops most of them again, keeping a few. What a
menu or a link list does not do is stand between two kept lines of running text and be
made, mostly, of lines as long as those. This pass keeps such lines. Like `page.inset`, it
runs once on the model's final verdicts, only adds lines, and the lines it adds never enter
the model's context. Text without Han or kana is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..text import HAN_AND_KANA_CHARS

__all__ = ["PROSE_MIN_CHARS", "keep_unspaced_prose", "unspaced_chars"]

# A line of running text in an unspaced script holds at least PROSE_MIN_CHARS Han or kana
# characters: one more than `page.shapes.UNSPACED_MENU_MAX_CHARS` (12), the most a menu item
# or a section label holds ("商標登録の基礎知識", 9; "きょうの日本昔話", 8).
PROSE_MIN_CHARS = 13
# A gap between two kept lines of running text is filled when at least GAP_PROSE_SHARE of its
# non-blank lines are running text too: a paragraph's short lines ("木頭招牌") may stand
# between, but a gap that is mostly labels, buttons and dates (a blog's header between its
# teaser list and the post) is the page's furniture. Only the gap's running-text lines are
# kept; its short lines stay dropped (precision first). Chosen on half A (`pixnet`, whose
# gaps inside the post are 0.8 to 0.95 running text, its header gap 0.2).
GAP_PROSE_SHARE = 0.6
# A gap holds at least GAP_MIN_PROSE dropped lines of running text: one or two long lines
# between kept ones are a caption, a teaser or a notice the model weighed on its own.
GAP_MIN_PROSE = 3

_UNSPACED = re.compile(f"[{HAN_AND_KANA_CHARS}]")


def unspaced_chars(line: str) -> int:
    """The number of Han and kana characters in ``line`` (0 for ASCII, at one C call).

    >>> unspaced_chars("營地 資訊"), unspaced_chars("Home"), unspaced_chars("ネコ 2匹")
    (4, 0, 3)
    """
    return 0 if line.isascii() else len(_UNSPACED.findall(line))


def keep_unspaced_prose(lines: Sequence[str], keep: Sequence[bool]) -> list[bool]:
    """Return ``keep`` with the running-text lines of every mostly running-text gap kept.

    A gap is the dropped lines between two kept lines of running text (PROSE_MIN_CHARS Han
    or kana characters or more); it is filled when GAP_PROSE_SHARE of its lines are running
    text and at least GAP_MIN_PROSE are.

    >>> para = ["清晨的山路上雲霧還沒散去 我們沿著溪谷慢慢走到了山腰的小村莊"] * 5
    >>> keep_unspaced_prose(para, [True, False, False, False, True])
    [True, True, True, True, True]
    >>> menu = [para[0], "首頁", "部落格", "相簿", "留言", para[0]]
    >>> keep_unspaced_prose(menu, [True, False, False, False, False, True])
    [True, False, False, False, False, True]
    """
    out = list(keep)
    # Most pages hold no Han or kana at all: one scan of the page's text in C tells, before
    # any line is counted (most pages, and every page in a spaced script, stop here).
    if out.count(False) < GAP_MIN_PROSE or _UNSPACED.search("\n".join(lines)) is None:
        return out
    prose = [unspaced_chars(s) >= PROSE_MIN_CHARS for s in lines]
    anchors = [i for i, k in enumerate(keep) if k and prose[i]]
    for above, below in pairwise(anchors):
        gap = [i for i in range(above + 1, below) if lines[i].strip()]
        long_lines = [i for i in gap if prose[i] and not keep[i]]
        if len(long_lines) < GAP_MIN_PROSE:
            continue
        if sum(prose[i] for i in gap) >= GAP_PROSE_SHARE * len(gap):
            for i in long_lines:
                out[i] = True
    return out

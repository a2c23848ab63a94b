"""Word readings made once, or only where they can matter (issue #8, tokens42): each
answers as the first-written form kept here as the reference.

- `page.inset._with_lists` counts the `page.inset._key` of only the lines whose ASCII
  letters and digits, casefolded (`dedupe.within.keys.ascii_text_signatures`), another
  line shares (`page.inset._may_repeat`), where it made a key of every line of the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress, count, pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.page import inset
from corpusclean.text import tokens
from strategies import any_text

# Letters and marks that casefold, fold into ASCII, or part words: curly quotes, NBSP, an
# underscore (a word character to ``\w``), digits of other scripts, a line feed.
_WORDY = st.text(
    alphabet=st.sampled_from("aAbB9 _.:’“\u00a0ßSSİiŉſǰẖẞKÅﬁﬆéÉΣσςЖж٣東\n"), max_size=12
)
_LINES = st.lists(st.one_of(_WORDY, any_text), max_size=14)


@given(_LINES)
@example(["Straße", "STRASSE", "ﬁne", "FINE", "é", "e"])
@example(["Share_this", "share this", "ΣΑΣ", "σας"])
@example(["a\nb", "a b", "A B"])
def test_keys_of_the_lines_that_may_repeat_count_as_every_line_s(lines: list[str]) -> None:
    # Whether a line's key stands more than once: the same from the screened lines' keys as
    # from every line's.
    every = Counter(map(inset._key, lines))
    screened = Counter(map(inset._key, inset._may_repeat(lines)))
    for line in lines:
        assert (screened[inset._key(line)] > 1) == (every[inset._key(line)] > 1)


def _reference_with_lists(
    lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool]
) -> list[bool]:
    """`page.inset._with_lists` as first written: every line's key counted."""
    out = list(keep)
    anchors = [i for i in compress(count(), keep) if inset.is_anchor(lines[i], n_tokens[i])]
    counts: Counter[str] | None = None
    for above, below in pairwise(anchors):
        if below - above - 1 > inset.LIST_MAX_LINES or not inset.introduces(lines[above]):
            continue
        dropped = [i for i in range(above + 1, below) if not keep[i]]
        items = [lines[i] for i in dropped]
        if len(dropped) < inset.LIST_MIN_ITEMS or inset._is_link_list(items):
            continue
        counts = counts if counts is not None else Counter(map(inset._key, lines))
        repeated = sum(1 for s in items if counts[inset._key(s)] > 1)
        if repeated < inset.REPEATED_SHARE * len(items):
            for i in dropped:
                out[i] = True
    return out


_PAGE_LINES = st.sampled_from(
    ["What you will need for it:", "Ruler", "RULER!", "Spoon", "Moss", "Straße", "STRASSE",
     "Now cut the foam to size now.", "Share", "share", "Tweezers", "Gather these tools first:"]
)  # fmt: skip


@given(st.lists(st.tuples(st.one_of(_PAGE_LINES, _WORDY), st.booleans()), max_size=24))
def test_with_lists_is_the_reference(flagged: list[tuple[str, bool]]) -> None:
    lines, keep = [s for s, _ in flagged], [k for _, k in flagged]
    n_tokens = [len(tokens(s)) for s in lines]
    assert inset._with_lists(lines, n_tokens, keep) == _reference_with_lists(lines, n_tokens, keep)

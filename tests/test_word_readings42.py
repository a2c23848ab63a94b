"""Word readings made once, or only where they can matter (issue #8, tokens42): each
answers as the first-written form kept here as the reference.

- `page.inset._with_lists` counts the `page.inset._key` of only the lines whose ASCII
  letters and digits, casefolded (`dedupe.within.keys.ascii_text_signatures`), another
  line shares (`page.inset._may_repeat`), where it made a key of every line of the page;
- `dedupe.within.keys.comparison_keys` keeps its keys by a block's text, so a block printed
  twice is keyed once, where it kept them by a block's first input line;
- `text.tokens` and `text.key_words` read an ASCII text by one bytes translation and a
  split (`text.ascii_runs_table`), where ``findall`` read every text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import compress, count, pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean import text
from corpusclean.dedupe.within.keys import KeyCache, comparison_keys, twin_candidates
from corpusclean.model import Block
from corpusclean.page import inset
from corpusclean.text import label_key, tokens
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


def _reference_comparison_keys(
    blocks: Sequence[Block], cache: dict[int, str], candidates: frozenset[int]
) -> list[str]:
    """`dedupe.within.keys.comparison_keys` as first written: its keys kept by a block's first
    input line."""
    keys = []
    for index, block in enumerate(blocks):
        if block.start not in candidates:
            keys.append(f"\0{index}")
            continue
        key = cache.get(block.start)
        if key is None:
            key = cache[block.start] = label_key(block.text)
        keys.append(key)
    return keys


@given(st.lists(st.one_of(_WORDY, any_text, _PAGE_LINES), max_size=12), st.data())
@example(["Straße", "STRASSE", "Straße", "ﬁne ’x’", "FINE X"], None)
def test_comparison_keys_kept_by_text_are_the_reference(
    texts: list[str], data: st.DataObject | None
) -> None:
    # A document's rounds: every block, then some of them, on one cache a document.
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    candidates = twin_candidates(blocks)
    later = blocks if data is None else data.draw(st.lists(st.sampled_from(blocks or [None])))
    later = [b for b in later if b is not None]
    cache: KeyCache = {}
    reference: dict[int, str] = {}
    for round_blocks in (blocks, later, blocks):
        expected = _reference_comparison_keys(round_blocks, reference, candidates)
        assert comparison_keys(round_blocks, cache, candidates) == expected


def _reference_tokens(line: str) -> list[str]:
    """`text.tokens` as first written."""
    return re.findall(r"\w+", line)


def _reference_key_words(line: str) -> list[str]:
    """`text.key_words` as first written."""
    return re.findall(r"[^\W_]+", line.casefold())


_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=60)
# Every ASCII character between two letters, and alone: each is a word's or a parting one.
_EVERY_ASCII = ["".join(map(chr, range(128))), *(f"a{chr(c)}B" for c in range(128))]


@given(st.one_of(_ASCII, _WORDY, any_text))
@example(_EVERY_ASCII[0])
@example("Jack Ma's office_2, in K.L.\x1c\x1f\x0b ÉTÉ İstanbul ﬁne ٣ “x”\u00a0y")
def test_tokens_and_key_words_are_the_reference(line: str) -> None:
    assert text.tokens(line) == _reference_tokens(line)
    assert text.key_words(line) == _reference_key_words(line)
    assert text.label_key(line) == " ".join(_reference_key_words(line))


def test_ascii_tokens_and_key_words_of_every_ascii_character() -> None:
    for line in _EVERY_ASCII:
        assert text.tokens(line) == _reference_tokens(line)
        assert text.key_words(line) == _reference_key_words(line)


def test_ascii_runs_tables_part_at_every_character_outside_the_class() -> None:
    # What makes a split of the translated text the runs: a character of the class is kept
    # (lowered for the key words, as casefolding lowers ASCII) and is no space to `str.split`,
    # every other ASCII character is a space, and the bytes from 0x80 are left alone.
    for table, pattern, fold in (
        (text._ASCII_TOKEN_TABLE, re.compile(r"\w"), str),
        (text._ASCII_KEY_WORD_TABLE, re.compile(r"[^\W_]"), str.casefold),
    ):
        for b in range(128):
            char = chr(b)
            if pattern.fullmatch(char):
                assert chr(table[b]) == fold(char) and not chr(table[b]).isspace()
            else:
                assert table[b] == ord(" ")
        assert table[128:] == bytes(range(128, 256))

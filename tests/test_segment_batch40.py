"""Segmenting's batch readings (issue #8, normdup40), each checked against the one-at-a-time
function it reads faster.

- `text.counts_spaces_only`: when it says so, `text.word_count` of each text is its spaces
  plus one.
- `model.blocks_of_lines` is `model.block_of_line` of each line that is not empty, the word
  count too (which `Block`'s equality leaves out).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.model import Block, block_of_line, blocks_of_lines
from corpusclean.text import counts_spaces_only, spaced_word_count, word_count
from strategies import any_text, article_lines

# Lines mixing the scripts that count words differently: Latin with typography, Cyrillic,
# Han, kana, Hangul, emoji, lone surrogates (an astral or a surrogate opens with a byte the
# unspaced-script screen cannot tell apart from Han's), and spaces.
_MIXED = st.text(
    alphabet=st.sampled_from("ab Zé“”—ДжЖ東京都はかな한국\U0001f600\ud800 .,"), max_size=40
)
_LINES = st.lists(st.one_of(_MIXED, any_text, st.just("")), max_size=30)


def _reference_blocks(lines: list[str]) -> list[Block]:
    """The first-written reading: a block of each line that is not empty, one at a time."""
    return [block_of_line(line, index) for index, line in enumerate(lines) if line]


@given(_LINES)
@example(["分享到", "Share this on", "“Café”"])
@example(["x", "", "한국어 문장", "\ud800 a"])
def test_counts_spaces_only_vouches_for_every_text(lines: list[str]) -> None:
    texts = [line for line in lines if line]
    spaced = [text.count(" ") + 1 for text in texts]
    if counts_spaces_only(lines):
        assert [word_count(text) for text in texts] == spaced
    # It answers no only where some text may hold an unspaced script (no when all are ASCII).
    if all(line.isascii() for line in lines):
        assert counts_spaces_only(lines)


@given(_LINES)
@example(["Title", "", "", "First para.", "北京市政府 宣布"])
@example([])
@example(["", ""])
def test_blocks_of_lines_is_block_of_line_of_each_line(lines: list[str]) -> None:
    reference = _reference_blocks(lines)
    blocks = blocks_of_lines(lines)
    assert blocks == reference
    assert [block.words for block in blocks] == [block.words for block in reference]
    assert all(type(block) is Block for block in blocks)


@given(st.data())
def test_blocks_of_lines_on_article_lines(data: st.DataObject) -> None:
    lines = data.draw(article_lines())
    blocks = blocks_of_lines(lines)
    assert blocks == _reference_blocks(lines)
    assert [b.words for b in blocks] == [b.words for b in _reference_blocks(lines)]


@given(_LINES)
@example(["分享到", "Share this on", "“Café”", " "])
def test_word_count_is_the_spaced_count_of_a_text_without_unspaced_script(
    lines: list[str],
) -> None:
    # `text.spaced_word_count` is `word_count` of each text that `counts_spaces_only` vouches
    # for, and never more than `word_count` (an unspaced script's run counts more words).
    texts = [line for line in lines if line]
    assert all(spaced_word_count(text) <= word_count(text) for text in texts)
    if counts_spaces_only(lines):
        assert [word_count(text) for text in texts] == list(map(spaced_word_count, texts))

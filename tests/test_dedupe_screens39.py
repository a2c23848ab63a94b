"""Duplicate finders' readings that skip work (issue #8, normdedupe39): each answers as the
first-written form kept here as the reference.

- `altered.find_footnoted_copies` spaces only the blocks that open with a marked text's first
  word (`altered._first_printings`), where it spaced every block;
- `titles.find_titled_copies` makes the title's key only when a block passes the screens that
  need none (`titles._title_tag_candidates`), and `titles._has_separator` is one search;
- `altered._without_accents` drops the Spanish marks by `str.replace` and the common
  diacritics by one search (`altered._DIACRITICS`), where a table and a Python call a run did;
- `keys.ascii_key_signatures` casefolds a text outside ASCII only when it holds a character
  whose casefolding holds an ASCII one (`keys.folding_into_ascii`, checked on every code
  point);
- `page.title._copies_kept` gives a key only to the kept blocks whose
  `keys.ascii_key_signatures` is the title's;
- `adjacent._mark_list_printed_twice` reads the blocks one by one only when a block whose
  key stands twice is bulleted, and `repeats._mark_caption_list` asks `text.is_prose` of a
  block only when it needs the answer (`repeats._prose_reader`), after counting the blocks
  after the last paragraph that may be a list's items;
- `gate.is_bad_near_evidence` answers an ASCII line at once: no evidence character is ASCII.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.dedupe.within import adjacent, altered, keys, repeats, titles
from corpusclean.dedupe.within.duplicate import DUPLICATE_TITLE, Duplicate
from corpusclean.dedupe.within.keys import comparison_keys
from corpusclean.dedupe.within.titles import (
    _SITE_NAME_MAX_CHARS,
    TITLE_TAG_WINDOW,
    TITLED_COPY_MIN_WORDS,
    _headline_keys_in_title_tag,
)
from corpusclean.model import Block
from corpusclean.normalize import gate
from corpusclean.page import title as page_title
from corpusclean.text import is_prose, label_key, utf8
from strategies import any_text


def _reference_find_footnoted_copies(blocks: list[Block], min_words: int) -> dict[int, Duplicate]:
    """`find_footnoted_copies` as first written: every block spaced into the dictionary."""
    marked = {
        index: text
        for index, block in enumerate(blocks)
        if "]" in block.text
        and (text := altered._FOOTNOTE_MARKER.sub("", block.text)) != block.text
    }
    if not marked:
        return {}
    where: dict[str, int] = {}
    for index, block in enumerate(blocks):
        where.setdefault(" ".join(block.text.split()), index)
    found: dict[int, Duplicate] = {}
    for index, text in marked.items():
        original = where.get(" ".join(text.split()))
        if original is None or original >= index:
            continue
        if blocks[index].words >= min_words:
            found[index] = Duplicate("duplicate_paragraph", original)
        elif altered._beside_printed_paragraph(blocks, (original, index), min_words):
            found[index] = Duplicate("duplicate_run", original)
    return found


def _reference_has_separator(text: str) -> bool:
    return any(s in text for s in titles._SITE_PREFIX_SEPARATORS) or any(
        s in text for s in titles._BREADCRUMB_SEPARATORS
    )


def _reference_find_titled_copies(blocks: list[Block], title: int | None) -> dict[int, Duplicate]:
    """`find_titled_copies` as first written: the title's key made first."""
    found: dict[int, Duplicate] = {}
    if not blocks:
        return found
    if title is not None:
        text = blocks[title].text
        key = label_key(text)
        words = key.split(" ")
        if len(words) >= TITLED_COPY_MIN_WORDS:
            shortest, longest = len(text) + 3, len(text) + _SITE_NAME_MAX_CHARS
            first, last = words[0], words[-1]
            near = range(title + 1, min(len(blocks), title + 1 + TITLE_TAG_WINDOW))
            end = range(max(near.stop, len(blocks) - TITLE_TAG_WINDOW), len(blocks))
            for index in (*near, *end):
                other = blocks[index].text
                if (
                    shortest <= len(other) <= longest
                    and _reference_has_separator(other)
                    and first in (folded := other.casefold())
                    and last in folded
                    and key in _headline_keys_in_title_tag(other)
                ):
                    found[index] = Duplicate(DUPLICATE_TITLE, title)
    opening = blocks[0].text
    if (
        0 in found
        or len(opening) > titles._TITLE_TAG_MAX_CHARS
        or opening.endswith(".")
        or not _reference_has_separator(opening)
    ):
        return found
    keys = _headline_keys_in_title_tag(opening)
    for index in range(1, min(len(blocks), TITLE_TAG_WINDOW + 1)) if keys else ():
        if label_key(blocks[index].text) in keys:
            found[0] = Duplicate(DUPLICATE_TITLE, index)
            break
        if titles._is_sentence(blocks[index]):
            break
    return found


# Texts that share words and starts, hold footnote markers, stray spaces and separators.
_PIECES = st.sampled_from(
    [
        "Sales",
        "rose",
        "by a fifth",
        "Storm hits the coast",
        "[1]",
        "[23]",
        " [4]",
        "  ",
        " ",
        "\t",
        "\u00a0",
        " | ",
        " - ",
        ": ",
        " › ",
        " » ",
        "The Daily Post",
        "again.",
        "Home",
    ]
)
_texts = st.lists(_PIECES, min_size=0, max_size=8).map("".join)
_blocks = st.lists(_texts, min_size=0, max_size=12).map(
    lambda texts: [Block(text, i, i + 1) for i, text in enumerate(texts)]
)


@given(_blocks, st.integers(1, 20))
@example([Block(t, i, i + 1) for i, t in enumerate(["x", "Sales  rose.", "Sales rose.[1]"])], 12)
@example([Block(t, i, i + 1) for i, t in enumerate(["   ", "a[1]   "])], 12)
def test_find_footnoted_copies_is_the_reference(blocks: list[Block], min_words: int) -> None:
    assert altered.find_footnoted_copies(blocks, min_words) == _reference_find_footnoted_copies(
        blocks, min_words
    )


@given(st.text(alphabet=st.sampled_from(" |-–—·:»›>a\n"), max_size=12))
def test_has_separator_is_the_reference(text: str) -> None:
    assert titles._has_separator(text) is _reference_has_separator(text)


@given(_blocks, st.data())
def test_find_titled_copies_is_the_reference(blocks: list[Block], data: st.DataObject) -> None:
    title = data.draw(st.none() | st.integers(0, max(len(blocks) - 1, 0))) if blocks else None
    assert titles.find_titled_copies(blocks, title) == _reference_find_titled_copies(blocks, title)


def test_find_titled_copies_finds_the_title_tag_after_the_screen() -> None:
    texts = ["Storm hits the coast", "Rain fell.", "Storm hits the coast | The Daily Post"]
    blocks = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    assert titles.find_titled_copies(blocks, 0) == {2: Duplicate(DUPLICATE_TITLE, 0)}
    # Not a title tag: no separator, or too long for a site's name.
    longer = [*texts[:2], "Storm hits the coast and the town " + "x" * 200 + " | Post"]
    assert titles.find_titled_copies([Block(t, i, i + 1) for i, t in enumerate(longer)], 0) == {}


def test_no_mojibake_evidence_character_is_ascii() -> None:
    # What lets `is_bad_near_evidence` answer an ASCII line without its scan.
    assert not [chr(c) for c in range(128) if gate._detector()[2].search(chr(c))]


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_is_bad_near_evidence_on_ascii_is_false(line: str) -> None:
    from ftfy.badness import is_bad

    assert gate.is_bad_near_evidence(line) is False is is_bad(line)


def _reference_without_accents(text: str) -> str:
    """`altered._without_accents` as first written: the marks by a translation table, every
    run outside ASCII a character at a time."""
    decomposed = unicodedata.normalize("NFD", text.translate(altered._UNACCENTED_DROPS))
    if decomposed.isascii():
        return decomposed
    return altered._NOT_ASCII.sub(altered._without_combining, decomposed)


_latin_text = st.text(
    alphabet=st.sampled_from("aeoAE ¿¡.éÉñÑçøßǅǆ\u0301\u034f\u0327\u1dc0\u20d0’«»Ωά東"), max_size=40
)


@given(st.one_of(_latin_text, any_text))
@example("¿Qué pasó en Bogotá? ¡Sí!")
@example("e\u034f\u0301")
def test_without_accents_is_the_reference(text: str) -> None:
    assert altered._without_accents(text) == _reference_without_accents(text)


def _reference_mark_list_printed_twice(
    blocks: list[Block], keys: list[str], found: dict[int, Duplicate]
) -> None:
    """`adjacent._mark_list_printed_twice` as first written: every block read."""
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and repeats._is_bulleted(blocks[end].text.lstrip()):
            end += 1
        width, odd = divmod(end - index, 2)
        if (
            not odd
            and width >= adjacent.LIST_TWICE_MIN_ITEMS
            and len({keys[i] for i in range(index, index + width)}) == width
            and all(
                keys[i] and keys[i] == keys[i + width] and i not in found and i + width not in found
                for i in range(index, index + width)
            )
            and all(
                adjacent._is_stutter(blocks[i].text, blocks[i + width].text)
                for i in range(index, index + width)
            )
        ):
            for i in range(index + width, end):
                found[i] = Duplicate("duplicate_adjacent", i - width)
        index = max(end, index + 1)


def _reference_mark_caption_list(
    blocks: list[Block], keys: list[str], found: dict[int, Duplicate], counts: dict[str, int]
) -> None:
    """`repeats._mark_caption_list` as first written: every block's prose test first."""
    if not any(key and counts.get(key) == 2 for key in keys):
        return
    prose = [is_prose(block.text, block.words) for block in blocks]
    last = next((i for i in range(len(blocks) - 1, -1, -1) if prose[i]), None)
    if last is None:
        return
    first_seen: dict[str, int] = {}
    for index in range(last):
        if keys[index] and counts.get(keys[index]) == 2:
            first_seen.setdefault(keys[index], index)
    run: list[int] = []
    for index in range(last + 1, len(blocks) + 1):
        twin = first_seen.get(keys[index], -1) if index < len(blocks) else -1
        if (
            twin >= 0
            and index not in found
            and twin not in found
            and not prose[twin]
            and ((twin > 0 and prose[twin - 1]) or prose[twin + 1])
            and (not run or twin > first_seen[keys[run[-1]]] + 1)
        ):
            run.append(index)
            continue
        if len(run) >= repeats.CAPTION_LIST_MIN_ITEMS:
            for item in run:
                found[item] = Duplicate("duplicate_run", first_seen[keys[item]])
        run = []


# Lines a list printed twice and a caption list are made of: bulleted items, captions, a
# story's paragraphs, blank-keyed lines; drawn with repeats so that keys stand twice.
_LIST_LINES = st.sampled_from(
    [
        "• The vote is in spring",
        "• The council must agree",
        "• The state pays most",
        "- The vote is in spring",
        "Residents fill sandbags on Tuesday.",
        "The council during the vote.",
        "Floodwater in the old town.",
        "Part A of the report, which is long enough to be a paragraph of the story.",
        "Part B of the report, which is long enough to be a paragraph of the story.",
        "Part C of the report, which is long enough to be a paragraph of the story.",
        "***",
        "  • The vote is in spring",
    ]
)
_ITEMS = ["• The vote is in spring", "• The council must agree", "• The state pays most"]
_CAPTIONS = [
    "Residents fill sandbags on Tuesday.",
    "The council during the vote.",
    "Floodwater in the old town.",
]
_STORY = [f"Part {n} of the report, which is long enough to be a paragraph of it." for n in "AB"]


@st.composite
def _shaped_texts(draw: st.DrawFn) -> list[str]:
    """A story with its captions inside and a list, the captions or the list printed again
    (whole or in part), and random lines among them: the shapes both finders mark."""
    texts = [_STORY[0], _CAPTIONS[0], _STORY[1], _CAPTIONS[1], _CAPTIONS[2], _STORY[1]]
    texts += _ITEMS + draw(st.sampled_from([_ITEMS, _ITEMS[:2], []]))
    texts += draw(st.sampled_from([_CAPTIONS, _CAPTIONS[:2], _CAPTIONS[::-1], []]))
    for _ in range(draw(st.integers(0, 3))):
        texts.insert(draw(st.integers(0, len(texts))), draw(_LIST_LINES))
    return texts


_list_blocks = st.one_of(st.lists(_LIST_LINES, max_size=16), _shaped_texts()).map(
    lambda texts: [Block(text, i, i + 1) for i, text in enumerate(texts)]
)


@given(_list_blocks, st.sets(st.integers(0, 20), max_size=2))
@example(
    [Block(t, i, i + 1) for i, t in enumerate(["Intro.", *["• a b", "• c d", "• e f"] * 2])], set()
)
def test_mark_list_printed_twice_is_the_reference(blocks: list[Block], marked: set[int]) -> None:
    keys = comparison_keys(blocks)
    before = {i: Duplicate("duplicate_paragraph", 0) for i in marked if i < len(blocks)}
    found, expected = dict(before), dict(before)
    adjacent._mark_list_printed_twice(blocks, keys, found)
    _reference_mark_list_printed_twice(blocks, keys, expected)
    assert found == expected


@given(_list_blocks, st.sets(st.integers(0, 20), max_size=2), st.booleans())
def test_mark_caption_list_is_the_reference(
    blocks: list[Block], marked: set[int], as_counted: bool
) -> None:
    keys = comparison_keys(blocks)
    counts = repeats._copies(keys, None) if as_counted else dict.fromkeys(keys, 2)
    before = {i: Duplicate("duplicate_paragraph", 0) for i in marked if i < len(blocks)}
    found, expected = dict(before), dict(before)
    repeats._mark_caption_list(blocks, keys, found, counts)
    _reference_mark_caption_list(blocks, keys, expected, counts)
    assert found == expected


@given(st.lists(_texts, max_size=8), _texts)
@example(["Fed raises RATES", "Rain.", "fed\u200draises rates"], "Fed raises rates")
@example(["Straße gesperrt", "STRASSE GESPERRT"], "strasse gesperrt")
def test_copies_kept_is_the_reference(texts: list[str], title: str) -> None:
    # `page.title._copies_kept` against every kept block's key compared, as first written.
    kept = [Block(text, i + 1, i + 2) for i, text in enumerate(texts)]
    block = Block(title, 0, 1)
    key = label_key(title)
    expected = tuple(b for b in kept if key and label_key(b.text) == key)
    assert page_title._copies_kept(block, kept) == expected


def test_folding_into_ascii_is_every_such_character() -> None:
    # Every code point of the running Python, once: the blocks `keys._FOLDING_BLOCKS` read
    # hold every character outside ASCII whose casefolding holds an ASCII character.
    every = tuple(
        char
        for char in map(chr, range(0x80, 0x110000))
        if any(folded.isascii() for folded in char.casefold())
    )
    assert keys.folding_into_ascii() == every


def _reference_signatures(blocks: list[Block]) -> list[bytes] | None:
    """`keys.ascii_key_signatures` as first written: every text outside ASCII casefolded."""
    joined = "\n".join(block.text for block in blocks)
    if joined.isascii():
        data = joined.encode("ascii").translate(keys._ASCII_LOWER, keys._NOT_ASCII_KEY)
    else:
        data = utf8(joined.casefold()).translate(None, keys._NOT_ASCII_KEY)
    signatures = data.split(b"\n")
    return signatures if len(signatures) == len(blocks) else None


_FOLDING_TEXT = st.text(alphabet=st.sampled_from("aZ9 \n.ßİŉſǰẖẞKÅﬁﬆéÉΣσς’東\ud800"), max_size=30)


@given(st.lists(st.one_of(_FOLDING_TEXT, any_text), max_size=6))
@example(["Straße", "STRASSE", "ﬁne", "FINE", "é"])
def test_ascii_key_signatures_is_the_reference(texts: list[str]) -> None:
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    assert keys.ascii_key_signatures(blocks) == _reference_signatures(blocks)

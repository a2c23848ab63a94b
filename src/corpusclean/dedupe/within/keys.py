"""The comparison keys of blocks (`comparison_keys`): case, spacing, punctuation and quote
style ignored, digits kept; and the blocks that may share one (`twin_candidates`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from functools import cache

from ...model import Block
from ...text import label_key, utf8

# Bytes tables for `ascii_key_signatures`: lower-case, and drop every byte that is not an
# ASCII letter or digit (what `label_key`'s words are made of, among other characters), but
# the line feed between blocks; the bytes from 0x80 are those of the characters outside ASCII.
_ASCII_LOWER = bytes.maketrans(bytes(range(65, 91)), bytes(range(97, 123)))
_NOT_ASCII_KEY = bytes(b for b in range(256) if b != 10 and not (b < 128 and chr(b).isalnum()))

# The Unicode blocks that hold every character outside ASCII whose casefolding holds an ASCII
# character ("ß" -> "ss", "ﬁ" -> "fi", the Kelvin sign -> "k", "İ" -> "i" and a dot): Latin-1
# Supplement to Latin Extended-B, Latin Extended Additional, Letterlike Symbols and the
# Alphabetic Presentation Forms (a test checks every code point of the running Python).
_FOLDING_BLOCKS = ((0x80, 0x250), (0x1E00, 0x1F00), (0x2100, 0x2150), (0xFB00, 0xFB50))

#: What `comparison_keys` keeps of a document: each `label_key` it made, by the block's
#: text (a key is a function of the text alone, so a block printed twice, as a twin
#: candidate mostly is, and a block of every later round are keyed once).
KeyCache = dict[str, str]


def twin_candidates(blocks: Sequence[Block]) -> frozenset[int]:
    """The first input lines of the blocks whose letters another block may share.

    A block is screened by a signature that blocks with equal keys share: its ASCII letters
    and digits, casefolded and run together (`ascii_key_signatures`), or, on a document
    where one block holds a line feed (none made by the pipeline does), its letter counts.
    Only blocks with a shared signature can have the same key as another, among these
    blocks or among any subset of them (what a later round of the same document keeps), so
    the others need no key; when there are none, the document holds no duplicate at all.

    >>> texts = ["Same words.", "Other", "same WORDS"]
    >>> sorted(twin_candidates([Block(t, i, i + 1) for i, t in enumerate(texts)]))
    [0, 2]
    """
    signatures: Sequence[Hashable] | None = ascii_key_signatures(blocks)
    if signatures is None:
        # Blocks with equal keys hold the same letters, so they share these counts too.
        # Counted inline, not by a call per block: this runs on every block of every document.
        folded = [block.text.casefold() for block in blocks]
        signatures = [(f.count("e"), f.count("a"), f.count("o"), f.count("n")) for f in folded]
    if len(set(signatures)) == len(signatures):  # no two blocks share one (most documents)
        return frozenset()
    shared = Counter(signatures)
    return frozenset(b.start for b, s in zip(blocks, signatures, strict=True) if shared[s] > 1)


def ascii_key_signatures(blocks: Sequence[Block]) -> list[bytes] | None:
    """Each block's ASCII letters and digits, casefolded and run together; None when a block
    holds a line feed. Blocks whose `label_key` is equal have equal signatures: a screen in
    front of the keys (`twin_candidates`, `page.title.find_page_title`'s copies).

    >>> ascii_key_signatures([Block("Café opens", 0, 1), Block("CAFÉ: opens!", 1, 2)])
    [b'cafopens', b'cafopens']

    The signature is a function of the block's key: the key's words are the runs of
    letters and digits of the casefolded text (`label_key`), and every ASCII letter or
    digit of that text is in one of them, so the signature is the key's ASCII letters and
    digits, in order, and blocks with equal keys have equal signatures. Found for the whole
    document in a few C calls: the casefolded text (casefolding maps each character alone,
    and never to a line feed, so the joined text folds as its blocks do) encoded as UTF-8,
    and one translation that keeps the ASCII letters, digits and the line feeds between
    blocks, so the signatures split apart again. On plain ASCII news about half the time of
    the letter counts (11.2 ms -> 5.2 ms a pass of the ASCII speed corpus); on the speed
    corpus itself, where casefolding block by block cost most, `twin_candidates` 18.4 ms ->
    14.2 ms a pass. The signature holds every letter the counts counted (all ASCII), so it
    screens out at least the blocks they did: there 43 documents hold a candidate instead
    of 67 (1,150 blocks instead of 1,551), and fewer keys are made.
    """
    return ascii_text_signatures([block.text for block in blocks])


def ascii_text_signatures(texts: Sequence[str]) -> list[bytes] | None:
    """`ascii_key_signatures` of texts: each text's ASCII letters and digits, casefolded and
    run together; None when a text holds a line feed. Texts whose `label_key` is equal have
    equal signatures, and so have texts whose casefolded runs of word characters (``\\w``,
    as `page.inset` compares a page's lines) are equal: every ASCII letter or digit of the
    casefolded text is in one such run.

    >>> ascii_text_signatures(["Café opens", "CAFÉ: opens!"]), ascii_text_signatures(["a\\nb"])
    ([b'cafopens', b'cafopens'], None)
    """
    joined = "\n".join(texts)
    if joined.isascii():
        data = joined.encode("ascii").translate(_ASCII_LOWER, _NOT_ASCII_KEY)
    elif not any(char in joined for char in folding_into_ascii()):
        # No character outside ASCII casefolds to an ASCII one here, so the casefolded text's
        # ASCII letters and digits are the text's own, lower-cased: no casefolding, which
        # cost most of this function on the dev full pages (issue #8, about 15 of 21 ms).
        data = utf8(joined).translate(_ASCII_LOWER, _NOT_ASCII_KEY)
    else:
        data = utf8(joined.casefold()).translate(None, _NOT_ASCII_KEY)
    signatures = data.split(b"\n")
    # A block made by hand may hold a line feed; the pipeline's never do.
    return signatures if len(signatures) == len(texts) else None


@cache
def folding_into_ascii() -> tuple[str, ...]:
    """The characters outside ASCII whose casefolding holds an ASCII character: 19 in
    Python 3.11's Unicode ("ß", "İ", "ŉ", "ſ", "ǰ", five of "ẖ" to "ẚ", "ẞ", the Kelvin sign
    and the Latin ligatures "ﬀ" to "ﬆ"). Read from `_FOLDING_BLOCKS` once a process, at the
    first text outside ASCII (about a millisecond: not paid at import).

    >>> "ß" in folding_into_ascii(), "é" in folding_into_ascii()
    (True, False)
    """
    return tuple(
        char
        for start, stop in _FOLDING_BLOCKS
        for char in map(chr, range(start, stop))
        if any(folded.isascii() for folded in char.casefold())
    )


def comparison_keys(
    blocks: Sequence[Block], cache: KeyCache | None = None, candidates: frozenset[int] | None = None
) -> list[str]:
    """Keys that compare as `label_key` does, computed only where a twin is possible.

    A block whose letter counts no other block shares can equal no other block, so it gets
    a stand-in key of its own instead of its `label_key` (which costs several times more).
    ``cache`` keeps what was computed by the block's text, across the rounds of one
    document; ``candidates`` are the document's `twin_candidates`, when known, and then
    the blocks must be some of that document's blocks.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Same words.", "Other", "same WORDS"])]
    >>> comparison_keys(blocks)
    ['same words', '\\x001', 'same words']
    """
    cache = {} if cache is None else cache
    if candidates is None:
        candidates = twin_candidates(blocks)
    keys = []
    for index, block in enumerate(blocks):
        if block.start not in candidates:
            # No word character is a NUL, so no real key equals a stand-in.
            keys.append(f"\0{index}")
            continue
        text = block.text
        key = cache.get(text)
        if key is None:
            key = cache[text] = label_key(text)
        keys.append(key)
    return keys

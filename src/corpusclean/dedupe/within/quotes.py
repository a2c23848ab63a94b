"""Quote boxes and embeds that print the story's words again: a signed or introduced
quotation, a pull quote with its middle cut out, an embedded post's fallback line."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block
from ...text import count_inner_sentence_ends, ends_like_sentence
from .duplicate import DUPLICATE_PARAGRAPH, Duplicate
from .intended import _CLOSING_QUOTES, _OPENING_QUOTES
from .teasers import TEASER_MIN_WORDS

# A quote box re-sets a sentence of the story in quotation marks and signs it after a dash
# ("“The plan is dead.” — Jane Roe, spokeswoman"): the sentence is the story's, printed in a
# paragraph too, so the box is its copy and goes, whichever comes first. A box is a quotation
# whole (an opening mark first, a closing mark before the dash), at least `TEASER_MIN_WORDS`
# words inside, and after the last dash a signature of at most `QUOTE_SIGNATURE_MAX_WORDS`
# words starting with a capital; its quotation must stand character for character inside
# another block that is no such box, and there as the story's own words, not inside
# quotation marks: a box signing words the story quotes too ("As Gaiman put it, “...”" and
# "“...” — Neil Gaiman") is kept by the Scrapinghub gold's annotators (one gold text), as
# an epigraph is. Its risk, accepted: the signature's words go with the box, and a reader of
# a story that never names the speaker loses the name.
QUOTE_SIGNATURE_MAX_WORDS = 8
_SIGNATURE_DASHES = (" — ", " – ", " - ")
# Two more ways a quote box re-sets the story's words (blind7 half 14: each stayed, 0 of 16
# and 0 of 6). The speaker first, behind a colon ("Wethouder Jan de Vries: ‘Volgens het
# akkoord ...’"): a name of at most `QUOTE_SIGNATURE_MAX_WORDS` words starting with a capital,
# with no sentence end in it, then a whole quotation of at least `TEASER_MIN_WORDS` words,
# judged as a signed box is. And a pull quote with its middle cut out ("„Nach Angaben aus
# Koalitionskreisen soll … im Bundestag verabschiedet werden.“"): one ellipsis inside a
# whole quotation, at least `CUT_QUOTE_MIN_WORDS` words on each side and `TEASER_MIN_WORDS`
# in all, the words before it standing in another block as the story's own
# (`_says_unquoted`) and the words after it further on in that block. The headline is never
# such a box ("Mayor: ‘...’" headlines quote the story). Its risk, accepted: a block that is
# only a quotation elided or introduced by a name, of words the story also says unquoted,
# goes.
CUT_QUOTE_MIN_WORDS = 3
_CUT_MARKS = (" … ", " ... ", " […] ", " (…) ", " [...] ")
# An embedded post (a tweet) prints its text as the embed shows it and again as the embed's
# fallback line, the text with its links and a signature: "<text> pic.twitter.com/... —
# Brookfield City Council (@BrookfieldCity) December 2, 2026" (blind7 half 14: all 60 stayed).
# The fallback line goes when, without its trailing links (`_EMBED_LINK_STARTS`) and its
# signature (after the last dash, a name starting with a capital, of at most
# `QUOTE_SIGNATURE_MAX_WORDS` words, and an "(@handle)"), it is another block's whole
# text of at least `TEASER_MIN_WORDS` words; the embed's text stays. A post quoted only once
# has no other block with its words and stays.
_EMBED_LINK_STARTS = ("pic.twitter.com/", "https://t.co/", "http://t.co/", "https://", "http://")


def may_hold_embed(text: str) -> bool:
    """Whether ``text`` (blocks' texts, joined by line feeds) holds "(@", as every block
    `find_embed_fallback_copies` reads does: when not, it finds nothing among them. No line
    feed in it, so the joined text holds it exactly when a block does.

    >>> may_hold_embed("Mail desk@example.com\\nCity Council (@City)"), may_hold_embed("a@b")
    (True, False)
    """
    return "(@" in text


def quote_box_quotation(text: str) -> str | None:
    """The quotation of a quote box signed after a dash, or None when the line is no such box
    (see `QUOTE_SIGNATURE_MAX_WORDS`).

    >>> quote_box_quotation("“The show opens to the public on Friday.” — Jane Roe, spokeswoman")
    'The show opens to the public on Friday.'
    >>> quote_box_quotation("“Too short.” — Jane Roe"), quote_box_quotation("He left — for good.")
    (None, None)
    """
    text = text.strip()
    for dash in _SIGNATURE_DASHES:
        quote, found, signature = text.rpartition(dash)
        if found:
            break
    else:
        return None
    inner = _quoted(quote)
    if inner is None or not _may_name_speaker(signature) or len(inner.split()) < TEASER_MIN_WORDS:
        return None
    return inner


def _quoted(text: str) -> str | None:
    """The words between a text's opening and closing quotation marks, or None when it is not
    opened and closed by them."""
    if text[:1] not in _OPENING_QUOTES or text[-1:] not in _CLOSING_QUOTES:
        return None
    return text[1:-1].strip()


def _may_name_speaker(text: str) -> bool:
    """Whether a quote box's signature or lead-in can name its speaker: one to
    `QUOTE_SIGNATURE_MAX_WORDS` words, capitalised."""
    return 0 < len(text.split()) <= QUOTE_SIGNATURE_MAX_WORDS and text[:1].isupper()


def find_quote_box_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Quote boxes whose quotation stands inside another block: copies of that block, which
    stays (see `QUOTE_SIGNATURE_MAX_WORDS`).

    One substring search of the document per box; boxes are few, and most lines fail the
    first test (a quotation mark first).

    >>> said = "The repairs to the coast road will take weeks."
    >>> texts = ["Storm hits coast", f"{said} Roads stay shut.", f"“{said}” — Jane Roe, engineer"]
    >>> find_quote_box_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {2: Duplicate(rule='duplicate_paragraph', original=1)}
    """
    boxes = {
        index: quotation
        for index, block in enumerate(blocks)
        if block.text.lstrip()[:1] in _OPENING_QUOTES
        and (quotation := quote_box_quotation(block.text)) is not None
    }
    found: dict[int, Duplicate] = {}
    for index, quotation in boxes.items():
        for other, block in enumerate(blocks):
            if other not in boxes and _says_unquoted(block.text, quotation):
                found[index] = Duplicate(DUPLICATE_PARAGRAPH, other)
                break
    return found


def speaker_box_quotation(text: str) -> str | None:
    """The quotation of a quote box with its speaker before a colon, or None when the line is
    no such box (see `CUT_QUOTE_MIN_WORDS`).

    >>> speaker_box_quotation("Wethouder De Vries: ‘De brug gaat in mei weer open voor fietsers.’")
    'De brug gaat in mei weer open voor fietsers.'
    >>> speaker_box_quotation("He said: ‘Too short.’"), speaker_box_quotation("Note: it rained.")
    (None, None)
    """
    speaker, colon, quote = text.strip().partition(": ")
    inner = _quoted(quote)
    if (
        not colon
        or not _may_name_speaker(speaker)
        or ends_like_sentence(speaker)
        or count_inner_sentence_ends(speaker) > 0
        or inner is None
        or len(inner.split()) < TEASER_MIN_WORDS
    ):
        return None
    return inner


def cut_quotation(text: str) -> tuple[str, str] | None:
    """The words before and after the one ellipsis of a quotation cut in the middle, or None
    when the line is no such quotation (see `CUT_QUOTE_MIN_WORDS`).

    >>> cut_quotation("„Nach Angaben aus Koalitionskreisen soll … im Bundestag fallen.“")
    ('Nach Angaben aus Koalitionskreisen soll', 'im Bundestag fallen.')
    >>> cut_quotation("„Wir bleiben … hier.“"), cut_quotation("Er sagte … und ging nach Hause.")
    (None, None)
    """
    inner = _quoted(text.strip())
    if inner is None:
        return None
    parts = [inner.split(mark) for mark in _CUT_MARKS if mark in inner]
    if len(parts) != 1 or len(parts[0]) != 2:
        return None
    head, tail = (part.strip() for part in parts[0])
    head_words, tail_words = len(head.split()), len(tail.split())
    if (
        min(head_words, tail_words) < CUT_QUOTE_MIN_WORDS
        or head_words + tail_words < TEASER_MIN_WORDS
    ):
        return None
    return head, tail


def find_excerpt_box_copies(blocks: Sequence[Block], title: int | None) -> dict[int, Duplicate]:
    """Quote boxes with the speaker before a colon, and pull quotes cut in the middle, whose
    words stand in another block: copies of that block, which stays (see
    `CUT_QUOTE_MIN_WORDS`).

    One substring search of the document per box; most lines are no box.

    >>> said = "The repairs to the coast road will take weeks, not days."
    >>> texts = ["Storm hits coast", f"{said} Roads stay shut.",
    ...          "“The repairs to the coast … weeks, not days.”", f"Jane Roe, engineer: “{said}”"]
    >>> found = find_excerpt_box_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 0)
    >>> sorted((index, copy.original) for index, copy in found.items())
    [(2, 1), (3, 1)]
    """
    found: dict[int, Duplicate] = {}
    for index, block in enumerate(blocks):
        # Most blocks end with no closing mark: tested here, before a call for each.
        if index == title or block.text.rstrip()[-1:] not in _CLOSING_QUOTES:
            continue
        original = excerpt_box_original(blocks, index)
        if original is not None:
            found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
    return found


def excerpt_box_original(blocks: Sequence[Block], index: int) -> int | None:
    """The first other block in which the excerpt box at ``index`` finds its words, or None
    when that block is no such box or no block holds its words (`find_excerpt_box_copies`,
    which leaves the title out).

    >>> said = "The repairs to the coast road will take weeks, not days."
    >>> texts = [f"{said} Roads stay shut.", f"Jane Roe, engineer: “{said}”"]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> excerpt_box_original(bs, 1), excerpt_box_original(bs, 0)
    (0, None)
    """
    text = blocks[index].text
    if text.rstrip()[-1:] not in _CLOSING_QUOTES:
        return None
    quotation = speaker_box_quotation(text)
    cut = cut_quotation(text) if quotation is None else (quotation, "")
    if cut is None:
        return None
    for other, source in enumerate(blocks):
        if other != index and _says_in_order(source.text, cut):
            return other
    return None


def embed_fallback_text(text: str) -> str | None:
    """The post's text in an embed's fallback line, without its links and its signature, or
    None when the line is no such fallback (see `_EMBED_LINK_STARTS`).

    >>> embed_fallback_text("The bridge stays shut until Friday. pic.twitter.com/x7Qp — "
    ...     "Brookfield Council (@Brookfield) December 2, 2026")
    'The bridge stays shut until Friday.'
    >>> embed_fallback_text("He left — for good (@home) today."), embed_fallback_text("No dash.")
    (None, None)
    """
    for dash in _SIGNATURE_DASHES:
        post, found, signature = text.strip().rpartition(dash)
        if found:
            break
    else:
        return None
    at = signature.find(" (@")
    end = signature.find(")", at)
    handle = signature[at + 3 : end]
    if (
        at <= 0
        or not signature[:1].isupper()
        or len(signature[:at].split()) > QUOTE_SIGNATURE_MAX_WORDS
        or not handle.replace("_", "").isalnum()
    ):
        return None
    words = post.split()
    while words and words[-1].startswith(_EMBED_LINK_STARTS):
        words.pop()
    return " ".join(words) if words else None


def find_embed_fallback_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Fallback lines of embedded posts whose text is another block's whole text: copies of
    that block, which stays (see `_EMBED_LINK_STARTS`).

    Linear: one substring test a block; for a document with a line holding "(@", one
    dictionary of the blocks' texts and one look-up a such line.

    >>> post = "The Mill Street bridge will stay closed until Friday, engineers said."
    >>> texts = ["Bridge shut", "City Council (@City)", post,
    ...          f"{post} pic.twitter.com/x7Qp — City Council (@City) December 2, 2026"]
    >>> find_embed_fallback_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {3: Duplicate(rule='duplicate_paragraph', original=2)}
    """
    embeds = [index for index, block in enumerate(blocks) if "(@" in block.text]
    if not embeds:
        return {}  # most documents: no dictionary of texts to build
    where: dict[str, int] = {}
    for index, block in enumerate(blocks):
        where.setdefault(" ".join(block.text.split()), index)
    found: dict[int, Duplicate] = {}
    for index in embeds:
        post = embed_fallback_text(blocks[index].text)
        original = where.get(post) if post and len(post.split()) >= TEASER_MIN_WORDS else None
        if original is not None and original != index:
            found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
    return found


def _says_in_order(text: str, parts: tuple[str, str]) -> bool:
    """Whether ``text`` holds the first part outside quotation marks (`_says_unquoted`) and
    the second part after it (an empty second part is always there)."""
    head, tail = parts
    at = text.find(head)
    return _says_unquoted(text, head) and text.find(tail, at + len(head)) >= 0


def _says_unquoted(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` outside quotation marks: not right after an opening
    mark (see `QUOTE_SIGNATURE_MAX_WORDS`).

    >>> said = "It rained."
    >>> _says_unquoted(f"He left. {said}", said), _says_unquoted(f"He said: “{said}”", said)
    (True, False)
    """
    at = text.find(words)
    return at == 0 or (at > 0 and text[at - 1] not in _OPENING_QUOTES)

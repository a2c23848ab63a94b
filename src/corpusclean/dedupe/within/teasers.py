"""A page's description printed as a block: above the story (the start of its paragraph,
cut short or whole), at its end, behind a caption's label, or a card's teaser."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block
from ...text import ELLIPSES, count_inner_sentence_ends, ends_like_sentence, is_prose
from .duplicate import DUPLICATE_PARAGRAPH, DUPLICATE_TEASER, DUPLICATE_TITLE, Duplicate
from .reflowed import _lead_paragraph
from .titles import COLON_LABEL_MAX_WORDS, _without_ellipsis

# A page's description printed above the story is the start of its paragraph again: cut
# short ("... for a second..."), or its first sentence. Looked for among the first blocks
# (the description stands between the headline and the story), next to its paragraph or
# with one block (a byline, a caption) between them, when it holds this many words: a short
# paragraph that opens the next one's words ("He said no." / "He said no to ...") is the
# story's own.
TEASER_WINDOW = 6
TEASER_GAP = 2
TEASER_MIN_WORDS = 8
# The block between may not be a paragraph (`text.is_prose`, `_lead_between`): a line under
# the headline that opens the story's second paragraph, the lead between them, is a standfirst
# quoting it, the article's own (blind7 half 13: 22 of 60 such went as teasers). An image's
# caption that is the lead with a credit (`CAPTION_CREDIT_MAX_WORDS`) still goes over one.
# A teaser may end in its link's words after whole sentences of the paragraph ("... geeinigt.
# mehr", "... on Tuesday. Read more"): at most this many words that end no sentence. A
# paragraph's own words never dangle after its last full stop, so the words before them are
# then the paragraph's start, and the teaser its copy. Two: "Read more", "weiter lesen".
TEASER_LINK_MAX_WORDS = 2
# Right under the title, above a lead that opens with a dateline, a description of whole
# sentences holds at most this many (a page's description is a sentence or two, "... for a
# second day. It may reopen on Thursday."). Without a dateline it must be one sentence: a
# lead of several sentences may be printed again with something glued on (a caption with
# its credit), and then the lead, not the caption, is the story's printing.
TEASER_MAX_SENTENCES = 3
# A page's description is printed at its end too (a meta description, a share card's text),
# cut at a word with an ellipsis ("Heavy rain closed the coast road on Tuesday for a..."):
# among the last `CLOSING_TEASER_WINDOW` blocks, a block of `TEASER_MIN_WORDS` words or more
# that ends with an ellipsis and is, without it, the start of an earlier, longer block,
# character for character, is that block's copy and goes (blind7 half 13: 27 of 60 such
# descriptions stayed). Cut short, it ends no sentence of the story: a story that ends on
# its opening words trails off with an ellipsis over eight words or more only by design, and
# that risk is accepted.
CLOSING_TEASER_WINDOW = 3
# The lead under a description may open with a dateline the description lacks ("Hannover. ",
# "BERLIN (dpa) - ", "WASHINGTON — "): the description is then the lead after it. A dateline
# is at most this many words and characters, each word capitalised, a number or bracketed
# (no short sentence: "Es regnete. "), and ends in a stop or a dash or colon and a space;
# the lead, with its dateline, is the article's printing and stays.
DATELINE_MAX_WORDS = 5
# An image's caption may print the lead again with a credit glued on ("<lead> (Photo: Jane
# Doe/Reuters)"): the caption is the copy, the lead, right under the headline, is the story's.
# A credit is a bracket holding a label of at most `COLON_LABEL_MAX_WORDS` words, a colon and
# at most this many words; a bracketed sentence after the lead ("(It reopened on Friday.)")
# is no credit, and that block stays the paragraph the lead is a teaser of, as before.
CAPTION_CREDIT_MAX_WORDS = 6
# The credit may also follow the caption's stop bare, "<lead> Foto: Straßenbauamt", when its
# label is a photo's (these words, any case): the caption is the copy then too, and the lead
# stays. Before this, the lead went as a teaser of the caption, and in German a credit rule
# (`caption_credit_tail`) took the caption in the next pass, so the sentence was lost
# (session19 probes). A one-word label that ends in such a word or a credit's counts too
# ("Archivfoto:", "Symbolbild:", "Picture:", "Grafik:", "Credit:"; precision20: six leads
# went as teasers of their captions), over a name without a sentence's stop. A bare label of
# any other word ("Grund: Schäden an den Lagern.") is the paragraph's own sentence, not a
# credit: that paragraph stays the one the lead teases.
_BARE_CREDIT_LABELS = frozenset({"foto", "fotos", "photo", "photos", "bild", "bilder", "image"})
_BARE_CREDIT_ENDINGS = (
    *_BARE_CREDIT_LABELS,
    *("images", "picture", "pictures", "grafik", "credit", "credits", "illustration"),
)
DATELINE_MAX_CHARS = 40
_DATELINE_ENDS = (". ", " - ", " – ", " — ", ": ")


def _teaser_window(blocks: Sequence[Block], title: int | None) -> tuple[range, int]:
    """Where a teaser may stand (the first `TEASER_WINDOW` blocks under the title, each with
    one below it in the window) and the window's end."""
    first = 0 if title is None else title + 1
    last = min(len(blocks), first + TEASER_WINDOW)
    return range(first, last - 1), last


def find_teaser_copies(blocks: Sequence[Block], title: int | None) -> dict[int, Duplicate]:
    """Blocks among the first `TEASER_WINDOW` that are the start of a block at most
    `TEASER_GAP` blocks below them, character for character: cut short and ending in an
    ellipsis, or, right under the title, its first sentence; or whole sentences of it
    followed by a link's words (`TEASER_LINK_MAX_WORDS`: "... am Freitag. mehr"). Each is a
    copy of the paragraph it starts, which stays, whatever their order of printing: its words
    are all in it, but for a link's.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Storm hits coast",
    ...     "Heavy rain closed the coast road on Tuesday for a second...",
    ...     "Heavy rain closed the coast road on Tuesday for a second day. It may reopen."])]
    >>> find_teaser_copies(blocks, title=0)
    {1: Duplicate(rule='duplicate_teaser', original=2)}
    """
    found: dict[int, Duplicate] = {}
    starts, last = _teaser_window(blocks, title)
    for index in starts:
        block = blocks[index]
        if block.words < TEASER_MIN_WORDS:
            continue
        text = block.text
        cut = text.endswith(ELLIPSES)
        start = _without_ellipsis(text) if cut else text
        if not cut and (linked := _without_link_words(text)) is not None:
            _mark_linked_teaser(blocks, index, last, text, linked, found)
            continue
        # Whole, a description is one sentence right under the headline: a story's short
        # paragraph may open the next one's words anywhere else ("The road is closed." /
        # "The road is closed. It may reopen on Thursday.").
        if not cut and not (
            index == starts.start and title is not None and ends_like_sentence(text)
        ):
            continue
        # (an abbreviation, "Gov. Kristi Noem", reads as a sentence's end too)
        sentences = 1 + count_inner_sentence_ends(text)
        below = _paragraph_teased(blocks, _within_teaser_gap(index, last), start, cut, sentences)
        if below is not None and not cut and _is_credited_copy(blocks[below].text, text):
            found[below] = Duplicate(DUPLICATE_PARAGRAPH, index)  # a caption: the lead stays
        elif below is not None and not _lead_between(blocks, index, below):
            found[index] = Duplicate(DUPLICATE_TEASER, below)
    return found


def _is_credited_copy(other: str, start: str) -> bool:
    """Whether ``other`` is ``start`` with only a bracketed credit after it: an image's
    caption that repeats the lead, "(Photo: Jane Doe/Reuters)" glued on (see
    `CAPTION_CREDIT_MAX_WORDS`).

    >>> lead = "Heavy rain closed the coast road on Tuesday."
    >>> _is_credited_copy(f"{lead} (Photo: Jane Doe/Reuters)", lead)
    True
    >>> _is_credited_copy(f"{lead} (It reopened on Friday.)", lead)
    False
    >>> _is_credited_copy(f"{lead} Foto: Straßenbauamt", lead)
    True
    >>> _is_credited_copy(f"{lead} Grund: Schäden an den Lagern.", lead)
    False
    >>> _is_credited_copy(f"{lead} Archivfoto: Staatliches Bauamt", lead)
    True
    """
    if not other.startswith(start):
        return False
    credit = other[len(start) :].strip()
    bracketed = credit.startswith("(") and credit.endswith(")")
    label, colon, name = (credit[1:-1] if bracketed else credit).partition(":")
    return (
        bool(colon)
        and 0 < len(label.split()) <= COLON_LABEL_MAX_WORDS
        and (bracketed or _is_bare_credit(label, name))
        and 0 < len(name.split()) <= CAPTION_CREDIT_MAX_WORDS
    )


def _is_bare_credit(label: str, name: str) -> bool:
    """Whether an unbracketed "label: name" after a caption's stop is a photo's credit: a
    photo's label (`_BARE_CREDIT_LABELS`), or one word ending in a photo or credit word
    (`_BARE_CREDIT_ENDINGS`) over a name, not a sentence (`ends_like_sentence`: a quoted one,
    „…“ or « … », too)."""
    word = label.strip().lower()
    if word in _BARE_CREDIT_LABELS:
        return True
    return (
        " " not in word
        and word.endswith(_BARE_CREDIT_ENDINGS)
        and not ends_like_sentence(name.rstrip())
    )


def _paragraph_teased(
    blocks: Sequence[Block], below: range, start: str, cut: bool, sentences: int
) -> int | None:
    """The index of the first block in ``below`` that a teaser (``start``, cut short or
    whole, of ``sentences`` sentences) is the start of; None when there is none.

    Cut short, the paragraph goes on anywhere; whole, it goes on after a space, and the
    teaser is one sentence. After a dateline the paragraph may end there too (the lead is
    the description, dated) and the teaser may hold up to `TEASER_MAX_SENTENCES`: the
    dateline marks the paragraph as the story's own printing.
    """
    for index in below:
        other = blocks[index].text
        dated = _after_dateline(other, start)
        if (
            (sentences == 1 or cut)
            and len(other) > len(start)
            and other.startswith(start)
            and (cut or other[len(start)] == " ")
        ):
            return index
        if (
            dated is not None
            and (cut or sentences <= TEASER_MAX_SENTENCES)
            and (cut or dated[len(start) : len(start) + 1] in ("", " "))
        ):
            return index
    return None


def _after_dateline(paragraph: str, start: str) -> str | None:
    """The paragraph from ``start`` on, when a dateline alone comes before it
    (`DATELINE_MAX_WORDS`, `_DATELINE_ENDS`); else None. Looks only at the paragraph's first
    `DATELINE_MAX_CHARS` characters and the start's length.

    >>> _after_dateline("Hannover. Das Land kauft die Klinik.", "Das Land kauft")
    'Das Land kauft die Klinik.'
    >>> _after_dateline("BERLIN (dpa) - Das Land kauft.", "Das Land kauft.")
    'Das Land kauft.'
    >>> _after_dateline("Das Land kauft.", "Das Land kauft."), _after_dateline("wir. Das", "Das")
    (None, None)
    >>> _after_dateline("Es regnete. Das Land kauft.", "Das Land kauft.") is None
    True
    """
    at = paragraph.find(start, 1, DATELINE_MAX_CHARS + len(start))
    head = paragraph[:at]
    words = head.rstrip(" .:-–—").split()
    if (
        at < 1
        or not start
        or not words
        or not head.endswith(_DATELINE_ENDS)
        or len(head.split()) > DATELINE_MAX_WORDS
        # a place, a date, an agency: capitalised words, numbers and brackets; a short
        # sentence before the description ("Es regnete stark. ") has lower-case words
        or not all(word[0].isupper() or word[0].isdigit() or word[0] == "(" for word in words)
    ):
        return None
    return paragraph[at:]


def _within_teaser_gap(index: int, last: int) -> range:
    """The blocks a teaser at ``index`` may copy: at most `TEASER_GAP` below it, before
    ``last``."""
    return range(index + 1, min(last, index + 1 + TEASER_GAP))


def _lead_between(blocks: Sequence[Block], index: int, below: int) -> bool:
    """Whether a paragraph (`text.is_prose`) stands between a teaser at ``index`` and the
    block it starts at ``below``: the line is then a standfirst quoting the story's second
    paragraph, no description of it (see `TEASER_GAP`).

    >>> lead = "Heavy rain closed the coast road between the two villages on Tuesday night."
    >>> texts = ["Rain fell.", lead, "Rain fell. It may stop."]
    >>> _lead_between([Block(t, i, i + 1) for i, t in enumerate(texts)], 0, 2)
    True
    """
    return any(is_prose(blocks[i].text, blocks[i].words) for i in range(index + 1, below))


def _without_link_words(text: str) -> str | None:
    """The sentences before a teaser's link words (`TEASER_LINK_MAX_WORDS`), or None when
    the text ends a sentence or no sentence ends among its last words.

    >>> _without_link_words("Die Bahn streikt am Freitag. mehr")
    'Die Bahn streikt am Freitag.'
    >>> _without_link_words("Die Bahn streikt am Freitag."), _without_link_words("Ma in KL")
    (None, None)
    """
    if ends_like_sentence(text):
        return None
    parts = text.rsplit(" ", TEASER_LINK_MAX_WORDS)
    for tail in range(1, len(parts)):
        head = " ".join(parts[:-tail])
        if ends_like_sentence(head):
            return head
    return None


def _mark_linked_teaser(
    blocks: Sequence[Block],
    index: int,
    last: int,
    text: str,
    sentences: str,
    found: dict[int, Duplicate],
) -> None:
    """Mark the block a teaser with a link (``sentences``, then link words) when a paragraph
    at most `TEASER_GAP` blocks below is those sentences, whole or going on after a space,
    without the link's words: a paragraph that goes on with them is one the block opens
    ("Gov. Noem" read as a sentence and a name), which the rules above judge."""
    for below in _within_teaser_gap(index, last):
        other = blocks[below].text
        if (
            other.startswith(sentences)
            and other[len(sentences) : len(sentences) + 1] in ("", " ")
            and not other.startswith(text)
        ):
            found[index] = Duplicate(DUPLICATE_TEASER, below)
            return


def find_closing_teaser_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Blocks among the last `CLOSING_TEASER_WINDOW` that are an earlier block's start cut
    short with an ellipsis: a page's description printed again at its end, the copy.

    Linear: most documents' last blocks end with no ellipsis; one start test a block for the
    few that do.

    >>> texts = ["Storm hits coast", "Heavy rain closed the coast road on Tuesday for a second"
    ...     " day.", "It may reopen on Thursday.", "Heavy rain closed the coast road on Tuesday..."]
    >>> find_closing_teaser_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {3: Duplicate(rule='duplicate_teaser', original=1)}
    """
    found: dict[int, Duplicate] = {}
    for index in range(max(1, len(blocks) - CLOSING_TEASER_WINDOW), len(blocks)):
        block = blocks[index]
        if block.words < TEASER_MIN_WORDS or not block.text.endswith(ELLIPSES):
            continue
        start = _without_ellipsis(block.text)
        original = next(
            (
                other
                for other in range(index)
                if len(blocks[other].text) > len(start) and blocks[other].text.startswith(start)
            ),
            None,
        )
        if original is not None:
            found[index] = Duplicate(DUPLICATE_TEASER, original)
    return found


def _mark_card_teasers(
    blocks: Sequence[Block], found: dict[int, Duplicate], title: int | None, min_words: int
) -> None:
    """Mark the teaser under a copy of the headline below the story: a teaser list ("Mehr
    zum Thema") holding this story's card, its headline and the lead's first sentences.

    The block must be whole sentences that start the lead paragraph, character for
    character, and shorter than it, with `TEASER_MIN_WORDS` words: what a card prints. A
    paragraph that opens with the lead's words and goes on otherwise is no start of it.
    Linear: one comparison per headline copy.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Storm hits coast",
    ...     "Heavy rain closed the coast road on Tuesday. It may reopen on Thursday.",
    ...     "The county said repairs would take weeks.", "Storm hits coast",
    ...     "Heavy rain closed the coast road on Tuesday."])]
    >>> found = {3: Duplicate(DUPLICATE_TITLE, 0)}
    >>> _mark_card_teasers(blocks, found, 0, 5); found[4]
    Duplicate(rule='duplicate_teaser', original=1)
    """
    lead = _lead_paragraph(blocks, title, min_words)
    if title is None or lead is None:
        return
    lead_text = blocks[lead].text
    for index, duplicate in list(found.items()):
        under = index + 1
        if duplicate.rule != DUPLICATE_TITLE or index < lead or under >= len(blocks):
            continue
        card = blocks[under]
        if (
            under not in found
            and card.words >= TEASER_MIN_WORDS
            and ends_like_sentence(card.text)
            and len(lead_text) > len(card.text)
            and lead_text.startswith(card.text)
            and lead_text[len(card.text)] == " "
        ):
            found[under] = Duplicate(DUPLICATE_TEASER, lead)


# A caption printed over the lead with a label before it ("Image caption, <the lead's first
# sentence>", "Bildunterschrift: <...>"): a label of at most `COLON_LABEL_MAX_WORDS` words, no
# digit, the first capitalised, then ", " or ": ", then, opening with no lower-case letter
# (a sentence going on after "On Tuesday, " does), whole sentences a paragraph at most
# `TEASER_GAP` blocks below opens with (or that paragraph whole), of `TEASER_MIN_WORDS` words
# or more, among the first `TEASER_WINDOW` blocks and with no paragraph between them
# (`_lead_between`). The labelled line is the copy, the paragraph stays (blind8 half 15: 28
# of 60 such captions, those over the rules' 30 words, stayed). A story's own line that opens
# with two words and a comma and then says the next paragraph's first sentence again loses
# only those two words.
_CAPTION_LABEL_ENDS = (", ", ": ")


def labelled_text(text: str) -> str | None:
    """The text after a short label (see `_CAPTION_LABEL_ENDS`), or None when it has none.

    >>> labelled_text("Image caption, Heavy rain closed the coast road on Tuesday.")
    'Heavy rain closed the coast road on Tuesday.'
    >>> labelled_text("On Tuesday, heavy rain closed the road."), labelled_text("No label")
    (None, None)
    """
    # A label's words are letters, so its end is the text's first comma or colon: found by
    # one-character searches, where a search for ", " or ": " stops at every space. A label
    # of more words than `COLON_LABEL_MAX_WORDS` is no label, however many more it has.
    comma = text.find(",")
    colon = text.find(":", 0, comma if comma >= 0 else len(text))
    at = colon if colon >= 0 else comma
    if at <= 0 or text[at : at + 2] not in _CAPTION_LABEL_ENDS:
        return None
    label = text[:at].split(None, COLON_LABEL_MAX_WORDS)
    if (
        len(label) > COLON_LABEL_MAX_WORDS
        or not label[0][:1].isupper()
        or not all(word.isalpha() for word in label)
    ):
        return None
    rest = text[at + 2 :].strip()
    # A sentence going on after its opening words goes on in lower case; a caption's text
    # starts as a sentence (or with a bracket, a quotation mark, a digit).
    return rest if rest and not rest[0].islower() else None


def find_labelled_caption_copies(
    blocks: Sequence[Block], title: int | None
) -> dict[int, Duplicate]:
    """Blocks among the first `TEASER_WINDOW` that are a label and then the start of a
    paragraph just below, in whole sentences, or that paragraph whole: a caption printing
    the lead again, the copy (see `_CAPTION_LABEL_ENDS`).

    Linear: one label test a block of the window, one start test a block below it.

    >>> lead = "Heavy rain closed the coast road on Tuesday for a second day."
    >>> texts = ["Storm hits coast", f"Image caption, {lead}", f"{lead} It may reopen."]
    >>> find_labelled_caption_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 0)
    {1: Duplicate(rule='duplicate_teaser', original=2)}
    """
    found: dict[int, Duplicate] = {}
    starts, last = _teaser_window(blocks, title)
    for index in starts:
        block = blocks[index]
        if block.words < TEASER_MIN_WORDS:
            continue
        rest = labelled_text(block.text)
        if rest is None or len(rest.split()) < TEASER_MIN_WORDS:
            continue
        for below in _within_teaser_gap(index, last):
            other = blocks[below].text
            opens = (
                other.startswith(rest)
                and other[len(rest) : len(rest) + 1] == " "
                and ends_like_sentence(rest)
            )
            if (opens or other == rest) and not _lead_between(blocks, index, below):
                found[index] = Duplicate(DUPLICATE_TEASER, below)
                break
    return found

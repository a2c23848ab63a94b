"""The scrambled-text detector: a paywall's locked paragraphs, shipped scrambled after a clear lead.

Paywalled news sites put the locked part of an article into the page scrambled, so extracted
text holds paragraphs of gibberish after a clear lead. Two systems are seen: every letter
replaced by another (a substitution alphabet or a Caesar shift: "Ho slohslo Lmslo llöbboll
kmd"), and the characters of a stretch permuted ("iDe tSoitauni ni dne febeeortnfn neSßtra").
Both leave long lines with almost no function word of any shipped stoplist, among clear
paragraphs that have them. The evidence is of the document itself, so it holds in any
language with a stoplist, and a document without clear paragraphs is never touched:

- **shuffled letters** put capitals and stops inside words ("laAg.tl"): a long line where
  SHUFFLED_MIN_ODD words or more, and SHUFFLED_MIN_ODD_SHARE of them, are so shaped;
- **substituted letters** keep the word shapes but not the letters: a long line with at most
  SUBSTITUTED_MAX_STOPWORDS function words whose letter frequencies are unlike those of the
  document's clear paragraphs (cosine below SUBSTITUTED_MAX_COSINE).

False-positive risks and their guards: a quote or a name list in a language without a
stoplist has few function words too, and its letters differ from the article's. So a line
whose words are mostly capitalised (names, line-ups, ALL CAPS) or shaped like code is never a
candidate; the lines must form a run (RUN_MIN_LINES long lines, or one of RUN_MIN_WORDS
words) with no clear long line inside it; and a long line that is not scrambled must stand
above the run (the lead the site leaves readable). Certain: a locked article is most of a
document's words, and the removal budget would keep all of it.
"""

from __future__ import annotations

import functools
import math
import re
import string
from collections import Counter
from collections.abc import Collection, Sequence
from typing import AnyStr

import attrs
import regex

from ..language import Language, any_stopword
from ..model import Block, Verdict
from .facts import Facts

__all__ = ["ScrambleShape", "mark_scrambled_text", "scramble_shape"]

NAME = "scrambled_text"
FAMILY = "paywall"

# A line is judged on at least this many words: shorter ones (headings, labels) have too few
# function words by nature, and join a run only between two judged lines.
LINE_MIN_WORDS = 8
# Running text in a language with a stoplist holds 30-50 % function words (dev sets' gold:
# median 0.45, 5th percentile 0.20), scrambled text almost none (substituted: median 0, 95th
# percentile 0.10; shuffled: median 0.10, 95th percentile 0.24). A line at or above this share
# is clear: it is never scrambled, and it is the reference the others are compared with.
CLEAR_MIN_STOPWORDS = 0.2
# Prose is decided on its first words (CLEAR_MIN_STOPWORDS of them function words).
QUICK_WORDS = 24
# ... read from at most this many characters (24 words and their spaces rarely pass it).
QUICK_CHARS = QUICK_WORDS * 12
# A line is prose for certain when this many of its first words are function words: the
# share CLEAR_MIN_STOPWORDS of the most words the prose test reads (QUICK_WORDS), rounded
# up, so the test would say prose too.
CERTAIN_PROSE_STOPWORDS = math.ceil(CLEAR_MIN_STOPWORDS * QUICK_WORDS)
# ... counted first among this many words of its head (one split that stops there), the
# rest read only when they fall short. Why: the prose test reads every long line of every
# document, most of the detector's cost (issue #8), and its cost is the words it makes; the
# fifth function word of a line is among its first 14 words on 71 % of the ASCII speed
# corpus's 6,680 long lines (68 % of the dev pages' 11,436), and 12 to 16 words timed alike
# (the whole test 16.7 -> 13.8 ms over the ASCII corpus's lines, against a first split of
# the first 100 characters and a second of all 24 words for the lines it left).
PROSE_FIRST_WORDS = 14
# A line whose letter-words are at least this share capitalised is a list of names, a line-up
# or ALL CAPS: never a candidate (substitution keeps the capitals of the text it scrambles,
# 10-35 % of words in English and German prose).
NAME_LIST_MIN_CAPITALS = 0.5
# Shuffled text: a word with a capital after a lower-case letter and before one ("tSoitauni"),
# or a stop or comma between two letters ("laAg.tl"). Prose has one or two ("iPhone", "z.B.",
# "e.g."); shuffled lines of the benchmark's writing seeds a median of 5 (English) and 11
# (the other languages), 17 % and 26 % of their words.
SHUFFLED_MIN_ODD = 3
SHUFFLED_MIN_ODD_SHARE = 0.15
# Substituted text: at most this share of function words (substituted lines: 95th
# percentile 0.10) ...
SUBSTITUTED_MAX_STOPWORDS = 0.1
# ... and a cosine of its letter counts with the clear paragraphs' below this (substituted
# lines: median 0.54, 95th percentile 0.72; clear lines of the same document: 5th percentile
# 0.80; a Polish name list against two German sentences: 0.47, which the capitals guard keeps).
SUBSTITUTED_MAX_COSINE = 0.65
# ... compared only with clear paragraphs of at least this many letters, a sentence of about
# fifteen words (the shortest leads seen on real pages are one such sentence): the letter
# counts of a few words stand for no language (a generated article whose one clear line was
# "Government the the the.", 38 letters, made word salad of its vocabulary look substituted).
REFERENCE_MIN_LETTERS = 80
# ... and of at least this many distinct letters: 80 letters of a word or two printed again and
# again stand for no language either (a generated story whose clear lines were "Government the
# the the the the the the the the the the.", 9 letters, made its word salad look substituted:
# thorough28). A sentence of running text uses most of its alphabet's common letters: the
# clear references the dev set and the speed corpus compare lines with hold 16 or more.
REFERENCE_MIN_DISTINCT_LETTERS = 12
# ... and a share of letters outside ASCII at most this much above the clear paragraphs':
# the substitutions seen map the 26 ASCII letters onto themselves, while a line in another
# script (an Arabic verse in an English article, dev set Scrapinghub) or a quote in a
# language of many diacritics (Czech, Polish, Hungarian: 5-15 % of letters) has more.
SUBSTITUTED_MAX_EXTRA_NON_ASCII = 0.03
# A Caesar shift is undone by one of 25 shifts back: a line that one of them turns into running
# text (CLEAR_MIN_STOPWORDS function words) is shifted, whatever its letter counts (a shift
# can map frequent letters onto frequent ones: 3 of 25 shifts of an English paragraph keep
# the cosine above SUBSTITUTED_MAX_COSINE). Prose shifted by any amount reads as gibberish.
_SHIFTS = tuple(
    str.maketrans(string.ascii_lowercase, string.ascii_lowercase[k:] + string.ascii_lowercase[:k])
    for k in range(1, 26)
)
# A run holds at least this many judged scrambled lines, or one of at least this many words.
RUN_MIN_LINES = 2
RUN_MIN_WORDS = 40

_LETTER_WORD = regex.compile(r"[^\W\d_]+")
# Punctuation around words, made spaces before the words are looked up. ASCII punctuation by
# one `bytes.translate` over the UTF-8 text (a UTF-8 sequence of a non-ASCII character holds
# no ASCII byte, so only ASCII punctuation changes), the few non-ASCII marks by `str.replace`:
# 1.9 µs for a line's head against 5.7 µs for one `str.translate` with a table of both
# (the prose test runs on every long line of every document; issue #8).
_ASCII_PUNCTUATION_TO_SPACE = bytes.maketrans(
    string.punctuation.encode("ascii"), b" " * len(string.punctuation)
)
_OTHER_PUNCTUATION = tuple("„“”‘’«»–—…")
# The heads of a document whose heads are all ASCII once their marks (`_OTHER_PUNCTUATION`)
# are spaced (most news in English, with or without curly quotes and dashes): lowered and
# spaced by one `bytes.translate` (capitals to lower case, punctuation to spaces), split and
# looked up as bytes (`_ascii_stopwords`), never decoded; the prose test of every long line
# is most of the detector's cost (issue #8). The four ASCII information separators, which
# `str.split` splits on and `bytes.split` does not, are made spaces too, so the bytes' words
# are the text's.
_ASCII_LOWERED_AND_SPACED = bytes.maketrans(
    (string.punctuation + string.ascii_uppercase + "\x1c\x1d\x1e\x1f").encode("ascii"),
    (" " * len(string.punctuation) + string.ascii_lowercase + "    ").encode("ascii"),
)
# One odd word of shuffled text: a lower-case letter, a capital, a lower-case letter; or a
# stop, comma, question or exclamation mark between two letters.
_ODD = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}|[^\W\d_][.,!?][^\W\d_]")
# Code, shell commands and URLs: braces, assignments, statements, arrows, comments, pipes,
# a slash or an at sign. Shuffled prose has none of these characters to move.
_CODE = regex.compile(r"[{}=;<>/@|\\_#$]|\(\)|&&")
# The same three patterns for an ASCII line, where a letter is [A-Za-z], a lower-case one
# [a-z] and a capital [A-Z]: `re` runs these classes about twice as fast as `regex` runs the
# Unicode ones, and most lines of English news are ASCII (issue #8). `_ASCII_CAPITAL_WORD`
# finds each letter word that opens with a capital, as `_read_words` counts them.
_ASCII_LETTER_WORD = re.compile(r"[A-Za-z]+")
_ASCII_ODD = re.compile(r"[a-z][A-Z][a-z]|[A-Za-z][.,!?][A-Za-z]")
_ASCII_CODE = re.compile(r"[{}=;<>/@|\\_#$]|\(\)|&&")
_ASCII_CAPITAL_WORD = re.compile(r"(?<![A-Za-z])[A-Z]")


@attrs.frozen(slots=True)
class ScrambleShape:
    """What the detector reads of one long line: its words, function words, odd words and
    letter counts."""

    words: tuple[str, ...] = attrs.field(eq=False)
    stopword_share: float = 0.0
    odd: int = 0
    letters: Counter[str] = attrs.field(eq=False, factory=Counter)

    @property
    def shuffled(self) -> bool:
        """Whether the line's words look shuffled (capitals and stops inside words)."""
        return self.odd >= SHUFFLED_MIN_ODD and self.odd >= SHUFFLED_MIN_ODD_SHARE * len(self.words)

    @property
    def clear(self) -> bool:
        """Whether the line is running text of a language with a stoplist."""
        return self.stopword_share >= CLEAR_MIN_STOPWORDS


def _spaced(text: str) -> str:
    """The text with its punctuation made spaces (line feeds kept).

    >>> _spaced("„wir schaffen das“, sagte sie – (2015).").split()
    ['wir', 'schaffen', 'das', 'sagte', 'sie', '2015']
    """
    text = _marks_spaced(text)
    # surrogatepass: a lone surrogate (which normalisation may leave) goes there and back.
    spaced = text.encode("utf-8", "surrogatepass").translate(_ASCII_PUNCTUATION_TO_SPACE)
    return spaced.decode("utf-8", "surrogatepass")


def _marks_spaced(text: str) -> str:
    """The text with the non-ASCII marks of `_OTHER_PUNCTUATION` made spaces (`_spaced`'s
    first step).

    >>> _marks_spaced("„Ja“ – sagte sie…")
    ' Ja    sagte sie '
    """
    if not text.isascii():
        for mark in _OTHER_PUNCTUATION:
            if mark in text:
                text = text.replace(mark, " ")
    return text


def _is_prose(text: str) -> bool:
    """Whether a line is running text: CLEAR_MIN_STOPWORDS of its first QUICK_WORDS words
    (split on spaces, punctuation stripped) are function words. Cheaper than the
    letter-word pattern on the whole line."""
    return _reads_as_prose(_spaced(text[:QUICK_CHARS].lower()).split()[:QUICK_WORDS])


def _head_is_prose(head: AnyStr, stopwords: Collection[AnyStr]) -> bool:
    """`_reads_as_prose` of a lowered, spaced head, deciding most lines of prose on its first
    PROSE_FIRST_WORDS words alone; the head and the function words (`any_stopword`, or
    `_ascii_stopwords` for a head as bytes) are both text or both bytes.

    Exact: ``head.split(None, PROSE_FIRST_WORDS)`` is the head's first words and, when more
    follow, the rest of the head in one piece. A function word holds no space, so the piece
    counts only when it is one word, the next one, which the full test reads too: a count of
    CERTAIN_PROSE_STOPWORDS there meets the share CLEAR_MIN_STOPWORDS of any number of words
    up to QUICK_WORDS, and the full test would say prose. Otherwise the piece is split on
    to QUICK_WORDS words (its own count taken off), so every word is made once.

    >>> words = any_stopword()
    >>> _head_is_prose("the council met on monday and voted for the new budget of the city", words)
    True
    >>> _head_is_prose("ymj htzshnq rjy ts rtsifd fsi ajyji ktw ymj sjb gzikjy", words)
    False
    """
    stop = stopwords.__contains__
    words = head.split(None, PROSE_FIRST_WORDS)
    hits = sum(map(stop, words))
    if hits >= CERTAIN_PROSE_STOPWORDS:
        return True
    if len(words) <= PROSE_FIRST_WORDS:  # every word of the head, and fewer than QUICK_WORDS
        return hits >= CLEAR_MIN_STOPWORDS * len(words)
    rest = words[-1]
    more = rest.split(None, QUICK_WORDS - PROSE_FIRST_WORDS)[: QUICK_WORDS - PROSE_FIRST_WORDS]
    hits += sum(map(stop, more)) - stop(rest)
    return hits >= CLEAR_MIN_STOPWORDS * (PROSE_FIRST_WORDS + len(more))


@functools.cache
def _ascii_stopwords() -> frozenset[bytes]:
    """The ASCII function words of `any_stopword`, as bytes: an ASCII word is a function word
    exactly when its bytes are one of these."""
    return frozenset(word.encode("ascii") for word in any_stopword() if word.isascii())


def _reads_as_prose(first: list[str]) -> bool:
    """Whether CLEAR_MIN_STOPWORDS of the words are function words."""
    hits = sum(map(any_stopword().__contains__, first))
    return hits >= CLEAR_MIN_STOPWORDS * len(first)


def _unclear_candidates(facts: Facts) -> dict[int, Block]:
    """Each long block that a round can still hold (`Facts.scope`) and that `_is_prose` does
    not find prose, by its start: the only lines a scrambled run can hold, found once a
    document.

    On a page, the scope is what the page classifier first kept: the lines it dropped (5,011
    of the dev pages' 15,572 long lines) are never a round's, so never a candidate, and their
    prose answers are read only for the clear lines' letters (`_document_reference`), in
    the few documents that reach the comparison. The answers are `_is_prose`'s, each of a
    line alone (`_unclear_among`), so those of any subset of the document's lines are the
    whole document's answers for them.
    """
    return _unclear_among(facts.scope or ())


def _unclear_among(blocks: Sequence[Block]) -> dict[int, Block]:
    """Each long block of ``blocks`` that `_is_prose` does not find prose, by its start. The
    heads of all long lines are lowered and spaced in one go (one `_spaced` pass over their
    joined text instead of one a line), and most are found prose on their first words
    (`_head_is_prose`); the answers are `_is_prose`'s, line by line."""
    long = [block for block in blocks if block.words >= LINE_MIN_WORDS]
    heads = [block.text[:QUICK_CHARS] for block in long]
    joined = "\n".join(heads)
    # Most text outside ASCII in English news is its quotes and dashes, which spacing makes
    # spaces: with them spaced first, the heads are ASCII, lowered and spaced as bytes (see
    # `_ascii_heads_spaced`; the ordinary speed corpus: 236 of its 313 documents with a head
    # outside ASCII, 4,637 of 6,955 long lines), where the text path lowers every character
    # by the Unicode tables (issue #8).
    marks_spaced = _marks_spaced(joined)
    if marks_spaced.isascii():
        spaced = _ascii_heads_spaced(marks_spaced)
        unclear = _not_prose(long, spaced, _ascii_stopwords())
    else:
        unclear = _not_prose(long, _spaced(joined.lower()).split("\n"), any_stopword())
    return {block.start: block for block in unclear}


def _ascii_heads_spaced(marks_spaced: str) -> list[bytes]:
    """``_spaced(joined.lower()).split("\\n")`` as bytes (each head lowered and spaced), given
    the joined heads with their marks already spaced (``marks_spaced``, `_marks_spaced`),
    when that is ASCII: one `bytes.translate` lowers and spaces it
    (`_ASCII_LOWERED_AND_SPACED`, whose bytes split into the text's words).

    Exact: the heads held ASCII and the marks alone, and lowering changes no mark and makes
    none (a mark has no case), so lowering them and then spacing the marks is spacing the
    marks and then lowering the ASCII letters, which is the table's lowering. (The text
    path lowers the heads before it spaces them: Greek capital sigma's lower case reads its
    neighbours, and "’" between two letters is no space to it.)

    >>> _ascii_heads_spaced(_marks_spaced("“The Council’s vote” – A\\nB"))
    [b' the council s vote    a', b'b']
    """
    return marks_spaced.encode("ascii").translate(_ASCII_LOWERED_AND_SPACED).split(b"\n")


def _not_prose(
    long: Sequence[Block], heads: Sequence[AnyStr], stopwords: Collection[AnyStr]
) -> list[Block]:
    """The blocks of ``long`` whose lowered, spaced ``heads`` `_head_is_prose` does not find
    prose; each line alone (`_is_prose`) when a head held a line feed. Lowering and spacing
    neither make nor take a line feed, so the joined heads split into one piece a block
    exactly when no head holds one."""
    if len(heads) != len(long):
        return [block for block in long if not _is_prose(block.text)]
    return [
        block
        for block, head in zip(long, heads, strict=True)
        if not _head_is_prose(head, stopwords)
    ]


def _letter_word_count(block: Block, _language: Language) -> int:
    """The block's letter words, as `scramble_shape` counts them (a run of one line needs
    RUN_MIN_WORDS)."""
    text = block.text
    return len((_ASCII_LETTER_WORD if text.isascii() else _LETTER_WORD).findall(text))


def scramble_shape(block: Block, _language: Language | None = None) -> ScrambleShape | None:
    """The shape of a long line, None for a short one, a name list, code or plain prose.

    >>> scramble_shape(Block("The council met on Monday and voted for the new budget.", 0, 1))
    >>> shape = scramble_shape(Block("iDe tSoitauni ni dne febeeortnfn neSßtra ist rigsiechw "
    ...     "ofbnfaer laAg.tl, aegst rde rMüeeigsrbte.", 0, 1))
    >>> shape.shuffled, shape.clear
    (True, False)
    """
    if block.words < LINE_MIN_WORDS or _is_prose(block.text):
        return None
    read = _read_words(block)
    if read is None:
        return None
    lowered, share = read
    return ScrambleShape(lowered, share, _odd_words(block.text), Counter(block.text.lower()))


def _candidate_shape(block: Block, _language: Language) -> ScrambleShape | None:
    """`scramble_shape` of a long line known not to be prose (`_unclear_candidates`), when it
    is a candidate: None for a clear one too (which `_scrambled` judges not scrambled, as a
    long line without a shape). Its letters are counted only when `_scrambled` compares
    them (neither shuffled nor above SUBSTITUTED_MAX_STOPWORDS)."""
    read = _read_words(block)
    if read is None or read[1] >= CLEAR_MIN_STOPWORDS:
        return None
    shape = ScrambleShape(*read, _odd_words(block.text))
    if shape.shuffled or shape.stopword_share > SUBSTITUTED_MAX_STOPWORDS:
        return shape
    return attrs.evolve(shape, letters=Counter(block.text.lower()))


def _read_words(block: Block) -> tuple[tuple[str, ...], float] | None:
    """A line's lower-cased letter words and their share of function words; None for code,
    a line of fewer than LINE_MIN_WORDS letter words, or a name list."""
    if block.text.isascii():
        return _read_ascii_words(block.text)
    if _CODE.search(block.text) is not None:
        return None
    words = _LETTER_WORD.findall(block.text)
    if len(words) < LINE_MIN_WORDS:
        return None
    if sum(w[0].isupper() for w in words) >= NAME_LIST_MIN_CAPITALS * len(words):
        return None
    stopwords = any_stopword()
    lowered = tuple(w.lower() for w in words)
    hits = sum(w in stopwords for w in lowered)
    return lowered, hits / len(words)


def _read_ascii_words(text: str) -> tuple[tuple[str, ...], float] | None:
    """`_read_words` of an ASCII line, by the ASCII patterns: lowering an ASCII text changes
    its capitals alone, so its letter words lowered are the lowered text's letter words, and
    a word opens with a capital where a capital follows no letter.

    >>> _read_ascii_words("Mr Smith told the council that the plan was late")
    (('mr', 'smith', 'told', 'the', 'council', 'that', 'the', 'plan', 'was', 'late'), 0.4)
    """
    if _ASCII_CODE.search(text) is not None:
        return None
    lowered = _ASCII_LETTER_WORD.findall(text.lower())
    if len(lowered) < LINE_MIN_WORDS:
        return None
    if len(_ASCII_CAPITAL_WORD.findall(text)) >= NAME_LIST_MIN_CAPITALS * len(lowered):
        return None
    hits = sum(map(any_stopword().__contains__, lowered))
    return tuple(lowered), hits / len(lowered)


def _odd_words(text: str) -> int:
    """How many of the text's space-separated words hold an odd sequence (`_ODD`).

    A match lies inside one word (`_ODD` matches no space), so a text without one has no
    odd word: one search of the line decides the common case.

    >>> _odd_words("iDe tSoitauni ni dne laAg.tl"), _odd_words("The U.S. team won.")
    (3, 1)
    """
    odd = _ASCII_ODD if text.isascii() else _ODD  # the same sequences in ASCII text
    if odd.search(text) is None:
        return 0
    return sum(1 for token in text.split() if odd.search(token) is not None)


def _document_reference(facts: Facts) -> Counter[str]:
    """The letter counts of the document's clear long lines (as segmented: a line the page
    classifier or a round removed is still the document's own language), found once a
    document: its long lines that `_is_prose` finds prose. The answers for the lines a round
    can hold are `_unclear_candidates`'s; only the others' are found here."""
    unclear = facts.once(_unclear_candidates)
    scope = {block.start for block in facts.scope or ()}
    long = [block for block in facts.whole or () if block.words >= LINE_MIN_WORDS]
    outside = _unclear_among([block for block in long if block.start not in scope])
    clear = [block for block in long if block.start not in unclear and block.start not in outside]
    return _letter_counts(clear)


def _reference_letters(blocks: Sequence[Block]) -> Counter[str]:
    """The letter counts of the clear long lines (`_is_prose`): running text of a language
    with a stoplist. Counted with every character (`Counter` over a string runs in C);
    the letters are kept."""
    return _letter_counts(
        [block for block in blocks if block.words >= LINE_MIN_WORDS and _is_prose(block.text)]
    )


def _letter_counts(blocks: Sequence[Block]) -> Counter[str]:
    """The letter counts of the blocks' lower-cased text (one `Counter` over the joined text,
    which runs in C; the letters are kept)."""
    counts = Counter("\n".join(block.text for block in blocks).lower())
    return Counter({ch: n for ch, n in counts.items() if ch.isalpha()})


def _cosine(line: Counter[str], reference: Counter[str]) -> float:
    """The cosine of two letter-count vectors (non-letters in ``line`` are ignored)."""
    dot = sum(n * reference[ch] for ch, n in line.items() if ch.isalpha())
    norm = math.sqrt(sum(n * n for ch, n in line.items() if ch.isalpha()))
    ref_norm = math.sqrt(sum(n * n for n in reference.values()))
    return dot / (norm * ref_norm) if norm and ref_norm else 1.0


def _non_ascii_share(letters: Counter[str]) -> float:
    """The share of the letters counted that are not ASCII."""
    counts = {ch: n for ch, n in letters.items() if ch.isalpha()}
    total = sum(counts.values())
    return sum(n for ch, n in counts.items() if not ch.isascii()) / total if total else 0.0


def _shifted(words: Sequence[str]) -> bool:
    """Whether a shift of the letters turns the (lower-case) words into running text.

    Each word is looked up once, in the table of the words that a shift makes function words
    (`_shifted_stopwords`), instead of being shifted 25 times.

    >>> _shifted("ymj hnyd htzshnq rjy ts rtsifd fsi ajyji ktw ymj sjb gzikjy".split())
    True
    """
    words = words[:QUICK_WORDS]  # as many as the prose test reads
    needed = CLEAR_MIN_STOPWORDS * len(words)
    hits = [0] * len(_SHIFTS)
    shifts = _shifted_stopwords()
    for word in words:
        for index in shifts.get(word, ()):
            hits[index] += 1
    return any(n >= needed for n in hits)


@functools.cache
def _shifted_stopwords() -> dict[str, tuple[int, ...]]:
    """Each word that a shift of `_SHIFTS` turns into a function word, with the indices of
    those shifts: every function word shifted back by each of them (a shift is one-to-one
    on strings, so a word's shift is a function word exactly when the word is one shifted
    back).

    >>> _shifted_stopwords()["ymj"]  # shifted by 21 (back by 5), "ymj" reads "the"
    (20,)
    """
    found: dict[str, list[int]] = {}
    for index, shift in enumerate(_SHIFTS):
        back = {target: source for source, target in shift.items()}
        for word in any_stopword():
            found.setdefault(word.translate(back), []).append(index)
    return {word: tuple(indices) for word, indices in found.items()}


def _may_be_scrambled(shape: ScrambleShape) -> bool:
    """Whether `_scrambled` can find the line scrambled, whatever the clear lines' letters:
    not clear, and shuffled or with at most SUBSTITUTED_MAX_STOPWORDS function words."""
    return not shape.clear and (shape.shuffled or shape.stopword_share <= SUBSTITUTED_MAX_STOPWORDS)


def _scrambled(shape: ScrambleShape, reference: Counter[str]) -> bool:
    """Whether a candidate line is scrambled: shuffled, or substituted against the clear
    paragraphs' letters, or shifted."""
    if not _may_be_scrambled(shape):
        return False
    if shape.shuffled:
        return True
    if _non_ascii_share(shape.letters) > (
        _non_ascii_share(reference) + SUBSTITUTED_MAX_EXTRA_NON_ASCII
    ):
        return False
    if sum(reference.values()) < REFERENCE_MIN_LETTERS or len(reference) < (
        REFERENCE_MIN_DISTINCT_LETTERS
    ):
        return _shifted(shape.words)  # too few clear letters to compare counts with
    return _cosine(shape.letters, reference) < SUBSTITUTED_MAX_COSINE or _shifted(shape.words)


def _judgements(_facts: Facts) -> dict[int, bool]:
    """The document's store of `_scrambled` answers for its candidate lines, by a block's
    first input line: empty at first, filled as the rounds judge the lines (`Facts.once`
    keeps it). Each answer reads the line's shape (`_candidate_shape`, a block fact) and
    the document's reference letters (`_document_reference`, a document value) alone, so
    the first round's answer is every later round's (issue #8: a page's lines were judged
    again in each of its rounds)."""
    return {}


def _runs(flags: Sequence[bool | None]) -> list[tuple[int, int]]:
    """(first, last) of each run of scrambled lines (True), with unjudged lines (None)
    between them allowed and clear lines (False) ending a run."""
    runs: list[tuple[int, int]] = []
    first = last = -1
    for index, flag in enumerate([*flags, False]):
        if flag:
            first = index if first < 0 else first
            last = index
        elif flag is False and first >= 0:
            runs.append((first, last))
            first = -1
    return runs


def _removable_runs(flags: Sequence[bool | None], words: Sequence[int]) -> list[tuple[int, int]]:
    """The runs of `_runs` long enough to remove: RUN_MIN_LINES scrambled lines, or fewer
    of RUN_MIN_WORDS words (``words``: each line's). Given flags True wherever a line may
    be scrambled (and False only where it cannot), every run of the true flags lies inside
    one of these, with no more scrambled lines or words: so when there is none, no run is
    removed (the screens of `mark_scrambled_text`)."""
    removable = []
    for first, last in _runs(flags):
        judged = [p for p in range(first, last + 1) if flags[p]]
        if len(judged) >= RUN_MIN_LINES or sum(words[p] for p in judged) >= RUN_MIN_WORDS:
            removable.append((first, last))
    return removable


def _unshaped_flag(block: Block) -> bool | None:
    """The flag of a line without a shape: False for a long one (prose, a name list, code:
    it ends a run), None for a short one (judged by its neighbours)."""
    return False if block.words >= LINE_MIN_WORDS else None


def _possible_flags(
    blocks: Sequence[Block], kept: Sequence[int], unclear: Collection[int]
) -> list[bool | None]:
    """The kept lines' flags as far as the prose test knows them: True for a line that is
    not prose (``unclear``, by start), False for another long line (prose: `_scrambled`
    never sees it, and it ends every run), None for a short one."""
    return [True if blocks[i].start in unclear else _unshaped_flag(blocks[i]) for i in kept]


def mark_scrambled_text(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove each run of scrambled lines below a clear paragraph, from its first line to its
    last."""
    if facts.whole is not None:
        # The long lines that a round can still hold and that are not prose, found once:
        # too few for a run (the common case) ends every round at once; else only they are
        # shaped. Every kept block is in the scope, so these are all its unclear lines, and
        # the candidates' test below would return whenever this one does.
        unclear = facts.once(_unclear_candidates)
        if len(unclear) < RUN_MIN_LINES and all(
            facts.of(_letter_word_count, block) < RUN_MIN_WORDS for block in unclear.values()
        ):
            return
        kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
        words = [blocks[i].words for i in kept]
        # Even were every unclear line scrambled, a round whose prose lines part them into
        # runs too short to remove removes nothing (on the ASCII speed corpus, 43 of the 128
        # rounds this test above lets through): its lines are not shaped.
        if not _removable_runs(_possible_flags(blocks, kept, unclear), words):
            return
        shapes = [
            facts.of(_candidate_shape, blocks[i]) if blocks[i].start in unclear else None
            for i in kept
        ]
    else:
        kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
        words = [blocks[i].words for i in kept]
        shapes = facts.each(scramble_shape, [blocks[i] for i in kept])
    candidates = [shape for shape in shapes if shape is not None and not shape.clear]
    if len(candidates) < RUN_MIN_LINES and not any(
        len(shape.words) >= RUN_MIN_WORDS for shape in candidates
    ):
        return  # the common case: too few long lines that are not prose, a name list or code
    # `_scrambled` finds a line that is neither shuffled nor low in function words clear
    # before it reads the reference: when the lines that may be scrambled form no run long
    # enough to remove, none is removed, and the clear lines' letters are not read.
    possible = [
        _unshaped_flag(blocks[i]) if shape is None else _may_be_scrambled(shape)
        for i, shape in zip(kept, shapes, strict=True)
    ]
    if not _removable_runs(possible, words):
        return
    # The clear lines of the whole document, as segmented (a line the rounds removed is
    # still the document's own language); the round's blocks when the document's are unknown.
    if facts.whole is not None:
        reference = facts.once(_document_reference)
        # A line's shape and the document's reference are the document's, so its judgement
        # is too: found in the first round that asks, read back by the later ones.
        answers = facts.once(_judgements)
    else:
        reference = _reference_letters([blocks[i] for i in kept])
        answers = {}  # the reference is the round's own: nothing is kept across rounds
    if not reference:
        return  # no clear paragraph: nothing to compare with, and no lead above a run
    # True: a scrambled line; False: a clear long line (prose, a name list, code); None: a
    # short line, judged by its neighbours.
    flags: list[bool | None] = []
    for p, shape in enumerate(shapes):
        block = blocks[kept[p]]
        if shape is not None:
            flag = answers.get(block.start)
            if flag is None:
                flag = answers[block.start] = _scrambled(shape, reference)
            flags.append(flag)
        else:
            flags.append(_unshaped_flag(block))
    removal = Verdict(
        keep=False,
        rule=NAME,
        reason="one of a run of scrambled lines below a clear lead (a paywall's locked text)",
        certain=True,
        family=FAMILY,
    )
    # The first clear long line: a run needs one above it (the lead the site leaves clear).
    lead = flags.index(False) if False in flags else len(flags)
    for first, last in _removable_runs(flags, words):
        if first < lead:
            continue  # no clear line above: the document's own text may look so
        for p in range(first, last + 1):
            verdicts[kept[p]] = removal

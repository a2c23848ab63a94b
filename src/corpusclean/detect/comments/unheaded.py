"""Readers' signatures of one template recurring at the post's end, with no head over them.

A scraper that drops the thread's head ("3 Kommentare") leaves WordPress's signatures
"Thomas sagt:" / "Heike W. sagt:" over the comments and nothing else `thread_start` reads
when the dates were dropped too, or printed under a few comments only (probe34b: "Sandra
says:" / "December 6, 2025 at 9:14 am" over the first comment, "Mike Dawson says:" over the
next; `recurring` reads only Blogger's ellipsis and numbered signatures without a head, and
`signed` only signatures under a head a rule removed). A signature alone ("Name sagt:") is
an interview's, a vox pop's or a letters page's as often, so the reading asks for the
software's template and a mark that only readers leave, all together:

- two or more signatures (`Language.reader_signature`, a colon at the end: "Name verb:")
  recurring to the end with a comment's length at most between them, as `recurring` reads
  them, of **one verb** (the software prints one template; a writer quoting people varies
  "sagt" / "meint" / "findet") and at least two names;
- each name a reader's: a few words (UNHEADED_NAME_MAX_WORDS), no comma (an apposition, "Tom
  Reilly, 71, who grafted ...", is the article's), no role or age (`_is_readers_name`);
- no comment opens with a quotation mark: an article quotes its speakers ("Petra Schmidt
  sagte:" over "„Wir kommen jedes Jahr ...“"), a reader writes their own words;
- the post above: prose and a share of the words (`recurring._post_above`), not introducing
  the lines with a colon (`_introduced_above`), and the lines under the signatures do not go
  on with its sentence (`_comments_stand_apart`);
- a reader's mark on at least one comment (`_readers_mark`): a date with a clock time right
  under a signature (the software's stamp, "7 december 2025 kl. 19:22"), a handle ending in
  digits ("Rheinländer62"), or a reply naming another signer ("Jørgen, man kan ...", "@Heike").
  A vox pop, a court report's witnesses, a letters page or a list of speakers names people
  by their full names and prints none of these.

False-positive risks and their guards: the shapes above; a live ticker or a chronology ("14:05
Trainer sagt:") has its time before the speaker, where the stamp is read right under a
signature only, and a name holding a clock time is no handle (only digits glued to a name's
letters are); an interview's "Name:" has no verb; a letter's signature is one line.
Not guarded: a vox pop whose speakers sign with first names only and one of whom answers
another by name, each over unquoted words, in one verb, at the article's end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...language import Language, load_thread_words
from ...model import Block, Verdict
from ...text import NAME_MAX_WORDS
from ..facts import Facts
from .controls import COMMENT_MAX_BLOCKS
from .recurring import (
    ECHOED_MIN_NAMES,
    READER_SIGNATURE_MAX_WORDS,
    RECURRING_SIGNATURES_MIN,
    _comments_stand_apart,
    _is_readers_name,
    _signatures_to_end,
    _thread_start_above,
)
from .stamps import _holds_a_date, _holds_clock
from .tail import COUNTED_HEAD_FORM_LINES

# A reader signs with a name or a handle of a few words ("Petra K.", "Penwortham Orchard
# Group", "Anne og Terje"): the words of a name (`text.NAME_MAX_WORDS`). A longer "name" is a
# clause ("Lurdes Moreira limpou as mãos ao avental e disse:").
UNHEADED_NAME_MAX_WORDS = NAME_MAX_WORDS
# The software's stamp under a signature is a date and a clock time and little else ("6.
# Dezember 2025 um 08:41 Uhr", "December 6, 2025 at 9:14 am"): at most this many words.
STAMP_MAX_WORDS = 8
# The quotation marks an article's quote opens with, in the shipped languages' typography.
_QUOTE_OPENERS = "\"'“”„«»‚‘’‹›「『"
# A handle: a name's letters with digits glued after them ("Rheinländer62", "anna_83").
_HANDLE = re.compile(r"[^\W\d]\d{1,4}\b")
# A reply names the reader it answers first: "Jørgen, man kan ...", "@Heike: Gute Idee".
_ADDRESSEE = re.compile(r"@?\s*([^\W\d_][\w.-]*)\s*[,:!]")


def unheaded_signatures_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index where a thread of one signature template starts at the post's end with no
    head over it, when a reader's mark stands in it; None otherwise.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> lines = ["Volunteers planted forty apple trees of old local varieties on the former "
    ...          "allotments on Saturday, most of them grafted by one retired farmer.",
    ...          "The first small harvest is expected in three years, the group says.",
    ...          "Sandra says:", "December 6, 2025 at 9:14 am", "Lovely to see.",
    ...          "Mike Dawson says:", "Will the orchard be open to everyone?"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * len(blocks)
    >>> unheaded_signatures_start(blocks, keep, Facts(load_language("en")))
    2
    """
    words = load_thread_words(facts.language.code)
    # The last signature stands within a comment and the form's lines of the end
    # (`_signatures_to_end`): most documents have no template signature there, and are
    # answered by a few lines' ends, read before the kept lines are listed.
    if not any(_template_verb(blocks[index], words) for index in _kept_tail(verdicts)):
        return None
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    found = _signatures_to_end(blocks, kept, lambda block: _template_verb(block, words))
    if found is None or not _signed_by_readers(blocks, found):
        return None
    if not _one_template(blocks, [i for i in kept if i > found[0]], words, found):
        return None
    if not _comments_stand_apart(blocks, kept, found) or _quotes_under(blocks, kept, found):
        return None
    if not _readers_mark(blocks, found, facts.language):
        return None
    return _thread_start_above(blocks, kept, found[0], words, facts)


def _kept_tail(verdicts: Sequence[Verdict]) -> list[int]:
    """The indices of the last kept lines where the last signature must stand: a comment's
    and the form's lines (COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES) and the signature."""
    wanted = COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES + 1
    tail: list[int] = []
    for index in range(len(verdicts) - 1, -1, -1):
        if verdicts[index].keep:
            tail.append(index)
            if len(tail) == wanted:
                break
    return tail


def _template_verb(block: Block, words: Language) -> str | None:
    """The verb of a reader's signature printed by the software's template, "Name verb:",
    lower-cased, or None: a short name of a reader (no comma, no role, no age) and a
    signature verb of the thread words before a colon.

    >>> words = load_thread_words("de")
    >>> [_template_verb(Block(t, 0, 1), words) for t in ["Rheinländer62 meint:",
    ...  "Petra K. meint:", "Der Verteidiger meint:", "Tom Reilly, 71, who grafted them, says:",
    ...  "Thomas sagt", "ROSA disse..."]]
    ['meint', 'meint', None, None, None, None]
    """
    if block.words > READER_SIGNATURE_MAX_WORDS:
        return None
    text = block.text.strip()
    if not text.endswith(":"):
        return None
    match = words.reader_signature.fullmatch(text)
    if match is None or match.group("number") is not None or match.group("end") != ":":
        return None
    name = match.group("name")
    if "," in name or len(name.split()) > UNHEADED_NAME_MAX_WORDS or not _is_readers_name(name):
        return None
    return text[match.end("name") : match.start("end")].strip().lower()


def _signed_by_readers(blocks: Sequence[Block], found: Sequence[int]) -> bool:
    """Whether the signatures recur (RECURRING_SIGNATURES_MIN) under ECHOED_MIN_NAMES
    different names: one person's lines are a column's or a letter's."""
    names = {_signer(blocks[index]).lower() for index in found}
    return len(found) >= RECURRING_SIGNATURES_MIN and len(names) >= ECHOED_MIN_NAMES


def _one_template(
    blocks: Sequence[Block], under: Sequence[int], words: Language, found: Sequence[int]
) -> bool:
    """Whether no signature of another verb stands among the thread's lines ``under`` the
    first: `_signatures_to_end` reads such a line as a comment's, and a writer's speakers
    "sagt:" / "meint:" are one story's, where the software prints one template."""
    verb = _template_verb(blocks[found[0]], words)
    return all(_template_verb(blocks[index], words) in (None, verb) for index in under)


def _signer(block: Block) -> str:
    """A signature's name: its words but the verb's last and the colon ("Petra K." of "Petra
    K. meint:"; a two-word verb leaves its first word, which no test here needs apart)."""
    return block.text.strip().rstrip(":").rsplit(maxsplit=1)[0]


def _quotes_under(blocks: Sequence[Block], kept: Sequence[int], found: Sequence[int]) -> bool:
    """Whether a comment's first line opens with a quotation mark: an article's quote under
    its speaker ("Petra Schmidt sagte:" over "„Wir kommen jedes Jahr ...“")."""
    position = {index: at for at, index in enumerate(kept)}
    for index in found:
        after = kept[position[index] + 1 : position[index] + 3]
        text = next((blocks[i].text.lstrip() for i in after if not _is_stamp(blocks[i])), "")
        if text[:1] in _QUOTE_OPENERS and text:
            return True
    return False


def _readers_mark(blocks: Sequence[Block], found: Sequence[int], language: Language) -> bool:
    """Whether a comment holds a mark only readers' threads print: the software's stamp right
    under a signature, a handle ending in digits, or a reply naming another signer."""
    stamped = any(
        index + 1 < len(blocks) and _is_stamp(blocks[index + 1], language) for index in found
    )
    if stamped or any(_HANDLE.search(_signer(blocks[index])) for index in found):
        return True
    return _replies_by_name(blocks, found)


def _is_stamp(block: Block, language: Language | None = None) -> bool:
    """Whether a line is a comment's stamp: a few words holding a date and a clock time
    ("7 december 2025 kl. 19:22", "10.12.2025 klo 8.03"). Without ``language`` only the
    clock time is asked (a cheap test to step over the stamp to the comment's text)."""
    if block.words > STAMP_MAX_WORDS or not _holds_clock(block.text):
        return False
    return language is None or _holds_a_date(block.text, language)


def _replies_by_name(blocks: Sequence[Block], found: Sequence[int]) -> bool:
    """Whether a comment opens by naming another signer ("Mike, it will be open ...",
    "@Heike: Gute Idee"): readers answer each other, a vox pop's speakers do not."""
    firsts = {_signer(blocks[index]).split()[0].lower() for index in found}
    for index in found:
        for under in (index + 1, index + 2):
            if under >= len(blocks) or under in found:
                break
            match = _ADDRESSEE.match(blocks[under].text.lstrip())
            if match and match.group(1).lower() in firsts and not _is_stamp(blocks[under]):
                own = _signer(blocks[index]).split()[0].lower()
                if match.group(1).lower() != own:
                    return True
    return False

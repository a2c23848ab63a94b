"""Language as data: the word lists of one language that the detectors read.

Each language is a TOML file in the package (``data/lang/<code>.toml``); its built-in rules
are ``rules/data/news_<code>.toml``. `Config.language` picks both. A language without a word
list gets empty lists: the detectors that need words find nothing, the others run as usual.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import resources
from itertools import filterfalse
from typing import Any

import attrs

from .compat import tomllib
from .dates import DAY_MONTH, MONTH_DAY
from .text import (
    HAN_AND_KANA_CHARS,
    HANGUL_CHARS,
    KANA_CHARS,
    LETTER,
    ascii_runs_table,
    may_hold_unspaced_script,
    utf8,
    word_alternation,
)

__all__ = [
    "FALLBACK_LANGUAGE",
    "Identification",
    "Language",
    "any_stopword",
    "detect_language",
    "detect_language_of_lines",
    "identify_lines",
    "load_language",
    "load_profile_words",
    "load_thread_words",
    "may_match_ascii",
    "reads_alike",
    "stopword_lists",
    "word_lists",
]

#: The language a document is cleaned as when `Config.language` is "auto" and the vote finds
#: none: the language of the default rule set, so such a document is cleaned as before
#: language identification existed.
FALLBACK_LANGUAGE = "en"

# A document is in a language when that language's function words are at least this share
# of its tokens (and more of them than any other language's): running text in a language
# holds 30-50 % function words, while an unrelated list scores under 5 % on it.
MIN_STOPWORD_SHARE = 0.08
# A text of fewer tokens is not identified: one or two function words would decide by
# chance ("Ma" is a name in English and "but" in Italian).
MIN_VOTE_TOKENS = 20
# ... and the winning list must hold at least this many of them: on a short sample one
# shared function word ("er", "ter") is over the share by chance.
MIN_STOPWORD_HITS = 3
# The vote reads the tokens of the document's prose-like lines (this many words or more),
# up to this many tokens: enough for a stable vote, and a bounded cost on long documents.
# Short lines (menus, labels) carry site chrome, often in English whatever the language.
SAMPLE_LINE_MIN_WORDS = 8
SAMPLE_MAX_TOKENS = 200
# ... and at most this many characters (a word and its space rarely pass 16 characters).
SAMPLE_MAX_CHARS = SAMPLE_MAX_TOKENS * 16
# The first SAMPLE_MAX_CHARS characters of a document are read this many lines at a time
# (`_first_characters`, `_joined_shorter`): a page's are 50 to 200 lines, where joining the
# first 3,201 lines of a page of thousands was a fifth of its identification.
HEAD_CHUNK_LINES = 32
# Most documents are decided by the sample's first characters: the vote reads this many
# first (about 80 tokens), and stops there when one list leads by far. Reading the whole
# sample is what identification cost (tokenising 3,200 characters: about 27 us a document of
# the 75 us it took, more than a tenth of cleaning an ASCII news article).
QUICK_SAMPLE_CHARS = 480
# The lead that decides on the quick sample: the winning list holds at least this many of
# its tokens and this many times the runner-up's (running text in one language scores 20 to
# 40 hits on 80 tokens, a related language 2 to 6; a mixed or short text is read in full).
QUICK_MIN_HITS = 12
QUICK_MIN_LEAD = 3
_TOKEN = re.compile(r"\w+")
# The characters that `re`'s case-blind matching equates with a Latin letter, where
# `str.lower` gives another: the long s, the dotless i, and the dotted capital I, which it
# lowers to two characters (found by trying every character against every letter).
_CASE_BLIND_EXTRA = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})
# A web or mail address: a run of non-spaces holding a scheme, "www.", an "@" between word
# characters, or a dot between two letters ("example.com", "spiegel.de"). Its parts are the
# address's, not the text's: "com" is Portuguese for "with", "de" a function word in five
# languages, "it" an English one. The address is the whole run of non-spaces round such a
# mark. `_ADDRESS_TAIL` is its end: the first mark's sign (".", "@" or ":"), then the rest
# of the run; a pattern opening with a class of three signs skips the other characters in
# C, where one read from each run's start tried four alternatives at each character: the
# same spans (tests/test_language_addresses.py), about 11x faster on the corpus's lines.
_ADDRESS_TAIL = re.compile(
    r"[.@:](?:(?<=[^\W\d_]\.)(?=[^\W\d_])|(?<=www\.)|(?<=\w@)(?=\w)|(?<=:)(?=//))\S*"
)
# The text up to the last space before an address's mark: the address starts after it.
_UP_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
# The ASCII characters `_TOKEN` does not match (on ASCII, ``\w`` is the letters, the digits
# and "_"), as a bytes table that makes each of them a space (leaving every other byte).
_ASCII_NOT_WORD = ascii_runs_table(_TOKEN)
# Han, kana and Hangul write words without spaces, so one \w+ token can be a whole clause:
# a sample where they outnumber the tokens is in a language without a stoplist.
# (The character classes are text.py's: kana, CJK ideographs and extension A, Hangul syllables.)
# Each pattern matches a run of its characters: `_count_chars` counts them by the runs'
# lengths, one match a run, where a match a character made a string of each (a Chinese or
# Japanese head's 2,000 characters read by four such patterns: about 0.45 ms).
_UNSPACED_SCRIPT = re.compile(f"[{HAN_AND_KANA_CHARS}{HANGUL_CHARS}]+")
# Japanese writes its grammar in kana between the Han characters (30-45 % of running text);
# Chinese uses none, but for a stylised "の" in a Taiwanese blog title.
_KANA = re.compile(f"[{KANA_CHARS}]+")
_HANGUL = re.compile(f"[{HANGUL_CHARS}]+")
_LETTERS = re.compile(LETTER.pattern + "+")
# A document is in an unspaced script when its characters are at least half of its letters
# (the rest: Latin menu words, names, URLs), and at least this many: a name in Han or a
# Japanese brand on an English page is not a Chinese or Japanese document.
MIN_UNSPACED_CHARS = 20
# ... and Japanese when kana are at least this share of them: far above a Chinese page's
# stray "の", far below Japanese prose's share.
MIN_KANA_SHARE = 0.1
#: The languages identified by their script, not by function words: their words are not
#: separated by spaces, so a stoplist cannot count them. Each ships a rule set.
SCRIPT_LANGUAGES = ("ja", "zh")

# What may follow a greeting on its line: a name or a few words, then a comma or a stop.
_AFTER_GREETING = r"\b[\w .'’-]{{0,30}}[,!.]?"
# The word-list patterns use the standard library's engine: their syntax needs no more, and
# they run on most lines of every document, where its lower cost per call counts.
_NEVER = re.compile(r"(?!)")
# A part of a pattern that matches nowhere: an empty word list's place in a larger pattern.
_NO_WORD = r"(?!)"


def _whole_word_end(word: str) -> str:
    """What follows a word that must end where a word does ("employs" is not in
    "employsx"): nothing after a sign ("www.", "nyse:")."""
    return r"(?!\w)" if word[-1:].isalnum() else ""


#: The signs that may follow an age written in words at the end of its line ("a month ago
#: ·", "vor einem Monat)"), at most WORDED_AGE_TAIL_MAX of them: nothing else may.
WORDED_AGE_TAIL = " \t.,;!?)]}›»·•|-–—…"
WORDED_AGE_TAIL_MAX = 8


def _age_pattern(
    after: tuple[str, ...],
    before: tuple[str, ...],
    suffixes: tuple[str, ...],
    words: tuple[str, ...],
    ones: tuple[str, ...] = (),
    digits: bool = True,
) -> re.Pattern[str]:
    """A comment's relative age somewhere in a line, in the forms of these word lists: a
    number in digits and a unit (unless ``digits`` is False), or one of ``ones``."""
    # "3 days ago", "3 uur geleden": the number, a unit, then the word. "vor 3 Stunden",
    # "il y a 2 heures": the words, then the number and a unit of letters only, so that
    # "vor 30.000 Zuschauern" holds no age.
    forms = []
    if after and digits:
        forms.append(rf"\b\d+\s*\w{{1,10}}\.?\s+(?:{word_alternation(after)})\b")
    if before and digits:
        forms.append(rf"\b(?:{word_alternation(before)})\s+\d+\s*[^\W\d_]{{1,10}}\b")
    # "an hour ago", "vor einem Monat", "il y a une heure": software writes an age of one
    # unit in words, never "1" (Disqus: "a month ago"). Whole phrases, so "vor einer Wand"
    # is none, and at the end of the line (only `WORDED_AGE_TAIL` signs after it), where a
    # signature prints its age: `worded_age_ends` then tells by string methods which lines
    # may hold one.
    tail = f"[{re.escape(WORDED_AGE_TAIL)}]{{0,{WORDED_AGE_TAIL_MAX}}}$"
    if after and ones:
        forms.append(rf"\b(?:{word_alternation(ones)})\s+(?:{word_alternation(after)}){tail}")
    if before and ones:
        forms.append(rf"\b(?:{word_alternation(before)})\s+(?:{word_alternation(ones)}){tail}")
    if suffixes and digits:
        # "3小时前", "发表于2天前", "5分前": unspaced scripts join the number, its unit and
        # the word, and the name or "发表于" before it, so no word boundary can be asked
        # for. Nothing that is a word may follow: "2日前に発表した" is a sentence.
        forms.append(rf"(?<!\d)\d+\s*(?:{word_alternation(suffixes)})(?!\w)")
    if words and digits:
        # "刚刚", "たった今" ("just now") close a signature line; inside a line they are
        # ordinary words ("他刚刚宣布").
        forms.append(rf"(?:{word_alternation(words)})\W*$")
    return re.compile("(?i)" + "|".join(forms)) if forms else _NEVER


# Every ASCII character once: a character matches some ASCII text exactly when a
# case-insensitive pattern of it alone finds a place in this.
_ASCII = "".join(map(chr, range(128)))


def may_match_ascii(word: str) -> bool:
    """Whether a word of a case-insensitive pattern can match a piece of ASCII text.

    `re` compares one character with one under IGNORECASE, and some that are not ASCII
    match ASCII letters ("ſ" an "s", the Kelvin sign a "k"): each character is asked of
    `re` itself.

    >>> may_match_ascii("ago"), may_match_ascii("ſeconds"), may_match_ascii("小时前")
    (True, True, False)
    """
    return all(
        char.isascii() or re.search("(?i)" + re.escape(char), _ASCII) is not None for char in word
    )


def _compile(template: str, **words: tuple[str, ...]) -> re.Pattern[str]:
    """A case-insensitive pattern from a template, or one that never matches without words."""
    if not all(words.values()):
        return _NEVER
    parts = {name: word_alternation(value) for name, value in words.items()}
    return re.compile("(?i)" + template.format(**parts))


# A photographer's name in a credit (`Language.photographer_credit`) is one to this many
# words: a first name, initials or a middle name, and a last name of up to two words.
CREDIT_NAME_MAX_WORDS = 5
# A labelled credit's owner (`Language.credit_label`) is one to this many words: a
# photographer's name of up to five and an agency of up to three ("Mads Claus Rasmussen/
# Ritzau Scanpix" is five).
CREDIT_LABEL_OWNER_MAX_WORDS = 8
# A credit in round brackets at a line's end, alone or after its caption ("(Foto Jørn
# Kildall)", "... nein (Symbolfoto)", "... Paulista (Foto:Reprodução/ Facebook))"): the
# label, then a colon, a dot's abbreviation or a space, and its owner; or a word alone that
# says the picture is a stock or archive one ("Symbolfoto", `Language.stock_photo_words`).
# A label alone is no credit: a headline promises its pictures so ("... Boyfriend
# (Photos)", "... beauties (PHOTOS)"; scrapinghub). "OWNER" and "STOCK" stand for the
# owner's words, as `Language.credit_label` reads them, and the stock words. The caption
# before it runs to the bracket with no sentence's stop and no other bracket: one caption,
# never a paragraph of sentences whose last names its photo. A template may print the
# closing bracket twice.
_BRACKETED_CREDIT = (
    r"(?:(?P<bracket_caption>[^.!?()]{{1,300}}?)\s+)?"
    r"\((?:STOCK|(?P<bracket_label>{words})(?P<bracket_sep>\s*:\s*©?|(?<=\.)|\s)\s*OWNER)\)\)?\.?"
)
# The words a comment widget's head may print after its phrase (`Language.thread_head`): a
# sort order, with the article Romance languages put before it ("les plus récents").
THREAD_HEAD_MAX_TAIL = 3
# A count before a control, with up to three vote signs after it ("3 Likes", Disqus's "2 △
# ▽ • Reply"): bounded, so a failed match backtracks over a few characters only.
_COUNT = r"(?:\d+\s*(?:[^\w\s]\s*){{0,3}})?"
# One control as a line prints it, with a count before or after it ("Reply", "3 Likes",
# "Votes: 12", "Replies (4)"); "{controls}" is filled with a word list by `_compile`.
_CONTROL = _COUNT + r"(?:{controls})(?:\s*[:(]?\s*\d+\)?)?"


class _CompiledOnFirstUse:
    """A `Language`'s pattern until its first use: the first read of any of its attributes
    (``search``, ``fullmatch``, ``pattern``...) compiles it, by the language's
    ``_compile_<field>`` method, and puts the pattern in the language's field in this
    stand-in's place, so every later read of the field is a plain slot read of the pattern.

    Why: a document reads about a third of its language's 29 patterns, and compiling them
    all cost about 16 ms a language, and 34 ms for the thread words of every language
    (`load_thread_words`), at a process's first clean (issue #8). Why not a cached property:
    on a slotted attrs class that adds a ``__getattr__`` to the class, which stops CPython
    specialising every attribute read of every `Language` (6 -> 32 ns a read, session 39);
    a property or another descriptor per field costs each read a call (CPython 3.11, at a
    load of about 7: 13 ns a slot read, 169 ns a property's; language41). Here this class
    alone takes the slow path, once a field. A caller that kept the stand-in (read the field
    before its first use) is served the pattern's attributes by it.

    It answers `isinstance` as the pattern it stands for, as the field's annotation says
    (`isinstance` reads ``__class__`` when the type itself is no subclass, the way
    `unittest.mock` specs and Django's lazy objects stand in for their values): ``isinstance(
    language.greeting, re.Pattern)`` is true before the first use too, and compiles nothing.
    ``type()`` still names the stand-in.
    """

    __slots__ = ("_language", "_name", "_pattern")

    def __init__(self, language: Language, name: str) -> None:
        self._language = language
        self._name = name
        self._pattern: re.Pattern[str] | None = None

    # A property over ``object.__class__`` (as `unittest.mock` has): `isinstance` reads it.
    @property  # type: ignore[misc]
    def __class__(self) -> type[re.Pattern[str]]:  # type: ignore[override]
        return re.Pattern

    def __getattr__(self, attribute: str) -> Any:
        # Only names the stand-in lacks come here. Dunder names (pickle and copy look some
        # up) are not the pattern's business and compile nothing.
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self.compiled(), attribute)

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __reduce__(self) -> tuple[type[_CompiledOnFirstUse], tuple[Language, str]]:
        # Pickle's default reduction checks the class it makes against ``__class__``.
        return _CompiledOnFirstUse, (self._language, self._name)

    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled on the first call and put in the language's field (two
        threads may both compile it: the same pattern, either one kept)."""
        pattern = self._pattern
        if pattern is None:
            pattern = _PATTERN_BUILDERS[self._name](self._language)
            self._pattern = pattern
            object.__setattr__(self._language, self._name, pattern)
        return pattern


@attrs.frozen(slots=True)
class Language:
    """The word lists of one language, and the patterns made from them, each compiled on its
    first use.

    A pattern field holds a stand-in (`_CompiledOnFirstUse`) until its first use, which
    compiles it and puts the `re.Pattern` in its place: the stand-in serves the pattern's
    methods and attributes and is an instance of `re.Pattern` to `isinstance`; only
    ``type()`` tells it apart.

    >>> load_language("en").greeting.fullmatch("Hi Milan,") is not None
    True
    >>> load_language("xx").greeting.fullmatch("Hi Milan,") is None
    True
    """

    code: str
    greetings: tuple[str, ...] = ()
    comment_controls: tuple[str, ...] = ()
    shared_controls: tuple[str, ...] = ()
    signature_verbs: tuple[str, ...] = ()
    anonymous_names: tuple[str, ...] = ()
    age_after: tuple[str, ...] = ()
    age_before: tuple[str, ...] = ()
    age_suffixes: tuple[str, ...] = ()
    age_words: tuple[str, ...] = ()
    age_ones: tuple[str, ...] = ()
    thread_heads: tuple[str, ...] = ()
    comment_counts: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    stamp_words: tuple[str, ...] = ()
    relative_days: tuple[str, ...] = ()
    profile_cues: tuple[str, ...] = ()
    about_words: tuple[str, ...] = ()
    photo_positions: tuple[str, ...] = ()
    photographer_words: tuple[str, ...] = ()
    related_labels: tuple[str, ...] = ()
    #: Verbs of saying after a comma that make a line reported speech ("..., disse o
    #: ministro"): the rule guard ``unless = ["reported"]`` (`corpusclean.rules.guards`).
    saying_verbs: tuple[str, ...] = ()
    #: Subject pronouns a verb of saying is put before, joined by a hyphen ("..., estime-t-
    #: il"): any verb so inverted after a comma is reported speech too (French).
    inverted_subjects: tuple[str, ...] = ()
    #: A picture's kind and the word that names its maker after it, as a credit line opens
    #: ("Desenho de", "Foto von", "Illustration by"): `credit_by`.
    credit_by_words: tuple[str, ...] = ()
    #: The label a photo credit line opens with before a colon, or after a caption's stop,
    #: bar, dash or spaced slash ("Foto", "Kuva", "Zdjęcie", "fot."): `credit_label`.
    credit_words: tuple[str, ...] = ()
    #: The word a page prints alone on a line where its picture was, the image's lost text
    #: or its template's stand-in ("Foto", "Image", "[fehlendes Bild]"): `picture_placeholder`.
    #: A credit's label that is also a sub-heading's word ("Crédito", "Credits") is not one.
    picture_placeholders: tuple[str, ...] = ()
    #: A word that says a caption's picture is a stock or an archive one, in brackets at the
    #: caption's end ("(Symbolfoto)", "(file photo)"): a credit with no owner.
    stock_photo_words: tuple[str, ...] = ()
    #: The word a byline puts before its author's name ("von", "by", "par", "door"):
    #: `by_name`.
    byline_words: tuple[str, ...] = ()
    #: The words a reading time prints after its minutes ("3 min read", "3 Min. Lesezeit")
    #: or before them ("Lesezeit: 3 Minuten"): `reading_time`.
    reading_words: tuple[str, ...] = ()
    #: The labels a byline line opens with before its author's names, in a language with no
    #: rule file to write its bylines in ("Af", "Tekst og foto", "Oprac."): `labelled_byline`.
    #: A label written with its colon ("autor:") is one only with it.
    byline_labels: tuple[str, ...] = ()
    #: The newsroom's own name for itself that a byline gives as its author ("Af redaktionen").
    newsroom_names: tuple[str, ...] = ()
    #: A whole line that opens a reply in a comment thread ("Hi Milan,", "Thanks!").
    greeting: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line of comment controls ("Reply", "Like · Reply", "Rating: 36 Votes").
    comment_control: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line that is one control a page prints beside its own sections as well as
    #: under comments ("Share", "Like", "Back to top"): no evidence of a thread alone.
    shared_control: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A signature line: a verb, then a colon at its end ("Jane Doe says:", "Jane wrote on
    #: March 11th at 02:57:").
    signature_verb: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole signature line naming a reader without an account ("Anonymous", "Anonymous
    #: (not verified)", "Anonymous said...", "Anonym schrieb:").
    anonymous_signature: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole signature line in the two shapes blog software prints over each reader's
    #: comment with no date: a name, a verb and an ellipsis ("kristie said...", Blogger's),
    #: or a comment's number, a name, a verb ("1. Andria says:"); groups ``number`` and
    #: ``end`` tell them apart (`detect.comments.recurring`).
    reader_signature: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: The start of a line that `comment_control` or `anonymous_signature` may match whole:
    #: signs, a number, then a control or a name ("Reply", "3 Likes", "Anonymous said...").
    thread_word: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A comment's relative age somewhere in a line ("2 days ago", "vor 3 Stunden").
    age: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: Whether an ASCII line holds an age, as `digit_age` finds one there: without the
    #: words no ASCII text can hold (the unspaced scripts' "小时前", "たった今"), whose
    #: forms cost more than half of `age`'s search on English news.
    age_in_ascii: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: `age` without the ages written in words: the ages a line with a digit may hold
    #: besides those (`worded_age`, asked apart, at the line's end).
    digit_age: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: An age of one unit written in words, at the end of its line ("an hour ago", "vor
    #: einem Monat"): `age` finds it too; this finds nothing else.
    worded_age: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: The last word of a line that holds `worded_age`, before its `WORDED_AGE_TAIL`, in
    #: lower case: a word after an age or the last word of an ``age_ones`` phrase ("ago",
    #: "monat").
    worded_age_ends: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line a comment widget prints over its first comment ("12 Comments", "Sort by
    #: Top", "Add a comment...", "Kommentare lesen (123 Beiträge)").
    thread_head: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line that counts a post's comments in the blog software's words, the count
    #: first and a colon last ("1 comment:", "2 Kommentare:", "1 commento:"): Blogger's
    #: head over its comments, and no other head's (`detect.comments.headed`).
    comment_count: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A date with a month name somewhere in a line ("March 11th, 2015", "4 Nov").
    month_date: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A phrase of a company profile somewhere in a line ("headquartered in", "employs").
    profile_cue: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line heading a company profile ("About Ascom", "Über die Beispiel AG").
    about_heading: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A person's place in a photo, in brackets, somewhere in a line ("Jane Doe (left)",
    #: "Max Muster (2. v. l.)"): how a caption names the people it shows.
    photo_position: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line crediting a photographer by the trade's word, after or before the name
    #: ("Jane Doe, Staff Photographer", "Fotograaf: Hayo Bethlehem").
    photographer_credit: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: The most words (whitespace-separated runs, as `str.split` finds them) a line that
    #: `photographer_credit` matches whole can hold: a screen, as most lines are longer.
    photographer_credit_max_words: int = attrs.field(init=False, eq=False, repr=False)
    #: The trade's words lower-cased, less those that hold another (`may_hold_photographer_word`).
    photographer_screen: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line crediting a picture's maker by the picture's kind ("Desenho de Matilde
    #: Assunção", "Foto von Max Muster"): the name, one to five words, in group ``name``;
    #: whether it is written as a name is the reader's test (`detect.captions`).
    credit_by: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line that is a labelled photo credit ("Foto: Reuters", "Zdjęcie: PAP/Leszek
    #: Szymański", "© Jean Dupont"), alone or after its caption's stop, bar, dash or spaced
    #: slash ("Declan Rice. | Foto: Reuters"):
    #: the owner, one to three names or agencies, in group ``owner``, the caption in group
    #: ``caption``; whether the owner is written as names is the reader's test.
    credit_label: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line that is a picture's placeholder (`picture_placeholders`), in square or
    #: round brackets or none.
    picture_placeholder: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A credit's label or a © anywhere in a line: the screen before `credit_label`.
    credit_word: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: `credit_word` for a line lower-cased, case-sensitive (`has_credit_word`).
    credit_word_folded: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: Whether a credit's label ends with an abbreviation's dot ("Fot."), which `credit_label`
    #: takes without a colon after it (`may_hold_credit_label`).
    credit_label_dotted: bool = attrs.field(init=False, eq=False, repr=False)
    #: Any of those labels with their dot, case-blind: the screen's test for them.
    credit_label_dot: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole text that is a byline's word and up to `CREDIT_NAME_MAX_WORDS` words after
    #: it, in group ``name`` ("Door Jan de Vries"); whether they are written as a name is
    #: the reader's test (`detect.bylines`).
    by_name: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole text that is a reading time: minutes and a reading word after them or before
    #: them ("3 min read", "3 Min. Lesezeit", "Lesezeit: 3 Minuten", "1 min lectura").
    reading_time: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole text that is a byline's label, an optional colon and up to
    #: `CREDIT_LABEL_OWNER_MAX_WORDS` words after it, in group ``name`` ("Tekst og foto Jørn
    #: Kildall", "Oprac. Magdalena Pawlik"); whether they are a name is the reader's test.
    labelled_byline: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A whole line that is a related box's label ("Lire aussi", "Mais lidas :", "Lo último
    #: en España"): a "#" in a phrase stands for one to three words, a place or a section.
    related_label: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A line that opens with such a label and a separator, then the other story's headline
    #: in group ``headline`` ("A lire aussi : Presse de gauche n'amasse pas foule").
    related_pointer: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def _compile_greeting(self) -> re.Pattern[str]:
        return _compile("({greetings})" + _AFTER_GREETING, greetings=self.greetings)

    def _compile_shared_control(self) -> re.Pattern[str]:
        return _compile(rf"\W*{_CONTROL}\W*", controls=self.shared_controls)

    def _compile_comment_control(self) -> re.Pattern[str]:
        # A compact age may close the row ("Like · Reply · 3y", "Reply · 2 hrs").
        compact_age = r"(?:\s*[·•|/,-]\s*\d{{1,3}}\s?[^\W\d_]{{1,3}})?"
        return _compile(
            rf"\W*{_CONTROL}(?:\s*[·•|/,-]?\s*{_CONTROL})*{compact_age}\W*",
            controls=self.comment_controls,
        )

    def _compile_signature_verb(self) -> re.Pattern[str]:
        # The colon at the end is required: "He said" alone can be an article's own text.
        # "Jane wrote on March 11th, 2015 at 02:57:" has the verb before the date. Blogger
        # ends the line with an ellipsis right after the verb instead, in every language
        # ("Anonymous said...", "Klaus hat gesagt…", "Juan dijo..."): a sentence that
        # trails off is not cut right after its verb.
        return _compile(
            r".{{1,80}}\b(?:{verbs})\b(?:.{{0,60}}:|\s*(?:\.\.\.|…))", verbs=self.signature_verbs
        )

    def _compile_reader_signature(self) -> re.Pattern[str]:
        # The name is short and holds no sentence's stop ("kristie", "Maura @ Lilac Lane
        # Cottage", "Colleen C."), but for a few initials before it ("J.S.", "J. R. Smith"):
        # bounded, so a failed match backtracks over little.
        return _compile(
            r"(?:(?P<number>\d{{1,3}})\.\s+)?"
            r"(?P<name>(?:[^\W\d_]\.\s?){{0,3}}[^\s.!?][^.!?:]{{0,58}}?\.?)\s+"
            r"(?:{verbs})\s*(?P<end>\.\.\.|…|:)?",
            verbs=self.signature_verbs,
        )

    def _compile_anonymous_signature(self) -> re.Pattern[str]:
        # The name, then what the software may print after it: a note in brackets, a
        # signature verb, an ellipsis or a colon. Nothing else: "Anonymous sources" is a
        # sub-heading.
        # The verb is optional, so a language without signature verbs still has the names.
        name = r"(?:{names})(?:\s*\([^()]{{1,30}}\))?"
        verbs = {"verbs": self.signature_verbs} if self.signature_verbs else {}
        verb = r"(?:\s+(?:{verbs}))?" if verbs else ""
        return _compile(name + verb + r"\s*(?:\.\.\.|…|:)?", names=self.anonymous_names, **verbs)

    def _compile_thread_word(self) -> re.Pattern[str]:
        # The whole-line patterns' common start, with their flag: `comment_control` opens
        # with signs, an optional number and a control, `anonymous_signature` with a name.
        # Where either matches a whole line, this matches the line's start (a necessary
        # condition, read with `match`: the engine tries one place, where a search tries
        # every place with an alternation of a hundred words and no literal to skip to).
        words = self.comment_controls + self.anonymous_names
        count = _COUNT.replace("{{", "{").replace("}}", "}")  # not a `_compile` template here
        return re.compile(r"(?i)\W*" + count + word_alternation(words)) if words else _NEVER

    def _compile_age(self) -> re.Pattern[str]:
        return _age_pattern(
            self.age_after, self.age_before, self.age_suffixes, self.age_words, self.age_ones
        )

    def _compile_digit_age(self) -> re.Pattern[str]:
        return _age_pattern(self.age_after, self.age_before, self.age_suffixes, self.age_words)

    @worded_age_ends.default
    def _worded_age_ends(self) -> frozenset[str]:
        if not self.age_ones:
            return frozenset()
        lasts = [phrase.split()[-1] for phrase in self.age_ones] if self.age_before else []
        return frozenset(word.lower() for word in (*self.age_after, *lasts))

    def _compile_worded_age(self) -> re.Pattern[str]:
        return _age_pattern(self.age_after, self.age_before, (), (), self.age_ones, digits=False)

    def _compile_age_in_ascii(self) -> re.Pattern[str]:
        # A word that cannot match ASCII text matches no place of an ASCII line: dropping it
        # (and a form left without words) changes no answer of `search` on one.
        # Without the ages in words: `worded_age` finds those, on the lines it may hold them.
        after, before, suffixes, words = (
            tuple(filter(may_match_ascii, listed))
            for listed in (self.age_after, self.age_before, self.age_suffixes, self.age_words)
        )
        return _age_pattern(after, before, suffixes, words)

    def _compile_thread_head(self) -> re.Pattern[str]:
        # A count may lead ("12 Comments", "12件のコメント"), "#" in a phrase stands for one
        # ("Show # replies"), and a sort order or a count in brackets may follow ("Sort by:
        # best", "Kommentare lesen (123 Beiträge)"): up to THREAD_HEAD_MAX_TAIL more tokens,
        # as a sort order with its article takes ("Trier par : les plus récents", "Ordina
        # per: i più votati").
        pattern = _compile(
            rf"\W*(?:\d[\d.,]*\s*)?(?:{{heads}})(?:\W+[^\W_]+){{{{0,{THREAD_HEAD_MAX_TAIL}}}}}\W*",
            heads=self.thread_heads,
        )
        return re.compile(pattern.pattern.replace(r"\#", r"\d[\d.,]*"))

    def _compile_comment_count(self) -> re.Pattern[str]:
        return _compile(r"(?P<count>\d{{1,4}})\s+(?:{counts})\s?:", counts=self.comment_counts)

    def _compile_month_date(self) -> re.Pattern[str]:
        # "March 11th", "4. November", and with "de" or "di" between: "28 de marzo"; the
        # shapes are `corpusclean.dates`', which the stamps' dates with a year read too.
        return _compile(MONTH_DAY + r"\b|" + DAY_MONTH + r"\b", months=self.months)

    def _compile_profile_cue(self) -> re.Pattern[str]:
        # Whole words: "employs" is not in "deploys"; "www." and "nyse:" end in a sign.
        # As a trie (`word_alternation`): a flat list of a hundred cues costs a comparison each
        # at every word of a paragraph (the ASCII speed corpus's long blocks: 180 ms a pass,
        # 54 ms as a trie).
        cues = word_alternation(self.profile_cues, end=_whole_word_end)
        return re.compile(r"(?i)(?<!\w)(?:" + cues + ")") if self.profile_cues else _NEVER

    def _compile_about_heading(self) -> re.Pattern[str]:
        return _compile(r"(?:{about})\s+\w.{{0,60}}", about=self.about_words)

    def _compile_photo_position(self) -> re.Pattern[str]:
        return _compile(r"\(\s*(?:{positions})\.?\s*\)", positions=self.photo_positions)

    def _compile_photographer_credit(self) -> re.Pattern[str]:
        # A name of one to five words, opening with a letter; the trade's word after a
        # separator ("Jane Doe, Photographer", "J. Doe / Staff Photographer") or before a
        # colon ("Fotograaf: Hayo Bethlehem"). "Her father, a photographer" has an article
        # between the separator and the word, so it is no credit.
        more_words = "{{0," + str(CREDIT_NAME_MAX_WORDS - 1) + "}}"
        name = r"[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+)" + more_words
        return _compile(
            rf"{name}\s*[,/|–—-]\s*(?:{{roles}})|(?:{{roles}})\s*:\s*{name}",
            roles=self.photographer_words,
        )

    @photographer_credit_max_words.default
    def _count_photographer_credit_words(self) -> int:
        # Whitespace stands in a match only between the name's words (`\s+`, at most
        # CREDIT_NAME_MAX_WORDS words), around the separator or the colon (`\s*`, which may
        # stand alone: one word more) and inside a trade's words ("staff photographer"); no
        # other part matches whitespace, and case-insensitive matching maps no character
        # to one. So a match holds at most this many runs of non-space characters.
        trade = max((len(word.split()) for word in self.photographer_words), default=0)
        return CREDIT_NAME_MAX_WORDS + 1 + trade

    @photographer_screen.default
    def _fewest_photographer_words(self) -> tuple[str, ...]:
        words = {word.lower() for word in self.photographer_words}
        return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))

    def may_hold_photographer_word(self, text: str) -> bool:
        """Whether a text may hold one of the trade's words (`photographer_words`), which
        every match of `photographer_credit` holds: False when it holds none.

        The text lower-cased (the characters `re` folds to a letter that `str.lower` does
        not give mapped first, as `has_credit_word` does) and searched for each word that
        holds no other: C substring scans, so a document's lines joined are screened at
        once (issue #8: `detect.captions` read each line's words, every document).

        >>> english = load_language("en")
        >>> english.photographer_screen
        ('photographer', 'photojournalist')
        >>> english.may_hold_photographer_word("Jane Doe\\nSTAFF PHOTOGRAPHER")
        True
        >>> english.may_hold_photographer_word("The river rose.\\nPhoto: Jane Doe")
        False
        """
        lowered = _case_blind_lower(text)
        return any(word in lowered for word in self.photographer_screen)

    def _compile_credit_by(self) -> re.Pattern[str]:
        more_words = "{{0," + str(CREDIT_NAME_MAX_WORDS - 1) + "}}"
        return _compile(
            r"(?:{words})\s+(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)" + more_words + ")",
            words=self.credit_by_words,
        )

    def _compile_credit_label(self) -> re.Pattern[str]:
        # The label, then a colon (and a © after it: "Foto: ©Jeannet Le Poole"), or nothing
        # after an abbreviation's dot ("Fot. PAP", "Ph. Cecilia Mariani"), or the © that
        # marks a credit in every language ("... décembre. © Jean Dupont"); the owner's
        # words apart by spaces, or by the comma or slash between a photographer and the
        # agency ("Jan Novák, ČTK", "PAP/Leszek Szymański"). The caption, if any, ends on a
        # stop, a bar or a dash, or on a slash or hyphen with a space on each side ("... na
        # Câmara / Foto: Divulgação"): a credit's place, not a sentence's, whose words run
        # on with no such mark. A label with no caption may follow a dash ("– Foto's: X").
        # Or the credit stands in brackets at the line's end (`_BRACKETED_CREDIT`).
        owner_word = r"[^\W\d_][\w.'’&-]*"
        more_words = "{{0," + str(CREDIT_LABEL_OWNER_MAX_WORDS - 1) + "}}"
        owner = rf"(?P<owner>{owner_word}(?:(?:\s+|\s*[,/]\s*){owner_word}){more_words})"
        return _compile(
            r"(?:(?P<caption>.{{1,600}}?)(?:[.!?]\s+|\s+[|–—]\s*|\s+[/-]\s+)|[-–—]\s*)?"
            r"(?:(?:{words})(?:\s*:\s*©?|(?<=\.))|©)\s*" + owner + r"\.?"
            r"|"
            + _BRACKETED_CREDIT.replace(
                "OWNER", owner.replace("?P<owner>", "?P<bracketed>")
            ).replace("STOCK", word_alternation(self.stock_photo_words) or _NO_WORD),
            words=self.credit_words,
        )

    def _compile_picture_placeholder(self) -> re.Pattern[str]:
        # No colon: "Image:" over a line is the label of the caption below it (scrapinghub).
        return _compile(r"[\[(]?(?:{words})[\])]?", words=self.picture_placeholders)

    def _compile_credit_word(self) -> re.Pattern[str]:
        return _compile(r"(?:{words})|©", words=self._label_words)

    def _compile_credit_word_folded(self) -> re.Pattern[str]:
        # Case-sensitive: `re` skips ahead to a word's first letters, where a case-blind
        # alternation is tried at every character (2.4 times the cost on the dev pages).
        if not self.credit_words:
            return _NEVER
        words = tuple(word.lower() for word in self._label_words)
        return re.compile(f"(?:{word_alternation(words)})|©")

    @property
    def _label_words(self) -> tuple[str, ...]:
        """Every word `credit_label` reads as a credit's label: `credit_words` and the
        stock picture's words (`stock_photo_words`), for the screens."""
        return self.credit_words + self.stock_photo_words

    @credit_label_dotted.default
    def _any_credit_word_dotted(self) -> bool:
        return any(word.endswith(".") for word in self.credit_words)

    def _compile_credit_label_dot(self) -> re.Pattern[str]:
        dotted = tuple(word for word in self.credit_words if word.endswith("."))
        return _compile("{words}", words=dotted)

    def may_hold_credit_label(self, text: str) -> bool:
        """Whether a line may be a labelled credit (`credit_label`): it holds a colon or a ©,
        and a credit word (`has_credit_word`), or a dotted label (`credit_label_dot`), or ends
        with a bracket that holds a credit word.

        Every match of `credit_label` holds the label and a colon after it, or the ©, or a
        label whose own last character is the dot its look-behind reads, or ends on the
        bracket that closes a bracketed credit: no other part of the pattern stands in for
        them, and case-blind matching folds no character to ":", "©" or ".". The substring
        tests cost a tenth of the word search, and most lines of prose hold none of them
        (issue #8: the word search was 4 % of a pass on English news; a dot alone, the
        screen for a dotted label before credits34, let most lines of Polish and Italian
        through).

        >>> english = load_language("en")
        >>> english.may_hold_credit_label("PICTURE: Jane Doe")
        True
        >>> english.may_hold_credit_label("The photo shows the river."), english.has_credit_word(
        ...     "The photo shows the river.")
        (False, True)
        """
        if ":" in text or "©" in text:
            return self.has_credit_word(text)
        if self.credit_label_dotted and "." in text and self.credit_label_dot.search(text):
            return True  # the label itself, found: no other word to look for
        # A bracketed credit's label opens its line's last bracket (`_BRACKETED_CREDIT`: no
        # bracket in its caption or owner), so only that bracket is searched for a word.
        if not text.endswith(")"):  # most lines; a block's text is most often stripped
            if not text[-1:].isspace():
                return False
            text = text.rstrip()
        return text.endswith(")") and self.has_credit_word(text[text.rfind("(") :])

    def has_credit_word(self, text: str) -> bool:
        """Whether a line may hold one of the credit words or a © (`credit_word`): the line
        lower-cased and searched case-sensitively, which costs less than half as much as the
        case-blind search.

        On an ASCII line the answer is exactly the case-blind search's (no ASCII character
        folds to another letter); on any other line it is true wherever that search finds a
        word (the characters `re` folds to a letter that `str.lower` does not give, "ſ", "ı"
        and "İ", are mapped to it first), and the caller's reading decides.

        >>> english = load_language("en")
        >>> english.has_credit_word("PICTURE: Jane Doe"), english.has_credit_word("The river rose.")
        (True, False)
        """
        return self.credit_word_folded.search(_case_blind_lower(text)) is not None

    def _compile_by_name(self) -> re.Pattern[str]:
        more_words = "{{0," + str(CREDIT_NAME_MAX_WORDS - 1) + "}}"
        return _compile(
            r"(?:{words})\s+(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)" + more_words + ")",
            words=self.byline_words,
        )

    def _compile_labelled_byline(self) -> re.Pattern[str]:
        more_words = "{{0," + str(CREDIT_LABEL_OWNER_MAX_WORDS - 1) + "}}"
        return _compile(
            r"(?:{labels})(?:\s*:)?\s*(?<=[\s:.])(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)"
            + more_words
            + ")",
            labels=self.byline_labels,
        )

    def _compile_reading_time(self) -> re.Pattern[str]:
        # Minutes as any of the shipped languages writes them: "3 min", "3 Min.", "3 mins",
        # "3 minutes", "3 Minuten", "3 minutos", "3 minuti".
        minutes = r"\d{{1,3}}\s*(?:min(?:s|ute|utes|uten|utos|uti|uto)?\.?)"
        return _compile(
            minutes + r"\s*(?:{words})|(?:{words})\s*:?\s*" + minutes,
            words=self.reading_words,
        )

    def _compile_related_label(self) -> re.Pattern[str]:
        pattern = _compile(r"[\W_]{{0,3}}(?:{labels})\s*" + _LABEL_END, labels=self.related_labels)
        return _with_named_words(pattern)

    def _compile_related_pointer(self) -> re.Pattern[str]:
        pattern = _compile(
            r"[\W_]{{0,3}}(?:{labels})\s*[:|»›>–—-]\s*(?P<headline>\w.{{2,250}})",
            labels=self.related_labels,
        )
        return _with_named_words(pattern)

    def __attrs_post_init__(self) -> None:
        for name in _PATTERN_BUILDERS:
            object.__setattr__(self, name, _CompiledOnFirstUse(self, name))


#: `Language`'s pattern fields, each with the method that compiles it: ``_compile_<field>``.
_PATTERN_BUILDERS: dict[str, Callable[[Language], re.Pattern[str]]] = {
    field.name: getattr(Language, "_compile_" + field.name)
    for field in attrs.fields(Language)
    if hasattr(Language, "_compile_" + field.name)
}


@cache
def stopword_lists() -> dict[str, frozenset[str]]:
    """The shipped function-word lists (``data/stopwords/<code>.txt``), by language code.

    >>> sorted(stopword_lists())[:3]
    ['cs', 'da', 'de']
    """
    folder = resources.files("corpusclean").joinpath("data").joinpath("stopwords")
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))
    return {
        name[:-4]: frozenset(w.lower() for w in folder.joinpath(name).read_text("utf-8").split())
        for name in names
    }


# Lists shipped to name a document's language only (thirty-first session, langid31), left out
# of `any_stopword`: the detectors' name and prose tests were set on the other lists' union,
# and these lists hold words that are English names and abbreviations ("Jo said...",
# "Sen.", "Hon.", "Ole", "Kan"), which a name test would then read as function words (the
# recurring-signature doctest's "Jo said..." stopped counting as a signature).
IDENTIFICATION_ONLY_LISTS = ("cs", "da", "fi", "nb", "pl", "sv")


@cache
def any_stopword() -> frozenset[str]:
    """The words of the shipped function-word lists (`stopword_lists`) but those kept to
    name a language (`IDENTIFICATION_ONLY_LISTS`), in one set: one look-up asks whether a
    word is a function word of some language.

    >>> "the" in any_stopword() and "der" in any_stopword(), "ascom" in any_stopword()
    (True, False)
    >>> "jo" in any_stopword(), "jo" in stopword_lists()["fi"]
    (False, True)
    """
    lists = stopword_lists()
    return frozenset().union(
        *(words for code, words in lists.items() if code not in IDENTIFICATION_ONLY_LISTS)
    )


def _case_blind_lower(text: str) -> str:
    """The text lower-cased as `re`'s case-blind matching reads it: the characters it folds
    to a Latin letter that `str.lower` does not give ("ſ", "ı", "İ") mapped to that letter
    first, so a case-sensitive search of the result finds what a case-blind one of the text
    would (the screens `Language.has_credit_word` and `may_hold_photographer_word`).

    >>> _case_blind_lower("Foto: İlkay ſchmidt")
    'foto: ilkay schmidt'
    """
    if not text.isascii() and ("ſ" in text or "ı" in text or "İ" in text):
        text = text.translate(_CASE_BLIND_EXTRA)  # rare: three scans cost less than one map
    return text.lower()


def detect_language(text: str) -> str | None:
    """The language whose function words make up most of the text, or None when none does.

    A vote of the shipped stoplists: each counts the text's lower-case tokens it holds; the
    largest count wins when it reaches MIN_STOPWORD_SHARE of the tokens and MIN_STOPWORD_HITS,
    the text has MIN_VOTE_TOKENS tokens, and no other list ties it. Chinese and Japanese,
    which write words without spaces, are told by their script first (`SCRIPT_LANGUAGES`).
    Languages without a stoplist or a script of their own (Czech, Korean...) come out as
    None, which is the truth for the rules: no rule set ships for them.

    >>> detect_language("Die Regierung hat am Montag bekannt gegeben, dass sie die Steuern "
    ...                 "im nächsten Jahr senkt. Der Minister sagte, das helfe vor allem Familien.")
    'de'
    >>> detect_language("The government said on Monday that it would cut taxes next year. The "
    ...                 "minister said the cuts would help families with young children most.")
    'en'
    >>> detect_language("北京市政府星期一宣布了新的规定,市民的生活将受到很大影响。")
    'zh'
    >>> detect_language("12:30 | 4-2") is None
    True
    """
    return detect_language_of_lines(text.splitlines())


def detect_language_of_lines(lines: Iterable[str]) -> str | None:
    """`detect_language` for a document given as its lines."""
    return identify_lines(lines).language


@attrs.frozen(slots=True)
class Identification:
    """A document's identified language (`detect_language_of_lines`), and the prose sample
    whose vote alone gave it."""

    language: str | None
    #: The prose sample (`_prose_sample`) that decided ``language`` by its vote alone; None
    #: when the document's script or its head's vote (`_head_vote`) did.
    sample: str | None = None


def identify_lines(lines: Iterable[str], known: Identification | None = None) -> Identification:
    """`detect_language_of_lines` with the sample that decided it; ``known``, an earlier
    identification, comes back without a vote when its sample is this document's too.

    Exact: past the script's test (`_script_language`, which this document passes too) an
    answer that carries a sample is a function of that sample alone (`_sample_vote`), so a
    document with the same sample gets the same answer. Issue #8: an article's output is
    identified again after cleaning (`Cleaner._in_kept_language`), and most outputs keep
    their input's first prose lines, the whole sample; their vote was a third of that check.

    >>> first = identify_lines(["Gestern hat es in der ganzen Stadt geregnet, und die Feuerwehr "
    ...     "war die ganze Nacht im Einsatz, weil der Fluss über die Ufer getreten ist."])
    >>> first.language, identify_lines(["Teilen", *first.sample.splitlines()], first) is first
    ('de', True)
    """
    lines = lines if isinstance(lines, (list, tuple)) else list(lines)
    head = _head(lines, SAMPLE_MAX_CHARS)  # read by the script's test and the head's vote
    by_script = _script_language(head)
    if by_script is not None:
        return Identification(by_script or None)
    sample = _prose_sample(lines)
    if known is not None and known.sample == sample:
        return known
    decided, found = _sample_vote(sample)
    if decided:
        return Identification(found, sample)
    return Identification(_head_vote(head))


def reads_alike(lines: Sequence[str], other: Sequence[str]) -> bool:
    """Whether `identify_lines` reads the same of ``lines`` and of ``other``, so gives both
    the same answer: their non-empty lines are the same, and each document, its lines
    joined by line feeds, is shorter than SAMPLE_MAX_CHARS characters.

    Exact: the prose sample (`_prose_sample`) takes lines of SAMPLE_LINE_MIN_WORDS words,
    never an empty one, so it is the same of both; a document that short is its head whole
    (`_head`), and the script's test and the head's vote read the head by its characters
    other than line feeds alone (counts of letters and of scripts, tokens between non-word
    characters, addresses as runs of non-spaces: `without_addresses`), where an empty line
    puts one more line feed beside another. Issue #8: an article's output is identified
    again after cleaning (`Cleaner._output_language`), and a short document's output is
    mostly its own lines, with the empty lines between paragraphs; its head's vote was
    most of that check.

    >>> reads_alike(["The river rose.", "Share this"], ["The river rose.", "", "Share this"])
    True
    >>> reads_alike(["The river rose.", "Share this"], ["The river rose."])
    False
    """
    if not _joined_shorter(lines, SAMPLE_MAX_CHARS) or not _joined_shorter(other, SAMPLE_MAX_CHARS):
        return False
    return list(filter(None, lines)) == list(filter(None, other))


def _joined_shorter(lines: Sequence[str], limit: int) -> bool:
    """Whether the lines joined by line feeds are shorter than ``limit`` characters, read a
    chunk of lines at a time (`HEAD_CHUNK_LINES`) until they are not: a page's lines, a
    thousand or more, were summed whole for each output's check."""
    size = -1  # the length of the lines read, joined
    for start in range(0, len(lines), HEAD_CHUNK_LINES):
        chunk = lines[start : start + HEAD_CHUNK_LINES]
        size += sum(map(len, chunk)) + len(chunk)
        if size >= limit:
            return False
    return True


def _sample_vote(sample: str) -> tuple[bool, str | None]:
    """The language a prose sample votes for, and whether the sample decides alone: not
    when it is too short to vote and holds spaced prose (`_head_vote` then decides)."""
    if len(sample) > QUICK_SAMPLE_CHARS:
        quick = _vote(sample[:QUICK_SAMPLE_CHARS])
        if quick is not None:
            hits, _ = quick
            best, second = sorted(hits)[-1:-3:-1]
            if best >= QUICK_MIN_HITS and best >= QUICK_MIN_LEAD * second:
                return True, _vote_index()[0][hits.index(best)]
    vote = _vote(sample)
    if vote is None and sample and not _unspaced_chars(sample):
        return False, None
    return True, _winner(vote)


def _head_vote(head: str) -> str | None:
    """The language of a document whose prose is too short to vote alone (a brief, a
    teaser, an embed: one sentence): its other lines vote with it, under the same share,
    count and tie rules; ``head`` is its first SAMPLE_MAX_CHARS characters (`_head`)."""
    # Its furniture is then in its language more often than not ("Artikel teilen", "Folgen
    # Sie uns auf Facebook" under a German brief). The first SAMPLE_MAX_CHARS characters, as
    # for the prose sample. Without its web addresses: a brief over three links must not
    # vote Portuguese by their "com" (and lose its English rules until the links are gone,
    # so that cleaning the output read it in another language; thorough property seed 31).
    return _winner(_vote(without_addresses(head)))


def without_addresses(text: str) -> str:
    """The text with each web or mail address replaced by a space: each run of non-spaces
    holding a mark of one (`_ADDRESS_TAIL`).

    >>> without_addresses("SEE ALSO: https://www.example.com/news/1 and bbc.co.uk, or mail a@b.de")
    'SEE ALSO:   and   or mail  '
    >>> without_addresses("The U.S. team won 3.5 to 2, i.e. by a point.")
    'The   team won 3.5 to 2,   by a point.'
    """
    parts: list[str] = []
    copied = 0  # the text before this is in ``parts``
    for tail in _ADDRESS_TAIL.finditer(text):
        space = _UP_TO_LAST_SPACE.match(text, copied, tail.start())
        parts += (text[copied : space.end() if space else copied], " ")
        copied = tail.end()
    parts.append(text[copied:])
    return "".join(parts)


def _vote(sample: str) -> tuple[list[int], int] | None:
    """Each stoplist's hits among the sample's lower-case tokens, and the number of tokens;
    None when the sample cannot be voted on (too short, or in an unspaced script)."""
    votes, tokens = _voting_tokens(sample)
    if tokens < MIN_VOTE_TOKENS:
        return None
    if _unspaced_chars(sample) > tokens:
        return None
    codes = _vote_index()[0]
    hits = [0] * len(codes)
    for lists, count in votes.items():
        for at in lists:
            hits[at] += count
    return hits, tokens


def _voting_tokens(sample: str) -> tuple[Counter[tuple[int, ...]], int]:
    """The sample's voting tokens counted by the lists each votes for, and how many tokens
    (`_TOKEN`'s matches) the sample holds.

    Function words vote only where written in lower case: a capitalised token is more
    often a name ("Jack Ma", "La Nación", "Lai Seng Sin") than a sentence's first word.
    `_vote_index` holds only the words that are lower case, so one look-up a token (in C,
    by `map`) both tests the case and finds the lists; the tokens that vote are counted by
    the lists they vote for, of which there are a few dozen combinations.

    The tokens are found as bytes, in a few C calls instead of a match object's worth of
    work a token: in the UTF-8 form every ASCII byte that is not a word character becomes
    a space (`_ASCII_NOT_WORD`), and the rest split apart. A piece that is ASCII is then one
    token, as `_TOKEN` reads it. A piece holding other characters (an accented word, a
    word glued to a curly quote) lies between ASCII non-word characters, which no token
    runs across, so its tokens are `_TOKEN`'s on it alone: only these few pieces are
    decoded and read by the pattern (on the dev pages' samples, most with curly quotes, 5 %
    of the pieces; reading every token by the pattern was two thirds of the vote).
    """
    pieces = utf8(sample).translate(_ASCII_NOT_WORD).split()
    votes = Counter(filter(None, map(_ascii_vote_index().get, pieces)))
    if sample.isascii():
        return votes, len(pieces)
    wide = list(filterfalse(bytes.isascii, pieces))
    # One pattern call for them all: a space between two pieces parts their tokens.
    wide_tokens = _TOKEN.findall(b" ".join(wide).decode("utf-8", "surrogatepass"))
    votes.update(filter(None, map(_vote_index()[1].get, wide_tokens)))
    return votes, len(pieces) - len(wide) + len(wide_tokens)


def _winner(vote: tuple[list[int], int] | None) -> str | None:
    """The language of a full sample's vote: the list with the most hits, when they reach
    the share and the count a language needs and no other list ties it."""
    if vote is None:
        return None
    hits, tokens = vote
    # A tie is no vote: two languages sharing a function word ("er" in German and Dutch) on
    # a short sample must not pick a rule set by the order of the files.
    best_hits = max(hits)
    enough = max(MIN_STOPWORD_HITS, MIN_STOPWORD_SHARE * tokens)
    if hits.count(best_hits) > 1 or best_hits < enough:
        return None
    return _vote_index()[0][hits.index(best_hits)]


@cache
def _vote_index() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The shipped stoplists' codes, and for each of their function words that is lower
    case (`str.islower`) the positions of the lists that hold it: a token is one of them
    exactly when it is lower case and a function word, so one look-up a token tests both."""
    lists = stopword_lists()
    codes = tuple(lists)
    lists_of: dict[str, list[int]] = {}
    for at, code in enumerate(codes):
        for word in lists[code]:
            if word.islower():
                lists_of.setdefault(word, []).append(at)
    return codes, {word: tuple(ats) for word, ats in lists_of.items()}


@cache
def _ascii_vote_index() -> dict[bytes, tuple[int, ...]]:
    """`_vote_index`'s words for ASCII tokens: its ASCII words, as bytes."""
    return {word.encode(): lists for word, lists in _vote_index()[1].items() if word.isascii()}


def _script_language(head: str) -> str | None:
    """The language of a document written in an unspaced script: "ja" (kana between the
    Han), "zh" (Han alone), "" for Korean (no rule set yet); None when the document's
    letters are mostly of a spaced script, for the stoplist vote to decide.

    Reads ``head``, the document's first SAMPLE_MAX_CHARS characters (`_head`), so the cost
    is bounded.

    >>> _script_language("東京都は月曜日、新しい条例を発表した。市民の生活に大きな影響がある。")
    'ja'
    >>> _script_language("北京市政府星期一宣布了新的规定,市民的生活将受到很大影响。")
    'zh'
    >>> _script_language("The 東京 office opened on Monday, the company said in a statement.")
    """
    unspaced = _unspaced_chars(head)
    if unspaced < MIN_UNSPACED_CHARS or 2 * unspaced < _count_chars(_LETTERS, head):
        return None
    if _count_chars(_HANGUL, head) * 2 > unspaced:
        return ""
    return "ja" if _count_chars(_KANA, head) >= MIN_KANA_SHARE * unspaced else "zh"


def _count_chars(runs: re.Pattern[str], text: str) -> int:
    """How many characters of a class the text holds, by a pattern of runs of that class
    (`_UNSPACED_SCRIPT`...): each of them is in exactly one run the pattern finds, for a
    run found is as long as it can be and the next search starts right after it."""
    return sum(map(len, runs.findall(text)))


def _unspaced_chars(sample: str) -> int:
    """How many kana, Han and Hangul characters a sample holds (`_UNSPACED_SCRIPT`).

    Most samples hold none and say so to a screen (`text.may_hold_unspaced_script`) at a
    fraction of the scan's cost: on English news with curly quotes the scan of the 3,200
    characters `_script_language` reads was most of identification's time.
    """
    if sample.isascii() or not may_hold_unspaced_script(sample):
        return 0
    return _count_chars(_UNSPACED_SCRIPT, sample)


def _head(lines: Sequence[str], limit: int) -> str:
    """The document's first ``limit`` characters, lines joined by newlines, less the line
    feed a line ending one character short of the limit would leave last.

    The first ``limit + 1`` lines, joined, hold the first ``limit`` characters of the whole
    joined text (each line gives one at least, with its line feed), and so do the first
    lines whose join is ``limit`` characters long (`_first_characters`); a line ending
    right before the limit is told from a line feed inside a line only when the cut ends on
    one (`_line_ends_at`). Issue #8: a loop over the lines was a fifth of identifying an
    English article, twice a document (its input and its output).

    >>> _head(["The river", "rose."], 12), _head(["The river", "rose."], 10)
    ('The river\\nro', 'The river')
    """
    head = _first_characters(lines, limit)
    if len(head) == limit and head[-1] == "\n" and _line_ends_at(lines, limit - 1):
        return head[:-1]
    return head


def _first_characters(lines: Sequence[str], limit: int) -> str:
    """``"\\n".join(lines)[:limit]``, joining only the first lines that hold those
    characters, a chunk of lines at a time (`HEAD_CHUNK_LINES`): the chunks joined by line
    feeds are the lines joined so, and the first lines' join, once ``limit`` characters
    long, starts the whole join.

    >>> _first_characters(["The river", "rose."], 12)
    'The river\\nro'
    """
    chunks: list[str] = []
    size = -1  # the length of the chunks joined
    for start in range(0, len(lines), HEAD_CHUNK_LINES):
        chunks.append("\n".join(lines[start : start + HEAD_CHUNK_LINES]))
        size += len(chunks[-1]) + 1
        if size >= limit:
            break
    return "\n".join(chunks)[:limit]


def _line_ends_at(lines: Sequence[str], offset: int) -> bool:
    """Whether one of the lines, joined by line feeds, ends right at ``offset``."""
    end = -1
    for line in lines:
        end += len(line) + 1
        if end >= offset:
            return end == offset
    return False


def _prose_sample(lines: Iterable[str]) -> str:
    """The document's prose-like lines, up to about SAMPLE_MAX_TOKENS words; empty when none.

    A document without a line of SAMPLE_LINE_MIN_WORDS words has no sample: its short lines
    (names, credits, labels) share function words across languages by chance ("La", "Sin"),
    so it is cleaned as the fallback language. Never more than SAMPLE_MAX_CHARS characters,
    however long a line is.
    """
    picked: list[str] = []
    words = 0
    for line in lines:
        line = line[:SAMPLE_MAX_CHARS]
        count = line.count(" ") + 1
        if count >= SAMPLE_LINE_MIN_WORDS:
            picked.append(line)
            words += count
            if words >= SAMPLE_MAX_TOKENS:
                break
    return "\n".join(picked)[:SAMPLE_MAX_CHARS]


@cache
def load_language(code: str) -> Language:
    """The word lists of a language from the package data; empty lists when it has none."""
    return Language(code, **word_lists(code))


@cache
def word_lists(code: str) -> dict[str, tuple[str, ...]]:
    """The word lists a language's file gives (``data/lang/<code>.toml``), by name; none
    when it has no file.

    Read apart from `load_language`, which compiles about thirty patterns from them: the
    readers of every shipped language's words (`load_thread_words`, `load_related_words`,
    `load_profile_words`) merge these lists and compile their own patterns, and building
    each language's `Language` to read its lists cost about 110 CPU ms of a process's
    first clean (issue #8, startup39b). The caller must not change the dict (it is shared).

    >>> word_lists("de")["byline_words"], word_lists("xx")
    (('von',), {})
    """
    folder = resources.files("corpusclean").joinpath("data").joinpath("lang")
    resource = folder.joinpath(f"{code}.toml")
    if not resource.is_file():
        return {}
    data = tomllib.loads(resource.read_text("utf-8"))
    lists = {field.name for field in attrs.fields(Language) if field.init and field.name != "code"}
    unknown = set(data) - lists
    if unknown:
        raise ValueError(
            f"{resource.name}: unknown word lists {sorted(unknown)}; known: {sorted(lists)}"
        )
    return {name: tuple(data[name]) for name in lists & set(data)}


def _merged(codes: Iterable[str], names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The named word lists of the languages ``codes``, each list the languages' words in
    their order, each word once (`word_lists`)."""
    lists = [word_lists(code) for code in codes]
    return {
        name: tuple(dict.fromkeys(w for words in lists for w in words.get(name, ())))
        for name in names
    }


#: The word lists a comment thread's controls, signature verbs and ages are read from in any
#: language: every shipped language's. A German thread ("Antworten", "vor 3 Stunden") on a
#: page cleaned with the English rules is still a thread.
THREAD_WORD_LISTS = (
    "comment_controls",
    "shared_controls",
    "signature_verbs",
    "anonymous_names",
    "age_after",
    "age_before",
    "age_suffixes",
    "age_words",
    "age_ones",
    "thread_heads",
    "comment_counts",
)


#: The languages whose thread words are read for a document in that language only, not for
#: every document as the others' are (nordsig32): they have no rule file, and their words
#: are WordPress's alone, with no other software's evidence that a page in another language
#: prints them; some are ordinary words next door ("svara", "to answer", and "skriver",
#: "writes", in Norwegian and Danish prose; "vastaa", "answers", in Finnish). A Polish page
#: cleaned as English reads English and the seven rule-file languages' thread words, as
#: before.
LOCAL_THREAD_WORD_LANGUAGES = ("cs", "da", "fi", "nb", "pl", "sv")


def shipped_languages() -> tuple[str, ...]:
    """The codes of the languages with word lists in the package (``data/lang/<code>.toml``)."""
    folder = resources.files("corpusclean").joinpath("data").joinpath("lang")
    return tuple(sorted(e.name[:-5] for e in folder.iterdir() if e.name.endswith(".toml")))


def shared_thread_word_languages() -> tuple[str, ...]:
    """The shipped languages whose thread words every document reads: all but
    `LOCAL_THREAD_WORD_LANGUAGES`.

    >>> "de" in shared_thread_word_languages(), "pl" in shared_thread_word_languages()
    (True, False)
    """
    return tuple(c for c in shipped_languages() if c not in LOCAL_THREAD_WORD_LANGUAGES)


@cache
def load_thread_words(code: str) -> Language:
    """The word lists the comment-thread detector reads for a document in language ``code``.

    Its controls, signature verbs and ages are those of every shipped language but
    `LOCAL_THREAD_WORD_LANGUAGES` (each read for its own documents only): they are
    labels of the site software, printed in the site's language whatever language the
    document was cleaned as, and a line made only of them ("Antworten", "Répondre",
    "Rispondi") is a comment control in any of them. Greetings and month names stay the
    document's own: "Ma" or "Mar 4" in another language's list are ordinary words.

    >>> load_thread_words("en").comment_control.fullmatch("Antworten") is not None
    True
    >>> load_thread_words("en").month_date.search("4. Oktober") is None
    True
    >>> [load_thread_words(code).signature_verb.fullmatch("Per sier:") is not None
    ...  for code in ("nb", "en")]
    [True, False]
    """
    own = word_lists(code)
    merged = _merged((code, *shared_thread_word_languages()), THREAD_WORD_LISTS)
    return Language(
        code, greetings=own.get("greetings", ()), months=own.get("months", ()), **merged
    )


# What a related box's label may end with on its line: a colon, an ellipsis, an arrow.
_LABEL_END = r"[:.…»›>|–—-]{{0,3}}\s*"
# A "#" in a label phrase: one to three words naming a place or a section ("Lo último en
# España", "Mehr aus Hamburg"); `_compile` escaped it as "\#".
_NAMED_WORDS = r"[^\W\d_][\w'’.&-]*(?:\s+[\w'’.&-]+){0,2}"


def _with_named_words(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A label pattern with each escaped "#" made `_NAMED_WORDS`."""
    if pattern is _NEVER:
        return pattern
    return re.compile(pattern.pattern.replace(r"\#", _NAMED_WORDS))


#: The word list of a related box's labels, read in every shipped language: a site prints
#: its template's labels in its own language, and a short excerpt's language often wins no
#: vote (a title, a paywall line and "Les plus lus" are cleaned as English).
RELATED_WORD_LISTS = ("related_labels",)


@cache
def load_related_words() -> Language:
    """The related-box labels of every shipped language, in one `Language`.

    >>> words = load_related_words()
    >>> words.related_label.fullmatch("Les plus lus") is not None
    True
    >>> words.related_label.fullmatch("Lo último en España") is not None
    True
    >>> words.related_pointer.fullmatch("A lire aussi : Presse de gauche").group("headline")
    'Presse de gauche'
    """
    return Language("*", **_merged(shipped_languages(), RELATED_WORD_LISTS))


#: The word lists of a company profile, read in every shipped language: a press release
#: is printed in its issuer's language, whatever language the document is cleaned as.
PROFILE_WORD_LISTS = ("profile_cues", "about_words")


@cache
def load_profile_words() -> Language:
    """The profile cues and about-headings of every shipped language, in one `Language`.

    >>> load_profile_words().profile_cue.search("mit Sitz in Köln") is not None
    True
    >>> load_profile_words().about_heading.fullmatch("About Ascom") is not None
    True
    """
    return Language("*", **_merged(shipped_languages(), PROFILE_WORD_LISTS))

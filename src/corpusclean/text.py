"""Text predicates, each defined once: words, sentence ends, prose, headlines, comparison keys.

Two ways of counting words are in use, on purpose, and each has one definition here:

* `word_count` counts space-separated words. Rules (``max_words``), the removal budget and
  every threshold of the article path count this way: it is what a reader sees as words, and
  it costs one C call.
* `tokens` finds ``\\w+`` runs. The page model was trained on these, and they are the unit of
  the dev set's evaluation metric, so the page path counts this way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import filterfalse
from typing import Any

import regex

__all__ = [
    "CLOSERS",
    "DIALOGUE_DASHES",
    "ELLIPSES",
    "HEADLINE_MAX_WORDS",
    "NAME_MAX_WORDS",
    "PROSE_MIN_WORDS",
    "QUESTION_MARKS",
    "SENTENCE_CLOSING",
    "TYPED_BULLETS",
    "announces_what_follows",
    "capitalised_share",
    "char_class",
    "count_inner_sentence_ends",
    "counts_spaces_only",
    "ends_like_sentence",
    "field_label",
    "has_digit",
    "has_smiley",
    "is_capitalised",
    "is_footnote",
    "is_prose",
    "is_sentence",
    "key_words",
    "label_key",
    "looks_like_headline",
    "looks_like_title",
    "may_hold_unspaced_script",
    "opens_in_lower_case",
    "spaced_word_count",
    "tokens",
    "utf8",
    "word_alternation",
    "word_count",
    "word_trie",
]

# A line of this many words that ends like a sentence is body text: shorter lines are where
# labels, headlines and calls to action live (chosen on the dev set; no share or follow call
# of the dev set reaches it). The page path applies the same number to `tokens`.
PROSE_MIN_WORDS = 12
# Headlines run to about 20 words; a longer first line is a lead sentence missing its stop.
HEADLINE_MAX_WORDS = 22
#: A name runs to at most this many words: a person's ("Maria K", "Jean-Pierre de la Tour"),
#: a product's ("Sony WH-1000XM5"), a song's ("The Long Way Home"), a place's. A headline or
#: a sentence tells something, a clause of five words or more ("Council approves new budget
#: for schools"). Read by a comment's opening line (`detect.comments.signatures`) and by a
#: list of names under the article's own label (`detect.scopes`, `detect.boxlabel`).
NAME_MAX_WORDS = 4
#: How a line cut short ends, for `str.endswith`: three dots (or more) or the character.
ELLIPSES = ("...", "…")
#: The bullets typed in plain text as well as printed by extractors ("- ", "* ", "• ", "· "):
#: the part of `LIST_BULLETS` that readers of plain text (`segment`) and of a typed heading
#: (`detect.standfirst`) take.
TYPED_BULLETS = frozenset("-*•·")
#: The marks an extractor prints before an item of an HTML list, each followed by a space
#: ("- Artikel auf X teilen", "• 16. Januar 2025"): a list's bullet, not a word of the line.
#: The typed ones and the glyphs of HTML's list styles (square, circle, triangle, disc).
#: A dialogue's dash ("– Bonjour", `DIALOGUE_DASHES`), a quote mark or a number
#: ("1. Startseite") is text.
LIST_BULLETS = TYPED_BULLETS | frozenset("▪◦‣●")
#: The dashes that open a line of dialogue ("– Bonjour, dit-il.", "— Да, — сказал он.") as
#: often as a list's item, so no `LIST_BULLETS`. A reader adds them where taking a line of
#: dialogue for a list's item errs on the safe side (the line is then left as it is).
DIALOGUE_DASHES = frozenset("–—")


def char_class(chars: Iterable[str]) -> str:
    """A pattern's class of the characters, escaped (for `re` and `regex` alike).

    >>> print(char_class(TYPED_BULLETS))
    [\\*\\-·•]
    """
    return "[" + re.escape("".join(sorted(chars))) + "]"


# A list item's mark before its text: one of `LIST_BULLETS` or a number with a stop or a
# bracket ("1. ", "2) "), then a space.
_LIST_ITEM_MARK = regex.compile(rf"(?:{char_class(LIST_BULLETS)}|\d{{1,3}}[.)])\s")
# A fact box prints "Label: value" rows: "Geöffnet: Di–So, 10–18 Uhr" under each of two
# museums is a field, not a credit. Its label is a noun or two before ": " ("Eintritt",
# "Opening hours"), then a value. A longer phrase before a colon is a headline's kicker or a
# series' name ("Binge Eating Disorder: Understanding Your Triggers" in a related list, a
# Scrapinghub page's), whose repeats are teasers printed twice, not fields.
FIELD_SEPARATOR = ": "
FIELD_LABEL_MAX_WORDS = 2
# A headline may end with a full stop only when short and in title case ("Stocks Fall.").
TITLE_CASE_SENTENCE_MAX_WORDS = 16
# ... and then at least this share of its words is capitalised.
TITLE_CASE_SHARE = 0.75

#: The question marks of the spaced scripts and the full-width one (Chinese, Japanese), for
#: `str.endswith`.
QUESTION_MARKS = ("?", "\uff1f")
# Closing quotes and brackets after a sentence's last mark, Chinese and Japanese ones included
# ("…と述べた。」"), and the quotes that close a quotation in other European languages: German
# „…“ and ‚…‘ and »…«, French, Italian, Spanish and Portuguese «…» (a paragraph ending in a
# quoted sentence, 'Er sagte: „Wir schaffen das.“', ends like a sentence as 'He said: "We can."'
# does), and Swiss and Scandinavian »…» and ›…‹.
CLOSERS = "\"'”’“‘»«›‹)]」』）"
# French sets its closing guillemet off with a space ("« C'est fini. »"): spaces between the
# sentence's mark and a closer are part of the closing.
_CLOSING_SPACES = " \u00a0\u202f"
#: The same closing as a regex fragment, for the readers that find a sentence's end inside a
#: pattern (a stop inside a line, a wrapped line's end): closers, each perhaps after a space.
#: Built once from `CLOSERS` here, so that a reader does not keep its own, shorter list; each
#: character spelt as an escape, so the fragment means the same in a verbose pattern.
SENTENCE_CLOSING = (
    "(?:["
    + "".join(f"\\u{ord(char):04x}" for char in _CLOSING_SPACES)
    + "]?["
    + "".join(f"\\u{ord(char):04x}" for char in CLOSERS)
    + "])*"
)
# What may open a headline before its first capital: a quoted phrase ('Heavy losses' in Sri
# Lanka clashes, «Mort de...», „Wir schaffen das“) or Spanish inverted marks (¿Qué pasa?).
_OPENERS = "\"'“‘«»„‚‹›¿¡"
# The ideographic full stop ends Chinese and Japanese sentences (their "！" and "？" are
# folded to ASCII by normalisation).
_SENTENCE_MARKS = frozenset(".!?…。")
_END_QUOTES = frozenset('"”’')
_CAPITALISED_WORD = regex.compile(r"^[\p{Lu}\p{N}]")
# The start of a word (what `str.split` separates) of ASCII text that `is_capitalised` accepts.
_ASCII_CAPITALISED_START = re.compile(r"(?<!\S)[A-Z0-9]")
_TOKEN = re.compile(r"\w+")
# A footnote ("^ English is a de facto official language.", "[2] Joint Commission ..."): the
# article's apparatus, as extractors print a reference list (a backlink caret, a number).
_FOOTNOTE = re.compile(r"\^\s|\[\d{1,3}\]\s")
# A sentence ending inside a line: a stop, then a capital or digit opening the next sentence
# ("... for two years. Source: Supplied"). "U.S. economy" has no capital after its stop.
# A stop closed by any sentence's closing (`SENTENCE_CLOSING`: „Wir schaffen das.“ Er ging.)
# and a next sentence opened by a quote or Spanish mark (`_OPENERS`: ... fini. « Il ..., ...
# hoy. ¿Y mañana?) count as in English.
_INNER_SENTENCE_END = regex.compile(
    r"[.!?]" + SENTENCE_CLOSING + r"\s+[\p{Lu}\p{N}" + re.escape(_OPENERS) + "]"
)
# Letters and digits: a key is the line's runs of them, casefolded, joined by single spaces.
_KEY_WORD = re.compile(r"[^\W_]+")


def ascii_runs_table(runs: re.Pattern[str], lower: bool = False) -> bytes:
    """A bytes table that makes every ASCII character a run of ``runs`` cannot hold a space,
    keeps the others (lower-cased, with ``lower``), and leaves the bytes from 0x80 alone:
    read off the pattern itself, one character at a time.

    On ASCII text the runs ``runs.findall`` gives (a pattern of runs of one class, such as
    ``\\w+``) are then the pieces ``str.split`` gives of the translated text, in C: every
    character outside the class is a space, and no character of it is a space (a test checks
    every ASCII character). Issue #8: about a third of ``findall``'s time on a line of news.

    >>> "Jack Ma's, in K.L.".encode().translate(ascii_runs_table(_TOKEN)).decode().split()
    ['Jack', 'Ma', 's', 'in', 'K', 'L']
    """
    kept = [b for b in range(128) if runs.fullmatch(chr(b))]
    table = bytearray(range(256))
    for b in range(128):
        table[b] = (ord(chr(b).lower()) if lower else b) if b in kept else ord(" ")
    return bytes(table)


# `tokens` and `key_words` of ASCII text (`ascii_runs_table`): casefolding ASCII is lowering.
_ASCII_TOKEN_TABLE = ascii_runs_table(_TOKEN)
_ASCII_KEY_WORD_TABLE = ascii_runs_table(_KEY_WORD, lower=True)
# Han and kana write words without spaces. Chinese words average 1.5 to 2 characters, and a
# Japanese word with its kana about 2: a run of them counts one word per this many characters,
# so that a Chinese paragraph is as long in words as its English translation, roughly.
CJK_CHARS_PER_WORD = 2
#: The scripts written without spaces between words, as regex class bodies: kana, and the
#: CJK ideographs with extension A (the stdlib engine, spelt out). Hangul is spaced.
KANA_CHARS = "\u3040-\u30ff"
HAN_AND_KANA_CHARS = KANA_CHARS + "\u3400-\u4dbf\u4e00-\u9fff"
HANGUL_CHARS = "\uac00-\ud7af"
_UNSPACED_RUN = re.compile(f"[{HAN_AND_KANA_CHARS}]+")
# Every UTF-8 byte below 0xE3: the whole encoding of each character under U+3000, and the
# continuation bytes of every other. What a text's UTF-8 form holds besides them are the lead
# bytes of its characters from U+3000 up (3-byte sequences from 0xE3, 4-byte from 0xF0).
_BYTES_UNDER_U3000_LEADS = bytes(range(0xE3))
#: A letter: a word character that is not a digit or the underscore (any script).
LETTER = re.compile(r"[^\W\d_]")
#: A decimal digit of any script.
DIGIT = re.compile(r"\d")
# A smiley: ASCII faces whose eyes are ":" or ";" standing apart ("8)" or "(see 1)" is no
# face), "^^", "xD", and the Unicode emoticon blocks. A reader's or a blogger's mark, no
# headline's.
SMILEY = regex.compile(
    r"(?<!\S)(?:[:;]-?[)(DPp]|[xX]D|\^_?\^)(?!\w)"
    "|[\u263a\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a]"
)


def utf8(text: str) -> bytes:
    """The text's UTF-8 bytes, a lone surrogate encoded as the others are: the form the
    byte-level screens and keyword automata read (a character's bytes open with a byte no
    other position holds, so a string occurs in the bytes exactly where it occurs in the
    text, and a lone surrogate's bytes open no other character's).

    >>> utf8("Café"), utf8("\\ud800")
    (b'Caf\\xc3\\xa9', b'\\xed\\xa0\\x80')
    """
    return text.encode("utf-8", "surrogatepass")


def may_hold_unspaced_script(text: str) -> bool:
    """Whether a text may hold a kana, Han or Hangul character: False when it holds none.

    A screen in front of the scans for those scripts (`KANA_CHARS`, `HAN_AND_KANA_CHARS`,
    `HANGUL_CHARS`, all from U+3040): each such character's UTF-8 form opens with a byte
    from 0xE3 up, and a text whose UTF-8 form holds no such byte (every text with no
    character from U+3000 up: Latin with curly quotes and dashes, Cyrillic, Greek) holds
    none. One encoding and one bytes translation, in C, where a stdlib class scan of
    non-ASCII text tests each character against the ranges: on the speed corpus's 3,991
    non-ASCII lines 2.4 ms against 13 to 21 ms. True is no answer (an emoji opens with 0xF0,
    a lone surrogate, encoded as it is, with 0xED): the scan still decides.

    >>> may_hold_unspaced_script("“Café” — Москва"), may_hold_unspaced_script("東京")
    (False, True)
    """
    return bool(utf8(text).translate(None, _BYTES_UNDER_U3000_LEADS))


def spaced_word_count(text: str) -> int:
    """The space-separated words of a text that is not empty: its spaces plus one.

    Text is normalised (single spaces, trimmed), so each space parts two words. It is
    `word_count` of every text without an unspaced script (`counts_spaces_only`); the
    readers that count spaced words only read it here.

    >>> spaced_word_count("Share this on"), spaced_word_count("分享到")
    (3, 1)
    """
    return text.count(" ") + 1


def word_count(text: str) -> int:
    """Count words: space-separated ones (`spaced_word_count`), and in Chinese and Japanese,
    which write no spaces, one per CJK_CHARS_PER_WORD characters.

    >>> word_count("Share this on"), word_count(""), word_count("分享到")
    (3, 0, 2)
    >>> word_count("北京市政府 宣布")
    4
    """
    if not text:
        return 0
    spaced = spaced_word_count(text)
    if text.isascii() or not may_hold_unspaced_script(text):
        return spaced
    # Each run counted one word among the spaced ones; it is worth its length in words,
    # rounded up.
    runs = _UNSPACED_RUN.findall(text)
    return spaced + sum(-(-len(run) // CJK_CHARS_PER_WORD) - 1 for run in runs)


def counts_spaces_only(texts: Iterable[str]) -> bool:
    """Whether `word_count` of each text not empty is its spaces plus one: no text outside
    ASCII may hold an unspaced script (`may_hold_unspaced_script`, asked once of them all,
    joined: it tests each character alone, so it says the same of the joined texts as of
    any of them). True of every ASCII document, in one C pass.

    >>> counts_spaces_only(["Share this", "“Café” — Москва"]), counts_spaces_only(["x", "分享到"])
    (True, False)
    """
    outside = "".join(filterfalse(str.isascii, texts))
    return not outside or not may_hold_unspaced_script(outside)


def tokens(text: str) -> list[str]:
    """Split text into ``\\w+`` tokens, the unit the page model and the evaluation count.

    >>> tokens("Jack Ma's office, in K.L.")
    ['Jack', 'Ma', 's', 'office', 'in', 'K', 'L']
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TOKEN_TABLE).decode("ascii").split()
    return _TOKEN.findall(text)


def has_smiley(text: str) -> bool:
    """Whether a text holds a smiley (`SMILEY`).

    >>> has_smiley("1. Baked cookies :)"), has_smiley("See note (1)"), has_smiley("so cute 😍")
    (True, False, True)
    """
    return SMILEY.search(text) is not None


def has_letter(text: str) -> bool:
    """Whether `text` holds a letter of any script.

    >>> has_letter("8:09 / 87"), has_letter("Ça"), has_letter("東京")
    (False, True, True)
    """
    return LETTER.search(text) is not None


def has_digit(text: str) -> bool:
    """Whether `text` holds a decimal digit of any script.

    >>> has_digit("Reacties"), has_digit("23 Kommentare"), has_digit("٣ تعليقات")
    (False, True, True)
    """
    return DIGIT.search(text) is not None


def ends_like_sentence(text: str) -> bool:
    """Tell whether the text ends with sentence-final punctuation (quotes allowed after it).

    >>> ends_like_sentence("He said so."), ends_like_sentence("Ma meets Mahathir")
    (True, False)
    >>> ends_like_sentence("Er sagte: „Wir schaffen das.“"), ends_like_sentence("« C'est fini. »")
    (True, True)
    >>> ends_like_sentence("Macron : « Nous sommes en guerre »")
    False
    """
    # The same test as the pattern [.!?…][CLOSERS]*$ (spaces allowed before a closer) or
    # ["”’]$, reading only the line's end.
    stripped = text.rstrip(CLOSERS)
    if len(stripped) < len(text):
        stripped = stripped.rstrip(_CLOSING_SPACES).rstrip(CLOSERS)
    return (stripped[-1:] in _SENTENCE_MARKS and stripped != "") or text[-1:] in _END_QUOTES


def is_sentence(text: str, words: int, min_words: int) -> bool:
    """Tell whether a line of ``words`` words is a sentence of at least ``min_words`` words:
    it ends like one (`ends_like_sentence`). Page mode's passes count tokens instead
    (`page.subheads`, `page.tail`): the test is the same for any count the caller names.

    How long a sentence must be to count depends on what it is told apart from, so each
    reader names its own floor and why (`is_prose`'s `PROSE_MIN_WORDS` for body text,
    `dedupe.within.titles.SENTENCE_MIN_WORDS` for a standfirst, ...).

    >>> is_sentence("A quiet, moving film about the harbour master.", 8, 7)
    True
    >>> is_sentence("Updated 6:15 p.m.", 3, 7)
    False
    """
    return words >= min_words and ends_like_sentence(text)


def is_prose(text: str, words: int) -> bool:
    """Tell whether a block of ``words`` words reads like body text: long, ending a sentence.

    >>> is_prose("Alibaba opened its first Southeast Asian office in Kuala Lumpur on Monday.", 12)
    True
    """
    return is_sentence(text, words, PROSE_MIN_WORDS)


def announces_what_follows(text: str, words: int, min_words: int) -> bool:
    """Tell whether a line of ``words`` words is the story's own sentence announcing what
    follows it: it ends with a colon and has at least ``min_words`` words.

    A box's label ending in a colon ("Read more:", "Share this:", "Mehr zum Thema:") is a
    few words. How long a sentence must be to be the story's depends on what follows it, so
    each reader names its own floor and why (`detect.headlines.LIST_INTRO_MIN_WORDS` over a
    list, `dedupe.within.titles.LEAD_IN_MIN_WORDS` over a copy of the title).

    >>> intro = "The most borrowed books of the year were:"
    >>> announces_what_follows(intro, 8, 8), announces_what_follows("Mehr zum Thema:", 3, 8)
    (True, False)
    """
    return words >= min_words and text.rstrip().endswith(":")


def opens_in_lower_case(text: str) -> bool:
    """Tell whether a line's first character after any white space is a lower-case letter:
    the line goes on with a sentence begun above it.

    Only the first letter is read, so "iPhone" opens in lower case here; a caller that must
    read a brand's name as a sentence's start reads the whole first word
    (`detect.standfirst._runs_on_into`, `detect.comments.numbered._opens_small`).

    >>> opens_in_lower_case(" fließt er, wohin er will."), opens_in_lower_case("Die Wehr rückte.")
    (True, False)
    """
    first = text.lstrip()[:1]
    return first.isalpha() and first.islower()


def is_footnote(text: str) -> bool:
    """Tell whether a line is a footnote of the article's reference list.

    >>> is_footnote("^ Bogue, Mike (2017). Apocalypse Then. McFarland. p. 80."), is_footnote("^_^")
    (True, False)
    """
    return _FOOTNOTE.match(text) is not None


def is_capitalised(word: str) -> bool:
    """Tell whether a word starts with an upper-case letter or a digit.

    >>> is_capitalised("Ma"), is_capitalised("42nd"), is_capitalised("Élan"), is_capitalised("ma")
    (True, True, True, False)
    """
    first = word[:1]
    if first.isascii():
        # The only ASCII upper-case letters and digits are A-Z and 0-9: two C calls, no
        # pattern (most words of English news; "" is ASCII, and neither).
        return first.isupper() or first.isdigit()
    return _CAPITALISED_WORD.match(first) is not None


def capitalised_share(text: str) -> float:
    """The share of the text's space-separated words that are capitalised.

    >>> capitalised_share("Jack Ma opens office")
    0.5
    """
    words = text.split()
    if not words:
        return 0.0
    if text.isascii():
        # One scan for the words that start with A-Z or 0-9 (`is_capitalised` on ASCII),
        # not a call per word: ``\S`` and `str.split` agree on what separates ASCII words.
        return len(_ASCII_CAPITALISED_START.findall(text)) / len(words)
    return sum(1 for w in words if is_capitalised(w)) / len(words)


def looks_like_headline(text: str) -> bool:
    """Tell whether a line looks like a headline: short, capitalised, not a sentence or label.

    A full stop at the end rules it out unless the line is in title case; a trailing colon or
    comma always does (a dateline or a lead-in). Opening quotes before the first capital do not
    count: headlines often start by quoting someone.

    >>> looks_like_headline("Jack Ma opens first Alibaba office in Southeast Asia in KL")
    True
    >>> looks_like_headline("Alibaba has been expanding its presence in Malaysia in recent years.")
    False
    >>> looks_like_headline("'Heavy losses' in Sri Lanka clashes")
    True
    """
    words = word_count(text)
    if not 2 <= words <= HEADLINE_MAX_WORDS or not is_capitalised(text.lstrip(_OPENERS)):
        return False
    if text.endswith((":", ",", ";")):
        return False
    if text.endswith(".") and not text.endswith("..."):
        return (
            words <= TITLE_CASE_SENTENCE_MAX_WORDS and capitalised_share(text) >= TITLE_CASE_SHARE
        )
    # A long line in sentence case that ends a sentence with a question, an exclamation or a
    # quote is a lead sentence ("... asking if there were “any un-angry Trump supporters?”");
    # a headline that long is in title case, and a shorter one may ask ("What is ...?").
    if words > TITLE_CASE_SENTENCE_MAX_WORDS and ends_like_sentence(
        text.removesuffix("…").removesuffix("...")
    ):
        return capitalised_share(text) >= TITLE_CASE_SHARE
    return True


def looks_like_title(text: str) -> bool:
    """Tell whether a document's first line is its title: a headline (`looks_like_headline`)
    that does not run on past a sentence's end.

    A long line in sentence case with a sentence ending inside it is a caption and its
    credit ("... for two years. Source: Supplied") or a lead's first sentences; a headline
    that long is in title case, and a shorter one may hold two clauses ("Stocks fall. Oil
    rises"). In a list of headlines the same shape is a citation ("PolitiFact, "Trump says
    tariffs will make America rich again. Economists disagree," Dec. 17, 2018"), which is
    why this test is the title's alone.

    >>> looks_like_title("Markets fall. Here is what investors should know")
    True
    >>> looks_like_title("A new Bill would require telecommunications service providers "
    ...     "to store so-called ‘metadata’ for two years. Source: Supplied")
    False
    """
    if not looks_like_headline(text):
        return False
    long_sentence_case = (
        word_count(text) > TITLE_CASE_SENTENCE_MAX_WORDS
        and capitalised_share(text) < TITLE_CASE_SHARE
    )
    return not (long_sentence_case and _INNER_SENTENCE_END.search(text) is not None)


def count_inner_sentence_ends(text: str) -> int:
    """How many sentences end inside a line: a stop, then a space and a capital or a digit.

    >>> count_inner_sentence_ends("Markets fall. Here is what investors should know")
    1
    >>> count_inner_sentence_ends("Dr. Smith met the U.S. envoy")
    1
    """
    return len(_INNER_SENTENCE_END.findall(text))


def key_words(text: str) -> list[str]:
    """The casefolded runs of letters and digits of a line: the words of its `label_key`.

    >>> key_words("“Share this,” he said")
    ['share', 'this', 'he', 'said']
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_KEY_WORD_TABLE).decode("ascii").split()
    return _KEY_WORD.findall(text.casefold())


def label_key(text: str) -> str:
    """Casefolded words of a line, for comparing labels and duplicates.

    >>> label_key("“Share this,” he said — TWICE!")
    'share this he said twice'
    """
    return " ".join(key_words(text))


def field_label(text: str) -> str:
    """The label of a "Label: value" row, casefolded, or "" when the text is no such row.

    >>> field_label("Geöffnet: Di–So, 10–18 Uhr"), field_label("Getty Images")
    ('geöffnet', '')
    """
    label, separator, value = text.partition(FIELD_SEPARATOR)
    if not separator or not value.strip() or not label.strip():
        return ""
    if len(label.split()) > FIELD_LABEL_MAX_WORDS:
        return ""
    return label.strip().casefold()


def word_alternation(words: Iterable[str], end: Callable[[str], str] | None = None) -> str:
    """Words as one regex alternation, factored by their common prefixes (a trie), longest
    first so "reply to" wins over "reply".

    Why a trie: the engine tries the branches of a flat alternation one by one at every
    place it is tried, and a hundred words cost a hundred comparisons there, where the trie
    follows one branch a character. It matches what the flat list sorted longest first
    matches, in the same order of preference: the words that match at one place are
    prefixes of each other, and at each node the longer ones are tried before the word that
    ends there (`tests/test_language.py` checks the two against each other). ``end`` gives
    what follows a word in the pattern (a look-ahead), put where it ends.

    >>> word_alternation(("reply", "replies", "report", "re"))
    're(?:p(?:l(?:ies|y)|ort)|)'
    >>> word_alternation(("re", "reply"), end=lambda word: "$")
    're(?:ply$|$)'
    """
    return _trie_branches(word_trie(words, end if end is not None else lambda word: ""))


def word_trie(words: Iterable[str], value: Callable[[str], Any]) -> dict[str, Any]:
    """The character trie of ``words``: nested dicts keyed by one character, where the key
    "" marks that a word ends at this node and holds ``value(word)``.

    One builder for the two readers that walk it: `word_alternation` prints it as a
    pattern, `corpusclean.rules.keywords.keyword_closures` finds the keywords inside a
    keyword by walking it.

    >>> word_trie(("re", "red"), len)
    {'r': {'e': {'': 2, 'd': {'': 3}}}}
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = value(word)  # a word ends here
    return trie


def _trie_branches(node: dict[str, Any]) -> str:
    """One node of `word_alternation`'s trie as a pattern: each child, then a word's end."""
    children = [re.escape(key) + _trie_branches(node[key]) for key in sorted(node) if key]
    if "" in node:
        children.append(node[""])  # the word that ends here, after the longer ones
    if not children:  # no words at all
        return ""
    if len(children) == 1:
        return children[0]
    return "(?:" + "|".join(children) + ")"


def opens_with_list_mark(text: str) -> bool:
    """Whether a line opens with a list item's mark (`LIST_BULLETS`, or "1." / "2)"), then a
    space: an item of an HTML list as an extractor prints it.

    >>> opens_with_list_mark("2. Government reform"), opens_with_list_mark("• Statute adopted")
    (True, True)
    >>> opens_with_list_mark("2.5 million people"), opens_with_list_mark("– Bonjour, dit-il.")
    (False, False)
    """
    return _LIST_ITEM_MARK.match(text) is not None

"""Normalisation: small ``str -> str`` fixers that change characters and spacing, never words.

The line is the unit: ftfy and every fixer here run on one line at a time, which keeps
ftfy's HTML-entity decision local (`ftfy.fix_text` stops unescaping entities for a whole
segment once it sees a ``<``) and lets clean lines skip ftfy entirely, which is where most of
the speed comes from.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from .gate import (
    ASTRAL_CONTROLS,
    CURLY_QUOTES,
    HTML_ENTITY,
    LIGATURE_WIDTH_CONTROL,
    LONE_SURROGATE,
    TYPOGRAPHY,
    fix_encoding,
    is_bad_near_evidence,
    needs_ftfy,
    outside_ftfy_safe,
)
from .screen import lines_to_normalize, mixed_lines_to_normalize

__all__ = [
    "fix_missing_sentence_space",
    "normalize_line",
    "normalize_lines",
    "normalize_spaces",
    "normalize_text",
    "split_lines",
    "straighten_quotes",
]

# `\r\n` first so it counts as one line ending. U+2028/U+2029 are Unicode's own separators.
LINE_ENDING = re.compile(r"\r\n|[\r\u2028\u2029]")

# Zero-width and invisible formatting characters that carry nothing in running text (soft
# hyphen, zero-width space, word joiner, BOM, Mongolian vowel separator), and C0/C1 control
# characters. ZWJ and ZWNJ (U+200C/U+200D) are kept: Indic and Persian scripts and emoji
# sequences need them.
_INVISIBLE_OR_CONTROL = re.compile(r"[\u00ad\u200b\u2060\ufeff\u180e\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Every Unicode space separator (Zs: NBSP, thin, em, ideographic, ...) and tabs become one space.
# So do line breaks left inside a line by ftfy ("&#10;", the mojibake "â€¨" of U+2028): a
# normalised line must stay one line, or line numbers and idempotence break.
# \t, line separators, and every Unicode space separator (category Zs), spelled out so the
# faster stdlib engine can run it: every character `normalize_spaces` turns into a plain
# space (and trims at a line's ends).
SPACE_CHARS = (
    "\t\n\u2028\u2029\u0020\u00a0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u202f\u205f\u3000"
)
_SPACES = re.compile(f"[{re.escape(SPACE_CHARS)}]+")

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201a": "'",
        "\u00ab": '"',
        "\u00bb": '"',
    }
)

# A sentence end glued to the next sentence: "investments.Prior". The word before must be at
# least three lower-case letters, which leaves "U.S.", "e.g.", "Dr.", "2.5" and "v1.2" alone;
# the word after must be capitalised then lower-case, which leaves "Alibaba.com", "Node.js"
# and "ASP.NET" alone. The closing quote between them is English's or a bracket, not all of
# `text.CLOSERS` on purpose: this fixer writes a space, and “ ‘ « » ‹ › also open a quotation
# in some language ("said.«Nous" glues an opening guillemet to its quotation, where a space
# after it would be wrong), so it reads only the marks English closes with, as before.
_GLUED_SENTENCE = regex.compile(
    r"""(?<= (?<![\p{L}\p{N}.@/_-]) \p{Ll}{3,} [.!?] [\"\u201d\u2019)]? )
        (?= \p{Lu}\p{Ll} )""",
    regex.VERBOSE,
)
# Cheap stdlib pre-checks in front of the `regex` patterns, which cost more per call.
_GLUE_HINT_ASCII = re.compile(r"[.!?][\"')]?[A-Z]")
# (The stop first and the letter before it looked behind: a pattern that opens with `\w` is
# tried at every letter of the line, one that opens with the stops' class is found by the
# engine's scan for them, about five times faster on lines outside ASCII.)
_GLUE_HINT = re.compile(r"[.!?](?<=\w[.!?])[\"\u201d\u2019)]?\w")
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# A character that a line which needs no more than its sentence spacing fixed cannot hold:
# anything but printable ASCII other than "&", and the typography of FTFY_SAFE other than
# the no-break space (and, when quotes are to be straightened, other than curly quotes).
_PLAIN = r"\x20-\x25\x27-\x7e" + TYPOGRAPHY
_NOT_PLAIN = re.compile(rf"[^{_PLAIN}{CURLY_QUOTES}]")
_NOT_PLAIN_STRAIGHTEN = re.compile(rf"[^{_PLAIN}]")
# Where either glue hint (ASCII or not) can match; it never spans a line break.
_GLUE_HINT_ANY = re.compile(r"[.!?][\"'\u201d\u2019)]?\w")
_WEB_TOKEN = regex.compile(r"@|://|www\.|\.(?:com|org|net|html?|php)\b", regex.IGNORECASE)
# A line of printable ASCII other than "&", U+FFFD and astral characters other than ftfy's
# astral controls, in NFC: what ftfy and the space fixer leave of control-character debris
# (lone surrogates become U+FFFD, pairs their character, controls go). No step changes such a
# line once its spaces are normal and no sentence can be glued: ftfy, if its detector asks for
# it, takes the fast path (`gate.fix_controls_and_surrogates`), which finds nothing to act on,
# and the line holds no quote to straighten. So a pass that ends on such a line is the last.
_DEBRIS_LEFTOVER = re.compile(r"[\x20-\x25\x27-\x7e\ufffd\U00010000-\U0010ffff]*")
_ASTRAL_CONTROL = re.compile(f"[{ASTRAL_CONTROLS}]")
# A character that some step of `normalize_line` may act on in a line outside ASCII (see
# `_unchanged_outside_plain`): C0 and C1 controls, the invisible characters
# `normalize_spaces` drops, every space `_SPACES` turns into a plain one, surrogates, and
# the characters of ftfy's ligature, width and control fixers. The quotes
# `straighten_quotes` changes are added when quotes are straightened. ("&" acts only as the
# start of an entity: `_ENTITY`; the characters ftfy's mojibake detector needs,
# `gate.MOJIBAKE_EVIDENCE`, only where the detector finds mojibake near them:
# `gate.is_bad_near_evidence`.)
_MAY_CHANGE = (
    r"\x00-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\u180e"
    r"\t\n\u2028\u2029\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ud800-\udfff"
    + LIGATURE_WIDTH_CONTROL
)
_MAY_CHANGE_RE = re.compile(f"[{_MAY_CHANGE}]")
_MAY_CHANGE_STRAIGHTEN_RE = re.compile(f"[{_MAY_CHANGE}{''.join(map(chr, _QUOTES))}]")
_ENTITY = re.compile(HTML_ENTITY)


def split_lines(text: str) -> list[str]:
    r"""Split text into lines at ``\n``, ``\r\n``, ``\r``, U+2028 and U+2029.

    >>> split_lines("a\r\nb\rc\u2028d")
    ['a', 'b', 'c', 'd']
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        text = LINE_ENDING.sub("\n", text)
    return text.split("\n")


def normalize_spaces(line: str) -> str:
    """Drop invisible and control characters, turn any space into one plain space, trim.

    >>> normalize_spaces("\\u00a0 Prime\\u00a0Minister\\u200b  said ")
    'Prime Minister said'
    """
    line = _INVISIBLE_OR_CONTROL.sub("", line)
    return _SPACES.sub(" ", line).strip(" ")


def fix_missing_sentence_space(line: str) -> str:
    """Put back the space lost between two sentences ("investments.Prior").

    Tokens that look like web addresses or e-mail addresses are left alone.

    >>> fix_missing_sentence_space("the investments.Prior to that, see Alibaba.com or U.S.A.")
    'the investments. Prior to that, see Alibaba.com or U.S.A.'
    """
    hint = _GLUE_HINT_ASCII if line.isascii() else _GLUE_HINT
    if hint.search(line) is None or _GLUED_SENTENCE.search(line) is None:
        return line
    return " ".join(_fix_token(token) for token in line.split(" "))


def _fix_token(token: str) -> str:
    if _WEB_TOKEN.search(token):
        return token
    return _GLUED_SENTENCE.sub(" ", token)


def straighten_quotes(line: str) -> str:
    """Replace typographic quotes and guillemets with ASCII quotes.

    >>> straighten_quotes("“We see,” he said")
    '"We see," he said'
    """
    return line.translate(_QUOTES)


def normalize_line(
    line: str,
    *,
    encoding: bool = True,
    straighten: bool = False,
    sentence_spacing: bool = True,
) -> str:
    """Normalise one line: encoding, spaces, NFC, sentence spacing, optionally quotes.

    The steps are repeated until the line stops changing, so the function is idempotent.

    >>> normalize_line("  Alibabaâ€™s\\u00a0office opened.It is new ")
    'Alibaba’s office opened. It is new'
    """
    settled = None  # the last line ftfy has fixed: another pass would leave it as it is
    for _ in range(4):
        fixed, settled = _normalize_once(line, encoding, straighten, sentence_spacing, settled)
        if fixed == line or _settled(fixed, straighten, sentence_spacing):
            return fixed
        line = fixed
    return line


def _settled(line: str, straighten: bool, sentence_spacing: bool) -> bool:
    """Whether another pass of `_normalize_once` would give the line back, by cheap tests.

    True for the lines `_already_normal` passes over, and for the leftovers of control-character
    debris (`_DEBRIS_LEFTOVER`): skipping the pass that would only confirm the fixed point
    halves the cost of such lines (a property test checks the claim on generated lines).
    """
    not_plain = _NOT_PLAIN_STRAIGHTEN if straighten else _NOT_PLAIN
    if _already_normal(line, not_plain, sentence_spacing):
        return True
    if "  " in line or line[:1] == " " or line[-1:] == " " or not _DEBRIS_LEFTOVER.fullmatch(line):
        return False
    if _ASTRAL_CONTROL.search(line) or not unicodedata.is_normalized("NFC", line):
        return False
    return not sentence_spacing or _GLUE_HINT_ANY.search(line) is None


def _ascii_needs_work(line: str) -> bool:
    """Whether an ASCII line has an entity, a control character, or spaces to fix."""
    return (
        "&" in line
        or "  " in line
        or line[:1] == " "
        or line[-1:] == " "
        or _ASCII_CONTROL.search(line) is not None
    )


def _normalize_once(
    line: str, encoding: bool, straighten: bool, sentence_spacing: bool, settled: str | None
) -> tuple[str, str | None]:
    """One pass of every step; also returns the line as ftfy left it, if ftfy ran."""
    if line.isascii() and not _ascii_needs_work(line):
        # Most lines of English news: nothing for ftfy or the space fixers to do.
        return (fix_missing_sentence_space(line) if sentence_spacing else line), settled
    if "&" not in line and not outside_ftfy_safe(line):
        # ASCII and common typography only: nothing for ftfy, no control or invisible
        # characters, already NFC. Only spaces (tabs, NBSP, runs, ends) may need work.
        line = _SPACES.sub(" ", line).strip(" ")
        if straighten:
            line = straighten_quotes(line)
        return (fix_missing_sentence_space(line) if sentence_spacing else line), settled
    if encoding and line != settled and needs_ftfy(line):
        # The spaces a line starts with are trimmed below anyway; ftfy reads a leading
        # no-break space as a stray byte 0xA0 that no UTF-8 decoding of the line can place,
        # and then leaves mojibake it repairs on the same line without it. Trimmed first, a
        # paragraph and its copy indented by a no-break space come out the same (thorough
        # seed 14: the copy was kept as a different paragraph). A leading space cannot be
        # the second byte of a mojibake pair: nothing stands before it on the line.
        line = fix_encoding(line.lstrip(SPACE_CHARS), straighten)
        # A lone surrogate turned into U+FFFD is new to ftfy: let it look again.
        settled = line if "\ufffd" not in line else None
    else:
        line = LONE_SURROGATE.sub("\ufffd", line)
    line = normalize_spaces(line)
    if not line.isascii():
        line = unicodedata.normalize("NFC", line)
    if straighten:
        line = straighten_quotes(line)
    if sentence_spacing:
        line = fix_missing_sentence_space(line)
    return line, settled


def normalize_lines(
    text: str, *, encoding: bool = True, straighten: bool = False, sentence_spacing: bool = True
) -> list[str]:
    r"""Split text into lines and normalise each one; the list has one entry per input line.

    Equal to `normalize_line` on every line of `split_lines`, only faster: a line of printable
    ASCII and common typography with no stray space, where no sentence can be glued to the
    next, is already normal and is passed over after three cheap tests (on an ASCII text,
    found for all lines at once: `screen.lines_to_normalize`). In English news most
    lines are such lines.

    >>> normalize_lines("Caf\u00c3\u00a9 opened.It is new\r\nmenu")
    ['Café opened. It is new', 'menu']
    """
    not_plain = _NOT_PLAIN_STRAIGHTEN if straighten else _NOT_PLAIN
    may_change = _MAY_CHANGE_STRAIGHTEN_RE if straighten else _MAY_CHANGE_RE
    lines = split_lines(text)
    # The ASCII lines that `_already_normal` passes are found in one pass over them
    # (`screen.lines_to_normalize`): only the others are read here. On a text outside ASCII
    # the screen reads its ASCII lines alone (`screen.mixed_lines_to_normalize`), and every
    # other line is read here.
    if text.isascii():
        candidates = lines_to_normalize(lines, sentence_spacing)
    else:
        candidates = mixed_lines_to_normalize(lines, sentence_spacing)
    # The text's lines normalised so far: `normalize_line` is a function of the line alone,
    # so a line printed again (a mojibake signature, a menu of debris) costs one look-up.
    # It holds at most the text's own lines, for one call.
    done: dict[str, str] = {}
    for index in candidates:
        line = lines[index]
        if _already_normal(line, not_plain, sentence_spacing):
            continue
        fixed = done.get(line)
        if fixed is None:
            fixed = _with_spaces_fixed(line, not_plain, sentence_spacing)
            if fixed is None and _unchanged_outside_plain(line, may_change, sentence_spacing):
                fixed = line
            if fixed is None:
                fixed = normalize_line(
                    line,
                    encoding=encoding,
                    straighten=straighten,
                    sentence_spacing=sentence_spacing,
                )
            done[line] = fixed
        lines[index] = fixed
    return lines


def _with_spaces_fixed(line: str, not_plain: re.Pattern[str], sentence_spacing: bool) -> str | None:
    """The line with its runs of spaces made one and its ends trimmed, when that is all
    `normalize_line` would do to it; None when it might do more.

    On a line of printable ASCII without "&" (the only whitespace there is the plain space)
    ftfy has nothing to fix, and `normalize_line`'s first pass fixes the spaces; when the
    result is already normal (`_already_normal`), the second pass changes nothing. In the
    ASCII speed corpus about one line in twelve has such stray spaces.
    """
    if not (line.isascii() and "&" not in line and line.isprintable()):
        return None
    spaced = " ".join(line.split())
    return spaced if _already_normal(spaced, not_plain, sentence_spacing) else None


def _unchanged_outside_plain(
    line: str, may_change: re.Pattern[str], sentence_spacing: bool
) -> bool:
    """Whether `normalize_line` gives back a line that `_already_normal` cannot vouch for
    (accented letters, other scripts), by a scan and a few tests instead of every step's own.

    Without a character of `_MAY_CHANGE` or an entity, and with no mojibake that ftfy's
    detector finds near its evidence (`gate.is_bad_near_evidence`), the ftfy gate
    (`gate.needs_ftfy`) says no (no entity, no target character, no mojibake) and the
    surrogate, space and control fixers find nothing; in NFC, with no stray space, only the
    sentence spacing is left, and it is asked directly. So the first pass ends where it
    began. Of the dev full pages' 5,380 such lines 5,079 pass (4,262 before the detector was
    asked here: a line holding "É" or "«" went through `normalize_line`), at a fraction of
    its cost; a property test checks the claim on generated lines.
    """
    if "  " in line or line[:1] == " " or line[-1:] == " " or may_change.search(line):
        return False
    if "&" in line and _ENTITY.search(line):
        return False
    if not unicodedata.is_normalized("NFC", line) or is_bad_near_evidence(line):
        return False
    return not sentence_spacing or fix_missing_sentence_space(line) == line


def _already_normal(line: str, not_plain: re.Pattern[str], sentence_spacing: bool) -> bool:
    """Whether `normalize_line` would give the line back as it is, by cheap tests.

    A line of plain characters (`_is_plain`) with no stray space needs at most its sentence
    spacing fixed, and only where a glue hint matches: on an ASCII line the same hint
    `fix_missing_sentence_space` itself tests first (a capital after the stop), on any
    other line the wider one.
    """
    if "  " in line or line[:1] == " " or line[-1:] == " " or not _is_plain(line, not_plain):
        return False
    if not sentence_spacing:
        return True
    hint = _GLUE_HINT_ASCII if line.isascii() else _GLUE_HINT_ANY
    return hint.search(line) is None


def _is_plain(line: str, not_plain: re.Pattern[str]) -> bool:
    """Whether a line holds only printable ASCII other than "&" and common typography.

    On an ASCII line (known in constant time) that is two C-speed tests instead of a scan
    with the pattern: the only ASCII characters outside the plain set are the controls and
    "&" (a test checks this).
    """
    if line.isascii():
        return "&" not in line and line.isprintable()
    return not_plain.search(line) is None


def normalize_text(
    text: str, *, encoding: bool = True, straighten: bool = False, sentence_spacing: bool = True
) -> str:
    r"""Normalise a whole text line by line; line endings become ``\n``.

    Lines are kept one for one (a line that normalises to nothing becomes empty), so line
    numbers stay valid.

    >>> normalize_text("Caf\u00c3\u00a9\r\n\u00a0 menu\u2028done")
    'Café\nmenu\ndone'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_text() takes a str, got {type(text).__name__}")
    return "\n".join(
        normalize_lines(
            text, encoding=encoding, straighten=straighten, sentence_spacing=sentence_spacing
        )
    )

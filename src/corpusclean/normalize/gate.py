"""The ftfy gate: when ftfy must run on a line, and running it to a fixed point.

ftfy is the slowest step of normalisation, and most lines of news give it nothing to do. The
tests here are the ones ftfy itself makes before each of its fixers, cheapest first, so a
line that skips ftfy is a line ftfy would have left as it is; tests/test_normalize.py checks
the character tables against the installed ftfy.

ftfy itself is imported on first use (`_detector`, `_control_fixers`, `fix_encoding`), not
with this module: its import was about a fifth of ``import corpusclean`` (45-60 CPU ms,
issue #8, startup42), and a process whose lines all pass the screens here (ASCII and common
typography, no entity or control character) never calls it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from ..compat import REGEX_PARSER

if TYPE_CHECKING:
    import ftfy

__all__ = [
    "ASTRAL_CONTROLS",
    "CURLY_QUOTES",
    "FTFY_SAFE",
    "HTML_ENTITY",
    "LIGATURE_WIDTH_CONTROL",
    "LONE_SURROGATE",
    "MOJIBAKE_EVIDENCE",  # noqa: F822 (found by the module's __getattr__, on first use)
    "TYPOGRAPHY",
    "fix_controls_and_surrogates",
    "fix_encoding",
    "is_bad_near_evidence",
    "needs_ftfy",
    "outside_ftfy_safe",
]

# Characters a clean English line may carry without giving ftfy anything to do: ASCII plus the
# typographic punctuation news sites use. Mojibake of UTF-8 read as Latin-1 or Windows-1252
# always contains a lead-byte character (U+00C2..U+00F4), which is not in this set, so no
# mojibake slips past; anything else outside the set goes through ftfy.
CURLY_QUOTES = r"\u2018\u2019\u201c\u201d"
TYPOGRAPHY = (
    r"\u2010-\u2015\u2022\u2026"  # dashes, bullet, ellipsis
    r"\u00a9\u00ae\u00b0\u2122\u00a3\u20ac\u00b7"  # © ® ° ™ £ € ·
)
# Printable ASCII, tab, and the no-break space (which becomes a plain space).
FTFY_SAFE = r"\x09\x20-\x7e\u00a0" + CURLY_QUOTES + TYPOGRAPHY
_OUTSIDE_SAFE = re.compile(rf"[^{FTFY_SAFE}]")
# The characters of ftfy's ligature, width and control-character fixers (its tables
# chardata.LIGATURES, WIDTH_MAP and CONTROL_CHARS; a test checks them against the installed
# ftfy). A line without them is fixed with those three fixers off, which saves three
# full-line translations per ftfy pass; the next pass turns them on if repair produced any.
LIGATURE_WIDTH_CONTROL = (
    r"\x00-\x08\x0b-\x1f\x7f\u0132\u0133\u0149\u01c4-\u01cc\u01f1-\u01f3\u206a-\u206f"
    r"\ufb00-\ufb06\u3000\uff01-\uffee\ufeff\ufff9-\ufffc\U0001d173-\U0001d17a"
    r"\U000e0000-\U000e007f"
)
_NEEDS_ALL_FIXERS = re.compile(rf"[{LIGATURE_WIDTH_CONTROL}]")
# What ftfy's fixers other than encoding repair act on: HTML entities, C0 and C1 controls
# (terminal escapes included), Latin ligatures, full- and half-width forms, surrogates, and
# the invisible formatting characters its remove_control_chars drops. Encoding repair itself
# only ever starts when ftfy's own `is_bad` says the text looks like mojibake.
HTML_ENTITY = r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+\d*);"
_FTFY_TARGET = re.compile(rf"{HTML_ENTITY}|[{LIGATURE_WIDTH_CONTROL}\x80-\x9f\ud800-\udfff]")

# Characters of which ftfy's mojibake detector (`ftfy.badness.is_bad`) needs at least one to
# say "bad": every alternative of its pattern holds a character from one of these categories
# or from the extra set. Accented letters, Greek and Cyrillic alone are not enough, so
# French or Russian text can skip the detector, which costs more than all else per line.
# tests/test_normalize.py checks this against the installed ftfy's pattern.
_MOJIBAKE_EVIDENCE_CATEGORIES = (
    "c1",
    "bad",
    "law",
    "currency",
    "start_punctuation",
    "end_punctuation",
    "numeric",
    "upper_accented",
    "box",
)
_MOJIBAKE_EVIDENCE_EXTRA = "\u0152\u0153\u00b0\u00b5\u00d8\u00d9\u0402"  # Œ œ ° µ Ø Ù Ђ


def _longest_match(pattern: re.Pattern[str]) -> int:
    """The most characters a match of the pattern can span, read from its parse (a huge
    number when a repeat is unbounded)."""
    return int(REGEX_PARSER.parse(pattern.pattern, pattern.flags).getwidth()[1])


# ftfy's mojibake detector as `is_bad_near_evidence` reads it: the search of its pattern
# (``ftfy.badness.BADNESS_RE``), the longest match of the pattern and the class of the
# evidence characters (`MOJIBAKE_EVIDENCE`).
Detector = tuple[Callable[..., Any], int, re.Pattern[str]]


@cache
def _detector() -> Detector:
    """ftfy's detector (`Detector`), read off the installed ftfy on first use (once a
    process). The longest match: its alternatives are sequences of two to seven characters,
    read from the pattern, so a release that changes it changes this too; were a repeat
    unbounded, every window would be the whole line (slow, exact)."""
    from ftfy.badness import BADNESS_RE

    evidence = re.compile(f"[{_mojibake_evidence()}]")
    return BADNESS_RE.search, _longest_match(BADNESS_RE), evidence


def _mojibake_evidence() -> str:
    """`MOJIBAKE_EVIDENCE`, read off the installed ftfy's categories."""
    from ftfy.badness import MOJIBAKE_CATEGORIES

    categories = "".join(MOJIBAKE_CATEGORIES[name] for name in _MOJIBAKE_EVIDENCE_CATEGORIES)
    return categories + _MOJIBAKE_EVIDENCE_EXTRA


def __getattr__(name: str) -> Any:
    # `MOJIBAKE_EVIDENCE` (a public name) is found on first use, as ftfy is imported then.
    if name == "MOJIBAKE_EVIDENCE":
        return _mojibake_evidence()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Astral characters that ftfy's control-character tables have held in some versions (musical
# formatting, tags); lines holding them are never taken for settled (`fixers._settled`).
ASTRAL_CONTROLS = r"\U0001d173-\U0001d17a\U000e0000-\U000e007f"
# A line of ASCII (control characters included, "&" excluded), surrogates (lone or paired),
# U+FFFD and astral characters: no one-byte encoding holds a surrogate, U+FFFD or an astral
# character, so ftfy's encoding repair leaves it as it is (ASCII it calls clean), and its
# entity, C1, ligature, width and quote fixers have nothing to act on (their tables are all
# in the Basic Multilingual Plane). `ftfy.fix_text` comes down to its surrogate, terminal
# escape and control-character fixers and NFC, run once (tests check this against ftfy on
# every such pair of characters and on generated lines). Control-character debris is where
# this matters: ftfy's full loop costs ~30 us a line (~50 with a surrogate pair), this ~2.
_ASCII_AND_SURROGATES = re.compile(r"[\x00-\x25\x27-\x7f\ud800-\udfff\ufffd\U00010000-\U0010ffff]*")


@lru_cache(maxsize=4)
def _ftfy_config(straighten: bool, all_fixers: bool = True) -> ftfy.TextFixerConfig:
    import ftfy

    # fix_line_breaks is off: lines are already split, and fixing them here would add some.
    return ftfy.TextFixerConfig(
        uncurl_quotes=straighten,
        fix_line_breaks=False,
        explain=False,
        fix_latin_ligatures=all_fixers,
        fix_character_width=all_fixers,
        remove_control_chars=all_fixers,
    )


def needs_ftfy(line: str) -> bool:
    """Tell whether ftfy could change this line, without running it.

    The same tests ftfy makes before each of its fixers, cheapest first: plain ASCII and
    common typography skip ftfy's mojibake detector altogether, and so does a line without
    any character that the detector's patterns need.

    >>> needs_ftfy("The companyâ€™s office"), needs_ftfy("The company’s office")
    (True, False)
    """
    if _FTFY_TARGET.search(line):
        return True
    return _OUTSIDE_SAFE.search(line) is not None and is_bad_near_evidence(line)


def is_bad_near_evidence(line: str) -> bool:
    """`ftfy.badness.is_bad` of the line, its pattern searched only near the characters
    one of which each of its matches holds (`MOJIBAKE_EVIDENCE`).

    ``is_bad`` searches the whole line with a pattern of some forty alternatives that the
    engine tries at nearly every character, and a line of French or German prose holds an
    upper-case accented letter or a guillemet, so it cannot skip the search: the dev full
    pages' 857 such lines took 21.5 ms a pass, 4.7 ms searched by windows. A match spans
    at most `_BADNESS_WIDTH` characters and holds an evidence character, so it lies within
    that many characters of one on either side: the pattern is searched in those windows
    alone (merged where they meet), each bounded by ``pos`` and ``endpos``, where the
    pattern's only anchor, ``^``, matches at the line's real start alone, as in the whole
    line. Exact: a property test compares it with ``is_bad``, and a test checks that the
    pattern holds no other anchor or lookaround.

    An ASCII line holds no evidence character (none is ASCII: a test checks every ASCII
    character against the class), so it is answered without the scan for them, which read
    all of a long line ("AT&T ..." lines of the ASCII speed corpus reach this).

    >>> is_bad_near_evidence("Le cafÃ© est fermé"), is_bad_near_evidence("À Paris, « café »")
    (True, False)
    """
    if line.isascii():
        return False
    search, width, evidence = _detector()
    low = high = -1  # the window being widened: from low to high, not searched yet
    for found in evidence.finditer(line):
        at = found.start()
        if at - width + 1 > high:  # this character's window does not meet the last one
            if high >= 0 and search(line, low, high) is not None:
                return True
            low = max(at - width + 1, 0)
        high = at + width
    return high >= 0 and search(line, low, high) is not None


def fix_encoding(line: str, straighten: bool = False) -> str:
    """Repair mojibake, HTML entities and other encoding damage in one line with ftfy.

    ftfy is run until the line stops changing (at most four passes), because one pass of
    `ftfy.fix_text` is not idempotent; a pass is skipped when `needs_ftfy` (the same tests
    ftfy makes) says it would change nothing. Lone surrogates become U+FFFD so the result can
    always be encoded as UTF-8.

    >>> fix_encoding("Alibabaâ€™s office &amp; more")
    'Alibaba’s office & more'
    """
    if _ASCII_AND_SURROGATES.fullmatch(line):
        return fix_controls_and_surrogates(line)
    import ftfy

    for _ in range(4):
        all_fixers = _NEEDS_ALL_FIXERS.search(line) is not None
        config = _ftfy_config(straighten, all_fixers)
        fixed = ftfy.fix_text(line, config)
        if fixed == line:
            break
        settled = _one_segment(line, config) and _one_segment(fixed, config)
        line = fixed
        if settled and (all_fixers or _NEEDS_ALL_FIXERS.search(line) is None):
            # ftfy fixes one segment until a pass changes nothing, so its output is already
            # a fixed point; asking ftfy's detector again would only cost time.
            break
        if not needs_ftfy(line):
            break
    return LONE_SURROGATE.sub("\ufffd", line)


def fix_controls_and_surrogates(line: str) -> str:
    """What `ftfy.fix_text` makes of a line of ASCII, surrogates, U+FFFD and astral characters.

    Only for such lines without "&" (`fix_encoding` checks): surrogate pairs become the
    character they encode and lone surrogates U+FFFD, terminal escapes and control
    characters go, and the line is NFC-normalised, as ftfy's own fixers do it.

    >>> fix_controls_and_surrogates("\\x1b[31mred\\x00 \\ud800") == "red \\ufffd"
    True
    >>> fix_controls_and_surrogates("\\ud83d\\udca9\\x07") == "\\U0001f4a9"
    True
    """
    fix_surrogates, remove_terminal_escapes, remove_control_chars = _control_fixers()
    line = remove_control_chars(remove_terminal_escapes(fix_surrogates(line)))
    return line if line.isascii() else unicodedata.normalize("NFC", line)


@cache
def _control_fixers() -> tuple[Callable[[str], str], ...]:
    """ftfy's surrogate, terminal-escape and control-character fixers, imported on first use."""
    from ftfy.fixes import fix_surrogates, remove_control_chars, remove_terminal_escapes

    return fix_surrogates, remove_terminal_escapes, remove_control_chars


def _one_segment(line: str, config: ftfy.TextFixerConfig) -> bool:
    """Whether `ftfy.fix_text` treats the line as one segment (it splits at line feeds)."""
    return "\n" not in line and len(line) < config.max_decode_length


def outside_ftfy_safe(line: str) -> bool:
    """Tell whether a line holds a character outside ASCII and common typography.

    >>> outside_ftfy_safe("The company’s office"), outside_ftfy_safe("Café")
    (False, True)
    """
    return _OUTSIDE_SAFE.search(line) is not None

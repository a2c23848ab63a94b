"""Rule-level guards: the lines a rule leaves alone whatever its pattern says (``unless``).

Some lines look like a banner or a call but are the article's own subject matter, and the
reason is the same for every rule that meets them, so it is written once, here, and a rule
names it (``unless = ["quoted", "reported"]`` in a rule file) instead of carrying a copy:

- ``quoted``: the line opens with a quotation that closes before the sentence goes on
  ("« Ce site utilise des cookies » : derrière cette phrase ...", "“Siga-nos no Instagram”
  virou a frase mais usada pelos museus"): the article quotes the banner or the call, a
  page prints it bare (precision23).
- ``reported``: after a comma, a verb of saying in the rule's language ("..., disse o
  ministro", "..., sagte die Sprecherin", "Escreva-nos, dizia a carta que ..."): the line
  reports someone's words, advice or a letter, not the outlet's own pitch (precision15,
  precision23). The verbs are the language's ``saying_verbs`` (``data/lang/<code>.toml``).
- ``speech``: one of those verbs anywhere in the line, comma or not ("Follow the county on
  Facebook for updates, the spokeswoman said", "The sheriff urged residents to follow the
  office on X"): looser than ``reported``, for calls an article reports as advice or a
  warning as often as a page prints them (the English rules, precision probe session16b).

A guard is a negative lookahead put before the rule's pattern when the rule is built
(`Rule.guarded_pattern`), never per document: a guarded rule costs what a rule with the
lookahead pasted in cost. Being a leading lookahead, a guard only rejects lines: it adds no
keyword a line must hold and no start a match may begin with, and the readings of a pattern
without its leading lookaheads (`literals.without_leading_lookarounds`, which the start
oracle reads) are those of the unguarded pattern.
"""

from __future__ import annotations

import enum
import functools
import re

from ..language import word_lists
from .literals import split_top_level

__all__ = ["QUOTED_GUARD", "Guard", "guard_pattern", "reported_guard", "speech_guard"]


class Guard(enum.Enum):
    """A kind of line a rule never takes (a rule file's ``unless`` names them)."""

    #: A line opening on a quotation the sentence goes on after.
    QUOTED = "quoted"
    #: A line with a verb of saying after a comma: reported speech.
    REPORTED = "reported"
    #: A line with a verb of saying anywhere: speech reported or advice relayed.
    SPEECH = "speech"


# The quotation guard, one lookahead: an opening mark, up to 200 characters without a
# double mark, a closing mark, then at most a separator (a colon, comma, semicolon or dash,
# spaced or not) or a space, and a letter, digit, mark or bracket: the sentence goes on.
# Every press's marks open and close it (« », „ “, “ ”, " "), and single marks too (Dutch
# and German quote with ' ' and ‚ ‘); the quotation holds no double mark, so it ends at
# the first one. 200 characters: a banner or a call is shorter, and the bound keeps the
# lazy scan short on a line that opens with a mark and never closes it. A line that ends
# at the closing mark (a quoted banner alone) or goes on with a stop is not guarded: that
# is the banner or the call itself, in quotes.
QUOTED_GUARD = (
    r"(?![„“”\"«»‚‘’'][^„“”\"«»]{1,200}?[“”\"«»‘’'](?:\s*[:,;–—-]\s*|\s+)?[\w„“”\"«»‚‘’'(])"
)

# The reported-speech guard: a comma, any spaces, then one of the language's verbs of saying
# as a whole word, anywhere after the line's start. `.*` before the comma: the verb may
# follow the call's last word or a quoted clause; `\b` after it: "dice" is not "dicembre".
_REPORTED = r"(?!.*,\s*(?:{verbs})\b)"
# French puts a verb of saying before its subject pronoun, joined by a hyphen ("..., estime-
# t-il", "..., explique-t-elle"): any verb so inverted after a comma is reported speech. The
# "t-" is the euphonic t French puts between a verb ending in a vowel and the pronoun.
_INVERTED = r"[\w’']+-(?:t-)?(?:{subjects})"


# The speech guard: one of the language's verbs of saying as a whole word anywhere in the
# line. `\b` on both sides: "says" is not "essays", "told" not "untold". The greedy `.*`
# runs to the line's end and the verbs are tried at each word start on the way back; the
# class of their first letters, asked first, turns most word starts away in one test
# instead of one per verb. On the ASCII speed corpus, English's 12 verbs cost as the 3 of
# the lookahead pasted in before them with it, and twice that without (transcript_note
# alone: 33 ms a pass with 3 verbs, 64 with 12, 33 with 12 behind the class).
_SPEECH = r"(?!.*\b(?=[{initials}])(?:{verbs})\b)"


@functools.cache
def reported_guard(language: str) -> str:
    """The reported-speech guard of a language, as a lookahead (its verbs read once).

    >>> import re
    >>> guard = re.compile(reported_guard("pt") + "siga-nos no instagram.*", re.IGNORECASE)
    >>> guard.fullmatch("Siga-nos no Instagram, disse o ministro") is None
    True
    >>> guard.fullmatch("Siga-nos no Instagram e no Facebook") is not None
    True
    """
    subjects = word_lists(language).get("inverted_subjects", ())
    choices = [_alternation(_saying_verbs(language, Guard.REPORTED))]
    if subjects:
        choices.append(_INVERTED.format(subjects=_alternation(subjects)))
    return _REPORTED.format(verbs="|".join(choices))


@functools.cache
def speech_guard(language: str) -> str:
    """The speech guard of a language, as a lookahead (its verbs read once).

    >>> import re
    >>> guard = re.compile(speech_guard("en") + "follow .* on facebook.*", re.IGNORECASE)
    >>> guard.fullmatch("Follow the county on Facebook for updates, the sheriff said") is None
    True
    >>> guard.fullmatch("Follow the county on Facebook for updates") is not None
    True
    """
    verbs = _saying_verbs(language, Guard.SPEECH)
    initials = "".join(re.escape(first) for first in sorted({verb[0] for verb in verbs}))
    return _SPEECH.format(initials=initials, verbs=_alternation(verbs))


def _saying_verbs(language: str, guard: Guard) -> tuple[str, ...]:
    # The lists alone (`word_lists`): a rule file's language need not compile its patterns.
    verbs = word_lists(language).get("saying_verbs", ())
    if not verbs:
        raise ValueError(_NO_SAYING_VERBS.format(guard=guard.value, language=language))
    return verbs


_NO_SAYING_VERBS = (
    "the {guard!r} guard reads the verbs of saying of the rule file's language, and "
    "language {language!r} lists none: add saying_verbs to corpusclean/data/lang/"
    "{language}.toml, or give the rule file another top-level language"
)


def _alternation(words: tuple[str, ...]) -> str:
    # Escaped, so a space stays a space in a verbose pattern too ("heißt es" is "heißt\ es").
    return "|".join(re.escape(word) for word in words)


def guard_pattern(
    pattern: str, guards: tuple[Guard, ...], language: str | None, verbose: bool
) -> str:
    """``pattern`` behind the lookaheads of ``guards``, in their order.

    A verbose pattern goes in a group (read whole, with a line break before the group's end,
    which a comment on its last line would otherwise swallow). Otherwise each of its top-level
    alternatives gets the lookaheads in front of it (each must be guarded; a lookahead at the
    line's start reads the same line for each), so the pattern without its leading lookaheads
    (what the start oracle reads, alternative by alternative) is the same with the guards as
    without them. Global flags it opens with (``(?s)``) stay first.

    >>> guarded = guard_pattern("share|tweet", (Guard.QUOTED,), None, False)
    >>> guarded.count(QUOTED_GUARD), guarded.endswith("tweet")
    (2, True)
    >>> guard_pattern("(share|tweet) this", (), None, False)
    '(share|tweet) this'
    """
    if not guards:
        return pattern
    flags = found.group() if (found := _GLOBAL_FLAGS.match(pattern)) else ""
    rest = pattern[len(flags) :]
    heads = "".join(_lookahead(guard, language) for guard in guards)
    if verbose:
        return f"{flags}{heads}(?:{rest}\n)"
    return flags + "|".join(heads + part for part in split_top_level(rest))


# Flags a pattern sets for all of itself, which must open it.
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def _lookahead(guard: Guard, language: str | None) -> str:
    if guard is Guard.QUOTED:
        return QUOTED_GUARD
    if language is None:
        raise ValueError(_NO_LANGUAGE.format(guard=guard.value))
    return reported_guard(language) if guard is Guard.REPORTED else speech_guard(language)


_NO_LANGUAGE = (
    "the {guard!r} guard reads the verbs of saying of a language, and the rule has none: "
    'give the rule file a top-level language = "<code>" (a language of '
    'corpusclean/data/lang, such as "pt")'
)

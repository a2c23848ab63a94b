"""An interview's turns inside the article: its questions and answers, kept as one run.

On a short page an interview's short questions ("Ile kosztuje remont?", "Warum?", "And
then what happened?") and a talk's speaker lines ("Karin Vogt:", "SPIEGEL:") score like
menu items: few words, within reach of the menu and the footer. What a menu, an FAQ's link
list or a "Questions? Contact us." box does not do is alternate questions or speakers with
the sentences that answer them, inside the story the model kept: link lists are runs of
questions with no answer between, and a box under the story is read by the model as the
furniture it is, none of its lines kept. This pass keeps the dropped lines of a run of such
turns when the model itself kept one of the run's questions (or speakers) and the answer
under it. Like `subheads`, it runs once on the model's final verdicts, only adds lines, and
the lines it adds never enter the model's context.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import compress, islice
from operator import and_

from ..text import CLOSERS, NAME_MAX_WORDS, PROSE_MIN_WORDS, QUESTION_MARKS, ends_like_sentence

__all__ = [
    "ANSWER_MAX_LINES",
    "ANSWER_MIN_TOKENS",
    "ANSWER_PROSE_TOKENS",
    "INTERVIEW_MIN_QUESTIONS",
    "SPEAKER_MAX_TOKENS",
    "is_question",
    "keep_interview_turns",
]

# An answer is a sentence of at least ANSWER_MIN_TOKENS tokens: "In April." answers "When?";
# a lone "Yes." or "No." is a poll's button as often as a reply.
ANSWER_MIN_TOKENS = 2
# An answer runs to at most ANSWER_MAX_LINES lines (paragraphs) before the next question:
# the turns the model drops are the short ones, and a longer answer's paragraphs are prose it
# keeps by their own score. Two questions further apart are not one interview's turns (a
# story's rhetorical question and a comment's, many sentences below), and the bound keeps
# the walk to a few lines a question. Not fitted: no dev full page moves with it or without.
ANSWER_MAX_LINES = 4
# An answer of this many tokens or more is prose (`text.PROSE_MIN_WORDS`): above a turn the
# model kept, such an answer is the interview's, whatever cue word it holds ("… a vehicle
# registered at that address.", an FAQ's first answer). The lines a box prints are short
# ("Was this page helpful?", "Yes", "Contact us"), and a box under the story has no turn
# the model kept below it.
ANSWER_PROSE_TOKENS = PROSE_MIN_WORDS
# An interview asks more than one question (a talk gives the word more than once): a single
# question over a sentence is as often a box's prompt ("Have a news tip? Send it to us.") as
# the story's.
INTERVIEW_MIN_QUESTIONS = 2
# A speaker line names the speaker with a colon after at most NAME_MAX_WORDS tokens ("Karin
# Vogt:", "SPIEGEL:", "Frage:"); a longer line before a colon announces a list or a quote.
SPEAKER_MAX_TOKENS = NAME_MAX_WORDS
# A line ending as `is_question` reads it: a question mark, then closing quotes alone. One
# pattern a mark: a pattern opening with one literal character is searched for it at C
# speed, a class of two is tried at every character (4x slower on the dev full pages).
_QUESTION_AT_END = tuple(
    re.compile(re.escape(mark) + f"[{re.escape(CLOSERS)}]*$", re.MULTILINE)
    for mark in QUESTION_MARKS
)
# A speaker line's end: a colon, then nothing.
_COLON_AT_END = re.compile(":$", re.MULTILINE)


def keep_interview_turns(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    is_furniture: Callable[[str], bool],
) -> list[bool]:
    """Return ``keep`` with the dropped lines of every run of interview turns kept.

    ``keep`` is what the model and the passes before this one kept. ``is_furniture`` says
    whether the page features find a cue word of page furniture in a line; it is asked only
    of the lines of a run of which a turn was kept.

    >>> lines = ["Home", "Where will the new hall stand?", "Behind the old school, by the park.",
    ...          "When?", "In the spring of next year.", "Who pays?", "The county does, in full.",
    ...          "Contact"]
    >>> from corpusclean.text import tokens
    >>> n_tokens = [len(tokens(s)) for s in lines]
    >>> keep = [False, True, True, False, False, False, False, False]
    >>> keep_interview_turns(lines, n_tokens, keep, lambda s: False)
    [False, True, True, True, True, True, True, False]
    >>> keep_interview_turns(lines, n_tokens, keep, lambda s: s == "Who pays?")
    [False, True, True, True, True, False, False, False]
    """
    out = list(keep)
    if not _opens_over_kept(lines, n_tokens, keep):  # 199 of 307 on the dev full pages
        return out
    openers = _openers(lines, n_tokens)
    if len(openers) < INTERVIEW_MIN_QUESTIONS:  # half the dev full pages: no walk
        return out
    counts: Counter[str] | None = None
    for run in _turn_runs(lines, n_tokens, openers):
        if not any(keep[i] and keep[i + 1] for i in openers if i in run):
            continue  # no question (or speaker) of the run kept over its answer
        counts = counts if counts is not None else Counter(lines)
        anchor = min(i for i in openers if i in run and keep[i] and keep[i + 1])
        own = _own_lines(lines, n_tokens, run, (anchor, keep), set(openers), counts, is_furniture)
        for i in own:
            out[i] = True
    return out


def is_question(text: str) -> bool:
    """Whether a line ends with a question mark (closing quotes may follow).

    One of three readers of a question's end, each fit to its input. This one reads a page's
    lines: any closing quote after the mark ("„Czy to prawda?”" is a turn), no
    space before it. `dedupe.within.adjacent._asks` also skips spaces (French « … ? »), and
    `detect.headlines._is_interview` asks a bare "?" only. Which is right here for « … ? »
    is untested: a change moves the page model's final verdicts (check with the page quality
    runs).

    >>> [is_question(s) for s in ("Warum?", "„Czy to prawda?”", "He asked why.", "FAQ")]
    [True, True, False, False]
    """
    return text.rstrip(CLOSERS).endswith(QUESTION_MARKS)


def _opens_over_kept(lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool]) -> bool:
    """Whether a kept line opens a turn (`_opens`) over a kept line.

    Pure speed, exact: the pass adds lines only to a run with such a turn (an opener kept,
    over its answer kept), and every opener is such a line (`_openers` finds each line
    `_opens` reads as one), so a page without one has none to add, and its openers, a join
    and a search of the whole page, need not be found. Only the kept lines are read (by
    the model and the passes before this one: 51 a page, of 240, on the dev full pages),
    and of them only those ending, before any closing quote, with a question mark or a
    colon: a question (`is_question`) or a speaker line (`_is_speaker`) ends so, and a
    colon is no closer.
    """
    pairs = compress(range(len(keep) - 1), map(and_, keep, islice(keep, 1, None)))
    ends = _QUESTION_MARKS_AND_COLON
    return any(
        _opens(lines[i], n_tokens[i]) for i in pairs if lines[i].rstrip(CLOSERS).endswith(ends)
    )


_QUESTION_MARKS_AND_COLON = (*QUESTION_MARKS, ":")


def _turn_runs(
    lines: Sequence[str], n_tokens: Sequence[int], openers: Sequence[int]
) -> list[range]:
    """The runs of an interview's turns, from the first question to the answer of the last:
    each line a sentence, no two questions (or speakers) in a row, each answered by the line
    under it and by at most ANSWER_MAX_LINES lines, and at least INTERVIEW_MIN_QUESTIONS
    questions.

    A run of sentences ends at a line of neither shape (a menu item, a heading, a name) or
    at a question no answer follows; only the turns are taken from it, not the sentences
    above its first question (a lead, or a header's offer) or under the last answer (the
    story's own end, or a footer's sentence), which are the model's to decide. Read from
    the questions, not line by line: two answered questions are in one run when every line
    between them is an answer (an unanswered question between is none), a test that stops
    at the first other line.
    """
    runs: list[range] = []
    asked: list[int] = []  # the answered questions of the current run
    for q in openers:
        if q + 1 >= len(lines) or not _is_answer(lines[q + 1], n_tokens[q + 1]):
            continue
        if asked and not _answers_between(lines, n_tokens, asked[-1] + 1, q):
            _close(asked, runs)
            asked = []
        asked.append(q)
    _close(asked, runs)
    return runs


def _answers_between(lines: Sequence[str], n_tokens: Sequence[int], start: int, end: int) -> bool:
    """Whether the lines from ``start`` to the next question at ``end`` are one answer: at
    most ANSWER_MAX_LINES lines, each an answer (`_is_answer`)."""
    if end - start > ANSWER_MAX_LINES:
        return False
    return all(_is_answer(lines[i], n_tokens[i]) for i in range(start, end))


def _close(asked: Sequence[int], runs: list[range]) -> None:
    """Add the run of these answered questions to ``runs`` when it asks enough of them."""
    if len(asked) >= INTERVIEW_MIN_QUESTIONS:
        runs.append(range(asked[0], asked[-1] + 2))


def _openers(lines: Sequence[str], n_tokens: Sequence[int]) -> list[int]:
    """The indices of the lines that open a turn: questions (`is_question`) and speaker
    lines (`_is_speaker`), found by one C-level search a mark of the joined lines' ends and
    a count of the line breaks before each, where reading each line's end is a Python step
    a line (the page classifier asks it of every classification). A line holding a break of
    its own (input that is no page's lines) would shift the count: such lines are read one
    by one."""
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1:
        return [i for i, line in enumerate(lines) if _opens(line, n_tokens[i])]
    patterns = (*zip(QUESTION_MARKS, _QUESTION_AT_END, strict=True), (":", _COLON_AT_END))
    ends = sorted(
        match.start()
        for mark, pattern in patterns
        if mark in text
        for match in pattern.finditer(text)
    )
    found: list[int] = []
    line = last = 0
    for end in ends:
        line += text.count("\n", last, end)
        last = end
        if _opens(lines[line], n_tokens[line]):
            found.append(line)
    return found


def _opens(line: str, n: int) -> bool:
    """A question, or a speaker line."""
    return is_question(line) or _is_speaker(line, n)


def _is_speaker(line: str, n: int) -> bool:
    """A speaker's name and a colon: 1 to SPEAKER_MAX_TOKENS tokens, ending with the colon.

    >>> _is_speaker("Karin Vogt:", 2), _is_speaker("Die Umleitung führt über folgende Straßen:", 6)
    (True, False)
    """
    return line.endswith(":") and 0 < n <= SPEAKER_MAX_TOKENS


def _is_answer(line: str, n: int) -> bool:
    """A sentence that is no question, of ANSWER_MIN_TOKENS tokens or more."""
    return n >= ANSWER_MIN_TOKENS and ends_like_sentence(line) and not is_question(line)


def _own_lines(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    run: range,
    kept: tuple[int, Sequence[bool]],
    openers: set[int],
    counts: Counter[str],
    is_furniture: Callable[[str], bool],
) -> list[int]:
    """The run's lines down to the first that is furniture by its cue words or is printed
    again on the page: a box under the story ("Was this article helpful?") ends the
    interview there, and what follows it is the box's; a teaser's title and a pitch
    ("Want to see fewer ads?" / "Become a Member.", twice in a row on a Readability page)
    are printed twice. Only a speaker's name may recur, and only inside the run, turn after
    turn. A question or a speaker whose answer is not kept is not kept either: alone, it is
    a prompt or a label as often as the story's.

    ``kept`` is the anchor, the first turn the model kept, and the verdicts before this pass.
    Above the anchor, an answer of prose length is no furniture by a cue word alone
    (`ANSWER_PROSE_TOKENS`): the interview goes on under it. Under it, so is such an answer
    the model kept itself ("Yes, always. You only need to register once online …"): the
    model read the cue in its place and kept the line, and a box's notice under the story
    is one it drops."""
    anchor, keep = kept
    inside = Counter(lines[i] for i in run if i in openers and not is_question(lines[i]))
    own: list[int] = []
    for i in run:
        line = lines[i]
        prose = (i < anchor or keep[i]) and i not in openers and n_tokens[i] >= ANSWER_PROSE_TOKENS
        if counts[line] > max(1, inside[line]) or (is_furniture(line) and not prose):
            break
        own.append(i)
    while own and own[-1] in openers:
        own.pop()
    return own

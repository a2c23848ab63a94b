"""An interview's turns inside the article: its questions and answers, kept as one run.

On a short page an interview's short questions ("Ile kosztuje remont?", "Warum?", "And
then what happened?") score like menu items: few words, within reach of the menu and the
footer. What a menu, an FAQ's link list or a "Questions? Contact us." box does not do is
alternate questions with the sentences that answer them, inside the story the model kept:
link lists are runs of questions with no answer between, and a box under the story is
read by the model as the furniture it is, none of its lines kept. This pass keeps the
dropped lines of a run of such turns when the model itself kept one of the run's questions
and one of its answers. Like `subheads`, it runs once on the model's final verdicts, only
adds lines, and the lines it adds never enter the model's context.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from ..text import CLOSERS, ends_like_sentence

__all__ = ["ANSWER_MIN_TOKENS", "INTERVIEW_MIN_QUESTIONS", "is_question", "keep_interview_turns"]

# An answer is a sentence of at least ANSWER_MIN_TOKENS tokens: "In April." answers "When?";
# a lone "Yes." or "No." is a poll's button as often as a reply.
ANSWER_MIN_TOKENS = 2
# An interview asks more than one question: a single question over a sentence is as often a
# box's prompt ("Have a news tip? Send it to us.") as the story's.
INTERVIEW_MIN_QUESTIONS = 2
# Question marks of the spaced scripts and the full-width one; closing quotes may follow.
_QUESTION_MARKS = ("?", "\uff1f")


def keep_interview_turns(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    is_furniture: Callable[[str], bool],
) -> list[bool]:
    """Return ``keep`` with the dropped lines of every run of interview turns kept.

    ``is_furniture`` says whether the page features find a cue word of page furniture in a
    line; it is asked only of the lines of a run the model kept a turn of.

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
    if not _may_ask(lines):
        return out
    counts: Counter[str] | None = None
    for run in _turn_runs(lines, n_tokens):
        if not _model_kept_a_turn(lines, run, keep):
            continue
        counts = counts if counts is not None else Counter(lines)
        for i in _own_lines(lines, run, counts, is_furniture):
            out[i] = True
    return out


def _may_ask(lines: Sequence[str]) -> bool:
    """Whether the lines hold INTERVIEW_MIN_QUESTIONS question marks at all: two C-level
    counts over the joined text, where reading each line's end is a Python step a line
    (most pages hold none; the page classifier asks it of every classification)."""
    text = "\n".join(lines)
    return sum(map(text.count, _QUESTION_MARKS)) >= INTERVIEW_MIN_QUESTIONS


def is_question(text: str) -> bool:
    """Whether a line ends with a question mark (closing quotes may follow).

    >>> [is_question(s) for s in ("Warum?", "„Czy to prawda?”", "He asked why.", "FAQ")]
    [True, True, False, False]
    """
    return text.rstrip(CLOSERS).endswith(_QUESTION_MARKS)


def _turn_runs(lines: Sequence[str], n_tokens: Sequence[int]) -> list[range]:
    """The runs of an interview's turns, from the first question to the answer of the last:
    each line a sentence, no two questions in a row, every question answered by the line
    under it, and at least INTERVIEW_MIN_QUESTIONS questions.

    A run of sentences ends at a line of neither shape (a menu item, a heading, a name) or
    at a question no answer follows; only the turns are taken from it, not the sentences
    above its first question (a lead, or a header's offer) or under the last answer (the
    story's own end, or a footer's sentence), which are the model's to decide.
    """
    runs: list[range] = []
    asked: list[int] = []  # the questions of the current run of sentences
    for i in range(len(lines) + 1):
        if i < len(lines) and is_question(lines[i]):
            if i + 1 < len(lines) and _is_answer(lines[i + 1], n_tokens[i + 1]):
                asked.append(i)
                continue
        elif i < len(lines) and _is_answer(lines[i], n_tokens[i]):
            continue
        if len(asked) >= INTERVIEW_MIN_QUESTIONS:
            runs.append(range(asked[0], asked[-1] + 2))
        asked = []
    return runs


def _is_answer(line: str, n: int) -> bool:
    """A sentence that is no question, of ANSWER_MIN_TOKENS tokens or more."""
    return n >= ANSWER_MIN_TOKENS and ends_like_sentence(line) and not is_question(line)


def _model_kept_a_turn(lines: Sequence[str], run: range, keep: Sequence[bool]) -> bool:
    """Whether the model kept a question of the run and the answer under it: the turns are
    the story's, read as such at least once."""
    return any(keep[i] and keep[i + 1] and is_question(lines[i]) for i in run[:-1])


def _own_lines(
    lines: Sequence[str],
    run: range,
    counts: Counter[str],
    is_furniture: Callable[[str], bool],
) -> list[int]:
    """The run's dropped lines down to the first that is furniture by its cue words or is
    printed again on the page: a box under the story ("Was this article helpful?") ends the
    interview there, and what follows it is the box's. A question whose answer is not kept
    is not kept either: alone, it is a prompt as often as the story's."""
    own: list[int] = []
    for i in run:
        if counts[lines[i]] > 1 or is_furniture(lines[i]):
            break
        own.append(i)
    while own and is_question(lines[own[-1]]):
        own.pop()
    return own

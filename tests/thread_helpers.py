"""What the comment-thread tests share: a thread printed in one shape, and what was taken."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import corpusclean

#: One comment as a shape prints it: its number, its reader's name and its text -> its lines.
Comment = Callable[[int, str, str], list[str]]


def thread_of(make: Comment, readers: Sequence[str], bodies: Sequence[str]) -> list[str]:
    """The lines of a thread of one comment per reader, each printed by ``make``."""
    return [
        line
        for n, (reader, body) in enumerate(zip(readers, bodies, strict=True))
        for line in make(n, reader, body)
    ]


def clean(lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines))


def taken_above(article: corpusclean.Article, end: int) -> bool:
    """Whether the comment-thread detector took any of the first ``end`` lines."""
    return any(r.rule == "comment_thread" and r.start < end for r in article.removed)


def assert_thread_goes_whole(article: Sequence[str], thread: Sequence[str]) -> None:
    """The comment-thread detector takes ``thread`` printed after ``article``, and every
    line of the article stays, as its paragraphs."""
    cleaned = clean([*article, *thread])
    assert cleaned.paragraphs == tuple(article)
    assert "comment_thread" in {r.rule for r in cleaned.removed}


def assert_article_stays_above(
    article: Sequence[str], thread: Sequence[str], story: Sequence[str] | None = None
) -> None:
    """The article's ``story`` (all of it by default; a last line of junk may go) stays whole
    and in order above a thread, the detector takes none of it, and the article
    alone loses nothing to the detector, cleaned once or twice."""
    story = article if story is None else story
    cleaned = clean([*article, *thread])
    assert cleaned.paragraphs[: len(story)] == tuple(story)
    assert not taken_above(cleaned, len(story))
    alone = clean(list(article))
    assert not [r for r in alone.removed if r.rule == "comment_thread"]
    assert clean(list(alone.paragraphs)).paragraphs == alone.paragraphs

"""Values only: what the cleaner reads, decides and produces.

`Block` (a paragraph candidate with its input line span), `Verdict` (the decision on one
block), `Removal` (a piece of input left out, and why), `Article` (the result) and
`Decision` (one block's line in an explanation). All are frozen, slotted attrs classes. An
`Article` never loses text silently: every input line ends up in its `title`, its
`paragraphs` or one of its `removed` records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import attrs

from .text import counts_spaces_only, spaced_word_count, word_count

__all__ = [
    "KEEP",
    "Article",
    "Block",
    "Decision",
    "DecisionKind",
    "Removal",
    "Verdict",
    "assembled_article",
    "render_text",
]


@attrs.frozen(slots=True)
class Block:
    """A paragraph candidate: its text and the 0-based, end-exclusive span of input lines."""

    text: str
    start: int
    end: int
    #: The number of space-separated words (`text.word_count`), counted once: every stage
    #: asks for it.
    words: int = attrs.field(init=False, eq=False, repr=False)

    @words.default
    def _count_words(self) -> int:
        return word_count(self.text)


@attrs.frozen(slots=True)
class Verdict:
    """The decision on one block: keep it or remove it, by which rule, and the prior verdict.

    ``prior_rule`` is the context-free rule hit (None when no rule matched the block alone);
    ``rule`` is the final decision's rule, None when the block is kept, and ``family`` the
    family of that rule or detector. ``certain`` removals are not limited by the removal
    budget.
    """

    keep: bool
    rule: str | None = None
    reason: str = ""
    certain: bool = False
    prior_rule: str | None = None
    family: str | None = None


#: The verdict on a block that no rule or detector has anything against.
KEEP = Verdict(keep=True)


def _to_str_tuple(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("expected a sequence of strings, got a single str")
    return tuple(value)


def _to_removal_tuple(value: Iterable[Removal]) -> tuple[Removal, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Removal:
    """One piece of input text the cleaner left out, and why.

    ``start`` and ``end`` are the 0-based, end-exclusive span of input lines it came from,
    counted after line endings are unified (``\\r\\n``, ``\\r``, U+2028 and U+2029 all end a
    line). ``rule`` names the rule or detector; ``reason`` says why in words.

    >>> Removal("Share this on", 1, 2, "share_call", "a share button")
    Removal(text='Share this on', start=1, end=2, rule='share_call', reason='a share button')
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=attrs.validators.instance_of(int))
    end: int = attrs.field(validator=attrs.validators.instance_of(int))
    rule: str = attrs.field(validator=attrs.validators.instance_of(str))
    reason: str = attrs.field(validator=attrs.validators.instance_of(str))

    @end.validator
    def _check_span(self, _attribute: attrs.Attribute[int], end: int) -> None:
        if not 0 <= self.start < end:
            raise ValueError(
                f"a removal spans lines [start, end) with 0 <= start < end, got "
                f"start={self.start}, end={end}"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict; `Removal.from_dict` reverses it.

        ``attrs.asdict(self)`` spelled out (a test holds them equal, keys in order): a
        page's output holds tens of thousands of removals, each written out, and
        ``asdict`` cost about ten times as much.
        """
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Removal:
        """Build a `Removal` from the dict `to_dict` made."""
        return cls(data["text"], data["start"], data["end"], data["rule"], data["reason"])

    @classmethod
    def of_block(cls, block: Block, rule: str, reason: str) -> Removal:
        """The removal of a whole block, by a rule or detector, for a reason."""
        return cls(block.text, block.start, block.end, rule, reason)


_new = object.__new__
# The setters of `Removal`'s slots: a frozen attrs class's own __setattr__ refuses, and a slot's
# member descriptor sets it at about two thirds of the cost of object.__setattr__ by name.
_SET_TEXT, _SET_START, _SET_END, _SET_RULE, _SET_REASON = (
    Removal.__dict__[name].__set__ for name in ("text", "start", "end", "rule", "reason")
)


def removal_of_block(block: Block, rule: str, reason: str) -> Removal:
    """`Removal.of_block`, without the attrs validators when the values are plainly valid.

    The pipeline builds tens of thousands of removals a page corpus, and the validators
    took about half of their cost. The same checks run here, inline: exact types and a span
    with 0 <= start < end. Anything else (a subclass, a bad span) goes through
    `Removal.of_block`, which accepts or rejects it as it always has, so nothing this
    builds is a value a user could not build with `Removal`.

    >>> removal_of_block(Block("Share this", 3, 4), "share_call", "a share button")
    Removal(text='Share this', start=3, end=4, rule='share_call', reason='a share button')
    """
    text, start, end = block.text, block.start, block.end
    plain = type(text) is str and type(rule) is str and type(reason) is str
    if not (plain and type(start) is int and type(end) is int and 0 <= start < end):
        return Removal.of_block(block, rule, reason)
    removal: Removal = _new(Removal)
    _SET_TEXT(removal, text)
    _SET_START(removal, start)
    _SET_END(removal, end)
    _SET_RULE(removal, rule)
    _SET_REASON(removal, reason)
    return removal


# The setters of `Block`'s slots, as `removal_of_block` sets `Removal`'s.
_SET_BLOCK = tuple(Block.__dict__[name].__set__ for name in ("text", "start", "end", "words"))


def block_of_line(text: str, index: int) -> Block:
    """``Block(text, index, index + 1)``: one input line as a block, its slots set directly.

    Segmenting a page makes a block of nearly every line (46,492 a page-mode pass of the dev
    full pages), and attrs' generated ``__init__`` of a frozen class, setting each field by
    ``object.__setattr__``, cost about a third of it. `Block` has no validator or hook: its
    ``__init__`` sets the three fields and the word count (`text.word_count`) and nothing
    else, which is what this sets.

    >>> block_of_line("Share this on", 7) == Block("Share this on", 7, 8)
    True
    """
    return _counted_block(text, index, word_count(text))


def _counted_block(text: str, index: int, words: int) -> Block:
    """`block_of_line` of a line whose word count (`text.word_count`) is ``words``."""
    block: Block = _new(Block)
    set_text, set_start, set_end, set_words = _SET_BLOCK
    set_text(block, text)
    set_start(block, index)
    set_end(block, index + 1)
    set_words(block, words)
    return block


def blocks_of_lines(lines: Sequence[str]) -> list[Block]:
    """`block_of_line` of each line that is not empty, with its index: the blocks of a
    document whose lines are not joined.

    Pure speed (issue #8): in a document none of whose lines may hold an unspaced script
    (`text.counts_spaces_only`, asked once of them all) a line's word count is its spaces
    plus one (`text.spaced_word_count`), so `text.word_count`'s screen of each line outside
    ASCII is not run (on the dev full pages, 8,930 of 57,381 blocks a pass, about a tenth of
    segmenting's instructions). A test checks it against `block_of_line`.

    >>> blocks_of_lines(["Title", "", "First para."]) == [Block("Title", 0, 1),
    ...                                                   Block("First para.", 2, 3)]
    True
    """
    if not counts_spaces_only(lines):
        return [block_of_line(line, index) for index, line in enumerate(lines) if line]
    return [
        _counted_block(line, index, spaced_word_count(line))
        for index, line in enumerate(lines)
        if line
    ]


@attrs.frozen(slots=True)
class Article:
    """A cleaned article: its title, its paragraphs, and the record of what was removed.

    ``title`` is ``None`` when the text did not start with a headline. ``flags`` holds
    warnings about the document as a whole, such as ``"removal-budget-exceeded"``.

    >>> art = Article(id="a1", title="Jack Ma visits KL", paragraphs=("He came.", "He left."))
    >>> art.text
    'He came.\\n\\nHe left.'
    >>> Article.from_dict(art.to_dict()) == art
    True
    """

    id: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_to_str_tuple)
    source: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=dict, eq=True, hash=False)
    removed: tuple[Removal, ...] = attrs.field(default=(), converter=_to_removal_tuple)
    flags: tuple[str, ...] = attrs.field(default=(), converter=_to_str_tuple)

    @property
    def text(self) -> str:
        """The paragraphs joined by a blank line (the title is not included)."""
        return "\n\n".join(self.paragraphs)

    def render(self) -> str:
        """Return the article as plain text: the title (if any), then the paragraphs.

        Cleaning this rendering again gives back the same title and paragraphs.

        >>> Article(title="Headline", paragraphs=("Body.",)).render()
        'Headline\\n\\nBody.'
        """
        return render_text(self.title, self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (lists, not tuples); `Article.from_dict` reverses it."""
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "source": self.source,
            "metadata": dict(self.metadata),
            "removed": [removal.to_dict() for removal in self.removed],
            "flags": list(self.flags),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an `Article` from the dict `to_dict` made (``text`` is derived, so ignored)."""
        return cls(
            id=data.get("id"),
            title=data.get("title"),
            paragraphs=tuple(data.get("paragraphs", ())),
            source=data.get("source"),
            metadata=dict(data.get("metadata") or {}),
            removed=tuple(Removal.from_dict(item) for item in data.get("removed", ())),
            flags=tuple(data.get("flags", ())),
        )


# The setters of `Article`'s slots, as `removal_of_block` sets `Removal`'s.
_SET_ARTICLE = tuple(
    Article.__dict__[name].__set__
    for name in ("id", "title", "paragraphs", "source", "metadata", "removed", "flags")
)


def assembled_article(
    id: str | None,
    title: str | None,
    paragraphs: tuple[str, ...],
    source: str | None,
    metadata: dict[str, Any],
    removed: tuple[Removal, ...],
    flags: tuple[str, ...],
) -> Article:
    """``Article(id, title, paragraphs, source, metadata, removed, flags)`` of values already
    in their converted form, its slots set directly: the pipeline's assembly of each output.

    `Article` has no validator or hook, and its converters give these values back as they
    are (a tuple's ``tuple`` is itself) or as an equal copy (``dict`` of ``metadata``, a
    dict the caller made for this article alone), which is what this sets; about a tenth
    of a one-line document's cost went to them (issue #8). Anything else (a list, a str
    for ``paragraphs``) goes through `Article`, which converts or rejects it as it always
    has.

    >>> art = assembled_article("a", "T", ("P.",), None, {}, (), ())
    >>> art == Article(id="a", title="T", paragraphs=("P.",))
    True
    """
    plain = (
        type(paragraphs) is tuple
        and type(metadata) is dict
        and type(removed) is tuple
        and type(flags) is tuple
    )
    if not plain:
        return Article(id, title, paragraphs, source, metadata, removed, flags)
    article: Article = _new(Article)
    set_id, set_title, set_paragraphs, set_source, set_metadata, set_removed, set_flags = (
        _SET_ARTICLE
    )
    set_id(article, id)
    set_title(article, title)
    set_paragraphs(article, paragraphs)
    set_source(article, source)
    set_metadata(article, metadata)
    set_removed(article, removed)
    set_flags(article, flags)
    return article


def render_text(title: str | None, paragraphs: tuple[str, ...]) -> str:
    """An article's plain text (`Article.render`) from its title and paragraphs alone.

    >>> render_text(None, ("Body.", "More."))
    'Body.\\n\\nMore.'
    """
    head = (title,) if title is not None else ()
    return "\n\n".join(head + paragraphs)


#: What an explanation says of a block: the article's title, kept in its text, or removed.
DecisionKind = Literal["title", "kept", "removed"]


@attrs.frozen(slots=True)
class Decision:
    """The cleaner's decision on one block of input (a paragraph, or a line).

    ``start``/``end`` are its 0-based, end-exclusive input line span; ``rule`` names the rule
    or detector that removed it (None when kept); ``alone`` is the rule the block matches on
    its own, before any context is considered (None when no rule matches it alone), so a
    reader can see where context changed the verdict.
    """

    start: int
    end: int
    text: str
    verdict: DecisionKind
    rule: str | None
    reason: str
    alone: str | None

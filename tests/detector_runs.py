"""Running one evidence detector by hand on a document's lines, as a round would, or the
whole cleaner on them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from corpusclean import Article, Cleaner, Config
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import KEEP, Block, Verdict

Detector = Callable[[Sequence[Block], list[Verdict], Facts], None]


def removed_by(
    mark: Detector,
    rule: str,
    lines: list[str],
    kept: list[str] | None = None,
    page_text: bool = True,
) -> list[str]:
    """The lines detector ``mark`` removes as ``rule`` when a round keeps ``kept`` of
    ``lines`` (the document's blocks as segmented; all of them when None), every kept block
    kept before it; ``page_text`` says whether the text is a whole page's."""
    document = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    blocks = document if kept is None else [b for b in document if b.text in kept]
    verdicts: list[Verdict] = [KEEP] * len(blocks)
    facts = Facts(load_language("en"), document)
    facts.page_text = page_text
    mark(blocks, verdicts, facts)
    return [b.text for b, v in zip(blocks, verdicts, strict=True) if v.rule == rule]


def cleaned(lines: list[str], language: str) -> Article:
    """The document of ``lines`` cleaned whole in ``language`` (every round, as a user runs it)."""
    return Cleaner(Config(language=language)).clean("\n".join(lines))


def kept_and_removed(lines: list[str], language: str) -> tuple[list[str], list[str]]:
    """The lines kept (the title first) and the lines removed when the whole document is
    cleaned in ``language`` (the cleaner's every round, as a user runs it)."""
    article = cleaned(lines, language)
    kept = [line for line in (article.title, *article.paragraphs) if line]
    return kept, [removal.text for removal in article.removed]

"""`Config`: the one object that switches and tunes every step of the cleaner."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

import attrs

__all__ = ["Config", "Mode"]

Mode = Literal["auto", "article", "page"]


def _names_tuple(names: Iterable[str]) -> tuple[str, ...]:
    # A named converter, not ``tuple`` itself: attrs' mypy plugin types the field's argument
    # by the converter's, and ``tuple``'s generic one makes callers' lists and sets errors.
    return tuple(names)


def _names_set(names: Iterable[str]) -> frozenset[str]:
    return frozenset(names)


def _check_fraction(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"Config.{attribute.name} is a share between 0 and 1, got {value!r}")


def _check_positive(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value <= 0:
        raise ValueError(f"Config.{attribute.name} must be positive, got {value!r}")


def _check_language(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not (value == "auto" or _LANGUAGE_CODE.fullmatch(value)):
        raise ValueError(
            f"Config.{attribute.name} is 'auto' or a lower-case ISO 639 code such as 'en' or "
            f"'de', got {value!r}"
        )


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


@attrs.frozen(slots=True)
class Config:
    """Settings for `corpusclean.clean` and `Cleaner`; vary them with ``attrs.evolve``.

    Normalisation
        ``fix_encoding`` (True): repair mojibake, HTML entities and other encoding damage with
        ftfy. Turn off only for text known to be clean, to save time.
        ``straighten_quotes`` (False): turn typographic quotes into ASCII ones. Off because
        curly quotes are legitimate text; turn on when a downstream tokenizer needs ASCII.
        ``fix_sentence_spacing`` (True): restore the space in "investments.Prior". Guarded
        against abbreviations, decimals, domains and e-mail addresses.

    Segmentation
        ``join_wrapped_lines`` (True): join hard-wrapped lines inside blank-line separated
        paragraphs. Turn off when every line is known to be a paragraph of its own.
        ``detect_title`` (True): take the first line as the title when it looks like a headline.

    Boilerplate
        ``mode`` ("auto"): "article" for article text with leftovers (a scraper's output),
        "page" for the text of a whole web page (menus, footers, comments; WET files), "auto"
        to decide per document from the shape of its lines.
        ``language`` ("auto"): identify each document's language from its function words (a
        vote of the shipped stoplists) or its script (Chinese, Japanese), clean it with that
        language's rules (English when none wins) and record it in
        ``Article.metadata["detected_language"]`` (no key when none won); or a language code:
        the language whose built-in rule set and word lists are used for every document
        (``rules/data/news_<language>.toml``; see ``corpusclean.rules.builtin_languages()``).
        A language without a rule set gets only the shape and platform rules, and every
        detector that reads position, shape and context still runs.
        ``builtin_rules`` (True): use the news rule set shipped with the package for
        ``language``, then the two rule files every language gets: the rules that read a line's
        shape and no word (``rules/data/shapes.toml``: a bare address, a separator line) and the
        publishing platforms' fixed strings (``rules/data/platforms.toml``: a platform prints
        them in its template's language).
        ``rule_files`` (()): paths of extra TOML or JSON rule files, loaded like the built-in set.
        ``disabled_rules`` (frozenset()): names of rules to switch off, and of the evidence
        detectors (``comment_thread``, ``caption_context``, ``byline_meta``, ``sidebar_widgets``
        and every other name that ``corpusclean rules`` lists as ``evidence``; docs/config.md
        lists them all).
        Duplicate removal is switched off with ``dedupe_blocks``, the page classifier with
        ``mode="article"``. Unknown names are ignored, so a rule file can be swapped freely.
        ``evidence`` (True): the detectors that decide from position, line shape and context
        (related-link lists after a trigger, comment threads, labels repeated in a document).
        ``removal_budget`` (0.4): the largest share of an article's words that rules whose
        verdict is ambiguous may remove. Past it the ambiguous lines are kept and the article is
        flagged ``removal-budget-exceeded``. Unambiguous junk is removed regardless, and the
        budget is never below 30 words, so short documents can still lose a pitch or two. Chosen on
        the dev set (see docs/benchmarks.md); lower it for precision, raise it for recall.
        ``rule_timeout`` (0.25): seconds one match of a user rule may take before it is
        abandoned (and the article flagged ``rule-timeout``), so a catastrophic user pattern
        cannot hang a run. The built-in rules run on the faster standard-library engine.

    Duplicates
        ``dedupe_blocks`` (True): remove a repeated title, repeated paragraphs, a body
        pasted twice and a block printed twice in a row, keeping the first copy.
        ``min_duplicate_words`` (12): a paragraph shorter than this is removed as a repeat only
        inside a run of repeated paragraphs or right after its copy, so a short refrain, a
        one-word line or an interview's recurring question survives.

    >>> import attrs
    >>> attrs.evolve(Config(), mode="page").mode
    'page'
    """

    mode: Mode = attrs.field(
        default="auto", validator=attrs.validators.in_(("auto", "article", "page"))
    )
    fix_encoding: bool = True
    straighten_quotes: bool = False
    fix_sentence_spacing: bool = True
    join_wrapped_lines: bool = True
    detect_title: bool = True
    language: str = attrs.field(default="auto", validator=_check_language)
    builtin_rules: bool = True
    rule_files: tuple[str, ...] = attrs.field(default=(), converter=_names_tuple)
    disabled_rules: frozenset[str] = attrs.field(default=frozenset(), converter=_names_set)
    evidence: bool = True
    removal_budget: float = attrs.field(default=0.4, validator=_check_fraction)
    rule_timeout: float = attrs.field(default=0.25, validator=_check_positive)
    dedupe_blocks: bool = True
    min_duplicate_words: int = attrs.field(default=12, validator=attrs.validators.ge(1))

    @classmethod
    def page(cls) -> Config:
        """The preset for the text of whole web pages (menus, footers, comments)."""
        return cls(mode="page")

    @classmethod
    def minimal(cls) -> Config:
        """Normalisation only: no boilerplate rules, no duplicate removal."""
        return cls(mode="article", builtin_rules=False, evidence=False, dedupe_blocks=False)

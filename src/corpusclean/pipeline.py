"""The cleaning pipeline: raw text -> normalised lines -> blocks -> verdicts -> `Article`.

`Cleaner.run` is the whole flow, once per document; `clean` is that run, and
`clean_and_explain` is the same run with its decisions read back (as ftfy's
``fix_and_explain`` is to ``fix_text``), so an explanation cannot differ from what `clean`
does. The stages that decide what to keep live in `run` (one document's state) and the
packages by role; this module wires them together.

    segment.normalized_blocks (normalize, then split) -> run.DocumentRun.outcome
        (page classifier, rules + detectors, duplicates; to a fixed point)
    -> title -> Article
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, Literal

import attrs

from .config import Config
from .detect.facts import BlockFact
from .detect.registry import Mark, evidence_detectors
from .language import FALLBACK_LANGUAGE, Identification, identify_lines, reads_alike
from .model import Article, Block, Decision, assembled_article, render_text
from .page.features import LineFactsCache
from .page.title import TitleLine
from .rules import Rule, RuleMatcher, SourceRules, load_builtin_rules, load_rules
from .run import TITLE_REASON, DocumentRun, Outcome, paragraphs_without_title, without_title
from .segment import normalized_blocks
from .trace import decisions

__all__ = ["Cleaner", "OnError", "RecordError", "Run", "clean", "explain", "record_fields"]

#: What `Cleaner.clean_many` does with a record it cannot clean.
OnError = Literal["raise", "skip", "collect"]

_TEXT_ERROR = (
    "{where} takes the article text as str, got {kind}. Decode bytes first "
    "(data.decode('utf-8', errors='replace')) and pass '' for an empty document."
)
_RECORD_ERROR = (
    "record {index}: expected a str or a mapping with a {field!r} field holding "
    "a str, got {kind}. Name another field with text_field= (Python) or --text-field "
    "(command line)."
)


class RecordError(ValueError):
    """A record given to `Cleaner.clean_many` that cannot be cleaned, with its position."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


class collector_paused:  # noqa: N801 (a context manager, named as the function it was)
    """Pause Python's cyclic garbage collector for one document's run, then restore it.

    Why: a run allocates a few container objects per input line (blocks, token lists,
    removals) and keeps most of them to its end. The collector runs a full pass whenever
    the survivors grow by a quarter, so on a document of 100,000s of lines it re-traversed
    them several times over (a quarter of the CPU time on 1 MB of one-character lines), and
    more so the larger the document against the process's other objects: that, not the
    pipeline, was most of the growth above linear on the adversarial inputs. Reference
    counting still frees acyclic garbage at once; cycles made during the run wait for the
    next collection after it, so memory held is bounded by one document's. The same
    device as Mercurial's ``util.nogc``. The objects made while it is paused and still
    alive when it ends are the young generation the collector traverses (and promotes)
    first: `Cleaner.clean` assembles the article inside it and frees the run before it
    ends, so that the run is not among them (issue #8). A collector the caller disabled
    stays disabled; the collector is process-wide, so a thread that disables it while
    another thread's run is under way finds it enabled again when that run ends. A class,
    not a `contextlib` generator: it is entered once a document, where the generator's
    machinery costs about what a cheap stage of a short document does.

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """

    __slots__ = ("_paused",)

    def __enter__(self) -> None:
        self._paused = gc.isenabled()
        if self._paused:
            gc.disable()

    def __exit__(self, *_exception: object) -> None:
        if self._paused:
            gc.enable()


def _check_text(text: object, where: str) -> str:
    if not isinstance(text, str):
        raise TypeError(_TEXT_ERROR.format(where=where, kind=type(text).__name__))
    return text


@attrs.frozen(slots=True)
class Run:
    """One document's run: its blocks as segmented, the state the stages kept, the outcome."""

    document: DocumentRun
    outcome: Outcome
    #: The language identified under ``Config(language="auto")``; None otherwise.
    detected_language: str | None = None
    #: The block taken for the title and why, or None (`Cleaner.run` finds it).
    title: TitleLine | None = None
    #: How ``detected_language`` was identified (`language.identify_lines`), when it was.
    identification: Identification | None = None
    #: The normalised lines ``identification`` was found from (`segment.normalized_blocks`).
    lines: Sequence[str] = ()

    @property
    def blocks(self) -> list[Block]:
        """The document's blocks, as segmented, before anything was removed."""
        return self.document.blocks

    def rendered(self) -> tuple[str | None, tuple[str, ...]]:
        """The title and the paragraphs of `article`, without the rest of it: what cleaning
        the article's rendering (`model.render_text`) again must give back. Building the
        `Article` sorts every removal (a page's hundreds), which this does not need."""
        title = self.title
        kept = paragraphs_without_title(self.outcome, title)
        return title.block.text if title is not None else None, tuple(map(_TEXT, kept))

    def article(
        self, id: str | None, source: str | None, metadata: Mapping[str, Any] | None
    ) -> Article:
        """Assemble the `Article`: the title, the kept paragraphs, every removal in order."""
        title = self.title
        kept, removed = without_title(self.outcome, title)
        metadata = dict(metadata or {})
        # Under "auto", the language identified; none identified (a table, a short text)
        # adds no key: the document was cleaned as the fallback language.
        if self.detected_language is not None:
            metadata["detected_language"] = self.detected_language
        return assembled_article(
            id,
            title.block.text if title is not None else None,
            tuple(map(_TEXT, kept)),
            source,
            metadata,
            tuple(sorted(removed, key=_span_start)),
            tuple(sorted(self.outcome.flags)),
        )


# A removal's first input line, the order of `Article.removed`: read by `attrgetter` in C,
# where a Python key function was about half of sorting a page's hundreds of removals.
_span_start = operator.attrgetter("start")
_TEXT = operator.attrgetter("text")


class Cleaner:
    """A reusable, picklable cleaner: the rules are compiled once, in the constructor.

    >>> cleaner = Cleaner()
    >>> art = cleaner.clean("Jack Ma visits KL\\nShare this on\\nJack Ma visits KL\\n"
    ...                     "Jack Ma met the prime minister on Monday, officials said.")
    >>> art.title, art.paragraphs
    ('Jack Ma visits KL', ('Jack Ma met the prime minister on Monday, officials said.',))
    >>> [(r.text, r.rule) for r in art.removed]
    [('Share this on', 'share_call'), ('Jack Ma visits KL', 'duplicate_title')]
    """

    def __init__(self, config: Config | None = None) -> None:
        if config is not None and not isinstance(config, Config):
            raise TypeError(
                f"Cleaner(config) takes a corpusclean.Config, got "
                f"{type(config).__name__}; build one with Config(...)"
            )
        self.config = config or Config()
        self.detectors: tuple[Mark, ...] = evidence_detectors(self.config.disabled_rules)
        self.user_rules: tuple[Rule, ...] = tuple(
            rule for path in self.config.rule_files for rule in load_rules(path)
        )
        #: The user rules scoped to one source (learned rules), compiled once per source.
        self.source_rules = SourceRules(
            (
                rule
                for rule in self.user_rules
                if rule.source is not None and rule.name not in self.config.disabled_rules
            ),
            timeout=self.config.rule_timeout,
        )
        # One compiled matcher per language met, built on first use: at most one per shipped
        # stoplist, plus the fallback.
        self._matchers: dict[str, RuleMatcher] = {}
        fixed = self.config.language
        #: The rules of the configured language (of the fallback language under "auto").
        self.matcher = self.rules_for(FALLBACK_LANGUAGE if fixed == "auto" else fixed)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Cleaner, (self.config,))

    def rules_for(self, language: str) -> RuleMatcher:
        """The enabled rules for a language, compiled once: its built-in set, then user rules."""
        matcher = self._matchers.get(language)
        if matcher is None:
            config = self.config
            matcher = self._matchers[language] = shared_matcher(
                language,
                config.builtin_rules,
                config.disabled_rules,
                self.user_rules,
                config.rule_timeout,
            )
        return matcher

    def language_of(self, lines: Sequence[str]) -> tuple[str, str | None]:
        """The language a document is cleaned as, and the one identified (None when
        `Config.language` names one, or when the vote finds none)."""
        return self._language_from(self._identification(lines))

    def _identification(
        self, lines: Sequence[str], known: Identification | None = None
    ) -> Identification | None:
        """The document's identification under "auto"; None when `Config.language` names one.
        ``known``: an earlier identification, given back when its sample is this document's
        (`language.identify_lines`, exact)."""
        return identify_lines(lines, known) if self.config.language == "auto" else None

    def _language_from(self, identification: Identification | None) -> tuple[str, str | None]:
        if identification is None:
            return self.config.language, None
        found = identification.language
        return found or FALLBACK_LANGUAGE, found

    def run(
        self,
        text: str,
        *,
        source: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Run:
        """Run every stage on one document's text; `clean` and `clean_and_explain` read it.

        ``source`` and ``metadata`` say which source the document is, for the rules scoped
        to one (`corpusclean.rules.SourceRules`); without them only unscoped rules apply.
        """
        _check_text(text, "Cleaner.run()")
        with collector_paused():
            return self._document_run(text, source, metadata)

    def _document_run(
        self, text: str, source: str | None, metadata: Mapping[str, Any] | None
    ) -> Run:
        """`run`'s stages, with the collector already paused by the caller."""
        run = self._run(text, source, metadata)
        if self.config.language == "auto":
            run = self._in_kept_language(run, text, source, metadata)
        return run

    def _in_kept_language(
        self, run: Run, text: str, source: str | None, metadata: Mapping[str, Any] | None
    ) -> Run:
        """``run``, or the document run again in the language its output is identified as
        when cleaning the output again would change it and the second run's would not.

        Under "auto" a document is identified from its own lines, and cleaning removes some:
        a short English post whose duplicated line is removed, over a German blog thread
        whose head ("5 Kommentare:") the English rules keep, reads as German once cleaned,
        and cleaning its output removes the head with the German rules. The invariant:
        cleaning an article's rendering again gives the same title and paragraphs, also when
        the rendering is identified as another language than the document.

        An output identified as the language it was cleaned in is cleaned again by the same
        rules, and kept. One identified as another is cleaned again here: most are a fixed
        point all the same (a French page whose output is too short to vote is cleaned again
        by the English rules, which find nothing in it) and are kept as they are, so no
        document is cleaned by another language's rules unless its own output is unstable.
        Only then is the document run in its output's language, and that run is kept when
        its own output cleans to itself (checked: it may be identified as yet another
        language, or none). Bounded: at most one more language is tried; without a fixed
        point the first run (the document's own identification) is kept, as before.

        Cost: one identification a document on its shorter output (the quick sample decides
        most); one run of the output on the few whose output moves (3 of 1,527 dev and
        labelled real pages), two more on those it changes.
        """
        found = self._output_language(run)
        language = found or FALLBACK_LANGUAGE
        if language == (run.detected_language or FALLBACK_LANGUAGE) or self._is_stable(
            run, source, metadata
        ):
            return run
        again = self._run(text, source, metadata, identified=(language, found))
        return again if self._is_stable(again, source, metadata) else run

    def _is_stable(self, run: Run, source: str | None, metadata: Mapping[str, Any] | None) -> bool:
        """Whether the run's rendered article, cleaned again, gives the same title and
        paragraphs (with the language identified on the rendering, as `clean` would)."""
        rendered = run.rendered()
        return self._run(render_text(*rendered), source, metadata).rendered() == rendered

    @staticmethod
    def _output_language(run: Run) -> str | None:
        """The language the run's rendered article (`Article.render`) is identified as
        (None when none wins): its title and kept paragraphs, without building the
        `Article` (its sorted removals were a quarter of this check's time).

        An output whose prose sample is its document's (most: cleaning removed no line of
        the story's first 200 words, and joined none) is given the document's answer
        without a vote (`language.identify_lines`, exact), and so is a short output that is
        its document's lines with other empty lines between (`language.reads_alike`, exact:
        most short documents, which remove nothing, and whose head votes).
        """
        lines = render_text(*run.rendered()).splitlines()
        known = run.identification
        if known is not None and reads_alike(lines, run.lines):
            return known.language
        return identify_lines(lines, known).language

    def _run(
        self,
        text: str,
        source: str | None,
        metadata: Mapping[str, Any] | None,
        check_title: bool = True,
        earlier: Run | None = None,
        identified: tuple[str, str | None] | None = None,
    ) -> Run:
        """One run of the stages on ``text``; ``earlier``, a run of the same source whose
        lines ``text`` is made of (`_title_if_stable`), lends what it found of them."""
        config = self.config
        lines, blocks = normalized_blocks(text, config)
        known = earlier.identification if earlier is not None else None
        identification = None if identified else self._identification(lines, known)
        language, detected = identified or self._language_from(identification)
        scoped = (
            self.source_rules.for_document(source, metadata or {}) if self.source_rules else None
        )
        page_lines, known_hits, known_facts = (
            _lent(earlier, language) if earlier is not None else (None, None, None)
        )
        document = DocumentRun(self, blocks, language, scoped, page_lines, known_hits, known_facts)
        outcome = document.outcome()
        run = Run(document, outcome, detected, document.title(outcome), identification, lines)
        if check_title and run.title is not None and run.title.reason != TITLE_REASON:
            # Unstable, the title is article mode's rule's, as the rendering cleaned again
            # would find it (None when the first kept block is not headline-shaped).
            title = self._title_if_stable(run, source, metadata)
            title = title or document.first_line_title(outcome.kept)
            run = attrs.evolve(run, title=title)
        return run

    def _title_if_stable(
        self, run: Run, source: str | None, metadata: Mapping[str, Any] | None
    ) -> TitleLine | None:
        """A page's title found by evidence (`page.title`), if cleaning the article it makes
        gives it back, with the same paragraphs; else None.

        The title is a line the page classifier dropped, put back over the story: with it
        there, the classifier reads the rendered article's lines anew, and on some pages
        (drawn ones, mostly) drops or keeps another line, or the title itself with no
        evidence left. An output that cleans to another is no output to give (`render` is
        stable); its title is then article mode's rule's (`DocumentRun.first_line_title`),
        or None. Costs a second run of the short rendered text on
        the pages whose title the evidence found.

        The second run starts from what the first found of the lines (`_lent`): the
        rendered article's lines are the page's own, and what it lends is a function of the
        lines alone, so the second run finds the same values without computing them again.
        Pure speed: 45 of the dev full pages are run twice.
        """
        rendered = run.rendered()
        again = self._run(render_text(*rendered), source, metadata, check_title=False, earlier=run)
        return run.title if again.rendered() == rendered else None

    def clean(
        self,
        text: str,
        *,
        id: str | None = None,
        source: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Article:
        """Clean one document and return its `Article`."""
        _check_text(text, "clean()")
        # The article is assembled, and the run freed, before the collector resumes: the
        # run's objects, alive when it resumed, were what its first collections traversed
        # (see `collector_paused`).
        with collector_paused():
            return self._document_run(text, source, metadata).article(id, source, metadata)

    def clean_and_explain(
        self,
        text: str,
        *,
        id: str | None = None,
        source: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> tuple[Article, tuple[Decision, ...]]:
        """Clean one document and say, block by block, what the run decided and why.

        The article is the one `clean` returns; the decisions are read from the same run.
        """
        _check_text(text, "clean_and_explain()")
        run = self.run(text, source=source, metadata=metadata)
        article = run.article(id, source, metadata)
        return article, decisions(run.document, run.outcome, run.title)

    def clean_record(
        self,
        record: str | Mapping[str, Any],
        *,
        index: int = 0,
        text_field: str = "text",
        id_field: str = "id",
        source_field: str = "source",
    ) -> Article:
        """Clean one record: a str, or a mapping whose other fields become metadata."""
        if isinstance(record, str):
            return self.clean(record)
        if not isinstance(record, Mapping) or not isinstance(record.get(text_field), str):
            kind = (
                f"a mapping whose {text_field!r} is {type(record.get(text_field)).__name__}"
                if isinstance(record, Mapping)
                else type(record).__name__
            )
            raise RecordError(index, _RECORD_ERROR.format(index=index, field=text_field, kind=kind))
        record_id, source, metadata = record_fields(record, text_field, id_field, source_field)
        return self.clean(record[text_field], id=record_id, source=source, metadata=metadata)

    def clean_many(
        self,
        records: Iterable[str | Mapping[str, Any]],
        *,
        on_error: OnError = "raise",
        errors: list[RecordError] | None = None,
        text_field: str = "text",
        id_field: str = "id",
        source_field: str = "source",
    ) -> Iterator[Article]:
        """Clean records lazily, one at a time, in order.

        A record that cannot be cleaned (not a str, or no str in ``text_field``) raises
        `RecordError` with its position under ``on_error="raise"``; ``"skip"`` leaves it out;
        ``"collect"`` leaves it out and appends the `RecordError` to ``errors``, a list the
        caller owns. Under "skip" and "collect" an unexpected error while cleaning a record
        is turned into a `RecordError` too (its cause kept), so one record cannot end a run.

        >>> bad = []
        >>> arts = Cleaner().clean_many(["Some text.", {"body": 1}], on_error="collect", errors=bad)
        >>> [a.paragraphs for a in arts], [error.index for error in bad]
        ([('Some text.',)], [1])
        """
        if on_error not in ("raise", "skip", "collect"):
            raise ValueError(f"on_error is 'raise', 'skip' or 'collect', got {on_error!r}")
        if on_error == "collect" and errors is None:
            raise TypeError("clean_many(on_error='collect') needs errors=[], a list to fill")
        for index, record in enumerate(records):
            try:
                yield self.clean_record(
                    record,
                    index=index,
                    text_field=text_field,
                    id_field=id_field,
                    source_field=source_field,
                )
            except Exception as error:
                if on_error == "raise":
                    raise
                if errors is not None and on_error == "collect":
                    errors.append(_as_record_error(error, index))


def _lent(
    earlier: Run, language: str
) -> tuple[
    LineFactsCache | None,
    dict[str, Rule | None] | None,
    dict[BlockFact[Any], dict[str, Any]] | None,
]:
    """What an earlier run of the same source lends a run on text made of its lines
    (`Cleaner._title_if_stable`): its page-line facts, and its rule hits and detectors'
    block facts by line (`DocumentRun.hits_by_text`, `Facts.block_facts_by_text`) when
    the run is in the same language.

    The page-line facts (`DocumentRun.page_lines`: a line's features and token count, the
    scores of a set of lines) are a function of the lines alone, in any language. A line's
    rule hit is a function of its text, its language's rules and the source's rules (the
    same source here): given, the run's rounds match none of these lines again, and make
    the document's keyword matcher with the other lines alone (a third of a title check's
    rules and detectors: 17 of 45 ms a page-mode pass of the dev full pages).
    """
    document = earlier.document
    if document.language.code != language:
        return document.page_lines, None, None
    facts = document.facts.block_facts_by_text()
    return document.page_lines, document.hits_by_text(), facts


def _as_record_error(error: Exception, index: int) -> RecordError:
    if isinstance(error, RecordError):
        return error
    wrapped = RecordError(
        index,
        f"record {index}: internal error, please report it: {type(error).__name__}: {error}",
    )
    wrapped.__cause__ = error
    return wrapped


def record_fields(
    record: Mapping[str, Any],
    text_field: str = "text",
    id_field: str = "id",
    source_field: str = "source",
) -> tuple[str | None, str | None, dict[str, Any]]:
    """A record's id, source and metadata, as `Cleaner.clean_record` reads them.

    >>> record_fields({"text": "t", "id": 7, "source": "https://a.org/1", "site": "a"})
    ('7', 'https://a.org/1', {'site': 'a'})
    """
    metadata = _metadata(record, (text_field, id_field, source_field))
    record_id = record.get(id_field)
    source = record.get(source_field)
    return (
        None if record_id is None else str(record_id),
        None if source is None else str(source),
        metadata,
    )


def _metadata(record: Mapping[str, Any], taken: tuple[str, ...]) -> dict[str, Any]:
    """A record's fields other than text, id and source, its own ``metadata`` merged in.

    A dolma-style record keeps its metadata in a ``metadata`` object: its fields join the
    others (which win on a clash) rather than nesting as ``metadata.metadata``.
    """
    nested = record.get("metadata")
    metadata = dict(nested) if isinstance(nested, Mapping) else {}
    for key, value in record.items():
        if key not in taken and not (key == "metadata" and isinstance(value, Mapping)):
            metadata[key] = value
    return metadata


def clean(
    text: str, *, id: str | None = None, source: str | None = None, config: Config | None = None
) -> Article:
    """Clean one article's text and return an `Article` recording what was removed and why.

    Reuses one `Cleaner` per `Config` (compiled rules are cached); for full control over
    its lifetime, make a `Cleaner` and call its methods.

    >>> art = clean("Alibaba opens KL office\\n\\nAlibabaâ€™s office opened on Monday.\\n"
    ...             "Subscribe to our newsletter and get news delivered to your mailbox.")
    >>> art.title, art.text
    ('Alibaba opens KL office', 'Alibaba’s office opened on Monday.')
    >>> art.removed[0].rule
    'newsletter_pitch'
    """
    _check_text(text, "clean()")
    return shared_cleaner(config or Config()).clean(text, id=id, source=source)


def explain(
    text: str, cleaner: Cleaner | None = None, *, config: Config | None = None
) -> tuple[Decision, ...]:
    """Explain, block by block, how ``cleaner`` (or one built from ``config``) cleans ``text``.

    The decisions come from the same run as `Cleaner.clean`'s output, so they cannot differ
    from it: the kept blocks are the article's title and paragraphs.

    >>> for d in explain("Jack Ma visits KL\\nShare this on\\nBy Jane Doe\\n"
    ...                  "Jack Ma met the prime minister on Monday, officials said today."):
    ...     print(d.verdict, d.rule, d.alone)
    title None None
    removed share_call share_call
    removed byline byline
    kept None None
    """
    _check_text(text, "explain()")
    if cleaner is not None and config is not None:
        raise TypeError("explain() takes a cleaner or a config, not both")
    cleaner = cleaner or shared_cleaner(config or Config())
    return cleaner.clean_and_explain(text)[1]


#: Rule matchers kept for reuse by every `Cleaner` of the process: one per language and set of
#: rules, so a dozen configurations in eight languages each stay compiled.
_SHARED_MATCHERS = 96


@lru_cache(maxsize=_SHARED_MATCHERS)
def shared_matcher(
    language: str,
    builtin_rules: bool,
    disabled_rules: frozenset[str],
    user_rules: tuple[Rule, ...],
    timeout: float,
) -> RuleMatcher:
    """The compiled rules of a language, the built-in set then ``user_rules``, shared by
    every `Cleaner` that asks for the same ones.

    A matcher learns, as lines come along, which rules each kind of line can match
    (`RuleMatcher.match`'s plans), compiling a pattern for each rule a line start may
    open: a fresh one cost 27 ms to build and, on its first pass over the ASCII speed
    corpus, 1.1 CPU s more than on its second (docs/benchmarks.md). Its answers do not
    depend on the lines it met before (tests/test_rules.py), so sharing it changes no
    output: a second `Cleaner` of the same rules starts where the first left off.
    """
    builtin = load_builtin_rules(language) if builtin_rules else ()
    enabled = [
        rule
        for rule in (*builtin, *user_rules)
        if rule.name not in disabled_rules and rule.source is None
    ]
    return RuleMatcher(enabled, timeout=timeout, trusted=builtin)


@lru_cache(maxsize=8)
def shared_cleaner(config: Config) -> Cleaner:
    """The `Cleaner` that `clean` and `explain` reuse for a `Config`.

    Compiling the rules costs milliseconds, far more than cleaning a short article. A
    Cleaner holds no state that depends on earlier calls, so results are the same as with a
    fresh one. Rule files are read once per Config; build a Cleaner to pick up edits to them.
    """
    return Cleaner(config)

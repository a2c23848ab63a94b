"""Invariants of the whole cleaner, on article-like text, arbitrary text and generated configs.

The invariants: `clean` never raises on a str; `normalise` and `clean` are idempotent;
output paragraphs are made of normalised input lines, in input order; every non-blank input
line is accounted for (title, paragraph or a `Removal` whose span covers it); no repeated
paragraph survives deduplication; `Article` survives to_dict/from_dict and JSON.
"""

from __future__ import annotations

import json
from collections import Counter

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import corpusclean
from corpusclean import Article, Cleaner, Config, normalize_text
from corpusclean.dedupe.within import MAX_PASTED_COPIES, comparison_keys
from corpusclean.dedupe.within.intended import _is_line_per_section
from corpusclean.model import Block
from corpusclean.normalize import split_lines
from corpusclean.text import label_key
from strategies import any_text, article_texts, configs, documents
from test_page_title import TITLE_WITH_AN_INVISIBLE_COPY

MODES = ("article", "page", "auto")


def normalised_lines(text: str, config: Config) -> list[str]:
    """The normalised input lines, numbered as `Removal` spans number them."""
    return normalize_text(
        text,
        encoding=config.fix_encoding,
        straighten=config.straighten_quotes,
        sentence_spacing=config.fix_sentence_spacing,
    ).split("\n")


def output_blocks(article: Article) -> list[str]:
    return ([article.title] if article.title is not None else []) + list(article.paragraphs)


def assert_accounted(text: str, article: Article, config: Config) -> None:
    """Every non-blank normalised line is removed (by a span covering it) or kept, in order."""
    lines = normalised_lines(text, config)
    removed: set[int] = set()
    starts = [removal.start for removal in article.removed]
    assert starts == sorted(starts), "removals are reported in input order"
    for removal in article.removed:
        span = range(removal.start, removal.end)
        assert removal.end <= len(lines), f"span {removal} runs past the last input line"
        assert all(lines[i] for i in span), f"span {removal} covers a blank line"
        assert removal.text == " ".join(lines[removal.start : removal.end]), (
            f"removal text {removal.text!r} is not the text of its span"
        )
        assert removed.isdisjoint(span), f"line(s) of {removal} were removed twice"
        assert removal.rule, "every removal names its rule"
        removed.update(span)
    kept = [line for index, line in enumerate(lines) if line and index not in removed]
    position = 0
    for block in output_blocks(article):
        assert "\n" not in block
        joined = ""
        while position < len(kept) and len(joined) < len(block):
            joined = f"{joined} {kept[position]}" if joined else kept[position]
            position += 1
        assert joined == block, (
            f"output block {block!r} is not the next run of kept input lines ({joined!r})"
        )
    assert position == len(kept), f"kept input lines missing from the output: {kept[position:]}"


def _asked_again(keys: list[str], first: int, later: int, block: str) -> bool:
    """Whether a block printed again is a question, each printing before another block."""
    after = [keys[i + 1] if i + 1 < len(keys) else None for i in (first, later)]
    return block.rstrip().endswith("?") and None not in after and after[0] != after[1]


def _ends_two_sections(blocks: list[str], first: int, later: int) -> bool:
    """Whether a block printed again is one line ending two sections of a listing, each under
    its own heading: kept by design (`dedupe.within.intended._is_line_per_section`, asked of the
    output's blocks; tests/test_dedupe_read7.py)."""
    out = [Block(text, i, i + 1) for i, text in enumerate(blocks)]
    return _is_line_per_section(out, comparison_keys(out), (first, later))


def assert_no_duplicates(article: Article, config: Config, text: str) -> None:
    """No paragraph pasted again survives; no copy of the title survives.

    Recurring content is kept by design: a block printed more than MAX_PASTED_COPIES times,
    a block right after one of those (an entry of repeated structure, such as the same
    meal under "Meal 1" on two days of a plan), and a question asked again before another
    answer (an interview's standing question; tests/test_dedupe_question.py).
    """
    if not config.dedupe_blocks:
        return
    blocks = output_blocks(article)
    keys = [label_key(block) for block in blocks]
    counts = Counter(keys) | Counter(label_key(line) for line in normalised_lines(text, config))
    seen: dict[str, int] = {}
    for index, block in enumerate(blocks):
        key = keys[index]
        if index == 0 and article.title is not None:
            continue
        recurring_before = index > 0 and counts[keys[index - 1]] > MAX_PASTED_COPIES
        if (
            key
            and block.count(" ") + 1 >= config.min_duplicate_words
            and counts[key] <= MAX_PASTED_COPIES
            and not recurring_before
        ):
            if key in seen and (
                _asked_again(keys, seen[key], index, block)
                or _ends_two_sections(blocks, seen[key], index)
            ):
                continue
            assert key not in seen, f"{block!r} repeats {blocks[seen[key]]!r}"
            seen[key] = index
    if article.title is not None and label_key(article.title):
        title_key = label_key(article.title)
        assert all(label_key(p) != title_key for p in article.paragraphs), (
            "a copy of the title survived"
        )


def assert_idempotent(cleaner: Cleaner, article: Article) -> None:
    """Cleaning the rendering gives the same title, paragraphs and flags."""
    again = cleaner.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
    assert ("removal-budget-exceeded" in again.flags) == (
        "removal-budget-exceeded" in article.flags
    )


def clean_keeping_story(lines: list[str], story: list[str]) -> Article:
    """Clean ``lines`` with the defaults and check what every detector's property test
    checks: removals in input order, every line of ``story`` kept, a second clean the same.

    A story line kept as the title is kept: a drawn first paragraph may be headline-shaped
    ("Government the the the. Government the the the. Government the the minister?", drawn
    under the thorough profile, seed 28) and is then the title, with or without the junk
    around it."""
    cleaner = Cleaner(Config())
    article = cleaner.clean("\n".join(lines))
    starts = [removal.start for removal in article.removed]
    assert starts == sorted(starts)
    kept = {article.title, *article.paragraphs}
    assert all(paragraph in kept for paragraph in story)
    assert_idempotent(cleaner, article)
    return article


def removed_by(lines: list[str]) -> dict[str, str]:
    """Each line the default cleaner removes from ``lines``, with the rule that removed it."""
    article = corpusclean.clean("\n".join(lines))
    return {removal.text: removal.rule for removal in article.removed}


def assert_round_trips(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    # The output is valid UTF-8 text: lone surrogates from the input do not leak through.
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


@given(text=documents)
@example(text="\ud800 lone surrogate \udfff")
@example(text="\x00\x01\x1b[31m control \x7f\x85 characters")
@example(text="a &#10; b &#8232; c")
@example(text="Headline \u00e2\u20ac\u00a8 mojibake of a line separator\n\nBody text here.")
# Drawn under the thorough profile (seed 27): a label printed again below its headline, kept
# for its copy on the first clean and removed as `section_label` on the second.
@example(
    text="Government Government\nGovernment Government\n"
    "Government Government Government Government\nGovernment Government\n"
    "Government the the the the the the the the the the the.\n"
)
def test_clean_default_config_invariants(text: str) -> None:
    config = Config()
    article = corpusclean.clean(text)
    assert_accounted(text, article, config)
    assert_no_duplicates(article, config, text)
    assert_round_trips(article)
    assert_idempotent(Cleaner(config), article)


# Drawn under the thorough profile (seed 5, page mode): a story pasted twice whose copy
# differs in its first and fourth lines (a no-break space inside "Malays ia", "Go vernment")
# kept the copy of the two lines between them until idem30: `dedupe.within`'s refrain pair
# (two one-sentence lines printed twice, apart, with other blocks around each printing) took
# them for a refrain, as the spaced words made the blocks around the printings differ. It
# compares those blocks without their spaces now (`intended._same_but_spacing`).
PASTED_WITH_SPACED_WORDS = [
    "Share this on",
    "Share this on",
    "\u00a0Government Malays\u00a0ia the economy, deal the council. Government "
    "officials council the Bangsar the Malaysia, copyright photo Ma deal the Reuters. "
    "Government the share trade the the police officials, the the deal the election "
    "city Lumpur.",
    "Bangsar Council Reuters",
    "Government office subscribe subscribe share trade Kuala prices the talks photo "
    "share bank, photo June the photo digital the Alibaba deal Alibaba report the.",
    "Government election billion Tuesday follow the city share Bangsar election comments.",
    "Alibaba Government",
    "Government the city the, the the the. Government photo bank Lumpur talks week "
    "copyright deal economy city the the report plans Kuala share the. Government the "
    "the the. Government the the the. \u00e2\u20ac\u0153Government the the "
    "the,\u00e2\u20ac\ufffd she said.",
    "Government the the the.",
    "Government the the the. \u00e2\u20ac\u0153Government the the the the the the the "
    "the,\u00e2\u20ac\ufffd she said. Government the the the. Government the the the "
    "the the the. Government the the the.",
    "Government the the the the the the the. Government the the the the.",
    "Government Malaysia the economy, deal the council. Government officials council "
    "the Bangsar the Malaysia, copyright photo Ma deal the Reuters. Government the "
    "share trade the the police officials, the the deal the election city Lumpur.",
    "Bangsar Council Reuters",
    "Government office subscribe subscribe share trade Kuala prices the talks photo "
    "share bank, photo June the photo digital the Alibaba deal Alibaba report the.",
    "Government election billion Tuesday follow the city share Bangsar election comments.",
    "Alibaba Go\u00a0vernment",
    "Government the city the, the the the. Government photo bank Lumpur talks week "
    "copyright deal economy city the the report plans Kuala share the. Government the "
    "the the. Government the the the. \u00e2\u20ac\u0153Government the the "
    "the,\u00e2\u20ac\ufffd she said.",
    "Government the the the.",
    "Government the the the. \u00e2\u20ac\u0153Government the the the the the the the "
    "the,\u00e2\u20ac\ufffd she said. Government the the the. Government the the the "
    "the the the. Government the the the.",
    "Government the the the the the the the. Government the the the the.",
]


# The same in auto mode (seed 5): "governme nt", "Go vernment".
PASTED_WITH_SPACED_WORDS_AUTO = [
    "Share this on",
    "Share this on",
    "Government the the the the the the the. Government the the the.",
    "Government the the the governme\u00a0nt.",
    "Government the the the the the the the the the the the.",
    "Government the the the.",
    "Alibaba Government",
    "Government the the the. \u00e2\u20ac\u0153Government the the the the "
    "the,\u00e2\u20ac\ufffd she said.",
    "Government the the the the the the the.",
    "\u00e2\u20ac\u0153Government the the the the the the,\u00e2\u20ac\ufffd she said.",
    "Government the the the.",
    "Government the the the the the the the. Government the the the.",
    "Government the the the government.",
    "Government the the the the the the the the the the the.",
    "Government the the the.",
    "Alibaba Go\u00a0vernment",
    "Government the the the. \u00e2\u20ac\u0153Government the the the the "
    "the,\u00e2\u20ac\ufffd she said.",
    "Government the the the the the the the.",
    "\u00e2\u20ac\u0153Government the the the the the the,\u00e2\u20ac\ufffd she said.",
    "Government the the the.",
]


# Thorough seed 14, article mode: a story pasted twice whose copy's paragraphs start with a
# no-break space. ftfy repaired "â€\ufffd" in one copy and not in the other (a leading
# no-break space is a byte it cannot place), so the copy was kept as different paragraphs.
PASTED_WITH_INDENTED_MOJIBAKE = [
    "Government Government",
    "Government the the the, the the the. \u00e2\u20ac\u0153Government the the the the the "
    "the,\u00e2\u20ac\ufffd she said.",
    "Government the the Tuesday.",
    "Government the the the the the the the the the the the.",
    "\u00a0\u00a0Government the the the. Government the the the. \u00e2\u20ac\u0153Government "
    "the the the,\u00e2\u20ac\ufffd she said.",
    *["Government the the the."] * 6,
    "\u00a0Government the the the, the the the. \u00e2\u20ac\u0153Government the the the the "
    "the the,\u00e2\u20ac\ufffd she said.",
    "Government the the Tuesday.",
    "Government the the the the the the the the the the the.",
    "Government the the the. Government the the the. \u00e2\u20ac\u0153Government the the "
    "the,\u00e2\u20ac\ufffd she said.",
    *["Government the the the."] * 6,
]


@pytest.mark.parametrize("mode", MODES)
@given(text=article_texts())
@example(text="\n".join(PASTED_WITH_SPACED_WORDS))
@example(text="\n".join(PASTED_WITH_INDENTED_MOJIBAKE))
@example(text="\n".join(PASTED_WITH_SPACED_WORDS_AUTO))
@example(text="\n".join(TITLE_WITH_AN_INVISIBLE_COPY))
def test_clean_invariants_in_every_mode(mode: str, text: str) -> None:
    config = Config(mode=mode)  # type: ignore[arg-type]
    cleaner = Cleaner(config)
    article = cleaner.clean(text)
    assert_accounted(text, article, config)
    assert_no_duplicates(article, config, text)
    assert_idempotent(cleaner, article)


@given(config=configs, text=documents)
def test_clean_invariants_hold_for_generated_configs(config: Config, text: str) -> None:
    cleaner = Cleaner(config)
    article = cleaner.clean(text)
    assert_accounted(text, article, config)
    assert_no_duplicates(article, config, text)
    assert_round_trips(article)
    assert_idempotent(cleaner, article)


@given(text=article_texts(junk=False, damage=False))
def test_minimal_config_removes_nothing_but_blank_lines(text: str) -> None:
    article = corpusclean.clean(text, config=Config.minimal())
    assert article.removed == ()
    assert_accounted(text, article, Config.minimal())


@given(
    text=st.one_of(any_text, article_texts()),
    straighten=st.booleans(),
    encoding=st.booleans(),
    spacing=st.booleans(),
)
@example(text="S\u221a\u00b5\r\u00e9", straighten=False, encoding=True, spacing=True)
@example(text="a &#10; b", straighten=False, encoding=True, spacing=True)
def test_normalise_is_idempotent_and_keeps_line_count(
    text: str, straighten: bool, encoding: bool, spacing: bool
) -> None:
    options = {"straighten": straighten, "encoding": encoding, "sentence_spacing": spacing}
    once = normalize_text(text, **options)
    assert normalize_text(once, **options) == once
    assert len(once.split("\n")) == len(split_lines(text))
    once.encode("utf-8")  # no lone surrogate survives


@given(text=documents, config=configs)
def test_clean_many_equals_clean_one_by_one(text: str, config: Config) -> None:
    cleaner = Cleaner(config)
    records = [text, {"text": text, "id": 7, "source": "s", "lang": "en"}]
    first, second = cleaner.clean_many(records)
    assert (first.title, first.paragraphs, first.removed) == (
        second.title,
        second.paragraphs,
        second.removed,
    )
    # Under language="auto" both also record the language identified, the same for both.
    assert (second.id, second.source, dict(second.metadata)) == (
        "7",
        "s",
        {"lang": "en", **first.metadata},
    )
    assert attrs.evolve(second, id=None, source=None, metadata=first.metadata) == first


def test_budget_exceeded_article_is_idempotent() -> None:
    body = "The minister said the new office would open on Monday and employ forty people."
    related = [f"Minister {word} visits another city on Tuesday" for word in "ABCDEFGH"]
    text = "\n".join([body, "Read also:", *related])
    article = corpusclean.clean(text)
    assert "removal-budget-exceeded" in article.flags
    assert article.paragraphs == (body, "Read also:", *related), "ambiguous lines are kept"
    assert article.removed == ()
    again = corpusclean.clean(article.render())
    assert (again.title, again.paragraphs, again.flags) == (
        article.title,
        article.paragraphs,
        article.flags,
    )


# Drawn under the thorough profile (seed 13, idem30, article mode): a hard-wrapped document
# whose lines are joined into one block. ftfy judges mojibake by the line it reads: the line
# "SEE ALSO:\xa0Â\xa0Philippines ..." alone is left as it is, but joined to a line holding
# "â€\ufffd" it reads as mojibake and "Â " is repaired. Cleaning the rendering reads the joined
# line, so the first cleaning must normalise the joined block again (`segment.normalized_blocks`).
MOJIBAKE_SPACE_IN_A_JOINED_LINE = (
    "Government Government\nGovernment Government\nKUALA LUMPUR:\n\n\xa0Government the the "
    "the. â€œGovernment the the the the the,â€\ufffd she said.\n\xa0SEE ALSO:\xa0Â\xa0Philippines "
    "wants Jack Ma to help improve governance with tech\nShare this on\n\nâ€œGovernment the the "
    "the,â€\ufffd she said. Government the the the the the. Government the the the the the.\n"
)


def test_a_mojibake_space_in_a_joined_line_cleans_the_same_again() -> None:
    cleaner = Cleaner(Config(mode="article"))
    assert_idempotent(cleaner, cleaner.clean(MOJIBAKE_SPACE_IN_A_JOINED_LINE))


# Thorough seed 14 (thirty-first session), every mode: a story pasted twice where one copy's
# mojibake has a no-break space inside it ("â\xa0€œ"). ftfy repairs the intact "â€œ" and not
# the broken one, so the two copies' quote lines differ and the two lines above them, printed
# twice, are left as a repeat. Fails at the session's start too; not diagnosed further.
MOJIBAKE_BROKEN_BY_A_SPACE_IN_ONE_COPY = (
    "Government Government\nGovernment Government\nKUALA LUMPUR:\nGovernment the the the.\n"
    "Government the the the the the the the the the the the.\n\u00e2\u00a0\u20ac\u0153Government "
    "the the the,\u00e2\u20ac\ufffd she said.\nGovernment the the the.\nGovernment the the the "
    "the the the the the the the the.\n\u00e2\u20ac\u0153Government the the the,\u00e2\u20ac"
    "\ufffd she said.\n"
)


@pytest.mark.xfail(strict=True, reason="a copy's mojibake broken by a no-break space differs")
def test_a_copy_with_mojibake_broken_by_a_space_leaves_no_repeat() -> None:
    config = Config(mode="article")
    text = MOJIBAKE_BROKEN_BY_A_SPACE_IN_ONE_COPY
    assert_no_duplicates(Cleaner(config).clean(text), config, text)

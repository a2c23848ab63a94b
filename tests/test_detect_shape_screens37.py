"""Screens of the shape detectors (issue #8, detshape37): each answers as the test it skips.

- `identifiers._may_be_shaped`: a line of letters and spaces alone is no file name, no
  date-stamped name and no identifier, so `_short_shaped_lines` skips their patterns there.
  Checked over every code point (no letter is a digit or a joiner the patterns need) and by
  the reader against its first-written form (`reference_short_shaped_lines`).
- `headlines._item_shapes`: a line with no digit has no tally, figures, code or ranks shape.
  Checked over every code point (every decimal is a `_ANY_DIGIT`) and against the
  first-written shapes (`reference_item_shapes`) on generated list rows.
- `enclosed._mark_widget_list_items`: a run of fewer items than a widget family must have
  removed is not counted (`reference_mark_widget_list_items`, the first-written walk).
- `menurun.mark_head_menu`: returns when the first kept line is no menu item (no run),
  and reads the item test as a block fact; against the first-written detector
  (`reference_mark_head_menu`) over several rounds of one document.
- `pager.mark_glued_pager`: walks only the kept lines outside the story, and finds the
  pair's adjacency from its two indexes (`reference_mark_glued_pager`, first written).
- `labels._label_keys`: only the blocks with a twin (`Facts.twins`) get a key; against the
  detector reading every key (a `Facts` with no document, so no twins known).
- `headlines._starts_no_run` and `_ends_with_no_teaser`: the trailing-headlines detector
  read from the last kept line; with the two screens held shut (as the detector read before
  them), it must give the same verdicts on every generated document and round.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from unittest.mock import patch

import regex
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from corpusclean.detect import enclosed, headlines, identifiers, labels, menurun, pager
from corpusclean.detect.facts import Facts
from corpusclean.detect.scopes import body_bounds
from corpusclean.language import load_language
from corpusclean.model import Block, Verdict
from corpusclean.normalize import normalize_lines
from corpusclean.segment import split_blocks
from strategies import EVIDENCE_LINES, examples, paragraphs

#: Every code point (surrogates too: a block may hold a lone one).
ALL_CHARACTERS = [chr(code) for code in range(sys.maxunicode + 1)]


def test_no_letter_is_a_character_the_shaped_lines_need() -> None:
    # `_may_be_shaped`'s claim: every match of the three patterns holds a `regex` digit, a
    # dot, an underscore or a hyphen, and none of them is a letter (`str.isalpha`).
    digit = regex.compile(r"\d")
    letters_needed = [
        c for c in ALL_CHARACTERS if c.isalpha() and (c in "._-" or digit.match(c) is not None)
    ]
    assert letters_needed == []


def test_every_decimal_is_an_item_shapes_digit() -> None:
    # `_item_shapes`' claim for `_first_code` (`str.isdecimal`): `_ANY_DIGIT` takes them all.
    missed = [c for c in ALL_CHARACTERS if c.isdecimal() and not headlines._ANY_DIGIT.match(c)]
    assert missed == []


#: Short lines: file names, identifiers, dated names and their near misses, plain words
#: in several scripts, and whitespace that is no space.
SHORT_LINES = (
    "DSC_0160",
    "• IMG_7036",
    "P1010234.JPG",
    "foto-1.jpeg",
    "Applecake2_LowRes",
    "single-image",
    "extra-large",
    "facebook_url",
    "above-phone",
    "2014-08-16 Weinglas",
    "2019_03_12-Hafen",
    "Share this",
    "Advertisement",
    "Ça va",
    "Москва",
    "東京",
    "Lesen\u00a0Sie",
    "e\u0301te\u0301",
    "٣ تعليقات",
    "Meal 2",
    "$164.99",
    "",
)


def reference_short_shaped_lines(
    blocks: Sequence[Block], facts: Facts
) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """`identifiers._short_shaped_lines` as first written (before `_may_be_shaped`)."""
    short = [block for block in blocks if block.words <= 2]
    files = frozenset(block.start for block in short if identifiers._is_file_name(block))
    dated = frozenset(block.start for block in short if identifiers._is_dated_name(block))
    ids = frozenset(b.start for b in short if identifiers._is_identifier(b, facts.language))
    return files, dated, ids


_SHORT_TEXT = st.text(
    st.sampled_from("aZéß東Я _-.0٣\u00a0\t\u0301•"), min_size=1, max_size=14
).filter(lambda t: t.strip() != "")


@given(st.lists(st.one_of(st.sampled_from(SHORT_LINES), _SHORT_TEXT), max_size=12))
@settings(max_examples=examples(300))
def test_the_short_shaped_lines_answer_as_first_written(lines: list[str]) -> None:
    blocks = [Block(line, n, n + 1) for n, line in enumerate(lines)]
    facts = Facts(load_language("en"), blocks)
    assert identifiers._short_shaped_lines(blocks, facts) == reference_short_shaped_lines(
        blocks, facts
    )


def test_the_short_shaped_lines_are_found_and_plain_lines_skipped() -> None:
    blocks = [Block(line, n, n + 1) for n, line in enumerate(SHORT_LINES)]
    files, dated, ids = identifiers._short_shaped_lines(blocks, Facts(load_language("de")))
    assert {SHORT_LINES[n] for n in files} >= {"DSC_0160", "P1010234.JPG", "single-image"}
    assert {SHORT_LINES[n] for n in dated} == {"2014-08-16 Weinglas", "2019_03_12-Hafen"}
    assert {SHORT_LINES[n] for n in ids} >= {"facebook_url", "above-phone"}
    assert not identifiers._may_be_shaped("Share this")
    assert identifiers._may_be_shaped("Meal 2")


def reference_item_shapes(text: str) -> tuple[str, str, str, str, str, str]:
    """`headlines._item_shapes` as first written (every shape read on every line)."""
    return (
        "p" + headlines._punctuation_shape(text),
        "t" + headlines._tally_word(text),
        "n" + headlines._figures_shape(text),
        "f" + ("row" if headlines._is_short_fact_row(text) else ""),
        "c" + headlines._code_shape(headlines._first_code(text)),
        "k" + ("ranks" if headlines._ranks_entries(text) else ""),
    )


#: Rows a list may hold, with digits of several scripts and none.
ROWS = (
    "Helmut Krämer 60 Jahre",
    "Antonio Gil, 40 años de socio",
    "Rovers 2 Athletic 2",
    "1. Martin Berg 6, 2. Jonas Alm 5½, 3. Tor Ek 5",
    "Jonas Keller aus der 2b",
    "B4521 Walford to Ross",
    "Tuesday to Friday: 10am to 5pm",
    "Markets Rally As Banks Report Strong Earnings",
    "Review: High-flying 'NBA 2K17' has a career year",
    "Ten Things To Know About The New Budget",
    "Der Vorstand ٣ Jahre",
    "Team \U00010d43 Jahre",
    "Milan Design Week | Day two",
)


@given(
    st.one_of(
        st.sampled_from(ROWS),
        st.text(st.sampled_from("Ab z1٣\U00010d40.:|,-½'"), max_size=30),
    )
)
@settings(max_examples=examples(300))
def test_the_item_shapes_answer_as_first_written(text: str) -> None:
    event("digit" if headlines._ANY_DIGIT.search(text) else "no digit")
    assert headlines._item_shapes(text) == reference_item_shapes(text)


#: A trailing list's pieces: headlines, sentence-case ones, teasers, marked summaries,
#: rows, a lead-in, and the story's own closing lines.
TRAILING_LINES = (
    *EVIDENCE_LINES,
    "Mayor Opens New Library In Riverside",
    "Council Votes To Extend Bus Lanes",
    "Gronk may have found his true calling",
    "The river rose by a metre overnight.",
    "Das Prüferteam lehnt immer häufiger ganze Apps ab. Ist das richtig so? Mehr…",
    "Die Stadt prüft, ob die Vereine die Häuser übernehmen können, sagte sie... Mehr…",
    "Read more:",
    "Helmut Krämer 60 Jahre",
    "Running time: 128 minutes",
    "Why close them?",
)


@st.composite
def trailing_documents(draw: st.DrawFn) -> list[str]:
    """A story of one to three paragraphs, then a run of list-like lines, often at its end."""
    lines = draw(st.lists(paragraphs(min_sentences=2), min_size=1, max_size=3))
    tail = draw(st.lists(st.sampled_from(TRAILING_LINES), max_size=8))
    if draw(st.booleans()):
        lines.extend(tail)
    else:
        at = draw(st.integers(0, len(lines)))
        lines[at:at] = tail
    return lines


_GONE = Verdict(keep=False, rule="share_row", family="social")
_STORY = "It rained in Paris all day on Monday, and the river rose. The mayor said so."


@given(trailing_documents(), st.lists(st.booleans(), max_size=14))
@settings(max_examples=examples(400))
@example(
    [
        "It rained in Paris all day on Monday, and the river rose. The mayor said so.",
        "Mayor Opens New Library In Riverside",
        "Council Votes To Extend Bus Lanes",
        "Ten Things To Know About The New Budget",
    ],
    [],
)
def test_trailing_headlines_answer_as_without_the_screens(
    lines: list[str], removed: list[bool]
) -> None:
    blocks = split_blocks(normalize_lines("\n".join(lines)))
    verdicts = [
        _GONE if gone else Verdict(keep=True)
        for gone, _ in zip([*removed, *[False] * len(blocks)], blocks, strict=False)
    ]
    screened = list(verdicts)
    headlines.mark_trailing_headlines(blocks, screened, Facts(load_language("en"), blocks))
    unscreened = list(verdicts)
    with (
        patch.object(headlines, "_starts_no_run", lambda *_: False),
        patch.object(headlines, "_ends_with_no_teaser", lambda *_: False),
    ):
        headlines.mark_trailing_headlines(blocks, unscreened, Facts(load_language("en"), blocks))
    assert screened == unscreened
    event("removed" if screened != verdicts else "kept")


def reference_mark_widget_list_items(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """`enclosed._mark_widget_list_items` as first written (every run counted, one block
    alone too)."""
    start = 0
    while start < len(blocks):
        bullet = enclosed._bullet_of(blocks[start])
        stop = start + 1
        while bullet and stop < len(blocks) and enclosed._bullet_of(blocks[stop]) == bullet:
            stop += 1
        families = Counter(enclosed._widget_family(verdicts[i]) for i in range(start, stop))
        families.pop(None, None)
        family, count = families.most_common(1)[0] if families else (None, 0)
        if family and count >= max(
            enclosed.LIST_MIN_WIDGET_ITEMS, enclosed.LIST_MIN_WIDGET_SHARE * (stop - start)
        ):
            certain = any(verdicts[i].certain for i in range(start, stop) if not verdicts[i].keep)
            item = Verdict(
                keep=False,
                rule=enclosed.NAME,
                reason=f"an item of a bulleted list of the {family} family",
                certain=certain,
                family=family,
            )
            for index in range(start, stop):
                if verdicts[index].keep:
                    verdicts[index] = item
        start = stop


_ITEMS = ("- Artikel teilen", "- Per Mail senden", "• Share on X", "• Print", "- Lesezeichen")
_WIDGET_VERDICTS = (
    Verdict(keep=True),
    Verdict(keep=True),
    Verdict(keep=False, rule="share_row", family="social"),
    Verdict(keep=False, rule="share_row", family="social", certain=True),
    Verdict(keep=False, rule="newsletter", family="newsletter"),
    Verdict(keep=False, rule="privacy", family="legal"),
)


@given(
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(_ITEMS), paragraphs(max_sentences=1)),
            st.sampled_from(_WIDGET_VERDICTS),
        ),
        max_size=14,
    )
)
@settings(max_examples=examples(300))
def test_the_widget_list_items_answer_as_first_written(rows: list[tuple[str, Verdict]]) -> None:
    blocks = [Block(text, n, n + 1) for n, (text, _) in enumerate(rows)]
    screened = [verdict for _, verdict in rows]
    expected = list(screened)
    enclosed._mark_widget_list_items(blocks, screened)
    reference_mark_widget_list_items(blocks, expected)
    assert screened == expected
    event("removed" if screened != [verdict for _, verdict in rows] else "kept")


def reference_mark_head_menu(
    blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts
) -> None:
    """`menurun.mark_head_menu` as first written: every kept line listed, each leading
    line's item test read on its text every round."""
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    first_body, _ = body_bounds(blocks, facts)
    items = ellipses = 0
    for index in kept:
        text = blocks[index].text
        if index >= first_body or not menurun._is_run_item(text):
            break
        ellipses += menurun._TRAILING_ELLIPSIS.search(text) is not None
        if ellipses > menurun.RUN_ELLIPSIS_ITEMS_MAX:
            break
        items += 1
    if items >= menurun.HEAD_RUN_MIN_LINES and menurun._headline_over_story(
        blocks, kept, items, first_body
    ):
        above = items
    elif items > menurun.HEAD_RUN_MIN_LINES and menurun._short_title_over_story(
        blocks, kept, items, first_body
    ):
        above = items - 1
    else:
        above = menurun._trail_headline_at(blocks, kept, items, first_body)
    if not above:
        return
    removal = Verdict(
        keep=False,
        rule=menurun.NAME,
        reason=f"one of {above} menu items in a row above the headline",
        family=menurun.FAMILY,
    )
    for index in kept[:above]:
        verdicts[index] = removal


#: A page's head: menu items, trails, a title, and lines that are none of them.
HEAD_LINES = (
    "Home",
    "News",
    "Sport",
    "• Alle Sportarten",
    "Kontakt …",
    "» Regelwerke » Sonstige Richtlinien » Zuchtrichter",
    "Zuchtrichter",
    "Startseite/Technik/SSDs verstehen",
    "SSDs verstehen",
    "Mayor Opens New Library In Riverside",
    "200 g Mehl",
)


@st.composite
def headed_documents(draw: st.DrawFn) -> list[str]:
    """Head lines (`HEAD_LINES`), then one to three paragraphs, sometimes head lines after."""
    head = draw(st.lists(st.sampled_from(HEAD_LINES), max_size=7))
    story = draw(st.lists(paragraphs(min_sentences=2), min_size=1, max_size=3))
    tail = draw(st.lists(st.sampled_from(HEAD_LINES), max_size=2))
    return [*head, *story, *tail]


@given(headed_documents(), st.lists(st.booleans(), max_size=8), st.integers(1, 3))
@settings(max_examples=examples(400))
@example(["Home", "News", "Sport", "Mayor Opens New Library In Riverside", _STORY], [], 1)
def test_the_head_menu_answers_as_first_written(
    lines: list[str], removed: list[bool], rounds: int
) -> None:
    # Rounds share one `Facts`, as a run's do: the item test, a block fact now, is found on
    # the first and read on the later ones.
    blocks = split_blocks(normalize_lines("\n".join(lines)))
    verdicts = [
        _GONE if gone else Verdict(keep=True)
        for gone, _ in zip([*removed, *[False] * len(blocks)], blocks, strict=False)
    ]
    screened_facts = Facts(load_language("de"), blocks)
    for _ in range(rounds):
        screened, expected = list(verdicts), list(verdicts)
        with screened_facts.round(blocks):
            menurun.mark_head_menu(blocks, screened, screened_facts)
        reference_mark_head_menu(blocks, expected, Facts(load_language("de"), blocks))
        assert screened == expected
    event("removed" if screened != verdicts else "kept")


def reference_mark_glued_pager(
    blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts
) -> None:
    """`pager.mark_glued_pager` as first written: every kept line listed and walked."""
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    first_body, last_body = body_bounds(blocks, facts)
    labels = [
        None if first_body <= i <= last_body else pager.glued_label(blocks[i].text) for i in kept
    ]
    if len(labels) - labels.count(None) != pager.PAGER_LINES:
        return
    for n in range(len(kept) - 1):
        if not pager._is_pager(labels[n], labels[n + 1]):
            continue
        removal = Verdict(
            keep=False,
            rule=pager.NAME,
            reason="one of a previous/next pair: a label glued to another story's headline",
            family=pager.FAMILY,
        )
        verdicts[kept[n]] = verdicts[kept[n + 1]] = removal
        return


#: Glued labels of pagers, a sponsor box's, and short lines between them.
PAGER_LINES = (
    "Articolo precedenteAncora insieme. Empoli, Gilardino e Pasqual",
    "Articolo successivoAbiti da sposa contraffatti",
    "Previous articleThe council votes on the budget",
    "Next articleFloods close the river road",
    "Oracle BrandVoice",
    "SAP BrandVoice",
    "Share this",
)


@st.composite
def paged_documents(draw: st.DrawFn) -> list[str]:
    """Pager lines before, inside and after a story of one to three paragraphs."""
    pieces = st.lists(st.sampled_from(PAGER_LINES), max_size=4)
    story = draw(st.lists(paragraphs(min_sentences=2), min_size=0, max_size=3))
    at = draw(st.integers(0, len(story)))
    pair = [*PAGER_LINES[2:4]] if draw(st.booleans()) else []
    return [*draw(pieces), *story[:at], *draw(pieces), *story[at:], *pair, *draw(pieces)]


@given(paged_documents(), st.lists(st.sampled_from((False, False, False, True)), max_size=12))
@settings(max_examples=examples(400))
@example([_STORY, *PAGER_LINES[:2]], [])
@example([*PAGER_LINES[:2]], [])
def test_the_glued_pager_answers_as_first_written(lines: list[str], removed: list[bool]) -> None:
    blocks = split_blocks(normalize_lines("\n".join(lines)))
    verdicts = [
        _GONE if gone else Verdict(keep=True)
        for gone, _ in zip([*removed, *[False] * len(blocks)], blocks, strict=False)
    ]
    screened, expected = list(verdicts), list(verdicts)
    pager.mark_glued_pager(blocks, screened, Facts(load_language("it"), blocks))
    reference_mark_glued_pager(blocks, expected, Facts(load_language("it"), blocks))
    assert screened == expected
    event("removed" if screened != verdicts else "kept")


#: Labels printed again and again, once, or in a row with the lines around them.
LABEL_LINES = (
    "Getty Images",
    "Reuters Photo Desk",
    "Photo: Reuters",
    "Markets Rally As Banks Report Strong Earnings",
    "Eintritt: frei",
    "Geöffnet: Di–So, 10–18 Uhr",
    "Assess How Deep Is Your Content",
    "| 12 | 14 |",
)


@st.composite
def labelled_documents(draw: st.DrawFn) -> list[str]:
    """Paragraphs with labels among them, some printed two or three times."""
    lines = draw(st.lists(paragraphs(min_sentences=1), min_size=1, max_size=4))
    for _ in range(draw(st.integers(0, 8))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(LABEL_LINES)))
    return lines


@given(labelled_documents(), st.lists(st.sampled_from((False, False, False, True)), max_size=12))
@settings(max_examples=examples(400))
@example([_STORY, "Getty Images", _STORY + " Again.", "Getty Images"], [])
def test_the_repeated_labels_answer_as_with_every_key(
    lines: list[str], removed: list[bool]
) -> None:
    # `labels._label_keys` finds the keys of the blocks with a twin alone; a `Facts` with no
    # document (no twins known) reads every block's key, as the detector read before.
    blocks = split_blocks(normalize_lines("\n".join(lines)))
    verdicts = [
        _GONE if gone else Verdict(keep=True)
        for gone, _ in zip([*removed, *[False] * len(blocks)], blocks, strict=False)
    ]
    screened, expected = list(verdicts), list(verdicts)
    labels.mark_repeated_labels(blocks, screened, Facts(load_language("de"), blocks))
    labels.mark_repeated_labels(blocks, expected, Facts(load_language("de")))
    assert screened == expected
    event("removed" if screened != verdicts else "kept")

"""Every named remover that is not a rule: the evidence detectors, duplicates, page mode.

One table, in run order, in the style of ftfy's fixer table: a name (what `Removal.rule`
says, and what ``Config.disabled_rules`` switches off), a family shared with the rules (so
selection is by family, never by lists of names), the stage that runs it, what it reads,
and why it removes what it removes. ``corpusclean rules`` lists this table beside the rules.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from functools import lru_cache

import attrs

from ..dedupe import within
from ..model import Block, Verdict
from ..page.title import DISPLACED_TITLE
from . import (
    bio,
    boxlabel,
    bylines,
    captions,
    cards,
    comments,
    cutshort,
    enclosed,
    fields,
    forummeta,
    gallery,
    headlines,
    identifiers,
    labels,
    lead,
    menurun,
    pager,
    pagethread,
    profile,
    scrambled,
    standfirst,
    tagged,
    teaserrecords,
    widgets,
)
from .facts import Facts

__all__ = ["DETECTORS", "WITH_CONTEXT", "Detector", "Stage", "detectors_for", "evidence_detectors"]

#: A detector's work: revise the verdicts of one document's blocks in place, reading the
#: document's language and the facts of its blocks, found once per document, from `Facts`.
Mark = Callable[[Sequence[Block], list[Verdict], Facts], None]


class Stage(enum.Enum):
    """Which stage of the run applies a detector, in the order the stages run."""

    #: First, on the document's blocks as segmented: the article printed again with other
    #: breaks, which would double every count the later stages make.
    COPY = "copy"
    #: Page text only, before the rules: the page classifier keeps the article-like lines.
    PAGE = "page"
    #: After the rules' context pass, in registry order: each reads the verdicts so far.
    EVIDENCE = "evidence"
    #: After boilerplate, every round: later copies of a repeated block.
    DUPLICATES = "duplicates"


@attrs.frozen(slots=True)
class Detector:
    """One named detector: what it is called, its family, its stage, what it reads, why."""

    name: str
    family: str
    stage: Stage
    reads: str
    reason: str
    #: The function of an evidence detector; the other stages run their own code.
    mark: Mark | None = attrs.field(default=None, eq=False)
    #: The fewest blocks a document must hold for the evidence detector to change a verdict
    #: in any round of it (`detectors_for`): 1, or `WITH_CONTEXT` for one whose evidence is
    #: more than the line it removes (tests/test_detector_minimums.py checks each claim).
    min_blocks: int = 1


#: The fewest blocks of a document on which a detector whose evidence is more than the line
#: it removes can change a verdict: the line and another (a run of lines, a head over a
#: body, a story before or after it, a recurring line, a neighbour's verdict), each of
#: them a block. A one-block document (a brief, a caption, a line fed alone) gives such a
#: detector nothing to read, and `detectors_for` leaves it out of the document's rounds.
WITH_CONTEXT = 2

DETECTORS: tuple[Detector, ...] = (
    Detector(
        within.DUPLICATE_REFLOWED,
        within.FAMILY,
        Stage.COPY,
        "the words of the blocks from the first paragraph on, and of the blocks from a later "
        "block that starts as it does",
        "the article printed again with other breaks (paragraphs joined, wrapped, a sentence "
        "a line)",
    ),
    Detector(
        "page_classifier",
        "page",
        Stage.PAGE,
        "each line's shape and its neighbours' scores (page/)",
        "a line of a whole page that the page model scores as menu, footer or comments",
    ),
    Detector(
        DISPLACED_TITLE,
        "page",
        Stage.PAGE,
        "the first kept block's shape and words, the story's lead, the page's dropped lines",
        "a headline-shaped line over the story in place of the page's headline found among "
        "the dropped lines (a banner, a call to action)",
    ),
    Detector(
        scrambled.NAME,
        scrambled.FAMILY,
        Stage.EVIDENCE,
        "the kept long lines' function words, odd words and letters, against the clear ones'",
        "a paywall's locked paragraphs shipped scrambled (letters substituted or shuffled)",
        scrambled.mark_scrambled_text,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        comments.NAME,
        comments.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks' shape: signature lines with dates or times, reply controls, ages",
        "a comment thread after the article, without a heading a rule knows",
        comments.mark_comment_thread,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        pagethread.NAME,
        pagethread.FAMILY,
        Stage.EVIDENCE,
        "page text: the thread test of comment_thread on the page's blocks as segmented",
        "a comment thread whose signature lines and controls the page classifier dropped",
        pagethread.mark_page_thread,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        cards.NAME,
        cards.FAMILY,
        Stage.EVIDENCE,
        "page text: the page's blocks as segmented, date stamps under two short lines",
        "other stories' cards below the story (headline, name, date stamp, summary)",
        cards.mark_teaser_cards,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        teaserrecords.NAME,
        teaserrecords.FAMILY,
        Stage.EVIDENCE,
        "the blocks after the story: date lines with a headline beside each, the dates' "
        "order, the paragraphs and short lines between them",
        "other stories after the story as dated records (headline, date, lead), newest first",
        teaserrecords.mark_teaser_records,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        gallery.NAME,
        gallery.FAMILY,
        Stage.EVIDENCE,
        "the blocks' openings: slide counters '1/50', '2/50' ... and the distance between them",
        "the slides of a photo gallery inside the text (counter, title, caption, credit)",
        gallery.mark_gallery_slides,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        identifiers.NAME,
        identifiers.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks outside the body: lines that are one lower-case hyphenated identifier",
        "a run of machine identifiers outside the story (CSS class names, field keys)",
        identifiers.mark_identifier_runs,
    ),
    Detector(
        pager.NAME,
        pager.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks outside the body: lines opening with a label glued to a headline",
        "a previous/next pair whose labels ran into the other stories' headlines",
        pager.mark_glued_pager,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        labels.NAME,
        labels.FAMILY,
        Stage.EVIDENCE,
        "the blocks' text: short title-case labels and how often each recurs",
        "a short label printed twice or more (a credit, section label or outlet name)",
        labels.mark_repeated_labels,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        captions.CONTEXT_NAME,
        captions.CREDITS,
        Stage.EVIDENCE,
        "the kept lines' shape and the verdicts on their neighbours: credits, image file names",
        "a photographer's credit, and a caption with no credit word beside a photo credit",
        captions.mark_captions_in_context,
    ),
    Detector(
        captions.NAME,
        captions.CREDITS,
        Stage.EVIDENCE,
        "the verdicts on its neighbours: removals of the credits family",
        "a line ending in a comma beside a photo credit (a caption)",
        captions.mark_caption_fragments,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        bylines.NAME,
        bylines.FAMILY,
        Stage.EVIDENCE,
        "the kept lines above the first prose paragraph and below the last: their parts",
        "a byline's meta line: the author after the byline's word, a date or a reading time",
        bylines.mark_meta_lines,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        bylines.LABELLED_NAME,
        bylines.FAMILY,
        Stage.EVIDENCE,
        "the kept lines above the first prose paragraph, just under it and below the last, "
        "in a language without a rule file: its byline labels (data/lang)",
        "a byline alone: the language's byline label and the author's names ('Tekst og foto "
        "Jørn Kildall', 'Oprac. Magdalena Pawlik', 'Af redaktionen')",
        bylines.mark_labelled_bylines,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        forummeta.THREAD_NAME,
        forummeta.THREAD_FAMILY,
        Stage.EVIDENCE,
        "the author boxes `forum_post_meta` reads, on the kept lines",
        "a forum thread's later posts: from the second author box to the end "
        "(the first post stays)",
        forummeta.mark_forum_thread,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        forummeta.NAME,
        forummeta.FAMILY,
        Stage.EVIDENCE,
        "kept lines opening with a forum's label in any shipped language "
        "(data/forum_meta.toml) and the count or date after it or on the next line",
        "a forum post's author box ('Joined: Jan 19, 2022', 'Posts: 1133': two labels in a run)",
        forummeta.mark_forum_post_meta,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        headlines.NAME,
        headlines.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks after the last prose paragraph, and their punctuation shapes",
        "a run of headline-like lines after the body (a related-articles list)",
        headlines.mark_trailing_headlines,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        widgets.NAME,
        widgets.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks from the end up: blog widget titles in any shipped language "
        "(data/widgets.toml) and the short rows under them, with the post's prose above",
        "a blog's sidebar widgets after the post ('Recent Posts' and its titles, 'Blog "
        "Archive' and its months, 'Labels' and its counts)",
        widgets.mark_sidebar_widgets,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        boxlabel.NAME,
        boxlabel.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks from the end up: a related box's label in any shipped language, and "
        "the headline-shaped lines after it",
        "a related box's label ('Les plus lus', 'Lo último en España') and the other stories' "
        "headlines under it, ending the document",
        boxlabel.mark_related_box_tail,
    ),
    Detector(
        tagged.NAME,
        tagged.FAMILY,
        Stage.EVIDENCE,
        "the blocks after a related box's label: headline-shaped lines, each followed by a "
        "short capitalised tag, and how often each tag recurs",
        "a related box whose stories each carry their section's tag ('Mercadona abre ...' / "
        "'Retalho'), removed for certain",
        tagged.mark_tagged_cards,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        cutshort.NAME,
        cutshort.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks of page text: headline-long lines ending with an ellipsis on a word",
        "a box of other stories' titles that the page's width cut short ('… bien…')",
        cutshort.mark_cut_short_titles,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        fields.NAME,
        fields.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks outside the body: segments between one separator, labels and colons",
        "a line of labelled fields before or after the story (metadata, an imprint)",
        fields.mark_field_lines,
    ),
    Detector(
        profile.NAME,
        profile.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks ending the document: their opening word, profile phrases, a heading",
        "the issuer's profile ending a press release ('About Ascom' / 'Ascom is ...')",
        profile.mark_company_profile,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        bio.NAME,
        bio.FAMILY,
        Stage.EVIDENCE,
        "the last kept blocks of page text: a paragraph opening with a name, the credit lines",
        "the writer's bio after the story ('Phil Helsel is a reporter for NBC News.')",
        bio.mark_author_bio,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        standfirst.NAME,
        standfirst.FAMILY,
        Stage.EVIDENCE,
        "the first three kept blocks' shapes: a title, a headline-shaped line, prose",
        "a second headline between the title and the first paragraph (a standfirst)",
        standfirst.mark_standfirst,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        lead.NAME,
        lead.FAMILY,
        Stage.EVIDENCE,
        "the kept blocks' openings: one dateline paragraph, and the few blocks above it",
        "a header line between the title and a story's dateline lead (caption, byline, stamp)",
        lead.mark_dateline_header,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        menurun.NAME,
        menurun.FAMILY,
        Stage.EVIDENCE,
        "the first kept blocks' shapes: menu-shaped lines in a row, a headline, prose under it",
        "a run of menu items above the headline (a header menu, a breadcrumb, a category)",
        menurun.mark_head_menu,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        standfirst.SECTION_LABEL,
        standfirst.SECTION_LABEL_FAMILY,
        Stage.EVIDENCE,
        "the first three kept blocks' shapes: a label of one or two words, a headline, prose",
        "a section label or kicker above the headline ('Landgericht' / the headline / story)",
        standfirst.mark_section_label,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        enclosed.NAME,
        enclosed.FAMILY,
        Stage.EVIDENCE,
        "the verdicts on its two neighbours: removals of a widget family",
        "a line between two removed lines of one box (a sign-up box, a consent form)",
        enclosed.mark_enclosed_blocks,
        min_blocks=WITH_CONTEXT,
    ),
    Detector(
        within.DUPLICATE_TITLE,
        within.FAMILY,
        Stage.DUPLICATES,
        "the comparison keys of all blocks and the title; separators and names around it",
        "a later copy of the title, or the title with the site's name around it (a title tag)",
    ),
    Detector(
        within.DUPLICATE_TEASER,
        within.FAMILY,
        Stage.DUPLICATES,
        "the first blocks' text, and the two blocks below each",
        "a page's description above the story: its first paragraph cut short, or its first "
        "sentence",
    ),
    Detector(
        within.DUPLICATE_PARAGRAPH,
        within.FAMILY,
        Stage.DUPLICATES,
        "the comparison keys of all blocks",
        "a later copy of a paragraph long enough to be a paste error",
    ),
    Detector(
        within.DUPLICATE_RUN,
        within.FAMILY,
        Stage.DUPLICATES,
        "the comparison keys of all blocks, and the duplicates next to each",
        "a short block inside a run of repeated paragraphs (a body pasted twice)",
    ),
    Detector(
        within.DUPLICATE_ADJACENT,
        within.FAMILY,
        Stage.DUPLICATES,
        "the comparison keys of all blocks, and each block's kept neighbour",
        "a block printed twice in a row (its copy follows it directly), whatever its length",
    ),
)


def evidence_detectors(disabled: frozenset[str] = frozenset()) -> tuple[Mark, ...]:
    """The evidence detectors' functions in run order, less those named in ``disabled``."""
    return tuple(
        d.mark
        for d in DETECTORS
        if d.stage is Stage.EVIDENCE and d.mark is not None and d.name not in disabled
    )


#: Each evidence detector's function and its `Detector.min_blocks`, where above 1.
_MIN_BLOCKS: dict[Mark, int] = {
    d.mark: d.min_blocks for d in DETECTORS if d.mark is not None and d.min_blocks > 1
}
#: The largest of them: a document of as many blocks or more runs every detector.
_MOST_MIN_BLOCKS = max(_MIN_BLOCKS.values(), default=1)


def detectors_for(detectors: tuple[Mark, ...], blocks: int) -> tuple[Mark, ...]:
    """The ``detectors`` (some of `evidence_detectors`, in run order) that can change a
    verdict in a document of ``blocks`` blocks: those whose `Detector.min_blocks` it
    reaches. A function not in the registry (a caller's own, or one wrapped to time it) is
    always kept.

    Meant to be exact: a detector left out changes no verdict in any round of such a
    document, and the detectors run in order on the verdicts, so the others' verdicts are the
    same without it. Each `Detector.min_blocks` is a claim checked, not proved: by
    tests/test_detector_minimums.py on generated documents in every mode, and when it was
    set by cleaning alone each distinct line of the dev pages, the speed corpus and the case
    files (38,922 one-line documents, auto and page mode), where only the four detectors left
    at 1 ever changed a verdict.
    Pure speed (issue #8): a one-line document ran 28 detectors, most of its cleaning.

    >>> every = evidence_detectors()
    >>> detectors_for(every, 40) is every, len(detectors_for(every, 1)) < len(every)
    (True, True)
    """
    if blocks >= _MOST_MIN_BLOCKS:
        return detectors
    return _screened(detectors, blocks)


@lru_cache(maxsize=64)
def _screened(detectors: tuple[Mark, ...], blocks: int) -> tuple[Mark, ...]:
    """`detectors_for` of a short document, found once a process for each set of detectors
    (a `Cleaner`'s, from its configuration) and each document size under `_MOST_MIN_BLOCKS`:
    keyed on the functions themselves and the size, which are all the answer reads."""
    return tuple(mark for mark in detectors if _MIN_BLOCKS.get(mark, 1) <= blocks)

"""The identifier-run detector: a run of machine identifiers outside the story.

A page's code leaks into its text as lines that are each one identifier: CSS class names
of a video player's breakpoints ("narrow-browser-and-phone", "landscape-tablet-and-above"),
field keys ("facebook_url", "twitter_url"), slugs of a tag cloud ("open-core"). Words joined
by hyphens or underscores with no space and no capital are not how any language writes a
sentence or a heading, and three such lines in a row are not a compound word a writer set on
a line of its own. So the shape, not the words, is the evidence, on any site.

False-positive risks and their guards: a tutorial's list of package names ("react-dom",
"pytest-cov") sits between the paragraphs that introduce and use it, so only runs before the
first or after the last prose paragraph go; one or two such lines ("e-mail", "follow-up")
are never a run; a line with a capital, a space, a dot or a slash ("Node.js", "README-v2",
"docs/api-guide") is not an identifier of this shape.

A **camera's file name** (`FILE_NAME`) is the one identifier that goes alone, anywhere: a
gallery's items or an image's missing caption print the name the camera or the upload gave
the photo ("DSC_0160", "• IMG_7036", "P1010234.JPG", "20190312_104512.jpg", "foto-1.jpeg"),
or the name a messenger, a phone's screenshot or a social network's download gave it
("IMG-20210319-WA0012", "Screenshot_20210319-102345",
"162443729_4369220303107788_2058680206762677194_o": a town hall or a club posts the photo it
saved from its own social page, on any site; recall28).
A camera's prefix and a serial number of three digits or more, or any one token ending in
an image format's extension (and its address's query), alone on its line, is no sentence
and no heading in any language. A product's model in prose ("the DSC-RX100 is small") is
inside a sentence, and a model alone ("DSC-RX100") has letters after the prefix's dash, so
neither is this shape. A short item between two file names ("• Spatenstichfeier 01") is the
gallery's too. A name the article talks about stays (precision20): one or two under a line
of the story that announces them with a colon ("A typical name looks like this:" over
"DSC_0160.JPG"), or inside a sentence that runs through it ("saved on his phone under the
name" / "IMG_7036.HEIC" / "and the same number appeared ..."). A gallery's run is longer, or
stands under no such line.

A **date-stamped name** ("2014-08-16 Weinglas", "2019_03_12-Hafen"): an upload named by its
day and one word, which a blog's image prints as its title when the caption is missing
(general29). The shape is also a log's or a timeline's entry ("2014-08-16 Eröffnung"), so it
goes only when it is the one such line the cleaner still holds and not its first: a timeline
prints several, a log's title stands first.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..language import Language
from ..model import Block, Verdict
from ..text import ends_like_sentence, opens_in_lower_case
from .facts import Facts
from .scopes import body_bounds

__all__ = ["mark_identifier_runs"]

NAME = "identifier_run"
FAMILY = "layout"

# Lower-case words and digits joined by hyphens or underscores, at least two of them, with a
# letter somewhere: "above-phone", "dp3_1_en". Not "2019-11-19" (no letter).
_IDENTIFIER = regex.compile(r"(?=[^\p{L}]*\p{Ll})[\p{Ll}\p{Nd}]+(?:[-_][\p{Ll}\p{Nd}]+)+")
# A run of identifiers has at least this many lines: one or two are compound words.
IDENTIFIER_RUN_MIN = 3
#: The name of a camera's file name's removal (`_is_file_name`).
FILE_NAME = "image_file_name"
_IMAGE_EXTENSION = r"\.(?i:jpe?g|png|gif|webp|heic|tiff?|bmp|nef|cr2|arw|dng)"
# A file name's address may keep its query and the bracket that closed its link, when the
# text cut a page's image link in the middle ("2025.png?version=1766194262)"; general27).
# Or the fragment a site's asset store adds ("DSC_5524.JPG#asset:17504"; labels_general32).
_URL_QUERY = r"(?:\?[\w=&%.;-]+\)?)?(?:#[\w:.=-]+)?"
# An upload's stem with the size its template asked for, which a theme prints when the image
# has no caption: a word's size with an underscore ("Applecake2_LowRes", "team_thumb"), or
# a width by a height ("bridge-in-spring-1024x683"; WordPress's resized copies). A compound
# ends in no such part ("follow-up"), and a size word joined by a hyphen is a phrase as often
# ("extra-large"), so only the underscore takes one.
_SIZED_STEM = (
    r"[\w-]*[^\W_](?:_(?i:lowres|hires|highres|thumb|thumbnail|small|large|medium|web|scaled)"
    r"|[_-]\d{2,4}x\d{2,4})"
)
# A style class that names an image ("single-image", "featured-image", "post-thumbnail"):
# a theme's class name printed as the text of an image it lost; lower-case words joined by
# hyphens, the last the image's.
_IMAGE_CLASS = r"[a-z\d]+(?:-[a-z\d]+)*-(?:image|img|thumbnail|photo)"
# A line that is one image file name, after an optional list bullet: a camera's prefix and
# serial (Nikon/Sony "DSC_0160", "DSCN", Fuji "DSCF", Canon "IMG_", "_MG_", "MVI_", GoPro
# "GOPR", DJI, Samsung "SAM_", Windows Phone "WP_", Panasonic/Olympus "P1010234", a phone's
# "20190312_104512"), or any word ending in an image extension ("foto-1.jpeg").
# The prefixes in any case: a site may store an upload's name in lower case ("img_4619").
# An upload saved from a social network or a messenger keeps the name that app gave it
# (recall28): a messenger's "IMG-20210319-WA0012" (the camera prefix, the day, "WA" and a
# serial), a phone's "Screenshot_20210319-102345", and a social network's photo download,
# three long numbers and a size letter joined by underscores
# ("162443729_4369220303107788_2058680206762677194_o"; its numbers are ids, so
# `_UPLOAD_ID_DIGITS` digits each or more: no date, phone number or score is that long three
# times over).
_UPLOAD_ID_DIGITS = 5
# An optional bullet before the name, not `text.LIST_BULLETS`: "►" too, "◦‣●" not (the
# name after it decides; the set is untested either way).
_FILE_NAME = regex.compile(
    r"(?:[-•·*▪►]\s*)?"
    r"(?:(?:_?(?i:DSC[NF]?|IMG|IMAG|PICT|GOPR|DJI|MVI|CIMG|SAM|WP)|_MG)[_-]?\d{3,}(?:[_-]\d+)*"
    r"(?:-(?i:WA)\d{3,})?(?:" + _IMAGE_EXTENSION + r")?"
    r"|P\d{7}(?:" + _IMAGE_EXTENSION + r")?"
    r"|\d{8}_\d{6}(?:" + _IMAGE_EXTENSION + r")?"
    r"|(?i:Screenshot)[_-]\d{4}-?\d{2}-?\d{2}(?:[_-]\d+)*(?:" + _IMAGE_EXTENSION + r")?"
    r"|\d{" + str(_UPLOAD_ID_DIGITS) + r",}(?:_\d{" + str(_UPLOAD_ID_DIGITS) + r",}){2}_[a-z]"
    r"(?:" + _IMAGE_EXTENSION + r")?"
    r"|[\w.-]*[\w-]" + _IMAGE_EXTENSION + _URL_QUERY + "|" + _SIZED_STEM + "|" + _IMAGE_CLASS + r")"
)
# A date-stamped name: an ISO day ("2014-08-16", or with underscores) and one word of
# letters, joined by a space, a hyphen or an underscore, alone on its line.
_DATED_NAME = regex.compile(r"(?:[-•·*▪►]\s*)?\d{4}([-_])\d{2}\1\d{2}[ _-]\p{L}+")
# An item this short between two file names is the gallery's own title for a photo.
GALLERY_ITEM_MAX_WORDS = 3
# A run of at most this many file names the story names (`_is_named_in_prose`); a gallery of
# ten "• DSC_0160" items under "Bilder:" is longer.
NAMED_FILES_MAX = 2
# The line announcing them is prose of at least this many words, not a label ("Fotos:").
ANNOUNCING_MIN_WORDS = 4


def _is_file_name(block: Block) -> bool:
    """Whether a block is one image file name alone (`_FILE_NAME`).

    >>> _is_file_name(Block("• DSC_0160", 0, 0)), _is_file_name(Block("DSC-RX100", 0, 0))
    (True, False)
    >>> _is_file_name(Block("Applecake2_LowRes", 0, 0)), _is_file_name(Block("single-image", 0, 0))
    (True, True)
    >>> _is_file_name(Block("extra-large", 0, 0)), _is_file_name(Block("single-minded", 0, 0))
    (False, False)
    """
    return block.words <= 2 and _FILE_NAME.fullmatch(block.text) is not None


def _is_dated_name(block: Block) -> bool:
    """Whether a block is one date-stamped name alone (`_DATED_NAME`).

    >>> _is_dated_name(Block("2014-08-16 Weinglas", 0, 0))
    True
    >>> _is_dated_name(Block("2014-08-16 Weinglas leer", 0, 0))
    False
    >>> _is_dated_name(Block("2014-08-16", 0, 0)), _is_dated_name(Block("2014-08-16 v2", 0, 0))
    (False, False)
    """
    return block.words <= 2 and _DATED_NAME.fullmatch(block.text) is not None


def _lone_dated_name(blocks: Sequence[Block], dated: frozenset[int]) -> int | None:
    """The index of the one date-stamped name among ``blocks`` (`_is_dated_name`: ``dated``
    holds the first input lines of the document's, `_short_shaped_lines`), or None
    when they hold none, several (a timeline's or a log's entries) or it is the first line.

    Counted among the blocks a round still holds, not the document's: cleaning the output
    again must find what the last round found (idempotence), and the output holds only what
    the rounds kept. A document with two such lines, one of which another reading removes,
    so loses the other in a later round, as its output would on a second clean.
    """
    found = [i for i, block in enumerate(blocks) if block.start in dated]
    return found[0] if len(found) == 1 and found[0] > 0 else None


def _is_identifier(block: Block, _language: Language) -> bool:
    """Whether a block is one machine identifier alone (a block fact)."""
    return block.words == 1 and _IDENTIFIER.fullmatch(block.text) is not None


def _runs_of(flags: Sequence[bool]) -> list[range]:
    """The runs of consecutive True flags, of any length."""
    runs, start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append(range(start, index))
            start = None
    return runs


def _runs(flags: Sequence[bool]) -> list[range]:
    """The runs of consecutive True flags at least IDENTIFIER_RUN_MIN long."""
    return [run for run in _runs_of(flags) if len(run) >= IDENTIFIER_RUN_MIN]


def mark_identifier_runs(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove every run of 3 or more identifier lines before the first or after the last
    prose paragraph.

    Certain: no sentence has this shape, and a short page's text would otherwise let the
    removal budget keep its code.
    """
    files, dated, identifiers = facts.of_scope(_short_shaped_lines, blocks)
    if files or dated:  # most documents hold neither: no round walks its lines for them
        _mark_file_names(blocks, verdicts, files, dated)
    if len(identifiers) < IDENTIFIER_RUN_MIN:  # too few in the document for a run (most)
        return
    flags = [block.start in identifiers for block in blocks]
    if sum(flags) < IDENTIFIER_RUN_MIN:  # too few identifiers for a run
        return
    first_body, last_body = body_bounds(blocks, facts)
    for run in _runs(flags):
        if first_body <= run.start <= last_body:
            continue
        for index in run:
            if verdicts[index].keep:
                verdicts[index] = Verdict(
                    keep=False,
                    rule=NAME,
                    reason="one of a run of lines that are each a machine identifier "
                    "(CSS class names, field keys) outside the story",
                    certain=True,
                    family=FAMILY,
                )


def _is_named_in_prose(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], run: range, names: int
) -> bool:
    """Whether a run of file-name lines is the story's own: at most NAMED_FILES_MAX names,
    under a kept line of the story that announces them with a colon, or inside a sentence
    that runs through them (the line above ends with no stop, the line below opens in lower
    case).

    >>> lines = [Block("Er speicherte das Bild unter dem Namen", 0, 0), Block("IMG_7036", 1, 1),
    ...          Block("und schickte es weiter.", 2, 2)]
    >>> _is_named_in_prose(lines, [Verdict(keep=True)] * 3, range(1, 2), 1)
    True
    """
    above, below = run.start - 1, run.stop
    if names > NAMED_FILES_MAX or above < 0 or not verdicts[above].keep:
        return False
    text = blocks[above].text.rstrip()
    if blocks[above].words < ANNOUNCING_MIN_WORDS:
        return False
    if text.endswith(":"):
        return True
    following = blocks[below].text if below < len(blocks) else ""
    return not ends_like_sentence(text) and opens_in_lower_case(following)


def _may_be_shaped(text: str) -> bool:
    """Whether a line may be a file name, a date-stamped name or an identifier: False when
    it holds letters and spaces alone ("Advertisement", "Share this", "Lesen Sie mehr").

    Every match of the three patterns holds a character that is no letter: `_IDENTIFIER`
    a hyphen or an underscore between its parts; `_DATED_NAME` the digits of its day;
    `_FILE_NAME` in each of its shapes a serial's or a size's digits, an extension's dot, a
    size word's underscore or a style class's hyphen. None of these is a letter
    (`str.isalpha`). One C call a line, where the patterns (the `regex` module's) cost a
    microsecond or more each: the file name's was most of the detector (issue #8).

    >>> _may_be_shaped("Share this"), _may_be_shaped("DSC_0160"), _may_be_shaped("Ça va")
    (False, True, False)
    """
    return not text.replace(" ", "").isalpha()


def _short_shaped_lines(
    blocks: Sequence[Block], facts: Facts
) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """The first input lines of those of ``blocks`` that are an image's file name
    (`_is_file_name`), a date-stamped name (`_is_dated_name`) and a machine identifier
    (`_is_identifier`).

    A reader of lines (`Facts.of_scope`): the three tests read a line's text and word count
    alone, so the answer over the document's scope holds the answer for every round's
    lines, which are some of the scope's; read once a document (issue #8: most documents
    hold none of these lines, or too few identifiers for a run, and no round then walks its
    lines for them). Each shape is a line of at most two words (an identifier one), so
    only those are tested, and of those only the lines that hold a character other than a
    letter or a space (`_may_be_shaped`).
    """
    short = [block for block in blocks if block.words <= 2 and _may_be_shaped(block.text)]
    files = frozenset(block.start for block in short if _is_file_name(block))
    dated = frozenset(block.start for block in short if _is_dated_name(block))
    identifiers = frozenset(block.start for block in short if _is_identifier(block, facts.language))
    return files, dated, identifiers


def _mark_file_names(
    blocks: Sequence[Block],
    verdicts: list[Verdict],
    files: frozenset[int],
    dated: frozenset[int],
) -> None:
    """Remove every line that is one image file name, and a short item between two, unless
    the story names them (`_is_named_in_prose`); ``files`` and ``dated`` are the first input
    lines of the document's file names and date-stamped names (`_short_shaped_lines`)."""
    names = [block.start in files for block in blocks]
    lone = _lone_dated_name(blocks, dated)
    if lone is not None:
        names[lone] = True
    if not any(names):
        return
    found = [
        names[index]
        or (
            0 < index < len(blocks) - 1
            and names[index - 1]
            and names[index + 1]
            and block.words <= GALLERY_ITEM_MAX_WORDS
            and not ends_like_sentence(block.text)
        )
        for index, block in enumerate(blocks)
    ]
    named = [False] * len(blocks)
    for run in _runs_of(found):
        if _is_named_in_prose(blocks, verdicts, run, sum(names[i] for i in run)):
            named[run.start : run.stop] = [True] * len(run)
    for index in range(len(blocks)):
        if found[index] and not named[index] and verdicts[index].keep:
            verdicts[index] = Verdict(
                keep=False,
                rule=FILE_NAME,
                reason="an image's file name alone on its line (a gallery item, a lost caption)"
                if names[index]
                else "a short item between two image file names (a gallery's photo title)",
                certain=True,
                family=FAMILY,
            )
